package uk.police.wm.rcs.rocu.moderation;

import uk.police.wm.rcs.rocu.events.Decision;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.Impact;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.DecisionView;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.ForceBacklog;

/** Moderation over HTTP: each transition, the refused ones, history, re-claim after return, and the backlog. */
@QuarkusTest
public class ModerationResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    public static String panel() {
        return given().auth().oauth2(Tokens.moderator()).contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2018-09-05", "chair", "ROCU Detective Superintendent",
                        "attendingForces", List.of("WMP", "WMC", "WAR", "STA"), "partnerAgencies", List.of("NCA")))
                .when().post("/api/v1/moderation/panels")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
    }

    public static io.restassured.response.ValidatableResponse decide(String panel, String disruption, String decision,
            String impact, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("disruptionId", disruption);
        body.put("decision", decision);
        body.put("moderatedImpact", impact);
        body.put("reason", reason);
        return given().auth().oauth2(Tokens.moderator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/moderation/panels/" + panel + "/decisions").then();
    }

    static DisruptionView read(String id) {
        return given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/disruptions/" + id)
                .then().statusCode(HttpStatus.SC_OK).extract().as(DisruptionView.class);
    }

    @Test
    void approvalKeepsTheClaimAndADecidedRecordCannotBeDecidedAgain() {
        String panel = panel();
        DisruptionView d = post("WMP", claim(uniqueOcg()));
        decide(panel, d.id(), "APPROVE", null, null).statusCode(HttpStatus.SC_CREATED);
        DisruptionView approved = read(d.id());
        assertThat(approved.status()).isEqualTo(DisruptionStatus.APPROVED);
        assertThat(approved.moderatedImpact()).isEqualTo(Impact.MAJOR);
        decide(panel, d.id(), "REJECT", null, "Second thoughts.").statusCode(HttpStatus.SC_CONFLICT)
                .contentType("application/problem+json");
        assertThat(read(d.id()).status()).isEqualTo(DisruptionStatus.APPROVED);
    }

    @Test
    void aDowngradeKeepsClaimedAndModeratedImpactSideBySide() {
        String panel = panel();
        DisruptionView d = post("WMC", claim(uniqueOcg()));
        decide(panel, d.id(), "DOWNGRADE", "MAJOR", "same").statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        decide(panel, d.id(), "DOWNGRADE", "MINOR", null).statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        decide(panel, d.id(), "DOWNGRADE", "MINOR", "Only one courier arrested.").statusCode(HttpStatus.SC_CREATED);
        DisruptionView downgraded = read(d.id());
        assertThat(downgraded.status()).isEqualTo(DisruptionStatus.DOWNGRADED);
        assertThat(downgraded.claimedImpact()).isEqualTo(Impact.MAJOR);
        assertThat(downgraded.moderatedImpact()).isEqualTo(Impact.MINOR);
    }

    @Test
    void aRejectionNeedsAReason() {
        String panel = panel();
        DisruptionView d = post("STA", claim(uniqueOcg()));
        decide(panel, d.id(), "REJECT", null, "").statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        decide(panel, d.id(), "REJECT", null, "No link to the OCG shown.").statusCode(HttpStatus.SC_CREATED);
        assertThat(read(d.id()).status()).isEqualTo(DisruptionStatus.REJECTED);
    }

    @Test
    void aReturnedDisruptionIsAmendedAndReclaimedThenDecidedWithTheWholeHistoryKept() {
        String panel = panel();
        Map<String, Object> body = claim(uniqueOcg());
        DisruptionView d = post("WAR", body);
        decide(panel, d.id(), "RETURN_FOR_INFORMATION", null, "Which OCG nominal was charged?")
                .statusCode(HttpStatus.SC_CREATED);
        decide(panel, d.id(), "APPROVE", null, null).statusCode(HttpStatus.SC_CONFLICT);
        DisruptionView returned = read(d.id());
        assertThat(returned.status()).isEqualTo(DisruptionStatus.RETURNED_FOR_INFORMATION);

        body.put("narrative", "Synthetic: amended with the charge detail the panel asked for.");
        given().auth().oauth2(Tokens.force("WAR")).header("If-Match", "\"" + returned.version() + "\"")
                .contentType(ContentType.JSON).body(body).when().put("/api/v1/disruptions/" + d.id())
                .then().statusCode(HttpStatus.SC_OK).body("status", org.hamcrest.Matchers.equalTo("CLAIMED"));
        decide(panel, d.id(), "APPROVE", null, null).statusCode(HttpStatus.SC_CREATED);

        List<DecisionView> history = List.of(given().auth().oauth2(Tokens.analyst())
                .when().get("/api/v1/moderation/disruptions/" + d.id() + "/decisions")
                .then().statusCode(HttpStatus.SC_OK).extract().as(DecisionView[].class));
        assertThat(history).extracting(DecisionView::decision)
                .containsExactly(Decision.RETURN_FOR_INFORMATION, Decision.APPROVE);
        assertThat(history.get(0).reason()).isEqualTo("Which OCG nominal was charged?");
        assertThat(history.get(1).fromStatus()).isEqualTo(DisruptionStatus.CLAIMED);
    }

    @Test
    void onlyModeratorsDecideAndOnlyWhatTheyMaySee() {
        String panel = panel();
        Map<String, Object> caveated = claim(uniqueOcg());
        caveated.put("caveats", List.of("NCA_ONLY"));
        DisruptionView hidden = post("WMP", caveated);
        decide(panel, hidden.id(), "APPROVE", null, null).statusCode(HttpStatus.SC_NOT_FOUND);

        DisruptionView d = post("WMP", claim(uniqueOcg()));
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON)
                .body(Map.of("disruptionId", d.id(), "decision", "APPROVE"))
                .when().post("/api/v1/moderation/panels/" + panel + "/decisions")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2018-09-05", "chair", "x", "attendingForces", List.of("WMP")))
                .when().post("/api/v1/moderation/panels").then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(read(d.id()).status()).isEqualTo(DisruptionStatus.CLAIMED);
    }

    @Test
    void aDecisionNamesTheDisruptionByForceAndSourceRecordAndThePanelByItsDate() {
        String heldOn = java.time.LocalDate.of(2040, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000)).toString();
        given().auth().oauth2(Tokens.moderator()).contentType(ContentType.JSON)
                .body(Map.of("heldOn", heldOn, "chair", "ROCU Detective Superintendent",
                        "attendingForces", List.of("WMP")))
                .when().post("/api/v1/moderation/panels").then().statusCode(HttpStatus.SC_CREATED);
        Map<String, Object> body = claim(uniqueOcg());
        DisruptionView d = post("WMC", body);
        String source = (String) body.get("sourceRecordId");

        decideBy(heldOn, Map.of("force", "WMP", "sourceRecordId", source, "decision", "APPROVE"))
                .statusCode(HttpStatus.SC_NOT_FOUND);
        decideBy(heldOn, Map.of("force", "WMC", "decision", "APPROVE")).statusCode(HttpStatus.SC_BAD_REQUEST);
        decideBy(heldOn, Map.of("disruptionId", d.id(), "force", "WMC", "sourceRecordId", source,
                "decision", "APPROVE")).statusCode(HttpStatus.SC_BAD_REQUEST);
        decideBy("2039-13-40", Map.of("force", "WMC", "sourceRecordId", source, "decision", "APPROVE"))
                .statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(read(d.id()).status()).isEqualTo(DisruptionStatus.CLAIMED);

        DecisionView decided = decideBy(heldOn, Map.of("force", "WMC", "sourceRecordId", source,
                "decision", "DOWNGRADE", "moderatedImpact", "MINOR", "reason", "Only one courier arrested."))
                .statusCode(HttpStatus.SC_CREATED).extract().as(DecisionView.class);
        assertThat(decided.disruptionId()).isEqualTo(d.id());
        assertThat(read(d.id()).status()).isEqualTo(DisruptionStatus.DOWNGRADED);

        Map<String, Object> hiddenBody = claim(uniqueOcg());
        hiddenBody.put("caveats", List.of("NCA_ONLY"));
        post("WMP", hiddenBody);
        decideBy(heldOn, Map.of("force", "WMP", "sourceRecordId", hiddenBody.get("sourceRecordId"),
                "decision", "APPROVE")).statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(Tokens.moderator()).contentType(ContentType.JSON)
                .body(Map.of("heldOn", heldOn, "chair", "Second panel", "attendingForces", List.of("STA")))
                .when().post("/api/v1/moderation/panels").then().statusCode(HttpStatus.SC_CREATED);
        DisruptionView other = post("STA", claim(uniqueOcg()));
        decideBy(heldOn, Map.of("disruptionId", other.id(), "decision", "APPROVE"))
                .statusCode(HttpStatus.SC_CONFLICT);
    }

    private static io.restassured.response.ValidatableResponse decideBy(String panel, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.moderator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/moderation/panels/" + panel + "/decisions").then();
    }

    @Test
    void theBacklogPerForceCountsClaimedAndReturnedRecords() {
        ForceBacklog before = backlogOf("STA");
        DisruptionView a = post("STA", claim(uniqueOcg()));
        post("STA", claim(uniqueOcg()));
        ForceBacklog after = backlogOf("STA");
        assertThat(after.claimed()).isEqualTo(before.claimed() + 2);

        decide(panel(), a.id(), "RETURN_FOR_INFORMATION", null, "Need the seizure weight.")
                .statusCode(HttpStatus.SC_CREATED);
        ForceBacklog returned = backlogOf("STA");
        assertThat(returned.claimed()).isEqualTo(before.claimed() + 1);
        assertThat(returned.returnedForInformation()).isEqualTo(before.returnedForInformation() + 1);
        given().auth().oauth2(Tokens.force("STA")).when().get("/api/v1/moderation/backlog")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Tokens.viewer()).when().get("/api/v1/moderation/backlog")
                .then().statusCode(HttpStatus.SC_OK);
    }

    static ForceBacklog backlogOf(String force) {
        // a reader cleared for these OFFICIAL_SENSITIVE records: the backlog counts only what its reader may see
        ForceBacklog[] all = given().auth().oauth2(Tokens.moderator()).when().get("/api/v1/moderation/backlog")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ForceBacklog[].class);
        return java.util.Arrays.stream(all).filter(b -> b.force().name().equals(force)).findFirst().orElseThrow();
    }
}
