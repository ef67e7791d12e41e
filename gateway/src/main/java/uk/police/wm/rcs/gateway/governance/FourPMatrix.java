package uk.police.wm.rcs.gateway.governance;

import java.util.List;
import java.util.stream.Stream;
import uk.police.wm.rcs.gateway.ctu.CtuGovernance.CtuFigures;
import uk.police.wm.rcs.gateway.cyber.CyberGovernance.CyberFigures;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.rocu.RocuGovernance.RocuFigures;

/**
 * The cross-domain 4 P matrix of a quarter, from figures already disclosed to the caller: CTU activity, ROCU approved
 * disruptions by 4 P category, and cyber referrals received (triage of Action Fraud referrals is Pursue work,
 * report para 68). A cell built from a suppressed figure is suppressed.
 */
public final class FourPMatrix {

    /** One row: the same P across the three domains. */
    public record Row(String fourP, Count ctu, Count rocu, Count cyber) {
    }

    private static final List<String> FOUR_P = List.of("PURSUE", "PREVENT", "PROTECT", "PREPARE");

    private FourPMatrix() {
    }

    static List<Row> of(CtuFigures ctu, RocuFigures rocu, CyberFigures cyber) {
        return FOUR_P.stream().map(p -> new Row(p,
                current(ctu.activity().byFourP(), p),
                current(rocu.approvedDisruptions().byFourP(), p),
                "PURSUE".equals(p) ? sum(p, cyber.referralsByClass().stream().map(Trend::current))
                        : new Count(p, 0L, false))).toList();
    }

    private static Count current(List<Trend> trends, String p) {
        return trends.stream().filter(t -> t.key().equals(p)).map(Trend::current).findFirst()
                .orElse(new Count(p, 0L, false));
    }

    private static Count sum(String key, Stream<Count> counts) {
        List<Count> all = counts.toList();
        if (all.stream().anyMatch(Count::suppressed)) {
            return new Count(key, null, true);
        }
        return new Count(key, all.stream().mapToLong(Count::value).sum(), false);
    }
}
