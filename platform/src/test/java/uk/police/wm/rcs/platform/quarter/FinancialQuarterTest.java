package uk.police.wm.rcs.platform.quarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.wm.rcs.platform.problem.ProblemException;

class FinancialQuarterTest {

    @Test
    void q1Of2018To19IsAprilToJune2018() {
        FinancialQuarter q1 = FinancialQuarter.parse("2018-19", "Q1");
        assertThat(q1.start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(q1.endExclusive()).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(q1.months()).containsExactly(YearMonth.of(2018, 4), YearMonth.of(2018, 5), YearMonth.of(2018, 6));
        assertThat(q1).hasToString("2018-19/Q1");
    }

    @Test
    void q4RunsJanuaryToMarchOfTheFollowingCalendarYear() {
        FinancialQuarter q4 = FinancialQuarter.parse("2018-19", "Q4");
        assertThat(q4.start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(q4.endExclusive()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(q4.months()).containsExactly(YearMonth.of(2019, 1), YearMonth.of(2019, 2), YearMonth.of(2019, 3));
    }

    @ParameterizedTest
    @CsvSource({
            "2018-04-01, 2018-19/Q1", "2018-06-30, 2018-19/Q1", "2018-07-01, 2018-19/Q2", "2018-09-30, 2018-19/Q2",
            "2018-10-01, 2018-19/Q3", "2018-12-31, 2018-19/Q3", "2019-01-01, 2018-19/Q4", "2019-03-31, 2018-19/Q4",
            "2019-04-01, 2019-20/Q1", "1999-05-05, 1999-00/Q1", "2000-02-29, 1999-00/Q4" })
    void ofDateFindsTheContainingQuarter(LocalDate date, String expected) {
        FinancialQuarter quarter = FinancialQuarter.of(date);
        assertThat(quarter).hasToString(expected);
        assertThat(quarter.contains(date)).isTrue();
        assertThat(FinancialQuarter.parse(expected)).isEqualTo(quarter);
    }

    @Test
    void previousAndSameQuarterLastYear() {
        FinancialQuarter q1 = FinancialQuarter.parse("2019-20/Q1");
        assertThat(q1.previous()).hasToString("2018-19/Q4");
        assertThat(q1.sameQuarterYearBefore()).hasToString("2018-19/Q1");
        assertThat(FinancialQuarter.parse("2018-19/Q3").previous()).hasToString("2018-19/Q2");
        assertThat(FinancialQuarter.parse("2018-19/Q4").next()).hasToString("2019-20/Q1");
        assertThat(q1.previous().compareTo(q1)).isNegative();
    }

    @Test
    void aFinancialYearIsItsFirstQuarter() {
        assertThat(FinancialQuarter.firstOf("2018-19")).isEqualTo(FinancialQuarter.parse("2018-19/Q1"));
        assertThat(FinancialQuarter.firstOf(" 2019-20 ").start()).hasToString("2019-04-01");
    }

    @Test
    void lowerCaseQuarterAndTrimmedInputAreAccepted() {
        assertThat(FinancialQuarter.parse(" 2018-19 ", "q2")).hasToString("2018-19/Q2");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2018-20", "2018-18", "2018", "18-19", "2018/19", "2018-1", "" })
    void rejectsYearsThatAreNotAprilToMarch(String year) {
        assertThatThrownBy(() -> FinancialQuarter.firstOf(year))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.slug()).isEqualTo("invalid-financial-quarter");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "Q0", "Q5", "Q", "2", "first" })
    void rejectsBadQuarters(String quarter) {
        if (quarter.equals("2")) {
            // a bare digit is accepted as a convenience
            assertThat(FinancialQuarter.parse("2018-19", quarter)).hasToString("2018-19/Q2");
            return;
        }
        assertThatThrownBy(() -> FinancialQuarter.parse("2018-19", quarter)).isInstanceOf(ProblemException.class);
    }

    @Test
    void jsonIsTheTextForm() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(FinancialQuarter.parse("2018-19/Q2"))).isEqualTo("\"2018-19/Q2\"");
        assertThat(json.readValue("\"2018-19/Q2\"", FinancialQuarter.class))
                .isEqualTo(new FinancialQuarter(2018, 2));
    }
}
