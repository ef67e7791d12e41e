package uk.police.wm.rcs.rocu.disruption;

import uk.police.wm.rcs.rocu.events.Impact;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;

/** Claiming disruptions over HTTP against a real PostgreSQL: natural key, idempotency, force rules, amendments. */
@QuarkusTest
class DisruptionResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aClaimIsCreatedForTheTokensForceWithEveryField() {
        Map<String, Object> body = claim(uniqueOcg());
        body.put("highlight", true);
        DisruptionView created = given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_CREATED)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/disruptions/"))
                .extract().as(DisruptionView.class);

        assertThat(created.force().name()).isEqualTo("WMP");
        assertThat(created.status()).isEqualTo(DisruptionStatus.CLAIMED);
        assertThat(created.classification().name()).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(created.claimedImpact()).isEqualTo(Impact.MAJOR);
        assertThat(created.moderatedImpact()).isNull();
        assertThat(created.quarter().toString()).isEqualTo("2018-19/Q2");
        assertThat(created.highlight()).isTrue();
        assertThat(created.sourceRecordId()).isEqualTo(body.get("sourceRecordId"));
    }

    @Test
    void aRetryOfTheSameRecordReturnsTheOriginalAndDifferentContentIsAConflict() {
        Map<String, Object> body = claim(uniqueOcg());
        DisruptionView first = post("WMP", body);

        DisruptionView again = given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_OK).extract().as(DisruptionView.class);
        assertThat(again.id()).isEqualTo(first.id());

        body.put("narrative", "Synthetic: a different account of the same record.");
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_CONFLICT).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/natural-key-conflict"))
                .body("title", equalTo("Record already taken in with different content"))
                .body("detail", equalTo("Record " + first.sourceRecordId() + " was already taken in with different"
                        + " content. Amend it with PUT on its id instead."))
                .body("disruptionId", equalTo(first.id()));
        assertThat(listIds(Tokens.analyst(), "ocg", (String) body.get("ocgReference"))).containsExactly(first.id());

        // the same record id in another force is another record
        DisruptionView other = post("STA", body);
        assertThat(other.id()).isNotEqualTo(first.id());
    }

    @Test
    void concurrentRetriesOfOneRecordMakeOneRecord() {
        Map<String, Object> body = claim(uniqueOcg());
        List<java.util.concurrent.CompletableFuture<io.restassured.response.Response>> posts =
                java.util.stream.IntStream.range(0, 6).mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> given().auth().oauth2(Tokens.force("WMC")).contentType(ContentType.JSON).body(body)
                                .when().post("/api/v1/disruptions"))).toList();
        List<io.restassured.response.Response> answers = posts.stream()
                .map(java.util.concurrent.CompletableFuture::join).toList();
        assertThat(answers).extracting(io.restassured.response.Response::statusCode)
                .containsOnly(HttpStatus.SC_CREATED, HttpStatus.SC_OK)
                .filteredOn(status -> status == HttpStatus.SC_CREATED).hasSize(1);
        assertThat(answers).extracting(a -> a.jsonPath().getString("id")).containsOnly(answers.get(0).jsonPath()
                .getString("id"));
        assertThat(listIds(Tokens.analyst(), "ocg", (String) body.get("ocgReference"))).hasSize(1);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        Map<String, Object> body = claim(uniqueOcg());
        String key = "key-" + UUID.randomUUID();
        String firstId = given().auth().oauth2(Tokens.force("WAR")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
        given().auth().oauth2(Tokens.force("WAR")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_CREATED).header("Idempotent-Replayed", "true")
                .body("id", equalTo(firstId));
        body.put("claimedImpact", "MINOR");
        given().auth().oauth2(Tokens.force("WAR")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY).contentType("application/problem+json");
    }

    @Test
    void aBodyNamingAnotherForceIsForbiddenAndWritesNothing() {
        Map<String, Object> body = claim(uniqueOcg());
        body.put("force", "WMC");
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
        assertThat(listIds(Tokens.analyst(), "ocg", (String) body.get("ocgReference"))).isEmpty();

        body.put("force", "WMP");
        assertThat(post("WMP", body).force().name()).isEqualTo("WMP");
    }

    @Test
    void aForceSystemSeesOnlyItsOwnForcesRecords() {
        String ocg = uniqueOcg();
        DisruptionView wmp = post("WMP", claim(ocg));

        // another force's record is answered as a missing one (platform ForceScope): its existence does not leak
        given().auth().oauth2(Tokens.force("WMC")).when().get("/api/v1/disruptions/" + wmp.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json")
                .body("detail", equalTo(DisruptionService.NOT_FOUND));
        assertThat(listIds(Tokens.force("WMC"), "force", "WMP")).isEmpty();
        assertThat(listIds(Tokens.force("WMC"), "ocg", ocg)).isEmpty();

        assertThat(listIds(Tokens.force("WMP"), "ocg", ocg)).containsExactly(wmp.id());
        given().auth().oauth2(Tokens.force("WMP")).when().get("/api/v1/disruptions/" + wmp.id())
                .then().statusCode(HttpStatus.SC_OK).body("id", equalTo(wmp.id()));
        assertThat(listIds(Tokens.analyst(), "ocg", ocg)).containsExactly(wmp.id());
    }

    @Test
    void aRecordAboveTheCallersClearanceOrCaveatsIsNotFound() {
        String ocg = uniqueOcg();
        DisruptionView sensitive = post("WMP", claim(ocg));
        Map<String, Object> eyesOnly = claim(ocg);
        eyesOnly.put("caveats", List.of("UK_EYES_ONLY"));
        DisruptionView caveated = post("WMP", eyesOnly);

        given().auth().oauth2(Tokens.officialAnalyst()).when().get("/api/v1/disruptions/" + sensitive.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND)
                .body("detail", equalTo(DisruptionService.NOT_FOUND));
        assertThat(listIds(Tokens.officialAnalyst(), "ocg", ocg)).isEmpty();
        // the force system holds OFFICIAL_SENSITIVE but not the caveat
        assertThat(listIds(Tokens.force("WMP"), "ocg", ocg)).containsExactly(sensitive.id());
        given().auth().oauth2(Tokens.force("WMP")).when().get("/api/v1/disruptions/" + caveated.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(listIds(Tokens.analyst(), "ocg", ocg)).containsExactly(sensitive.id(), caveated.id());

        Map<String, Object> secret = claim(ocg);
        secret.put("classification", "SECRET");
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(secret)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
    }

    @Test
    void readingARecordThatNamesAPersonNeedsAJustificationAndIsAudited() {
        Map<String, Object> body = claim(null);
        body.remove("ocgReference");
        body.put("targetType", "PRIORITY_INDIVIDUAL");
        body.put("priorityIndividualRef", "PI-SYN-0042");
        DisruptionView created = post("STA", body);
        assertThat(created.priorityIndividualRef()).isNull();
        assertThat(created.reviewDate()).isEqualTo(java.time.LocalDate.of(2024, 8, 14));

        given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/disruptions/" + created.id())
                .then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("type", org.hamcrest.Matchers.endsWith("justification-required"));
        given().auth().oauth2(Tokens.analyst()).header("X-Justification", "Operation SYNTHETIC tasking review")
                .when().get("/api/v1/disruptions/" + created.id())
                .then().statusCode(HttpStatus.SC_OK).body("priorityIndividualRef", equalTo("PI-SYN-0042"));

        List<String> operations = given().auth().oauth2(Tokens.auditor()).queryParam("recordId", created.id())
                .when().get("/api/v1/audit")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.operation", String.class);
        assertThat(operations).contains("COLLECTION", "CONSULTATION");
    }

    @Test
    void onlyForceSystemsClaimAndOnlyKnownRolesRead() {
        Map<String, Object> body = claim(uniqueOcg());
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED).contentType("application/problem+json");
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Tokens.viewer()).when().get("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().when().get("/api/v1/disruptions").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void invalidClaimsAreProblemsNamingTheFieldAndWriteNothing() {
        String ocg = uniqueOcg();
        Map<String, Object> missing = claim(ocg);
        missing.remove("claimedImpact");
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(missing)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).body("violations.field", hasItem("claimedImpact"));
        Map<String, Object> mismatch = claim(ocg);
        mismatch.put("targetType", "NONE");
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(mismatch)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY)
                .body("type", org.hamcrest.Matchers.endsWith("target-mismatch"));
        Map<String, Object> future = claim(ocg);
        future.put("disruptedOn", "2999-01-01");
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(future)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        assertThat(listIds(Tokens.analyst(), "ocg", ocg)).isEmpty();
    }

    @Test
    void amendingNeedsTheCurrentVersionAndOwnForce() {
        Map<String, Object> body = claim(uniqueOcg());
        DisruptionView created = post("WMP", body);
        body.put("claimedImpact", "MODERATE");

        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/disruptions/" + created.id())
                .then().statusCode(428);
        given().auth().oauth2(Tokens.force("WMP")).header("If-Match", "\"99\"").contentType(ContentType.JSON)
                .body(body).when().put("/api/v1/disruptions/" + created.id())
                .then().statusCode(HttpStatus.SC_PRECONDITION_FAILED);
        given().auth().oauth2(Tokens.force("WMC")).header("If-Match", "\"" + created.version() + "\"")
                .contentType(ContentType.JSON).body(body).when().put("/api/v1/disruptions/" + created.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        DisruptionView amended = given().auth().oauth2(Tokens.force("WMP"))
                .header("If-Match", "\"" + created.version() + "\"").contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/disruptions/" + created.id())
                .then().statusCode(HttpStatus.SC_OK).header("ETag", "\"" + (created.version() + 1) + "\"")
                .extract().as(DisruptionView.class);
        assertThat(amended.claimedImpact()).isEqualTo(Impact.MODERATE);
        // after an amendment, a retry of the amended content is the same record
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions").then().statusCode(HttpStatus.SC_OK).body("id", equalTo(created.id()));
    }

    @Test
    void listsFilterAndPageWithACursor() {
        String ocg = uniqueOcg();
        DisruptionView a = post("WAR", claim(ocg));
        Map<String, Object> minor = claim(ocg);
        minor.put("claimedImpact", "MINOR");
        minor.put("leadAgency", "NCA");
        DisruptionView b = post("WAR", minor);
        DisruptionView c = post("WAR", claim(ocg));

        var first = given().auth().oauth2(Tokens.analyst()).queryParam("ocg", ocg).queryParam("limit", 2)
                .when().get("/api/v1/disruptions").then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        assertThat(first.getList("items.id", String.class)).containsExactly(a.id(), b.id());
        List<String> second = given().auth().oauth2(Tokens.analyst()).queryParam("ocg", ocg).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .when().get("/api/v1/disruptions").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.id", String.class);
        assertThat(second).containsExactly(c.id());

        assertThat(listIds(Tokens.analyst(), "ocg", ocg, "impact", "MINOR")).containsExactly(b.id());
        assertThat(listIds(Tokens.analyst(), "ocg", ocg, "agency", "NCA")).containsExactly(b.id());
        assertThat(listIds(Tokens.analyst(), "ocg", ocg, "quarter", "2018-19/Q2")).hasSize(3);
        assertThat(listIds(Tokens.analyst(), "ocg", ocg, "quarter", "2018-19/Q3")).isEmpty();
        assertThat(listIds(Tokens.analyst(), "ocg", ocg, "status", "APPROVED")).isEmpty();
        assertThat(listIds(Tokens.analyst(), "ocg", ocg, "crimeType", "DRUGS")).hasSize(3);
        assertThat(listIds(Tokens.analyst(), "ocg", ocg, "force", "WMP")).isEmpty();
    }

    static List<String> listIds(String token, String... filters) {
        var request = given().auth().oauth2(token).queryParam("limit", 500);
        for (int i = 0; i < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        return request.when().get("/api/v1/disruptions").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.id", String.class);
    }
}
