package uk.police.wm.rcs.rocu.ocg;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.rocu.crime.CrimeType;

/**
 * The OCG references a claim may cite: a group of the register the claimant may see (its clearance and caveats
 * cover the group's marking) that is not archived. Force systems list their own force's; names never leave.
 */
@ApplicationScoped
public class OcgReferences {

    /** The field of a claim that cites a group. */
    public static final String FIELD = "ocgReference";

    private static final Keyset.Order<Ocg> REGISTER_ORDER = Keyset.Order.bySeq(o -> o.seq);

    @Inject
    EntityManager em;

    /** Whether a reference may be cited, as the claimant sees the register. */
    public enum Standing {
        CITABLE, ARCHIVED, UNKNOWN
    }

    /** A group as a force system sees it: no name, no officer. */
    @Schema(description = "An OCG reference a force system may cite in its claims: no name.")
    public record OcgReferenceView(String reference, CrimeType crimeType, OcgStatus status) {

        static OcgReferenceView of(Ocg o) {
            return new OcgReferenceView(o.reference, o.predominantCrimeType, o.status);
        }
    }

    /**
     * How the reference stands for the caller: a group above its clearance is as unknown as a missing one. In the
     * caller's transaction, or one of its own (a claim checks before it writes; a batch job runs outside requests).
     */
    public Standing standing(String reference, Caller caller) {
        SqlFilter where = SqlFilter.visibleTo(caller).and("reference = :reference", "reference", reference);
        @SuppressWarnings("unchecked")
        List<String> statuses = QuarkusTransaction.joiningExisting().call(() -> where.bind(
                em.createNativeQuery("select status from ocg" + where.sql())).getResultList());
        if (statuses.isEmpty()) {
            return Standing.UNKNOWN;
        }
        return OcgStatus.valueOf(statuses.get(0)) == OcgStatus.ARCHIVED ? Standing.ARCHIVED : Standing.CITABLE;
    }

    /** 422 naming {@code ocgReference} unless the standing is citable. */
    public static void requireCitable(String reference, Standing standing) {
        switch (standing) {
            case CITABLE -> { }
            case ARCHIVED -> throw Problems.unprocessable("ocg-archived", "OCG archived",
                    "OCG " + reference + " is archived; a claim cites an active group.").with("field", FIELD);
            case UNKNOWN -> throw Problems.unprocessable("unknown-ocg", "Unknown OCG",
                    "OCG " + reference + " is not in the register (GET /api/v1/ocg-references lists your force's)."
                    ).with("field", FIELD);
        }
    }

    /** The caller's own force's groups it may see, in register order: a force system's list of references. */
    public Page<OcgReferenceView> ownForce(PageRequest page, Caller caller) {
        SqlFilter where = SqlFilter.visibleTo(caller).and("owning_force = :force", "force",
                ForceScope.ownForce(caller).name());
        return Keyset.page(em, Ocg.class, "ocg", where, REGISTER_ORDER, page).map(OcgReferenceView::of);
    }
}
