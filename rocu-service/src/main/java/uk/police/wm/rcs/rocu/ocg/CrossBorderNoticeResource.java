package uk.police.wm.rcs.rocu.ocg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.ocg.CrossBorderNoticeService.NoticeDecision;
import uk.police.wm.rcs.rocu.ocg.CrossBorderNoticeService.NoticeRequest;
import uk.police.wm.rcs.rocu.ocg.CrossBorderNoticeService.NoticeView;

/** Cross-border notices: sent by partner regions, decided by ROCU analysts. */
@Path("/api/v1/cross-border-notices")
public class CrossBorderNoticeResource {

    @Inject
    CrossBorderNoticeService service;

    @Inject
    CurrentCaller caller;

    /** A partner region tells us a group crosses the border; 202 while it awaits an analyst. */
    @POST
    @RolesAllowed("region-partner")
    public Response receive(@Valid @NotNull NoticeRequest request) {
        return Response.accepted(NoticeView.of(service.receive(request, caller.get()))).build();
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed("rocu-analyst")
    public NoticeView decide(@PathParam("id") String id, @Valid @NotNull NoticeDecision decision) {
        return NoticeView.of(service.decide(uuid(id), decision, caller.get()));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("No such notice.");
        }
    }
}
