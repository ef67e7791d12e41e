package uk.police.wm.rcs.platform.tracing;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import uk.police.wm.rcs.platform.support.Db;
import uk.police.wm.rcs.platform.support.EventReader;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.platform.testapp.WidgetResponse;

/**
 * An event carries the trace of the request that wrote it: stored with the outbox row, sent as the CloudEvents
 * {@code traceparent} extension, and the relay's publish is a span of that trace.
 */
@QuarkusTest
class OutboxTraceTest {

    @Inject
    InMemorySpanExporter spans;

    @Inject
    DataSource dataSource;

    private Db db;

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @BeforeEach
    void db() {
        db = new Db(dataSource);
    }

    @Test
    void theRequestsTraceTravelsWithItsEventAndThePublishJoinsIt() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = "00f067aa0ba902b7";
        try (EventReader reader = new EventReader()) {
            ExtractableResponse<Response> created = given()
                    .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01").contentType(ContentType.JSON)
                    .body(Map.of("name", "traced-" + UUID.randomUUID(), "impact", "MINOR")).post("/test/widgets")
                    .then().statusCode(SC_CREATED).extract();
            WidgetResponse widget = created.as(WidgetResponse.class);
            String key = widget.id().toString();

            String stored = (String) db.rows("SELECT traceparent FROM outbox_event WHERE aggregate_id = ?", key)
                    .get(0).get("traceparent");
            SpanData server = await().atMost(Duration.ofSeconds(30)).until(() -> finished(traceId, SpanKind.SERVER),
                    found -> !found.isEmpty()).get(0);
            assertThat(server.getParentSpanId()).isEqualTo(callerSpan);
            // the context of the request's span, as a W3C traceparent
            assertThat(stored).isEqualTo("00-" + traceId + "-" + server.getSpanId() + "-01");
            // and the response names it, for the caller to find in the trace viewer
            assertThat(created.header("traceresponse")).isEqualTo(stored);

            await().atMost(Duration.ofSeconds(30)).until(() -> reader.pollKeys(Set.of(key)).size(), n -> n > 0);
            ConsumerRecord<String, CloudEvent> record = reader.pollKeys(Set.of(key)).get(0);
            assertThat(new String(record.headers().lastHeader("ce_traceparent").value(), StandardCharsets.UTF_8))
                    .isEqualTo(stored);
            assertThat(record.value().getExtension("traceparent")).isEqualTo(stored);

            SpanData publish = await().atMost(Duration.ofSeconds(30))
                    .until(() -> finished(traceId, SpanKind.PRODUCER), found -> !found.isEmpty()).get(0);
            assertThat(publish.getParentSpanId()).isEqualTo(server.getSpanId());
            assertThat(publish.getName()).isEqualTo(EventReader.topic() + " publish");
            assertThat(publish.getAttributes().asMap().toString()).contains(record.value().getId());
            // the INSERTs of the request are database spans of its trace
            assertThat(finished(traceId, SpanKind.CLIENT)).isNotEmpty();
        }
    }

    @Test
    void databaseStatementsOutsideAnyTraceMakeNoTrace() {
        // like the relay's polls and the purges: a statement on a thread that serves no request nor event
        String marker = "untraced_" + UUID.randomUUID().toString().replace("-", "");
        db.rows("SELECT 1 AS " + marker);
        // spans are exported in the order they end: once a later request's span is out, the statement's would be
        String traceId = UUID.randomUUID().toString().replace("-", "");
        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").get("/test/widgets");
        await().atMost(Duration.ofSeconds(30)).until(() -> finished(traceId, SpanKind.SERVER), found -> !found.isEmpty());
        assertThat(spans.getFinishedSpanItems()).noneMatch(s -> s.getAttributes().asMap().toString().contains(marker));
        assertThat(spans.getFinishedSpanItems())
                .noneMatch(s -> s.getKind() == SpanKind.CLIENT && !s.getParentSpanContext().isValid());
    }

    private List<SpanData> finished(String traceId, SpanKind kind) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == kind).toList();
    }
}
