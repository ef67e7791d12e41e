package uk.police.wm.rcs.platform.security;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_FORBIDDEN;
import static org.apache.http.HttpStatus.SC_OK;
import static org.apache.http.HttpStatus.SC_UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** A verified bearer token is not verified again while it is valid, and is refused once it has expired. */
@QuarkusTest
class VerifiedTokensHttpTest {

    @Inject
    VerifiedTokens tokens;

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @Test
    void aReusedTokenIsAnsweredFromTheCacheWithTheSameCaller() {
        String token = TestTokens.forSubject("force-system-wmp").forceSystem("WMP").sign();
        long hitsBefore = tokens.stats().hitCount();

        Caller first = me(token);
        Caller second = me(token);
        Caller third = me(token);

        assertThat(tokens.stats().hitCount() - hitsBefore).isEqualTo(2);
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(first.subject()).isEqualTo("force-system-wmp");
        assertThat(first.roles()).contains("force-recorder", "machine");
    }

    @Test
    void aCachedIdentityKeepsItsRoles() {
        String viewer = TestTokens.forSubject("viewer-cached").roles("viewer").sign();
        me(viewer);
        given().header("Authorization", Http.bearer(viewer)).get("/test/security/analyst").then()
                .statusCode(SC_FORBIDDEN);
        String analyst = TestTokens.forSubject("analyst-cached").roles("analyst").sign();
        me(analyst);
        given().header("Authorization", Http.bearer(analyst)).get("/test/security/analyst").then()
                .statusCode(SC_OK);
    }

    @Test
    void aTokenAlteredAfterItWasCachedIsVerifiedAgainAndRefused() {
        String token = TestTokens.forSubject("forger-cached").roles("analyst").sign();
        me(token);
        int dot = token.lastIndexOf('.');
        String tampered = token.substring(0, dot + 1) + "AAAA" + token.substring(dot + 5);
        Http.problem(given().header("Authorization", Http.bearer(tampered)).get("/test/security/analyst").then(),
                SC_UNAUTHORIZED, "unauthorized");
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() {
        Instant expiry = Instant.now().plusSeconds(2);
        String token = TestTokens.forSubject("short-lived").roles("analyst").claim("exp", expiry.getEpochSecond())
                .sign();
        me(token);
        me(token);

        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(10))
                .until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));

        Http.problem(given().header("Authorization", Http.bearer(token)).get("/test/security/me").then(),
                SC_UNAUTHORIZED, "unauthorized");
    }

    private static Caller me(String token) {
        return given().header("Authorization", Http.bearer(token)).get("/test/security/me").then()
                .statusCode(SC_OK).extract().as(Caller.class);
    }
}
