package uk.police.wm.rcs.platform.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.review.ReviewEvents.ReviewDecidedEvent;
import uk.police.wm.rcs.platform.review.ReviewRequests.DecideReview;
import uk.police.wm.rcs.platform.review.ReviewRequests.ReviewDecided;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * Decides the due review of a record about a person, once: RETAIN sets the next review date (audited as an
 * alteration, the reason as its justification); DISPOSE erases the person's data ({@link Erasure}). Either way the
 * decision is kept in {@code record_review}, whose unique key refuses a second decision of the same review (409),
 * and a decided event goes out for the figures.
 */
@ApplicationScoped
public class ReviewDecisions {

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Erasure erasure;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Decides {@code record}'s due review. The caller has found the record visible to {@code caller} (404
     * otherwise) and runs this in its transaction; {@code ifMatch} must carry the record's current ETag.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewDecided decide(ReviewedTable table, ReviewedRecord record, String ifMatch, DecideReview request,
            Caller caller) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, Erasure.LONDON);
        ReviewRules.requireDue(record, today);
        ETags.requireMatch(ifMatch, record.version());
        ReviewRules.check(request, today);
        LocalDate due = record.reviewDueOn();
        UUID reviewId = UUID.randomUUID();
        String reason = request.reason().strip();
        int written = em.createNativeQuery("insert into record_review (id, record_type, record_id, review_due_on,"
                + " decision, reason, next_review_on, decided_by, decided_at, classification, caveats)"
                + " values (:id, :type, :recordId, :due, :decision, :reason, cast(:next as date), :by, :at, :classification,"
                + " cast(:caveats as text[])) on conflict on constraint record_review_once do nothing")
                .setParameter("id", reviewId)
                .setParameter("type", table.recordType())
                .setParameter("recordId", record.id())
                .setParameter("due", due)
                .setParameter("decision", request.decision().name())
                .setParameter("reason", reason)
                .setParameter("next", request.nextReviewOn() == null ? null : request.nextReviewOn().toString())
                .setParameter("by", caller.subject())
                .setParameter("at", now)
                .setParameter("classification", record.marking().classification().name())
                .setParameter("caveats", record.marking().caveatArray())
                .executeUpdate();
        if (written == 0) {
            throw Problems.conflict("review-already-decided", "Review already decided",
                    "The review of this record due on " + due + " was already decided.");
        }
        if (request.decision() == ReviewDecision.RETAIN) {
            record.retainUntil(request.nextReviewOn());
            audit.record(AuditOperation.ALTERATION, table.recordType(), List.of(record.id()), reason, List.of());
        } else {
            erasure.erase(table, record, reason);
        }
        em.flush();
        outbox.append(new ReviewDecidedEvent(table, record.marking(), reviewId.toString(), record.id(),
                table.recordType(), request.decision(), FinancialQuarter.of(due).toString(),
                FinancialQuarter.of(today).toString()));
        return new ReviewDecided(reviewId.toString(), record.id(), table.recordType(), due, request.decision(), reason,
                request.nextReviewOn(), caller.subject(), now, record.version());
    }
}
