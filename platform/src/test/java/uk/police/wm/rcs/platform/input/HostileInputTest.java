package uk.police.wm.rcs.platform.input;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_BAD_REQUEST;
import static org.apache.http.HttpStatus.SC_CREATED;
import static org.apache.http.HttpStatus.SC_OK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import uk.police.wm.rcs.platform.problem.ProblemDetail;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.support.Db;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.stack.testing.RawHttp;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** Hostile input (issue 13) is a 4xx problem that names what was wrong, and nothing is written. */
@QuarkusTest
class HostileInputTest {

    private static final int SC_REQUEST_TOO_LONG = 413;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Db db;

    private String name;
    private long widgetsBefore;
    private long outboxBefore;

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @BeforeEach
    void db() {
        name = "hostile-" + UUID.randomUUID();
        widgetsBefore = db.count("SELECT count(*) FROM widget");
        outboxBefore = db.count("SELECT count(*) FROM outbox_event");
    }

    @Test
    void nulInAFreeTextFieldNamesTheField() {
        ProblemDetail problem = post("{\"name\":\"" + name + "\\u0000\",\"impact\":\"MAJOR\"}", "invalid-character");
        assertThat(problem.extension("field")).isEqualTo("name");
        ProblemDetail nested = post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"items\":[{\"date\":\"2018-04-01\","
                + "\"label\":\"esc\\u001b\"}]}", "invalid-character");
        assertThat(nested.extension("field")).isEqualTo("items[0].label");
        nothingWritten();
    }

    @Test
    void datesOutsideYearsOneTo9999AreRefused() {
        for (String date : new String[] { "-9999-01-01", "+99999-01-01" }) {
            ProblemDetail problem = post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"items\":[{\"date\":\"" + date
                    + "\",\"label\":\"a\"}]}", "date-out-of-range");
            assertThat(problem.extension("field")).isEqualTo("items[0].date");
            assertThat(problem.extension("max")).isEqualTo("9999-12-31");
        }
        nothingWritten();
    }

    @Test
    void aMemberSentTwiceIsADuplicateNotA500() {
        ProblemDetail problem = post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"name\":\"" + name + "-2\"}",
                "duplicate-field");
        assertThat(problem.extension("field")).isEqualTo("name");
        assertThat(problem.detail()).doesNotContain("fallback", "creator", "Exception");
        nothingWritten();
    }

    @Test
    void aFractionalNumberForAnIntegerIsRefusedNotTruncated() {
        ProblemDetail problem = post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"count\":2.5}", "invalid-type");
        assertThat(problem.extension("field")).isEqualTo("count");
        assertThat(problem.extension("expected")).isEqualTo("an integer");
        nothingWritten();
    }

    @Test
    void nestingTenThousandDeepIs400() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"attributes\":{\"x\":" + deep + "}}", "malformed-json");
        // a bare array where an object belongs is refused before its depth matters
        post(deep, "invalid-type");
        nothingWritten();
    }

    @Test
    void bidirectionalFormattingAndC1ControlsNameTheField() {
        // U+202E (right-to-left override) as it arrives on the wire: raw UTF-8 and as a JSON escape
        ProblemDetail raw = post("{\"name\":\"" + name + "\u202egpj.exe\",\"impact\":\"MAJOR\"}",
                "invalid-character");
        assertThat(raw.extension("field")).isEqualTo("name");
        for (String escaped : new String[] { "\\u202e", "\\u2066", "\\u200f", "\\u007f", "\\u0085" }) {
            ProblemDetail problem = post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"items\":[{\"date\":"
                    + "\"2018-04-01\",\"label\":\"a" + escaped + "b\"}]}", "invalid-character");
            assertThat(problem.extension("field")).as(escaped).isEqualTo("items[0].label");
        }
        ProblemDetail parameter = Http.problem(given().urlEncodingEnabled(false)
                .get("/test/widgets?name=a%E2%80%AEb").then(), SC_BAD_REQUEST, "invalid-character");
        assertThat(parameter.extension("field")).isEqualTo("name");
        nothingWritten();
    }

    @Test
    void aMemberTheRequestDoesNotHaveIsAnUnknownField() {
        ProblemDetail problem = post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"colour\":\"red\"}",
                "unknown-field");
        assertThat(problem.extension("field")).isEqualTo("colour");
        ProblemDetail nested = post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"items\":[{\"date\":"
                + "\"2018-04-01\",\"label\":\"a\",\"lable\":\"typo\"}]}", "unknown-field");
        assertThat(nested.extension("field")).isEqualTo("items[0].lable");
        nothingWritten();
    }

    @Test
    void aHundredThousandCharacterStringIsTooLongWhereTheFieldHasNoSize() {
        // items[].label has no @Size of its own: the platform's cap is what refuses it
        ProblemDetail problem = post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"items\":[{\"date\":"
                + "\"2018-04-01\",\"label\":\"" + "x".repeat(100_000) + "\"}]}", "value-too-long");
        assertThat(problem.extension("field")).isEqualTo("items[0].label");
        assertThat(problem.extension("maxLength")).isEqualTo(InputRules.MAX_STRING_LENGTH);
        nothingWritten();
    }

    @Test
    void aNumberForAStringOrAStringForANumberIsTheWrongType() {
        ProblemDetail number = post("{\"name\":12345,\"impact\":\"MAJOR\"}", "invalid-type");
        assertThat(number.extension("field")).isEqualTo("name");
        assertThat(number.extension("expected")).isEqualTo("a string");
        post("{\"name\":true,\"impact\":\"MAJOR\"}", "invalid-type");
        ProblemDetail text = post("{\"name\":\"" + name + "\",\"impact\":\"MAJOR\",\"count\":\"5\"}", "invalid-type");
        assertThat(text.extension("field")).isEqualTo("count");
        assertThat(db.count("SELECT count(*) FROM widget WHERE name = '12345' OR name = 'true'")).isZero();
        nothingWritten();
    }

    @Test
    void aBodyOverTheLimitIs413Problem() throws IOException {
        // 12 MB declared: the answer comes before the body is sent, as it would for a client sending it all
        RawHttp.Answer answer = RawHttp.exchange(RestAssured.port, "POST /test/widgets HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + 12 * 1024 * 1024 + "\r\n\r\n{\"name\":\""
                + name + "\",");
        assertThat(answer.text()).as("answer").startsWith("HTTP/1.1 " + SC_REQUEST_TOO_LONG + " ");
        assertThat(answer.header("Content-Type")).startsWith(Http.PROBLEM_JSON);
        ProblemDetail problem = objectMapper.readValue(answer.body(), ProblemDetail.class);
        assertThat(problem.type()).isEqualTo(ProblemException.TYPE_BASE + "payload-too-large");
        assertThat(problem.status()).isEqualTo(SC_REQUEST_TOO_LONG);
        assertThat(problem.detail()).isNotBlank();
        nothingWritten();
    }

    @Test
    void nulOrAnOutOfRangeDateInAQueryParameterIs400() {
        ProblemDetail nul = Http.problem(given().urlEncodingEnabled(false).get("/test/widgets?name=a%00b").then(),
                SC_BAD_REQUEST, "invalid-character");
        assertThat(nul.extension("field")).isEqualTo("name");
        ProblemDetail early = Http.problem(given().queryParam("name", "x").queryParam("on", "-9999-01-01")
                .get("/test/widgets").then(), SC_BAD_REQUEST, "date-out-of-range");
        assertThat(early.extension("field")).isEqualTo("on");
        Http.problem(given().queryParam("name", "x").queryParam("on", "+99999-01-01").get("/test/widgets").then(),
                SC_BAD_REQUEST, "date-out-of-range");
        Http.problem(given().queryParam("on", "soon").get("/test/widgets").then(), SC_BAD_REQUEST,
                "invalid-parameter");
        given().queryParam("name", "x\ty").queryParam("on", "9999-12-31").get("/test/widgets").then()
                .statusCode(SC_OK);
    }

    @Test
    void nulInAPathParameterIs400() {
        Http.problem(given().urlEncodingEnabled(false).get("/test/problems/quarter/2018-19/Q%001").then(),
                SC_BAD_REQUEST, "invalid-character");
    }

    @Test
    void auditDatesOutOfRangeAre400() {
        String auditor = TestTokens.forSubject("auditor-1").roles("auditor").sign();
        ProblemDetail problem = Http.problem(given().header("Authorization", Http.bearer(auditor))
                .queryParam("from", "-9999-01-01").get("/api/v1/audit").then(), SC_BAD_REQUEST, "date-out-of-range");
        assertThat(problem.extension("field")).isEqualTo("from");
        Http.problem(given().header("Authorization", Http.bearer(auditor)).queryParam("to", "+99999-01-01T00:00:00Z")
                .get("/api/v1/audit").then(), SC_BAD_REQUEST, "date-out-of-range");
    }

    @Test
    void aGoodWidgetStillGoesThrough() {
        given().contentType(ContentType.JSON).body(Map.of("name", name, "impact", "MAJOR", "count", 2))
                .post("/test/widgets").then().statusCode(SC_CREATED);
        assertThat(db.count("SELECT count(*) FROM widget WHERE name = ?", name)).isOne();
    }

    private ProblemDetail post(String body, String slug) {
        return Http.problem(given().contentType(ContentType.JSON).body(body).post("/test/widgets").then(),
                SC_BAD_REQUEST, slug);
    }

    private void nothingWritten() {
        assertThat(db.count("SELECT count(*) FROM widget WHERE name LIKE ?", name + "%")).isZero();
        assertThat(db.count("SELECT count(*) FROM widget")).isEqualTo(widgetsBefore);
        assertThat(db.count("SELECT count(*) FROM outbox_event")).isEqualTo(outboxBefore);
    }
}
