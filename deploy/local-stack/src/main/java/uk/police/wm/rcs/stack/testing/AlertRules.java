package uk.police.wm.rcs.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Evaluates the alert rules of {@code deploy/k8s/monitoring/alert-rules.yaml} (a PrometheusRule) against a service's
 * real {@code /q/metrics} output with Prometheus's own evaluator, {@code promtool test rules} (Debian's
 * {@code prometheus} package; {@code .ci/run} installs it). Each scrape becomes one sample per series, one minute
 * apart, with the labels a ServiceMonitor adds ({@code namespace}, {@code service}); the last scrape is repeated until
 * the evaluation time, as Prometheus would keep scraping the same state.
 */
public final class AlertRules {

    public static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    public static final String NAMESPACE = "rcs-west-midlands";

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LABEL_TEMPLATE = Pattern.compile("\\{\\{\\s*\\$labels\\.([a-z_]+)\\s*}}");

    private final String service;
    private final List<String> scrapes = new ArrayList<>();

    private AlertRules(String service) {
        this.service = service;
    }

    /**
     * Rules for one service's scrapes. Skips the test when promtool is missing on a developer's machine; in CI
     * ({@code CI} set, as {@code .ci/run} runs) a missing promtool fails instead.
     */
    public static AlertRules forService(String service) {
        if (!Files.isExecutable(PROMTOOL)) {
            if (System.getenv("CI") != null) {
                throw new AssertionError(PROMTOOL + " is missing: .ci/run installs Debian's prometheus package");
            }
            Assumptions.abort(PROMTOOL + " is missing (apt-get install prometheus): alert rules not evaluated");
        }
        return new AlertRules(service);
    }

    /** Adds one scrape, taken a minute after the previous one. */
    public AlertRules scrape(String exposition) {
        scrapes.add(exposition);
        return this;
    }

    /**
     * Asserts that at {@code evalMinutes} the alert fires exactly once, with these labels besides its own
     * ({@code service} and {@code namespace} are added).
     */
    public void assertFires(String alert, int evalMinutes, Map<String, String> labels) {
        Map<String, String> all = new LinkedHashMap<>(labels);
        all.put("namespace", NAMESPACE);
        all.put("service", service);
        run(alert, evalMinutes, List.of(all));
    }

    /** Asserts that at {@code evalMinutes} the alert does not fire. */
    public void assertQuiet(String alert, int evalMinutes) {
        run(alert, evalMinutes, List.of());
    }

    private void run(String alert, int evalMinutes, List<Map<String, String>> expected) {
        try {
            Path dir = Files.createTempDirectory("promtool");
            JsonNode rule = rule(alert);
            Files.writeString(dir.resolve("rules.json"), JSON.writeValueAsString(rulesFile()));
            ObjectNode test = JSON.createObjectNode();
            test.putArray("rule_files").add("rules.json");
            test.put("evaluation_interval", "1m");
            ObjectNode one = test.putArray("tests").addObject();
            one.put("interval", "1m");
            one.set("input_series", series(evalMinutes));
            ObjectNode check = one.putArray("alert_rule_test").addObject();
            check.put("eval_time", evalMinutes + "m");
            check.put("alertname", alert);
            ArrayNode alerts = check.putArray("exp_alerts");
            for (Map<String, String> labels : expected) {
                ObjectNode a = alerts.addObject();
                ObjectNode l = a.putObject("exp_labels");
                rule.path("labels").fields().forEachRemaining(e -> l.put(e.getKey(), e.getValue().asText()));
                labels.forEach(l::put);
                ObjectNode annotations = a.putObject("exp_annotations");
                rule.path("annotations").fields().forEachRemaining(e -> annotations.put(e.getKey(),
                        expand(e.getValue().asText(), labels)));
            }
            Files.writeString(dir.resolve("test.json"), JSON.writeValueAsString(test));
            Process process = new ProcessBuilder(PROMTOOL.toString(), "test", "rules", "test.json")
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("promtool did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("alert " + alert + (expected.isEmpty() ? " fired" : " did not fire as expected")
                        + " (promtool test rules, files in " + dir + "):\n" + output);
            }
            // kept only when the test fails, to run promtool on them by hand
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ArrayNode series(int evalMinutes) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        int samples = Math.max(scrapes.size(), evalMinutes + 1);
        for (int i = 0; i < samples; i++) {
            String scrape = scrapes.get(Math.min(i, scrapes.size() - 1));
            int index = i;
            for (ExposedMetrics.Sample s : ExposedMetrics.parse(scrape)) {
                if (!Double.isFinite(s.value())) {
                    continue;
                }
                String labels = (s.labels().isEmpty() ? "" : s.labels().replaceAll(",$", "") + ",")
                        + "namespace=\"" + NAMESPACE + "\",service=\"" + service + "\"";
                List<String> v = values.computeIfAbsent(s.name() + "{" + labels + "}", k -> new ArrayList<>());
                while (v.size() < index) {
                    v.add("_"); // absent from the earlier scrapes
                }
                v.add(Double.toString(s.value()));
            }
        }
        ArrayNode series = JSON.createArrayNode();
        values.forEach((name, v) -> series.addObject().put("series", name).put("values", String.join(" ", v)));
        return series;
    }

    private static String expand(String template, Map<String, String> labels) {
        Matcher m = LABEL_TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(labels.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(out).toString();
    }

    private static JsonNode rule(String alert) {
        for (JsonNode group : rulesFile().path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (alert.equals(rule.path("alert").asText())) {
                    return rule;
                }
            }
        }
        throw new AssertionError("no alert " + alert + " in " + rulesPath());
    }

    /** The PrometheusRule's spec: the plain rules file Prometheus would load. */
    private static JsonNode rulesFile() {
        try {
            return YAML.readTree(rulesPath().toFile()).path("spec");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path rulesPath() {
        return Path.of(System.getProperty("rcs.repo.root", "../..")).resolve("deploy/k8s/monitoring/alert-rules.yaml");
    }
}
