package uk.police.wm.rcs.gateway.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.police.wm.rcs.gateway.boardpack.model.PackDocument.Option;
import uk.police.wm.rcs.gateway.boardpack.model.PackDocument.QuarterChoice;
import uk.police.wm.rcs.gateway.labels.Labels;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** The web page's quarter picker (a plain form, no script): the quarters offered and the link to the PDF. */
final class QuarterPicker {

    /** How many financial years back the picker offers. */
    private static final int YEARS = 10;

    private QuarterPicker() {
    }

    static QuarterChoice of(FinancialQuarter chosen, LocalDate today) {
        List<Option> options = new ArrayList<>();
        FinancialQuarter q = FinancialQuarter.of(today);
        FinancialQuarter oldest = FinancialQuarter.of(today.minusYears(YEARS));
        if (chosen.start().isBefore(oldest.start()) || chosen.start().isAfter(q.start())) {
            options.add(option(chosen, true));
        }
        while (!q.start().isBefore(oldest.start())) {
            options.add(option(q, q.equals(chosen)));
            q = q.previous();
        }
        return new QuarterChoice(options, "/governance/pdf?quarter=" + chosen);
    }

    private static Option option(FinancialQuarter quarter, boolean selected) {
        return new Option(quarter.toString(), Labels.quarter(quarter), selected);
    }
}
