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
import uk.police.wm.rcs.cyber.events.PlanEnums.Area;
import uk.police.wm.rcs.cyber.events.PlanEnums.Strand;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** The five-point plan per year, the 4P delivery plans with their actions, and the governance group's view. */
@Path("/api/v1")
@Tag(name = "Plans", description = "The five-point plan per year, the 4P delivery plans with their actions, and the "
        + "governance group's view.")
public class PlanResource {

    @Inject
    PlanService service;

    @Inject
    PlanQueries queries;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Read a year's five-point plan",
            description = "A financial year's five-point plan: each area's commitment.")
    @GET
    @Path("five-point-plan/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public FivePointPlanView getFivePointPlan(@PathParam("fy") String fy) {
        int year = FinancialQuarter.parseYear(fy);
        return new FivePointPlanView(PlanService.label(year), queries.fivePointPlan(year));
    }

    /** Sets one commitment of a year's plan: 201 when new; revising needs If-Match. */
    @Operation(summary = "Set a five-point plan commitment",
            description = "Sets one area's commitment for a year: 201 when new; revising one needs If-Match with its "
                          + "current ETag.")
    @APIResponse(responseCode = "201", description = "Created: the commitment.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CommitmentView.class)))
    @APIResponse(responseCode = "200", description = "Replaced or unchanged: the commitment.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CommitmentView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
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
    @Operation(summary = "Set a delivery plan's lead",
            description = "Sets a 4P strand's lead for a year: 201 when the plan is new; changing the lead needs "
                          + "If-Match with its current ETag.")
    @APIResponse(responseCode = "201", description = "Created: the delivery plan.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryPlanView.class)))
    @APIResponse(responseCode = "200", description = "Replaced or unchanged: the delivery plan.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryPlanView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("delivery-plans/{fy}/{strand}")
    @RolesAllowed("cyber-officer")
    public Response setDeliveryPlanLead(@PathParam("fy") String fy, @PathParam("strand") Strand strand,
            @Valid @NotNull SetLead request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        Upsert<DeliveryPlan> result = service.setLead(FinancialQuarter.parseYear(fy), strand, request, ifMatch);
        return upserted(result.created(), uri, DeliveryPlanView.of(result.value()), result.value().version);
    }

    @Operation(summary = "Add an action to a delivery plan",
            description = "Adds an action to a strand's delivery plan: 201 with it, its Location and ETag.")
    @APIResponse(responseCode = "201", description = "Added: the action.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("delivery-plans/{fy}/{strand}/actions")
    @RolesAllowed("cyber-officer")
    public Response addPlanAction(@PathParam("fy") String fy, @PathParam("strand") Strand strand,
            @Valid @NotNull NewAction request, @Context UriInfo uri) {
        PlanAction a = service.addAction(FinancialQuarter.parseYear(fy), strand, request, caller.get());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/plan-actions").path(a.id.toString()).build())
                .tag(ETags.tag(a.version)).entity(ActionView.of(a)).build();
    }

    @Operation(summary = "Read one plan action",
            description = "One action of a delivery plan, with its ETag.")
    @APIResponse(responseCode = "200", description = "The action.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActionView.class)))
    @GET
    @Path("plan-actions/{id}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Response getPlanAction(@PathParam("id") UUID id) {
        PlanAction a = service.action(id);
        return Response.ok(ActionView.of(a)).tag(ETags.tag(a.version)).build();
    }

    /** Revises an action's title, owner, due date or completion (If-Match). */
    @Operation(summary = "Revise a plan action",
            description = "Revises an action's title, owner, due date or completion. Needs If-Match with its current "
                          + "ETag.")
    @APIResponse(responseCode = "200", description = "The action as now recorded, with its new ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("plan-actions/{id}")
    @RolesAllowed("cyber-officer")
    public Response revisePlanAction(@PathParam("id") UUID id, @Valid @NotNull ReviseAction request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PlanAction a = service.reviseAction(id, request, ifMatch);
        return Response.ok(ActionView.of(a)).tag(ETags.tag(a.version)).build();
    }

    @Operation(summary = "List an action's progress notes",
            description = "Every progress note on an action, oldest first.")
    @GET
    @Path("plan-actions/{id}/progress-notes")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public List<ProgressNoteView> listProgressNotes(@PathParam("id") UUID id) {
        return service.notes(service.action(id).id).stream().map(ProgressNoteView::of).toList();
    }

    @Operation(summary = "Add a progress note",
            description = "Adds a progress note to an action: 201 with it.")
    @APIResponse(responseCode = "201", description = "Added: the note.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgressNoteView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("plan-actions/{id}/progress-notes")
    @RolesAllowed("cyber-officer")
    public Response addProgressNote(@PathParam("id") UUID id, @Valid @NotNull NewProgressNote request) {
        return Response.status(Response.Status.CREATED)
                .entity(ProgressNoteView.of(service.addNote(id, request, caller.get()))).build();
    }

    /** Open actions past their due date, most overdue first. */
    @Operation(summary = "List overdue actions",
            description = "Open actions past their due date, most overdue first, a cursor page.")
    @GET
    @Path("plan-actions/overdue")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<ActionView> listOverdueActions(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return queries.overdue(PageRequest.parse(limit, cursor)).map(ActionView::of);
    }

    /** The quarterly strategic governance group's view in one call. */
    @Operation(summary = "Read the quarter's governance view",
            description = "The quarterly strategic governance group's view in one call: plans, actions and figures.")
    @GET
    @Path("governance/{fy}/{quarter}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public GovernanceView getCyberGovernanceView(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return queries.governance(FinancialQuarter.parse(fy, quarter));
    }

    private static Response upserted(boolean created, UriInfo uri, Object entity, long version) {
        return (created ? Response.created(uri.getAbsolutePath()) : Response.ok()).entity(entity)
                .tag(ETags.tag(version)).build();
    }
}
