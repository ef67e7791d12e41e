package uk.police.wm.rcs.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * The records review (MoPI) across the whole system with real tokens: a Prevent case and a disruption naming a
 * priority individual, both past their review date, are in the reviewer's queues; the case is retained, the
 * disruption disposed of. Afterwards the person's unique marker is in no API answer, no column of any table of any
 * database and no event on any topic; the erasure is in the audit log; and the quarter's figures, in the services
 * and in the governance view, are what they were.
 */
class RecordsReviewEndToEndTest {

    private static final String WHY = "End-to-end test: MoPI review board (synthetic)";
    private static final String QUARTER = "2017-18/Q1";

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        stack = LocalStack.start(LocalStack.Options.forTests().withDemoData(false));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    private static String url(RcsService service) {
        return stack.serviceUrl(service);
    }

    private static String user(String name) {
        return stack.tokens().userToken(name);
    }

    @Test
    void oneRecordIsRetainedTheOtherDisposedAndThePersonIsGoneFromEverywhereWhileTheFiguresStand() throws Exception {
        String marker = "E2E-MOPI-" + UUID.randomUUID();
        String kept = "E2E-KEPT-" + UUID.randomUUID();

        // a Prevent case referred in 2017 (review due 2023) and a disruption naming a priority individual in 2017
        Map<String, Object> progress = new HashMap<>(Map.of("stage", "SCREENING", "safeguarding", false,
                "childProtection", false, "notes", "Synthetic notes about " + kept));
        String caseId = given().baseUri(url(RcsService.CTU)).auth().oauth2(user("ctu.officer"))
                .contentType(ContentType.JSON)
                .body(Map.of("reference", kept, "referralSource", "EDUCATION", "motivation", "EXTREME_RIGHT_WING",
                        "referredOn", "2017-05-10", "progress", progress))
                .when().post("/api/v1/prevent/cases").then().statusCode(201).extract().path("id");
        String disruptionId = given().baseUri(url(RcsService.ROCU)).auth().oauth2(stack.tokens().clientToken("force-wmp"))
                .contentType(ContentType.JSON)
                .body(Map.of("sourceRecordId", "E2E-" + UUID.randomUUID(), "targetType", "PRIORITY_INDIVIDUAL",
                        "priorityIndividualRef", marker, "leadAgency", "ROCU", "crimeType", "DRUGS",
                        "claimedImpact", "MAJOR", "category", "PURSUE", "activityLevel", "REGIONAL",
                        "disruptedOn", "2017-06-12", "narrative", "Synthetic: " + marker + " arrested at a lock-up."))
                .when().post("/api/v1/disruptions").then().statusCode(201).extract().path("id");
        String moderator = user("rocu.moderator");
        String panel = given().baseUri(url(RcsService.ROCU)).auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2017-07-05", "chair", "ROCU head of performance (synthetic)",
                        "attendingForces", List.of("WMP")))
                .when().post("/api/v1/moderation/panels").then().statusCode(201).extract().path("id");
        given().baseUri(url(RcsService.ROCU)).auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(Map.of("disruptionId", disruptionId, "decision", "DOWNGRADE", "moderatedImpact", "MODERATE",
                        "reason", "Synthetic: " + marker + " played a minor part"))
                .when().post("/api/v1/moderation/panels/" + panel + "/decisions").then().statusCode(201);

        // the quarter's figures before any review, once the gateway has counted the disruption
        String viewer = user("gov.viewer.secret");
        await().atMost(Duration.ofSeconds(60)).until(() -> governance(viewer, QUARTER).get(
                "rocu.figures.approvedDisruptions.byCrimeType.find { it.key == 'DRUGS' }.current.value") != null);
        Map<String, Object> before = figures(viewer);

        // both are in the reviewer's queues (a justified, audited consultation)
        String reviewer = user("records.reviewer");
        JsonPath ctuQueue = queue(RcsService.CTU, reviewer);
        JsonPath rocuQueue = queue(RcsService.ROCU, reviewer);
        assertThat(ctuQueue.getList("items.recordId", String.class)).contains(caseId);
        assertThat(rocuQueue.getList("items.recordId", String.class)).contains(disruptionId);
        given().baseUri(url(RcsService.CTU)).auth().oauth2(reviewer).when().get("/api/v1/reviews/due")
                .then().statusCode(400).contentType("application/problem+json");

        // the Prevent case is retained until its next review
        String next = LocalDate.now().plusYears(2).toString();
        long caseVersion = ctuQueue.getLong("items.find { it.recordId == '" + caseId + "' }.version");
        given().baseUri(url(RcsService.CTU)).auth().oauth2(reviewer).contentType(ContentType.JSON)
                .header("If-Match", "\"" + caseVersion + "\"")
                .body(Map.of("decision", "RETAIN", "reason", "Synthetic: Channel support still running",
                        "nextReviewOn", next))
                .when().post("/api/v1/reviews/" + caseId + "/decisions")
                .then().statusCode(200).contentType(ContentType.JSON);
        assertThat(given().baseUri(url(RcsService.CTU)).auth().oauth2(user("ctu.officer"))
                .header("X-Justification", WHY).when().get("/api/v1/prevent/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath().getString("retentionReviewOn")).isEqualTo(next);
        assertThat(audit(RcsService.CTU, "ALTERATION", "prevent_case", caseId).getList("items.justification"))
                .contains("Synthetic: Channel support still running");
        assertThat(queue(RcsService.CTU, reviewer).getList("items.recordId", String.class)).doesNotContain(caseId);

        // the disruption is disposed of; a second decision of the same review is refused
        long disruptionVersion = rocuQueue.getLong("items.find { it.recordId == '" + disruptionId + "' }.version");
        Map<String, Object> dispose = Map.of("decision", "DISPOSE", "reason", "Synthetic: no further policing need");
        given().baseUri(url(RcsService.ROCU)).auth().oauth2(reviewer).contentType(ContentType.JSON)
                .header("If-Match", "\"" + disruptionVersion + "\"").body(dispose)
                .when().post("/api/v1/reviews/" + disruptionId + "/decisions").then().statusCode(200);
        given().baseUri(url(RcsService.ROCU)).auth().oauth2(reviewer).contentType(ContentType.JSON)
                .header("If-Match", "\"" + (disruptionVersion + 1) + "\"").body(dispose)
                .when().post("/api/v1/reviews/" + disruptionId + "/decisions")
                .then().statusCode(409).contentType("application/problem+json");

        // the gateway has applied the disposal (its decided event follows it on the record's key)
        await().atMost(Duration.ofSeconds(60)).until(() -> governance(viewer, currentQuarter()).getInt(
                "compliance.services.find { it.service == 'Regional Organised Crime Unit' }.disposed") >= 1);
        assertThat(governance(viewer, currentQuarter()).getInt(
                "compliance.services.find { it.service == 'Counter Terrorism Unit' }.retained")).isGreaterThanOrEqualTo(1);

        // the erasure is logged: who, when, why, which record
        JsonPath erasures = audit(RcsService.ROCU, "ERASURE", "disruption", null);
        assertThat(erasures.getList("items.recordIds", List.class)).contains(List.of(disruptionId));
        assertThat(erasures.getString("items.find { it.recordIds == ['" + disruptionId + "'] }.justification"))
                .isEqualTo("Synthetic: no further policing need");
        assertThat(erasures.getString("items.find { it.recordIds == ['" + disruptionId + "'] }.at")).isNotBlank();

        // the quarter's figures are unchanged
        assertThat(figures(viewer)).isEqualTo(before);

        // the person is in no API answer ...
        List<String> answers = List.of(
                given().baseUri(url(RcsService.ROCU)).auth().oauth2(user("rocu.analyst")).header("X-Justification", WHY)
                        .when().get("/api/v1/disruptions/" + disruptionId).then().statusCode(200).extract().asString(),
                given().baseUri(url(RcsService.ROCU)).auth().oauth2(user("rocu.analyst"))
                        .queryParam("quarter", QUARTER).queryParam("limit", 500)
                        .when().get("/api/v1/disruptions").then().statusCode(200).extract().asString(),
                given().baseUri(url(RcsService.ROCU)).auth().oauth2(moderator)
                        .when().get("/api/v1/moderation/disruptions/" + disruptionId + "/decisions")
                        .then().statusCode(200).extract().asString(),
                given().baseUri(url(RcsService.ROCU)).auth().oauth2(user("rocu.analyst"))
                        .when().get("/api/v1/performance/2017-18/Q1").then().statusCode(200).extract().asString(),
                governance(viewer, QUARTER).prettify(),
                given().baseUri(url(RcsService.GATEWAY)).auth().oauth2(viewer).accept("text/html")
                        .when().get("/api/v1/board-pack/2017-18/Q1").then().statusCode(200).extract().asString());
        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(marker));
        // ... no column of any table of any database (the retained case still holds its own data) ...
        for (RcsService service : RcsService.values()) {
            assertThat(rowsHolding(service, marker)).as(service.database()).isEmpty();
        }
        assertThat(rowsHolding(RcsService.CTU, kept)).as("the retained case keeps its data").isNotEmpty();
        // ... and no event on any topic, before or after the disposal
        List<ConsumerRecord<String, byte[]>> events = TopicContents.readAll(stack.kafka().bootstrapServers());
        assertThat(events).anySatisfy(e -> assertThat(e.key()).isEqualTo(disruptionId));
        assertThat(events.stream().filter(e -> new String(e.value(), StandardCharsets.UTF_8).contains(marker)
                || TopicContents.headers(e).contains(marker)).map(ConsumerRecord::topic)).isEmpty();
    }

    /** Today's financial quarter, e.g. {@code 2026-27/Q3} (April to March). */
    private static String currentQuarter() {
        LocalDate today = LocalDate.now();
        int startYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int quarter = (today.getMonthValue() + 8) % 12 / 3 + 1;
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100) + "/Q" + quarter;
    }

    private static JsonPath governance(String token, String quarter) {
        return given().baseUri(url(RcsService.GATEWAY)).auth().oauth2(token)
                .when().get("/api/v1/governance/" + quarter).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath queue(RcsService service, String token) {
        return given().baseUri(url(service)).auth().oauth2(token).header("X-Justification", WHY)
                .queryParam("limit", 500).when().get("/api/v1/reviews/due")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath audit(RcsService service, String operation, String recordType, String recordId) {
        var request = given().baseUri(url(service)).auth().oauth2(user("auditor")).queryParam("operation", operation)
                .queryParam("recordType", recordType).queryParam("from", LocalDate.now().minusDays(1).toString());
        if (recordId != null) {
            request.queryParam("recordId", recordId);
        }
        return request.when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
    }

    /** The quarter's figures in the services and the governance view (times of computation left out). */
    private static Map<String, Object> figures(String viewer) {
        Map<String, Object> figures = new LinkedHashMap<>();
        JsonPath view = governance(viewer, QUARTER);
        figures.put("gateway rocu", view.getMap("rocu.figures"));
        figures.put("gateway ctu", view.getMap("ctu.figures"));
        figures.put("rocu performance", given().baseUri(url(RcsService.ROCU)).auth().oauth2(user("rocu.analyst"))
                .when().get("/api/v1/performance/2017-18/Q1").then().statusCode(200).extract().jsonPath()
                .getMap("asModeratedNow.disruptions"));
        figures.put("ctu summary", given().baseUri(url(RcsService.CTU)).auth().oauth2(user("ctu.officer"))
                .when().get("/api/v1/summary/2017-18/Q1").then().statusCode(200).extract().jsonPath().getMap(""));
        return figures;
    }

    /** Every row of every table of the service's database whose text holds the marker (bytea columns too). */
    private static List<String> rowsHolding(RcsService service, String marker) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = stack.postgres().connect(service.database())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).isNotEmpty();
            for (String table : tables) {
                StringBuilder sql = new StringBuilder("select count(*) from \"" + table + "\" t where strpos(t::text, ?) > 0");
                List<String> byteaColumns = new ArrayList<>();
                try (PreparedStatement columns = db.prepareStatement("select column_name from"
                        + " information_schema.columns where table_schema = 'public' and table_name = ?"
                        + " and data_type = 'bytea'")) {
                    columns.setString(1, table);
                    try (ResultSet rs = columns.executeQuery()) {
                        while (rs.next()) {
                            byteaColumns.add(rs.getString(1));
                        }
                    }
                }
                for (String column : byteaColumns) {
                    sql.append(" or position(convert_to(?, 'UTF8') in \"").append(column).append("\") > 0");
                }
                try (PreparedStatement count = db.prepareStatement(sql.toString())) {
                    for (int i = 1; i <= 1 + byteaColumns.size(); i++) {
                        count.setString(i, marker);
                    }
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        return found;
    }
}
