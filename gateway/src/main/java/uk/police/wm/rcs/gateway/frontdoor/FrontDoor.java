package uk.police.wm.rcs.gateway.frontdoor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.gateway.config.RoutesConfig;
import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.tracing.Traces;

/**
 * The one front door for integrators: passes {@code /api/v1/<service>/**} to the domain service with the caller's
 * token, correlation id, trace context and the headers our API defines, and answers a 503 problem with {@code Retry-After} when
 * the service does not answer in time.
 */
@ApplicationScoped
public class FrontDoor {

    private static final Logger LOG = Logger.getLogger(FrontDoor.class);
    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT, HttpHeaders.IF_MATCH, "Idempotency-Key", "X-Justification");
    private static final List<String> RESPONSE_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER, "Idempotent-Replayed");

    @Inject
    RoutesConfig routes;

    @Inject
    ObjectMapper json;

    private HttpClient client;

    @PostConstruct
    void createClient() {
        client = HttpClient.newBuilder().connectTimeout(routes.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Forwards one request; {@code path} is what follows {@code /api/v1/<service>/}. */
    public Response forward(String method, String service, String path, String rawQuery, HttpHeaders headers,
            byte[] body, URI gatewayBase) {
        String base = baseUrl(service);
        if (path.startsWith("/") || List.of(path.split("/")).contains("..")) {
            throw Problems.notFound("No such path.");
        }
        URI target = URI.create(base + "/api/v1/" + path + (rawQuery == null ? "" : "?" + rawQuery));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(routes.requestTimeout())
                .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : REQUEST_HEADERS) {
            List<String> values = headers.getRequestHeader(name);
            if (values != null) {
                values.forEach(value -> request.header(name, value));
            }
        }
        CorrelationId.current().ifPresent(id -> request.header(CorrelationId.HEADER, id));
        // the service's request continues the caller's trace (W3C trace context)
        String traceparent = Traces.currentTraceparent();
        if (traceparent != null) {
            request.header(Traces.TRACEPARENT, traceparent);
        }

        HttpResponse<byte[]> answer = send(service, request.build());
        Response.ResponseBuilder response = Response.status(answer.statusCode()).entity(answer.body());
        for (String name : RESPONSE_HEADERS) {
            answer.headers().firstValue(name).ifPresent(value -> response.header(name, value));
        }
        answer.headers().firstValue(HttpHeaders.LOCATION).ifPresent(location -> response.header(HttpHeaders.LOCATION,
                location.startsWith(base + "/api/v1/")
                        ? gatewayBase.resolve("api/v1/" + service + "/" + location.substring(base.length() + 8))
                        : location));
        return response.build();
    }

    /** The service's OpenAPI document with its paths as integrators call them through the front door. */
    public JsonNode openApi(String service) {
        HttpResponse<byte[]> answer = send(service, HttpRequest.newBuilder(
                URI.create(baseUrl(service) + "/q/openapi?format=json")).timeout(routes.requestTimeout()).build());
        try {
            ObjectNode document = (ObjectNode) json.readTree(answer.body());
            ObjectNode paths = json.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = document.path("paths").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                if (entry.getKey().startsWith("/api/v1/")) {
                    paths.set("/api/v1/" + service + "/" + entry.getKey().substring(8), entry.getValue());
                }
            }
            document.set("paths", paths);
            return document;
        } catch (IOException | ClassCastException e) {
            throw unavailable(service, "answered with an OpenAPI document that could not be read");
        }
    }

    private HttpResponse<byte[]> send(String service, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            LOG.warnf("%s did not answer %s %s: %s", service, request.method(), request.uri().getPath(), e.toString());
            throw unavailable(service, "is not answering");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, "is not answering");
        }
    }

    private ProblemException unavailable(String service, String what) {
        return Problems.unavailable("The " + service + " service " + what + "; try again shortly.")
                .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, routes.retryAfter().toSeconds())));
    }

    private String baseUrl(String service) {
        String url = switch (service) {
            case "ctu" -> routes.ctu().url();
            case "rocu" -> routes.rocu().url();
            case "cyber" -> routes.cyber().url();
            default -> throw Problems.notFound("No service " + service + ".");
        };
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
