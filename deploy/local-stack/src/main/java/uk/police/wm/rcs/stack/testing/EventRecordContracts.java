package uk.police.wm.rcs.stack.testing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks an event-contract module's records against its committed JSON Schemas ({@code META-INF/events/<type>
 * .schema.json} on the classpath), so that a field added to the record or to the schema alone fails the module's
 * build: every record component is a schema property of a compatible type (the values the schema allows of an enum
 * are the enum's), every schema property is a component or one the outbox adds on the wire (the marking's), every
 * required property is there, and an instance of the record, put on the wire as the outbox puts it, is valid
 * against the schema.
 */
public final class EventRecordContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Samples for the schemas' patterns: a financial quarter, a financial year and a handling caveat. */
    private static final Map<String, String> PATTERN_SAMPLES = Map.of(
            "^[0-9]{4}-[0-9]{2}/Q[1-4]$", "2024-25/Q1",
            "^[0-9]{4}-[0-9]{2}$", "2024-25",
            "^[A-Z][A-Z0-9_]{1,39}$", "UK_EYES_ONLY");

    private final Map<String, Class<?>> recordsByType;
    private final Set<String> addedOnTheWire;
    private final Map<Class<?>, Object> givenSamples;
    private final Function<Object, JsonNode> wire;

    /**
     * @param recordsByType  each event type's record
     * @param addedOnTheWire the members the outbox adds to every event's data (the marking's)
     * @param givenSamples   values for component types that are not data (e.g. what routes a platform event)
     * @param wire           the data an instance of a record becomes on the topic
     */
    public EventRecordContracts(Map<String, Class<?>> recordsByType, Set<String> addedOnTheWire,
            Map<Class<?>, Object> givenSamples, Function<Object, JsonNode> wire) {
        this.recordsByType = recordsByType;
        this.addedOnTheWire = addedOnTheWire;
        this.givenSamples = givenSamples;
        this.wire = wire;
    }

    /**
     * Event records by the type each declares in its {@code TYPE} constant, and {@code typed}: records whose type is
     * not a constant of theirs (the platform's review events, typed by the service's prefix).
     */
    public static Map<String, Class<?>> byType(List<Class<?>> records, Map<String, Class<?>> typed) {
        Map<String, Class<?>> byType = new LinkedHashMap<>(typed);
        for (Class<?> record : records) {
            try {
                byType.put((String) record.getField("TYPE").get(null), record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(record + " declares no TYPE", e);
            }
        }
        return byType;
    }

    /** Both checks: {@link #assertEverySchemaHasARecord()} and {@link #assertRecordsMatchSchemas()}. */
    public void assertRecordsAndSchemasAgree() {
        assertEverySchemaHasARecord();
        assertRecordsMatchSchemas();
    }

    /** The schemas committed beside the records have exactly these types. */
    public void assertEverySchemaHasARecord() {
        Set<String> schemas = schemaTypes();
        if (!schemas.equals(new TreeSet<>(recordsByType.keySet()))) {
            throw new AssertionError("schemas " + schemas + " but records for "
                    + new TreeSet<>(recordsByType.keySet()));
        }
    }

    /** Each record against its type's schema; fails with every difference found. */
    public void assertRecordsMatchSchemas() {
        List<String> problems = new ArrayList<>();
        recordsByType.forEach((type, record) -> problems.addAll(problems(type, record)));
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** What differs between one record and its schema, in words. */
    public List<String> problems(String type, Class<?> record) {
        JsonNode schema = schema(type);
        List<String> problems = new ArrayList<>();
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : data(record)) {
            components.add(component.getName());
            JsonNode property = schema.path("properties").get(component.getName());
            if (property == null) {
                problems.add(type + ": component " + component.getName() + " is not in the schema");
            } else {
                typeProblem(schema, resolve(schema, property), component.getType())
                        .ifPresent(p -> problems.add(type + ": " + component.getName() + " " + p));
            }
        }
        schema.path("properties").fieldNames().forEachRemaining(name -> {
            // a deprecated property is no longer sent: the schema keeps it so that older events still validate
            boolean deprecated = schema.path("properties").path(name).path("deprecated").asBoolean(false);
            if (!components.contains(name) && !addedOnTheWire.contains(name) && !deprecated) {
                problems.add(type + ": schema property " + name + " is not a component of " + record.getSimpleName());
            }
        });
        schema.path("required").forEach(name -> {
            if (!components.contains(name.asText()) && !addedOnTheWire.contains(name.asText())) {
                problems.add(type + ": required " + name.asText() + " is not a component of " + record.getSimpleName());
            }
        });
        if (problems.isEmpty()) {
            JsonNode onTheWire = wire.apply(sample(record, schema, schema));
            for (ValidationMessage message : JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema).validate(onTheWire)) {
                problems.add(type + ": an instance on the wire " + onTheWire + " is invalid: " + message.getMessage());
            }
        }
        return problems;
    }

    /** A record's components that are its data (not those Jackson never writes). */
    private static List<RecordComponent> data(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> !c.isAnnotationPresent(JsonIgnore.class)
                        && !c.getAccessor().isAnnotationPresent(JsonIgnore.class))
                .toList();
    }

    private static java.util.Optional<String> typeProblem(JsonNode root, JsonNode property, Class<?> type) {
        Set<String> allowed = new TreeSet<>();
        JsonNode types = property.path("type");
        if (types.isArray()) {
            types.forEach(t -> allowed.add(t.asText()));
        } else if (types.isTextual()) {
            allowed.add(types.asText());
        }
        if (type.isEnum()) {
            Set<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> values = new TreeSet<>();
            property.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
            // every value a consumer may receive is one the record reads (a schema may allow fewer: a decision
            // event never says PENDING)
            return !values.isEmpty() && constants.containsAll(values) ? java.util.Optional.empty()
                    : java.util.Optional.of("has the values " + constants + " but the schema " + values);
        }
        String expected = jsonType(type);
        if (property.has("const")) {
            allowed.add(property.get("const").getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        boolean ok = allowed.isEmpty() ? property.has("enum") && "string".equals(expected)
                : allowed.contains(expected) || "integer".equals(expected) && allowed.contains("number");
        return ok ? java.util.Optional.empty()
                : java.util.Optional.of("is a " + type.getSimpleName() + " (" + expected + ") but the schema says "
                        + allowed);
    }

    private static String jsonType(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "object";
        }
        return "string";
    }

    /** An instance of a record whose every value the schema allows (its first enum value, a sample of its pattern). */
    private Object sample(Class<?> record, JsonNode root, JsonNode schema) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            JsonNode property = schema.path("properties").path(c.getName());
            values[i] = sample(c.getType(), c.getGenericType(), root, resolve(root, property));
        }
        try {
            Constructor<?> constructor = record.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + record.getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object sample(Class<?> type, Type generic, JsonNode root, JsonNode property) {
        if (givenSamples.containsKey(type)) {
            return givenSamples.get(type);
        }
        JsonNode firstValue = firstNonNull(property.path("enum"));
        if (type.isEnum()) {
            return firstValue != null ? Enum.valueOf((Class) type, firstValue.asText()) : type.getEnumConstants()[0];
        }
        if (type == String.class) {
            if (firstValue != null) {
                return firstValue.asText();
            }
            if ("uuid".equals(property.path("format").asText())) {
                return UUID.nameUUIDFromBytes(property.toString().getBytes()).toString();
            }
            String pattern = property.path("pattern").asText(null);
            if (pattern != null && !PATTERN_SAMPLES.containsKey(pattern)) {
                throw new IllegalStateException("no sample for the pattern " + pattern
                        + ": add one to PATTERN_SAMPLES");
            }
            return pattern != null ? PATTERN_SAMPLES.get(pattern) : "synthetic";
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        // a number at its schema's minimum when it has one (a count published only from a threshold on)
        long least = Math.max(1, property.path("minimum").asLong(1));
        if (type == int.class || type == Integer.class) {
            return (int) least;
        }
        if (type == long.class || type == Long.class) {
            return least;
        }
        if (type == BigDecimal.class) {
            BigDecimal sample = new BigDecimal("1.50").max(BigDecimal.valueOf(least));
            // a rate or share whose schema caps it (at 1) is sampled at its cap
            return property.has("maximum") ? sample.min(property.get("maximum").decimalValue()) : sample;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2024, 7, 1);
        }
        if (type == Instant.class) {
            return Instant.parse("2024-07-01T09:00:00Z");
        }
        if (type == YearMonth.class) {
            return YearMonth.of(2024, 7);
        }
        if (type.isRecord()) {
            return sample(type, root, property);
        }
        Type[] arguments = generic instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
        if (Collection.class.isAssignableFrom(type)) {
            Object element = sample((Class<?>) raw(arguments[0]), arguments[0], root,
                    resolve(root, property.path("items")));
            return Set.class.isAssignableFrom(type) ? Set.of(element) : List.of(element);
        }
        if (Map.class.isAssignableFrom(type)) {
            Class<?> key = (Class<?>) raw(arguments[0]);
            Map<Object, Object> map = new LinkedHashMap<>();
            // text keys the schema names (propertyNames) are sampled by the first name it allows
            JsonNode firstName = firstNonNull(property.path("propertyNames").path("enum"));
            Stream<Object> keys = key.isEnum() ? Arrays.stream(key.getEnumConstants())
                    : Stream.of(firstName != null ? firstName.asText() : "synthetic");
            keys.forEach(k -> {
                String name = k instanceof Enum<?> e ? e.name() : k.toString();
                JsonNode value = property.path("properties").has(name) ? property.path("properties").get(name)
                        : property.path("additionalProperties");
                map.put(k, sample((Class<?>) raw(arguments[1]), arguments[1], root, resolve(root, value)));
            });
            return map;
        }
        throw new IllegalStateException("no sample for a " + type);
    }

    private static Type raw(Type type) {
        return type instanceof ParameterizedType p ? p.getRawType() : type;
    }

    private static JsonNode firstNonNull(JsonNode values) {
        for (JsonNode value : values) {
            if (!value.isNull()) {
                return value;
            }
        }
        return null;
    }

    /**
     * A property with its local {@code $ref} ({@code #/$defs/...}) followed; of {@code anyOf} or {@code oneOf} the
     * alternative that is not null (a value that may be null is a component that may be null).
     */
    private static JsonNode resolve(JsonNode root, JsonNode property) {
        for (String alternatives : List.of("anyOf", "oneOf")) {
            for (JsonNode alternative : property.path(alternatives)) {
                if (!"null".equals(alternative.path("type").asText())) {
                    return resolve(root, alternative);
                }
            }
        }
        JsonNode ref = property.path("$ref");
        return ref.isTextual() && ref.asText().startsWith("#/") ? root.at(ref.asText().substring(1)) : property;
    }

    private static JsonNode schema(String type) {
        try (InputStream in = EventRecordContracts.class.getClassLoader()
                .getResourceAsStream("META-INF/events/" + type + ".schema.json")) {
            if (in == null) {
                throw new AssertionError("no schema META-INF/events/" + type + ".schema.json on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> schemaTypes() {
        try {
            Path events = Path.of(recordsByType.values().iterator().next().getClassLoader()
                    .getResource("META-INF/events").toURI());
            try (Stream<Path> files = Files.list(events)) {
                return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".schema.json"))
                        .map(f -> f.substring(0, f.length() - ".schema.json".length()))
                        .collect(Collectors.toCollection(TreeSet::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
