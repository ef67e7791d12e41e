package uk.police.wm.rcs.rehearsal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A governance view as its figures: every number, text and flag in the answer by its path, except each part's
 * freshness (when events were applied, lag, whether the service answered), which says how the view was made rather
 * than what it shows, and the ROCU moderation backlog, a figure of now (claims awaiting a panel, whatever their
 * quarter) that a load writing to another quarter moves all the time.
 */
final class ViewFigures {

    private static final java.util.Set<String> NOT_OF_THE_QUARTER = java.util.Set.of("freshness", "moderationBacklogByForce");

    private ViewFigures() {
    }

    static Map<String, String> of(JsonNode view) {
        Map<String, String> figures = new TreeMap<>();
        walk(view, "", figures);
        return figures;
    }

    /** The paths whose values differ, or that one side lacks. */
    static Map<String, String> differences(Map<String, String> before, Map<String, String> after) {
        Map<String, String> differ = new TreeMap<>();
        before.forEach((path, value) -> {
            if (!value.equals(after.get(path))) {
                differ.put(path, value + " -> " + after.get(path));
            }
        });
        after.forEach((path, value) -> {
            if (!before.containsKey(path)) {
                differ.put(path, "(none) -> " + value);
            }
        });
        return differ;
    }

    private static void walk(JsonNode node, String path, Map<String, String> figures) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!NOT_OF_THE_QUARTER.contains(field.getKey())) {
                    walk(field.getValue(), path + "/" + field.getKey(), figures);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", figures);
            }
        } else {
            figures.put(path, node.asText());
        }
    }
}
