package uk.police.wm.rcs.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replays the demo data: every {@code deploy/demo/*.json} in name order, each a JSON array of requests
 * {@code {"service", "method", "path", "as", "body"}}, sent with a token for {@code as} (a username, or
 * {@code client:<clientId>}) and an {@code Idempotency-Key} of {@code demo-<file>-<index>}, so a replay is harmless.
 */
public final class DemoDataLoader {

    private static final Set<String> METHODS = Set.of("POST", "PUT");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Map<RcsService, String> baseUrls;
    private final KeycloakTokens tokens;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokenCache = new HashMap<>();

    /**
     * @param directory the folder of demo files
     * @param baseUrls each service's base URL
     * @param tokens the realm's token helper
     * @param out where the one-line summaries go
     */
    public DemoDataLoader(Path directory, Map<RcsService, String> baseUrls, KeycloakTokens tokens, PrintStream out) {
        this.directory = directory;
        this.baseUrls = Map.copyOf(baseUrls);
        this.tokens = tokens;
        this.out = out;
    }

    /** What a load did: files read, requests sent, and how many were already there (409). */
    public record Summary(int files, int requests, int conflicts) {
    }

    /**
     * Sends every request of every file, in order.
     *
     * @throws DemoDataException on the first status of 400 or more other than 409, naming the file, request and answer
     */
    public Summary load() {
        List<Path> files = demoFiles();
        if (files.isEmpty()) {
            out.println("Demo data: no *.json files in " + directory);
            return new Summary(0, 0, 0);
        }
        int requests = 0;
        int conflicts = 0;
        for (Path file : files) {
            long started = System.nanoTime();
            JsonNode entries = read(file);
            int fileConflicts = 0;
            for (int index = 0; index < entries.size(); index++) {
                if (send(file, index, entries.get(index)) == 409) {
                    fileConflicts++;
                }
            }
            requests += entries.size();
            conflicts += fileConflicts;
            out.printf("Demo data: %-40s %3d requests, %3d already present (409), %d ms%n", file.getFileName(), entries.size(),
                    fileConflicts, (System.nanoTime() - started) / 1_000_000);
        }
        return new Summary(files.size(), requests, conflicts);
    }

    private List<Path> demoFiles() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isArray()) {
                throw new DemoDataException(file.getFileName() + ": a demo file must be a JSON array of requests");
            }
            return root;
        } catch (IOException e) {
            throw new DemoDataException(file.getFileName() + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    private int send(Path file, int index, JsonNode entry) {
        String where = file.getFileName() + " request #" + index;
        String service = text(entry, "service", where);
        String method = text(entry, "method", where).toUpperCase(Locale.ROOT);
        String path = text(entry, "path", where);
        String as = text(entry, "as", where);
        if (!METHODS.contains(method)) {
            throw new DemoDataException(where + ": method must be POST or PUT, not " + method);
        }
        if (!path.startsWith("/")) {
            throw new DemoDataException(where + ": path must start with /, got " + path);
        }
        String baseUrl = baseUrls.get(serviceOf(service, where));
        String body = entry.has("body") ? entry.get("body").toString() : "{}";
        String fileName = file.getFileName().toString();
        String idempotencyKey = "demo-" + fileName.substring(0, fileName.length() - ".json".length()) + "-" + index;
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(as))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 400 && status != 409) {
                throw new DemoDataException(where + " (" + method + " " + baseUrl + path + " as " + as + ") failed: HTTP "
                        + status + System.lineSeparator() + response.body());
            }
            return status;
        } catch (IOException e) {
            throw new DemoDataException(where + " (" + method + " " + baseUrl + path + ") could not be sent: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoDataException(where + ": interrupted", e);
        }
    }

    private RcsService serviceOf(String service, String where) {
        try {
            RcsService known = RcsService.fromKey(service);
            if (!baseUrls.containsKey(known)) {
                throw new DemoDataException(where + ": service " + service + " is not running");
            }
            return known;
        } catch (IllegalArgumentException e) {
            throw new DemoDataException(where + ": " + e.getMessage(), e);
        }
    }

    private String token(String as) {
        return tokenCache.computeIfAbsent(as, who -> who.startsWith("client:")
                ? tokens.clientToken(who.substring("client:".length()))
                : tokens.userToken(who));
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new DemoDataException(where + ": missing \"" + field + "\"");
        }
        return value.asText();
    }

    /** A demo request that failed or a demo file that cannot be read. */
    public static final class DemoDataException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DemoDataException(String message) {
            super(message);
        }

        DemoDataException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
