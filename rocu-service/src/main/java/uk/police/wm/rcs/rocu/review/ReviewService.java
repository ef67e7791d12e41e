package uk.police.wm.rcs.rocu.review;

import uk.police.wm.rcs.rocu.events.ReviewEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jakarta.inject.Inject;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.rocu.events.ReviewEvents.ObjectiveSet;
import uk.police.wm.rcs.rocu.events.ReviewEvents.ReviewChanged;

/**
 * Keeps the review register and the departmental objectives, and publishes each change (OFFICIAL: the register is
 * about the unit's own governance, never about a person or an operation).
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    Outbox outbox;

    public record ReviewRequest(@NotBlank @Size(max = 200) String item, @NotBlank @Size(max = 200) String owner,
            @NotNull ReviewEvents.Status status, @NotNull LocalDate nextReview) {
    }

    public record ReviewView(String id, String item, String owner, ReviewEvents.Status status, LocalDate nextReview,
            long version) {
        static ReviewView of(ReviewItem r) {
            return new ReviewView(r.id.toString(), r.item, r.owner, r.status, r.nextReview, r.version);
        }
    }

    public record ObjectiveRequest(@NotBlank String financialYear, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 2000) String description) {
    }

    public record ObjectiveView(String id, String financialYear, String title, String description) {
        static ObjectiveView of(DepartmentalObjective o) {
            return new ObjectiveView(o.id.toString(), o.financialYear, o.title, o.description);
        }
    }

    @Transactional
    public ReviewItem add(ReviewRequest r) {
        ReviewItem item = new ReviewItem();
        item.id = UUID.randomUUID();
        apply(r, item);
        item.persist();
        ReviewItem.getEntityManager().flush();
        published(item);
        return item;
    }

    @Transactional
    public ReviewItem update(UUID id, ReviewRequest r, String ifMatch) {
        ReviewItem item = ReviewItem.<ReviewItem>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("No such review."));
        ETags.requireMatch(ifMatch, item.version);
        apply(r, item);
        ReviewItem.getEntityManager().flush();
        published(item);
        return item;
    }

    /** The register in insertion order; {@code dueBy} keeps items whose next review is on or before that date. */
    public Page<ReviewItem> list(LocalDate dueBy, PageRequest page) {
        long after = page.after().map(ReviewService::seqOf).orElse(0L);
        List<ReviewItem> rows = (dueBy == null
                ? ReviewItem.<ReviewItem>find("seq > ?1 order by seq", after)
                : ReviewItem.<ReviewItem>find("seq > ?1 and nextReview <= ?2 order by seq", after, dueBy))
                .range(0, page.fetchSize() - 1).list();
        return Page.of(rows, page, r -> new Cursor(String.valueOf(r.seq), r.id.toString()));
    }

    @Transactional
    public DepartmentalObjective addObjective(ObjectiveRequest r) {
        FinancialQuarter.parseYear(r.financialYear());
        DepartmentalObjective o = new DepartmentalObjective();
        o.id = UUID.randomUUID();
        o.financialYear = r.financialYear();
        o.title = r.title().strip();
        o.description = r.description().strip();
        o.persist();
        outbox.append(new ObjectiveSet(o.id.toString(), o.financialYear, o.title, o.description));
        return o;
    }

    public List<DepartmentalObjective> objectives(String financialYear) {
        FinancialQuarter.parseYear(financialYear);
        return DepartmentalObjective.list("financialYear = ?1 order by seq", financialYear);
    }

    private void published(ReviewItem item) {
        outbox.append(new ReviewChanged(item.id.toString(), item.item, item.owner, item.status, item.nextReview,
                item.version));
    }

    private static void apply(ReviewRequest r, ReviewItem item) {
        item.item = r.item().strip();
        item.owner = r.owner().strip();
        item.status = r.status();
        item.nextReview = r.nextReview();
    }

    private static long seqOf(Cursor c) {
        try {
            return Long.parseLong(c.sortKey());
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
    }
}
