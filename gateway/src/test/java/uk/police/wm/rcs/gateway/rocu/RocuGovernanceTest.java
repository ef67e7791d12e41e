package uk.police.wm.rcs.gateway.rocu;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.wm.rcs.gateway.RocuEventData.claim;
import static uk.police.wm.rcs.gateway.RocuEventData.moderation;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The ROCU part of the governance view from known events on the real broker: only approved and downgraded
 * disruptions count, trends against the previous quarter and the year before, duplicates never count twice, and
 * each caller gets only what its clearance covers. Each test uses its own financial year.
 */
@QuarkusTest
class RocuGovernanceTest {

    private static final String ROCU = "/west-midlands/rocu-service";
    /** One key for every event of these tests: one partition, so they apply in the order sent. */
    private static final String ORDERED = "rocu-governance-test";
    private static final String SENSITIVE_VIEWER = TestTokens.forSubject("gov-os")
            .person("OFFICIAL_SENSITIVE", "governance-viewer").sign();
    private static final String OFFICIAL_VIEWER = TestTokens.forSubject("gov-o")
            .person("OFFICIAL", "governance-viewer").sign();
    private static final String SECRET_VIEWER = TestTokens.forSubject("gov-s")
            .person("SECRET", "governance-viewer").sign();

    private static final SecurityMarking SENSITIVE = SecurityMarking.of(Classification.OFFICIAL_SENSITIVE);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Claims and moderates one disruption; returns its id. */
    private static String approved(TestEvents events, String quarter, String crimeType, String impact, String force,
            String classification) {
        return RocuEventData.approved(events, ORDERED, quarter, crimeType, impact, force, classification);
    }

    private JsonPath view(String token, String fy, String quarter) {
        return given().auth().oauth2(token).when().get("/api/v1/governance/" + fy + "/" + quarter)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    private static Long trend(JsonPath view, String dimension, String key, String period) {
        return asLong(view.get("rocu.figures.approvedDisruptions." + dimension + ".find { it.key == '" + key + "' }."
                + period + ".value"));
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    @Test
    void countsApprovedAndDowngradedWithTrendsAndNeverTwice() {
        String duplicateId;
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            // 2030-31 Q2: 6 approved drugs; Q1: 2; 2029-30 Q2: 1
            for (int i = 0; i < 6; i++) {
                approved(events, "2030-31/Q2", "DRUGS", "MAJOR", "WMP", "OFFICIAL_SENSITIVE");
            }
            approved(events, "2030-31/Q1", "DRUGS", "MAJOR", "WMP", "OFFICIAL_SENSITIVE");
            approved(events, "2030-31/Q1", "DRUGS", "MAJOR", "WMP", "OFFICIAL_SENSITIVE");
            approved(events, "2029-30/Q2", "DRUGS", "MAJOR", "WMP", "OFFICIAL_SENSITIVE");

            // downgraded counts at its moderated impact; rejected and still-claimed do not count
            String downgraded = UUID.randomUUID().toString();
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.disruption.claimed.v1", downgraded,
                    claim(downgraded, 1, "2030-31/Q2", "FIREARMS", "MAJOR", "STA", "OFFICIAL_SENSITIVE")));
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.disruption.moderated.v1", downgraded,
                    moderation(downgraded, 2, "2030-31/Q2", "DOWNGRADE", "DOWNGRADED", "MAJOR", "MINOR", SENSITIVE)));
            String rejected = UUID.randomUUID().toString();
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.disruption.claimed.v1", rejected,
                    claim(rejected, 1, "2030-31/Q2", "FIREARMS", "MAJOR", "STA", "OFFICIAL_SENSITIVE")));
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.disruption.moderated.v1", rejected,
                    moderation(rejected, 2, "2030-31/Q2", "REJECT", "REJECTED", "MAJOR", null, SENSITIVE)));
            String pending = UUID.randomUUID().toString();
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.disruption.claimed.v1", pending,
                    claim(pending, 1, "2030-31/Q2", "FIREARMS", "MAJOR", "WAR", "OFFICIAL_SENSITIVE")));

            // the same approval delivered again (a new CloudEvents id, the same version) and an old version replayed
            duplicateId = approved(events, "2030-31/Q2", "DRUGS", "MAJOR", "WMP", "OFFICIAL_SENSITIVE");
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.disruption.moderated.v1", duplicateId,
                    moderation(duplicateId, 2, "2030-31/Q2", "APPROVE", "APPROVED", "MAJOR", "MAJOR", SENSITIVE)));
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.disruption.claimed.v1", duplicateId,
                    claim(duplicateId, 1, "2030-31/Q2", "DRUGS", "MAJOR", "WMP", "OFFICIAL_SENSITIVE")));
            String marker = UUID.randomUUID().toString();
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.disruption.claimed.v1", marker,
                    claim(marker, 1, "2030-31/Q3", "OTHER", "MINOR", "WMP", "OFFICIAL_SENSITIVE")));
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    view(SENSITIVE_VIEWER, "2030-31", "Q3").get("rocu.figures.moderationBacklogByForce"
                            + ".find { it.key == 'WMP' }.value") != null);
        }

        JsonPath view = view(SENSITIVE_VIEWER, "2030-31", "Q2");
        assertThat(view.getString("quarter")).isEqualTo("2030-31/Q2");
        assertThat(trend(view, "byCrimeType", "DRUGS", "current")).isEqualTo(7);
        assertThat(trend(view, "byCrimeType", "DRUGS", "previousQuarter")).isEqualTo(2);
        assertThat(trend(view, "byCrimeType", "DRUGS", "sameQuarterLastYear")).isEqualTo(1);
        assertThat(trend(view, "byCrimeType", "FIREARMS", "current")).isEqualTo(1);
        assertThat(trend(view, "byImpact", "MINOR", "current")).isEqualTo(1);
        assertThat(trend(view, "byForce", "STA", "current")).isEqualTo(1);
        assertThat(trend(view, "byForce", "WAR", "current")).isNull();
        assertThat(view.getLong("rocu.figures.approvedDisruptions.total.current.value")).isEqualTo(8);
        assertThat(view.getLong("rocu.figures.moderationBacklogByForce.find { it.key == 'WAR' }.value"))
                .isGreaterThanOrEqualTo(1);
        assertThat(view.getList("withheld.findAll { it.section == 'rocu' }")).isEmpty();
    }

    @Test
    void aCallerGetsOnlyWhatItsClearanceCoversAndIsToldWhatWasWithheld() {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 5; i++) {
                approved(events, "2031-32/Q1", "DRUGS", "MAJOR", "WMP", "OFFICIAL_SENSITIVE");
            }
            for (int i = 0; i < 2; i++) {
                approved(events, "2031-32/Q1", "COUNTY_LINES", "MINOR", "WMC", "OFFICIAL_SENSITIVE");
            }
            approved(events, "2031-32/Q1", "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING", "MAJOR", "WAR", "SECRET");
            approved(events, "2031-32/Q1", "FRAUD_AND_ECONOMIC_CRIME", "MINOR", "STA", "OFFICIAL");
            await().atMost(Duration.ofSeconds(30)).until(() -> trend(view(SECRET_VIEWER, "2031-32", "Q1"),
                    "byCrimeType", "FRAUD_AND_ECONOMIC_CRIME", "current") != null);
        }

        JsonPath secret = view(SECRET_VIEWER, "2031-32", "Q1");
        assertThat(trend(secret, "byCrimeType", "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING", "current")).isEqualTo(1);
        assertThat(trend(secret, "byCrimeType", "COUNTY_LINES", "current")).isEqualTo(2);
        assertThat(secret.getList("withheld.findAll { it.section == 'rocu' }")).isEmpty();

        JsonPath sensitive = view(SENSITIVE_VIEWER, "2031-32", "Q1");
        assertThat(trend(sensitive, "byCrimeType", "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING", "current")).isZero();
        assertThat(trend(sensitive, "byCrimeType", "COUNTY_LINES", "current")).isEqualTo(2);
        assertThat(sensitive.getList("withheld.findAll { it.section == 'rocu' }.what", String.class))
                .containsExactly("SECRET records");

        // an OFFICIAL reader's figures count its OFFICIAL record only: the OFFICIAL_SENSITIVE ones are left out,
        // never folded in as an aggregate (DOMAIN.md, "Markings, end to end"), and the withheld list says so
        JsonPath official = view(OFFICIAL_VIEWER, "2031-32", "Q1");
        assertThat(trend(official, "byCrimeType", "DRUGS", "current")).isIn(null, 0L);
        assertThat(trend(official, "byCrimeType", "COUNTY_LINES", "current")).isIn(null, 0L);
        assertThat(trend(official, "byCrimeType", "FRAUD_AND_ECONOMIC_CRIME", "current")).isEqualTo(1);
        assertThat(official.getLong("rocu.figures.approvedDisruptions.total.current.value")).isEqualTo(1);
        assertThat(official.getList("withheld.what", String.class))
                .contains("SECRET records", "OFFICIAL_SENSITIVE records");
        assertThat(official.getString("clearance")).isEqualTo("OFFICIAL");
    }

    @Test
    void answersWhenRocuServiceIsDownAndSaysThePartIsStale() {
        // in these tests the rocu route points where nothing listens; ctu points at this gateway
        JsonPath view = view(SENSITIVE_VIEWER, "2018-19", "Q2");
        assertThat(view.getBoolean("rocu.freshness.serviceUp")).isFalse();
        assertThat(view.getBoolean("rocu.freshness.stale")).isTrue();
        assertThat(view.getString("rocu.freshness.staleReason")).contains("rocu-service is not answering");
        assertThat(view.getBoolean("ctu.freshness.serviceUp")).isTrue();
    }

    @Test
    void onlyGovernanceViewersSeeItAndBadQuartersAreProblems() {
        given().when().get("/api/v1/governance/2018-19/Q2").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(TestTokens.forSubject("p").roles("region-partner", "machine").sign())
                .when().get("/api/v1/governance/2018-19/Q2").then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/governance/2018-20/Q2")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/governance/2018-19/Q5")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
    }
}
