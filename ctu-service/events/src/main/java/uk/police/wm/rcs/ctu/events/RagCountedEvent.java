package uk.police.wm.rcs.ctu.events;

import java.util.Set;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.ctu.events.PlanEnums.ReviewingBody;

/**
 * Event {@value #TYPE}: how many of a plan's priorities a reviewing body rated red, amber and green in a quarter.
 * This is all the gateway hears of the classified performance review: no titles, no commentary, no per-priority
 * rating. Key and subject: {@code <financial year>/<quarter>/<reviewing body>}. Appended with the plan's marking, which
 * the outbox puts into the data and the headers.
 */
@OutboxEvent.Type(value = RagCountedEvent.TYPE, aggregate = RagCountedEvent.AGGREGATE)
public record RagCountedEvent(String financialYear, String quarter, ReviewingBody reviewingBody, int red, int amber,
        int green, int notReviewed, Classification classification,
        Set<String> caveats) implements OutboxEvent.Marked {

    public static final String TYPE = "uk.police.wm.ctu.plan-review.rag-counted.v1";
    public static final String AGGREGATE = "plan-review";

    @Override
    public String aggregateId() {
        return financialYear + "/" + quarter + "/" + reviewingBody;
    }
}
