package uk.police.wm.rcs.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The soak's flatness check and heap reading, on made-up series: noise passes, growth and decline fail. */
@Tag("rehearsal")
@Tag("soak")
class FlatnessTest {

    @Test
    void aFlatGaugeWithOneLowReadingAtTheEndIsFlat() {
        List<Double> heap = new ArrayList<>();
        for (int minute = 5; minute < 30; minute++) {
            heap.add(minute % 2 == 1 ? 21.5 : 18.5);
        }
        heap.add(17.6); // 18 % under the first reading: comparing the first and the last reading failed on this
        assertThat(Flatness.of(heap).within(0.10)).as(Flatness.of(heap).toString()).isTrue();
    }

    @Test
    void aGaugeGrowingHalfAPercentAMinuteForTwentyFiveMinutesIsNotFlat() {
        List<Double> heap = new ArrayList<>();
        for (int minute = 5; minute <= 30; minute++) {
            heap.add(20.0 * (1 + 0.005 * (minute - 5)) + (minute % 2 == 0 ? 1.0 : -1.0));
        }
        Flatness trend = Flatness.of(heap);
        assertThat(trend.change()).as(trend.toString()).isGreaterThan(0.10);
        assertThat(trend.within(0.10)).isFalse();
    }

    @Test
    void aGaugeFallingSteadilyByAFifthIsNotFlatEither() {
        List<Long> rss = new ArrayList<>();
        for (int minute = 5; minute <= 30; minute++) {
            rss.add(250_000L - 2_000L * (minute - 5));
        }
        assertThat(Flatness.of(rss).within(0.10)).isFalse();
    }

    @Test
    void theHeapAfterGcIsTheMedianOfTheCollections() {
        String jcmd = "4242:\n" + heapInfo(5_000, 15_000) + heapInfo(0, 19_000) + heapInfo(1_000, 20_000);
        assertThat(ProcessGauges.heapsAfterGc(jcmd)).containsExactly(20_000L, 19_000L, 21_000L);
        assertThat(ProcessGauges.median(ProcessGauges.heapsAfterGc(jcmd))).isEqualTo(20_000L);
    }

    /** What {@code GC.run} then {@code GC.heap_info} print on a Serial GC JVM. */
    private static String heapInfo(long youngKb, long oldKb) {
        return "Command executed successfully\n"
                + " def new generation   total 116224K, used " + youngKb + "K [0x0000000687400000, 0x000000068f210000)\n"
                + "  eden space 103360K,   0% used [0x0000000687400000, 0x0000000687400000, 0x000000068d8f0000)\n"
                + " tenured generation   total 258048K, used " + oldKb + "K [0x0000000704d50000, 0x0000000714950000)\n"
                + " Metaspace       used 8970K, committed 9152K, reserved 1114112K\n";
    }
}
