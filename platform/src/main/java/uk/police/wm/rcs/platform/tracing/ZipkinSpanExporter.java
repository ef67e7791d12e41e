package uk.police.wm.rcs.platform.tracing;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import uk.police.wm.rcs.platform.config.TracingConfig;

/**
 * Sends finished spans to a Zipkin server's own API ({@code POST /api/v2/spans}, JSON v2), for the local stack:
 * Zipkin 3 takes no OTLP without an extra module. Active with {@code rcs.tracing.exporter=zipkin}; while it is, the
 * OTLP exporter is off (Quarkus uses the span exporter beans instead).
 */
@Singleton
@LookupIfProperty(name = "rcs.tracing.exporter", stringValue = "zipkin")
public class ZipkinSpanExporter implements SpanExporter {

    private static final Logger LOG = Logger.getLogger(ZipkinSpanExporter.class);
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
    /** Within the batch processor's own export timeout (30 s): a busy machine's Zipkin took over 5 s to answer. */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    // HTTP/1.1: no h2c upgrade on every new connection to a plain-HTTP Zipkin
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean failing = new AtomicBoolean();

    @Inject
    TracingConfig config;

    @Inject
    ObjectMapper json;

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        CompletableResultCode result = new CompletableResultCode();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(config.zipkinEndpoint().orElseThrow(() -> new IllegalStateException(
                            "rcs.tracing.exporter=zipkin needs rcs.tracing.zipkin-endpoint")))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(toZipkin(spans))))
                    .build();
        } catch (Exception e) {
            failed(e.toString());
            return result.fail();
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                if (failing.compareAndSet(true, false)) {
                    LOG.info("Spans reach Zipkin again");
                }
                result.succeed();
            } else {
                failed(error != null ? error.toString() : "HTTP " + response.statusCode());
                result.fail();
            }
        });
        return result;
    }

    /** One warning per outage, not one per batch of spans. */
    private void failed(String why) {
        if (failing.compareAndSet(false, true)) {
            LOG.warnf("Spans cannot be sent to Zipkin at %s (%s); dropping them until it answers",
                    config.zipkinEndpoint().map(Object::toString).orElse("(no rcs.tracing.zipkin-endpoint)"), why);
        }
    }

    ArrayNode toZipkin(Collection<SpanData> spans) {
        ArrayNode array = json.createArrayNode();
        for (SpanData span : spans) {
            ObjectNode out = array.addObject();
            out.put("traceId", span.getTraceId());
            out.put("id", span.getSpanId());
            if (span.getParentSpanContext().isValid()) {
                out.put("parentId", span.getParentSpanId());
            }
            out.put("name", span.getName());
            switch (span.getKind()) {
                case SERVER, CLIENT, PRODUCER, CONSUMER -> out.put("kind", span.getKind().name());
                default -> {
                    // Zipkin has no kind for internal spans: it leaves the field out
                }
            }
            out.put("timestamp", TimeUnit.NANOSECONDS.toMicros(span.getStartEpochNanos()));
            out.put("duration", Math.max(1, TimeUnit.NANOSECONDS.toMicros(span.getEndEpochNanos() - span.getStartEpochNanos())));
            String service = span.getResource().getAttribute(SERVICE_NAME);
            out.putObject("localEndpoint").put("serviceName", service == null ? "unknown" : service);
            ObjectNode tags = out.putObject("tags");
            span.getAttributes().forEach((key, value) -> tags.put(key.getKey(), String.valueOf(value)));
            if (span.getStatus().getStatusCode() == StatusCode.ERROR) {
                tags.put("error", span.getStatus().getDescription().isEmpty() ? "true" : span.getStatus().getDescription());
            }
            // Zipkin has no span links: name them, so a batch chunk's trace still points at its batch
            if (!span.getLinks().isEmpty()) {
                tags.put("links", String.join(",", span.getLinks().stream().map(ZipkinSpanExporter::linkText).toList()));
            }
        }
        return array;
    }

    private static String linkText(LinkData link) {
        return link.getSpanContext().getTraceId() + "/" + link.getSpanContext().getSpanId();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
