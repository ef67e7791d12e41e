package uk.police.wm.rcs.gateway.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.boardpack.model.PackFigure;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;

/** The charts are honest under suppression: a withheld figure is drawn and said as withheld, never left out. */
class ChartsTest {

    private static Count known(String key, long value) {
        return new Count(key, value, false);
    }

    private static Count withheld(String key) {
        return new Count(key, null, true);
    }

    @Test
    void aPieWithAWithheldShareIsNotDrawnAsIfTheKnownSharesWereTheWhole() {
        // the case: 13 drugs groups known, the other crime types withheld; the old pie showed one slice
        List<Count> ocgs = List.of(known("DRUGS", 13), withheld("FIREARMS"), withheld("MONEY_LAUNDERING"));

        Charts.Drawn drawn = Charts.shares(ocgs);

        assertThat(drawn.pie()).as("no pie: the shares of the whole are unknown").isFalse();
        assertThat(drawn.values()).containsEntry("Drugs", 13L).containsKeys("Firearms", "Money laundering");
        assertThat(drawn.withheld()).containsExactly("Firearms", "Money laundering");

        PackFigure figure = Charts.sharesFigure("Active organised crime groups by predominant crime type",
                "organised crime groups", ocgs, List.of());
        assertThat(figure.src()).startsWith("data:image/png;base64,");
        assertThat(figure.alt()).contains("Drugs 13", "Firearms withheld", "Money laundering withheld");
        assertThat(String.join(" ", figure.notes())).contains("not a pie", "Firearms; Money laundering");
    }

    @Test
    void aPieIsDrawnWhenEveryShareIsKnownLargestFirstInWords() {
        Charts.Drawn drawn = Charts.shares(List.of(known("FIREARMS", 4), known("DRUGS", 13), known("OTHER", 0)));

        assertThat(drawn.pie()).isTrue();
        assertThat(drawn.values().keySet()).containsExactly("Drugs", "Firearms");
        assertThat(drawn.withheld()).isEmpty();
    }

    @Test
    void barsSayWhatIsWithheldAndWhatTheSectionLeftOut() {
        PackFigure figure = Charts.barsFigure("Approved disruptions by crime type", "disruptions",
                new java.util.LinkedHashMap<>(java.util.Map.of("2018/19 Q2", List.of(known("DRUGS", 9),
                        withheld("FIREARMS")))), List.of("OFFICIAL-SENSITIVE records: need clearance"));

        assertThat(figure.src()).startsWith("data:image/png;base64,");
        assertThat(figure.alt()).contains("Drugs 9", "Firearms withheld");
        assertThat(String.join(" ", figure.notes())).contains("Firearms in 2018/19 Q2",
                "left out: OFFICIAL-SENSITIVE records");
    }

    @Test
    void thePaletteIsOkabeAndIto() {
        assertThat(Charts.PALETTE).extracting(c -> String.format("#%06X", c.getRGB() & 0xFFFFFF))
                .containsExactly("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
                        "#000000");
    }
}
