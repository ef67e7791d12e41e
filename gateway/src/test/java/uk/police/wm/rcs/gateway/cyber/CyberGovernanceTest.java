package uk.police.wm.rcs.gateway.cyber;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.gateway.boardpack.PackHtml;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The cyber part of the governance view from known referral events: counts by class and outcome, a triage
 * correction moving a referral between outcomes, median and 90th percentile of time to triage worked out by hand,
 * victim-contact rate counting each victim once, and none of the OFFICIAL_SENSITIVE referrals counted for an OFFICIAL
 * caller.
 */
@QuarkusTest
class CyberGovernanceTest {

    private static final String CYBER = "/west-midlands/cyber-service";
    private static final String ORDERED = "cyber-governance-test";
    private static final String SENSITIVE_VIEWER = TestTokens.forSubject("gov-os")
            .person("OFFICIAL_SENSITIVE", "governance-viewer").sign();
    private static final String OFFICIAL_VIEWER = TestTokens.forSubject("gov-o")
            .person("OFFICIAL", "governance-viewer").sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Sends a referral event marked as the referral is (OFFICIAL_SENSITIVE, no caveats), in headers and data. */
    private static void send(TestEvents events, String type, Map<String, Object> data) {
        data.put("classification", "OFFICIAL_SENSITIVE");
        events.send("cyber.events", ORDERED, TestEvents.marked(CYBER, "uk.police.wm.cyber.referral." + type + ".v1",
                (String) data.get("id"), data));
    }

    private static String received(TestEvents events, String crimeClass, String receivedAt) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> data = new HashMap<>();
        data.put("id", id);
        data.put("actionFraudReference", "NFRC" + id.substring(0, 8));
        data.put("source", "ACTION_FRAUD");
        data.put("force", "WMP");
        data.put("crimeClass", crimeClass);
        data.put("victimType", "INDIVIDUAL");
        data.put("vulnerableVictim", false);
        data.put("reportedLoss", 100.0);
        data.put("receivedAt", receivedAt);
        data.put("contactDueBy", null);
        send(events, "received", data);
        return id;
    }

    private static void triaged(TestEvents events, String id, String outcome, int hours) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", id);
        data.put("force", "WMP");
        data.put("crimeClass", "CYBER_ENABLED");
        data.put("outcome", outcome);
        data.put("receivingUnit", null);
        data.put("receivedAt", "2032-05-10T10:00:00Z");
        data.put("triagedAt", "2032-05-11T10:00:00Z");
        data.put("hoursToTriage", hours);
        send(events, "triaged", data);
    }

    private static void contacted(TestEvents events, String id) {
        send(events, "victim-contacted", new HashMap<>(Map.of("id", id, "force", "WMP", "vulnerableVictim", false,
                "contactedOn", "2032-05-12", "withinDeadline", true)));
    }

    private JsonPath view(String token, String fy, String quarter) {
        return given().auth().oauth2(token).when().get("/api/v1/governance/" + fy + "/" + quarter)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    private static Object figure(JsonPath view, String dimension, String key, String field) {
        return view.get("cyber.figures." + dimension + ".find { it.key == '" + key + "' }.current." + field);
    }

    @Test
    void referralFiguresTimeToTriageAndVictimContactFromKnownData() {
        List<String> ids = new ArrayList<>();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 5; i++) {
                received(events, "CYBER_ENABLED", "2032-02-01T09:00:00Z"); // 2031-32 Q4, never triaged
            }
            for (int i = 0; i < 10; i++) {
                ids.add(received(events, i < 6 ? "CYBER_ENABLED" : "CYBER_DEPENDENT", "2032-05-10T10:00:00Z"));
            }
            int[] hours = {2, 4, 4, 6, 10, 12, 20, 50};
            String[] outcomes = {"ECU_INVESTIGATION", "ECU_INVESTIGATION", "ECU_INVESTIGATION", "FORCE_CID",
                    "FORCE_CID", "FORCE_CID", "FORCE_CID", "FORCE_CID"};
            for (int i = 0; i < hours.length; i++) {
                triaged(events, ids.get(i), outcomes[i], hours[i]);
            }
            triaged(events, ids.get(0), "NO_FURTHER_ACTION", 99); // a second triage is not a new one
            send(events, "triage-corrected", new HashMap<>(Map.of("id", ids.get(7), "force", "WMP",
                    "previousOutcome", "FORCE_CID", "outcome", "VICTIM_CARE_ONLY", "correction", 1)));
            for (int i = 0; i < 7; i++) {
                contacted(events, ids.get(i));
            }
            contacted(events, ids.get(0)); // the same victim again
            String marker = received(events, "CYBER_ENABLED", "2032-08-01T09:00:00Z"); // 2032-33 Q2
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    figure(view(SENSITIVE_VIEWER, "2032-33", "Q2"), "referralsByClass", "CYBER_ENABLED", "value") != null);
            assertThat(marker).isNotBlank();
        }

        JsonPath view = view(SENSITIVE_VIEWER, "2032-33", "Q1");
        assertThat(figure(view, "referralsByClass", "CYBER_ENABLED", "value")).isEqualTo(6);
        assertThat(figure(view, "referralsByClass", "CYBER_DEPENDENT", "value")).isEqualTo(4);
        assertThat(view.getInt("cyber.figures.referralsByClass.find { it.key == 'CYBER_ENABLED' }"
                + ".previousQuarter.value")).isEqualTo(5);
        assertThat(figure(view, "referralsByOutcome", "ECU_INVESTIGATION", "value")).isEqualTo(3);
        assertThat(figure(view, "referralsByOutcome", "FORCE_CID", "value")).isEqualTo(4);
        assertThat(figure(view, "referralsByOutcome", "VICTIM_CARE_ONLY", "value")).isEqualTo(1);
        assertThat(figure(view, "referralsByOutcome", "NOT_TRIAGED", "value")).isEqualTo(2);
        assertThat(figure(view, "referralsByOutcome", "NO_FURTHER_ACTION", "value")).isNull();

        // 8 triaged, sorted hours 2 4 4 6 10 12 20 50: median at h = 3.5 is 6 + 0.5 * 4 = 8;
        // 90th percentile at h = 6.3 is 20 + 0.3 * 30 = 29
        assertThat(view.getInt("cyber.figures.timeToTriage.current.triaged.value")).isEqualTo(8);
        assertThat(view.getDouble("cyber.figures.timeToTriage.current.medianHours")).isEqualTo(8.0);
        assertThat(view.getDouble("cyber.figures.timeToTriage.current.p90Hours")).isEqualTo(29.0);
        assertThat(view.getInt("cyber.figures.timeToTriage.previousQuarter.triaged.value")).isZero();
        assertThat(view.getDouble("cyber.figures.victimContact.current.rate")).isEqualTo(0.7);
        assertThat(view.getInt("cyber.figures.victimContact.current.contacted.value")).isEqualTo(7);

        // these referrals are OFFICIAL_SENSITIVE: an OFFICIAL reader is counted none of them, and is told so
        JsonPath official = view(OFFICIAL_VIEWER, "2032-33", "Q1");
        assertThat(figure(official, "referralsByClass", "CYBER_ENABLED", "value")).isIn(null, 0);
        assertThat(figure(official, "referralsByClass", "CYBER_DEPENDENT", "value")).isIn(null, 0);
        assertThat(figure(official, "referralsByOutcome", "ECU_INVESTIGATION", "value")).isIn(null, 0);
        assertThat(official.getList("withheld.findAll { it.section == 'cyber' }.what", String.class))
                .contains("OFFICIAL_SENSITIVE records");
    }

    @Test
    void theDigitalPcsosReachByMonthIsTheLastReportForEachMonthOfTheQuarterInTheApiAndThePack() {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            pcso(events, "2036-10", 100, Map.of("SCHOOLS", 2));
            pcso(events, "2036-11", 80, Map.of("SMES", 1, "BANKS", 1));
            pcso(events, "2037-01", 50, Map.of("SCHOOLS", 1)); // next quarter
            pcso(events, "2036-13", 70, Map.of()); // not a month: set aside
            pcso(events, "2036-10", 120, Map.of("SCHOOLS", 2, "COUNCILS", 1)); // a revision replaces the month
            await().atMost(Duration.ofSeconds(30)).until(() -> List.of(120, 80).equals(view(OFFICIAL_VIEWER,
                    "2036-37", "Q3").getList("cyber.figures.pcsoReachByMonth.reach.value", Integer.class)));
        }
        JsonPath official = view(OFFICIAL_VIEWER, "2036-37", "Q3");
        assertThat(official.getList("cyber.figures.pcsoReachByMonth.month", String.class))
                .containsExactly("2036-10", "2036-11");
        assertThat(official.getList("cyber.figures.pcsoReachByMonth.reach.value", Integer.class))
                .containsExactly(120, 80);
        assertThat(official.getList("cyber.figures.pcsoReachByMonth.events.value", Integer.class))
                .containsExactly(3, 2);
        String pack = given().auth().oauth2(OFFICIAL_VIEWER).accept("text/html")
                .when().get("/api/v1/board-pack/2036-37/Q3").then().statusCode(HttpStatus.SC_OK).extract().asString();
        assertThat(pack).containsPattern(PackHtml.row("2036-10", "120", "3"))
                .containsPattern(PackHtml.row("2036-11", "80", "2")).contains("alt=\"Digital PCSO reach by month")
                // no row for January (the page now also prints each table's query, whose dates may name 2037-01-01)
                .doesNotContain("data-key=\"2037-01\"").doesNotContain("January 2037");
    }

    private static void pcso(TestEvents events, String month, int reach, Map<String, Integer> byAudience) {
        events.send("cyber.events", month, TestEvents.marked(CYBER, "uk.police.wm.cyber.pcso-month.reported.v1", month,
                Map.of("month", month, "reach", reach, "events", byAudience, "classification", "OFFICIAL")));
    }
}
