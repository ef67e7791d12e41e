package uk.police.wm.rcs.rocu.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;

/**
 * A force system's claim is one trace: the request, its database statements (the claim's own write one statement,
 * one span), and the relay's publish of its event; a batch's chunks are traces of their own linked to the batch.
 */
@QuarkusTest
class ClaimTraceTest {

    private static final AttributeKey<String> STATEMENT = AttributeKey.stringKey("db.query.text");
    private static final AttributeKey<String> OLD_STATEMENT = AttributeKey.stringKey("db.statement");

    @Inject
    InMemorySpanExporter spans;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aClaimIsOneTraceFromRequestToPublishAndItsWriteIsOneStatement() {
        String traceId = newTraceId();
        given().auth().oauth2(Tokens.force("WMP")).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON).body(claim(uniqueOcg()))
                .when().post("/api/v1/disruptions").then().statusCode(HttpStatus.SC_CREATED);

        SpanData server = await().atMost(Duration.ofSeconds(30))
                .until(() -> of(traceId, SpanKind.SERVER), found -> !found.isEmpty()).get(0);
        SpanData publish = await().atMost(Duration.ofSeconds(30))
                .until(() -> of(traceId, SpanKind.PRODUCER), found -> !found.isEmpty()).get(0);
        assertThat(publish.getParentSpanId()).isEqualTo(server.getSpanId());

        List<SpanData> statements = of(traceId, SpanKind.CLIENT);
        List<SpanData> claimWrites = statements.stream()
                .filter(s -> statement(s).contains("INSERT INTO outbox_event")).toList();
        // the disruption, its event and its audit entry: one CTE, one round trip, one span
        assertThat(claimWrites).hasSize(1);
        assertThat(statement(claimWrites.get(0))).contains("INSERT INTO disruption").contains("INSERT INTO audit_log");
        assertThat(claimWrites.get(0).getParentSpanId()).isEqualTo(server.getSpanId());
        // and nothing else of the claim's path makes a statement per row or per field
        assertThat(statements).as("%s", statements.stream().map(ClaimTraceTest::statement).toList()).hasSizeLessThan(6);
    }

    @Test
    void eachChunkOfABatchIsATraceLinkedToTheBatchsRequest() {
        String traceId = newTraceId();
        String ocg = uniqueOcg();
        List<Map<String, Object>> records = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> records.add(claim(ocg)));   // two chunks of 20 in tests
        given().auth().oauth2(Tokens.force("WMP")).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON).body(records).urlEncodingEnabled(false)
                .when().post("/api/v1/disruptions:batch").then().statusCode(HttpStatus.SC_OK);

        SpanData server = await().atMost(Duration.ofSeconds(30))
                .until(() -> of(traceId, SpanKind.SERVER), found -> !found.isEmpty()).get(0);
        List<SpanData> chunks = await().atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems()
                .stream().filter(s -> s.getName().equals("import disruption chunk")
                        && s.getLinks().stream().anyMatch(l -> l.getSpanContext().getTraceId().equals(traceId)))
                .toList(), found -> found.size() == 2);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.getTraceId()).isNotEqualTo(traceId);
            assertThat(chunk.getLinks()).singleElement()
                    .satisfies(link -> assertThat(link.getSpanContext().getSpanId()).isEqualTo(server.getSpanId()));
        });
        assertThat(chunks.get(0).getTraceId()).isNotEqualTo(chunks.get(1).getTraceId());
        // each chunk's events are published in the chunk's own trace
        await().atMost(Duration.ofSeconds(30)).until(() -> chunks.stream()
                .allMatch(chunk -> !of(chunk.getTraceId(), SpanKind.PRODUCER).isEmpty()));
    }

    private List<SpanData> of(String traceId, SpanKind kind) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == kind).toList();
    }

    private static String statement(SpanData span) {
        String text = span.getAttributes().get(STATEMENT);
        return text != null ? text : String.valueOf(span.getAttributes().get(OLD_STATEMENT));
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
