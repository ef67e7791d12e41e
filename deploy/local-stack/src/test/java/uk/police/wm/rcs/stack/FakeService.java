package uk.police.wm.rcs.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A tiny stand-in for one of our services and for Keycloak's token endpoint: started as a child JVM by
 * {@link ServiceProcessTest} and in-process by {@link DemoDataLoaderTest}. Answers readiness, echoes its
 * environment, hands out fake tokens and records the API requests it gets.
 */
public final class FakeService {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private FakeService(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/q/health/ready", ex -> answer(ex, 200, "{\"status\":\"UP\"}"));
        server.createContext("/env", ex -> answer(ex, 200, environment()));
        server.createContext("/realms/west-midlands/protocol/openid-connect/token", this::token);
        server.createContext("/api", this::api);
        server.createContext("/recorded", ex -> answer(ex, 200, String.join("\n", requests)));
        server.start();
    }

    /** Starts on the port of QUARKUS_HTTP_PORT, like a service would. */
    public static void main(String[] args) throws IOException {
        new FakeService(Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT")));
    }

    /** Writes a runnable jar of this class, standing in for a service's quarkus-run.jar. */
    static Path writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        Files.createDirectories(jar.getParent());
        Path classes = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String prefix = FakeService.class.getName().replace('.', '/');
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> classes.relativize(p).toString().startsWith(prefix)).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    static FakeService start(int port) throws IOException {
        return new FakeService(port);
    }

    List<String> requests() {
        return requests;
    }

    void stop() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = new TreeMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        String who = "password".equals(form.get("grant_type")) ? form.get("username")
                : form.get("client_id") + ":" + form.get("client_secret");
        answer(exchange, 200, "{\"access_token\":\"token-of-" + who + "\",\"token_type\":\"Bearer\"}");
    }

    private void api(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + path
                + " key=" + exchange.getRequestHeaders().getFirst("Idempotency-Key")
                + " auth=" + exchange.getRequestHeaders().getFirst("Authorization")
                + " body=" + body);
        if (path.contains("conflict")) {
            answer(exchange, 409, "{\"title\":\"already there\"}");
        } else if (path.contains("broken")) {
            answer(exchange, 422, "{\"title\":\"name must not be blank\"}");
        } else {
            answer(exchange, 201, "{}");
        }
    }

    private static String environment() {
        return System.getenv().entrySet().stream()
                .filter(e -> e.getKey().startsWith("QUARKUS_") || e.getKey().startsWith("KAFKA_") || e.getKey().startsWith("RCS_"))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
