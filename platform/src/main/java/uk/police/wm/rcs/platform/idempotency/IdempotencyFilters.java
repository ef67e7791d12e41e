package uk.police.wm.rcs.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Context;
import uk.police.wm.rcs.platform.config.IdempotencyConfig;
import uk.police.wm.rcs.platform.batch.DryRun;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.ProblemResponses;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/**
 * Idempotent POSTs: the request filter hashes the buffered body and claims {@code Idempotency-Key} (or replays the
 * stored response); the response filter stores the response, or releases the key after a server error.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Response headers stored and replayed besides status and body. */
    static final String[] REPLAYED_HEADERS = { HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE };

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final String CLAIM_PROPERTY = IdempotencyFilters.class.getName() + ".claim";

    @Inject
    IdempotencyStore store;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotencyConfig idempotency;

    @Inject
    ObjectMapper objectMapper;

    /** What this request claimed. */
    record Claim(String subject, String key) {
    }

    @ServerRequestFilter(priority = Priorities.USER + 500)
    public Optional<Response> claim(ContainerRequestContext request) throws IOException, SQLException {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return Optional.empty();
        }
        String key = request.getHeaderString(HEADER);
        if (key == null || DryRun.requested(request.getUriInfo())) {
            // a dry run writes nothing, its key included: the real run with the same key still runs
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!IdempotencyKeys.isValid(key)) {
            return Optional.of(problem(new ProblemException(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "Idempotency-Key must be 1 to 255 printable ASCII characters."), path));
        }
        if (Context.isOnEventLoopThread()) {
            // the claim needs the database: only blocking endpoints (the house default) can use it
            throw new IllegalStateException("Idempotency-Key is only supported on blocking endpoints: " + path);
        }
        int limit = idempotency.maxBodyBytes();
        byte[] body = readAtMost(request.getEntityStream(), limit);
        if (body == null) {
            return Optional.of(problem(new ProblemException(413, "payload-too-large", "Payload too large",
                    "A request with an Idempotency-Key may carry at most " + limit + " bytes."), path));
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String subject = caller.get().subject();
        String methodPath = request.getMethod() + " " + path;
        String hash = sha256(body);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (store.claim(subject, key, methodPath, hash, idempotency.ttl(),
                    idempotency.inProgressTimeout())) {
                request.setProperty(CLAIM_PROPERTY, new Claim(subject, key));
                return Optional.empty();
            }
            Optional<IdempotencyStore.Existing> existing = store.find(subject, key);
            if (existing.isEmpty()) {
                continue; // released or purged meanwhile: claim again
            }
            return Optional.of(answerFor(existing.get(), methodPath, hash, path));
        }
        return Optional.of(problem(new ProblemException(409, "idempotency-key-in-progress",
                "Request in progress", "A request with this Idempotency-Key is being processed; retry shortly.")
                .withHeader(HttpHeaders.RETRY_AFTER, "1"), path));
    }

    @ServerResponseFilter(priority = Priorities.USER + 500)
    public void store(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM_PROPERTY) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM_PROPERTY);
        try {
            if (response.getStatus() >= 500) {
                store.release(claim.subject(), claim.key());
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : REPLAYED_HEADERS) {
                String value = response.getHeaderString(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            byte[] body = bodyOf(response);
            if (body != null && !headers.containsKey(HttpHeaders.CONTENT_TYPE)) {
                MediaType type = response.getMediaType();
                headers.put(HttpHeaders.CONTENT_TYPE, type != null ? type.toString() : MediaType.APPLICATION_JSON);
            }
            store.complete(claim.subject(), claim.key(), response.getStatus(), headers, body);
        } catch (SQLException | JsonProcessingException | RuntimeException e) {
            // the change itself is done; the key stays IN_PROGRESS until rcs.idempotency.in-progress-timeout
            LOG.errorf(e, "Could not store the response for Idempotency-Key of %s", claim.subject());
        }
    }

    private Response answerFor(IdempotencyStore.Existing existing, String methodPath, String hash, String path) {
        if (!existing.methodPath().equals(methodPath) || !existing.requestHash().equals(hash)) {
            return problem(new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request; use a new key for a new request."),
                    path);
        }
        if (!existing.completed()) {
            return problem(new ProblemException(409, "idempotency-key-in-progress", "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly.")
                    .withHeader(HttpHeaders.RETRY_AFTER, "1"), path);
        }
        Response.ResponseBuilder replay = Response.status(existing.status());
        existing.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                replay.header(name, value);
            }
        });
        String contentType = existing.headers().get(HttpHeaders.CONTENT_TYPE);
        if (existing.body() != null) {
            replay.entity(existing.body());
            if (contentType != null) {
                replay.type(contentType);
            }
        }
        replay.header(REPLAYED_HEADER, "true");
        return replay.build();
    }

    private byte[] bodyOf(ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return objectMapper.writeValueAsBytes(entity);
    }

    private static Response problem(ProblemException problem, String path) {
        return ProblemResponses.response(problem, path);
    }

    /** The whole stream, or {@code null} when it holds more than {@code limit} bytes. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
