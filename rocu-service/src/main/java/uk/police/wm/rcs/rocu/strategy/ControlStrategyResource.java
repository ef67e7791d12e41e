package uk.police.wm.rcs.rocu.strategy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.strategy.ControlStrategyService.NewStrategy;
import uk.police.wm.rcs.rocu.strategy.ControlStrategyService.StrategyView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** The regional control strategy per financial year, each change a new version. */
@Path("/api/v1/control-strategies")
@Tag(name = "Control strategy", description = "The regional control strategy per financial year, each change a new "
        + "version.")
public class ControlStrategyResource {

    @Inject
    ControlStrategyService service;

    @Inject
    CurrentCaller caller;

    /** Records the year's priorities as its next version: 201 with the version's {@code Location}. */
    @Operation(summary = "Record the year's control strategy",
            description = "Records the year's priorities as its next version: 201 with the version and its Location.")
    @APIResponse(responseCode = "201", description = "Recorded: the new version.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StrategyView.class)))
    @APIResponse(responseCode = "422", description = "The strategy breaks a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("{fy}")
    @RolesAllowed("rocu-analyst")
    public Response recordControlStrategy(@PathParam("fy") String fy, @Valid @NotNull NewStrategy strategy, @Context UriInfo uri) {
        StrategyView view = service.record(fy, strategy, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path("versions").path(String.valueOf(view.version()))
                .build()).entity(view).build();
    }

    /** The year's current version. */
    @Operation(summary = "Read the year's control strategy",
            description = "The current version of a year's control strategy.")
    @GET
    @Path("{fy}")
    @RolesAllowed({"rocu-analyst", "moderator", "governance-viewer"})
    public StrategyView getControlStrategy(@PathParam("fy") String fy) {
        return service.find(fy, null);
    }

    @Operation(summary = "Read one version of a control strategy",
            description = "One version of a year's control strategy.")
    @GET
    @Path("{fy}/versions/{version}")
    @RolesAllowed({"rocu-analyst", "moderator", "governance-viewer"})
    public StrategyView getControlStrategyVersion(@PathParam("fy") String fy, @PathParam("version") int version) {
        return service.find(fy, version);
    }
}
