package uk.police.wm.rcs.stack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's Prometheus exposition ({@code /q/metrics}) read as samples, and the committed list of the sample names
 * it exposes ({@code <module>/src/main/metrics/exposed-metrics.txt}), which deploy/k8s-validation reads to check that
 * every alert and dashboard query names a metric that exists. Run the build with {@code -Drcs.metrics.update=true} to
 * rewrite the list.
 */
public final class ExposedMetrics {

    /** System property that turns the check into an update of the committed list. */
    public static final String UPDATE_PROPERTY = "rcs.metrics.update";
    /** The project's own metrics: all of them must be listed (others may appear only after some use). */
    public static final String OWN_PREFIX = "rcs_";

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\S+)?");

    private static final Pattern EXEMPLAR = Pattern.compile("\\s+#\\s+\\{[^}]*}.*$");

    /** One line of the exposition: name, labels as written between the braces (may be empty), value. */
    public record Sample(String name, String labels, double value) {
    }

    private ExposedMetrics() {
    }

    public static List<Sample> parse(String exposition) {
        List<Sample> samples = new ArrayList<>();
        for (String line : exposition.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // with tracing on, a sample may carry an OpenMetrics exemplar after its value: " # {trace_id=...} 1.0 ts"
            Matcher m = SAMPLE.matcher(EXEMPLAR.matcher(line.strip()).replaceFirst(""));
            if (!m.matches()) {
                throw new IllegalArgumentException("not an exposition line: " + line);
            }
            samples.add(new Sample(m.group(1), m.group(3) == null ? "" : m.group(3), value(m.group(4))));
        }
        return samples;
    }

    /** The value of the one sample with this name whose labels contain every given {@code key="value"}. */
    public static double value(String exposition, String name, String... labels) {
        List<Sample> found = parse(exposition).stream().filter(s -> s.name().equals(name))
                .filter(s -> List.of(labels).stream().allMatch(s.labels()::contains)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " samples of " + name + " with " + List.of(labels));
        }
        return found.get(0).value();
    }

    public static Set<String> names(String exposition) {
        Set<String> names = new TreeSet<>();
        parse(exposition).forEach(s -> names.add(s.name()));
        return names;
    }

    /**
     * Fails when a committed name is no longer exposed (an alert or a dashboard would go blank) or one of the
     * project's own names is exposed but not committed; with {@link #UPDATE_PROPERTY} rewrites the list instead.
     */
    public static void assertMatchesCommitted(String exposition, Path committed) {
        Set<String> exposed = names(exposition);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, String.join("\n", exposed) + "\n");
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError("No committed metric list at " + committed + ": run the build with -D"
                        + UPDATE_PROPERTY + "=true once, review the file and commit it.");
            }
            Set<String> listed = new TreeSet<>(Files.readAllLines(committed));
            listed.removeIf(String::isBlank);
            Set<String> gone = new TreeSet<>(listed);
            gone.removeAll(exposed);
            Set<String> unlisted = new TreeSet<>(exposed);
            unlisted.removeAll(listed);
            unlisted.removeIf(name -> !name.startsWith(OWN_PREFIX));
            if (!gone.isEmpty() || !unlisted.isEmpty()) {
                throw new AssertionError("The exposed metrics differ from " + committed + ": no longer exposed "
                        + gone + ", not listed " + unlisted + ". If the change is intended, run the build with -D"
                        + UPDATE_PROPERTY + "=true and commit the reviewed diff.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double value(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
