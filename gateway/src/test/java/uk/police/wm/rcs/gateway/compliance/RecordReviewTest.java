package uk.police.wm.rcs.gateway.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The records review (MoPI) in the gateway, from the services' events on the real broker: a disposal removes what
 * was derived from the record (its highlight, also when the events arrive in either order) while the quarter's
 * figures stay; decided reviews make the compliance section, at the reader's clearance, counted once.
 */
@QuarkusTest
class RecordReviewTest {

    /** One key for every event of these tests: one partition, so they apply in the order sent. */
    private static final String ORDERED = "record-review-test";
    private static final String ROCU = "/west-midlands/rocu-service";
    private static final String CTU = "/west-midlands/ctu-service";
    private static final String SECRET_VIEWER = TestTokens.forSubject("rr-s")
            .person("SECRET", "governance-viewer").caveats("UK_EYES_ONLY").sign();
    private static final String SENSITIVE_VIEWER = TestTokens.forSubject("rr-os")
            .person("OFFICIAL_SENSITIVE", "governance-viewer").sign();

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

    private static List<String> narratives(String fy, String quarter) {
        return view(SECRET_VIEWER, fy, quarter).getList("rocu.figures.highlights.narrative", String.class);
    }

    private static Map<String, Object> rocuFiguresWithoutHighlights(String fy, String quarter) {
        Map<String, Object> figures = new HashMap<>(view(SECRET_VIEWER, fy, quarter).getMap("rocu.figures"));
        figures.remove("highlights");
        return figures;
    }

    private static Map<String, Object> disposed(String id, String quarter, String classification) {
        return Map.of("recordId", id, "recordType", "disruption", "quarter", quarter, "disposedQuarter", quarter,
                "classification", classification);
    }

    private static Map<String, Object> decided(String recordType, String decision, String dueQuarter,
            String decidedQuarter, String classification) {
        return Map.of("reviewId", UUID.randomUUID().toString(), "recordId", UUID.randomUUID().toString(),
                "recordType", recordType, "decision", decision, "dueQuarter", dueQuarter,
                "decidedQuarter", decidedQuarter, "classification", classification);
    }

    @Test
    void aDisposalRemovesTheHighlightAndLeavesTheFigures() {
        String narrative = "Synthetic: disposal test " + UUID.randomUUID();
        String later = "Synthetic: arrives after " + UUID.randomUUID();
        String id;
        String disposedFirst = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            RocuEventData.approved(events, ORDERED, "2061-62/Q1", "DRUGS", "MAJOR", "WMP", "OFFICIAL_SENSITIVE");
            id = RocuEventData.approved(events, ORDERED, "2061-62/Q1", "FIREARMS", "MODERATE", "STA",
                    "OFFICIAL_SENSITIVE");
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, RocuEventData.HIGHLIGHT, id,
                    RocuEventData.highlight(id, "2061-62/Q1", "STA", "FIREARMS", narrative, "OFFICIAL_SENSITIVE",
                            List.of())));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> narratives("2061-62", "Q1").contains(narrative));
        Map<String, Object> before = rocuFiguresWithoutHighlights("2061-62", "Q1");

        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.record.disposed.v1", id,
                    disposed(id, "2061-62/Q1", "OFFICIAL_SENSITIVE")));
            // a disposal applied before a highlight of the same record (another order in one batch) keeps it out
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.record.disposed.v1",
                    disposedFirst, disposed(disposedFirst, "2061-62/Q1", "OFFICIAL_SENSITIVE")));
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, RocuEventData.HIGHLIGHT, disposedFirst,
                    RocuEventData.highlight(disposedFirst, "2061-62/Q1", "WMP", "DRUGS", "Synthetic: disposed",
                            "OFFICIAL_SENSITIVE", List.of())));
            String marker = UUID.randomUUID().toString();
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, RocuEventData.HIGHLIGHT, marker,
                    RocuEventData.highlight(marker, "2061-62/Q1", "WMP", "DRUGS", later, "OFFICIAL_SENSITIVE",
                            List.of())));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> narratives("2061-62", "Q1").contains(later));
        assertThat(narratives("2061-62", "Q1")).containsExactly(later);
        assertThat(rocuFiguresWithoutHighlights("2061-62", "Q1")).isEqualTo(before);
    }

    @Test
    void decidedReviewsMakeTheComplianceSectionAtTheReadersClearanceOnce() {
        Map<String, Object> retained = decided("prevent_case", "RETAIN", "2062-63/Q2", "2062-63/Q2", "SECRET");
        Map<String, Object> disposedLate = decided("disruption", "DISPOSE", "2061-62/Q4", "2062-63/Q2",
                "OFFICIAL_SENSITIVE");
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send("ctu.events", ORDERED, TestEvents.marked(CTU, "uk.police.wm.ctu.review.decided.v1",
                    (String) retained.get("recordId"), retained));
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.review.decided.v1",
                    (String) disposedLate.get("recordId"), disposedLate));
            // delivered again under a new event id: still one review
            events.send("rocu.events", ORDERED, TestEvents.marked(ROCU, "uk.police.wm.rocu.review.decided.v1",
                    (String) disposedLate.get("recordId"), disposedLate));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> view(SECRET_VIEWER, "2062-63", "Q2")
                .getInt("compliance.services.find { it.service == 'Regional Organised Crime Unit' }.reviewed") == 1
                && view(SECRET_VIEWER, "2062-63", "Q2")
                .getInt("compliance.services.find { it.service == 'Counter Terrorism Unit' }.reviewed") == 1);

        JsonPath secret = view(SECRET_VIEWER, "2062-63", "Q2");
        assertThat(secret.getMap("compliance.services.find { it.service == 'Counter Terrorism Unit' }"))
                .containsEntry("reviewed", 1).containsEntry("retained", 1).containsEntry("disposed", 0)
                .containsEntry("decidedLate", 0);
        assertThat(secret.getMap("compliance.services.find { it.service == 'Regional Organised Crime Unit' }"))
                .containsEntry("reviewed", 1).containsEntry("retained", 0).containsEntry("disposed", 1)
                .containsEntry("decidedLate", 1);
        JsonPath sensitive = view(SENSITIVE_VIEWER, "2062-63", "Q2");
        assertThat(sensitive.getInt("compliance.services.find { it.service == 'Counter Terrorism Unit' }.reviewed"))
                .isZero();
        assertThat(sensitive.getInt(
                "compliance.services.find { it.service == 'Regional Organised Crime Unit' }.disposed")).isEqualTo(1);
        assertThat(view(SECRET_VIEWER, "2062-63", "Q1").getInt(
                "compliance.services.find { it.service == 'Regional Organised Crime Unit' }.reviewed")).isZero();
    }
}
