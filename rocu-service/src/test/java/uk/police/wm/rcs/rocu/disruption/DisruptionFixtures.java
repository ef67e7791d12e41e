package uk.police.wm.rcs.rocu.disruption;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;

/** Synthetic disruption claims for the tests. */
public final class DisruptionFixtures {

    private DisruptionFixtures() {
    }

    /** A valid claim against an OCG with a fresh source record id. */
    public static Map<String, Object> claim(String ocgReference) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceRecordId", "SYS-" + UUID.randomUUID());
        body.put("targetType", "OCG");
        body.put("ocgReference", ocgReference);
        body.put("leadAgency", "ROCU");
        body.put("crimeType", "DRUGS");
        body.put("claimedImpact", "MAJOR");
        body.put("category", "PURSUE");
        body.put("activityLevel", "REGIONAL");
        body.put("disruptedOn", "2018-08-14");
        body.put("narrative", "Synthetic: supply line dismantled after warrant at a storage unit.");
        return body;
    }

    /**
     * Posts a claim as the force's system, holding the caveats the claim carries (nobody may mark a record with a
     * caveat they do not hold).
     */
    public static DisruptionView post(String force, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.force(force, caveatsOf(body))).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(DisruptionView.class);
    }

    static String[] caveatsOf(Map<String, Object> body) {
        return body.get("caveats") instanceof Collection<?> caveats ? caveats.stream().map(String::valueOf)
                .toArray(String[]::new) : new String[0];
    }

    /** A new ACTIVE group of the register (OFFICIAL_SENSITIVE, as force systems are cleared), its reference. */
    public static String uniqueOcg() {
        return mapOcg("OCG-T-" + UUID.randomUUID().toString().substring(0, 8), "WMP");
    }

    /** Maps a group into the register as an analyst (a claim cites only groups of the register); its reference. */
    public static String mapOcg(String reference, String owningForce) {
        Map<String, Object> ocg = Map.of("reference", reference, "name", "Synthetic group", "owningForce",
                owningForce, "leadResponsibleOfficer", "Local Responsible Officer", "predominantCrimeType", "DRUGS",
                "activityLevel", "LOCAL", "threatBand", "3A");
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(ocg).when().post("/api/v1/ocgs")
                .then().statusCode(HttpStatus.SC_CREATED);
        return reference;
    }
}
