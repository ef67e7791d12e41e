package uk.police.wm.rcs.gateway.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.police.wm.rcs.gateway.labels.Labels;

/**
 * Writes the view's tables as CSV (one table a file) and as a spreadsheet (one table a sheet), each with the
 * protective marking as its first and last row; the spreadsheet also in every sheet's printed header and footer and
 * in the document's properties. Figures are written as the view gives them (numbers as numbers, a withheld figure
 * as "withheld").
 */
public final class TableFiles {

    private TableFiles() {
    }

    /** The title row of a table: what it is, which quarter, for whom. */
    static String title(ViewTable table, String quarter, String clearance) {
        return "Regional governance view " + quarter + ": " + table.name() + ". Prepared for a reader cleared to "
                + Labels.of(clearance) + ".";
    }

    public static byte[] csv(ViewTable table, String quarter, String marking, String clearance) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            csv.printRecord(marking);
            csv.printRecord(title(table, quarter, clearance));
            csv.printRecord(table.columns());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell == null ? "" : cell instanceof BigDecimal n
                        ? n.stripTrailingZeros().toPlainString() : cell.toString()));
                csv.printRecord(cells);
            }
            csv.printRecord(marking);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] spreadsheet(List<ViewTable> tables, String quarter, String marking, String clearance,
            Instant preparedAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Regional control strategy services", "1.0");
            workbook.properties().setTitle("Regional governance view " + quarter).setSubject(marking)
                    .setKeywords(marking).setCategory(marking)
                    .setDescription("Protective marking: " + marking + ". Prepared for a reader cleared to "
                            + clearance + ".")
                    .setTextProperty("Protective marking", marking).setTextProperty("Quarter", quarter)
                    .setDateProperty("Prepared at", preparedAt);
            Set<String> names = new HashSet<>();
            for (ViewTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table, names));
                sheet.header(marking, Position.CENTER);
                sheet.footer(marking, Position.CENTER);
                sheet.value(0, 0, marking);
                sheet.value(1, 0, title(table, quarter, clearance));
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.value(2, c, table.columns().get(c));
                }
                int r = 3;
                for (List<Object> row : table.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object cell = row.get(c);
                        if (cell instanceof BigDecimal n) {
                            sheet.value(r, c, n);
                        } else if (cell != null) {
                            sheet.value(r, c, cell.toString());
                        }
                    }
                    r++;
                }
                sheet.value(r, 0, marking);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A sheet name: at most 31 characters, none of those a spreadsheet forbids, unique in the workbook. */
    static String sheetName(ViewTable table, Set<String> taken) {
        String base = table.name().replace("Counter Terrorism Unit", "CTU")
                .replace("Regional Organised Crime Unit", "ROCU").replace("Cybercrime", "Cyber").replace(",", "")
                .replaceAll("[\\[\\]:*?/\\\\]", " ");
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
