package uk.police.wm.rcs.cyber.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.events.PlanEnums;
import uk.police.wm.rcs.cyber.events.PlanEnums.Rag;
import uk.police.wm.rcs.cyber.events.PlanEnums.Strand;
import uk.police.wm.rcs.cyber.plan.PlanRequests.ActionView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.CommitmentView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.GovernanceStrand;
import uk.police.wm.rcs.cyber.plan.PlanRequests.GovernanceView;

/** The five-point plan versioned by year, 4P actions with RAG and notes, overdue actions and the governance view. */
@QuarkusTest
class PlanResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aCommitmentIsSetPerYearAndRevisedOnlyWithIfMatch() {
        Map<String, Object> body = Map.of("commitment", "Address all elements of cybercrime.", "status", "ON_TRACK");
        CommitmentView created = as(ECU).body(body).when().put("/api/v1/five-point-plan/2017-18/CAPABILITY")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(CommitmentView.class);
        as(ECU).body(body).when().put("/api/v1/five-point-plan/2017-18/CAPABILITY").then().statusCode(HttpStatus.SC_OK);
        Map<String, Object> revised = Map.of("commitment", "Address all elements of cybercrime.", "status", "AT_RISK",
                "commentary", "Recruitment delayed.");
        as(ECU).body(revised).when().put("/api/v1/five-point-plan/2017-18/CAPABILITY").then().statusCode(428);
        as(ECU).header("If-Match", "\"" + created.version() + "\"").body(revised).when()
                .put("/api/v1/five-point-plan/2017-18/CAPABILITY").then().statusCode(HttpStatus.SC_OK);
        as(ECU).body(Map.of("commitment", "Next year's wording.", "status", "NOT_STARTED")).when()
                .put("/api/v1/five-point-plan/2018-19/CAPABILITY").then().statusCode(HttpStatus.SC_CREATED);

        List<CommitmentView> year = as(VIEWER).when().get("/api/v1/five-point-plan/2017-18").then()
                .statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("commitments", CommitmentView.class);
        assertThat(year).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(PlanEnums.CommitmentStatus.AT_RISK);
            assertThat(c.commentary()).isEqualTo("Recruitment delayed.");
        });
        as(VIEWER).body(revised).when().put("/api/v1/five-point-plan/2017-18/PEOPLE").then()
                .statusCode(HttpStatus.SC_FORBIDDEN);
        RestAssured.given().when().get("/api/v1/five-point-plan/2017-18").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        as(ECU).body(body).when().put("/api/v1/five-point-plan/2017-18/SPEED").then().statusCode(HttpStatus.SC_BAD_REQUEST);
    }

    @Test
    void actionsCarryRagAndNotesAndOverdueOnesAreAQueryAndTheGovernanceViewIsOneCall() {
        as(ECU).body(Map.of("lead", "DSupt (synthetic) Pursue lead")).when().put("/api/v1/delivery-plans/2019-20/PURSUE")
                .then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(Map.of("title", "No plan yet", "owner", "Nobody", "dueOn", "2019-09-30", "rag", "GREEN")).when()
                .post("/api/v1/delivery-plans/2019-20/PREPARE/actions").then().statusCode(HttpStatus.SC_NOT_FOUND);

        ActionView late = as(ECU).body(Map.of("title", "Train ECU investigators", "owner", "ECU DI",
                "dueOn", "2019-08-31", "rag", "AMBER")).when().post("/api/v1/delivery-plans/2019-20/PURSUE/actions")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(ActionView.class);
        ActionView done = as(ECU).body(Map.of("title", "Launch MiPatch page", "owner", "Comms",
                "dueOn", "2019-07-31", "rag", "GREEN")).when().post("/api/v1/delivery-plans/2019-20/PURSUE/actions")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(ActionView.class);
        as(ECU).body(Map.of("notedOn", "2019-08-15", "rag", "RED", "note", "Course cancelled by provider.")).when()
                .post("/api/v1/plan-actions/" + late.id() + "/progress-notes").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(Map.of("notedOn", "2019-05-01", "rag", "GREEN", "note", "Earlier note, entered late.")).when()
                .post("/api/v1/plan-actions/" + late.id() + "/progress-notes").then().statusCode(HttpStatus.SC_CREATED);
        assertThat(as(VIEWER).when().get("/api/v1/plan-actions/" + late.id()).then().statusCode(HttpStatus.SC_OK)
                .extract().as(ActionView.class).rag()).isEqualTo(Rag.RED);

        as(ECU).body(Map.of("title", "Launch MiPatch page", "owner", "Comms", "dueOn", "2019-07-31",
                "completedOn", "2019-07-20")).when().put("/api/v1/plan-actions/" + done.id()).then().statusCode(428);
        as(ECU).header("If-Match", "\"" + done.version() + "\"").body(Map.of("title", "Launch MiPatch page",
                "owner", "Comms", "dueOn", "2019-07-31", "completedOn", "2019-07-20")).when()
                .put("/api/v1/plan-actions/" + done.id()).then().statusCode(HttpStatus.SC_OK);

        List<String> overdue = as(VIEWER).queryParam("limit", 500).when().get("/api/v1/plan-actions/overdue")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.id", String.class);
        assertThat(overdue).contains(late.id()).doesNotContain(done.id());

        GovernanceView view = as(VIEWER).when().get("/api/v1/governance/2019-20/Q2").then()
                .statusCode(HttpStatus.SC_OK).extract().as(GovernanceView.class);
        GovernanceStrand pursue = view.strands().stream().filter(s -> s.strand() == Strand.PURSUE).findFirst().orElseThrow();
        assertThat(pursue.lead()).isEqualTo("DSupt (synthetic) Pursue lead");
        assertThat(pursue.ragCounts()).containsEntry(Rag.RED, 1L).containsEntry(Rag.GREEN, 1L).containsEntry(Rag.AMBER, 0L);
        assertThat(pursue.actions()).anySatisfy(a -> {
            assertThat(a.action().id()).isEqualTo(late.id());
            assertThat(a.overdue()).isTrue();
            assertThat(a.notesInQuarter()).singleElement().satisfies(n -> assertThat(n.rag()).isEqualTo(Rag.RED));
        });
        assertThat(view.overdueActions()).isEqualTo(1);
        assertThat(view.strands()).hasSize(4);
    }
}
