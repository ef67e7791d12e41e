package uk.police.wm.rcs.gateway.governance.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.QuarterEndFigures;
import uk.police.wm.rcs.gateway.governance.series.HeadlineFigures.Figure;
import uk.police.wm.rcs.gateway.governance.series.Series.FigureSeries;
import uk.police.wm.rcs.gateway.governance.series.Series.Point;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * Builds the series from the view of each quarter as at its end ({@link QuarterEndFigures}), so a series point is the
 * figure an issued pack of that quarter would hold, disclosed by the same rule as the view; nothing is counted twice
 * or anew here. A figure a quarter does not show is zero when it is a count, and none otherwise.
 */
@ApplicationScoped
public class SeriesService {

    static final int QUARTERS = 8;

    @Inject
    QuarterEndFigures quarterEnd;

    @Inject
    HeadlineFigures headlines;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Series series(FinancialQuarter quarter, Caller reader) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<FinancialQuarter> quarters = new ArrayList<>();
        for (FinancialQuarter q = quarter; quarters.size() < QUARTERS; q = q.previous()) {
            quarters.add(0, q);
        }
        Map<String, Map<String, Figure>> byFigure = new LinkedHashMap<>();
        for (FinancialQuarter q : quarters) {
            for (Figure f : headlines.of(quarterEnd.asAtEnd(q, reader, now).view())) {
                byFigure.computeIfAbsent(f.id(), id -> new LinkedHashMap<>()).put(q.toString(), f);
            }
        }
        List<String> yearToDate = quarters.stream().filter(q -> q.startYear() == quarter.startYear())
                .map(FinancialQuarter::toString).toList();
        List<FigureSeries> figures = new ArrayList<>();
        byFigure.forEach((id, values) -> {
            Figure any = values.values().iterator().next();
            List<Point> points = quarters.stream().map(q -> point(q.toString(), values.get(q.toString()),
                    any.additive())).toList();
            figures.add(new FigureSeries(id, ViewWords.capitalised(any.name()), any.additive(), points,
                    any.additive() ? sum(quarter.toString(), points, yearToDate) : null));
        });
        return new Series(quarter.toString(), reader.clearance().name(),
                quarters.stream().map(FinancialQuarter::toString).toList(), yearToDate, true,
                "Live figures, each quarter as at its end: registers and backlogs as recorded then, disruptions as"
                        + " moderated now;"
                        + " the figures an issued pack of that quarter would hold at your clearance.", figures);
    }

    private static Point point(String quarter, Figure figure, boolean additive) {
        if (figure == null) {
            return new Point(quarter, additive ? BigDecimal.ZERO : null, false);
        }
        return new Point(quarter, figure.value(), figure.suppressed());
    }

    /** The year to date: withheld when any quarter of it is. */
    private static Point sum(String quarter, List<Point> points, List<String> yearToDate) {
        BigDecimal total = BigDecimal.ZERO;
        for (Point p : points) {
            if (!yearToDate.contains(p.quarter())) {
                continue;
            }
            if (p.suppressed()) {
                return new Point(quarter, null, true);
            }
            total = total.add(p.value() == null ? BigDecimal.ZERO : p.value());
        }
        return new Point(quarter, total, false);
    }
}
