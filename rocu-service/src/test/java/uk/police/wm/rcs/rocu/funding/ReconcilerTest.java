package uk.police.wm.rcs.rocu.funding;

import uk.police.wm.rcs.rocu.events.Contributor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.security.Force;

/** The formula split and reconciliation to the penny, with the stated largest-remainder rounding rule. */
class ReconcilerTest {

    private static final Map<Contributor, BigDecimal> FORMULA_2017 = Map.of(Contributor.WMP, BigDecimal.valueOf(57),
            Contributor.ALLIANCE, BigDecimal.valueOf(26), Contributor.STA, BigDecimal.valueOf(17));

    private static BigDecimal gbp(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void westMerciaAndWarwickshireContributeAsTheAlliance() {
        assertThat(Contributors.of(Force.WMP)).isEqualTo(Contributor.WMP);
        assertThat(Contributors.of(Force.WMC)).isEqualTo(Contributor.ALLIANCE);
        assertThat(Contributors.of(Force.WAR)).isEqualTo(Contributor.ALLIANCE);
        assertThat(Contributors.of(Force.STA)).isEqualTo(Contributor.STA);
    }

    @Test
    void anEvenSplitNeedsNoRounding() {
        assertThat(Reconciler.split(gbp("1000000.00"), FORMULA_2017)).containsEntry(Contributor.WMP, gbp("570000.00"))
                .containsEntry(Contributor.ALLIANCE, gbp("260000.00")).containsEntry(Contributor.STA, gbp("170000.00"));
    }

    @Test
    void leftoverPenniesGoToTheLargestRemaindersSoTheSharesAddUpExactly() {
        // 0.01 × 57 % = 0.0057, × 26 % = 0.0026, × 17 % = 0.0017: all round down to 0, the penny goes to WMP
        assertThat(Reconciler.split(gbp("0.01"), FORMULA_2017)).containsEntry(Contributor.WMP, gbp("0.01"))
                .containsEntry(Contributor.ALLIANCE, gbp("0.00")).containsEntry(Contributor.STA, gbp("0.00"));
        // 100.03: exact 57.0171, 26.0078, 17.0051 → floors 57.01, 26.00, 17.00 (100.01); two pennies left go to
        // ALLIANCE (.0078) and WMP (.0071), not STA (.0051)
        assertThat(Reconciler.split(gbp("100.03"), FORMULA_2017)).containsEntry(Contributor.WMP, gbp("57.02"))
                .containsEntry(Contributor.ALLIANCE, gbp("26.01")).containsEntry(Contributor.STA, gbp("17.00"));
    }

    @Test
    void theSharesAlwaysAddUpToTheCostAndStayWithinAPennyOfExact() {
        Random random = new Random(20170401);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal cost = BigDecimal.valueOf(random.nextLong(0, 1_000_000_000L), 2);
            Map<Contributor, BigDecimal> shares = Reconciler.split(cost, FORMULA_2017);
            assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(cost);
            shares.forEach((c, share) -> assertThat(share.subtract(cost.multiply(FORMULA_2017.get(c))
                    .divide(BigDecimal.valueOf(100))).abs()).isLessThan(gbp("0.01")));
        }
    }

    @Test
    void aReconciliationSettlesTheDifferenceBetweenShareAndStaffCostBorne() {
        Map<Contributor, BigDecimal> borne = new EnumMap<>(Contributor.class);
        borne.put(Contributor.WMP, gbp("1200000.00"));
        borne.put(Contributor.ALLIANCE, gbp("450000.01"));
        borne.put(Contributor.STA, gbp("350000.00"));
        Reconciler.Result r = Reconciler.reconcile(FORMULA_2017, borne);
        assertThat(r.regionalCost()).isEqualByComparingTo("2000000.01");
        assertThat(r.totalShareDue()).isEqualByComparingTo(r.regionalCost());
        assertThat(r.totalBalance()).isEqualByComparingTo("0.00");
        assertThat(r.lines().get(0).shareDue()).isEqualByComparingTo("1140000.01");
        assertThat(r.lines().get(0).balance()).isEqualByComparingTo("-59999.99");
        assertThat(r.lines().get(1).balance()).isEqualByComparingTo("69999.99");
        assertThat(r.lines().get(2).balance()).isEqualByComparingTo("-10000.00");
    }

    @Test
    void sharesThatDoNotAddUpTo100AreRefused() {
        assertThatThrownBy(() -> Reconciler.split(gbp("10.00"), Map.of(Contributor.WMP, BigDecimal.valueOf(99))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
