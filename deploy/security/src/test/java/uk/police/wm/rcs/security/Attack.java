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
            return status < 0 ? "no answer within 30 s" : status + " " + (contentType == null || contentType.isEmpty() ? "(no content type)" : contentType);
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

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
