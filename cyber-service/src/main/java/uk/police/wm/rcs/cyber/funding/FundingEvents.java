package uk.police.wm.rcs.cyber.funding;

import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The funding events on {@code cyber.events}: programmes set, bids submitted and decided. */
public final class FundingEvents {
    private FundingEvents() {
    }

    /** Event {@value #TYPE}: a programme was set or revised; key: its code. */
    @OutboxEvent.Type(value = ProgrammeUpdated.TYPE, aggregate = "funding-programme")
    public record ProgrammeUpdated(@OutboxEvent.Key FundingProgramme.Code code, String name, BigDecimal amount,
            boolean matchFunded, String matchCondition, LocalDate confirmedOn, LocalDate endsOn)
            implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.funding-programme.updated.v1";

        static ProgrammeUpdated of(FundingProgramme p) {
            return new ProgrammeUpdated(p.code, p.name, p.amount, p.matchFunded, p.matchCondition, p.confirmedOn,
                    p.endsOn);
        }
    }

    /** Event {@value #TYPE}: a bid was submitted to a board; key: the bid id. */
    @OutboxEvent.Type(value = BidSubmitted.TYPE, aggregate = "funding-bid")
    public record BidSubmitted(@OutboxEvent.Key String id, String board, String purpose, BigDecimal amount,
            LocalDate submittedOn) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.funding-bid.submitted.v1";

        static BidSubmitted of(FundingBid b) {
            return new BidSubmitted(b.id.toString(), b.board, b.purpose, b.amount, b.submittedOn);
        }
    }

    /** Event {@value #TYPE}: a bid's decision (or withdrawal) was recorded; key: the bid id. */
    @OutboxEvent.Type(value = BidDecided.TYPE, aggregate = "funding-bid")
    public record BidDecided(@OutboxEvent.Key String id, BigDecimal amount, FundingBid.Status status,
            LocalDate decisionOn) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.funding-bid.decided.v1";

        static BidDecided of(FundingBid b) {
            return new BidDecided(b.id.toString(), b.amount, b.status, b.decisionOn);
        }
    }
}
