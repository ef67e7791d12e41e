package uk.police.wm.rcs.stack.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.wm.rcs.stack.KeycloakTokens;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real Keycloak with the west-midlands realm issues the tokens the services rely on, and refuses the rest. */
class KeycloakTestServerTest {

    private static KeycloakTestServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakTestServer.get();
    }

    @Test
    void forceSystemGetsAClientCredentialsTokenWithItsForceClearanceRoleAndAudience() {
        Map<String, Object> claims = KeycloakTokens.claims(keycloak.clientToken("force-wmp"));

        assertThat(claims).containsEntry("force", "WMP")
                .containsEntry("clearance", "OFFICIAL_SENSITIVE")
                .containsEntry("iss", keycloak.realmUrl())
                .containsEntry("azp", "force-wmp");
        assertThat(realmRoles(claims)).containsExactlyInAnyOrder("force-recorder", "machine");
        assertThat(audiences(claims)).contains("rcs-services");
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()).isEqualTo(900);
    }

    @ParameterizedTest
    @CsvSource({"force-wmc,WMC", "force-war,WAR", "force-sta,STA"})
    void everyForceClientCarriesItsOwnForce(String clientId, String force) {
        Map<String, Object> claims = KeycloakTokens.claims(keycloak.clientToken(clientId));

        assertThat(claims).containsEntry("force", force).containsEntry("clearance", "OFFICIAL_SENSITIVE");
        assertThat(realmRoles(claims)).containsExactlyInAnyOrder("force-recorder", "machine");
        assertThat(audiences(claims)).contains("rcs-services");
    }

    @Test
    void partnerRegionIsOfficialOnlyWithNoForce() {
        Map<String, Object> claims = KeycloakTokens.claims(keycloak.clientToken("region-partner-em"));

        assertThat(claims).containsEntry("clearance", "OFFICIAL").doesNotContainKey("force");
        assertThat(realmRoles(claims)).containsExactlyInAnyOrder("region-partner", "machine");
        assertThat(audiences(claims)).contains("rcs-services");
    }

    @Test
    void userPasswordGrantCarriesClearanceCaveatsRoleAndAudience() {
        Map<String, Object> claims = KeycloakTokens.claims(keycloak.token("ctu.officer"));

        assertThat(claims).containsEntry("clearance", "SECRET")
                .containsEntry("preferred_username", "ctu.officer")
                .containsEntry("caveats", List.of("UK_EYES_ONLY"))
                .containsEntry("iss", keycloak.realmUrl());
        assertThat(realmRoles(claims)).contains("ctu-officer").doesNotContain("admin", "machine");
        assertThat(audiences(claims)).contains("rcs-services");
    }

    @Test
    void adminHoldsEveryPeopleRoleButOnlyOfficialClearance() {
        Map<String, Object> claims = KeycloakTokens.claims(keycloak.token("admin"));

        assertThat(claims).containsEntry("clearance", "OFFICIAL").doesNotContainKey("caveats");
        assertThat(realmRoles(claims)).contains("admin", "rocu-analyst", "moderator", "ctu-officer", "cyber-officer",
                "governance-viewer", "governance-secretariat", "auditor")
                .doesNotContain("force-recorder", "region-partner");
    }

    @ParameterizedTest
    @CsvSource({
            "rocu.analyst,rocu-analyst,OFFICIAL_SENSITIVE",
            "rocu.moderator,moderator,OFFICIAL_SENSITIVE",
            "ctu.officer.os,ctu-officer,OFFICIAL_SENSITIVE",
            "cyber.officer,cyber-officer,OFFICIAL_SENSITIVE",
            "gov.viewer,governance-viewer,OFFICIAL",
            "gov.viewer.secret,governance-viewer,SECRET",
            "gov.secretariat,governance-secretariat,SECRET",
            "auditor,auditor,OFFICIAL_SENSITIVE",
            "records.reviewer,records-reviewer,SECRET"})
    void everySyntheticUserCanSignInWithTheirRoleAndClearance(String username, String role, String clearance) {
        Map<String, Object> claims = KeycloakTokens.claims(keycloak.token(username));

        assertThat(claims).containsEntry("clearance", clearance).containsEntry("preferred_username", username);
        assertThat(realmRoles(claims)).contains(role);
        assertThat(audiences(claims)).contains("rcs-services");
    }

    @Test
    void wrongSecretWrongPasswordAndPasswordGrantOnAForceClientAreRefused() {
        KeycloakTokens tokens = keycloak.tokens();

        assertThatThrownBy(() -> tokens.passwordGrant("rcs-cli", "rocu.analyst", "not-the-password"))
                .hasMessageContaining("HTTP 401");
        assertThatThrownBy(() -> tokens.passwordGrant("force-wmp", "rocu.analyst", "rocu.analyst"))
                .hasMessageContaining("HTTP 401");
        assertThatThrownBy(() -> tokens.passwordGrant("governance-web", "rocu.analyst", "rocu.analyst"))
                .hasMessageContaining("unauthorized_client");
    }

    @ParameterizedTest
    @ValueSource(strings = {"force-wmp", "region-partner-em"})
    void developmentSecretsFollowTheNamingConvention(String clientId) {
        assertThat(KeycloakTokens.clientSecret(clientId)).isEqualTo("dev-" + clientId + "-secret");
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(Map<String, Object> claims) {
        return (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
    }

    private static List<Object> audiences(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? List.copyOf(list) : List.of(aud);
    }
}
