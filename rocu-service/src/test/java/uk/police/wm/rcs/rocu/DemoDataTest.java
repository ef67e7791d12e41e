package uk.police.wm.rcs.rocu;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** The demo files {@code deploy/demo/2*-rocu-*.json} are accepted by the API, and replaying them changes nothing. */
@QuarkusTest
class DemoDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDemoRequestIsAcceptedAndTheFilesReplay() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(System.getProperty("rcs.repo.root"), "deploy", "demo"))) {
            files = listing.filter(p -> p.getFileName().toString().matches("2.*-rocu-.*\\.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (int pass = 0; pass < 2; pass++) {
            for (Path file : files) {
                JsonNode requests = JSON.readTree(file.toFile());
                String name = file.getFileName().toString().replace(".json", "");
                for (int i = 0; i < requests.size(); i++) {
                    JsonNode r = requests.get(i);
                    RequestSpecification spec = given().auth().oauth2(token(r.get("as").asText()))
                            .header("Idempotency-Key", "demo-" + name + "-" + i + (pass == 0 ? "" : "-again"))
                            .contentType(ContentType.JSON).body(r.has("body") ? r.get("body").toString() : "{}")
                            .urlEncodingEnabled(false);
                    int status = (r.get("method").asText().equals("PUT") ? spec.put(r.get("path").asText())
                            : spec.post(r.get("path").asText())).statusCode();
                    assertThat(status).as(name + "[" + i + "] pass " + pass).satisfiesAnyOf(
                            s -> assertThat(s).isLessThan(400), s -> assertThat(s).isEqualTo(409));
                }
            }
        }
        int disruptions = given().auth().oauth2(token("rocu.analyst")).queryParam("limit", 500)
                .queryParam("ocg", "OCG-WMP-0006").when().get("/api/v1/disruptions").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        assertThat(disruptions).isPositive();
        theDemoDataFollowsTheSeed();
    }

    /**
     * What issue 14 corrected against the seed paper: part of the 2018-19 claims OFFICIAL (an OFFICIAL reader sees
     * some, not all), the review register of paras 59-63 (the SOC strategy review DEFERRED, para 63), the five objectives of para 60, and a panel every month (none missing from November 2017 to January 2018).
     */
    private static void theDemoDataFollowsTheSeed() {
        // the board's quarter (2018-19/Q2) has its funding reconciliation issued, as Q1 has (paras 50-52)
        for (String quarter : List.of("Q1", "Q2")) {
            assertThat(given().auth().oauth2(token("rocu.analyst")).when()
                    .get("/api/v1/funding/reconciliations/2018-19/" + quarter).then().statusCode(200).extract()
                    .jsonPath().getString("issuedAt")).as(quarter).isNotNull();
        }
        assertThat(demoClaims2018(Tokens.officialAnalyst())).isPositive()
                .isLessThan(demoClaims2018(token("rocu.analyst")));

        List<Map<String, Object>> reviews = given().auth().oauth2(token("rocu.analyst")).queryParam("limit", 100)
                .when().get("/api/v1/governance/reviews").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> status = reviews.stream().collect(Collectors.toMap(r -> (String) r.get("item"),
                r -> (String) r.get("status"), (a, b) -> a));
        assertThat(status).containsEntry("ROCU operating model and control strategy", "COMPLETE")
                .containsEntry("Regional capabilities and service levels", "COMPLETE")
                .containsEntry("ROCU delivery plan", "COMPLETE").containsEntry("ROCU risk register", "COMPLETE")
                .containsEntry("S22a ROCU legal agreement", "COMPLETE")
                .containsEntry("Regional SOC strategy (deferred until the new national SOC strategy is published)",
                        "DEFERRED");

        List<String> objectives = given().auth().oauth2(token("rocu.analyst")).queryParam("financialYear", "2018-19")
                .when().get("/api/v1/governance/objectives").then().statusCode(200).extract().jsonPath()
                .getList("title");
        assertThat(objectives).hasSize(5).contains("Embed robust continuous improvement processes",
                "Commence preparation for the Commonwealth Games");

        // the November 2017, December 2017 and January 2018 panels decided the claims of October-December 2017
        List<Map<String, Object>> claims = given().auth().oauth2(token("rocu.analyst")).queryParam("limit", 500)
                .when().get("/api/v1/disruptions").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(claims).filteredOn(d -> List.of("DEMO-WMC-00045", "DEMO-WAR-00046", "DEMO-STA-00047",
                "DEMO-WMP-00048", "DEMO-WMC-00049", "DEMO-WAR-00050").contains(d.get("sourceRecordId")))
                .hasSize(6).extracting(d -> d.get("status")).doesNotContain("CLAIMED");
    }

    /** The demo's 2018-19 claims a reader can see. */
    private static long demoClaims2018(String token) {
        List<Map<String, Object>> items = given().auth().oauth2(token).queryParam("limit", 500)
                .when().get("/api/v1/disruptions").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(d -> String.valueOf(d.get("sourceRecordId")).startsWith("DEMO-"))
                .filter(d -> String.valueOf(d.get("disruptedOn")).compareTo("2018-04-01") >= 0).count();
    }

    /** The realm's demo identities (analyst, moderator, force systems), as test tokens with the same roles and clearance. */
    private static String token(String as) {
        if (as.startsWith("client:force-")) {
            return Tokens.force(as.substring("client:force-".length()).toUpperCase(Locale.ROOT));
        }
        if (as.equals("rocu.moderator")) {
            return Tokens.demoModerator();
        }
        assertThat(as).isEqualTo("rocu.analyst");
        return TestTokens.forSubject("demo-rocu-analyst").person("OFFICIAL_SENSITIVE", "rocu-analyst").sign();
    }
}
