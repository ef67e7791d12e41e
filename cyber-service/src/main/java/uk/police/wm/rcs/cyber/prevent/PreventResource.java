package uk.police.wm.rcs.cyber.prevent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.police.wm.rcs.cyber.prevent.PreventRequests.InterventionView;
import uk.police.wm.rcs.cyber.prevent.PreventRequests.NewIntervention;
import uk.police.wm.rcs.cyber.prevent.PreventRequests.PreventYear;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** Cyber Prevent interventions: categories and counts, never a person. */
@Path("/api/v1/prevent")
@Tag(name = "Prevent", description = "Cyber Prevent interventions: categories and counts, never a person.")
public class PreventResource {

    @Inject
    PreventService service;

    @Operation(summary = "Record a Prevent intervention",
            description = "Records an intervention (its referral source, type and outcome; never a person): 201 with "
                          + "it and its Location.")
    @APIResponse(responseCode = "201", description = "Recorded: the intervention.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InterventionView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    @Path("interventions")
    @RolesAllowed("cyber-officer")
    public Response recordIntervention(@Valid @NotNull NewIntervention request, @Context UriInfo uri) {
        PreventIntervention i = service.record(request);
        return Response.created(uri.getAbsolutePathBuilder().path(i.id.toString()).build())
                .entity(InterventionView.of(i)).build();
    }

    /** A financial year's interventions by date, a cursor page ({@code /prevent/interventions/2018-19}). */
    @Operation(summary = "List a year's interventions",
            description = "A financial year's interventions by date, a cursor page.")
    @GET
    @Path("interventions/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<InterventionView> listInterventions(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.interventions(FinancialQuarter.firstOf(fy), page).map(InterventionView::of);
    }

    /** A financial year's interventions counted by referral source, type and outcome ({@code /prevent/2018-19}). */
    @Operation(summary = "Read a year's Prevent figures",
            description = "A financial year's interventions counted by referral source, type and outcome.")
    @GET
    @Path("{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public PreventYear getPreventYear(@PathParam("fy") String fy) {
        return service.year(FinancialQuarter.firstOf(fy));
    }
}
