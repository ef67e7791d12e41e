package uk.police.wm.rcs.gateway.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.GovernanceView;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage;
import uk.police.wm.rcs.gateway.governance.coverage.CoverageWords;
import uk.police.wm.rcs.gateway.governance.series.HeadlineFigures;
import uk.police.wm.rcs.gateway.governance.series.HeadlineFigures.Figure;
import uk.police.wm.rcs.gateway.governance.series.ViewWords;
import uk.police.wm.rcs.gateway.labels.Labels;

/**
 * Every table of a governance view, read from the view as the API serialises it, so the exports hold exactly the
 * API's values and a table added to the view is exported with no second list to keep: each list of rows in a
 * section's figures (and the 4 P matrix, the records review and the withheld list) is a table, a row's figures its
 * columns (a trend's current quarter, previous quarter and year before; a withheld figure as "withheld"); the figures
 * that stand alone are the table of headline figures, which names every figure of the view; and each table of the
 * report's other sections ({@code sections}) is a table as the board pack shows it. A code is written in words from
 * the label catalogue, as on the page and in the PDF.
 */
@ApplicationScoped
public class ViewTables {

    @Inject
    ObjectMapper json;

    @Inject
    HeadlineFigures headlines;

    public List<ViewTable> of(GovernanceView view) {
        JsonNode tree = json.valueToTree(view);
        List<ViewTable> tables = new ArrayList<>();
        List<List<Object>> headline = new ArrayList<>();
        for (Figure f : headlines.of(view)) {
            headline.add(List.of(ViewWords.capitalised(f.name()), f.suppressed() ? ViewTable.WITHHELD
                    : f.value() == null ? "" : f.value()));
        }
        tables.add(new ViewTable("headline-figures", "Headline figures", List.of("Figure", "Value"), headline));
        for (String section : List.of("ctu", "rocu", "cyber")) {
            collect(tree.path(section).path("figures"), section, ViewWords.of(section), tables);
        }
        for (Coverage.Section section : view.sections() == null ? List.<Coverage.Section>of() : view.sections()) {
            for (Coverage.Table table : section.tables()) {
                tables.add(coverage(section, table));
            }
        }
        collect(tree.path("fourPMatrix"), "four-p-matrix", ViewWords.of("fourPMatrix"), tables);
        collect(tree.path("compliance"), "records-review", "Records about people, reviews under the MoPI code",
                tables);
        collect(tree.path("withheld"), "withheld", "What was withheld", tables);
        return tables;
    }

    /** A table of the report's other sections, its rows and columns in words, its figures the API's values. */
    private static ViewTable coverage(Coverage.Section section, Coverage.Table table) {
        List<String> columns = new ArrayList<>();
        columns.add(table.rowHeading());
        table.columns().forEach(c -> columns.add(CoverageWords.column(c)));
        List<List<Object>> rows = new ArrayList<>();
        for (Coverage.Row row : table.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(CoverageWords.row(row.key()));
            for (Coverage.Cell cell : row.cells()) {
                cells.add(cell.count() != null ? BigDecimal.valueOf(cell.count()) : cell.amount() != null
                        ? cell.amount() : CoverageWords.status(cell.status()));
            }
            rows.add(cells);
        }
        return new ViewTable(slug(section.key().replace('.', '-')) + "-" + slug(table.key()),
                section.title() + ", " + table.title() + (table.period() == null ? "" : " (" + table.period()
                        + ")"), columns, rows);
    }

    private static void collect(JsonNode node, String id, String name, List<ViewTable> tables) {
        if (node.isArray()) {
            if (!node.isEmpty() && node.get(0).isObject()) {
                tables.add(table(node, id, name));
            }
        } else if (node.isObject() && !isCount(node)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                collect(member.getValue(), id + "-" + slug(member.getKey()),
                        name + ", " + ViewWords.of(member.getKey()), tables);
            }
        }
    }

    private static ViewTable table(JsonNode rows, String id, String name) {
        List<Map<String, Object>> flat = new ArrayList<>();
        LinkedHashMap<String, String> columns = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            Map<String, Object> cells = new LinkedHashMap<>();
            flatten(row, "", cells, columns);
            flat.add(cells);
        }
        List<List<Object>> out = new ArrayList<>();
        for (Map<String, Object> cells : flat) {
            List<Object> row = new ArrayList<>();
            columns.keySet().forEach(c -> row.add(cells.get(c)));
            out.add(row);
        }
        return new ViewTable(id, ViewWords.capitalised(name), List.copyOf(columns.values()), out);
    }

    /** A row's cells: scalars as they are, a figure by its value, nested members by their path in words. */
    private static void flatten(JsonNode node, String path, Map<String, Object> cells, Map<String, String> columns) {
        if (isCount(node) && path.isEmpty()) {
            // a row that is itself a figure: its key and its value
            put("key", node.path("key").asText(), cells, columns);
            flatten(node, "value", cells, columns);
        } else if (isCount(node)) {
            put(path, node.path("suppressed").asBoolean() ? ViewTable.WITHHELD
                    : node.path("value").isNull() ? null : node.path("value").decimalValue(), cells, columns);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String words = ViewWords.of(member.getKey());
                flatten(member.getValue(), path.isEmpty() ? words : path + ", " + words, cells, columns);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            put(path, String.join(", ", items), cells, columns);
        } else {
            put(path, node.isNull() ? null : node.isNumber() ? node.decimalValue() : node.asText(), cells, columns);
        }
    }

    /** A cell; a text value in words (a code through the catalogue, codes in a sentence too), a figure as it is. */
    private static void put(String path, Object value, Map<String, Object> cells, Map<String, String> columns) {
        columns.putIfAbsent(path, ViewWords.capitalised(path));
        cells.put(path, value instanceof String text ? words(text) : value);
    }

    /**
     * A text cell as the page writes it: a code in words, a month (2018-07) and a date (2018-09-30) as words, the
     * codes inside a sentence (a withheld entry) in words.
     */
    private static String words(String text) {
        return Labels.sentence(CoverageWords.row(CoverageWords.status(text)));
    }

    private static boolean isCount(JsonNode node) {
        return node.isObject() && node.has("suppressed") && node.has("value");
    }

    private static String slug(String member) {
        return member.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
