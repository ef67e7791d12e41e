package uk.police.wm.rcs.platform.metrics;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_NOT_FOUND;
import static org.apache.http.HttpStatus.SC_OK;
import static org.apache.http.HttpStatus.SC_UNAUTHORIZED;
import static org.apache.http.HttpStatus.SC_UNPROCESSABLE_ENTITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.stack.testing.ExposedMetrics;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** Need-to-know refusals and refused bearer tokens move their counters on /q/metrics, by rule and by reason. */
@QuarkusTest
class SecurityMetricsTest {

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @Test
    void aHiddenRecordIsCountedAsANeedToKnowRefusal() {
        String official = TestTokens.forSubject("reader-official").person("OFFICIAL", "analyst").sign();
        double before = refusals("hidden-record");
        double marking = refusals("marking-above-clearance");

        given().header("Authorization", Http.bearer(official)).queryParam("classification", "SECRET")
                .get("/test/security/record").then().statusCode(SC_NOT_FOUND);

        assertThat(refusals("hidden-record")).isEqualTo(before + 1);
        assertThat(refusals("marking-above-clearance")).isEqualTo(marking);
        // a record the caller may see is no refusal
        given().header("Authorization", Http.bearer(official)).queryParam("classification", "OFFICIAL")
                .get("/test/security/record").then().statusCode(SC_OK);
        assertThat(refusals("hidden-record")).isEqualTo(before + 1);
    }

    @Test
    void aMarkingAboveTheWritersClearanceIsCountedAsANeedToKnowRefusal() {
        String official = TestTokens.forSubject("writer-official").person("OFFICIAL", "analyst").sign();
        double before = refusals("marking-above-clearance");

        given().header("Authorization", Http.bearer(official)).queryParam("classification", "SECRET")
                .post("/test/security/mark").then().statusCode(SC_UNPROCESSABLE_ENTITY);
        given().header("Authorization", Http.bearer(official)).queryParam("classification", "OFFICIAL")
                .post("/test/security/mark").then().statusCode(SC_OK);

        assertThat(refusals("marking-above-clearance")).isEqualTo(before + 1);
    }

    @Test
    void refusedTokensAreCountedByReason() {
        String expired = TestTokens.forSubject("expired-caller").roles("analyst")
                .claim("exp", Instant.now().minusSeconds(3600).getEpochSecond()).sign();
        String valid = TestTokens.forSubject("tampered-caller").roles("analyst").sign();
        int dot = valid.lastIndexOf('.');
        String badSignature = valid.substring(0, dot + 1) + "AAAA" + valid.substring(dot + 5);
        double expiredBefore = tokenFailures("expired");
        double signatureBefore = tokenFailures("bad-signature");

        given().header("Authorization", Http.bearer(expired)).get("/test/security/me").then()
                .statusCode(SC_UNAUTHORIZED);
        given().header("Authorization", Http.bearer(badSignature)).get("/test/security/me").then()
                .statusCode(SC_UNAUTHORIZED);
        given().header("Authorization", Http.bearer(valid)).get("/test/security/me").then().statusCode(SC_OK);

        assertThat(tokenFailures("expired")).isEqualTo(expiredBefore + 1);
        assertThat(tokenFailures("bad-signature")).isEqualTo(signatureBefore + 1);
    }

    private static double refusals(String rule) {
        return ExposedMetrics.value(scrape(), "rcs_need_to_know_refusals_total", "rule=\"" + rule + "\"");
    }

    private static double tokenFailures(String reason) {
        return ExposedMetrics.value(scrape(), "rcs_token_verification_failures_total", "reason=\"" + reason + "\"");
    }

    static String scrape() {
        return given().get("/q/metrics").then().statusCode(SC_OK).extract().asString();
    }
}
