package uk.police.wm.rcs.platform.security;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_FORBIDDEN;
import static org.apache.http.HttpStatus.SC_NOT_FOUND;
import static org.apache.http.HttpStatus.SC_OK;
import static org.apache.http.HttpStatus.SC_UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** The Caller is read from the verified token; 401/403 are problems; visibility hides records as 404. */
@QuarkusTest
class CallerHttpTest {

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @Test
    void callerComesFromTheTokenClaims() {
        String token = TestTokens.forSubject("user-wmc-7").roles("analyst", "rocu").claim("force", "WMC")
                .claim("clearance", "OFFICIAL_SENSITIVE").claim("caveats", List.of("UK_EYES_ONLY", "ROCU_ONLY"))
                .sign();
        Caller caller = given().header("Authorization", Http.bearer(token)).get("/test/security/me")
                .then().statusCode(SC_OK).extract().as(Caller.class);
        assertThat(caller).isEqualTo(new Caller("user-wmc-7", "test-client", Set.of("analyst", "rocu"),
                Optional.of(Force.WMC), Classification.OFFICIAL_SENSITIVE, Set.of("UK_EYES_ONLY", "ROCU_ONLY")));
        assertThat(caller.isMachine()).isFalse();
    }

    @Test
    void machineCallerWithClientIdSingleCaveatAndNoClearance() {
        String token = TestTokens.forSubject("service-account-wmp").roles("machine", "force-system")
                .claim("azp", null).claim("client_id", "wmp-records").claim("force", "WMP")
                .claim("caveats", "UK_EYES_ONLY").sign();
        Caller caller = given().header("Authorization", Http.bearer(token)).get("/test/security/me")
                .then().statusCode(SC_OK).extract().as(Caller.class);
        assertThat(caller.clientId()).isEqualTo("wmp-records");
        assertThat(caller.clearance()).isEqualTo(Classification.OFFICIAL);
        assertThat(caller.caveats()).containsExactly("UK_EYES_ONLY");
        assertThat(caller.force()).contains(Force.WMP);
        assertThat(caller.isMachine()).isTrue();
    }

    @Test
    void unknownClearanceNeverWidensAccess() {
        String token = TestTokens.forSubject("odd").claim("clearance", "TOP_SECRET").claim("force", "NOWHERE").sign();
        Caller caller = given().header("Authorization", Http.bearer(token)).get("/test/security/me")
                .then().statusCode(SC_OK).extract().as(Caller.class);
        assertThat(caller.clearance()).isEqualTo(Classification.OFFICIAL);
        assertThat(caller.force()).isEmpty();
    }

    @Test
    void anonymousGets401ProblemWithBearerChallenge() {
        ValidatableResponse response = given().get("/test/security/me").then();
        Http.problem(response, SC_UNAUTHORIZED, "unauthorized");
        assertThat(response.extract().header("WWW-Authenticate")).startsWith("Bearer");

        ValidatableResponse roles = given().get("/test/security/analyst").then();
        Http.problem(roles, SC_UNAUTHORIZED, "unauthorized");
        assertThat(roles.extract().header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void badTokenGets401Problem() {
        String token = TestTokens.forSubject("forger").roles("analyst").sign();
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(
                token.lastIndexOf('.') + 5);
        ValidatableResponse response = given().header("Authorization", Http.bearer(tampered))
                .get("/test/security/analyst").then();
        Http.problem(response, SC_UNAUTHORIZED, "unauthorized");
        assertThat(response.extract().header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void missingRoleGets403Problem() {
        String token = TestTokens.forSubject("viewer").roles("viewer").sign();
        Http.problem(given().header("Authorization", Http.bearer(token)).get("/test/security/analyst").then(),
                SC_FORBIDDEN, "forbidden");
        String analyst = TestTokens.forSubject("analyst").roles("analyst").sign();
        given().header("Authorization", Http.bearer(analyst)).get("/test/security/analyst").then()
                .statusCode(SC_OK);
    }

    @Test
    void invisibleRecordsAre404EvenForAdmins() {
        String admin = TestTokens.forSubject("admin").roles("admin", "auditor").sign();
        Http.problem(given().header("Authorization", Http.bearer(admin)).queryParam("classification", "SECRET")
                .get("/test/security/record").then(), SC_NOT_FOUND, "not-found");
        Http.problem(given().header("Authorization", Http.bearer(admin)).queryParam("classification", "OFFICIAL")
                .queryParam("caveat", "UK_EYES_ONLY").get("/test/security/record").then(), SC_NOT_FOUND, "not-found");
        given().header("Authorization", Http.bearer(admin)).queryParam("classification", "OFFICIAL")
                .get("/test/security/record").then().statusCode(SC_OK);

        String cleared = TestTokens.forSubject("cleared").claim("clearance", "SECRET")
                .claim("caveats", List.of("UK_EYES_ONLY")).sign();
        given().header("Authorization", Http.bearer(cleared)).queryParam("classification", "SECRET")
                .queryParam("caveat", "UK_EYES_ONLY").get("/test/security/record").then().statusCode(SC_OK);
    }
}
