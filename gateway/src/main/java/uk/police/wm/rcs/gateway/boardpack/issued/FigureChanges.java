package uk.police.wm.rcs.gateway.boardpack.issued;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.series.HeadlineFigures.Figure;

/** What changed between two versions of an issued pack, figure by figure, in words. */
final class FigureChanges {

    private FigureChanges() {
    }

    /** One sentence per figure that differs, in the newer version's order, then the figures no longer shown. */
    static List<String> between(List<Figure> before, List<Figure> after, int previousVersion) {
        Map<String, Figure> old = new LinkedHashMap<>();
        before.forEach(f -> old.put(f.id(), f));
        List<String> changes = new ArrayList<>();
        for (Figure now : after) {
            Figure then = old.remove(now.id());
            if (then == null) {
                if (!isZero(now)) {
                    changes.add(now.name() + ": " + words(now) + " (not shown in version " + previousVersion + ")");
                }
            } else if (!same(then, now)) {
                changes.add(now.name() + ": " + words(then) + " in version " + previousVersion + ", now "
                        + words(now));
            }
        }
        for (Figure gone : old.values()) {
            if (!isZero(gone)) {
                changes.add(gone.name() + ": " + words(gone) + " in version " + previousVersion
                        + ", no longer shown");
            }
        }
        return changes;
    }

    private static boolean same(Figure a, Figure b) {
        return a.suppressed() == b.suppressed() && (a.value() == null ? b.value() == null
                : b.value() != null && a.value().compareTo(b.value()) == 0);
    }

    private static boolean isZero(Figure f) {
        return !f.suppressed() && f.value() != null && f.value().compareTo(BigDecimal.ZERO) == 0;
    }

    static String words(Figure f) {
        return f.suppressed() ? "withheld" : f.value() == null ? "none" : f.value().stripTrailingZeros().toPlainString();
    }
}
