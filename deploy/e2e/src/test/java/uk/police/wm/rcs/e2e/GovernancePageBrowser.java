package uk.police.wm.rcs.e2e;

import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven by Selenium
 * with the driver on the machine, so nothing is downloaded.
 */
final class GovernancePageBrowser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** npm's axe-core, pinned in this module's package-lock.json and installed by .ci/run (npm ci), never fetched here. */
    static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    private GovernancePageBrowser() {
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1280,2000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Injects axe-core into the page and runs it; returns the violations of the given impacts (each with its id,
     * impact, help and the nodes' targets, as axe reports them).
     */
    static List<Map<String, Object>> axeViolations(ChromeDriver driver, String... impacts) throws IOException {
        if (!Files.isReadable(AXE)) {
            throw new IllegalStateException(AXE.toAbsolutePath() + " is missing: run npm ci --prefix deploy/e2e"
                    + " (.ci/run does)");
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " targets: v.nodes.map(n => n.target.join(' '))})))))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e)}])));");
        List<Map<String, Object>> violations = JsonPath.from((String) result).getList("$");
        List<String> wanted = List.of(impacts);
        return violations.stream().filter(v -> wanted.contains(String.valueOf(v.get("impact")))).toList();
    }

    /** Renders each page of a PDF to PNG ({@code board-pack-page-N.png}) in the folder; returns the page count. */
    static int renderPages(byte[] pdf, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 96);
                ImageIO.write(image, "png", folder.resolve("board-pack-page-" + (page + 1) + ".png").toFile());
            }
            return document.getNumberOfPages();
        }
    }

    static void screenshot(ChromeDriver driver, Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
