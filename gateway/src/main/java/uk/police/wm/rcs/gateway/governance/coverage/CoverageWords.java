package uk.police.wm.rcs.gateway.governance.coverage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import uk.police.wm.rcs.gateway.labels.Labels;

/**
 * A coverage table's keys in words, the one place the board pack and the exports read them from: a column key, a
 * row key and a status cell, each through the label catalogue ({@link Labels}) where it has the code.
 */
public final class CoverageWords {

    private CoverageWords() {
    }

    /** A column's key in words: the catalogue's label where it has one, else the key's words ("Awaiting panel"). */
    public static String column(String key) {
        if (Labels.has(key)) {
            return Labels.of(key);
        }
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.UK);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * A row's key in words: the catalogue's label; a month (2018-07) as "July 2018"; two codes joined by "/"
     * (outreach's strand and audience) as both labels; anything else is a register item's own text.
     */
    public static String row(String key) {
        if (Labels.has(key)) {
            return Labels.of(key);
        }
        if (key.matches("\\d{4}-\\d{2}")) {
            return Labels.month(key);
        }
        String[] parts = key.split("/");
        if (parts.length > 1 && Arrays.stream(parts).allMatch(Labels::has)) {
            return String.join(", ", Arrays.stream(parts).map(Labels::of).toList());
        }
        return key;
    }

    /** A status cell in words: a catalogued code's label, a date (2018-09-30) as "30 September 2018". */
    public static String status(String status) {
        if (status == null) {
            return "";
        }
        if (status.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Labels.date(LocalDate.parse(status));
        }
        return Labels.has(status) ? Labels.of(status) : status;
    }
}
