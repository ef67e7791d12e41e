package uk.police.wm.rcs.gateway.governance.series;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.police.wm.rcs.gateway.governance.GovernanceView;
import uk.police.wm.rcs.gateway.labels.Labels;

/**
 * Every headline figure of a governance view as a flat list: each count and measure of the quarter, named by where it
 * sits (section, table, row key) in words. The walk reads the view as the API serialises it, so a figure added to
 * the view is a headline figure here too, with no second list to keep. Trends give their current quarter (the
 * previous quarter and the year before are other quarters' figures); narratives, threat levels and freshness are not
 * figures.
 */
@ApplicationScoped
public class HeadlineFigures {

    /**
     * One figure: a stable id (its path), its name in words, its value ({@code null} when withheld or none) and
     * whether it adds up over quarters (a count of things in the quarter does; a register, a backlog, a median or a
     * rate does not).
     */
    public record Figure(String id, String name, BigDecimal value, boolean suppressed, boolean additive) {
    }

    private static final Set<String> NOT_FIGURES = Set.of("freshness", "highlights", "threatLevels",
            "previousQuarter", "sameQuarterLastYear");
    /** Members whose figures are states at an instant or ratios, which do not add up over quarters. */
    private static final Set<String> NOT_ADDITIVE = Set.of("activeOcgsByCrimeType", "moderationBacklogByForce",
            "medianHours", "p90Hours", "rate", "restrictedOperations");
    /** The members that name a row of a table, in order of preference. */
    private static final List<String> ROW_KEYS = List.of("key", "month", "fourP", "scope", "name", "id");

    @Inject
    ObjectMapper json;

    /** The view's headline figures, in the view's order. */
    public List<Figure> of(GovernanceView view) {
        JsonNode tree = json.valueToTree(view);
        List<Figure> figures = new ArrayList<>();
        for (String section : List.of("ctu", "rocu", "cyber")) {
            walk(tree.path(section).path("figures"), section, ViewWords.of(section), true, figures);
        }
        walk(tree.path("fourPMatrix"), "fourPMatrix", ViewWords.of("fourPMatrix"), true, figures);
        return figures;
    }

    private static void walk(JsonNode node, String id, String name, boolean additive, List<Figure> out) {
        if (node.isObject() && node.has("suppressed") && node.has("value")) {
            out.add(new Figure(id, name, node.get("value").isNull() ? null : node.get("value").decimalValue(),
                    node.get("suppressed").asBoolean(), additive));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String field = member.getKey();
                if (NOT_FIGURES.contains(field) || ROW_KEYS.contains(field)) {
                    continue;
                }
                // a trend's current quarter is the figure itself, in its name and its id
                boolean current = "current".equals(field);
                walk(member.getValue(), current ? id : id + "." + field, current ? name : name + ", "
                        + ViewWords.of(field), additive && !NOT_ADDITIVE.contains(field), out);
            }
        } else if (node.isArray()) {
            for (JsonNode row : node) {
                String key = rowKey(row);
                if (key != null) {
                    // the id keeps the code, for machines; the name is read by people (series, exports, the
                    // changes listed in an issued pack's PDF), so the row is named in words
                    walk(row, id + "[" + key + "]", name + ", " + (Labels.has(key) ? Labels.of(key) : key), additive,
                            out);
                }
            }
        } else if (node.isNumber()) {
            out.add(new Figure(id, name, node.decimalValue(), false, additive));
        }
    }

    /** The member that names a row, or null for a row that is not a figure's (e.g. a narrative). */
    static String rowKey(JsonNode row) {
        for (String key : ROW_KEYS) {
            if (row.path(key).isTextual()) {
                return row.get(key).asText();
            }
        }
        return null;
    }
}
