package uk.police.wm.rcs.ctu;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.summary.FourP;
import uk.police.wm.rcs.ctu.summary.QuarterSummary;

/**
 * The demo files {@code deploy/demo/1*-ctu-*.json} replay cleanly against the API, twice (the second time every
 * request is a replay or a 409), as the local stack's loader sends them; and they make the 2018-19 summary non-empty.
 */
@QuarkusTest
class DemoDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> demoFiles() throws IOException {
        Path demo = Path.of(System.getProperty("rcs.repo.root", "..")).resolve("deploy/demo");
        try (Stream<Path> files = Files.list(demo)) {
            return files.filter(f -> f.getFileName().toString().matches("1\\d-ctu-.+\\.json")).sorted().toList();
        }
    }

    private static String token(String as) {
        if (as.startsWith("client:force-")) {
            return Callers.forceSystem(as.substring("client:force-".length()).toUpperCase());
        }
        assertThat(as).as("demo user").isEqualTo("ctu.officer");
        return Callers.secretOfficer();
    }

    private static int send(String file, int index, JsonNode entry) {
        assertThat(entry.get("service").asText()).isEqualTo("ctu");
        assertThat(entry.get("method").asText()).isEqualTo("POST");
        Response response = given().auth().oauth2(token(entry.get("as").asText())).contentType(ContentType.JSON)
                .header("Idempotency-Key", "demo-" + file.replace(".json", "") + "-" + index)
                .body(entry.get("body").toString())
                .when().post(entry.get("path").asText());
        assertThat(response.statusCode()).as(file + "[" + index + "]: " + response.asString())
                .isIn(HttpStatus.SC_CREATED, HttpStatus.SC_CONFLICT);
        return response.statusCode();
    }

    @Test
    void demoFilesReplayCleanlyAndFillTheSummary() throws IOException {
        List<Path> files = demoFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (int round = 0; round < 2; round++) {
            for (Path file : files) {
                JsonNode entries = JSON.readTree(file.toFile());
                for (int i = 0; i < entries.size(); i++) {
                    send(file.getFileName().toString(), i, entries.get(i));
                }
            }
        }
        QuarterSummary q1 = given().auth().oauth2(Callers.secretOfficer()).when().get("/api/v1/summary/2018-19/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().as(QuarterSummary.class);
        assertThat(q1.byFourP()).allSatisfy(f -> assertThat(f.count()).as(String.valueOf(f.key())).isPositive());
        assertThat(q1.byFourP().stream().filter(f -> FourP.PREVENT.name().equals(String.valueOf(f.key())))
                .findFirst().orElseThrow().count()).isGreaterThanOrEqualTo(5);

        // issue 14: part of the Protect work is OFFICIAL, so an OFFICIAL reader sees real figures, not all of them
        QuarterSummary official = given().auth().oauth2(Callers.viewer("OFFICIAL"))
                .when().get("/api/v1/summary/2018-19/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().as(QuarterSummary.class);
        assertThat(protect(official)).as("Protect count for an OFFICIAL reader").isNotNull().isPositive()
                .isLessThan(protect(q1));

        // issue 14: the two 2017 CRITICAL periods, each returning to SEVERE
        assertThat(internationalLevelOn("2017-05-22")).isEqualTo("SEVERE");
        assertThat(internationalLevelOn("2017-05-25")).isEqualTo("CRITICAL");
        assertThat(internationalLevelOn("2017-05-27")).isEqualTo("SEVERE");
        assertThat(internationalLevelOn("2017-09-16")).isEqualTo("CRITICAL");
        assertThat(internationalLevelOn("2017-09-17")).isEqualTo("SEVERE");
    }

    private static Long protect(QuarterSummary summary) {
        return summary.byFourP().stream().filter(f -> FourP.PROTECT.name().equals(String.valueOf(f.key())))
                .findFirst().orElseThrow().count();
    }

    private static String internationalLevelOn(String on) {
        List<String> levels = given().auth().oauth2(Callers.secretOfficer()).queryParam("on", on)
                .when().get("/api/v1/threat-levels").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("levels.findAll { it.scope == 'INTERNATIONAL_TERRORISM' }.level");
        assertThat(levels).as("international terrorism level on " + on).hasSize(1);
        return levels.get(0);
    }
}
