package uk.police.wm.rcs.gateway.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.Disclosure.Withheld;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Basis;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Part;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.gateway.rocu.RocuGovernance;
import uk.police.wm.rcs.gateway.rocu.RocuGovernance.RegisterFigureRow;
import uk.police.wm.rcs.gateway.rocu.RocuGovernance.RocuFigures;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/**
 * A quarter's figures as at its end, for issued board packs and series: the registers and backlogs (active OCGs per
 * crime type, claims awaiting the panel per force) as they stood at midnight (UK time) at the end of the quarter,
 * from the states the services recorded before then (the CloudEvents time), instead of today's; every other figure
 * is the live view's for the quarter (disruptions as moderated now), and ROCU's frozen count of the quarter (as
 * reported then) where there is one the audience may read. Disclosed at the audience's clearance and caveats by the
 * same rule as the live view ({@link Disclosure}).
 */
@ApplicationScoped
public class QuarterEndFigures {

    /** The UK's time zone: a quarter ends at midnight local time. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** ROCU's frozen count of a quarter: the counted disruptions as reported when it was frozen. */
    public record Frozen(String quarter, OffsetDateTime frozenAt, long countedDisruptions, SecurityMarking marking) {
    }

    /** The view as at the quarter's end, and the frozen count if the audience may read it. */
    public record AsAtEnd(GovernanceView view, OffsetDateTime asAt, Optional<Frozen> frozen) {
    }

    @Inject
    GovernanceService governance;

    @Inject
    Session session;

    /** The quarter's end, or now when the quarter has not ended (a register cannot be read in the future). */
    public static OffsetDateTime endOf(FinancialQuarter quarter, OffsetDateTime now) {
        OffsetDateTime end = quarter.endExclusive().atStartOfDay(UK).toOffsetDateTime();
        return end.isAfter(now) ? now : end;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AsAtEnd asAtEnd(FinancialQuarter quarter, Caller audience, OffsetDateTime now) {
        OffsetDateTime asAt = endOf(quarter, now);
        GovernanceView live = governance.view(quarter, audience);
        Disclosure disclosure = new Disclosure(audience);
        List<RegisterFigureRow> rows = disclosure.bind(session.createNativeQuery("SELECT 'ocg', classification,"
                        + " crime_type, "
                        + Disclosure.counted("1") + ", " + Disclosure.leftOut("1") + " FROM (SELECT DISTINCT ON (id)"
                        + " crime_type, status, classification, caveats FROM rocu_ocg_history WHERE recorded_at < :asAt"
                        + " ORDER BY id, version DESC) o WHERE status = 'ACTIVE' GROUP BY classification, crime_type"
                        + " UNION ALL SELECT 'backlog', classification, force, " + Disclosure.counted("1") + ", "
                        + Disclosure.leftOut("1") + " FROM (SELECT DISTINCT ON (id) force, status, classification,"
                        + " caveats FROM rocu_disruption_history WHERE recorded_at < :asAt ORDER BY id, version DESC) d"
                        + " WHERE status = 'CLAIMED' GROUP BY classification, force", RegisterFigureRow.class))
                .setParameter("asAt", asAt).getResultList();
        disclosure.leftOut(RocuGovernance.SECTION, rows);
        FigureTable table = FigureTable.by(rows, RegisterFigureRow::key);
        RocuFigures liveRocu = live.rocu().figures();
        RocuFigures rocu = new RocuFigures(counts(table, "ocg", disclosure), liveRocu.approvedDisruptions(),
                counts(table, "backlog", disclosure), liveRocu.highlights());
        Optional<Frozen> frozen = frozen(quarter).filter(f -> Visibility.canSee(audience, f.marking()));
        List<Withheld> withheld = new ArrayList<>(live.withheld());
        disclosure.withheld().stream().filter(w -> !withheld.contains(w)).forEach(withheld::add);
        GovernanceView view = live.with(new Part<>(live.rocu().freshness(), rocu), withheld,
                new Basis(false, statement(quarter, asAt, frozen)));
        return new AsAtEnd(view, asAt, frozen);
    }

    /** ROCU's frozen count of a quarter as stored, with the marking's two columns. */
    private record FrozenRow(String quarter, Instant frozenAt, long countedDisruptions, String classification,
            String[] caveats) {
    }

    private Optional<Frozen> frozen(FinancialQuarter quarter) {
        return session.createNativeQuery("SELECT quarter, frozen_at, counted_disruptions, classification, caveats"
                        + " FROM rocu_frozen_quarter WHERE quarter = :quarter", FrozenRow.class)
                .setParameter("quarter", quarter.toString()).getResultList().stream().findFirst()
                .map(r -> new Frozen(r.quarter(), r.frozenAt().atZone(UK).toOffsetDateTime(), r.countedDisruptions(),
                        StoredMarking.of(r.classification(), r.caveats())));
    }

    private static String statement(FinancialQuarter quarter, OffsetDateTime asAt, Optional<Frozen> frozen) {
        LocalDate lastDay = quarter.endExclusive().minusDays(1);
        String registers = asAt.isBefore(quarter.endExclusive().atStartOfDay(UK).toOffsetDateTime())
                ? "The quarter had not ended: active OCGs and claims awaiting the panel are as recorded at "
                        + asAt.atZoneSameInstant(UK).toLocalDateTime().withNano(0) + "."
                : "Active OCGs and claims awaiting the panel are as recorded at the end of " + lastDay + ".";
        String frozenText = frozen.map(f -> " ROCU froze the quarter on " + f.frozenAt().atZoneSameInstant(UK)
                .toLocalDate() + " at " + f.countedDisruptions() + " counted disruptions (as reported then); the"
                + " disruption tables show them as moderated when this pack was issued.").orElse(
                        " Disruptions are as moderated when this pack was issued.");
        return "Issued figures for " + quarter + ", fixed when issued. " + registers + frozenText;
    }

    private static List<Count> counts(FigureTable table, String figure, Disclosure disclosure) {
        return table.keys(figure).stream()
                .map(key -> disclosure.count(RocuGovernance.SECTION, key, table.get(figure, key)))
                .filter(count -> count.suppressed() || count.value() != 0).toList();
    }
}
