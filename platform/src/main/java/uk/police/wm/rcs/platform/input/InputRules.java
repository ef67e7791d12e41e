package uk.police.wm.rcs.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import uk.police.wm.rcs.platform.problem.Problems;

/**
 * The one statement of what text and dates a service accepts from outside, in JSON bodies and in query and path
 * parameters alike: anything else is a 400 problem before it can reach PostgreSQL.
 */
public final class InputRules {

    /** Earliest year accepted in a date or date-time. */
    public static final int MIN_YEAR = 1;

    /**
     * Latest year accepted: four-digit ISO 8601 years only. It keeps every stored date inside PostgreSQL's {@code date}
     * and {@code timestamp[tz]} ranges (4713 BC to 294276 AD) with room for the date arithmetic the services do.
     */
    public static final int MAX_YEAR = 9999;

    /**
     * Longest JSON string value (or map key) accepted, in UTF-16 code units: two and a half times the longest field any
     * service declares (narratives, {@code @Size(max = 4000)}), so no real value comes near it, while a 100,000-character
     * string in a field without its own {@code @Size} is refused before it is validated, stored or sent on as an event.
     */
    public static final int MAX_STRING_LENGTH = 10_000;

    /** {@code 0001-01-01}. */
    public static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR, 1, 1);

    /** {@code 9999-12-31}. */
    public static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR, 12, 31);

    private static final Instant FIRST_INSTANT = MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST_INSTANT = MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC)
            .toInstant();

    private InputRules() {
    }

    /**
     * Index of the first character no text field may hold, or -1: a C0 control character other than tab, line feed
     * and carriage return (NUL above all, which PostgreSQL rejects), DEL, a C1 control character, a bidirectional
     * formatting character (see {@link #isForbidden(char)}), or a UTF-16 surrogate without its pair.
     */
    public static int forbiddenCharacterAt(CharSequence text) {
        if (text == null) {
            return -1;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (isForbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True for a character no text may hold whatever its neighbours (a lone low surrogate included; a high surrogate
     * is judged with the next character by {@link #forbiddenCharacterAt}): C0 controls but tab, LF and CR; DEL
     * (U+007F); C1 controls (U+0080..U+009F), which no client means to send and terminals obey; and the bidirectional
     * formatting characters (the marks U+200E, U+200F, U+061C, the embeddings and overrides U+202A..U+202E, the
     * isolates U+2066..U+2069), which make text display in another order than it is stored ("Trojan Source",
     * CVE-2021-42574): a name, reference or narrative shown to an analyst or printed in a board pack must read as it
     * is.
     */
    public static boolean isForbidden(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c >= 0x7f && c <= 0x9f
                || c == 0x061c || c == 0x200e || c == 0x200f
                || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069
                || Character.isLowSurrogate(c);
    }

    /** True when {@code text} holds no forbidden character. */
    public static boolean isAcceptableText(CharSequence text) {
        return forbiddenCharacterAt(text) < 0;
    }

    /**
     * True when a date or date-time value lies in years {@link #MIN_YEAR}..{@link #MAX_YEAR} (an {@link Instant}
     * in UTC); values without a year (a time of day) are always in range.
     */
    public static boolean isInRange(Object value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
        }
        if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
            return yearInRange(temporal.get(ChronoField.YEAR));
        }
        return true;
    }

    /** 400 {@code date-out-of-range} naming {@code field} when {@code value} is outside the accepted years. */
    public static <T> T requireInRange(String field, T value) {
        if (value != null && !isInRange(value)) {
            throw Problems.dateOutOfRange(field, MIN_DATE, MAX_DATE);
        }
        return value;
    }

    private static boolean yearInRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
