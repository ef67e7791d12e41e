package uk.police.wm.rcs.gateway.frontdoor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The front door over real HTTP. In this test the ctu route points back at this gateway (a real service behind the
 * door, answering {@code /api/v1/me}), and the rocu route at a port where nothing listens.
 */
@QuarkusTest
class FrontDoorTest {

    private static final String FORCE = TestTokens.forSubject("svc-sta").forceSystem("STA").sign();

    @Test
    void passesTheCallersTokenAndCorrelationIdThrough() {
        Response response = given().auth().oauth2(FORCE).header("X-Correlation-Id", "front-door-1")
                .when().get("/api/v1/ctu/me");

        assertThat(response.statusCode()).isEqualTo(HttpStatus.SC_OK);
        assertThat(response.jsonPath().getString("force")).isEqualTo("STA");
        assertThat(response.header("X-Correlation-Id")).isEqualTo("front-door-1");
    }

    @Test
    void refusesWithoutATokenBeforeForwarding() {
        given().when().get("/api/v1/ctu/me")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED).contentType("application/problem+json");
    }

    @Test
    void aServiceThatDoesNotAnswerIsA503ProblemWithRetryAfter() {
        Response response = given().auth().oauth2(FORCE).when().get("/api/v1/rocu/disruptions");

        assertThat(response.statusCode()).isEqualTo(HttpStatus.SC_SERVICE_UNAVAILABLE);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.jsonPath().getString("detail")).contains("rocu").doesNotContain("127.0.0.1");
    }

    @Test
    void hostileBodiesComeBackAsTheServicesProblemNotA5xx() {
        // the route's service (this gateway, for the test) reads the body with the platform's rules
        given().auth().oauth2(FORCE).contentType("application/json").body("{\"text\":\"fine\"}")
                .when().post("/api/v1/ctu/test-json-echo").then().statusCode(HttpStatus.SC_CREATED);
        assertProblem(given().auth().oauth2(FORCE).contentType("application/json").body("{\"text\":\"a\\u0000b\"}")
                .when().post("/api/v1/ctu/test-json-echo"), "invalid-character", "text");
        assertProblem(given().auth().oauth2(FORCE).contentType("application/json")
                .body("{\"text\":\"fine\",\"colour\":\"red\"}").when().post("/api/v1/ctu/test-json-echo"),
                "unknown-field", "colour");
    }

    private static void assertProblem(Response response, String slug, String field) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(HttpStatus.SC_BAD_REQUEST);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("https://rcs.wm.police.uk/problems/" + slug);
        assertThat(response.jsonPath().getString("field")).isEqualTo(field);
    }

    @Test
    void neverForwardsOutsideTheServicesApi() {
        given().auth().oauth2(FORCE).when().get("/api/v1/ctu/..%2F..%2Fq%2Fmetrics")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(FORCE).when().get("/api/v1/payroll/anything")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
    }

    @Test
    void publishesEachServicesContractWithFrontDoorPaths() {
        Response response = given().when().get("/api/v1/ctu/openapi");

        assertThat(response.statusCode()).isEqualTo(HttpStatus.SC_OK);
        assertThat(response.jsonPath().getMap("paths")).containsKey("/api/v1/ctu/me")
                .doesNotContainKey("/api/v1/me");
    }
}
