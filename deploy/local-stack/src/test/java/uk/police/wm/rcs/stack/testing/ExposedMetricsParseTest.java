package uk.police.wm.rcs.stack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExposedMetricsParseTest {

    @Test
    void aSampleWithAnExemplarIsReadAsItsNameLabelsAndValue() {
        // with OpenTelemetry on, Micrometer's Prometheus registry writes the trace of one observation after the value
        var samples = ExposedMetrics.parse("""
                # TYPE http_server_bytes_written summary
                http_server_bytes_written_count{method="GET"} 3.0 # {span_id="0f982e3409bf5aa0",trace_id="892a99ea790cfc37ec6f9a150426aa6e"} 1.0 1796542797.338
                rcs_outbox_backlog 0.0
                """);

        assertThat(samples).containsExactly(
                new ExposedMetrics.Sample("http_server_bytes_written_count", "method=\"GET\"", 3.0),
                new ExposedMetrics.Sample("rcs_outbox_backlog", "", 0.0));
    }
}
