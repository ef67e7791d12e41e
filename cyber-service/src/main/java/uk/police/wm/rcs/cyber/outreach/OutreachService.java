package uk.police.wm.rcs.cyber.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import uk.police.wm.rcs.cyber.events.OutreachEvents.CampaignRecorded;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.NewCampaign;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.PcsoMonthReport;
import uk.police.wm.rcs.cyber.events.OutreachEvents.PcsoMonthReported;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.PcsoYear;
import uk.police.wm.rcs.cyber.register.Registers;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Digital PCSO months and Protect campaigns: recording, and the year's figures with average and peak. */
@ApplicationScoped
public class OutreachService {

    @Inject
    Outbox outbox;

    @Inject
    Registers registers;

    /** The result of a create-or-replace: the month and whether it was created. */
    public record Upsert(PcsoMonth month, boolean created) {
    }

    /**
     * Reports a month. Replacing a different report needs If-Match; sending the same figures again is a no-op, so
     * replays are harmless.
     */
    @Transactional
    public Upsert reportMonth(YearMonth month, PcsoMonthReport request, String ifMatch) {
        registers.requireBegun(month);
        Map<String, Integer> events = new TreeMap<>();
        request.events().forEach((audience, count) -> events.put(audience.name(), count));
        PcsoMonth m = PcsoMonth.findById(month.atDay(1));
        boolean created = m == null;
        if (!created) {
            if (m.reach == request.reach() && m.events.equals(events)
                    && Objects.equals(m.digitalPcsosInPost, request.digitalPcsosInPost())) {
                return new Upsert(m, false);
            }
            ETags.requireMatch(ifMatch, m.version);
        } else {
            m = new PcsoMonth();
            m.month = month.atDay(1);
        }
        m.reach = request.reach();
        m.events = events;
        m.digitalPcsosInPost = request.digitalPcsosInPost();
        if (created) {
            m.persist();
        }
        outbox.append(new PcsoMonthReported(month, m.reach, m.events, m.digitalPcsosInPost));
        return new Upsert(m, created);
    }

    /** A financial year's months, total, average per reported month (rounded) and peak month. */
    public PcsoYear year(int startYear) {
        FinancialQuarter first = new FinancialQuarter(startYear, 1);
        List<PcsoMonth> months = PcsoMonth.list("month >= ?1 and month < ?2 order by month", first.start(),
                first.start().plusYears(1));
        long total = months.stream().mapToLong(m -> m.reach).sum();
        PcsoMonth peak = months.stream().max(Comparator.comparingInt((PcsoMonth m) -> m.reach)
                .thenComparing(m -> m.month, Comparator.reverseOrder())).orElse(null);
        Map<String, Long> byAudience = new TreeMap<>();
        months.forEach(m -> m.events.forEach((a, n) -> byAudience.merge(a, (long) n, Long::sum)));
        return new PcsoYear(first.financialYear(), months.size(), total,
                months.isEmpty() ? null : Math.round(total / (double) months.size()),
                peak == null ? null : YearMonth.from(peak.month), peak == null ? null : peak.reach, byAudience);
    }

    /** Records a campaign; the same month, theme and channel twice is a conflict. */
    @Transactional
    public ProtectCampaign recordCampaign(NewCampaign request) {
        registers.requireBegun(request.month());
        ProtectCampaign c = new ProtectCampaign();
        c.id = UUID.randomUUID();
        c.month = request.month().atDay(1);
        c.theme = request.theme().strip();
        c.channel = request.channel();
        c.partner = request.partner() == null ? null : request.partner().strip();
        c.reach = request.reach();
        c.recordedAt = registers.now();
        if (ProtectCampaign.count("month = ?1 and theme = ?2 and channel = ?3", c.month, c.theme, c.channel) > 0) {
            throw Problems.conflict("A " + c.channel + " campaign on '" + c.theme + "' is already recorded for "
                    + request.month() + ".");
        }
        c.persist();
        outbox.append(new CampaignRecorded(c.id.toString(), request.month(), c.theme, c.channel, c.partner, c.reach));
        return c;
    }

    /** A page of the financial year's campaigns by month. */
    public Page<ProtectCampaign> campaigns(FinancialQuarter q1, PageRequest page) {
        return registers.yearPage(ProtectCampaign.class, "protect_campaign", "month", q1,
                Keyset.Order.byDateThenId("month", c -> c.month, c -> c.id, Direction.ASCENDING), page);
    }

    /** A page of the financial year's Digital PCSO months, in order. */
    public Page<PcsoMonth> months(FinancialQuarter q1, PageRequest page) {
        return registers.yearPage(PcsoMonth.class, "pcso_month", "month", q1,
                Keyset.Order.byUniqueDate("month", m -> m.month, Direction.ASCENDING), page);
    }
}
