package uk.police.wm.rcs.gateway.governance.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.http.HttpStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * Headline figures as series of eight quarters and the year to date: each point is the view's figure of that
 * quarter at the reader's clearance, a SECRET record counts only for a SECRET reader, and registers do not add up.
 */
@QuarkusTest
class SeriesTest {

    private static final String ORDERED = "series-test";
    private static final String SENSITIVE_VIEWER = TestTokens.forSubject("series-os")
            .person("OFFICIAL_SENSITIVE", "governance-viewer").sign();
    private static final String SECRET_VIEWER = TestTokens.forSubject("series-s")
            .person("SECRET", "governance-viewer").sign();
    private static final String TOTAL = "rocu.approvedDisruptions.total";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyHeadlineFigureOverEightQuartersAndTheYearToDateAtTheReadersClearance() {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            approve(events, "2096-97/Q4", 1, "OFFICIAL_SENSITIVE");
            approve(events, "2097-98/Q1", 2, "OFFICIAL_SENSITIVE");
            approve(events, "2097-98/Q2", 3, "OFFICIAL_SENSITIVE");
            approve(events, "2097-98/Q2", 1, "SECRET");
            await().atMost(Duration.ofSeconds(30)).until(() -> total(view(SECRET_VIEWER, "2097-98/Q2")) == 4);
        }
        JsonPath series = given().auth().oauth2(SENSITIVE_VIEWER).when()
                .get("/api/v1/governance/2097-98/Q2/series").then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        List<String> quarters = series.getList("quarters", String.class);
        assertThat(quarters).hasSize(8).startsWith("2095-96/Q3").endsWith("2097-98/Q2");
        assertThat(series.getList("yearToDateQuarters", String.class)).containsExactly("2097-98/Q1", "2097-98/Q2");
        assertThat(series.getBoolean("live")).isTrue();
        assertThat(points(series, TOTAL)).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 2L, 3L);
        assertThat(yearToDate(series, TOTAL)).isEqualTo(5);
        // each point is the view's own figure for that quarter
        for (String quarter : List.of("2096-97/Q4", "2097-98/Q1", "2097-98/Q2")) {
            assertThat(points(series, TOTAL).get(quarters.indexOf(quarter)))
                    .isEqualTo(total(view(SENSITIVE_VIEWER, quarter)));
        }
        assertThat(series.getString("figures.find { it.id == '" + TOTAL + "' }.name"))
                .isEqualTo("Regional Organised Crime Unit, approved disruptions, total");

        JsonPath secret = given().auth().oauth2(SECRET_VIEWER).when()
                .get("/api/v1/governance/2097-98/Q2/series").then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        assertThat(points(secret, TOTAL).get(7)).isEqualTo(4);
        assertThat(yearToDate(secret, TOTAL)).isEqualTo(6);
    }

    @Test
    void registersDoNotAddUpAndBadQuartersAreProblems() {
        JsonPath series = given().auth().oauth2(SENSITIVE_VIEWER).when()
                .get("/api/v1/governance/2097-98/Q3/series").then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        for (Object figure : series.getList("figures.findAll { it.id.startsWith('rocu.activeOcgsByCrimeType') }")) {
            assertThat(((java.util.Map<?, ?>) figure).get("yearToDate")).isNull();
        }
        given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/governance/2097-99/Q3/series")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forSubject("p").roles("region-partner", "machine").sign())
                .when().get("/api/v1/governance/2097-98/Q3/series").then().statusCode(HttpStatus.SC_FORBIDDEN)
                .contentType("application/problem+json");
    }

    private static void approve(TestEvents events, String quarter, int count, String classification) {
        for (int i = 0; i < count; i++) {
            RocuEventData.approved(events, ORDERED, quarter, "DRUGS", "MAJOR", "WMP", classification);
        }
    }

    private static JsonPath view(String token, String quarter) {
        return given().auth().oauth2(token).when().get("/api/v1/governance/" + quarter).then()
                .statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    private static long total(JsonPath view) {
        return ((Number) view.get("rocu.figures.approvedDisruptions.total.current.value")).longValue();
    }

    private static List<Long> points(JsonPath series, String id) {
        return series.getList("figures.find { it.id == '" + id + "' }.quarters.value", Number.class).stream()
                .map(Number::longValue).toList();
    }

    private static long yearToDate(JsonPath series, String id) {
        return ((Number) series.get("figures.find { it.id == '" + id + "' }.yearToDate.value")).longValue();
    }
}
