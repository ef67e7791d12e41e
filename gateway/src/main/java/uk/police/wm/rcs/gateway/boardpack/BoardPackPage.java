package uk.police.wm.rcs.gateway.boardpack;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.police.wm.rcs.gateway.governance.CtuGovernance.Level;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.Disclosure.Withheld;
import uk.police.wm.rcs.gateway.governance.FourPMatrix;
import uk.police.wm.rcs.gateway.governance.GovernanceView;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Freshness;
import uk.police.wm.rcs.gateway.governance.RocuHighlights.Highlight;
import uk.police.wm.rcs.gateway.governance.Trend;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Writes the board pack's XHTML, section by section; every text is escaped. */
final class BoardPackPage {

    private static final String STYLE = "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#111}"
            + "h1{font-size:18pt;margin-bottom:2pt}h2{font-size:14pt;border-bottom:1px solid #444;margin-top:18pt}"
            + "h3{font-size:11pt}table{border-collapse:collapse;margin:6pt 0}"
            + "td,th{border:1px solid #999;padding:2pt 6pt;text-align:right}th:first-child,td:first-child{text-align:left}"
            + ".meta{color:#555}.stale{color:#a00}img{width:100%;max-width:720px}";

    private final StringBuilder out = new StringBuilder();

    BoardPackPage(FinancialQuarter quarter, String clearance, OffsetDateTime at, String header) {
        out.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>Regional governance board pack ").append(esc(quarter.toString())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>").append(header)
                .append("<h1>Playing our part in responding to national threats</h1>")
                .append("<p class=\"meta\">Regional governance board pack, ").append(esc(quarter.toString()))
                .append(" (").append(esc(quarter.start().toString())).append(" to ")
                .append(esc(quarter.endExclusive().minusDays(1).toString())).append("). Prepared at ")
                .append(esc(at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))).append(" for a reader cleared to ")
                .append(esc(clearance)).append(".</p>");
    }

    void ctu(GovernanceView view) {
        section("Counter Terrorism Unit", view.ctu().freshness());
        out.append("<h3>Threat levels in force at the end of the quarter</h3>");
        levels(view.ctu().figures().threatLevels().inForceAtEnd());
        if (!view.ctu().figures().threatLevels().changes().isEmpty()) {
            out.append("<h3>Changes during the quarter</h3>");
            levels(view.ctu().figures().threatLevels().changes());
        }
        trends("Activity by 4 P", view.ctu().figures().activity().byFourP());
        trends("Activity by motivation", view.ctu().figures().activity().byMotivation());
        out.append("<p>Reporting-restricted operations: ").append(count(view.ctu().figures().activity()
                .restrictedOperations())).append("</p>");
    }

    void rocu(GovernanceView view, String ocgPie, String disruptionBars) {
        section("Regional Organised Crime Unit", view.rocu().freshness());
        out.append("<h3>Active organised crime groups</h3>");
        chart("Active OCGs per crime type", ocgPie);
        counts("Active OCGs per predominant crime type", view.rocu().figures().activeOcgsByCrimeType());
        out.append("<h3>Approved disruptions</h3>");
        chart("Approved disruptions by crime type", disruptionBars);
        trends("Approved disruptions by crime type", view.rocu().figures().approvedDisruptions().byCrimeType());
        trends("By impact", view.rocu().figures().approvedDisruptions().byImpact());
        trends("By force", view.rocu().figures().approvedDisruptions().byForce());
        trends("By leading agency", view.rocu().figures().approvedDisruptions().byAgency());
        counts("Claims awaiting the moderation panel, by force", view.rocu().figures().moderationBacklogByForce());
        highlights(view.rocu().figures().highlights());
    }

    /** The narratives in the API's order, each with its force, crime type, impact and marking. */
    private void highlights(List<Highlight> highlights) {
        out.append("<h3>Operational highlights</h3>");
        if (highlights.isEmpty()) {
            out.append("<p class=\"meta\">None for this quarter at the reader's clearance.</p>");
            return;
        }
        for (Highlight h : highlights) {
            String marking = h.caveats().isEmpty() ? h.classification()
                    : h.classification() + " " + String.join(" ", h.caveats());
            out.append("<p class=\"highlight\"><b>").append(esc(h.force())).append(", ").append(esc(h.crimeType()))
                    .append(" (").append(esc(h.fourP())).append(", ").append(esc(h.moderatedImpact()))
                    .append(" impact, led by ").append(esc(h.leadAgency())).append(")</b> <span class=\"meta\">[")
                    .append(esc(marking)).append("]</span><br/>").append(esc(h.narrative())).append("</p>");
        }
    }

    void cyber(GovernanceView view, String outcomeBars, String pcsoBars) {
        section("Cybercrime", view.cyber().freshness());
        chart("Referrals by outcome", outcomeBars);
        trends("Action Fraud referrals by class", view.cyber().figures().referralsByClass());
        trends("Referrals by triage outcome", view.cyber().figures().referralsByOutcome());
        var triage = view.cyber().figures().timeToTriage().current();
        var contact = view.cyber().figures().victimContact().current();
        out.append("<p>Time to triage: ").append(count(triage.triaged())).append(" referrals triaged, median ")
                .append(esc(String.valueOf(triage.medianHours()))).append(" hours, 90th percentile ")
                .append(esc(String.valueOf(triage.p90Hours()))).append(" hours. Victims contacted: ")
                .append(count(contact.contacted())).append(" of ").append(count(contact.received()))
                .append(" (rate ").append(esc(String.valueOf(contact.rate()))).append(").</p>");
        out.append("<h3>Digital PCSO reach by month</h3>");
        chart("Digital PCSO reach by month", pcsoBars);
        out.append("<table><tr><th>Month</th><th>People reached</th><th>Events supported</th></tr>");
        for (var month : view.cyber().figures().pcsoReachByMonth()) {
            out.append("<tr><td>").append(esc(month.month())).append("</td><td>").append(count(month.reach()))
                    .append("</td><td>").append(count(month.events())).append("</td></tr>");
        }
        out.append("</table>");
    }

    void matrixAndWithheld(GovernanceView view) {
        out.append("<h2>The 4 P across the region</h2><table><tr><th>4 P</th><th>CTU activity</th>")
                .append("<th>ROCU approved disruptions</th><th>Cyber referrals</th></tr>");
        for (FourPMatrix.Row row : view.fourPMatrix()) {
            out.append("<tr><td>").append(esc(row.fourP())).append("</td><td>").append(count(row.ctu()))
                    .append("</td><td>").append(count(row.rocu())).append("</td><td>").append(count(row.cyber()))
                    .append("</td></tr>");
        }
        out.append("</table><h2>What this pack leaves out</h2>");
        if (view.withheld().isEmpty()) {
            out.append("<p>Nothing: every figure is shown at the reader's clearance.</p>");
        } else {
            out.append("<table><tr><th>Section</th><th>What</th><th>Why</th></tr>");
            for (Withheld w : view.withheld()) {
                out.append("<tr><td>").append(esc(w.section())).append("</td><td>").append(esc(w.what()))
                        .append("</td><td>").append(esc(w.reason())).append("</td></tr>");
            }
            out.append("</table>");
        }
        out.append("<p class=\"meta\">A count shown as \u2013 is suppressed (under 5 and above the reader's clearance).</p>");
    }

    String finish() {
        return out.append("</body></html>").toString();
    }

    private void chart(String alt, String dataUri) {
        if (dataUri == null) {
            out.append("<p class=\"meta\">").append(esc(alt)).append(": nothing recorded for this period.</p>");
        } else {
            out.append("<img alt=\"").append(esc(alt)).append("\" src=\"").append(dataUri).append("\"/>");
        }
    }

    private void section(String title, Freshness freshness) {
        out.append("<h2>").append(esc(title)).append("</h2><p class=\"meta\">Newest event applied: ")
                .append(freshness.newestEventTime() == null ? "none yet"
                        : esc(freshness.newestEventTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))).append(".");
        if (freshness.stale()) {
            out.append(" <span class=\"stale\">Stale: ").append(esc(freshness.staleReason())).append(".</span>");
        }
        out.append("</p>");
    }

    private void levels(List<Level> levels) {
        out.append("<table><tr><th>Scope</th><th>Level</th><th>Since</th><th>Set by</th></tr>");
        for (Level level : levels) {
            out.append("<tr><td>").append(esc(level.scope())).append("</td><td>").append(esc(level.level()))
                    .append("</td><td>").append(esc(level.effectiveFrom().toString())).append("</td><td>")
                    .append(esc(level.setBy())).append("</td></tr>");
        }
        out.append("</table>");
    }

    private void trends(String title, List<Trend> trends) {
        out.append("<h3>").append(esc(title)).append("</h3><table><tr><th></th><th>This quarter</th>")
                .append("<th>Previous quarter</th><th>Same quarter last year</th></tr>");
        for (Trend t : trends) {
            out.append("<tr><td>").append(esc(t.key())).append("</td><td>").append(count(t.current()))
                    .append("</td><td>").append(count(t.previousQuarter())).append("</td><td>")
                    .append(count(t.sameQuarterLastYear())).append("</td></tr>");
        }
        out.append("</table>");
    }

    private void counts(String title, List<Count> counts) {
        out.append("<h3>").append(esc(title)).append("</h3><table>");
        for (Count c : counts) {
            out.append("<tr><td>").append(esc(c.key())).append("</td><td>").append(count(c)).append("</td></tr>");
        }
        out.append("</table>");
    }

    private static String count(Count count) {
        return count.suppressed() ? "\u2013" : Long.toString(count.value());
    }

    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
