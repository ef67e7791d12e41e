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
import uk.police.wm.rcs.stack.testing.RawHttp;

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

    /** Sends a large body over a raw socket ({@link RawHttp}: it reads the answer while the body is still going out). */
    Answer sendLarge(String method, String url, String token, Map<String, String> headers, byte[] body) {
        ledger.sent();
        java.net.URI uri = java.net.URI.create(url);
        StringBuilder head = new StringBuilder(method + " " + uri.getRawPath() + " HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                .append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try {
            RawHttp.Answer answer = RawHttp.exchange(uri.getHost(), uri.getPort(), head.toString(), body);
            return new Answer(answer.status(), answer.header("content-type"), answer.body(), answer.headers());
        } catch (java.net.SocketTimeoutException e) {
            return new Answer(-1, null, e.toString(), Map.of());
        } catch (java.io.IOException e) { // refused, reset, or not an HTTP answer
            return new Answer(-2, null, e.toString(), Map.of());
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
