package uk.police.wm.rcs.gateway.boardpack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Duration;
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
import uk.police.wm.rcs.stack.testing.TestTokens;

/** The board pack as a page and a PDF, with the API's figures and the charts; the first PDF page is rendered. */
@QuarkusTest
class BoardPackTest {

    private static final String VIEWER = TestTokens.forSubject("board").person("OFFICIAL_SENSITIVE", "governance-viewer")
            .sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static void approve(TestEvents events, String quarter, String crimeType) {
        RocuEventData.approved(events, "board-pack-test", quarter, crimeType, "MAJOR", "WMP", "OFFICIAL_SENSITIVE");
    }

    @Test
    void thePackShowsTheApisFiguresAsAPageAndAPdfWithCharts() throws Exception {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 9; i++) {
                approve(events, "2034-35/Q1", "DRUGS");
            }
            for (int i = 0; i < 6; i++) {
                approve(events, "2033-34/Q4", "FIREARMS");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(VIEWER)
                    .when().get("/api/v1/governance/2034-35/Q1").then().extract().jsonPath()
                    .get("rocu.figures.approvedDisruptions.byCrimeType.find { it.key == 'DRUGS' }.current.value") != null);
        }
        int apiFigure = given().auth().oauth2(VIEWER).when().get("/api/v1/governance/2034-35/Q1").then()
                .extract().jsonPath().getInt("rocu.figures.approvedDisruptions.byCrimeType"
                        + ".find { it.key == 'DRUGS' }.current.value");
        assertThat(apiFigure).isEqualTo(9);

        String html = given().auth().oauth2(VIEWER).accept("text/html")
                .when().get("/api/v1/board-pack/2034-35/Q1")
                .then().statusCode(HttpStatus.SC_OK).contentType("text/html").extract().asString();
        assertThat(html).contains("Playing our part in responding to national threats", "2034-35/Q1",
                "<td>DRUGS</td><td>" + apiFigure + "</td>", "data:image/png;base64,");

        byte[] pdf = given().auth().oauth2(VIEWER).when().get("/api/v1/board-pack/2034-35/Q1/pdf")
                .then().statusCode(HttpStatus.SC_OK).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Playing our part in responding to national threats", "2034-35/Q1");
            assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty(); // a chart image
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
            File png = new File("target/board-pack-page-1.png");
            ImageIO.write(first, "png", png);
            assertThat(first.getWidth()).isGreaterThan(500);
            assertThat(distinctColours(first)).isGreaterThan(20); // text and a chart, not a blank page
        }
    }

    @Test
    void onlyGovernanceViewersGetThePack() {
        given().when().get("/api/v1/board-pack/2034-35/Q1").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(TestTokens.forSubject("p").roles("region-partner", "machine").sign())
                .when().get("/api/v1/board-pack/2034-35/Q1/pdf").then().statusCode(HttpStatus.SC_FORBIDDEN);
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
