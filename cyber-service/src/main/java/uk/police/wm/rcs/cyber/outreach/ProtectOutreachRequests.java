package uk.police.wm.rcs.cyber.outreach;

import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** Requests, responses and events of Cyber Essentials promotion and outreach events and conferences. */
public final class ProtectOutreachRequests {
    private ProtectOutreachRequests() {
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

    /** A month's Cyber Essentials figures: SMEs the promotion reached, and certifications gained. */
    public record CyberEssentialsReport(@NotNull @PositiveOrZero Integer smesEngaged,
            @NotNull @PositiveOrZero Integer certifications) {
    }

    public record CyberEssentialsMonthView(YearMonth month, int smesEngaged, int certifications, long version) {
        static CyberEssentialsMonthView of(CyberEssentialsMonth m) {
            return new CyberEssentialsMonthView(YearMonth.from(m.month), m.smesEngaged, m.certifications, m.version);
        }
    }

    /** SMEs engaged and certifications over a period. */
    public record CyberEssentialsCounts(long smesEngaged, long certifications) {
    }

    /** A financial year's Cyber Essentials totals and its quarters ({@code Q1}..{@code Q4}). */
    public record CyberEssentialsYear(String financialYear, int monthsReported, CyberEssentialsCounts total,
            Map<String, CyberEssentialsCounts> byQuarter) {
    }

    /** An outreach event or conference as held. */
    public record NewOutreachEvent(@NotNull LocalDate heldOn, @NotBlank @Size(max = 200) String name,
            @NotNull EventKind kind, @NotNull OutreachStrand strand, @NotNull EventAudience audience,
            @Size(max = 120) String partner, @NotNull @PositiveOrZero Integer attendees) {
    }

    public record OutreachEventView(String id, LocalDate heldOn, String name, EventKind kind, OutreachStrand strand,
            EventAudience audience, String partner, int attendees) {
        static OutreachEventView of(OutreachEvent e) {
            return new OutreachEventView(e.id.toString(), e.heldOn, e.name, e.kind, e.strand, e.audience, e.partner,
                    e.attendees);
        }
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

        static OutreachEventRecorded of(OutreachEvent e) {
            return new OutreachEventRecorded(e.id.toString(), e.heldOn, e.name, e.kind, e.strand, e.audience,
                    e.partner, e.attendees);
        }
    }
}
