package uk.police.wm.rcs.security;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Sends one request of the suite, with a 30 s client timeout, and counts it in the ledger. */
final class Attack {

    /** What came back; status -1 when nothing came back within the timeout. */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {
        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        String summary() {
            return status == -1 ? "no answer within 30 s" : status == -2 ? "connection failed: " + Ledger.excerpt(body) : status + " " + (contentType == null || contentType.isEmpty() ? "(no content type)" : contentType);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 30_000))
            .redirect(RedirectConfig.redirectConfig().followRedirects(false))
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private final Ledger ledger;

    Attack(Ledger ledger) {
        this.ledger = ledger;
    }

    Answer send(String method, String url, String token, Map<String, String> headers, byte[] body) {
        RequestSpecification request = given().config(CONFIG).urlEncodingEnabled(false).headers(headers);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        ledger.sent();
        try {
            Response response = request.request(Method.valueOf(method), url);
            Map<String, String> received = new java.util.HashMap<>();
            response.headers().forEach(h -> received.put(h.getName().toLowerCase(java.util.Locale.ROOT), h.getValue()));
            return new Answer(response.statusCode(), response.contentType(), response.asString(), received);
        } catch (Exception e) { // REST Assured rethrows the client's checked IOExceptions undeclared
            if (rootCause(e) instanceof java.net.SocketTimeoutException) {
                return new Answer(-1, null, e.toString(), Map.of());
            }
            // a connection the server closed without an answer is an answer too: nothing usable
            return new Answer(-2, null, e.toString(), Map.of());
        }
    }

    /**
     * Sends a large body over a raw socket while reading the answer at the same time: a server may answer (413) and
     * close before the body is all sent, and an HTTP client that only reads after writing would see a broken pipe.
     */
    Answer sendLarge(String method, String url, String token, Map<String, String> headers, byte[] body) {
        ledger.sent();
        java.net.URI uri = java.net.URI.create(url);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + uri.getRawPath() + " HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n")
                    .append("Connection: close\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            java.io.OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                } catch (java.io.IOException ignored) {
                    // the server answered and closed early: the answer is read below
                }
            });
            writer.setDaemon(true);
            writer.start();
            byte[] answer = socket.getInputStream().readAllBytes();
            return parse(new String(answer, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.net.SocketTimeoutException e) {
            return new Answer(-1, null, e.toString(), Map.of());
        } catch (java.io.IOException e) {
            return new Answer(-2, null, e.toString(), Map.of());
        }
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        if (!raw.startsWith("HTTP/1.1 ") || end < 0) {
            return new Answer(-2, null, "not an HTTP answer: " + raw, Map.of());
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        Map<String, String> headers = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        int status = Integer.parseInt(lines[0].substring(9, 12));
        return new Answer(status, headers.get("content-type"), raw.substring(end + 4), headers);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
