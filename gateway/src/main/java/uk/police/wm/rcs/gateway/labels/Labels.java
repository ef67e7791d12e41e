package uk.police.wm.rcs.gateway.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/**
 * The one en-GB label catalogue ({@code labels/labels.properties}): every code a person reads in the page, the PDF
 * and the exports is turned into words here, and dates and times are written here, so the page and the PDF (and
 * any later export) say the same thing the same way.
 */
public final class Labels {

    private static final Map<String, String> CATALOGUE = load();

    /** Board readers are in England: times in UK time (GMT or BST, said), to the second, never with nanoseconds. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss zzz", Locale.UK);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A run of capitals, digits and underscores that may be a code inside a sentence. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

    private Labels() {
    }

    /** The words for a code; a code the catalogue lacks is shown as it is (LabelsTest keeps that from happening). */
    public static String of(String code) {
        if (code == null) {
            return "";
        }
        return CATALOGUE.getOrDefault(code, code);
    }

    /** Whether the catalogue has words for the code. */
    public static boolean has(String code) {
        return CATALOGUE.containsKey(code);
    }

    /** Every code the catalogue knows. */
    public static Set<String> codes() {
        return Collections.unmodifiableSet(CATALOGUE.keySet());
    }

    /** A sentence written by the view (e.g. a withheld entry) with every catalogued code in it put into words. */
    public static String sentence(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String code = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(code.contains("_") ? of(code) : code));
        }
        return matcher.appendTail(out).toString();
    }

    /** A marking in words: the classification and its caveats, e.g. "OFFICIAL-SENSITIVE UK EYES ONLY". */
    public static String marking(String classification, List<String> caveats) {
        StringBuilder out = new StringBuilder(of(classification));
        caveats.stream().sorted().forEach(caveat -> out.append(' ').append(of(caveat)));
        return out.toString();
    }

    /** A count as people write it: "1,234". */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** "6 December 2026, 05:39:12 GMT"; an empty string for none. */
    public static String time(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(UK));
    }

    /** "1 July 2018". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "July 2018" for a month written 2018-07. */
    public static String month(String yearMonth) {
        return MONTH.format(YearMonth.parse(yearMonth));
    }

    /** "July to September 2018 (2018/19 quarter 2)". */
    public static String quarter(FinancialQuarter quarter) {
        LocalDate last = quarter.endExclusive().minusDays(1);
        return quarter.start().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " to " + MONTH.format(last)
                + " (" + quarter.financialYear().replace('-', '/') + " quarter " + quarter.quarter() + ")";
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/labels/labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels/labels.properties is missing from the gateway");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> catalogue = new TreeMap<>();
        properties.forEach((k, v) -> catalogue.put((String) k, (String) v));
        return Collections.unmodifiableMap(catalogue);
    }
}
