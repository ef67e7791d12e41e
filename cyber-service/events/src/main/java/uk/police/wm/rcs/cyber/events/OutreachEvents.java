package uk.police.wm.rcs.cyber.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/**
 * The Prevent and Protect outreach events on {@code cyber.events}: the Digital PCSO's months, Protect campaigns,
 * Cyber Essentials months, and outreach events and conferences.
 */
public final class OutreachEvents {
    private OutreachEvents() {
    }

    /** Channels a campaign runs through. */
    public enum Channel {
        SOCIAL_MEDIA, PRESS, WEBSITE, EVENT, EMAIL, RADIO
    }

    /** An event or a conference. */
    public enum EventKind {
        EVENT, CONFERENCE
    }

    /** The strand of the 4P the event serves (a Prevent message or Protect advice). */
    public enum OutreachStrand {
        PROTECT, PREVENT
    }

    /** Who the event was for. */
    public enum EventAudience {
        BUSINESSES, SMES, PUBLIC, YOUNG_PEOPLE, ELDERLY, SCHOOLS, PARTNERS
    }

    /** Event {@value #TYPE}: a month's Digital PCSO figures were reported or revised. */
    @OutboxEvent.Type(value = PcsoMonthReported.TYPE, aggregate = "pcso-month")
    public record PcsoMonthReported(@OutboxEvent.Key YearMonth month, int reach, Map<String, Integer> events,
            Integer digitalPcsosInPost) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.pcso-month.reported.v1";
    }

    /** Event {@value #TYPE}: a Protect campaign was recorded. */
    @OutboxEvent.Type(value = CampaignRecorded.TYPE, aggregate = "protect-campaign")
    public record CampaignRecorded(@OutboxEvent.Key String id, YearMonth month, String theme, Channel channel,
            String partner, int reach) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.protect-campaign.recorded.v1";
    }

    /** Event {@value #TYPE}: a month's Cyber Essentials figures were reported or revised; key: the month. */
    @OutboxEvent.Type(value = CyberEssentialsMonthReported.TYPE, aggregate = "cyber-essentials-month")
    public record CyberEssentialsMonthReported(@OutboxEvent.Key YearMonth month, int smesEngaged, int certifications)
            implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.cyber-essentials-month.reported.v1";
    }

    /** Event {@value #TYPE}: an outreach event or conference was recorded; key: its id. */
    @OutboxEvent.Type(value = OutreachEventRecorded.TYPE, aggregate = "outreach-event")
    public record OutreachEventRecorded(@OutboxEvent.Key String id, LocalDate heldOn, String name, EventKind kind,
            OutreachStrand strand, EventAudience audience, String partner, int attendees)
            implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.outreach-event.recorded.v1";
    }
}
