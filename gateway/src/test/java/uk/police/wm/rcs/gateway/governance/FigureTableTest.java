package uk.police.wm.rcs.gateway.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.security.Classification;

/** A figure table counts typed rows by the dimension it is given, per period and classification. */
class FigureTableTest {

    /** A figure row with two dimensions, as a query would read it. */
    record Row(String period, String classification, String crimeType, String force, long counted)
            implements FigureTable.Row {
    }

    private static final List<Row> ROWS = List.of(
            new Row("2018-19/Q1", "OFFICIAL", "DRUGS", "WMP", 3),
            new Row("2018-19/Q1", "OFFICIAL", "DRUGS", "STA", 4),
            new Row("2018-19/Q1", "SECRET", "DRUGS", "WMP", 2),
            new Row("2018-19/Q1", "OFFICIAL", "FRAUD_AND_ECONOMIC_CRIME", "WMP", 1),
            new Row("2017-18/Q4", "NOT_A_LEVEL", "FIREARMS", "WAR", 5));

    @Test
    void countsAreSummedByTheDimensionGivenPerPeriodAndClassification() {
        FigureTable byCrimeType = FigureTable.by(ROWS, Row::crimeType);

        assertThat(byCrimeType.get("2018-19/Q1", "DRUGS"))
                .isEqualTo(Map.of(Classification.OFFICIAL, 7L, Classification.SECRET, 2L));
        assertThat(byCrimeType.keys("2018-19/Q1"))
                .containsExactly("DRUGS", "FRAUD_AND_ECONOMIC_CRIME");
        assertThat(byCrimeType.keys("2018-19/Q1", "2017-18/Q4"))
                .containsExactly("DRUGS", "FIREARMS", "FRAUD_AND_ECONOMIC_CRIME");
        assertThat(byCrimeType.get("2017-18/Q3", "DRUGS")).isEmpty();
    }

    @Test
    void anotherDimensionOfTheSameRowsGivesItsOwnKeys() {
        FigureTable byForce = FigureTable.by(ROWS, Row::force);

        assertThat(byForce.keys("2018-19/Q1")).containsExactly("STA", "WMP");
        assertThat(byForce.get("2018-19/Q1", "WMP"))
                .isEqualTo(Map.of(Classification.OFFICIAL, 4L, Classification.SECRET, 2L));
    }

    @Test
    void aClassificationThatCannotBeReadCountsAsTheHighest() {
        assertThat(FigureTable.by(ROWS, Row::crimeType).get("2017-18/Q4", "FIREARMS"))
                .isEqualTo(Map.of(Classification.SECRET, 5L));
    }
}
