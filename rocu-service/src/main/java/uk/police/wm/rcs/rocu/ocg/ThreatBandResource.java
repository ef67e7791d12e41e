package uk.police.wm.rcs.rocu.ocg;

import jakarta.annotation.security.RolesAllowed;
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

/** The configured threat bands: data, not code, so analysts can add or relabel them. */
@Path("/api/v1/threat-bands")
public class ThreatBandResource {

    @Inject
    ThreatBandService service;

    @GET
    @RolesAllowed({"rocu-analyst", "moderator", "governance-viewer"})
    public List<ThreatBandView> list() {
        return service.all();
    }

    /** Adds or relabels a band. */
    @PUT
    @Path("{code}")
    @RolesAllowed("rocu-analyst")
    public ThreatBandView put(@PathParam("code") String code, @Valid @NotNull ThreatBandView band) {
        if (!code.equals(band.code())) {
            throw Problems.unprocessable("The body's code must match the path.");
        }
        return service.put(band);
    }

    /** Reads and writes the threat band table. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class ThreatBandService {

        public List<ThreatBandView> all() {
            return ThreatBand.<ThreatBand>listAll(io.quarkus.panache.common.Sort.by("rank")).stream()
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
