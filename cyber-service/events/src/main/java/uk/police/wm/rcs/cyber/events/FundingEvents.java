package uk.police.wm.rcs.cyber.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/** The funding events on {@code cyber.events}: programmes set, bids submitted and decided. */
public final class FundingEvents {
    private FundingEvents() {
    }

    /** The programmes of paras 89-90. */
    public enum Code {
        NCSP, PTF
    }

    /** Where a bid stands. */
    public enum Status {
        SUBMITTED, APPROVED, PART_APPROVED, REJECTED, WITHDRAWN
    }

    /** Event {@value #TYPE}: a programme was set or revised; key: its code. */
    @OutboxEvent.Type(value = ProgrammeUpdated.TYPE, aggregate = "funding-programme")
    public record ProgrammeUpdated(@OutboxEvent.Key Code code, String name, BigDecimal amount,
            boolean matchFunded, String matchCondition, LocalDate confirmedOn, LocalDate endsOn)
            implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.funding-programme.updated.v1";
    }

    /** Event {@value #TYPE}: a bid was submitted to a board; key: the bid id. */
    @OutboxEvent.Type(value = BidSubmitted.TYPE, aggregate = "funding-bid")
    public record BidSubmitted(@OutboxEvent.Key String id, String board, String purpose, BigDecimal amount,
            LocalDate submittedOn) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.funding-bid.submitted.v1";
    }

    /** Event {@value #TYPE}: a bid's decision (or withdrawal) was recorded; key: the bid id. */
    @OutboxEvent.Type(value = BidDecided.TYPE, aggregate = "funding-bid")
    public record BidDecided(@OutboxEvent.Key String id, BigDecimal amount, Status status,
            LocalDate decisionOn) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.funding-bid.decided.v1";
    }
}
