package uk.police.wm.rcs.platform.openapi;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Removes the component schemas no operation reaches: types the scanner describes because they are annotated or
 * configured (FinancialQuarter, YearMonth) but that a service's API never carries.
 */
final class UnusedSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private UnusedSchemas() {
    }

    static void remove(OpenAPI openApi) {
        Components components = openApi.getComponents();
        if (components == null || components.getSchemas() == null || openApi.getPaths() == null) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        openApi.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> add(pending, p.getSchema()));
            }
            if (op.getRequestBody() != null) {
                content(pending, op.getRequestBody().getContent());
            }
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> content(pending, r.getContent()));
            }
        }));
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> content(pending, r.getContent()));
        }
        Map<String, Schema> schemas = components.getSchemas();
        Set<String> reached = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema s = pending.pop();
            if (s.getRef() != null) {
                String name = s.getRef().substring(PREFIX.length());
                if (reached.add(name) && schemas.containsKey(name)) {
                    pending.push(schemas.get(name));
                }
                continue;
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(p -> add(pending, p));
            }
            add(pending, s.getItems());
            add(pending, s.getAdditionalPropertiesSchema());
            for (List<Schema> list : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
                if (list != null) {
                    list.forEach(p -> add(pending, p));
                }
            }
        }
        schemas.keySet().stream().filter(name -> !reached.contains(name)).toList().forEach(components::removeSchema);
    }

    private static void content(Deque<Schema> pending, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> add(pending, m.getSchema()));
        }
    }

    private static void add(Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }
}
