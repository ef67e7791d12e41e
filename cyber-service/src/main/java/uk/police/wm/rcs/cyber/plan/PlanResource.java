package uk.police.wm.rcs.cyber.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.cyber.plan.PlanEnums.Area;
import uk.police.wm.rcs.cyber.plan.PlanEnums.Strand;
import uk.police.wm.rcs.cyber.plan.PlanRequests.ActionView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.CommitmentView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.DeliveryPlanView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.FivePointPlanView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.GovernanceView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.NewAction;
import uk.police.wm.rcs.cyber.plan.PlanRequests.NewProgressNote;
import uk.police.wm.rcs.cyber.plan.PlanRequests.ProgressNoteView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.ReviseAction;
import uk.police.wm.rcs.cyber.plan.PlanRequests.SetCommitment;
import uk.police.wm.rcs.cyber.plan.PlanRequests.SetLead;
import uk.police.wm.rcs.cyber.plan.PlanService.Upsert;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** The five-point plan per year, the 4P delivery plans with their actions, and the governance group's view. */
@Path("/api/v1")
public class PlanResource {

    @Inject
    PlanService service;

    @Inject
    PlanQueries queries;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("five-point-plan/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public FivePointPlanView fivePointPlan(@PathParam("fy") String fy) {
        int year = FinancialQuarter.parseYear(fy);
        return new FivePointPlanView(PlanService.label(year), queries.fivePointPlan(year));
    }

    /** Sets one commitment of a year's plan: 201 when new; revising needs If-Match. */
    @PUT
    @Path("five-point-plan/{fy}/{area}")
    @RolesAllowed("cyber-officer")
    public Response setCommitment(@PathParam("fy") String fy, @PathParam("area") Area area,
            @Valid @NotNull SetCommitment request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context UriInfo uri) {
        Upsert<FivePointCommitment> result = service.setCommitment(FinancialQuarter.parseYear(fy), area, request,
                ifMatch, caller.get());
        return upserted(result.created(), uri, CommitmentView.of(result.value()), result.value().version);
    }

    /** Sets a strand's lead for a year: 201 when the plan is new; changing the lead needs If-Match. */
    @PUT
    @Path("delivery-plans/{fy}/{strand}")
    @RolesAllowed("cyber-officer")
    public Response setLead(@PathParam("fy") String fy, @PathParam("strand") Strand strand,
            @Valid @NotNull SetLead request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        Upsert<DeliveryPlan> result = service.setLead(FinancialQuarter.parseYear(fy), strand, request, ifMatch);
        return upserted(result.created(), uri, DeliveryPlanView.of(result.value()), result.value().version);
    }

    @POST
    @Path("delivery-plans/{fy}/{strand}/actions")
    @RolesAllowed("cyber-officer")
    public Response addAction(@PathParam("fy") String fy, @PathParam("strand") Strand strand,
            @Valid @NotNull NewAction request, @Context UriInfo uri) {
        PlanAction a = service.addAction(FinancialQuarter.parseYear(fy), strand, request, caller.get());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/plan-actions").path(a.id.toString()).build())
                .tag(ETags.tag(a.version)).entity(ActionView.of(a)).build();
    }

    @GET
    @Path("plan-actions/{id}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Response action(@PathParam("id") UUID id) {
        PlanAction a = service.action(id);
        return Response.ok(ActionView.of(a)).tag(ETags.tag(a.version)).build();
    }

    /** Revises an action's title, owner, due date or completion (If-Match). */
    @PUT
    @Path("plan-actions/{id}")
    @RolesAllowed("cyber-officer")
    public Response reviseAction(@PathParam("id") UUID id, @Valid @NotNull ReviseAction request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PlanAction a = service.reviseAction(id, request, ifMatch);
        return Response.ok(ActionView.of(a)).tag(ETags.tag(a.version)).build();
    }

    @GET
    @Path("plan-actions/{id}/progress-notes")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public List<ProgressNoteView> notes(@PathParam("id") UUID id) {
        return service.notes(service.action(id).id).stream().map(ProgressNoteView::of).toList();
    }

    @POST
    @Path("plan-actions/{id}/progress-notes")
    @RolesAllowed("cyber-officer")
    public Response addNote(@PathParam("id") UUID id, @Valid @NotNull NewProgressNote request) {
        return Response.status(Response.Status.CREATED)
                .entity(ProgressNoteView.of(service.addNote(id, request, caller.get()))).build();
    }

    /** Open actions past their due date, most overdue first. */
    @GET
    @Path("plan-actions/overdue")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<ActionView> overdue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return queries.overdue(PageRequest.parse(limit, cursor)).map(ActionView::of);
    }

    /** The quarterly strategic governance group's view in one call. */
    @GET
    @Path("governance/{fy}/{quarter}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public GovernanceView governance(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return queries.governance(FinancialQuarter.parse(fy, quarter));
    }

    private static Response upserted(boolean created, UriInfo uri, Object entity, long version) {
        return (created ? Response.created(uri.getAbsolutePath()) : Response.ok()).entity(entity)
                .tag(ETags.tag(version)).build();
    }
}
