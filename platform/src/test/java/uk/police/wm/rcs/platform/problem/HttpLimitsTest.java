package uk.police.wm.rcs.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import uk.police.wm.rcs.stack.testing.RawHttp;

/**
 * A request target or headers larger than the API accepts get a problem body, not Vert.x's empty 414 / 431 (issue 13):
 * sent over a raw socket, as a hostile client would.
 */
@QuarkusTest
class HttpLimitsTest {

    private static String exchange(String head) throws IOException {
        return RawHttp.exchange(RestAssured.port, head).text();
    }

    @Test
    void aRequestTargetLongerThanTheApiAcceptsIsA414Problem() throws IOException {
        String answer = exchange("GET /test/widgets?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 414").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"type\":\"https://rcs.wm.police.uk/problems/uri-too-long\"").contains("\"maxLength\":8192");
    }

    @Test
    void headersLargerThanTheApiAcceptsAreA431Problem() throws IOException {
        String answer = exchange("GET /test/widgets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "b".repeat(30_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 431").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"type\":\"https://rcs.wm.police.uk/problems/request-headers-too-large\"");
    }
}
