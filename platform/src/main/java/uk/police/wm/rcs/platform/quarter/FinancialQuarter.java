package uk.police.wm.rcs.platform.quarter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * A UK financial-year quarter (April to March): 2018/19 Q1 is 1 April to 30 June 2018; written {@code 2018-19/Q2}.
 */
@Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}/Q[1-4]$", examples = "2018-19/Q2",
        description = "A financial-year quarter: the year (April to March) and the quarter, e.g. 2018-19/Q2.")
public record FinancialQuarter(int startYear, int quarter) implements Comparable<FinancialQuarter> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("[Qq]?([1-4])");
    private static final Pattern WHOLE = Pattern.compile("(\\d{4}-\\d{2})/([Qq]?[1-4])");

    public FinancialQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("financial year out of range: " + startYear);
        }
    }

    /** The quarter containing {@code date}. */
    public static FinancialQuarter of(LocalDate date) {
        int month = date.getMonthValue();
        return month >= 4 ? new FinancialQuarter(date.getYear(), (month - 4) / 3 + 1)
                : new FinancialQuarter(date.getYear() - 1, 4);
    }

    /** From path segments such as {@code 2018-19} and {@code Q2}; 400 problem for anything else (e.g. {@code 2018-20}). */
    public static FinancialQuarter parse(String financialYear, String quarter) {
        int start = parseYear(financialYear);
        Matcher q = quarter == null ? null : QUARTER.matcher(quarter.trim());
        if (q == null || !q.matches()) {
            throw invalid("quarter must be Q1, Q2, Q3 or Q4");
        }
        return new FinancialQuarter(start, Integer.parseInt(q.group(1)));
    }

    /**
     * A financial year from a path segment such as {@code 2018-19}, as its first quarter (the form the services'
     * per-year queries take); 400 problem when malformed.
     */
    public static FinancialQuarter firstOf(String financialYear) {
        return new FinancialQuarter(parseYear(financialYear), 1);
    }

    /** From the {@link #toString()} form {@code 2018-19/Q2}. */
    @JsonCreator
    public static FinancialQuarter parse(String text) {
        Matcher m = text == null ? null : WHOLE.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw invalid("a financial quarter is written like 2018-19/Q2");
        }
        return parse(m.group(1), m.group(2));
    }

    /** The starting calendar year of a financial year written {@code 2018-19}; 400 problem when malformed. */
    public static int parseYear(String financialYear) {
        Matcher m = financialYear == null ? null : YEAR.matcher(financialYear.trim());
        if (m == null || !m.matches()) {
            throw invalid("a financial year is written like 2018-19");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end != (start + 1) % 100 || start < 1900 || start > 9998) {
            throw invalid("a financial year runs April to March, so " + start + " is followed by "
                    + String.format(Locale.ROOT, "%d-%02d", start, (start + 1) % 100));
        }
        return start;
    }

    /** First day of the quarter. */
    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    /** First day after the quarter. */
    public LocalDate endExclusive() {
        return start().plusMonths(3);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(endExclusive());
    }

    public FinancialQuarter previous() {
        return quarter == 1 ? new FinancialQuarter(startYear - 1, 4) : new FinancialQuarter(startYear, quarter - 1);
    }

    public FinancialQuarter next() {
        return quarter == 4 ? new FinancialQuarter(startYear + 1, 1) : new FinancialQuarter(startYear, quarter + 1);
    }

    public FinancialQuarter sameQuarterYearBefore() {
        return new FinancialQuarter(startYear - 1, quarter);
    }

    /** The three calendar months of the quarter, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(3);
        YearMonth first = YearMonth.from(start());
        for (int i = 0; i < 3; i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    /** {@code 2018-19}. */
    public String financialYear() {
        int end = (startYear + 1) % 100;
        return startYear + (end < 10 ? "-0" : "-") + end;
    }

    /** {@code Q2}. */
    public String quarterLabel() {
        return "Q" + quarter;
    }

    @JsonValue
    @Override
    public String toString() {
        return financialYear() + "/" + quarterLabel();
    }

    @Override
    public int compareTo(FinancialQuarter other) {
        return startYear != other.startYear ? Integer.compare(startYear, other.startYear)
                : Integer.compare(quarter, other.quarter);
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(400, "invalid-financial-quarter", "Invalid financial quarter", detail + ".");
    }
}
