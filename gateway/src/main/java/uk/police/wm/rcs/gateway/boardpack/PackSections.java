package uk.police.wm.rcs.gateway.boardpack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.boardpack.model.PackBlock;
import uk.police.wm.rcs.gateway.boardpack.model.PackBlock.PackHighlight;
import uk.police.wm.rcs.gateway.boardpack.model.PackFigure;
import uk.police.wm.rcs.gateway.boardpack.model.PackSection;
import uk.police.wm.rcs.gateway.boardpack.model.PackTable;
import uk.police.wm.rcs.gateway.boardpack.model.PackTable.Row;
import uk.police.wm.rcs.gateway.ctu.CtuGovernance.Level;
import uk.police.wm.rcs.gateway.cyber.CyberGovernance.CyberFigures;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.Disclosure.Withheld;
import uk.police.wm.rcs.gateway.governance.FourPMatrix;
import uk.police.wm.rcs.gateway.governance.GovernanceView;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Freshness;
import uk.police.wm.rcs.gateway.governance.Trend;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage;
import uk.police.wm.rcs.gateway.governance.coverage.CoverageWords;
import uk.police.wm.rcs.gateway.labels.Labels;
import uk.police.wm.rcs.gateway.rocu.RocuGovernance.RocuFigures;

/**
 * The board pack's sections from the governance view, in the report's order (CTU, ROCU, cybercrime), then the 4 P
 * across the region and what the pack leaves out. Every figure is the view's, put into words.
 */
final class PackSections {

    private final GovernanceView view;

    /** Approved disruptions by crime type over the last five quarters, oldest first (for the ROCU chart). */
    private final Map<String, List<Count>> disruptionsOverFiveQuarters;

    PackSections(GovernanceView view, Map<String, List<Count>> disruptionsOverFiveQuarters) {
        this.view = view;
        this.disruptionsOverFiveQuarters = disruptionsOverFiveQuarters;
    }

    List<PackSection> all() {
        return all(List.of(), 1);
    }

    /**
     * Every section in the report's order: for a re-issued pack first what changed since its previous version, then
     * each domain's headline section followed by the rest of its report ({@code view.sections()}), the 4 P, the
     * records review and what the pack leaves out.
     */
    List<PackSection> all(List<String> changes, int version) {
        List<PackSection> all = new ArrayList<>();
        if (version > 1) {
            all.add(new PackSection("changes", "Changes since version " + (version - 1), "the previous issued"
                    + " version's figures compared with this version's", "as issued", null, List.of(),
                    List.of(PackBlock.list("What changed", changes.stream().map(c -> c + ".").toList(),
                            "No figure changed."))));
        }
        all.add(ctu());
        all.addAll(coverage("ctu"));
        all.add(rocu());
        all.addAll(coverage("rocu"));
        all.add(cyber());
        all.addAll(coverage("cyber"));
        all.add(fourP());
        if (view.compliance() != null) {
            all.add(compliance());
        }
        all.add(withheld());
        return all;
    }

    /** The rest of one domain's report: each coverage section as titled tables of labelled rows, largest first. */
    private List<PackSection> coverage(String domain) {
        return view.sections().stream().filter(s -> s.domain().equals(domain)).map(this::coverageSection).toList();
    }

    private PackSection coverageSection(Coverage.Section section) {
        // each table carries the query behind its own figures: a section's tables come from different endpoints
        List<PackBlock> blocks = section.tables().stream().map(t -> PackBlock.table(new PackTable(
                t.title() + (t.period() == null ? "" : " (" + t.period() + ")"),
                concat(t.rowHeading(), t.columns().stream().map(CoverageWords::column).toList()),
                t.rows().stream().map(r -> new Row(r.key(), CoverageWords.row(r.key()),
                        r.cells().stream().map(PackSections::cell).toList(), false)).toList(),
                "Nothing recorded at your clearance.", t.rows().stream().flatMap(r -> r.cells().stream())
                        .allMatch(c -> c.status() == null), source(t.source())))).toList();
        Freshness freshness = section.freshness();
        return new PackSection(section.key().replace('.', '-'), section.title(), section.domain()
                + "-service's events; each table's own query is given under it",
                freshness == null || freshness.newestEventTime() == null ? "none yet"
                        : Labels.time(freshness.newestEventTime()),
                freshness != null && freshness.stale() ? freshness.staleReason() : null,
                section.withheld().stream().map(w -> Labels.sentence(w.what()) + ": " + Labels.sentence(w.reason()))
                        .toList(), blocks);
    }

    /**
     * The query behind a table, as a reader reproduces it: the service's GET with its parameters (sorted, so the
     * same table always reads the same and an issued pack's PDF does not depend on a map's order), the same
     * through the gateway's front door, and how the table is derived from the answer.
     */
    static String source(Coverage.Source source) {
        if (source == null) {
            return null;
        }
        String query = source.parameters().isEmpty() ? "" : "?" + String.join("&", new java.util.TreeMap<>(
                source.parameters()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        return source.service() + ", " + source.method() + " " + source.path() + query + " (through the gateway: "
                + source.frontDoorPath() + query + "): " + source.derivation();
    }

    /** The service a compliance row counts, in words. */
    private static String service(String service) {
        return switch (service) {
            case "ctu" -> "Counter Terrorism Unit";
            case "rocu" -> "Regional Organised Crime Unit";
            case "cyber" -> "Cybercrime";
            default -> CoverageWords.column(service);
        };
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String cell(Coverage.Cell cell) {
        if (cell.count() != null) {
            return Labels.number(cell.count());
        }
        if (cell.amount() != null) {
            return "£" + String.format(java.util.Locale.UK, "%,.2f", cell.amount());
        }
        return CoverageWords.status(cell.status());
    }

    /** The records review (MoPI) of each service in the quarter, counted at the reader's clearance. */
    private PackSection compliance() {
        List<Row> rows = view.compliance().services().stream().map(s -> new Row(s.service(), service(s.service()),
                List.of(Labels.number(s.reviewed()), Labels.number(s.retained()), Labels.number(s.disposed()),
                        Labels.number(s.decidedLate())), false)).toList();
        return new PackSection("compliance", "Records about people: reviews under the MoPI code", "each service's"
                + " record-review events (review decided, record disposed)", "as the reviews were decided", null,
                List.of(), List.of(PackBlock.table(new PackTable("Reviews decided in the quarter", List.of("Service",
                        "Reviewed", "Retained", "Disposed", "Decided after the review date"), rows,
                        "No review decided at your clearance."))));
    }

    private PackSection ctu() {
        var figures = view.ctu().figures();
        List<PackBlock> blocks = new ArrayList<>();
        blocks.add(PackBlock.table(levels("Threat levels in force at the end of the quarter",
                figures.threatLevels().inForceAtEnd(), "No threat level recorded.")));
        if (!figures.threatLevels().changes().isEmpty()) {
            blocks.add(PackBlock.table(levels("Changes during the quarter", figures.threatLevels().changes(), "")));
        }
        blocks.add(PackBlock.table(Tables.trends("Activity by 4 P", "4 P", figures.activity().byFourP(),
                "No activity recorded at your clearance.")));
        blocks.add(PackBlock.table(Tables.trends("Activity by motivation", "Motivation",
                figures.activity().byMotivation(), "No activity recorded at your clearance.")));
        blocks.add(PackBlock.text("Reporting-restricted operations", "Operations under reporting restrictions this"
                + " quarter: " + Tables.cell(figures.activity().restrictedOperations()) + "."));
        return section("ctu", "Counter Terrorism Unit", "ctu-service's events (threat levels, Pursue, Prevent,"
                + " Protect and Prepare activity, the count of reporting-restricted operations)", view.ctu()
                .freshness(), blocks);
    }

    private PackSection rocu() {
        RocuFigures figures = view.rocu().figures();
        List<String> withheld = withheldWords("rocu");
        List<PackBlock> blocks = new ArrayList<>();
        blocks.add(PackBlock.figure(Charts.sharesFigure("Active organised crime groups by predominant crime type",
                "organised crime groups", figures.activeOcgsByCrimeType(), withheld)));
        blocks.add(PackBlock.table(Tables.counts("Active OCGs per predominant crime type", "Crime type",
                "Active groups", figures.activeOcgsByCrimeType(), "No active group recorded at your clearance.")));
        Map<String, List<Count>> series = new LinkedHashMap<>();
        disruptionsOverFiveQuarters.forEach((quarter, counts) -> series.put(quarter.replace('-', '/').replace("/Q",
                " Q"), counts));
        blocks.add(PackBlock.figure(Charts.barsFigure("Approved disruptions by crime type, last five quarters",
                "disruptions", series, withheld)));
        var disruptions = figures.approvedDisruptions();
        List<Trend> byCrimeType = new ArrayList<>(disruptions.byCrimeType());
        if (!byCrimeType.isEmpty()) {
            byCrimeType.add(disruptions.total());
        }
        blocks.add(PackBlock.table(Tables.trends("Approved disruptions by crime type", "Crime type", byCrimeType,
                "No approved disruption at your clearance.")));
        blocks.add(PackBlock.table(Tables.trends("By impact", "Moderated impact", disruptions.byImpact(),
                "No approved disruption at your clearance.")));
        blocks.add(PackBlock.table(Tables.trends("By force", "Force", disruptions.byForce(),
                "No approved disruption at your clearance.")));
        blocks.add(PackBlock.table(Tables.trends("By leading agency", "Leading agency", disruptions.byAgency(),
                "No approved disruption at your clearance.")));
        blocks.add(PackBlock.table(Tables.counts("Claims awaiting the moderation panel, by force", "Force",
                "Claims awaiting", figures.moderationBacklogByForce(), "No claim awaiting the panel.")));
        blocks.add(PackBlock.highlights("Operational highlights", figures.highlights().stream()
                .map(h -> new PackHighlight(Labels.of(h.force()) + ", " + Labels.of(h.crimeType()) + " ("
                        + Labels.of(h.fourP()) + ", " + Labels.of(h.moderatedImpact()).toLowerCase() + " impact, led by "
                        + Labels.of(h.leadAgency()) + ")", Labels.marking(h.classification(), h.caveats()),
                        h.narrative())).toList(), "None for this quarter at your clearance."));
        return section("rocu", "Regional Organised Crime Unit", "rocu-service's events (organised crime groups"
                + " mapped, disruptions claimed and moderated by the panel, operational highlights)",
                view.rocu().freshness(), blocks);
    }

    private PackSection cyber() {
        CyberFigures figures = view.cyber().figures();
        List<String> withheld = withheldWords("cyber");
        List<PackBlock> blocks = new ArrayList<>();
        blocks.add(PackBlock.figure(Charts.barsFigure("Referrals by triage outcome", "referrals",
                Map.of(view.quarter(), figures.referralsByOutcome().stream().map(Trend::current).toList()),
                withheld)));
        blocks.add(PackBlock.table(Tables.trends("Action Fraud referrals by class", "Class",
                figures.referralsByClass(), "No referral received at your clearance.")));
        blocks.add(PackBlock.table(Tables.trends("Referrals by triage outcome", "Outcome",
                figures.referralsByOutcome(), "No referral triaged at your clearance.")));
        var triage = figures.timeToTriage().current();
        var contact = figures.victimContact().current();
        blocks.add(PackBlock.table(new PackTable("Triage and victim contact", List.of("Measure", "This quarter"),
                List.of(row("triaged", "Referrals triaged", Tables.cell(triage.triaged())),
                        row("median", "Median hours to triage", hours(triage.medianHours())),
                        row("p90", "90th percentile hours to triage", hours(triage.p90Hours())),
                        row("received", "Referrals received", Tables.cell(contact.received())),
                        row("contacted", "Victims contacted", Tables.cell(contact.contacted())),
                        row("rate", "Victims contacted, share of referrals", contact.rate() == null ? "not known"
                                : contact.rate().movePointRight(2).stripTrailingZeros().toPlainString() + "%")),
                "")));
        List<Count> reach = figures.pcsoReachByMonth().stream()
                .map(m -> new Count(Labels.month(m.month()), m.reach().value(), m.reach().suppressed())).toList();
        blocks.add(PackBlock.figure(Charts.barsFigure("Digital PCSO reach by month", "people reached",
                Map.of("People reached", reach), withheld)));
        blocks.add(PackBlock.table(new PackTable("Digital PCSO reach by month", List.of("Month", "People reached",
                "Events supported"), figures.pcsoReachByMonth().stream().map(m -> new Row(m.month(),
                Labels.month(m.month()), List.of(Tables.cell(m.reach()), Tables.cell(m.events())), false)).toList(),
                "No month reported at your clearance.")));
        return section("cyber", "Cybercrime", "cyber-service's events (Action Fraud referrals, their triage and"
                + " victim contact, the Digital PCSO's monthly report)", view.cyber().freshness(), blocks);
    }

    private PackSection fourP() {
        List<Row> rows = view.fourPMatrix().stream().map((FourPMatrix.Row r) -> new Row(r.fourP(),
                Labels.of(r.fourP()), List.of(Tables.cell(r.ctu()), Tables.cell(r.rocu()), Tables.cell(r.cyber())),
                false)).toList();
        // the 4 P keep CONTEST's order (Pursue, Prevent, Protect, Prepare): a strategy's structure, not a ranking
        PackTable table = new PackTable("The 4 P this quarter", List.of("4 P", "CTU activity",
                "ROCU approved disruptions", "Cyber referrals"), rows, "");
        return new PackSection("four-p", "The 4 P across the region", "the three sections above", "as above", null,
                List.of(), List.of(PackBlock.table(table)));
    }

    private PackSection withheld() {
        List<Row> rows = view.withheld().stream().map((Withheld w) -> new Row(w.section(), Labels.of(w.section()),
                List.of(Labels.sentence(w.what()), Labels.sentence(w.reason())), false)).toList();
        PackTable table = new PackTable("Left out for this reader", List.of("Section", "What", "Why"), rows,
                "Nothing: every figure is shown at your clearance.", false);
        return new PackSection("withheld", "What this pack leaves out", "the governance view's withheld list",
                "as above", null, List.of(), List.of(PackBlock.table(table)));
    }

    private PackSection section(String id, String title, String source, Freshness freshness, List<PackBlock> blocks) {
        return new PackSection(id, title, source, freshness.newestEventTime() == null ? "none yet"
                : Labels.time(freshness.newestEventTime()), freshness.stale() ? freshness.staleReason() : null,
                withheldWords(id), blocks);
    }

    /** The section's withheld entries in words: "what: why". */
    private List<String> withheldWords(String section) {
        return view.withheld().stream().filter(w -> w.section().equals(section))
                .map(w -> Labels.sentence(w.what()) + ": " + Labels.sentence(w.reason())).toList();
    }

    private static PackTable levels(String caption, List<Level> levels, String whenEmpty) {
        return new PackTable(caption, List.of("Scope", "Level", "In force since", "Set by"), levels.stream()
                .map(l -> new Row(l.scope(), Labels.of(l.scope()), List.of(Labels.of(l.level()),
                        Labels.date(l.effectiveFrom()), l.setBy() == null ? "" : l.setBy()), false)).toList(),
                whenEmpty, false);
    }

    private static Row row(String key, String label, String value) {
        return new Row(key, label, List.of(value), false);
    }

    private static String hours(java.math.BigDecimal hours) {
        return hours == null ? "not known" : hours.stripTrailingZeros().toPlainString();
    }
}
