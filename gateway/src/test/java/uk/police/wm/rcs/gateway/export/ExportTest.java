package uk.police.wm.rcs.gateway.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.http.HttpStatus;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.gateway.labels.Labels;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The view's tables as CSV and as a spreadsheet hold the view's own figures, figure by figure, with the reader's
 * marking as the first row, in the spreadsheet's sheets and in its properties, and the quarter in the file names.
 */
@QuarkusTest
class ExportTest {

    private static final String ORDERED = "export-test";
    private static final String VIEWER = TestTokens.forSubject("export-os")
            .person("OFFICIAL_SENSITIVE", "governance-viewer").caveats("UK_EYES_ONLY").sign();
    private static final String MARKING = "OFFICIAL-SENSITIVE UK EYES ONLY";
    private static final String BY_CRIME_TYPE = "rocu-approved-disruptions-by-crime-type";

    private static boolean fed;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theCsvAndTheSpreadsheetHoldTheViewsFiguresWithTheMarking() throws IOException {
        feed();
        JsonPath view = view();
        JsonPath exports = given().auth().oauth2(VIEWER).when().get("/api/v1/governance/2038-39/Q1/export")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        assertThat(exports.getString("marking")).isEqualTo(MARKING);
        assertThat(exports.getList("tables.id", String.class)).contains("headline-figures", BY_CRIME_TYPE,
                "rocu-approved-disruptions-by-force", "four-p-matrix");

        Response csvResponse = given().auth().oauth2(VIEWER).when()
                .get("/api/v1/governance/2038-39/Q1/export/csv/" + BY_CRIME_TYPE)
                .then().statusCode(HttpStatus.SC_OK).contentType("text/csv").extract().response();
        assertThat(csvResponse.header("Content-Disposition"))
                .contains("governance-2038-39-Q1-" + BY_CRIME_TYPE + ".csv");
        List<CSVRecord> csv = CSVFormat.RFC4180.parse(new StringReader(csvResponse.asString())).getRecords();
        assertThat(csv.get(0).get(0)).isEqualTo(MARKING);
        assertThat(csv.get(csv.size() - 1).get(0)).isEqualTo(MARKING);
        assertThat(csv.get(2).toList()).containsExactly("Key", "Current", "Previous quarter",
                "Same quarter last year");
        List<Map<String, Object>> trends = view.getList("rocu.figures.approvedDisruptions.byCrimeType");
        List<CSVRecord> rows = csv.subList(3, csv.size() - 1);
        assertThat(rows).hasSize(trends.size());
        Map<String, CSVRecord> csvByKey = new HashMap<>();
        rows.forEach(r -> csvByKey.put(r.get(0), r));
        for (Map<String, Object> trend : trends) {
            // the exports name a row in words, from the same catalogue as the page
            CSVRecord row = csvByKey.get(Labels.of((String) trend.get("key")));
            assertThat(row.get(1)).isEqualTo(figure(trend, "current"));
            assertThat(row.get(2)).isEqualTo(figure(trend, "previousQuarter"));
            assertThat(row.get(3)).isEqualTo(figure(trend, "sameQuarterLastYear"));
        }
        assertThat(csvByKey.get("Drugs").get(1)).isEqualTo("3");

        Response xlsxResponse = given().auth().oauth2(VIEWER).when().get("/api/v1/governance/2038-39/Q1/export/xlsx")
                .then().statusCode(HttpStatus.SC_OK).extract().response();
        assertThat(xlsxResponse.header("Content-Disposition")).contains("governance-2038-39-Q1.xlsx");
        byte[] xlsx = xlsxResponse.asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(exports.getList("tables").size());
            for (Sheet sheet : sheets) {
                List<Row> sheetRows = sheet.read();
                assertThat(sheetRows.get(0).getCellText(0)).isEqualTo(MARKING);
                assertThat(sheetRows.get(sheetRows.size() - 1).getCellText(0)).isEqualTo(MARKING);
            }
            Sheet byCrimeType = sheets.stream().filter(s -> {
                try {
                    return s.read().get(1).getCellText(0).contains("approved disruptions, by crime type");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).findFirst().orElseThrow();
            List<Row> sheetRows = byCrimeType.read();
            assertThat(sheetRows).hasSize(csv.size());
            for (int r = 3; r < sheetRows.size() - 1; r++) {
                for (int c = 0; c < 4; c++) {
                    assertThat(text(sheetRows.get(r), c)).isEqualTo(csv.get(r).get(c));
                }
            }
        }
        assertThat(zipEntry(xlsx, "docProps/custom.xml")).contains("Protective marking", MARKING);
        assertThat(zipEntry(xlsx, "docProps/core.xml")).contains(MARKING);
    }

    /**
     * The report's other sections (claimed against moderated, the business plan RAG, ...) are exported too, each
     * table with the figures the page shows, and no table names a row or a value by its code.
     */
    @Test
    void everyTableOfThePageIsExportedInWords() throws IOException {
        feed();
        JsonPath view = view();
        JsonPath exports = given().auth().oauth2(VIEWER).when().get("/api/v1/governance/2038-39/Q1/export")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        assertThat(exports.getList("tables.id", String.class)).contains(
                "rocu-claimed-versus-moderated-by-force", "rocu-claimed-versus-moderated-by-crime-type",
                "ctu-business-plan-rag-rag-by-reviewing-body", "records-review-services");
        List<CSVRecord> csv = csv("rocu-claimed-versus-moderated-by-crime-type");
        assertThat(csv.get(1).get(0)).contains("ROCU: claimed and moderated disruptions, Claimed and moderated"
                + " disruptions by crime type (2038-39/Q1)").endsWith("cleared to OFFICIAL-SENSITIVE.");
        assertThat(csv.get(2).toList()).startsWith("Crime type", "Claims");
        String table = "sections.find { it.key == 'rocu.claimedVersusModerated' }.tables.find { it.key =="
                + " 'byCrimeType' }";
        List<Map<String, Object>> rows = view.getList(table + ".rows");
        assertThat(csv.subList(3, csv.size() - 1)).hasSize(rows.size());
        for (Map<String, Object> row : rows) {
            CSVRecord line = csv.stream().filter(r -> r.get(0).equals(Labels.of((String) row.get("key"))))
                    .findFirst().orElseThrow();
            assertThat(line.get(1)).isEqualTo(String.valueOf(view.getInt(table + ".rows.find { it.key == '"
                    + row.get("key") + "' }.cells.find { it.column == 'claims' }.count")));
        }
        assertThat(csv.stream().filter(r -> r.get(0).equals("Money laundering")).findFirst().orElseThrow()
                .get(1)).isEqualTo("1");
        for (String id : exports.getList("tables.id", String.class)) {
            assertThat(given().auth().oauth2(VIEWER).when().get("/api/v1/governance/2038-39/Q1/export/csv/" + id)
                    .then().statusCode(HttpStatus.SC_OK).extract().asString()).as(id)
                    .doesNotContainPattern("[A-Z]{3,}_[A-Z_]+")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T[\\d:]+\\.\\d{4,}");
        }
    }

    private static List<CSVRecord> csv(String table) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(given().auth().oauth2(VIEWER).when()
                .get("/api/v1/governance/2038-39/Q1/export/csv/" + table).then().statusCode(HttpStatus.SC_OK)
                .extract().asString())).getRecords();
    }

    /** Feeds the quarter's disruptions once, for the first test that needs them. */
    private synchronized void feed() {
        if (fed) {
            return;
        }
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            approve(events, "2038-39/Q1", "DRUGS", 3);
            approve(events, "2038-39/Q1", "FIREARMS", 2);
            approve(events, "2037-38/Q4", "FRAUD_AND_ECONOMIC_CRIME", 1);
            approve(events, "2038-39/Q1", "MONEY_LAUNDERING", 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> view().get("rocu.figures.approvedDisruptions"
                    + ".byCrimeType.find { it.key == 'MONEY_LAUNDERING' }") != null);
        }
        fed = true;
    }

    @Test
    void anUnknownTableIsAProblemAndOnlyGovernanceReadersExport() {
        given().auth().oauth2(VIEWER).when().get("/api/v1/governance/2038-39/Q1/export/csv/no-such-table")
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
        given().auth().oauth2(VIEWER).when().get("/api/v1/governance/2038-39/Q9/export/xlsx")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forSubject("p").roles("region-partner", "machine").sign())
                .when().get("/api/v1/governance/2038-39/Q1/export/xlsx").then().statusCode(HttpStatus.SC_FORBIDDEN)
                .contentType("application/problem+json");
    }

    private static void approve(TestEvents events, String quarter, String crimeType, int count) {
        for (int i = 0; i < count; i++) {
            RocuEventData.approved(events, ORDERED, quarter, crimeType, "MAJOR", "WMP", "OFFICIAL_SENSITIVE");
        }
    }

    private static JsonPath view() {
        return given().auth().oauth2(VIEWER).when().get("/api/v1/governance/2038-39/Q1").then()
                .statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    /** A figure as the view gives it, written as the CSV writes it. */
    @SuppressWarnings("unchecked")
    private static String figure(Map<String, Object> trend, String period) {
        Map<String, Object> count = (Map<String, Object>) trend.get(period);
        if (Boolean.TRUE.equals(count.get("suppressed"))) {
            return "withheld";
        }
        return count.get("value") == null ? "" : count.get("value").toString();
    }

    /** A cell as the CSV writes it: a number in plain notation, an empty cell as nothing. */
    private static String text(Row row, int column) {
        Cell cell = column < row.getCellCount() ? row.getOptionalCell(column).orElse(null) : null;
        if (cell == null) {
            return "";
        }
        return cell.getType() == CellType.NUMBER
                ? ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString() : cell.getText();
    }

    /** An entry of the spreadsheet's zip, read through its central directory. */
    private static String zipEntry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("governance-export", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile archive = new ZipFile(file.toFile())) {
                ZipEntry entry = archive.getEntry(name);
                return entry == null ? "" : new String(archive.getInputStream(entry).readAllBytes(),
                        StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
