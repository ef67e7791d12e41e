package uk.police.wm.rcs.rocu.ocg;

import uk.police.wm.rcs.rocu.events.OcgStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.security.SecureRandom;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.rocu.events.CrimeType;

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

    /** A group as a partner region sees it by its shareable reference: no name, no reference of ours. */
    @Schema(description = "An OCG as a partner region may see it by its shareable reference (OFFICIAL only): no name.")
    public record SharedOcgView(String shareableReference, CrimeType crimeType, OcgStatus status, String threatBand) {
    }

    static final String NO_SHARED_OCG = "No OCG is shared under this reference.";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base 32: no I, L, O or U, so a reference read aloud or retyped is not misread. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** A new shareable reference: {@code OCGX-} and 20 random characters (100 bits), unrelated to the group. */
    public static String newShareableReference() {
        StringBuilder reference = new StringBuilder("OCGX-");
        for (int i = 0; i < 20; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }

    /**
     * A group by its shareable reference, for a partner region: only a group marked OFFICIAL without caveats (what
     * may leave the region), and within the caller's clearance; 404 otherwise, as for one that does not exist.
     */
    public SharedOcgView shared(String shareableReference, Caller caller) {
        SqlFilter where = SqlFilter.visibleTo(caller).and("classification = 'OFFICIAL'")
                .and("cardinality(caveats) = 0")
                .and("shareable_reference = :shareable", "shareable", shareableReference);
        @SuppressWarnings("unchecked")
        List<Ocg> found = where.bind(em.createNativeQuery("select * from ocg" + where.sql(), Ocg.class))
                .getResultList();
        Ocg o = found.stream().findFirst().orElseThrow(() -> Problems.notFound(NO_SHARED_OCG));
        return new SharedOcgView(o.shareableReference, o.predominantCrimeType, o.status, o.threatBand);
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
