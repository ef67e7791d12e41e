package uk.police.wm.rcs.k8s;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads. Not a parser: it removes what cannot be a metric name (strings, label
 * matchers, ranges, the label lists of {@code by}, {@code without}, {@code on}, {@code ignoring}, {@code group_left}
 * and {@code group_right}, template variables) and keeps the identifiers left that are not a function call, a keyword
 * or a number. Enough for the expressions we write; a name it misses would only make the check weaker, never fail it
 * wrongly, and the broken-copy tests show it finds misspelt ones.
 */
final class PromQlNames {

    private static final Pattern STRINGS = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'|`[^`]*`");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LISTS =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLES = Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "Inf", "NaN", "e");

    private PromQlNames() {
    }

    static Set<String> of(String expression) {
        String text = STRINGS.matcher(expression).replaceAll(" ");
        text = MATCHERS.matcher(text).replaceAll(" ");
        text = RANGES.matcher(text).replaceAll(" ");
        text = LABEL_LISTS.matcher(text).replaceAll(" ");
        text = VARIABLES.matcher(text).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            String name = m.group();
            boolean call = text.substring(m.end()).stripLeading().startsWith("(");
            boolean partOfNumber = m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1));
            if (!call && !partOfNumber && !KEYWORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
