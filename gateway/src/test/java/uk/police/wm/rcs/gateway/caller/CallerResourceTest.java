package uk.police.wm.rcs.gateway.caller;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.caller.CallerResource.CallerView;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** An integrator sees how its token is read; without a valid token it gets a 401 problem. */
@QuarkusTest
class CallerResourceTest {

    @Test
    void aForceSystemSeesItsForceRolesAndClearance() {
        CallerView me = given().auth().oauth2(TestTokens.forSubject("svc-war").forceSystem("WAR").sign())
                .when().get("/api/v1/me")
                .then().statusCode(HttpStatus.SC_OK).extract().as(CallerView.class);

        assertThat(me.force()).isEqualTo("WAR");
        assertThat(me.clientId()).isEqualTo("force-war");
        assertThat(me.roles()).containsExactly("force-recorder", "machine");
        assertThat(me.clearance()).isEqualTo("OFFICIAL_SENSITIVE");
    }

    @Test
    void aPersonWithoutAClearanceClaimIsOfficialOnly() {
        CallerView me = given().auth().oauth2(TestTokens.forSubject("viewer").roles("governance-viewer").sign())
                .when().get("/api/v1/me")
                .then().statusCode(HttpStatus.SC_OK).extract().as(CallerView.class);

        assertThat(me.clearance()).isEqualTo("OFFICIAL");
        assertThat(me.force()).isNull();
        assertThat(me.caveats()).isEmpty();
    }

    @Test
    void noTokenOrATokenForAnotherAudienceIsRefused() {
        given().when().get("/api/v1/me")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forSubject("other").claim("aud", "another-api").roles("admin").sign())
                .when().get("/api/v1/me")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED).contentType("application/problem+json");
    }
}
