package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.police.wm.rcs.stack.RcsService;

/** Reads the operations of each service's served OpenAPI document ({@code /q/openapi?format=json}). */
final class ApiOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private ApiOperations() {
    }

    /** The served document of a service, parsed. */
    static JsonNode document(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(baseUrl + "/q/openapi answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + baseUrl + "/q/openapi", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every operation of one document, in document order. */
    static List<ApiOperation> of(RcsService service, JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        JsonNode components = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
                List<String> headers = new ArrayList<>();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    String in = parameter.path("in").asText();
                    if (in.equals("path")) {
                        pathParameters.put(parameter.path("name").asText(), resolve(parameter.path("schema"), components));
                    } else if (in.equals("header")) {
                        headers.add(parameter.path("name").asText());
                    }
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").get("schema");
                operations.add(new ApiOperation(service, method.toUpperCase(Locale.ROOT), path.getKey(),
                        roles(operation, document), pathParameters, headers, body == null ? null : body));
            }
        }
        return operations;
    }

    /**
     * The roles an operation admits: its {@code x-roles} (platform's ContractFilter writes the {@code @RolesAllowed}
     * roles there, and none for {@code @Authenticated}); null when neither the operation nor the document requires
     * security.
     */
    private static List<String> roles(JsonNode operation, JsonNode document) {
        JsonNode security = operation.has("security") ? operation.get("security") : document.get("security");
        if (security == null || !security.isArray() || security.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asText()));
        return List.copyOf(roles);
    }

    /** A schema with its top-level {@code $ref} followed. */
    static JsonNode resolve(JsonNode schema, JsonNode components) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            current = components.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current == null ? JSON.createObjectNode() : current;
    }
}
