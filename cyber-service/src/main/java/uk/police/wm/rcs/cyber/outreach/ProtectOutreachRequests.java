package uk.police.wm.rcs.cyber.outreach;

import uk.police.wm.rcs.cyber.events.OutreachEvents.EventAudience;
import uk.police.wm.rcs.cyber.events.OutreachEvents.EventKind;
import uk.police.wm.rcs.cyber.events.OutreachEvents.OutreachStrand;
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
}
