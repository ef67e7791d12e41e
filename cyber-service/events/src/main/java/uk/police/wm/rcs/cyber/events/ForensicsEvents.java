package uk.police.wm.rcs.cyber.events;

import java.time.YearMonth;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/** The digital forensics event on {@code cyber.events}: a month's kiosk examinations and central submissions. */
public final class ForensicsEvents {
    private ForensicsEvents() {
    }

    /** Event {@value #TYPE}: a month's figures were reported or revised; key: the month. */
    @OutboxEvent.Type(value = MonthReported.TYPE, aggregate = "forensics-month")
    public record MonthReported(@OutboxEvent.Key YearMonth month, int kioskExaminations, int centralSubmissions)
            implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.forensics-month.reported.v1";
    }
}
