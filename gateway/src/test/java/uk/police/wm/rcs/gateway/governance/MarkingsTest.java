package uk.police.wm.rcs.gateway.governance;

import uk.police.wm.rcs.gateway.boardpack.PackHtml;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * Markings end to end (DOMAIN.md): a figure counts a record only for readers whose clearance covers its
 * classification and who hold every caveat it carries, in the governance view and in the board pack, and the
 * withheld list says what was left out; an event without any marking counts as SECRET. Each test uses its own
 * financial year.
 */
@QuarkusTest
class MarkingsTest {

    private static final String ORDERED = "markings-test";
    private static final SecurityMarking SENSITIVE = SecurityMarking.of(Classification.OFFICIAL_SENSITIVE);
    private static final SecurityMarking EYES_ONLY = SecurityMarking.of(Classification.OFFICIAL_SENSITIVE,
            "UK_EYES_ONLY");
    private static final String SENSITIVE_WITH_CAVEAT = TestTokens.forSubject("mk-os-c")
            .person("OFFICIAL_SENSITIVE", "governance-viewer").caveats("UK_EYES_ONLY").sign();
    private static final String SENSITIVE_VIEWER = TestTokens.forSubject("mk-os")
            .person("OFFICIAL_SENSITIVE", "governance-viewer").sign();
    private static final String SECRET_WITHOUT_CAVEAT = TestTokens.forSubject("mk-s")
            .person("SECRET", "governance-viewer").sign();
    private static final String OFFICIAL_VIEWER = TestTokens.forSubject("mk-o")
            .person("OFFICIAL", "governance-viewer").sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JsonPath view(String token, String fy, String quarter) {
        return given().auth().oauth2(token).when().get("/api/v1/governance/" + fy + "/" + quarter)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    /** The current quarter's approved disruptions of a crime type as disclosed (0 when the key is absent). */
    private static long byCrimeType(JsonPath view, String crimeType) {
        Number value = view.get("rocu.figures.approvedDisruptions.byCrimeType.find { it.key == '" + crimeType
                + "' }.current.value");
        return value == null ? 0 : value.longValue();
    }

    private static long total(JsonPath view) {
        return view.getLong("rocu.figures.approvedDisruptions.total.current.value");
    }

    @Test
    void aCaveatedDisruptionCountsOnlyForReadersHoldingTheCaveatWhateverTheirClearance() {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 6; i++) {
                RocuEventData.approved(events, ORDERED, "2046-47/Q1", "FRAUD_AND_ECONOMIC_CRIME", "MINOR", "WMP",
                        SENSITIVE);
            }
            // applied last on this key
            RocuEventData.approved(events, ORDERED, "2046-47/Q1", "DRUGS", "MAJOR", "WMP", EYES_ONLY);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> byCrimeType(view(SENSITIVE_WITH_CAVEAT, "2046-47", "Q1"), "DRUGS") == 1);
        }

        JsonPath holder = view(SENSITIVE_WITH_CAVEAT, "2046-47", "Q1");
        assertThat(total(holder)).isEqualTo(7);
        assertThat(holder.getList("withheld.findAll { it.section == 'rocu' }")).isEmpty();

        JsonPath secret = view(SECRET_WITHOUT_CAVEAT, "2046-47", "Q1");
        assertThat(byCrimeType(secret, "DRUGS")).isZero();
        assertThat(total(secret)).isEqualTo(6);
        assertThat(secret.getList("withheld.findAll { it.section == 'rocu' }.what", String.class))
                .containsExactly("records with handling caveats");
        assertThat(secret.getString("withheld.find { it.section == 'rocu' }.reason"))
                .contains("caveats your token does not hold");

        // an OFFICIAL reader is counted none of the OFFICIAL_SENSITIVE records, not even as an aggregate, and is told
        JsonPath official = view(OFFICIAL_VIEWER, "2046-47", "Q1");
        assertThat(byCrimeType(official, "DRUGS")).isZero();
        assertThat(byCrimeType(official, "FRAUD_AND_ECONOMIC_CRIME")).isZero();
        assertThat(total(official)).isZero();
        assertThat(official.getList("withheld.findAll { it.section == 'rocu' }.what", String.class))
                .contains("OFFICIAL_SENSITIVE records");
    }

    @Test
    void anEventWithoutAnyMarkingCountsOnlyForSecretReaders() {
        String id = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            // no ce_classification / ce_caveats headers, no classification or caveats in the data
            Map<String, Object> claim = RocuEventData.claim(id, 1, "2047-48/Q1", "COUNTY_LINES", "MAJOR", "WAR",
                    SENSITIVE);
            claim.remove("classification");
            claim.remove("caveats");
            Map<String, Object> approval = RocuEventData.moderation(id, 2, "2047-48/Q1", "APPROVE", "APPROVED",
                    "MAJOR", "MAJOR", SENSITIVE);
            approval.remove("classification");
            approval.remove("caveats");
            events.send("rocu.events", ORDERED, TestEvents.event(RocuEventData.SOURCE, RocuEventData.CLAIMED, id, claim));
            events.send("rocu.events", ORDERED, TestEvents.event(RocuEventData.SOURCE, RocuEventData.MODERATED, id,
                    approval));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> byCrimeType(view(SECRET_WITHOUT_CAVEAT, "2047-48", "Q1"), "COUNTY_LINES") == 1);
        }

        JsonPath sensitive = view(SENSITIVE_WITH_CAVEAT, "2047-48", "Q1");
        assertThat(byCrimeType(sensitive, "COUNTY_LINES")).isZero();
        assertThat(total(sensitive)).isZero();
        assertThat(sensitive.getList("withheld.findAll { it.section == 'rocu' }.what", String.class))
                .containsExactly("SECRET records");
        JsonPath official = view(OFFICIAL_VIEWER, "2047-48", "Q1");
        assertThat(byCrimeType(official, "COUNTY_LINES")).isZero();
        assertThat(official.getList("withheld.what", String.class)).contains("SECRET records");
    }

    @Test
    void theBoardPackOfAReaderWithoutTheCaveatLeavesTheCaveatedRecordOutOfItsFigures() {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 6; i++) {
                RocuEventData.approved(events, ORDERED, "2048-49/Q1", "MONEY_LAUNDERING", "MINOR", "STA", SENSITIVE);
            }
            RocuEventData.approved(events, ORDERED, "2048-49/Q1", "MONEY_LAUNDERING", "MINOR", "STA", EYES_ONLY);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> byCrimeType(view(SENSITIVE_WITH_CAVEAT, "2048-49", "Q1"), "MONEY_LAUNDERING") == 7);
        }
        String holder = boardPack(SENSITIVE_WITH_CAVEAT);
        String other = boardPack(SENSITIVE_VIEWER);
        assertThat(holder).containsPattern(PackHtml.row("MONEY_LAUNDERING", "7"))
                .containsPattern(PackHtml.row("STA", "7"));
        assertThat(other).containsPattern(PackHtml.row("MONEY_LAUNDERING", "6")).containsPattern(PackHtml.row("STA", "6"))
                .contains("records with handling caveats")
                .doesNotContainPattern(PackHtml.row("MONEY_LAUNDERING", "7")).doesNotContainPattern(PackHtml.row("STA", "7"));
    }

    private static String boardPack(String token) {
        return given().auth().oauth2(token).accept("text/html").when().get("/api/v1/board-pack/2048-49/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().asString();
    }
}
