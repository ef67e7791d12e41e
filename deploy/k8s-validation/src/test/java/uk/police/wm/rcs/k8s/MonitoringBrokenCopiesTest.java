package uk.police.wm.rcs.k8s;

import static uk.police.wm.rcs.k8s.K8sFixture.broken;
import static uk.police.wm.rcs.k8s.K8sFixture.editDocument;
import static uk.police.wm.rcs.k8s.K8sFixture.replace;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.wm.rcs.k8s.Violation.Rule;

/** The monitoring resources (alerts, ServiceMonitors, dashboards), each broken on purpose in one place, fail. */
class MonitoringBrokenCopiesTest {

    private static final String ALERTS = "monitoring/alert-rules.yaml";
    private static final String MONITORS = "monitoring/service-monitors.yaml";
    private static final String CTU_DASHBOARD = "monitoring/dashboards/ctu-service.json";

    @TempDir
    Path dir;

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                broken("an unknown field in a ServiceMonitor", Rule.CUSTOM_SCHEMA, "endpoint",
                        k -> replace(k.resolve(MONITORS), "  endpoints:\n", "  endpoint:\n")),
                broken("a wrong type in a PrometheusRule", Rule.CUSTOM_SCHEMA, "",
                        k -> replace(k.resolve(ALERTS), "for: 5m", "for: [5m]")),
                broken("an unknown field in an alert rule", Rule.CUSTOM_SCHEMA, "expression",
                        k -> replace(k.resolve(ALERTS), "          expr: max by (namespace, service) (rcs_outbox",
                                "          expression: max by (namespace, service) (rcs_outbox")),
                broken("an alert reading a metric no service exposes", Rule.MONITORING,
                        "reads rcs_outbox_oldest_pending_age, which no service exposes",
                        k -> replace(k.resolve(ALERTS), "(rcs_outbox_oldest_pending_age_seconds) > 60",
                                "(rcs_outbox_oldest_pending_age) > 60")),
                broken("an alert that does not say what it means", Rule.MONITORING, "lacks a summary or a description",
                        k -> replace(k.resolve(ALERTS), "            description: \"The oldest unpublished event",
                                "            detail: \"The oldest unpublished event")),
                broken("a service's dashboard reading another service's metric", Rule.MONITORING,
                        "reads rcs_consumer_lag_seconds, which ctu-service does not expose",
                        k -> replace(k.resolve(CTU_DASHBOARD), "sum(rcs_service_ready{", "sum(rcs_consumer_lag_seconds{")),
                broken("a regional dashboard reading a metric nobody exposes", Rule.MONITORING,
                        "reads rcs_claims_total, which no service exposes",
                        k -> replace(k.resolve("monitoring/dashboards/regional.json"), "increase(rcs_records_received_total{",
                                "increase(rcs_claims_total{")),
                broken("a dashboard that is not JSON", Rule.MONITORING, "not valid JSON",
                        k -> replace(k.resolve(CTU_DASHBOARD), "\"panels\": [", "\"panels\": [[")),
                broken("a dashboard the kustomization names but nobody committed", Rule.KUSTOMIZATION,
                        "lists monitoring/dashboards/ctu.json, which does not exist",
                        k -> replace(k.resolve("kustomization.yaml"), "monitoring/dashboards/ctu-service.json",
                                "monitoring/dashboards/ctu.json")),
                broken("a service without a ServiceMonitor", Rule.MONITORING, "no ServiceMonitor selects it",
                        k -> editDocument(k.resolve(MONITORS), d -> d.path("metadata").path("name").asText()
                                .equals("rocu-service"), d -> null)),
                broken("a ServiceMonitor on a port the Service does not have", Rule.MONITORING,
                        "scrapes port metrics, which Service gateway does not have",
                        k -> replace(k.resolve(MONITORS), "    - port: http", "    - port: metrics")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void aBrokenCopyFails(String what, Rule rule, String message, Consumer<Path> breakIt) {
        K8sFixture.assertBrokenCopyFails(dir, what, rule, message, breakIt);
    }
}
