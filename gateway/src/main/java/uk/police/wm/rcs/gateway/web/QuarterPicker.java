package uk.police.wm.rcs.gateway.web;

import java.time.LocalDate;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** The web page's header: a quarter picker (a plain form, no script) and the link to the quarter's PDF. */
final class QuarterPicker {

    /** How many financial years back the picker offers. */
    private static final int YEARS = 10;

    private QuarterPicker() {
    }

    static String html(FinancialQuarter chosen, LocalDate today) {
        StringBuilder out = new StringBuilder("<form method=\"get\" action=\"/governance\" id=\"quarter-picker\">")
                .append("<label for=\"quarter\">Quarter </label><select id=\"quarter\" name=\"quarter\">");
        FinancialQuarter q = FinancialQuarter.of(today);
        FinancialQuarter oldest = FinancialQuarter.of(today.minusYears(YEARS));
        if (chosen.start().isBefore(oldest.start()) || chosen.start().isAfter(q.start())) {
            option(out, chosen, true);
        }
        while (!q.start().isBefore(oldest.start())) {
            option(out, q, q.equals(chosen));
            q = q.previous();
        }
        return out.append("</select> <button type=\"submit\">Show</button> <a id=\"pdf-link\" href=\"/governance/pdf?quarter=")
                .append(chosen).append("\">Board pack as PDF</a></form>").toString();
    }

    private static void option(StringBuilder out, FinancialQuarter quarter, boolean selected) {
        out.append("<option value=\"").append(quarter).append('"').append(selected ? " selected=\"selected\"" : "")
                .append('>').append(quarter).append("</option>");
    }
}
