package uk.police.wm.rcs.gateway.boardpack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.http.HttpStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.gateway.boardpack.model.PackDocument;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The board pack as a page and a PDF, read as a reader would: the API's figures in words, the protective marking at
 * the top and bottom of every PDF page, page numbers, the contents, and nothing above the reader's clearance.
 */
@QuarkusTest
class BoardPackTest {

    private static final String VIEWER = TestTokens.forSubject("board").person("OFFICIAL_SENSITIVE", "governance-viewer")
            .sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static void approve(TestEvents events, String quarter, String crimeType, String classification) {
        RocuEventData.approved(events, "board-pack-test", quarter, crimeType, "MAJOR", "WMP", classification);
    }

    @Test
    void thePackShowsTheApisFiguresInWordsAsAPageAndAPdfWithCharts() throws Exception {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 9; i++) {
                approve(events, "2034-35/Q1", "CHILD_SEXUAL_EXPLOITATION", "OFFICIAL_SENSITIVE");
            }
            for (int i = 0; i < 6; i++) {
                approve(events, "2033-34/Q4", "FIREARMS", "OFFICIAL_SENSITIVE");
            }
            awaitCounted(VIEWER, "2034-35/Q1", "CHILD_SEXUAL_EXPLOITATION", 9);
        }
        String html = given().auth().oauth2(VIEWER).accept("text/html")
                .when().get("/api/v1/board-pack/2034-35/Q1")
                .then().statusCode(HttpStatus.SC_OK).contentType("text/html").extract().asString();
        assertThat(html).contains("Playing our part in responding to national threats",
                "April to June 2034 (2034/35 quarter 1)", "data:image/png;base64,", GovukFrontend.STYLESHEET,
                "<h2 class=\"govuk-heading-m\" id=\"contents-heading\">Contents</h2>",
                "<a class=\"govuk-link pack-contents__link\" href=\"#rocu\">Regional Organised Crime Unit</a>");
        assertThat(html).containsPattern("data-key=\"CHILD_SEXUAL_EXPLOITATION\"><th scope=\"row\""
                + " class=\"govuk-table__header\">Child sexual exploitation</th><td[^>]*>9</td>");
        assertThat(html).as("the marking at the top and the foot of the page")
                .containsPattern("<header class=\"marking marking--top\"[^>]*>OFFICIAL-SENSITIVE</header>")
                .containsPattern("<footer class=\"marking marking--bottom\"[^>]*>OFFICIAL-SENSITIVE</footer>");
        assertThat(html).as("words, not codes, for a person").doesNotContain(">CHILD_SEXUAL_EXPLOITATION<",
                ">OFFICIAL_SENSITIVE");
        assertThat(html).as("times in words, never ISO with nanoseconds").doesNotContainPattern(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:");

        byte[] pdf = given().auth().oauth2(VIEWER).when().get("/api/v1/board-pack/2034-35/Q1/pdf")
                .then().statusCode(HttpStatus.SC_OK).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // headings wrap
            assertThat(text).contains("Playing our part in responding to national threats", "Child sexual exploitation 9");
            // every page as PNG (the README shows the ROCU page, gateway/docs/board-pack-rocu-page.png)
            PDFRenderer renderer = new PDFRenderer(document);
            new File("target/board-pack").mkdirs();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60);
                ImageIO.write(image, "png", new File("target/board-pack/page-" + (page + 1) + ".png"));
                assertThat(distinctColours(image)).as("page " + (page + 1)).isGreaterThan(20); // not blank
            }
        }
    }

    /**
     * Records of each classification in one quarter: the OFFICIAL reader's PDF carries none of the
     * OFFICIAL-SENSITIVE or SECRET counts the SECRET reader's PDF shows, and each is marked at its own level on
     * every page, with page numbers and the contents.
     */
    @Test
    void eachReadersPdfIsMarkedOnEveryPageAndCarriesNothingAboveTheirClearance() throws Exception {
        String quarter = "2036-37/Q2";
        String official = TestTokens.forSubject("board-official").person("OFFICIAL", "governance-viewer").sign();
        String secret = TestTokens.forSubject("board-secret").person("SECRET", "governance-viewer").sign();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 6; i++) {
                approve(events, quarter, "DRUGS", "OFFICIAL");
            }
            for (int i = 0; i < 11; i++) {
                approve(events, quarter, "FIREARMS", "OFFICIAL_SENSITIVE");
            }
            for (int i = 0; i < 13; i++) {
                approve(events, quarter, "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING", "SECRET");
            }
            highlight(events, quarter, "OFFICIAL", "Warehouse of cannabis plants dismantled in Tamworth");
            highlight(events, quarter, "SECRET", "Covert tasking against a trafficking network in Walsall");
            awaitCounted(secret, quarter, "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING", 13);
            await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(secret)
                    .when().get("/api/v1/governance/" + quarter).then().extract().jsonPath()
                    .getList("rocu.figures.highlights").size() == 2);
            awaitCounted(secret, quarter, "FIREARMS", 11);
            awaitCounted(official, quarter, "DRUGS", 6);
        }
        List<String> secretPages = pages(secret, quarter);
        List<String> officialPages = pages(official, quarter);

        assertMarkedAndNumbered(secretPages, "SECRET");
        assertMarkedAndNumbered(officialPages, "OFFICIAL");

        String secretText = String.join("\n", secretPages);
        String officialText = String.join("\n", officialPages);
        String secretWords = secretText.replaceAll("\\s+", " ");
        String officialWords = officialText.replaceAll("\\s+", " ");
        assertThat(secretText).as("the SECRET reader's figures").contains("Drugs 6", "Firearms 11",
                "Modern slavery and human trafficking 13", "All 30");
        assertThat(secretWords).contains("Warehouse of cannabis plants dismantled in Tamworth",
                "Covert tasking against a trafficking network in Walsall");
        assertThat(officialWords).contains("Warehouse of cannabis plants dismantled in Tamworth")
                .doesNotContain("Covert tasking against a trafficking network in Walsall");
        assertThat(officialText).as("the OFFICIAL reader's figures").contains("Drugs 6", "All 6");
        assertThat(officialText).as("no OFFICIAL-SENSITIVE or SECRET count in the OFFICIAL reader's PDF")
                .doesNotContain("Firearms 11", "Modern slavery and human trafficking 13", "All 30", "All 17",
                        "All 19");
        assertThat(officialText).doesNotContainPattern("(?m)^(OFFICIAL-SENSITIVE|SECRET)$");

        String contents = officialPages.get(0);
        assertThat(contents).contains("Contents");
        for (String section : List.of("Counter Terrorism Unit", "Regional Organised Crime Unit", "Cybercrime",
                "The 4 P across the region", "What this pack leaves out")) {
            assertThat(contents).as("contents entry with its page").containsPattern(section + "[ .]*\\d+");
        }
    }

    @jakarta.inject.Inject
    BoardPackService boardPack;

    @Test
    void theWebPageIsThePackWithAQuarterPickerAndTheLinkToItsPdf() {
        var picker = new PackDocument.QuarterChoice(List.of(
                new PackDocument.Option("2034-35/Q2", "July to September 2034 (2034/35 quarter 2)", false),
                new PackDocument.Option("2034-35/Q1", "April to June 2034 (2034/35 quarter 1)", true)),
                "/governance/pdf?quarter=2034-35/Q1");
        String page = boardPack.page(FinancialQuarter.parse("2034-35/Q1"), new Caller("board", null,
                java.util.Set.of("governance-viewer"), java.util.Optional.empty(), Classification.SECRET,
                java.util.Set.of()), picker);
        assertThat(page).contains("<form method=\"get\" action=\"/governance\" id=\"quarter-picker\"",
                "<option value=\"2034-35/Q1\" selected=\"selected\">April to June 2034 (2034/35 quarter 1)</option>",
                "href=\"/governance/pdf?quarter=2034-35/Q1\"", "<h1 class=\"govuk-heading-xl\">");
    }

    @Test
    void thePagesStylesAndFontsAreServedByTheGateway() {
        given().when().get(GovukFrontend.STYLESHEET).then().statusCode(HttpStatus.SC_OK);
        given().when().get("/assets/board-pack.css").then().statusCode(HttpStatus.SC_OK);
        given().when().get("/assets/fonts/bold-b542beb274-v2.woff2").then().statusCode(HttpStatus.SC_OK)
                .contentType("font/woff2");
        given().when().get("/assets/fonts/..%2F..%2Fgovuk-frontend.min.css").then()
                .statusCode(HttpStatus.SC_NOT_FOUND);
    }

    @Test
    void onlyGovernanceViewersGetThePack() {
        given().when().get("/api/v1/board-pack/2034-35/Q1").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(TestTokens.forSubject("p").roles("region-partner", "machine").sign())
                .when().get("/api/v1/board-pack/2034-35/Q1/pdf").then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    private static void highlight(TestEvents events, String quarter, String classification, String narrative) {
        String id = java.util.UUID.randomUUID().toString();
        events.send("rocu.events", "board-pack-test", TestEvents.marked(RocuEventData.SOURCE, RocuEventData.HIGHLIGHT,
                id, RocuEventData.highlight(id, quarter, "STA", "DRUGS", narrative, classification, List.of())));
    }

    /** Each page: the marking first and last, and "Page n of N" at its foot. */
    private static void assertMarkedAndNumbered(List<String> pages, String marking) {
        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertThat(lines.get(0)).as("marking at the top of page " + (i + 1)).isEqualTo(marking);
            assertThat(lines.get(lines.size() - 1)).as("marking and page number at the foot of page " + (i + 1))
                    .isEqualTo(marking + " Page " + (i + 1) + " of " + pages.size());
        }
    }

    private static List<String> pages(String token, String quarter) throws IOException {
        byte[] pdf = given().auth().oauth2(token).when().get("/api/v1/board-pack/" + quarter + "/pdf")
                .then().statusCode(HttpStatus.SC_OK).extract().asByteArray();
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // top of the page first, as a reader reads it
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    private static void awaitCounted(String token, String quarter, String crimeType, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Object value = given().auth().oauth2(token).when().get("/api/v1/governance/" + quarter).then().extract()
                    .jsonPath().get("rocu.figures.approvedDisruptions.byCrimeType.find { it.key == '" + crimeType
                            + "' }.current.value");
            return value != null && ((Number) value).intValue() == expected;
        });
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
