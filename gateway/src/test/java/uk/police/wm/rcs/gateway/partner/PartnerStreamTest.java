package uk.police.wm.rcs.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.apache.http.HttpStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.TestSql;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The partner feed as Server-Sent Events: a partner connects, receives, disconnects, misses events, reconnects with
 * Last-Event-ID and receives exactly the ones it missed, each once; keep-alive comments while idle; other regions'
 * notice decisions never; problems for a bad or expired Last-Event-ID.
 */
@QuarkusTest
class PartnerStreamTest {

    private static final String EM = "region-partner-em";
    private static final String PARTNER = TestTokens.forSubject("svc-em").claim("azp", EM)
            .roles("region-partner", "machine").claim("clearance", "OFFICIAL").sign();
    private static final String VIEWER = TestTokens.forSubject("viewer-sse").person("OFFICIAL", "governance-viewer")
            .sign();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A safety net for a broken stream, not an assertion on time. */
    private static final Duration STUCK = Duration.ofSeconds(90);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/api/v1/partner/events")
    URI events;

    @Inject
    DataSource dataSource;

    @Inject
    PartnerStream stream;

    /** One server-sent event as received. */
    record Received(long id, String type, JsonNode cloudEvent) {
        String dataText() {
            return cloudEvent.get("data").toString();
        }
    }

    @Test
    void aPartnerThatReconnectsWithLastEventIdGetsExactlyTheEventsItMissed() throws Exception {
        String before = threatLevel("2060-01-01");
        String ownNotice = UUID.randomUUID().toString();
        String othersNotice = UUID.randomUUID().toString();
        try (TestEvents e = new TestEvents(bootstrapServers)) {
            e.send("rocu.events", PartnerFeedEventsTest.noticeDecided(othersNotice, "region-partner-nw", "ACCEPTED",
                    "OFFICIAL"));
            e.send("rocu.events", PartnerFeedEventsTest.noticeDecided(ownNotice, EM, "ACCEPTED", "OFFICIAL"));
        }
        long seenUpTo;
        List<Received> first;
        try (Connection stream = connect(null)) {
            first = new ArrayList<>(stream.readUntil(r -> r.dataText().contains(ownNotice)));
            assertThat(first).anyMatch(r -> r.dataText().contains(before));
            // idle now: a keep-alive comment keeps the connection open (events still on their way come first)
            first.addAll(stream.readUntilComment());
            seenUpTo = first.get(first.size() - 1).id();
        }
        assertThat(first).noneMatch(r -> r.dataText().contains(othersNotice));
        assertThat(first).extracting(Received::id).isSorted().doesNotHaveDuplicates();
        for (Received r : first) {
            assertThat(r.cloudEvent().get("classification").asText()).isEqualTo("OFFICIAL");
            EventContracts.assertMatchesSchema(r.type(), r.dataText());
        }

        // disconnected: two more events are published
        String missed1 = threatLevel("2060-02-01");
        String missed2 = threatLevel("2060-03-01");
        long lastMissed = awaitLogged(missed2);

        try (Connection stream = connect(Long.toString(seenUpTo))) {
            List<Received> resumed = stream.readUntil(r -> r.dataText().contains(missed2));
            assertThat(resumed).extracting(Received::id).containsExactlyElementsOf(expectedAfter(seenUpTo, lastMissed));
            assertThat(resumed).anyMatch(r -> r.dataText().contains(missed1));
            assertThat(resumed).noneMatch(r -> r.dataText().contains(before) || r.dataText().contains(ownNotice));
            // still live: the next event published arrives next, nothing in between
            String live = threatLevel("2060-04-01");
            List<Received> next = stream.readUntil(r -> r.dataText().contains(live));
            assertThat(next).extracting(Received::id)
                    .containsExactlyElementsOf(expectedAfter(lastMissed, awaitLogged(live)));
        }
    }

    @Test
    void aLastEventIdThatIsNotANumberHasExpiredOrWasNeverSentIsAProblemAndOnlyPartnersMayListen() {
        given().auth().oauth2(PARTNER).header("Last-Event-ID", "abc").when().get(events)
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/invalid-last-event-id"));
        long newest = awaitLogged(threatLevel("2061-01-01"));
        stream.purgeBefore(Instant.now().plus(Duration.ofDays(1))); // as retention would, later
        given().auth().oauth2(PARTNER).header("Last-Event-ID", "0").when().get(events)
                .then().statusCode(HttpStatus.SC_GONE).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/events-expired"))
                .body("oldestAvailableAfter", org.hamcrest.Matchers.greaterThanOrEqualTo((int) newest));
        given().auth().oauth2(PARTNER).header("Last-Event-ID", Long.toString(newest + 1_000_000)).when().get(events)
                .then().statusCode(HttpStatus.SC_GONE).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/events-expired"));
        given().auth().oauth2(VIEWER).when().get(events).then().statusCode(HttpStatus.SC_FORBIDDEN)
                .contentType("application/problem+json");
        given().when().get(events).then().statusCode(HttpStatus.SC_UNAUTHORIZED)
                .contentType("application/problem+json");
    }

    /** Publishes an OFFICIAL threat level change (it reaches partners) and returns its id. */
    private String threatLevel(String effectiveFrom) {
        String id = UUID.randomUUID().toString();
        try (TestEvents e = new TestEvents(bootstrapServers)) {
            e.send("ctu.events", TestEvents.marked("/west-midlands/ctu-service",
                    "uk.police.wm.ctu.threat-level.changed.v1", "NI_RELATED_IN_NORTHERN_IRELAND", Map.of("id", id,
                            "scope", "NI_RELATED_IN_NORTHERN_IRELAND", "level", "SUBSTANTIAL",
                            "effectiveFrom", effectiveFrom, "setBy", "MI5", "rationale", "Synthetic.",
                            "classification", "OFFICIAL")));
        }
        return id;
    }

    /** The stream number of the event whose data holds {@code text}, once the gateway has published it. */
    private long awaitLogged(String text) {
        long[] seq = new long[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            seq[0] = query("SELECT coalesce(max(seq), -1) FROM partner_event_log WHERE CAST(data AS text) LIKE ?",
                    "%" + text + "%").get(0);
            return seq[0] > 0;
        });
        return seq[0];
    }

    /** What this partner may see after {@code after} up to {@code upTo}, from the log itself. */
    private List<Long> expectedAfter(long after, long upTo) throws Exception {
        List<Long> ids = query("SELECT seq FROM partner_event_log WHERE seq > " + after + " AND seq <= " + upTo
                + " AND (partner_region IS NULL OR partner_region = ?) ORDER BY seq", EM);
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private List<Long> query(String sql, String parameter) {
        return TestSql.longs(dataSource, sql, parameter);
    }

    private Connection connect(String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(events).header("Authorization", "Bearer " + PARTNER)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(HttpStatus.SC_OK);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        return new Connection(response.body());
    }

    /** An open stream, read line by line as the SSE format says. */
    static final class Connection implements AutoCloseable {
        private final InputStream body;
        private final BufferedReader lines;

        Connection(InputStream body) {
            this.body = body;
            this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        /** Every event up to and including the first that matches. */
        List<Received> readUntil(Predicate<Received> last) {
            return assertTimeoutPreemptively(STUCK, () -> {
                List<Received> out = new ArrayList<>();
                while (true) {
                    Received r = next(false);
                    if (r != null) {
                        out.add(r);
                        if (last.test(r)) {
                            return out;
                        }
                    }
                }
            });
        }

        /** Every event before the next comment line. */
        List<Received> readUntilComment() {
            return assertTimeoutPreemptively(STUCK, () -> {
                List<Received> out = new ArrayList<>();
                for (Received r = next(true); r != null; r = next(true)) {
                    out.add(r);
                }
                return out;
            });
        }

        /** The next event, or null at a comment when {@code stopAtComment}. */
        private Received next(boolean stopAtComment) throws IOException {
            String id = null;
            String type = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (id != null) {
                        return new Received(Long.parseLong(id), type, JSON.readTree(data.toString()));
                    }
                } else if (line.startsWith(":")) {
                    if (stopAtComment && id == null) {
                        return null;
                    }
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            throw new IOException("the stream ended");
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
