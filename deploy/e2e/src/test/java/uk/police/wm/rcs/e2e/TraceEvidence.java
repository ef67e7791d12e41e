package uk.police.wm.rcs.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import uk.police.wm.rcs.stack.ZipkinServer;

/** What the real processes left behind about one trace: its spans as Zipkin holds them, and the log lines naming it. */
final class TraceEvidence {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TraceEvidence() {
    }

    /** The trace's spans from Zipkin's API (empty until the services' exporters have sent them). */
    static List<JsonNode> spans(ZipkinServer zipkin, String traceId) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                    URI.create(zipkin.baseUrl() + "/api/v2/trace/" + traceId)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 404) {
                return List.of();
            }
            return StreamSupport.stream(JSON.readTree(answer.body()).spliterator(), false).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The spans of one service and kind (SERVER, CLIENT, PRODUCER, CONSUMER) that match. */
    static List<JsonNode> of(List<JsonNode> spans, String service, String kind, Predicate<JsonNode> matching) {
        return spans.stream().filter(s -> s.path("localEndpoint").path("serviceName").asText().equals(service)
                && s.path("kind").asText().equals(kind) && matching.test(s)).toList();
    }

    /** A database span's statement, under either name the JDBC instrumentation gives it. */
    static String statement(JsonNode span) {
        JsonNode tags = span.path("tags");
        return tags.has("db.query.text") ? tags.get("db.query.text").asText() : tags.path("db.statement").asText();
    }

    /** The service's log lines (JSON, production format) whose MDC names the trace. */
    static List<JsonNode> logLines(Path log, String traceId) {
        List<JsonNode> lines = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(log)) {
                if (!line.contains(traceId)) {
                    continue;
                }
                JsonNode entry = JSON.readTree(line);
                if (entry.path("mdc").path("traceId").asText().equals(traceId)) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + log + " as JSON lines", e);
        }
        return lines;
    }
}
