package uk.police.wm.rcs.rocu.events;

import java.time.Instant;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/** The events of a cross-border notice, published through the outbox on {@code rocu.events}. */
public final class CrossBorderNoticeEvents {

    private CrossBorderNoticeEvents() {
    }

    /** Where a notice stands. */
    public enum Status {
        PENDING, ACCEPTED, REJECTED
    }

    /**
     * Event {@value #TYPE}: an analyst decided a partner region's notice. Key and subject: the notice id. It names
     * the partner region that sent it (so the gateway can tell that region on the partner feed) and the outcome,
     * and nothing else: not the group, not the partner's summary, not the analyst's reason (free text that may
     * carry intelligence; the sender reads it from {@code GET /api/v1/cross-border-notices/{id}}). Marked OFFICIAL:
     * what it says is what the sending partner may read.
     */
    @OutboxEvent.Type(value = NoticeDecided.TYPE, aggregate = NoticeDecided.AGGREGATE)
    public record NoticeDecided(@OutboxEvent.Key String noticeId, String partnerRegion, Status decision,
            Instant decidedAt) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.rocu.cross-border-notice.decided.v1";
        public static final String AGGREGATE = "cross-border-notice";
    }
}
