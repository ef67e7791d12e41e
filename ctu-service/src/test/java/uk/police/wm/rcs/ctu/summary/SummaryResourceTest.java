package uk.police.wm.rcs.ctu.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.Callers;
import uk.police.wm.rcs.ctu.events.Motivation;
import uk.police.wm.rcs.ctu.prevent.PreventResourceTest;
import uk.police.wm.rcs.ctu.pursue.PursueResourceTest;

/**
 * The quarterly summary at each caller's clearance, over data only this test writes (2013-14 Q2 and Q3): hidden
 * records are absent from counts, small counts are withheld and said to be, restricted operations only as a count.
 */
@QuarkusTest
class SummaryResourceTest {

    static final String PATH = "/api/v1/summary/2013-14/Q3";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static void pursue(int n, String openedOn, String motivation, String classification, boolean restricted) {
        pursue(n, openedOn, motivation, classification, restricted, List.of());
    }

    private static void pursue(int n, String openedOn, String motivation, String classification, boolean restricted,
            List<String> caveats) {
        for (int i = 0; i < n; i++) {
            var body = PursueResourceTest.operation("Op Synthetic Summary " + java.util.UUID.randomUUID(), openedOn);
            body.put("motivation", motivation);
            body.put("classification", classification);
            body.put("reportingRestricted", restricted);
            body.put("caveats", caveats);
            PursueResourceTest.record(Callers.secretOfficer(), body);
        }
    }

    private static QuarterSummary summary(String token) {
        return summary(token, PATH);
    }

    private static QuarterSummary summary(String token, String path) {
        return given().auth().oauth2(token).when().get(path)
                .then().statusCode(HttpStatus.SC_OK).extract().as(QuarterSummary.class);
    }

    private static QuarterSummary.Figure<?> fourP(QuarterSummary s, FourP p) {
        return s.byFourP().stream().filter(f -> p.name().equals(String.valueOf(f.key()))).findFirst().orElseThrow();
    }

    private static QuarterSummary.Figure<?> motivation(QuarterSummary s, Motivation m) {
        return s.byMotivation().stream().filter(f -> m.name().equals(String.valueOf(f.key()))).findFirst()
                .orElseThrow();
    }

    @Test
    void eachCallerGetsTheFiguresTheirClearanceAllows() {
        pursue(6, "2013-11-05", "ISLAMIST", "OFFICIAL_SENSITIVE", false);
        pursue(2, "2013-11-06", "EXTREME_RIGHT_WING", "SECRET", false);
        pursue(5, "2013-12-01", "EXTREME_RIGHT_WING", "SECRET", true);
        pursue(7, "2013-08-01", "ISLAMIST", "OFFICIAL_SENSITIVE", false);
        for (int i = 0; i < 3; i++) {
            var referral = PreventResourceTest.referral("2013-10-1" + i, PreventResourceTest.progress("REFERRAL"));
            given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(referral)
                    .when().post("/api/v1/prevent/cases").then().statusCode(HttpStatus.SC_CREATED);
        }

        QuarterSummary secret = summary(Callers.secretOfficer());
        assertThat(secret.previousQuarter()).isEqualTo("2013-14/Q2");
        assertThat(fourP(secret, FourP.PURSUE).count()).isEqualTo(8);
        assertThat(fourP(secret, FourP.PURSUE).previous()).isEqualTo(7);
        assertThat(fourP(secret, FourP.PREVENT).count()).isEqualTo(3);
        assertThat(motivation(secret, Motivation.ISLAMIST).count()).isEqualTo(9);
        assertThat(motivation(secret, Motivation.EXTREME_RIGHT_WING).count()).isEqualTo(2);
        assertThat(secret.restrictedPursueOperations().count()).isEqualTo(5);

        QuarterSummary os = summary(Callers.officialSensitiveOfficer());
        assertThat(fourP(os, FourP.PURSUE).count()).isEqualTo(6);
        assertThat(fourP(os, FourP.PREVENT).count()).isNull();
        assertThat(motivation(os, Motivation.EXTREME_RIGHT_WING).count()).isZero();
        assertThat(os.restrictedPursueOperations().count()).isNull();
        assertThat(os.withheld()).anySatisfy(w -> assertThat(w.figure()).isEqualTo("byFourP.PREVENT"));
        assertThat(os.withheld()).anySatisfy(w -> assertThat(w.reason()).contains("above your clearance"));

        QuarterSummary secretViewer = summary(Callers.viewer("SECRET"));
        assertThat(fourP(secretViewer, FourP.PURSUE).count()).isEqualTo(8);
        assertThat(motivation(secretViewer, Motivation.EXTREME_RIGHT_WING).count()).isNull();
        assertThat(secretViewer.withheld())
                .anySatisfy(w -> assertThat(w.figure()).isEqualTo("byMotivation.EXTREME_RIGHT_WING"));
        assertThat(secretViewer.restrictedPursueOperations().count()).isEqualTo(5);

        for (String token : new String[] {Callers.viewer("OFFICIAL"), Callers.admin()}) {
            QuarterSummary official = summary(token);
            assertThat(fourP(official, FourP.PURSUE).count()).isZero();
            assertThat(fourP(official, FourP.PURSUE).previous()).isZero();
            assertThat(fourP(official, FourP.PREVENT).count()).isZero();
            assertThat(official.restrictedPursueOperations().count()).isNull();
        }
    }

    /** Over data only this test writes (2007-08 Q3): a caveat the reader lacks keeps a record out of every figure. */
    @Test
    void recordsWithACaveatAreCountedOnlyForReadersHoldingIt() {
        List<String> eyesOnly = List.of("UK_EYES_ONLY");
        pursue(6, "2007-11-01", "ISLAMIST", "SECRET", false, eyesOnly);
        pursue(5, "2007-12-01", "ISLAMIST", "SECRET", true, eyesOnly);
        for (int i = 0; i < 2; i++) {
            var referral = PreventResourceTest.referral("2007-10-1" + i, PreventResourceTest.progress("REFERRAL"));
            referral.put("caveats", eyesOnly);
            given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(referral)
                    .when().post("/api/v1/prevent/cases").then().statusCode(HttpStatus.SC_CREATED);
        }
        String path = "/api/v1/summary/2007-08/Q3";

        // both are SECRET-cleared CTU officers, so every figure is exact: only the caveat differs
        QuarterSummary holder = summary(Callers.secretOfficer(), path);
        assertThat(fourP(holder, FourP.PURSUE).count()).isEqualTo(6);
        assertThat(fourP(holder, FourP.PREVENT).count()).isEqualTo(2);
        assertThat(motivation(holder, Motivation.ISLAMIST).count()).isEqualTo(8);
        assertThat(holder.restrictedPursueOperations().count()).isEqualTo(5);

        QuarterSummary lacking = summary(Callers.secretOfficerWithoutCaveats(), path);
        assertThat(fourP(lacking, FourP.PURSUE).count()).isZero();
        assertThat(fourP(lacking, FourP.PREVENT).count()).isZero();
        assertThat(motivation(lacking, Motivation.ISLAMIST).count()).isZero();
        assertThat(lacking.restrictedPursueOperations().count()).isNull();
    }

    @Test
    void onlyCtuOfficersAndGovernanceViewersAskAndTheQuarterMustBeReal() {
        given().when().get(PATH).then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(Callers.forceSystem("WMP")).when().get(PATH).then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Callers.viewer("OFFICIAL")).when().get("/api/v1/summary/2013-15/Q3")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
        given().auth().oauth2(Callers.viewer("OFFICIAL")).when().get("/api/v1/summary/2013-14/Q5")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
    }
}
