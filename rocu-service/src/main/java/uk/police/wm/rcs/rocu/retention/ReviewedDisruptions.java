package uk.police.wm.rcs.rocu.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.ReviewedRecord;
import uk.police.wm.rcs.platform.review.ReviewedRecords;
import uk.police.wm.rcs.platform.review.ReviewedTable;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;

/** The MoPI review's records in rocu-service: disruptions naming a priority individual. */
@ApplicationScoped
public class ReviewedDisruptions implements ReviewedRecords<Disruption> {

    static final ReviewedTable DISRUPTIONS = new ReviewedTable(DisruptionService.RECORD_TYPE, "disruption",
            "review_date", "target_type = 'PRIORITY_INDIVIDUAL'", "force", DisruptionClaimedEvent.AGGREGATE,
            "uk.police.wm.rocu");

    private static final Keyset.Order<Disruption> OLDEST_REVIEW_FIRST = Keyset.Order.byDateThenId("review_date",
            d -> d.reviewDate, d -> d.id, Keyset.Direction.ASCENDING);

    @Inject
    DisruptionService disruptions;

    @Override
    public ReviewedTable table() {
        return DISRUPTIONS;
    }

    @Override
    public Class<Disruption> entity() {
        return Disruption.class;
    }

    @Override
    public Keyset.Order<Disruption> oldestReviewFirst() {
        return OLDEST_REVIEW_FIRST;
    }

    @Override
    public ReviewedRecord underReview(Disruption row) {
        return new DisruptionUnderReview(row);
    }

    /** A disruption that names no person has no review: 404, as for one the caller may not see. */
    @Override
    public ReviewedRecord underReview(String id, Caller caller) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(DisruptionService.NOT_FOUND);
        }
        Disruption d = disruptions.visible(uuid, caller);
        if (!d.namesPerson()) {
            throw Problems.notFound(DisruptionService.NOT_FOUND);
        }
        return new DisruptionUnderReview(d);
    }
}
