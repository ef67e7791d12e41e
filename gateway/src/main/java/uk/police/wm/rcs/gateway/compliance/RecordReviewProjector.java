package uk.police.wm.rcs.gateway.compliance;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.Section;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.platform.review.ReviewEvents.RecordDisposedEvent;
import uk.police.wm.rcs.platform.review.ReviewEvents.ReviewDecidedEvent;

/**
 * The records review (MoPI) in the read model. A decided review is kept for the compliance figures (first row
 * stands, so a replay changes nothing). A disposed record takes with it everything derived from it that is not a
 * count: its operational highlight (narrative); the facts the quarter's figures count stay, so no figure moves.
 */
@ApplicationScoped
public class RecordReviewProjector implements EventProjector {

    static final String DECIDED = ".review.decided.v1";
    static final String DISPOSED = ".record.disposed.v1";

    @Inject
    EntityManager em;

    /** The event type prefix of each section's service, e.g. {@code uk.police.wm.ctu}. */
    static String prefix(Section section) {
        return "uk.police.wm." + section.name().toLowerCase();
    }

    @Override
    public Set<String> types() {
        return Arrays.stream(Section.values()).map(RecordReviewProjector::prefix)
                .flatMap(p -> Stream.of(p + DECIDED, p + DISPOSED)).collect(Collectors.toSet());
    }

    @Override
    public void apply(Applied event) {
        Section section = event.event().section();
        if (event.event().type().endsWith(DISPOSED)) {
            UUID recordId = uuid(event.as(RecordDisposedEvent.class).recordId(), "recordId");
            em.createNativeQuery("INSERT INTO disposed_record (record_id, section) VALUES (?1, ?2)"
                    + " ON CONFLICT (record_id) DO NOTHING").setParameter(1, recordId).setParameter(2, section.name())
                    .executeUpdate();
            // a highlight is only ever published for a disruption naming nobody; should one exist, it goes (and
            // HighlightProjector never keeps one of a disposed record, in whichever order a batch applies them)
            em.createNativeQuery("DELETE FROM rocu_highlight WHERE disruption_id = ?1").setParameter(1, recordId)
                    .executeUpdate();
            return;
        }
        ReviewDecidedEvent decided = event.as(ReviewDecidedEvent.class);
        em.createNativeQuery("INSERT INTO compliance_review (review_id, section, record_type, record_id, decision,"
                        + " due_quarter, decided_quarter, classification, caveats)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS text[]))"
                        + " ON CONFLICT (review_id) DO NOTHING")
                .setParameter(1, uuid(decided.reviewId(), "reviewId")).setParameter(2, section.name())
                .setParameter(3, required(decided.recordType(), "recordType"))
                .setParameter(4, uuid(decided.recordId(), "recordId"))
                .setParameter(5, required(decided.decision(), "decision").name())
                .setParameter(6, required(decided.dueQuarter(), "dueQuarter"))
                .setParameter(7, required(decided.decidedQuarter(), "decidedQuarter"))
                .setParameter(8, event.marking().classification().name())
                .setParameter(9, StoredMarking.caveatsLiteral(event.marking()))
                .executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE compliance_review, disposed_record").executeUpdate();
    }
}
