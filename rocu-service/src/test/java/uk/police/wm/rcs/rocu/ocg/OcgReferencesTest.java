package uk.police.wm.rcs.rocu.ocg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionFixtures;

/** The OCG references a force system may cite: its own force's listed without names; a claim citing none is 422. */
@QuarkusTest
class OcgReferencesTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> ocg(String force, String classification) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", "OCG-R-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Synthetic group name " + UUID.randomUUID());
        body.put("owningForce", force);
        body.put("leadResponsibleOfficer", "Local Responsible Officer");
        body.put("predominantCrimeType", "FIREARMS");
        body.put("activityLevel", "LOCAL");
        body.put("threatBand", "2B");
        body.put("classification", classification);
        return body;
    }

    private static io.restassured.response.ExtractableResponse<?> map(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/ocgs").then().statusCode(HttpStatus.SC_CREATED).extract();
    }

    /** Every reference the force system is listed, page by page (a small limit, so the cursor is followed). */
    private static List<Map<String, Object>> listed(String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/ocg-references").then().statusCode(HttpStatus.SC_OK)
                    .extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void aForceSystemListsItsOwnForcesReferencesAtItsClearanceWithoutNames() {
        Map<String, Object> own = ocg("STA", "OFFICIAL");
        Map<String, Object> secret = ocg("STA", "SECRET");
        Map<String, Object> other = ocg("WAR", "OFFICIAL");
        map(own);
        map(secret);
        map(other);

        List<Map<String, Object>> listed = listed(Tokens.force("STA"));

        List<Object> references = listed.stream().map(r -> r.get("reference")).toList();
        assertThat(references).contains(own.get("reference")).doesNotContain(secret.get("reference"),
                other.get("reference"));
        Map<String, Object> item = listed.stream().filter(r -> r.get("reference").equals(own.get("reference")))
                .findFirst().orElseThrow();
        assertThat(item).containsOnlyKeys("reference", "crimeType", "status").containsEntry("crimeType", "FIREARMS")
                .containsEntry("status", "ACTIVE");
        // people do not use this list; the register is theirs
        given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/ocg-references").then()
                .statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
        given().when().get("/api/v1/ocg-references").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void aClaimCitingAnUnknownArchivedOrUnseenOcgIs422NamingTheFieldAndNothingIsWritten() {
        var archived = map(ocg("WMP", "OFFICIAL"));
        given().auth().oauth2(Tokens.analyst()).header("If-Match", archived.header("ETag"))
                .when().post("/api/v1/ocgs/" + archived.path("id") + "/archive").then().statusCode(HttpStatus.SC_OK);
        Map<String, Object> secret = ocg("WMP", "SECRET");
        map(secret);
        Map<String, String> cited = Map.of("OCG-NEVER-MAPPED", "unknown-ocg",
                archived.path("reference"), "ocg-archived",
                (String) secret.get("reference"), "unknown-ocg");

        cited.forEach((reference, type) -> {
            given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON)
                    .body(DisruptionFixtures.claim(reference)).when().post("/api/v1/disruptions")
                    .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY).contentType("application/problem+json")
                    .body("type", endsWith(type)).body("field", equalTo("ocgReference"));
            assertThat(given().auth().oauth2(Tokens.analyst()).queryParam("ocg", reference).when()
                    .get("/api/v1/disruptions").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                    .getList("items")).as(reference).isEmpty();
        });
        // a group of another force is cited as well: groups cross force boundaries
        DisruptionFixtures.post("WAR", DisruptionFixtures.claim(DisruptionFixtures.uniqueOcg()));
    }

    @Test
    void aPartnerLooksUpAnOfficialGroupByItsShareableReferenceAndCitesItWithoutLearningOurs() {
        Map<String, Object> official = ocg("WMP", "OFFICIAL");
        var mapped = map(official);
        String shareable = mapped.path("shareableReference");
        assertThat(shareable).matches("OCGX-[0-9A-Z]{20}").doesNotContain((String) official.get("reference"));

        Map<String, Object> seen = given().auth().oauth2(Tokens.partner()).when()
                .get("/api/v1/ocg-references/" + shareable).then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getMap("");
        assertThat(seen).containsOnlyKeys("shareableReference", "crimeType", "status", "threatBand")
                .containsEntry("crimeType", "FIREARMS").containsEntry("threatBand", "2B")
                .containsEntry("status", "ACTIVE");

        // a group marked above OFFICIAL is not shared: 404, as a reference that does not exist
        String sensitive = map(ocg("WMP", "OFFICIAL_SENSITIVE")).path("shareableReference");
        given().auth().oauth2(Tokens.partner()).when().get("/api/v1/ocg-references/" + sensitive).then()
                .statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partner()).when().get("/api/v1/ocg-references/OCGX-00000000000000000000").then()
                .statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
        // nor is it a force system's lookup
        given().auth().oauth2(Tokens.force("WMP")).when().get("/api/v1/ocg-references/" + shareable).then()
                .statusCode(HttpStatus.SC_FORBIDDEN);

        // the partner cites it in a cross-border notice, which lands on our group
        given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .body(Map.of("ocgReference", shareable, "partnerReference", "EM-" + UUID.randomUUID(),
                        "summary", "Synthetic: the group was seen in our region."))
                .when().post("/api/v1/cross-border-notices").then().statusCode(HttpStatus.SC_ACCEPTED);
        assertThat(given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/ocgs/" + mapped.path("id") + "/notices")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("$")).hasSize(1);
    }
}
