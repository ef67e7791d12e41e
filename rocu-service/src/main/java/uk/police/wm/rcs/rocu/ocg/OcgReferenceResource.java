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
}
