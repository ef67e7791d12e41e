package uk.police.wm.rcs.rocu.ocg;

import uk.police.wm.rcs.rocu.events.OcgStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgCounts;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgView;

/** The OCG register over HTTP: mapping, If-Match updates, archiving, filters, Figure 3 counts, notices. */
@QuarkusTest
class OcgResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Map<String, Object> ocg(String crimeType, String band) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", "OCG-" + UUID.randomUUID().toString().substring(0, 13));
        body.put("name", "Synthetic group " + UUID.randomUUID().toString().substring(0, 4));
        body.put("owningForce", "WMP");
        body.put("leadResponsibleOfficer", "Local Responsible Officer, NPU East");
        body.put("predominantCrimeType", crimeType);
        body.put("secondaryCrimeTypes", List.of("FIREARMS"));
        body.put("activityLevel", "FORCE_OCG");
        body.put("threatBand", band);
        return body;
    }

    static OcgView map(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/ocgs").then().statusCode(HttpStatus.SC_CREATED).extract().as(OcgView.class);
    }

    @Test
    void mappingDefaultsToOfficialSensitiveAndActive() {
        OcgView o = map(ocg("DRUGS", "2A"));
        assertThat(o.classification().name()).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(o.status()).isEqualTo(OcgStatus.ACTIVE);
        given().auth().oauth2(Tokens.officialAnalyst()).when().get("/api/v1/ocgs/" + o.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(Tokens.force("WMP")).when().get("/api/v1/ocgs/" + o.id())
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(ocg("DRUGS", "9Z"))
                .when().post("/api/v1/ocgs").then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY)
                .body("type", org.hamcrest.Matchers.endsWith("unknown-threat-band"));
    }

    @Test
    void threatBandsAreDataAnAnalystCanExtend() {
        Map<String, Object> body = ocg("FRAUD_AND_ECONOMIC_CRIME", "4X");
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/ocgs").then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("code", "4X", "label", "Synthetic extra band", "rank", 40))
                .when().put("/api/v1/threat-bands/4X").then().statusCode(HttpStatus.SC_OK);
        assertThat(map(body).threatBand()).isEqualTo("4X");
        List<String> codes = given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/threat-bands")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("code", String.class);
        assertThat(codes).startsWith("1A").contains("4X");
    }

    @Test
    void updatesNeedTheCurrentETagAndArchivedGroupsStopCounting() {
        Map<String, Object> body = ocg("MODERN_SLAVERY_AND_HUMAN_TRAFFICKING", "1B");
        OcgView o = map(body);
        long before = countOf("MODERN_SLAVERY_AND_HUMAN_TRAFFICKING");
        body.put("activityLevel", "REGIONAL");
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/ocgs/" + o.id()).then().statusCode(428);
        given().auth().oauth2(Tokens.analyst()).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/ocgs/" + o.id()).then().statusCode(HttpStatus.SC_PRECONDITION_FAILED);
        OcgView updated = given().auth().oauth2(Tokens.analyst()).header("If-Match", "\"" + o.version() + "\"")
                .contentType(ContentType.JSON).body(body).when().put("/api/v1/ocgs/" + o.id())
                .then().statusCode(HttpStatus.SC_OK).extract().as(OcgView.class);
        assertThat(updated.activityLevel().name()).isEqualTo("REGIONAL");
        assertThat(updated.version()).isEqualTo(o.version() + 1);

        given().auth().oauth2(Tokens.analyst()).header("If-Match", "\"" + updated.version() + "\"")
                .when().post("/api/v1/ocgs/" + o.id() + "/archive")
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("ARCHIVED"));
        assertThat(countOf("MODERN_SLAVERY_AND_HUMAN_TRAFFICKING")).isEqualTo(before - 1);
        given().auth().oauth2(Tokens.analyst()).header("If-Match", "\"" + (updated.version() + 1) + "\"")
                .contentType(ContentType.JSON).body(body).when().put("/api/v1/ocgs/" + o.id())
                .then().statusCode(HttpStatus.SC_CONFLICT);
    }

    @Test
    void listsFilterByForceCrimeTypeLevelStatusAndBandWithACursor() {
        Map<String, Object> a = ocg("ORGANISED_IMMIGRATION_CRIME", "3C");
        a.put("owningForce", "STA");
        OcgView first = map(a);
        Map<String, Object> b = ocg("ORGANISED_IMMIGRATION_CRIME", "3C");
        b.put("owningForce", "STA");
        OcgView second = map(b);

        var page = given().auth().oauth2(Tokens.analyst()).queryParam("force", "STA")
                .queryParam("crimeType", "ORGANISED_IMMIGRATION_CRIME").queryParam("band", "3C")
                .queryParam("activityLevel", "FORCE_OCG").queryParam("status", "ACTIVE").queryParam("limit", 500)
                .when().get("/api/v1/ocgs").then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        List<String> ids = page.getList("items.id", String.class);
        assertThat(ids).contains(first.id(), second.id());
        assertThat(ids.indexOf(first.id())).isLessThan(ids.indexOf(second.id()));
        assertThat(given().auth().oauth2(Tokens.analyst()).queryParam("force", "WAR")
                .queryParam("crimeType", "ORGANISED_IMMIGRATION_CRIME").when().get("/api/v1/ocgs")
                .then().extract().jsonPath().getList("items.id", String.class)).doesNotContain(first.id());

        String cursor = given().auth().oauth2(Tokens.analyst()).queryParam("limit", 1).when().get("/api/v1/ocgs")
                .then().statusCode(HttpStatus.SC_OK).extract().path("nextCursor");
        assertThat(cursor).isNotBlank();
        given().auth().oauth2(Tokens.analyst()).queryParam("cursor", "garbage").when().get("/api/v1/ocgs")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
    }

    @Test
    void countsPerPredominantCrimeTypeIncludeOnlyActiveVisibleGroups() {
        long drugs = countOf("COUNTY_LINES");
        // other tests map OFFICIAL groups (a partner's shared references): what matters is that these three, above
        // OFFICIAL, are not counted for an OFFICIAL reader
        long officialBefore = given().auth().oauth2(Tokens.officialAnalyst()).when().get("/api/v1/ocgs/counts")
                .then().statusCode(HttpStatus.SC_OK).extract().as(OcgCounts.class).total();
        map(ocg("COUNTY_LINES", "2B"));
        map(ocg("COUNTY_LINES", "2C"));
        Map<String, Object> secret = ocg("COUNTY_LINES", "2C");
        secret.put("classification", "SECRET");
        map(secret);
        assertThat(countOf("COUNTY_LINES")).isEqualTo(drugs + 3);
        OcgCounts forOfficial = given().auth().oauth2(Tokens.officialAnalyst()).when().get("/api/v1/ocgs/counts")
                .then().statusCode(HttpStatus.SC_OK).extract().as(OcgCounts.class);
        assertThat(forOfficial.total()).isEqualTo(officialBefore);
        given().auth().oauth2(Tokens.force("WMP")).when().get("/api/v1/ocgs/counts")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void aPartnersCrossBorderNoticeAttachesForAnAnalystToDecide() {
        OcgView o = map(ocg("FIREARMS", "1A"));
        Map<String, Object> notice = Map.of("ocgReference", o.reference(), "partnerReference", "EM-" + o.id(),
                "summary", "Synthetic: vehicles linked to this group seen in the partner region.");
        String id = given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).body(notice)
                .when().post("/api/v1/cross-border-notices").then().statusCode(HttpStatus.SC_ACCEPTED)
                .body("status", equalTo("PENDING")).extract().path("id");
        given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).body(notice)
                .when().post("/api/v1/cross-border-notices").then().statusCode(HttpStatus.SC_ACCEPTED)
                .body("id", equalTo(id));
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(notice)
                .when().post("/api/v1/cross-border-notices").then().statusCode(HttpStatus.SC_FORBIDDEN);

        assertThat(given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/ocgs/" + o.id() + "/notices")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("id", String.class))
                .containsExactly(id);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPTED", "reason", "Matches our intelligence picture."))
                .when().post("/api/v1/cross-border-notices/" + id + "/decision")
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECTED", "reason", "Second thoughts."))
                .when().post("/api/v1/cross-border-notices/" + id + "/decision")
                .then().statusCode(HttpStatus.SC_CONFLICT);
    }

    static long countOf(String crimeType) {
        OcgCounts counts = given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/ocgs/counts")
                .then().statusCode(HttpStatus.SC_OK).extract().as(OcgCounts.class);
        return counts.byCrimeType().stream().filter(c -> c.crimeType().name().equals(crimeType))
                .mapToLong(OcgRequests.CrimeTypeCount::count).findFirst().orElse(0);
    }
}
