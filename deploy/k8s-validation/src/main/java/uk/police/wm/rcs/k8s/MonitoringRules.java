package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * Alerts and dashboards read metrics that exist: every metric name in a PrometheusRule expression, and in a Grafana
 * dashboard's queries (the JSON files the kustomization's configMapGenerator turns into ConfigMaps), is one a service
 * exposes, as its committed {@code src/main/metrics/exposed-metrics.txt} says (written by the service's
 * ExposedMetricsTest from its real /q/metrics), or one Prometheus itself records ({@code up}). A service's own
 * dashboard ({@code dashboards/<service>.json}) may use only that service's metrics. Every service has a
 * ServiceMonitor that selects its Service on a port the Service has, and every alert says what it means.
 */
final class MonitoringRules {

    /** Series Prometheus records about each scrape, not exposed by any service. */
    static final Set<String> PROMETHEUS_OWN = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ManifestSet set;
    private final ServiceSources sources;
    private final List<Violation> violations;
    private final Map<String, Set<String>> exposed = new HashMap<>();
    private final Set<String> all = new TreeSet<>(PROMETHEUS_OWN);

    MonitoringRules(ManifestSet set, ServiceSources sources, List<Violation> violations) {
        this.set = set;
        this.sources = sources;
        this.violations = violations;
    }

    void check() {
        for (String service : ServiceSources.SERVICES) {
            Path list = sources.repoRoot().resolve(service).resolve("src/main/metrics/exposed-metrics.txt");
            Set<String> names = new TreeSet<>(PROMETHEUS_OWN);
            try {
                Files.readAllLines(list).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(names::add);
            } catch (IOException e) {
                violations.add(new Violation(Rule.MONITORING, service, "no committed metric list at " + list
                        + " (the service's ExposedMetricsTest writes it with -Drcs.metrics.update=true)"));
            }
            exposed.put(service, names);
            all.addAll(names);
        }
        set.ofKind("PrometheusRule").forEach(this::alerts);
        dashboards();
        serviceMonitors();
    }

    private void alerts(Manifest rule) {
        for (JsonNode group : rule.spec().path("groups")) {
            for (JsonNode r : group.path("rules")) {
                String name = r.path("alert").asText(r.path("record").asText("?"));
                unknownNames(r.path("expr").asText(""), all).forEach(metric -> violations.add(new Violation(
                        Rule.MONITORING, rule.where(), "alert " + name + " reads " + metric
                                + ", which no service exposes")));
                if (r.has("alert") && (r.path("annotations").path("summary").asText("").isBlank()
                        || r.path("annotations").path("description").asText("").isBlank())) {
                    violations.add(new Violation(Rule.MONITORING, rule.where(), "alert " + name
                            + " lacks a summary or a description (what it means, what to look at first)"));
                }
            }
        }
    }

    private void dashboards() {
        for (Manifest kustomization : set.kustomizations()) {
            Path base = kustomization.file().getParent();
            for (JsonNode generator : kustomization.node().path("configMapGenerator")) {
                for (JsonNode entry : generator.path("files")) {
                    String relative = entry.asText();
                    Path file = base.resolve(relative.substring(relative.indexOf('=') + 1)).normalize();
                    if (!Files.exists(file)) {
                        violations.add(new Violation(Rule.KUSTOMIZATION, kustomization.where(), "configMapGenerator "
                                + generator.path("name").asText() + " lists " + relative + ", which does not exist"));
                    } else if (file.toString().endsWith(".json")) {
                        dashboard(file);
                    }
                }
            }
        }
    }

    private void dashboard(Path file) {
        String where = set.root().relativize(file).toString();
        JsonNode board;
        try {
            board = JSON.readTree(file.toFile());
        } catch (IOException e) {
            violations.add(new Violation(Rule.MONITORING, where, "not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse("")));
            return;
        }
        String service = file.getFileName().toString().replaceFirst("\\.json$", "");
        Set<String> allowed = exposed.getOrDefault(service, all);
        String whose = exposed.containsKey(service) ? ", which " + service + " does not expose"
                : ", which no service exposes";
        for (JsonNode panel : board.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                unknownNames(target.path("expr").asText(""), allowed).forEach(metric -> violations.add(new Violation(
                        Rule.MONITORING, where, "panel \"" + panel.path("title").asText() + "\" reads " + metric
                                + whose)));
            }
        }
    }

    private void serviceMonitors() {
        for (String service : ServiceSources.SERVICES) {
            Manifest target = set.find("Service", service).orElse(null);
            if (target == null) {
                continue; // a missing Service is the reference rules' to report
            }
            JsonNode labels = target.node().path("metadata").path("labels");
            Set<String> ports = new TreeSet<>();
            target.spec().path("ports").forEach(p -> ports.add(p.path("name").asText()));
            boolean monitored = false;
            for (Manifest monitor : set.ofKind("ServiceMonitor")) {
                JsonNode match = monitor.spec().path("selector").path("matchLabels");
                boolean selects = match.size() > 0;
                for (var it = match.fields(); it.hasNext();) {
                    var label = it.next();
                    selects &= label.getValue().asText().equals(labels.path(label.getKey()).asText(null));
                }
                if (!selects) {
                    continue;
                }
                monitored = true;
                for (JsonNode endpoint : monitor.spec().path("endpoints")) {
                    if (!ports.contains(endpoint.path("port").asText())) {
                        violations.add(new Violation(Rule.MONITORING, monitor.where(), "scrapes port "
                                + endpoint.path("port").asText() + ", which Service " + service + " does not have"));
                    }
                }
            }
            if (!monitored) {
                violations.add(new Violation(Rule.MONITORING, target.where(), "no ServiceMonitor selects it"));
            }
        }
    }

    private static Set<String> unknownNames(String expression, Set<String> known) {
        Set<String> unknown = new TreeSet<>(PromQlNames.of(expression));
        unknown.removeAll(known);
        return unknown;
    }
}
