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

    /** Instances that answered 503 with Retry-After, until when (System.nanoTime): what every caller of this client learnt. */
    private final java.util.Map<String, Long> unavailableUntil = new java.util.concurrent.ConcurrentHashMap<>();

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
        return post(instances, first, path, () -> token, idempotencyKey, body, deadline, onRetry, new Tally());
    }

    /**
     * As {@link #post(List, int, String, String, String, Object, Duration, Runnable)}, counting every attempt's
     * answer in {@code tally}; a 503 is retried after its {@code Retry-After} (at most 2 s), and the token is asked
     * for at each attempt (a client renews it on its own schedule).
     */
    Outcome post(List<String> instances, int first, String path, java.util.function.Supplier<String> token,
                 String idempotencyKey, Object body, Duration deadline, Runnable onRetry, Tally tally) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long end = System.nanoTime() + deadline.toNanos();
        for (int attempt = 0; System.nanoTime() < end; attempt++) {
            if (instances.isEmpty()) {
                return new Outcome(-1, null, attempt, null); // the stack is closing
            }
            String instance = available(instances, first + attempt);
            HttpRequest request = HttpRequest.newBuilder(URI.create(instance + path))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token.get())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            long pause;
            tally.add(Tally.Count.SENT);
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                String text = response.body();
                boolean inProgress = status == 409 && text.contains("idempotency-key-in-progress");
                if (status == 401) {
                    tally.add(Tally.Count.UNAUTHORIZED);
                }
                if (status < 500 && !inProgress) {
                    return new Outcome(status, text.isBlank() ? null : JSON.readTree(text), attempt + 1, instance);
                }
                // in progress elsewhere (a request cut by a crash holds the key until it times out) or a server error
                pause = inProgress ? 500 : 100;
                java.util.Optional<String> retryAfter = response.headers().firstValue("Retry-After");
                if (inProgress) {
                    tally.add(Tally.Count.IN_PROGRESS);
                } else if (status == 503 && retryAfter.isPresent()) {
                    tally.add(Tally.Count.REFUSED_RETRY_AFTER);
                    // this instance asked to be left alone for a while: the next attempt goes to another one, or waits
                    unavailableUntil.put(instance, System.nanoTime() + Duration.ofSeconds(Long.parseLong(retryAfter.get().trim())).toNanos());
                    pause = 0;
                } else if (status == 503) {
                    tally.add(Tally.Count.REFUSED_WITHOUT_RETRY_AFTER);
                } else {
                    tally.add(Tally.Count.SERVER_ERROR);
                }
            } catch (java.net.http.HttpConnectTimeoutException e) {
                tally.add(Tally.Count.CUT);
                pause = 20;
            } catch (java.net.http.HttpTimeoutException e) {
                // no answer within the client's timeout: a hang, counted; the client tries elsewhere
                tally.add(Tally.Count.TIMED_OUT);
                pause = 20;
            } catch (IOException e) {
                // refused or cut: this instance is gone or going, try the next one at once
                tally.add(Tally.Count.CUT);
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

    /**
     * The instance to try, from {@code index} on, skipping those whose {@code Retry-After} has not passed; when every
     * instance asked to wait, waits until the first of them may be tried again.
     */
    private String available(List<String> instances, int index) {
        long now = System.nanoTime();
        String soonest = null;
        for (int k = 0; k < instances.size(); k++) {
            String candidate = instances.get(Math.floorMod(index + k, instances.size()));
            long until = unavailableUntil.getOrDefault(candidate, 0L);
            if (until <= now) {
                return candidate;
            }
            if (soonest == null || until < unavailableUntil.getOrDefault(soonest, 0L)) {
                soonest = candidate;
            }
        }
        LockSupport.parkNanos(Math.max(0, unavailableUntil.getOrDefault(soonest, 0L) - now));
        return soonest;
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
