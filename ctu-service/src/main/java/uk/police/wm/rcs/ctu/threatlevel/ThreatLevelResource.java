package uk.police.wm.rcs.ctu.threatlevel;

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

/** The threat level per scope: what is in force now or on any date, its history, and changes to it. */
@Path("/api/v1/threat-levels")
@Authenticated
public class ThreatLevelResource {

    @Inject
    ThreatLevelService service;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** The level in force for each scope on a date (today by default). Threat levels are public. */
    @GET
    public LevelsInForce inForce(@QueryParam("on") LocalDate on) {
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        return new LevelsInForce(date, service.levelsInForce(date).stream().map(ThreatLevelView::of).toList());
    }

    /** Every level a scope has had, newest first. */
    @GET
    @Path("history/{scope}")
    public Page<ThreatLevelView> history(@PathParam("scope") ThreatScope scope, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.history(scope, PageRequest.parse(limit, cursor)).map(ThreatLevelView::of);
    }

    @GET
    @Path("{id}")
    public ThreatLevelView get(@PathParam("id") UUID id) {
        return service.find(id).map(ThreatLevelView::of)
                .orElseThrow(() -> Problems.notFound("No threat level change " + id + "."));
    }

    /** Records a level announced by JTAC or MI5. */
    @POST
    @RolesAllowed("ctu-officer")
    public Response set(@Valid @NotNull SetThreatLevel request, @Context UriInfo uri) {
        ThreatLevelChange change = service.record(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(change.id.toString()).build())
                .entity(ThreatLevelView.of(change)).build();
    }
}
