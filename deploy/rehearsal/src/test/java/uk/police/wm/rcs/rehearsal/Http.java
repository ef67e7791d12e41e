package uk.police.wm.rcs.rehearsal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A client that behaves like a careful force system: a POST with an {@code Idempotency-Key} is retried, on the next
 * instance of the service, after a refused connection, a 5xx or a 409 {@code idempotency-key-in-progress}, until a
 * deadline; every other answer is final.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** The final answer to a retried POST. */
    record Outcome(int status, JsonNode body, int attempts, String instance) {
        boolean accepted() {
            return status == 200 || status == 201;
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * POSTs {@code body} to {@code path} of one instance after another, starting with {@code first}, with the same
     * Idempotency-Key every time.
     *
     * @param instances base URLs of every instance of the service
     * @param onRetry called before each retry (to count them)
     * @return the final outcome; status -1 when the deadline passed without one
     */
    Outcome post(List<String> instances, int first, String path, String token, String idempotencyKey, Object body,
                 Duration deadline, Runnable onRetry) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long end = System.nanoTime() + deadline.toNanos();
        for (int attempt = 0; System.nanoTime() < end; attempt++) {
            String instance = instances.get(Math.floorMod(first + attempt, instances.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(instance + path))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            long pause;
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                String text = response.body();
                boolean inProgress = status == 409 && text.contains("idempotency-key-in-progress");
                if (status < 500 && !inProgress) {
                    return new Outcome(status, text.isBlank() ? null : JSON.readTree(text), attempt + 1, instance);
                }
                // in progress elsewhere (a request cut by a crash holds the key until it times out) or a server error
                pause = inProgress ? 500 : 100;
            } catch (IOException e) {
                // refused or cut: this instance is gone or going, try the next one at once
                pause = 20;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(-1, null, attempt + 1, instance);
            }
            onRetry.run();
            LockSupport.parkNanos(Duration.ofMillis(pause).toNanos());
        }
        return new Outcome(-1, null, 0, null);
    }

    /** A GET answering JSON; throws on anything but 200. */
    JsonNode get(String url, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
