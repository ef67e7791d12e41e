package uk.police.wm.rcs.platform.problem;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_BAD_REQUEST;
import static org.apache.http.HttpStatus.SC_CONFLICT;
import static org.apache.http.HttpStatus.SC_FORBIDDEN;
import static org.apache.http.HttpStatus.SC_INTERNAL_SERVER_ERROR;
import static org.apache.http.HttpStatus.SC_METHOD_NOT_ALLOWED;
import static org.apache.http.HttpStatus.SC_NOT_ACCEPTABLE;
import static org.apache.http.HttpStatus.SC_NOT_FOUND;
import static org.apache.http.HttpStatus.SC_OK;
import static org.apache.http.HttpStatus.SC_PRECONDITION_FAILED;
import static org.apache.http.HttpStatus.SC_UNPROCESSABLE_ENTITY;
import static org.apache.http.HttpStatus.SC_UNSUPPORTED_MEDIA_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.police.wm.rcs.platform.support.Db;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.platform.support.Widgets;
import uk.police.wm.rcs.platform.testapp.WidgetResponse;

/** Every error case leaves as RFC 9457 problem+json, with nothing written on a failed request. */
@QuarkusTest
class ProblemJsonTest {

    private static final int SC_PRECONDITION_REQUIRED = 428;
    private static final int SC_TOO_MANY_REQUESTS = 429;

    @Inject
    Db db;

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @Test
    void beanValidationListsEachFieldAsTheClientNamedIt() {
        String name = "invalid-" + UUID.randomUUID();
        long outboxBefore = db.count("SELECT count(*) FROM outbox_event");
        ProblemDetail problem = Http.problem(given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "count", -1, "items", List.of(
                        Map.of("date", "2018-04-01", "label", "a"), Map.of("date", "2018-04-02", "label", "b"),
                        Map.of("date", "2018-04-03", "label", "c"), Map.of("label", "d"))))
                .post("/test/widgets").then(), SC_BAD_REQUEST, "validation-failed");

        assertThat(violations(problem)).extracting(v -> v.get("field"))
                .containsExactly("count", "impact", "items[3].date", "name");
        assertThat(violations(problem)).allSatisfy(v -> assertThat((String) v.get("message")).isNotBlank());
        assertThat(db.count("SELECT count(*) FROM widget WHERE name = ?", name)).isZero();
        assertThat(db.count("SELECT count(*) FROM outbox_event")).isEqualTo(outboxBefore);
    }

    @Test
    void missingBodyIsAViolationOfTheBody() {
        ProblemDetail problem = Http.problem(given().contentType(ContentType.JSON).post("/test/widgets").then(),
                SC_BAD_REQUEST, "validation-failed");
        assertThat(violations(problem)).extracting(v -> v.get("field")).containsExactly("request");
    }

    @Test
    void constraintViolationsThrownByAServiceAre400Too() {
        ProblemDetail problem = Http.problem(given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "impact", "MAJOR"))
                .post("/test/widgets/validate-in-service").then(), SC_BAD_REQUEST, "validation-failed");
        assertThat(violations(problem)).extracting(v -> v.get("field")).containsExactly("name");
    }

    @Test
    void queryParameterViolationNamesTheParameter() {
        ProblemDetail problem = Http.problem(given().queryParam("limit", 501).get("/test/problems/limit").then(),
                SC_BAD_REQUEST, "validation-failed");
        assertThat(violations(problem)).extracting(v -> v.get("field")).containsExactly("limit");
    }

    @Test
    void unconvertibleQueryOrPathParameterIs400NotJaxRs404() {
        ProblemDetail query = Http.problem(given().queryParam("limit", "abc").get("/test/problems/limit").then(),
                SC_BAD_REQUEST, "invalid-parameter");
        assertThat(query.detail()).doesNotContain("abc", "NumberFormat", "For input");
        Http.problem(given().get("/test/widgets/not-a-uuid").then(), SC_BAD_REQUEST, "invalid-parameter");
    }

    @Test
    void malformedJsonNamesLineAndColumnWithoutParserInternals() {
        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body("{\n  \"name\": \"x\",\n  \"impact\": MAJOR\n}").post("/test/widgets").then();
        ProblemDetail problem = Http.problem(response, SC_BAD_REQUEST, "malformed-json");
        assertThat(problem.detail()).isEqualTo("The request body is not valid JSON (line 3, column 13).");
        assertThat(response.extract().asString()).doesNotContain("Unrecognized", "token", "jackson", "Exception",
                "WidgetRequest");
    }

    @Test
    void unknownEnumValueNamesTheFieldAndListsTheAllowedValues() {
        ProblemDetail problem = Http.problem(given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "impact", "HUGE")).post("/test/widgets").then(),
                SC_BAD_REQUEST, "invalid-value");
        assertThat(problem.extension("field")).isEqualTo("impact");
        assertThat(problem.extension("allowedValues")).isEqualTo(List.of("MAJOR", "MODERATE", "MINOR", "NONE",
                "NEGATIVE"));
        assertThat(problem.detail()).contains("'HUGE'", "impact", "MAJOR, MODERATE, MINOR, NONE, NEGATIVE");
    }

    @Test
    void wrongFieldTypeNamesTheField() {
        ProblemDetail problem = Http.problem(given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "impact", "MAJOR", "count", "many")).post("/test/widgets").then(),
                SC_BAD_REQUEST, "invalid-type");
        assertThat(problem.extension("field")).isEqualTo("count");
        assertThat(problem.detail()).isEqualTo("The field 'count' must be an integer.");

        ProblemDetail nested = Http.problem(given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "impact", "MAJOR", "items", List.of(Map.of("date", "soon", "label", "a"))))
                .post("/test/widgets").then(), SC_BAD_REQUEST, "invalid-type");
        assertThat(nested.extension("field")).isEqualTo("items[0].date");
    }

    @Test
    void wrongMediaTypeIs415() {
        Http.problem(given().contentType(ContentType.TEXT).body("name=x").post("/test/widgets").then(),
                SC_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    }

    @Test
    void unacceptableMediaTypeIs406() {
        Http.problem(given().accept(ContentType.XML).get("/test/widgets/" + UUID.randomUUID()).then(),
                SC_NOT_ACCEPTABLE, "not-acceptable");
    }

    @Test
    void notFoundFromAServiceAndForAnUnknownPath() {
        UUID id = UUID.randomUUID();
        ProblemDetail problem = Http.problem(given().get("/test/widgets/" + id).then(), SC_NOT_FOUND, "not-found");
        assertThat(problem.detail()).isEqualTo("No widget " + id + ".");
        assertThat(problem.instance()).isEqualTo("/test/widgets/" + id);

        Http.problem(given().get("/test/no-such-resource").then(), SC_NOT_FOUND, "not-found");
        Http.problem(given().get("/nothing/here/at/all").then(), SC_NOT_FOUND, "not-found");
    }

    @Test
    void methodNotAllowedIs405() {
        ProblemDetail problem = Http.problem(given().delete("/test/widgets/" + UUID.randomUUID()).then(),
                SC_METHOD_NOT_ALLOWED, "method-not-allowed");
        assertThat(problem.detail()).startsWith("Method DELETE is not allowed here");
    }

    @Test
    void problemsServicesRaise() {
        Http.problem(given().get("/test/problems/status/400").then(), SC_BAD_REQUEST, "bad-request");
        Http.problem(given().get("/test/problems/status/403").then(), SC_FORBIDDEN, "forbidden");
        Http.problem(given().get("/test/problems/status/409").then(), SC_CONFLICT, "conflict");
        Http.problem(given().get("/test/problems/status/412").then(), SC_PRECONDITION_FAILED, "precondition-failed");
        Http.problem(given().get("/test/problems/status/422").then(), SC_UNPROCESSABLE_ENTITY, "unprocessable");
        Http.problem(given().get("/test/problems/status/428").then(), SC_PRECONDITION_REQUIRED,
                "precondition-required");
        ValidatableResponse tooMany = given().get("/test/problems/status/429").then();
        Http.problem(tooMany, SC_TOO_MANY_REQUESTS, "too-many-requests");
        assertThat(tooMany.extract().header("Retry-After")).isEqualTo("30");
    }

    @Test
    void ifMatchMissingIs428MismatchIs412MatchUpdates() {
        WidgetResponse widget = Widgets.create("etag-" + UUID.randomUUID());
        String path = "/test/widgets/" + widget.id() + "/name";

        Http.problem(given().contentType(ContentType.JSON).body(Map.of("name", "renamed-" + widget.id()))
                .put(path).then(), SC_PRECONDITION_REQUIRED, "precondition-required");
        Http.problem(given().contentType(ContentType.JSON).header("If-Match", "\"" + (widget.version() + 1) + "\"")
                .body(Map.of("name", "renamed-" + widget.id())).put(path).then(),
                SC_PRECONDITION_FAILED, "precondition-failed");
        String etag = given().contentType(ContentType.JSON).header("If-Match", "\"" + widget.version() + "\"")
                .body(Map.of("name", "renamed-" + widget.id())).put(path)
                .then().statusCode(SC_OK).extract().header("ETag");
        assertThat(etag).isEqualTo("\"" + (widget.version() + 1) + "\"");
        assertThat(db.count("SELECT count(*) FROM widget WHERE name = ?", "renamed-" + widget.id())).isOne();
    }

    @Test
    void uniqueViolationIs409WithoutSqlText() {
        String name = "unique-" + UUID.randomUUID();
        Widgets.create(name);
        long outboxBefore = db.count("SELECT count(*) FROM outbox_event");
        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "impact", "MINOR")).post("/test/widgets").then();
        Http.problem(response, SC_CONFLICT, "conflict");
        assertThat(response.extract().asString()).doesNotContain("widget_name", "duplicate", "SQL", "Exception");
        assertThat(db.count("SELECT count(*) FROM widget WHERE name = ?", name)).isOne();
        assertThat(db.count("SELECT count(*) FROM outbox_event")).isEqualTo(outboxBefore);
    }

    @Test
    void anExhaustedConnectionPoolIs503WithRetryAfter() {
        ValidatableResponse response = given().get("/test/problems/pool-exhausted").then();
        Http.problem(response, 503, "unavailable");
        assertThat(response.extract().header("Retry-After")).isEqualTo("1");
        assertThat(response.extract().asString()).doesNotContain("Acquisition", "SQL", "Exception");
    }

    @Test
    void unexpectedErrorIs500WithCorrelationIdAndNoInternals() {
        ValidatableResponse response = given().header("X-Correlation-Id", "boom-test-1").get("/test/problems/boom")
                .then();
        ProblemDetail problem = Http.problem(response, SC_INTERNAL_SERVER_ERROR, "internal-error");
        assertThat(problem.correlationId()).isEqualTo("boom-test-1");
        assertThat(problem.detail()).contains("boom-test-1");
        assertThat(response.extract().asString()).doesNotContain("jdbc", "secret", "com.example", "Exception",
                "IllegalState", "at uk.");
    }

    @Test
    void failureAfterAWriteRollsEverythingBack() {
        String name = "rolled-back-" + UUID.randomUUID();
        long outboxBefore = db.count("SELECT count(*) FROM outbox_event");
        long auditBefore = db.count("SELECT count(*) FROM audit_log");
        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "impact", "MAJOR")).post("/test/widgets/fail").then();
        Http.problem(response, SC_INTERNAL_SERVER_ERROR, "internal-error");
        assertThat(response.extract().asString()).doesNotContain("SELECT", "secret");
        assertThat(db.count("SELECT count(*) FROM widget WHERE name = ?", name)).isZero();
        assertThat(db.count("SELECT count(*) FROM outbox_event")).isEqualTo(outboxBefore);
        assertThat(db.count("SELECT count(*) FROM audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void helpersRaiseProblemsThroughHttp() {
        Http.problem(given().queryParam("limit", "lots").get("/test/problems/numbers").then(), SC_BAD_REQUEST,
                "invalid-limit");
        Http.problem(given().queryParam("limit", 501).get("/test/problems/numbers").then(), SC_BAD_REQUEST,
                "invalid-limit");
        Http.problem(given().queryParam("cursor", "garbage").get("/test/problems/numbers").then(), SC_BAD_REQUEST,
                "invalid-cursor");
        Http.problem(given().get("/test/problems/quarter/2018-20/Q1").then(), SC_BAD_REQUEST,
                "invalid-financial-quarter");
        assertThat(given().get("/test/problems/quarter/2018-19/Q2").then().statusCode(SC_OK).extract().asString())
                .isEqualTo("\"2018-19/Q2\"");
    }

    @Test
    void cursorPaginationWalksEveryItemOnce() {
        List<Integer> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Map<String, Object> page = request.get("/test/problems/numbers").then().statusCode(SC_OK)
                    .extract().as(new io.restassured.common.mapper.TypeRef<Map<String, Object>>() {
                    });
            @SuppressWarnings("unchecked")
            List<Integer> items = (List<Integer>) page.get("items");
            seen.addAll(items);
            cursor = (String) page.get("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(120).doesNotHaveDuplicates().isSorted();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(ProblemDetail problem) {
        return (List<Map<String, Object>>) problem.extension("violations");
    }
}
