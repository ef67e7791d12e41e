package uk.police.wm.rcs.rocu.ocg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.ocg.OcgReferences.OcgReferenceView;
import uk.police.wm.rcs.rocu.ocg.OcgReferences.SharedOcgView;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The OCG references a force system may cite, without names. */
@Path("/api/v1/ocg-references")
@Tag(name = "OCG register", description = "Organised crime groups as mapped by ROCU analysts, with their threat bands "
        + "and cross-border notices.")
public class OcgReferenceResource {

    @Inject
    OcgReferences references;

    @Inject
    CurrentCaller caller;

    /** The force's own groups, reference, crime type and status only. */
    @Operation(summary = "List your force's OCG references",
            description = "The groups of the register the calling force system's force owns and its clearance "
                          + "covers, in register order, a cursor page: reference, predominant crime type and status "
                          + "(never a name). A claim's ocgReference must be an ACTIVE group of the register the force "
                          + "system may see (any force's: groups cross force boundaries); an unknown or archived one is "
                          + "422 naming ocgReference.")
    @GET
    @RolesAllowed("force-recorder")
    public Page<OcgReferenceView> listOwnOcgReferences(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return references.ownForce(PageRequest.parse(limit, cursor), caller.get());
    }

    /** A group by the shareable reference we gave a partner region. */
    @Operation(summary = "Look up a shared OCG reference",
            description = "A group of the register by its shareable reference (OCGX-..., given to partner regions in "
                          + "place of our own reference): predominant crime type, status and threat band; never a "
                          + "name. Only groups marked OFFICIAL without caveats are shared; any other reference is "
                          + "404, as one that does not exist. A cross-border notice may cite it as ocgReference.")
    @APIResponse(responseCode = "200", description = "The shared group.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SharedOcgView.class)))
    @GET
    @Path("{shareable}")
    @RolesAllowed("region-partner")
    public SharedOcgView getSharedOcgReference(@PathParam("shareable") @Parameter(schema = @Schema(
            type = SchemaType.STRING, pattern = "OCGX-[0-9A-Z]{20}")) String shareable) {
        return references.shared(shareable, caller.get());
    }
}
