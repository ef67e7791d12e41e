package uk.police.wm.rcs.ctu.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import uk.police.wm.rcs.ctu.prevent.PreventCase;
import uk.police.wm.rcs.ctu.prevent.PreventCaseChangedEvent;
import uk.police.wm.rcs.ctu.prevent.PreventService;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.ReviewedRecord;
import uk.police.wm.rcs.platform.review.ReviewedRecords;
import uk.police.wm.rcs.platform.review.ReviewedTable;
import uk.police.wm.rcs.platform.security.Caller;

/** The MoPI review's records in ctu-service: Prevent cases (every one is about a person). */
@ApplicationScoped
public class ReviewedPreventCases implements ReviewedRecords<PreventCase> {

    static final ReviewedTable PREVENT_CASES = new ReviewedTable(PreventService.RECORD_TYPE, "prevent_case",
            "retention_review_on", "true", null, PreventCaseChangedEvent.AGGREGATE, "uk.police.wm.ctu");

    private static final Keyset.Order<PreventCase> OLDEST_REVIEW_FIRST = Keyset.Order.byDateThenId(
            "retention_review_on", c -> c.retentionReviewOn, c -> c.id, Keyset.Direction.ASCENDING);

    @Inject
    PreventService cases;

    @Override
    public ReviewedTable table() {
        return PREVENT_CASES;
    }

    @Override
    public Class<PreventCase> entity() {
        return PreventCase.class;
    }

    @Override
    public Keyset.Order<PreventCase> oldestReviewFirst() {
        return OLDEST_REVIEW_FIRST;
    }

    @Override
    public ReviewedRecord underReview(PreventCase row) {
        return new PreventCaseUnderReview(row);
    }

    @Override
    public ReviewedRecord underReview(String id, Caller caller) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(PreventService.NOT_FOUND);
        }
        return new PreventCaseUnderReview(cases.visible(uuid, caller));
    }
}
