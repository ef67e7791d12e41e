package uk.police.wm.rcs.cyber.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsCounts;
import uk.police.wm.rcs.cyber.events.OutreachEvents.CyberEssentialsMonthReported;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsReport;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsYear;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.NewOutreachEvent;
import uk.police.wm.rcs.cyber.events.OutreachEvents.OutreachEventRecorded;
import uk.police.wm.rcs.cyber.register.Registers;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Cyber Essentials promotion and certifications among SMEs per month, and outreach events and conferences. */
@ApplicationScoped
public class ProtectOutreachService {

    @Inject
    Outbox outbox;

    @Inject
    Registers registers;

    /** The month and whether this call created it. */
    public record Upsert(CyberEssentialsMonth month, boolean created) {
    }

    /** Reports a month; different figures for a reported month need If-Match, the same figures are a no-op. */
    @Transactional
    public Upsert reportCyberEssentials(YearMonth month, CyberEssentialsReport request, String ifMatch) {
        registers.requireBegun(month);
        CyberEssentialsMonth m = CyberEssentialsMonth.findById(month.atDay(1));
        boolean created = m == null;
        if (created) {
            m = new CyberEssentialsMonth();
            m.month = month.atDay(1);
        } else if (m.smesEngaged == request.smesEngaged() && m.certifications == request.certifications()) {
            return new Upsert(m, false);
        } else {
            ETags.requireMatch(ifMatch, m.version);
        }
        m.smesEngaged = request.smesEngaged();
        m.certifications = request.certifications();
        if (created) {
            m.persist();
        }
        outbox.append(new CyberEssentialsMonthReported(month, m.smesEngaged, m.certifications));
        return new Upsert(m, created);
    }

    /** A financial year's totals and each quarter's (quarters with no month reported count zero). */
    public CyberEssentialsYear cyberEssentialsYear(FinancialQuarter q1) {
        List<CyberEssentialsMonth> months = CyberEssentialsMonth.list("month >= ?1 and month < ?2", q1.start(),
                q1.start().plusYears(1));
        Map<String, CyberEssentialsCounts> byQuarter = new LinkedHashMap<>();
        FinancialQuarter q = q1;
        for (int i = 0; i < 4; i++, q = q.next()) {
            FinancialQuarter quarter = q;
            List<CyberEssentialsMonth> in = months.stream().filter(m -> quarter.contains(m.month)).toList();
            byQuarter.put(quarter.quarterLabel(), counts(in));
        }
        return new CyberEssentialsYear(q1.financialYear(), months.size(), counts(months), byQuarter);
    }

    /** A page of the financial year's months, in order. */
    public Page<CyberEssentialsMonth> cyberEssentialsMonths(FinancialQuarter q1, PageRequest page) {
        return registers.yearPage(CyberEssentialsMonth.class, "cyber_essentials_month", "month", q1,
                Keyset.Order.byUniqueDate("month", m -> m.month, Direction.ASCENDING), page);
    }

    /** Records an event or conference; the same name on the same day is a conflict. */
    @Transactional
    public OutreachEvent recordEvent(NewOutreachEvent request) {
        registers.requireNotAfterToday(request.heldOn(), "heldOn is in the future: record an event once it has been held.");
        OutreachEvent e = new OutreachEvent();
        e.id = UUID.randomUUID();
        e.heldOn = request.heldOn();
        e.name = request.name().strip();
        e.kind = request.kind();
        e.strand = request.strand();
        e.audience = request.audience();
        e.partner = request.partner() == null || request.partner().isBlank() ? null : request.partner().strip();
        e.attendees = request.attendees();
        e.recordedAt = registers.now();
        if (OutreachEvent.count("heldOn = ?1 and name = ?2", e.heldOn, e.name) > 0) {
            throw Problems.conflict("'" + e.name + "' on " + e.heldOn + " is already recorded.");
        }
        e.persist();
        outbox.append(new OutreachEventRecorded(e.id.toString(), e.heldOn, e.name, e.kind, e.strand, e.audience,
                e.partner, e.attendees));
        return e;
    }

    /** A page of the financial year's events and conferences by the day held. */
    public Page<OutreachEvent> events(FinancialQuarter q1, PageRequest page) {
        return registers.yearPage(OutreachEvent.class, "outreach_event", "held_on", q1,
                Keyset.Order.byDateThenId("held_on", e -> e.heldOn, e -> e.id, Direction.ASCENDING), page);
    }

    private static CyberEssentialsCounts counts(List<CyberEssentialsMonth> months) {
        return new CyberEssentialsCounts(months.stream().mapToLong(m -> m.smesEngaged).sum(),
                months.stream().mapToLong(m -> m.certifications).sum());
    }
}
