package uk.police.wm.rcs.rocu.ocg;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.ThreatBandView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The configured threat bands: data, not code, so analysts can add or relabel them. */
@Path("/api/v1/threat-bands")
@Tag(name = "OCG register", description = "Organised crime groups as mapped by ROCU analysts, with their threat bands "
        + "and cross-border notices.")
public class ThreatBandResource {

    @Inject
    ThreatBandService service;

    @Operation(summary = "List threat bands",
            description = "The configured threat bands (data, not code).")
    @GET
    @RolesAllowed({"rocu-analyst", "moderator", "governance-viewer"})
    public List<ThreatBandView> listThreatBands() {
        return service.all();
    }

    /** Adds or relabels a band. */
    @Operation(summary = "Add or relabel a threat band",
            description = "Adds a threat band or relabels one; the code in the path must be the body's.")
    @APIResponse(responseCode = "200", description = "The band as now configured.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ThreatBandView.class)))
    @APIResponse(responseCode = "422", description = "The body's code is not the path's.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("{code}")
    @RolesAllowed("rocu-analyst")
    public ThreatBandView putThreatBand(@PathParam("code") String code, @Valid @NotNull ThreatBandView band) {
        if (!code.equals(band.code())) {
            throw Problems.unprocessable("The body's code must match the path.");
        }
        return service.put(band);
    }

    /** Reads and writes the threat band table. */
    @ApplicationScoped
    public static class ThreatBandService {

        public List<ThreatBandView> all() {
            return ThreatBand.<ThreatBand>listAll(Sort.by("rank")).stream()
                    .map(b -> new ThreatBandView(b.code, b.label, b.rank)).toList();
        }

        @Transactional
        public ThreatBandView put(ThreatBandView view) {
            ThreatBand band = ThreatBand.findById(view.code());
            if (band == null) {
                band = new ThreatBand();
                band.code = view.code();
            }
            band.label = view.label().strip();
            band.rank = view.rank();
            band.persist();
            return new ThreatBandView(band.code, band.label, band.rank);
        }
    }
}
