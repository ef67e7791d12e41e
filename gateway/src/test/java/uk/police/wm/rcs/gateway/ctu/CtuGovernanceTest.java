package uk.police.wm.rcs.gateway.ctu;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * CTU activity in the governance view at each caller's clearance and caveats: SECRET and caveated records only for
 * callers cleared for them, a withdrawn (reporting-restricted) operation no longer counted anywhere, the restricted
 * count only for SECRET callers, and the cross-domain 4 P matrix built from the same disclosed figures.
 */
@QuarkusTest
class CtuGovernanceTest {

    private static final String CTU = "/west-midlands/ctu-service";
    private static final String ORDERED = "ctu-governance-test";
    private static final String QUARTER = "2033-34/Q1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String viewer(String clearance, String... caveats) {
        return TestTokens.forSubject("viewer-" + clearance).person(clearance, "governance-viewer").caveats(caveats)
                .sign();
    }

    private static void send(TestEvents events, String type, Map<String, Object> data) {
        events.send("ctu.events", ORDERED, TestEvents.marked(CTU, "uk.police.wm.ctu." + type + ".v1",
                (String) data.getOrDefault("id", "restricted"), data));
    }

    private static String pursue(TestEvents events, String quarter, String motivation, List<String> caveats) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> data = new HashMap<>(Map.of("id", id, "quarter", quarter, "motivation", motivation,
                "status", "ACTIVE", "stage", "EARLY", "subjectsOfInterest", 2, "arrests", 0, "charges", 0,
                "convictions", 0, "classification", "SECRET"));
        data.put("caveats", caveats);
        data.put("version", 1);
        send(events, "pursue-operation.changed", data);
        return id;
    }

    private static void prevent(TestEvents events, String quarter, String motivation) {
        send(events, "prevent-case.changed", new HashMap<>(Map.of("id", UUID.randomUUID().toString(),
                "quarter", quarter, "referralSource", "EDUCATION", "motivation", motivation, "stage", "SCREENING",
                "safeguarding", false, "childProtection", false, "classification", "OFFICIAL_SENSITIVE", "version", 1)));
    }

    private static void protect(TestEvents events, String quarter) {
        send(events, "protect-activity.recorded", new HashMap<>(Map.of("id", UUID.randomUUID().toString(),
                "force", "WMP", "quarter", quarter, "kind", "CTSA_VISIT", "classification", "OFFICIAL")));
    }

    private JsonPath view(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/governance/2033-34/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    private static Object current(JsonPath view, String dimension, String key, String field) {
        return view.get("ctu.figures.activity." + dimension + ".find { it.key == '" + key + "' }.current." + field);
    }

    @Test
    void activityIsDisclosedAtEachCallersClearanceAndCaveats() {
        String secretWithCaveat = viewer("SECRET", "UK_EYES_ONLY");
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 6; i++) {
                pursue(events, QUARTER, "ISLAMIST", List.of());
            }
            pursue(events, QUARTER, "EXTREME_RIGHT_WING", List.of("UK_EYES_ONLY"));
            pursue(events, QUARTER, "EXTREME_RIGHT_WING", List.of("UK_EYES_ONLY"));
            String restricted = pursue(events, QUARTER, "ISLAMIST", List.of());
            send(events, "pursue-operation.withdrawn", new HashMap<>(Map.of("id", restricted,
                    "reason", "REPORTING_RESTRICTED", "classification", "SECRET")));
            send(events, "pursue-restricted.counted", new HashMap<>(Map.of("quarter", QUARTER, "operations", 7,
                    "threshold", 5, "classification", "SECRET")));
            for (int i = 0; i < 5; i++) {
                prevent(events, QUARTER, "ISLAMIST");
            }
            for (int i = 0; i < 3; i++) {
                prevent(events, QUARTER, "EXTREME_RIGHT_WING");
            }
            for (int i = 0; i < 7; i++) {
                protect(events, QUARTER);
            }
            protect(events, "2032-33/Q4");
            protect(events, "2032-33/Q4");
            pursue(events, "2033-34/Q2", "OTHER", List.of()); // marker: applied last
            await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(secretWithCaveat)
                    .when().get("/api/v1/governance/2033-34/Q2").then().extract().jsonPath()
                    .get("ctu.figures.activity.byFourP.find { it.key == 'PURSUE' }.current.value") != null);
        }

        JsonPath full = view(secretWithCaveat);
        assertThat(current(full, "byFourP", "PURSUE", "value")).isEqualTo(8);
        assertThat(current(full, "byFourP", "PREVENT", "value")).isEqualTo(8);
        assertThat(current(full, "byFourP", "PROTECT", "value")).isEqualTo(7);
        assertThat(full.getInt("ctu.figures.activity.byFourP.find { it.key == 'PROTECT' }.previousQuarter.value"))
                .isEqualTo(2);
        assertThat(current(full, "byMotivation", "ISLAMIST", "value")).isEqualTo(11);
        assertThat(current(full, "byMotivation", "EXTREME_RIGHT_WING", "value")).isEqualTo(5);
        assertThat(full.getInt("ctu.figures.activity.restrictedOperations.value")).isEqualTo(7);
        assertThat(full.getList("withheld")).isEmpty();
        assertThat(full.getInt("fourPMatrix.find { it.fourP == 'PURSUE' }.ctu.value")).isEqualTo(8);

        JsonPath noCaveat = view(viewer("SECRET"));
        assertThat(current(noCaveat, "byFourP", "PURSUE", "value")).isEqualTo(6);
        assertThat(noCaveat.getList("withheld.what", String.class)).contains("records with handling caveats");

        JsonPath sensitive = view(viewer("OFFICIAL_SENSITIVE"));
        assertThat(current(sensitive, "byFourP", "PURSUE", "value")).isEqualTo(0);
        assertThat(current(sensitive, "byFourP", "PREVENT", "value")).isEqualTo(8);
        assertThat(sensitive.getBoolean("ctu.figures.activity.restrictedOperations.suppressed")).isTrue();
        assertThat(sensitive.getList("withheld.what", String.class))
                .contains("SECRET records", "reporting-restricted operations");
        assertThat(sensitive.getInt("fourPMatrix.find { it.fourP == 'PURSUE' }.ctu.value")).isZero();
        assertThat(sensitive.getInt("fourPMatrix.find { it.fourP == 'PROTECT' }.ctu.value")).isEqualTo(7);

        // the Prevent cases are OFFICIAL_SENSITIVE: an OFFICIAL reader is counted none of them, only the OFFICIAL
        // Protect activities, and is told what was left out
        JsonPath official = view(viewer("OFFICIAL"));
        assertThat(current(official, "byFourP", "PREVENT", "value")).isEqualTo(0);
        assertThat(current(official, "byMotivation", "EXTREME_RIGHT_WING", "value")).isIn(null, 0);
        assertThat(current(official, "byFourP", "PROTECT", "value")).isEqualTo(7);
        assertThat(official.getList("withheld.what", String.class)).contains("OFFICIAL_SENSITIVE records");
    }
}
