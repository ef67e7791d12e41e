package uk.police.wm.rcs.cyber.summary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The quarterly summary for the governance group: each figure for the quarter with the previous quarter beside it.
 * Referral figures count the referrals received in the quarter; plan RAG counts are the delivery plan actions' RAG as
 * at the quarter's last day (each action's latest progress note by then).
 */
public record QuarterSummary(
        String quarter,
        String previousQuarter,
        Compared<Map<String, Long>> referralsByClass,
        Compared<Map<String, Long>> referralsByOutcome,
        Compared<TimeToTriage> timeToTriage,
        Compared<VictimContact> victimContact,
        Compared<Map<String, Long>> planRag,
        Compared<PcsoReach> pcsoReach,
        Compared<ProtectReach> protectReach,
        Compared<PreventFigures> prevent) {

    /** The Digital PCSO's social-media reach over the quarter's reported months. */
    public record PcsoReach(long total, int monthsReported, Long averagePerMonth) {
    }

    /**
     * Protect's reach in the quarter (DOMAIN.md, Prevent and Protect): the monthly campaigns and their combined
     * reach, Cyber Essentials among SMEs (SMEs engaged, certifications gained), and Protect events and conferences
     * with their attendees.
     */
    public record ProtectReach(long campaigns, long reach, long cyberEssentialsSmesEngaged,
            long cyberEssentialsCertifications, long events, long eventAttendees) {
    }

    /** Prevent in the quarter: interventions by outcome (every outcome present), and Prevent events with attendees. */
    public record PreventFigures(long interventions, Map<String, Long> interventionsByOutcome, long events,
            long eventAttendees) {
    }

    /** A figure for the quarter and for the quarter before. */
    public record Compared<T>(T current, T previous) {
    }

    /**
     * Hours from receipt to triage of the quarter's referrals that have been triaged; median and 90th percentile by
     * linear interpolation between closest ranks (PostgreSQL {@code percentile_cont}), null when none were triaged.
     */
    public record TimeToTriage(long triaged, BigDecimal medianHours, BigDecimal p90Hours) {
    }

    /** Of the referrals received in the quarter, how many victims have been contacted, and the rate (0 to 1). */
    public record VictimContact(long received, long contacted, BigDecimal rate) {
    }
}
