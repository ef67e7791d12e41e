package uk.police.wm.rcs.rocu.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A force system's webhook receiver for the tests: the JDK's HTTP server on 127.0.0.1, keeping what it receives. */
final class WebhookReceiver {

    /** One request as received, with the moment it arrived (wall clock, and System.nanoTime). */
    record Received(String id, String timestamp, String signature, String contentType, String body, Instant at,
            long atNanos) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int port;

    /** Starts on a free port the first time, on the same port afterwards. */
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hooks", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"), body,
                        Instant.now(), System.nanoTime()));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** What arrived about one record (the CloudEvents subject). */
    List<Received> about(String subject) {
        return received.stream().filter(r -> r.body().contains("\"subject\":\"" + subject + "\"")).toList();
    }
}
