package uk.police.wm.rcs.gateway.governance.series;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every headline figure of the governance view over the last eight quarters (oldest first) and the financial year to
 * date, at the reader's clearance; each quarter's figures as at its end (registers and backlogs as recorded then).
 */
public record Series(String quarter, String clearance, List<String> quarters, List<String> yearToDateQuarters,
        boolean live, String basis, List<FigureSeries> figures) {

    /** One figure's values per quarter and its year to date ({@code null} when it does not add up over quarters). */
    public record FigureSeries(String id, String name, boolean additive, List<Point> quarters, Point yearToDate) {
    }

    /** A value in a quarter (or the year to date); {@code null} with {@code suppressed} when withheld. */
    public record Point(String quarter, BigDecimal value, boolean suppressed) {
    }
}
