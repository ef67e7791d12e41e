package uk.police.wm.rcs.gateway.rocu;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.wm.rcs.gateway.RocuEventData.HIGHLIGHT;
import static uk.police.wm.rcs.gateway.RocuEventData.SOURCE;
import static uk.police.wm.rcs.gateway.RocuEventData.highlight;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The ROCU's operational highlights from rocu-service's events on the real broker: in their quarter's governance
 * view and board pack (page and PDF) in one stable order and escaped, kept once however often an event arrives
 * (also across a rebuild), shown only to callers whose clearance and caveats cover them with the rest counted in
 * the withheld list, and never when said to name a person. Each test uses its own financial year.
 */
@QuarkusTest
class RocuHighlightsTest {

    /** One key for every event of these tests: one partition, so they apply in the order sent. */
    private static final String ORDERED = "rocu-highlights-test";
    private static final String SECRET_VIEWER = TestTokens.forSubject("hl-s")
            .person("SECRET", "governance-viewer").caveats("UK_EYES_ONLY").sign();
    private static final String SENSITIVE_VIEWER = TestTokens.forSubject("hl-os")
            .person("OFFICIAL_SENSITIVE", "governance-viewer").sign();
    private static final String OFFICIAL_VIEWER = TestTokens.forSubject("hl-o")
            .person("OFFICIAL", "governance-viewer").sign();
    private static final String WITHHELD_HIGHLIGHTS =
            "withheld.findAll { it.section == 'rocu' && it.what.contains('highlights') }";
    private static final String ADMIN = TestTokens.forSubject("hl-admin").person("OFFICIAL", "admin").sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static CloudEvent event(String id, Map<String, Object> data) {
        return TestEvents.marked(SOURCE, HIGHLIGHT, id, data);
    }

    /** Sends a highlight on the tests' key; returns its disruption id. */
    private static String send(TestEvents events, String quarter, String force, String crimeType, String narrative,
            String classification, String... caveats) {
        String id = UUID.randomUUID().toString();
        events.send("rocu.events", ORDERED, event(id, highlight(id, quarter, force, crimeType, narrative,
                classification, List.of(caveats))));
        return id;
    }

    private static JsonPath view(String token, String fy, String quarter) {
        return given().auth().oauth2(token).when().get("/api/v1/governance/" + fy + "/" + quarter)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    private static List<String> narratives(String token, String fy, String quarter) {
        return view(token, fy, quarter).getList("rocu.figures.highlights.narrative", String.class);
    }

    private static void awaitShown(String fy, String quarter, String narrative) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> narratives(SECRET_VIEWER, fy, quarter).contains(narrative));
    }

    @Test
    void aHighlightShowsInItsQuarterInTheApiAndThePackInOneOrderEscaped() throws Exception {
        // computed and cached before the events arrive: the new highlights must still show (the cache is versioned)
        assertThat(narratives(SECRET_VIEWER, "2041-42", "Q1")).isEmpty();
        String wmp = "Synthetic: WMP drugs line closed.";
        String staFirearms = "Synthetic: STA lock-up <i>raided</i> & two pistols recovered.";
        String staDrugs = "Synthetic: STA cannabis farm dismantled.";
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            send(events, "2041-42/Q1", "WMP", "DRUGS", wmp, "OFFICIAL_SENSITIVE");
            send(events, "2041-42/Q1", "STA", "FIREARMS", staFirearms, "OFFICIAL_SENSITIVE");
            send(events, "2041-42/Q1", "STA", "DRUGS", staDrugs, "OFFICIAL_SENSITIVE");
        }
        awaitShown("2041-42", "Q1", staDrugs);

        JsonPath view = view(SENSITIVE_VIEWER, "2041-42", "Q1");
        assertThat(view.getList("rocu.figures.highlights.narrative", String.class))
                .containsExactly(staDrugs, staFirearms, wmp);
        assertThat(view.getString("rocu.figures.highlights[1].force")).isEqualTo("STA");
        assertThat(view.getString("rocu.figures.highlights[1].crimeType")).isEqualTo("FIREARMS");
        assertThat(view.getString("rocu.figures.highlights[1].moderatedImpact")).isEqualTo("MAJOR");
        assertThat(view.getString("rocu.figures.highlights[1].classification")).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(view.getList(WITHHELD_HIGHLIGHTS)).isEmpty();
        assertThat(narratives(SENSITIVE_VIEWER, "2041-42", "Q2")).isEmpty();
        assertThat(narratives(SENSITIVE_VIEWER, "2040-41", "Q1")).isEmpty();

        String html = given().auth().oauth2(SENSITIVE_VIEWER).accept("text/html")
                .when().get("/api/v1/board-pack/2041-42/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().asString();
        String escaped = "Synthetic: STA lock-up &lt;i&gt;raided&lt;/i&gt; &amp; two pistols recovered.";
        assertThat(html).contains(">Operational highlights</h3>", escaped).doesNotContain("<i>raided</i>");
        assertThat(html.indexOf("Regional Organised Crime Unit")).isLessThan(html.indexOf("Operational highlights"));
        assertThat(html.indexOf("Operational highlights")).isLessThan(html.indexOf(">Cybercrime</h2>"));
        assertThat(html.indexOf(staDrugs)).isLessThan(html.indexOf(escaped));
        assertThat(html.indexOf(escaped)).isLessThan(html.indexOf(wmp));

        byte[] pdf = given().auth().oauth2(SENSITIVE_VIEWER).when().get("/api/v1/board-pack/2041-42/Q1/pdf")
                .then().statusCode(HttpStatus.SC_OK).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Operational highlights", staDrugs, staFirearms, wmp);
            assertThat(text.indexOf(staDrugs)).isLessThan(text.indexOf(staFirearms));
            assertThat(text.indexOf(staFirearms)).isLessThan(text.indexOf(wmp));
        }
    }

    @Test
    void aHighlightIsKeptOnceWhenDeliveredAgainRepublishedOrReplayedByARebuild() {
        String narrative = "Synthetic: the first and only highlight of 2042-43 Q1.";
        String id = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            CloudEvent first = event(id, highlight(id, "2042-43/Q1", "WAR", "COUNTY_LINES", narrative,
                    "OFFICIAL_SENSITIVE", List.of()));
            events.send("rocu.events", ORDERED, first);
            events.send("rocu.events", ORDERED, first); // the same event delivered twice
            events.send("rocu.events", ORDERED, event(id, highlight(id, "2042-43/Q1", "WAR", "COUNTY_LINES",
                    "Synthetic: a second copy under a new event id.", "OFFICIAL_SENSITIVE", List.of())));
            send(events, "2042-43/Q1", "WMP", "OTHER", "Synthetic: marker.", "OFFICIAL_SENSITIVE");
        }
        awaitShown("2042-43", "Q1", "Synthetic: marker.");
        assertThat(narratives(SENSITIVE_VIEWER, "2042-43", "Q1")).containsExactly(narrative, "Synthetic: marker.");

        given().auth().oauth2(ADMIN).when().post("/api/v1/read-model/rebuild").then().statusCode(HttpStatus.SC_ACCEPTED);
        await().atMost(Duration.ofSeconds(60)).until(() -> !given().auth().oauth2(ADMIN)
                .when().get("/api/v1/read-model/freshness").then().extract().jsonPath().getBoolean("rebuilding")
                && narratives(SECRET_VIEWER, "2042-43", "Q1").contains("Synthetic: marker."));
        assertThat(narratives(SENSITIVE_VIEWER, "2042-43", "Q1")).containsExactly(narrative, "Synthetic: marker.");
    }

    @Test
    void aCallerSeesOnlyHighlightsItsClearanceAndCaveatsCoverAndIsToldWhatWasWithheld() {
        String official = "Synthetic: OFFICIAL highlight.";
        String sensitive = "Synthetic: OFFICIAL_SENSITIVE highlight.";
        String eyesOnly = "Synthetic: UK_EYES_ONLY highlight.";
        String secret = "Synthetic: SECRET highlight.";
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            send(events, "2043-44/Q1", "WMC", "FRAUD_AND_ECONOMIC_CRIME", official, "OFFICIAL");
            send(events, "2043-44/Q1", "WMC", "DRUGS", sensitive, "OFFICIAL_SENSITIVE");
            send(events, "2043-44/Q1", "WMC", "MONEY_LAUNDERING", eyesOnly, "OFFICIAL_SENSITIVE", "UK_EYES_ONLY");
            send(events, "2043-44/Q1", "WMC", "FIREARMS", secret, "SECRET");
        }
        awaitShown("2043-44", "Q1", secret);

        JsonPath cleared = view(SECRET_VIEWER, "2043-44", "Q1");
        assertThat(cleared.getList("rocu.figures.highlights.narrative", String.class))
                .containsExactly(sensitive, secret, official, eyesOnly);
        assertThat(cleared.getList(WITHHELD_HIGHLIGHTS)).isEmpty();

        JsonPath noCaveat = view(SENSITIVE_VIEWER, "2043-44", "Q1");
        assertThat(noCaveat.getList("rocu.figures.highlights.narrative", String.class))
                .containsExactly(sensitive, official);
        assertThat(noCaveat.getList(WITHHELD_HIGHLIGHTS + ".what", String.class))
                .containsExactlyInAnyOrder("operational highlights marked SECRET", "operational highlights (1)");
        assertThat(noCaveat.getString("withheld.find { it.what == 'operational highlights (1)' }.reason"))
                .contains("handling caveats your token does not hold");

        JsonPath officialOnly = view(OFFICIAL_VIEWER, "2043-44", "Q1");
        assertThat(officialOnly.getList("rocu.figures.highlights.narrative", String.class)).containsExactly(official);
        // two narratives above an OFFICIAL reader's clearance: a count under 5 is not given, as for the figures
        assertThat(officialOnly.getList(WITHHELD_HIGHLIGHTS + ".what", String.class))
                .containsExactlyInAnyOrder("operational highlights (fewer than 5)", "operational highlights marked SECRET");
        assertThat(officialOnly.getString("withheld.find { it.what == 'operational highlights (fewer than 5)' }"
                + ".reason")).isEqualTo("their narratives are marked above your clearance");

        String html = given().auth().oauth2(OFFICIAL_VIEWER).accept("text/html")
                .when().get("/api/v1/board-pack/2043-44/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().asString();
        assertThat(html).contains(official, "operational highlights (fewer than 5)")
                .doesNotContain(sensitive, eyesOnly, secret);
    }

    @Test
    void aHighlightSaidToNameAPersonIsNeverKept() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> aboutAPerson = highlight(id, "2044-45/Q1", "WMP", "DRUGS",
                "Synthetic: a narrative about a priority individual.", "OFFICIAL", List.of());
        aboutAPerson.put("namesPerson", true);
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send("rocu.events", ORDERED, event(id, aboutAPerson));
            send(events, "2044-45/Q1", "WMP", "OTHER", "Synthetic: marker after the refused one.", "OFFICIAL");
        }
        awaitShown("2044-45", "Q1", "Synthetic: marker after the refused one.");
        assertThat(narratives(SECRET_VIEWER, "2044-45", "Q1"))
                .containsExactly("Synthetic: marker after the refused one.");
    }
}
