package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * JSON schemas for every kind the deployment may use. Built-in kinds come from fabric8's Kubernetes model
 * ({@code schema/validation-schema.json}, unpacked by the build), made as strict as an API server with strict field
 * validation: no unknown field, quantities and int-or-strings as the API accepts them, required fields required.
 * Custom resources come from the operators' CRD schemas in {@code crd-schemas/} (datreeio/CRDs-catalog, MIT).
 * A kind found in neither is unknown, never skipped.
 */
public final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String QUANTITY = "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(e[+-]?[0-9]+|E[+-]?[0-9]+"
            + "|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$";

    private final ObjectNode builtinDefinitions = NODES.objectNode();
    private final Map<String, String> builtinByApiVersionKind = new HashMap<>();
    private final Map<String, JsonSchema> compiled = new HashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    /** Loads the built-in schemas from the folder the build unpacked them to. */
    public Schemas(Path builtinSchemaDirectory) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(builtinSchemaDirectory)) {
            files = walk.filter(p -> p.getFileName().toString().equals("validation-schema.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No built-in Kubernetes schemas at " + builtinSchemaDirectory
                    + " (the build unpacks them in generate-resources)", e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No validation-schema.json under " + builtinSchemaDirectory);
        }
        for (Path file : files) {
            try {
                JsonNode schema = JSON.readTree(file.toFile());
                schema.path("definitions").fields().forEachRemaining(e -> builtinDefinitions.set(e.getKey(), e.getValue()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        builtinDefinitions.fields().forEachRemaining(e -> {
            JsonNode properties = e.getValue().path("properties");
            String apiVersion = properties.path("apiVersion").path("default").asText("");
            String kind = properties.path("kind").path("default").asText("");
            if (!apiVersion.isEmpty() && !kind.isEmpty() && !kind.endsWith("List")) {
                builtinByApiVersionKind.put(apiVersion + " " + kind, e.getKey());
            }
        });
        builtinDefinitions.fields().forEachRemaining(e -> tighten(e.getKey(), (ObjectNode) e.getValue()));
    }

    /** Whether the kind is a built-in Kubernetes kind this validation knows. */
    public boolean isBuiltin(Manifest manifest) {
        return builtinByApiVersionKind.containsKey(manifest.apiVersion() + " " + manifest.kind());
    }

    /** Whether a custom-resource schema exists for the kind. */
    public boolean isCustom(Manifest manifest) {
        return customSchemaResource(manifest).isPresent();
    }

    /** Schema violations of one manifest; empty when valid; throws for an unknown kind (check first). */
    public List<String> validate(Manifest manifest) {
        JsonSchema schema = compiled.computeIfAbsent(manifest.apiVersion() + " " + manifest.kind(), key -> compile(manifest));
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(manifest.node())) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    private JsonSchema compile(Manifest manifest) {
        String definition = builtinByApiVersionKind.get(manifest.apiVersion() + " " + manifest.kind());
        if (definition != null) {
            ObjectNode root = NODES.objectNode();
            root.put("$schema", "http://json-schema.org/draft-07/schema#");
            root.set("definitions", builtinDefinitions);
            root.put("$ref", "#/definitions/" + definition);
            return factory.getSchema(root);
        }
        String resource = customSchemaResource(manifest).orElseThrow(
                () -> new IllegalArgumentException("unknown kind " + manifest.apiVersion() + " " + manifest.kind()));
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            return factory.getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> customSchemaResource(Manifest manifest) {
        if (manifest.group().isEmpty()) {
            return Optional.empty();
        }
        String resource = "crd-schemas/" + manifest.group() + "/" + manifest.kind().toLowerCase(Locale.ROOT) + "_"
                + manifest.version() + ".json";
        return Schemas.class.getClassLoader().getResource(resource) == null ? Optional.empty() : Optional.of(resource);
    }

    /** Makes a fabric8 definition as strict as the API server; fabric8 leaves every object open for its generator. */
    private static void tighten(String name, ObjectNode definition) {
        if (name.endsWith("_Quantity")) {
            definition.removeAll();
            ArrayNode anyOf = definition.putArray("anyOf");
            anyOf.addObject().put("type", "number");
            anyOf.addObject().put("type", "string").put("pattern", QUANTITY);
            return;
        }
        if (name.endsWith("_IntOrString")) {
            definition.removeAll();
            ArrayNode anyOf = definition.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
            return;
        }
        if (name.endsWith("_RawExtension") || name.endsWith("_FieldsV1") || name.endsWith("_JSON")) {
            definition.removeAll();
            return;
        }
        strictObject(definition);
    }

    private static void strictObject(ObjectNode schema) {
        schema.remove(List.of("javaType", "existingJavaType", "javaInterfaces", "javaOmitEmpty", "javaEnumNames"));
        JsonNode properties = schema.get("properties");
        if (properties instanceof ObjectNode props) {
            ArrayNode required = NODES.arrayNode();
            Iterator<Map.Entry<String, JsonNode>> fields = props.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue() instanceof ObjectNode property) {
                    if (property.path("required").isBoolean()) {
                        if (property.get("required").asBoolean()) {
                            required.add(field.getKey());
                        }
                        property.remove("required");
                    }
                    strictObject(property);
                }
            }
            if (!required.isEmpty()) {
                schema.set("required", required);
            }
            if (!schema.has("additionalProperties") || schema.get("additionalProperties").isBoolean()) {
                schema.put("additionalProperties", false);
            }
        }
        if (schema.get("items") instanceof ObjectNode items) {
            strictObject(items);
        }
        if (schema.get("additionalProperties") instanceof ObjectNode values) {
            strictObject(values);
        }
    }
}
