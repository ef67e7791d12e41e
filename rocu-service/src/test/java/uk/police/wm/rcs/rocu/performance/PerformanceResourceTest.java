package uk.police.wm.rcs.rocu.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.moderation.ModerationResourceTest;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.Line;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.PerformanceDocument;

/**
 * The quarterly document from known data (2015-16 Q3, its previous quarter and 2014-15 Q3, used by no other
 * test), and a frozen quarter that stays as reported after later moderation.
 */
@QuarkusTest
class PerformanceResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String claimed(String force, String crimeType, String agency, String date, boolean highlight) {
        Map<String, Object> body = claim(uniqueOcg());
        body.put("crimeType", crimeType);
        body.put("leadAgency", agency);
        body.put("disruptedOn", date);
        body.put("highlight", highlight);
        return post(force, body).id();
    }

    private static void approve(String panel, String id) {
        ModerationResourceTest.decide(panel, id, "APPROVE", null, null).statusCode(HttpStatus.SC_CREATED);
    }

    private static PerformanceDocument document(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/performance/2015-16/Q3")
                .then().statusCode(HttpStatus.SC_OK).extract().as(PerformanceDocument.class);
    }

    @Test
    void figuresCompareWithThePreviousQuarterAndTheYearBeforeAndAFrozenQuarterStaysAsReported() {
        String panel = ModerationResourceTest.panel();
        for (int i = 0; i < 3; i++) {
            approve(panel, claimed("WMP", "DRUGS", "ROCU", "2015-10-1" + i, i == 0));
        }
        String firearms = claimed("WMC", "FIREARMS", "NCA", "2015-11-20", false);
        ModerationResourceTest.decide(panel, firearms, "DOWNGRADE", "MINOR", "Partial seizure only.")
                .statusCode(HttpStatus.SC_CREATED);
        String rejected = claimed("WMP", "DRUGS", "ROCU", "2015-12-01", true);
        ModerationResourceTest.decide(panel, rejected, "REJECT", null, "Not an OCG disruption.")
                .statusCode(HttpStatus.SC_CREATED);
        String pending = claimed("WMP", "DRUGS", "ROCU", "2015-12-02", false);
        approve(panel, claimed("WMP", "DRUGS", "ROCU", "2015-08-01", false));
        approve(panel, claimed("WMP", "DRUGS", "ROCU", "2015-09-30", false));
        approve(panel, claimed("STA", "FIREARMS", "ROCU", "2014-12-31", false));

        PerformanceDocument doc = document(Tokens.analyst());
        var d = doc.asModeratedNow().disruptions();
        assertThat(d.total()).isEqualTo(new Line("TOTAL", 4L, 2L, 1L));
        assertThat(d.byCrimeType()).containsExactly(new Line("DRUGS", 3L, 2L, 0L), new Line("FIREARMS", 1L, 0L, 1L));
        assertThat(d.byImpact()).containsExactly(new Line("MAJOR", 3L, 2L, 1L), new Line("MINOR", 1L, 0L, 0L));
        assertThat(d.byForce()).containsExactly(new Line("STA", 0L, 0L, 1L), new Line("WMC", 1L, 0L, 0L),
                new Line("WMP", 3L, 2L, 0L));
        assertThat(d.byAgency()).containsExactly(new Line("NCA", 1L, 0L, 0L), new Line("ROCU", 3L, 2L, 1L));
        assertThat(d.byCategory()).containsExactly(new Line("PURSUE", 4L, 2L, 1L));
        assertThat(d.byActivityLevel()).containsExactly(new Line("REGIONAL", 4L, 2L, 1L));
        assertThat(doc.asModeratedNow().highlights()).hasSize(1);
        assertThat(doc.asModeratedNow().previousQuarter().toString()).isEqualTo("2015-16/Q2");
        assertThat(doc.asModeratedNow().sameQuarterYearBefore().toString()).isEqualTo("2014-15/Q3");
        assertThat(doc.asModeratedNow().moderationBacklog()).hasSize(4);
        assertThat(doc.asReported()).isNull();

        given().auth().oauth2(Tokens.viewer()).when().post("/api/v1/performance/2015-16/Q3/freeze")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Tokens.analyst()).when().post("/api/v1/performance/2015-16/Q3/freeze")
                .then().statusCode(HttpStatus.SC_CREATED);
        given().auth().oauth2(Tokens.analyst()).when().post("/api/v1/performance/2015-16/Q3/freeze")
                .then().statusCode(HttpStatus.SC_CONFLICT);

        approve(panel, pending);
        PerformanceDocument after = document(Tokens.analyst());
        assertThat(after.asModeratedNow().disruptions().total().current()).isEqualTo(5L);
        assertThat(after.asReported().disruptions().total().current()).isEqualTo(4L);
        assertThat(after.asReported().disruptions().byCrimeType())
                .containsExactly(new Line("DRUGS", 3L, 2L, 0L), new Line("FIREARMS", 1L, 0L, 1L));
        assertThat(after.frozenAt()).isNotNull();

        // a governance viewer cleared to OFFICIAL is not counted these OFFICIAL_SENSITIVE records (need-to-know applies
        // to figures), sees no sensitive narrative, and is not shown the frozen figures, marked as what they count
        PerformanceDocument official = document(Tokens.viewer());
        assertThat(official.asModeratedNow().disruptions().total()).isEqualTo(new Line("TOTAL", 0L, 0L, 0L));
        assertThat(official.asReported()).isNull();
        assertThat(official.frozenAt()).isNull();
        assertThat(official.asModeratedNow().highlights()).isEmpty();
    }

    @Test
    void aBadQuarterIsAProblemAndForceSystemsCannotReadTheDocument() {
        given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/performance/2018-20/Q2")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/performance/2018-19/Q5")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
        given().auth().oauth2(Tokens.force("WMP")).when().get("/api/v1/performance/2018-19/Q2")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }
}
