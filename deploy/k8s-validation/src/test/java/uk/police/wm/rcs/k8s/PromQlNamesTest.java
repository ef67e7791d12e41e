package uk.police.wm.rcs.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metric names an expression reads: not its functions, labels, label values, ranges, keywords or numbers. */
class PromQlNamesTest {

    @Test
    void findsTheMetricsOfAnAlertExpressionAndNothingElse() {
        String expression = """
                (sum by (namespace, service) (rate(http_server_requests_seconds_count{status=~"5..",uri!="x_y"}[5m]))
                  / on (service) group_left sum without (pod) (rate(http_server_requests_seconds_count[5m]))) > 0.005
                  or min by (service) (up{service="gateway"}) == 0 unless rcs_service_ready offset 5m > 1e3""";

        assertThat(PromQlNames.of(expression))
                .containsExactly("http_server_requests_seconds_count", "rcs_service_ready", "up");
    }

    @Test
    void ignoresGrafanaVariables() {
        assertThat(PromQlNames.of("sum(rate(rcs_outbox_published_total{service=\"$service\"}[$__rate_interval]))"))
                .containsExactly("rcs_outbox_published_total");
    }
}
