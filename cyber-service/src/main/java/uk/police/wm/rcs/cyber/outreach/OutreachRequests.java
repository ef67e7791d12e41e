package uk.police.wm.rcs.cyber.outreach;

import uk.police.wm.rcs.cyber.events.OutreachEvents.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.Map;

/** Requests, responses and events of the Digital PCSO and Protect outreach. */
public final class OutreachRequests {
    private OutreachRequests() {
    }

    /** Audiences the Digital PCSO supports events for (para 94). */
    public enum Audience {
        SCHOOLS, SMES, BANKS, COUNCILS, WOMEN_IN_BUSINESS, FIRE_SERVICE, COMMUNITY_GROUPS
    }

    /**
     * A month's reach and events by audience (the West Midlands Police Digital PCSO's, paras 93-94) and, optionally,
     * how many Digital PCSOs were in post across the region (para 92: one each for West Midlands Police, the
     * Alliance and Staffordshire).
     */
    public record PcsoMonthReport(@NotNull @PositiveOrZero Integer reach,
            @NotNull Map<Audience, @NotNull @PositiveOrZero Integer> events,
            @PositiveOrZero @Max(MAX_IN_POST) Integer digitalPcsosInPost) {
    }

    /** A sanity bound on a region's Digital PCSO headcount, so a typing slip is refused. */
    static final int MAX_IN_POST = 100;

    public record PcsoMonthView(YearMonth month, int reach, Map<String, Integer> events, Integer digitalPcsosInPost,
            long version) {
        static PcsoMonthView of(PcsoMonth m) {
            return new PcsoMonthView(YearMonth.from(m.month), m.reach, m.events, m.digitalPcsosInPost, m.version);
        }
    }

    /** A year's total with the average and the peak, which fall out of the data (the months are a paged list). */
    public record PcsoYear(String financialYear, int monthsReported, long totalReach, Long averageReach,
            YearMonth peakMonth, Integer peakReach, Map<String, Long> eventsByAudience) {
    }

    /** A campaign as delivered. */
    public record NewCampaign(@NotNull YearMonth month, @NotBlank @Size(max = 200) String theme,
            @NotNull Channel channel, @Size(max = 120) String partner, @NotNull @PositiveOrZero Integer reach) {
    }

    public record CampaignView(String id, YearMonth month, String theme, Channel channel, String partner, int reach) {
        static CampaignView of(ProtectCampaign c) {
            return new CampaignView(c.id.toString(), YearMonth.from(c.month), c.theme, c.channel, c.partner, c.reach);
        }
    }
}
