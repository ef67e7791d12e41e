package uk.police.wm.rcs.gateway.boardpack.issued;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * Issued board packs on the real broker and database: a pack is fixed when issued (the PDF read back is byte for
 * byte the one issued, whatever the live view does after), its registers and backlogs are as at the quarter's end,
 * a re-issue is version 2 with the change in words, and only readers the pack's marking covers may read it.
 */
@QuarkusTest
class IssuedPackTest {

    private static final String ROCU = RocuEventData.SOURCE;
    /** One key for every event: one partition, applied in the order sent. */
    private static final String ORDERED = "issued-pack-test";
    private static final String SECRETARIAT = TestTokens.forSubject("gov.secretariat.os")
            .person("OFFICIAL_SENSITIVE", "governance-secretariat").sign();
    private static final String SECRET_SECRETARIAT = TestTokens.forSubject("gov.secretariat")
            .person("SECRET", "governance-secretariat").sign();
    private static final String SENSITIVE_VIEWER = TestTokens.forSubject("gov-os")
            .person("OFFICIAL_SENSITIVE", "governance-viewer").sign();
    private static final String SECRET_VIEWER = TestTokens.forSubject("gov-s")
            .person("SECRET", "governance-viewer").sign();
    private static final SecurityMarking SENSITIVE = SecurityMarking.of(Classification.OFFICIAL_SENSITIVE);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anIssuedPackNeverChangesAndVersionTwoListsWhatChanged() throws Exception {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            // recorded during the quarter: an OCG mapped, a claim posted; after its end: the OCG archived, the claim
            // approved (so today's register and backlog no longer hold them; the pack as at the end must)
            String ocg = UUID.randomUUID().toString();
            events.send("rocu.events", ORDERED, at("2018-08-01T10:00:00Z", TestEvents.marked(ROCU,
                    "uk.police.wm.rocu.ocg.mapped.v1", ocg, ocg(ocg, 1, "ACTIVE"))));
            events.send("rocu.events", ORDERED, at("2018-11-20T10:00:00Z", TestEvents.marked(ROCU,
                    "uk.police.wm.rocu.ocg.archived.v1", ocg, ocg(ocg, 2, "ARCHIVED"))));
            String claim = UUID.randomUUID().toString();
            events.send("rocu.events", ORDERED, at("2018-09-10T10:00:00Z", TestEvents.marked(ROCU,
                    RocuEventData.CLAIMED, claim, RocuEventData.claim(claim, 1, "2018-19/Q2", "DRUGS", "MAJOR", "STA",
                            SENSITIVE))));
            events.send("rocu.events", ORDERED, at("2018-10-15T10:00:00Z", TestEvents.marked(ROCU,
                    RocuEventData.MODERATED, claim, RocuEventData.moderation(claim, 2, "2018-19/Q2", "APPROVE",
                            "APPROVED", "MAJOR", "MAJOR", SENSITIVE))));
            RocuEventData.approved(events, ORDERED, "2018-19/Q2", "DRUGS", "MAJOR", "WMP", SENSITIVE);
            RocuEventData.approved(events, ORDERED, "2018-19/Q2", "FIREARMS", "MINOR", "WMP", SENSITIVE);
            awaitTotal("2018-19/Q2", 3);
        }

        Response issued = given().auth().oauth2(SECRETARIAT).when().post("/api/v1/board-packs/2018-19/Q2")
                .then().statusCode(HttpStatus.SC_CREATED).extract().response();
        String location = issued.header("Location");
        JsonPath first = issued.jsonPath();
        assertThat(location).endsWith("/api/v1/board-packs/2018-19/Q2/" + first.getString("id"));
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(first.getBoolean("live")).isFalse();
        assertThat(first.getString("classification")).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(first.getString("issuedBy")).isEqualTo("gov.secretariat.os");
        assertThat(first.getString("asAt")).isEqualTo("2018-09-30T23:00:00Z"); // midnight in London, summer time
        assertThat(first.getList("eventOffsets.topic", String.class)).contains("rocu.events");
        assertThat(figure(first, "rocu.approvedDisruptions.total")).isEqualTo(3);
        // as at the quarter's end: the OCG was still active and the claim still awaited the panel
        assertThat(first.getList("figures.id", String.class)).contains(
                "rocu.activeOcgsByCrimeType[ORGANISED_IMMIGRATION_CRIME]", "rocu.moderationBacklogByForce[STA]");
        assertThat(figure(first, "rocu.activeOcgsByCrimeType[ORGANISED_IMMIGRATION_CRIME]")).isEqualTo(1);
        assertThat(figure(first, "rocu.moderationBacklogByForce[STA]")).isEqualTo(1);
        assertThat(first.getString("statement")).startsWith("Issued board pack, version 1, marked OFFICIAL_SENSITIVE,"
                + " issued by gov.secretariat.os on ");
        JsonPath live = liveView("2018-19/Q2");
        assertThat(live.getBoolean("basis.live")).isTrue();
        assertThat(given().auth().oauth2(SENSITIVE_VIEWER).accept("text/html").when()
                .get("/api/v1/board-pack/2018-19/Q2").then().statusCode(HttpStatus.SC_OK).extract().asString())
                .contains(live.getString("basis.statement").replace("'", "&#39;")); // the page escapes the apostrophe
        assertThat(live.getList("rocu.figures.moderationBacklogByForce.key", String.class)).doesNotContain("STA");

        byte[] pdf = pdf(location, first.getString("pdfSha256"));
        assertThat(sha256(pdf)).isEqualTo(first.getString("pdfSha256"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Issued board pack, version 1", "as recorded at the end of 2018-09-30");
        }

        // a new approved disruption dated in the quarter: the live view moves, the issued pack does not
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            RocuEventData.approved(events, ORDERED, "2018-19/Q2", "DRUGS", "MAJOR", "WMP", SENSITIVE);
            awaitTotal("2018-19/Q2", 4);
        }
        assertThat(pdf(location, first.getString("pdfSha256"))).isEqualTo(pdf);
        assertThat(given().auth().oauth2(SENSITIVE_VIEWER).when().get(location).then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getString("pdfSha256")).isEqualTo(first.getString("pdfSha256"));

        JsonPath second = given().auth().oauth2(SECRETARIAT).when().post("/api/v1/board-packs/2018-19/Q2")
                .then().statusCode(HttpStatus.SC_CREATED).extract().jsonPath();
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(second.getString("pdfSha256")).isNotEqualTo(first.getString("pdfSha256"));
        assertThat(second.getList("changes", String.class)).contains(
                "Regional Organised Crime Unit, approved disruptions, total: 3 in version 1, now 4",
                "Regional Organised Crime Unit, approved disruptions, by crime type, Drugs: 2 in version 1, now 3");
        // in the PDF each change is a bullet of its own, not one run-on paragraph
        try (PDDocument document = Loader.loadPDF(pdf("/api/v1/board-packs/2018-19/Q2/" + second.getString("id"),
                second.getString("pdfSha256")))) {
            String text = new PDFTextStripper().getText(document);
            List<String> changes = second.getList("changes", String.class);
            assertThat(changes).hasSizeGreaterThan(1);
            for (String change : changes) {
                String start = change.substring(0, Math.min(change.length(), 40));
                assertThat(text).as(change).containsPattern("(?m)^\\W*" + java.util.regex.Pattern.quote(start));
            }
        }
        assertThat(given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/board-packs/2018-19/Q2?limit=1")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getInt("items[0].version")).isEqualTo(2);
    }

    @Test
    void aFrozenQuarterIsStatedToTheReadersItsMarkingCovers() {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            Map<String, Object> frozen = new HashMap<>();
            frozen.put("quarter", "2019-20/Q4");
            frozen.put("frozenAt", "2020-04-10T09:00:00Z");
            frozen.put("countedDisruptions", 7);
            frozen.put("classification", "OFFICIAL_SENSITIVE");
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.quarter.frozen.v1",
                    "2019-20/Q4", frozen));
            RocuEventData.approved(events, ORDERED, "2019-20/Q4", "DRUGS", "MAJOR", "WMP", SENSITIVE);
            awaitTotal("2019-20/Q4", 1);
        }
        String stated = "ROCU froze the quarter on 2020-04-10 at 7 counted disruptions (as reported then)";
        assertThat(given().auth().oauth2(SECRETARIAT).when().post("/api/v1/board-packs/2019-20/Q4")
                .then().statusCode(HttpStatus.SC_CREATED).extract().jsonPath().getString("statement"))
                .contains(stated);
        assertThat(given().auth().oauth2(SECRET_SECRETARIAT).queryParam("classification", "OFFICIAL")
                .when().post("/api/v1/board-packs/2019-20/Q4")
                .then().statusCode(HttpStatus.SC_CREATED).extract().jsonPath().getString("statement"))
                .doesNotContain("froze");
    }

    @Test
    void aReaderTheMarkingDoesNotCoverCannotReadASecretPack() {
        String location = given().auth().oauth2(SECRET_SECRETARIAT).when().post("/api/v1/board-packs/2019-20/Q3")
                .then().statusCode(HttpStatus.SC_CREATED).extract().header("Location");
        given().auth().oauth2(SECRET_VIEWER).when().get(location).then().statusCode(HttpStatus.SC_OK)
                .body("classification", org.hamcrest.Matchers.equalTo("SECRET"));
        for (String path : List.of(location, location + "/pdf")) {
            given().auth().oauth2(SENSITIVE_VIEWER).when().get(path).then().statusCode(HttpStatus.SC_NOT_FOUND)
                    .contentType("application/problem+json");
        }
        assertThat(given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/board-packs/2019-20/Q3")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items")).isEmpty();
        assertThat(given().auth().oauth2(SECRET_VIEWER).when().get("/api/v1/board-packs/2019-20/Q3")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items")).hasSize(1);
        // issued at a lower marking on request, it is readable by that reader
        given().auth().oauth2(SECRET_SECRETARIAT).queryParam("classification", "OFFICIAL_SENSITIVE")
                .when().post("/api/v1/board-packs/2019-20/Q3")
                .then().statusCode(HttpStatus.SC_CREATED).body("version", org.hamcrest.Matchers.equalTo(1));
        assertThat(given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/board-packs/2019-20/Q3")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void onlyTheSecretariatIssuesNeverAboveItsClearanceAndBadQuartersAreProblems() {
        given().when().post("/api/v1/board-packs/2019-20/Q1").then().statusCode(HttpStatus.SC_UNAUTHORIZED)
                .contentType("application/problem+json");
        given().auth().oauth2(SECRET_VIEWER).when().post("/api/v1/board-packs/2019-20/Q1")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
        given().auth().oauth2(SECRETARIAT).queryParam("classification", "SECRET")
                .when().post("/api/v1/board-packs/2019-20/Q1")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY).contentType("application/problem+json");
        given().auth().oauth2(SECRETARIAT).queryParam("classification", "TOP_SECRET")
                .when().post("/api/v1/board-packs/2019-20/Q1")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        for (String quarter : List.of("2018-20/Q2", "2018-19/Q5")) {
            given().auth().oauth2(SECRETARIAT).when().post("/api/v1/board-packs/" + quarter)
                    .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
            given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/board-packs/" + quarter)
                    .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        }
        given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/board-packs/2019-20/Q1/" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
    }

    private static byte[] pdf(String location, String sha256) {
        return given().auth().oauth2(SENSITIVE_VIEWER).when().get(location + "/pdf").then()
                .statusCode(HttpStatus.SC_OK).contentType("application/pdf")
                .header("ETag", "\"" + sha256 + "\"").extract().asByteArray();
    }

    private static long figure(JsonPath pack, String id) {
        return ((Number) pack.get("figures.find { it.id == '" + id + "' }.value")).longValue();
    }

    private static JsonPath liveView(String quarter) {
        return given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/governance/" + quarter)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    private static void awaitTotal(String quarter, long total) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) liveView(quarter)
                .get("rocu.figures.approvedDisruptions.total.current.value")).longValue() == total);
    }

    private static CloudEvent at(String time, CloudEvent event) {
        return CloudEventBuilder.v1(event).withTime(OffsetDateTime.parse(time)).build();
    }

    private static Map<String, Object> ocg(String id, int version, String status) {
        Map<String, Object> data = new HashMap<>();
        data.put("ocgId", id);
        data.put("reference", "OCG-" + id.substring(0, 8));
        data.put("owningForce", "WMP");
        data.put("predominantCrimeType", "ORGANISED_IMMIGRATION_CRIME");
        data.put("secondaryCrimeTypes", List.of());
        data.put("activityLevel", "REGIONAL");
        data.put("threatBand", "HIGH");
        data.put("status", status);
        data.put("version", version);
        data.put("classification", "OFFICIAL_SENSITIVE");
        return data;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
