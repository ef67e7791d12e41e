package uk.police.wm.rcs.ctu.threatlevel;

import uk.police.wm.rcs.ctu.events.ThreatScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import io.quarkus.security.Authenticated;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelRequests.LevelsInForce;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelRequests.SetThreatLevel;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelRequests.ThreatLevelView;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** The threat level per scope: what is in force now or on any date, its history, and changes to it. */
@Path("/api/v1/threat-levels")
@Authenticated
@Tag(name = "Threat levels", description = "The UK threat level per scope, as JTAC and MI5 announce it: what is in "
        + "force, its history, and changes.")
public class ThreatLevelResource {

    /** A threat level change from the demo data, as the contract's example. */
    static final String DEMO_THREAT_LEVEL = "{\"scope\": \"INTERNATIONAL_TERRORISM\", \"level\": \"SUBSTANTIAL\", "
            + "\"effectiveFrom\": \"2011-07-11\", \"setBy\": \"JTAC\", "
            + "\"rationale\": \"Synthetic demo rationale: an attack is a strong possibility.\"}";

    @Inject
    ThreatLevelService service;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** The level in force for each scope on a date (today by default). Threat levels are public. */
    @Operation(summary = "Read the threat levels in force",
            description = "The level in force for each scope on a date (today by default). Any authenticated caller "
                          + "may read them.")
    @GET
    public LevelsInForce getThreatLevelsInForce(@QueryParam("on") LocalDate on) {
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        return new LevelsInForce(date, service.levelsInForce(date).stream().map(ThreatLevelView::of).toList());
    }

    /** Every level a scope has had, newest first. */
    @Operation(summary = "List a scope's threat level history",
            description = "Every level a scope has had, newest first, a cursor page.")
    @GET
    @Path("history/{scope}")
    public Page<ThreatLevelView> listThreatLevelHistory(@PathParam("scope") ThreatScope scope, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.history(scope, PageRequest.parse(limit, cursor)).map(ThreatLevelView::of);
    }

    @Operation(summary = "Read one threat level change",
            description = "One recorded change of a scope's threat level.")
    @GET
    @Path("{id}")
    public ThreatLevelView getThreatLevelChange(@PathParam("id") UUID id) {
        return service.find(id).map(ThreatLevelView::of)
                .orElseThrow(() -> Problems.notFound("No threat level change " + id + "."));
    }

    /** Records a level announced by JTAC or MI5. */
    @Operation(summary = "Record a threat level change",
            description = "Records a level announced by JTAC or MI5: 201 with the change and its Location.")
    @APIResponse(responseCode = "201", description = "Recorded: the change.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ThreatLevelView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    @RolesAllowed("ctu-officer")
    public Response recordThreatLevel(
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "demo",
                    summary = "A threat level change (demo data, deploy/demo/10-ctu-threat-levels.json)", value = DEMO_THREAT_LEVEL)))
            @Valid @NotNull SetThreatLevel request, @Context UriInfo uri) {
        ThreatLevelChange change = service.record(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(change.id.toString()).build())
                .entity(ThreatLevelView.of(change)).build();
    }
}
