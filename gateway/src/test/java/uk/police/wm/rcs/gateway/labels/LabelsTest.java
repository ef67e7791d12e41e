package uk.police.wm.rcs.gateway.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * Every code the governance view can carry has words in the catalogue. The codes are read from the services' event
 * schemas (the contract the view is built from: every enum of every event type) and the platform's classifications,
 * so a code added to an event without a label here fails this test.
 */
class LabelsTest {

    /** The services whose events the gateway reads, beside this module. */
    private static final Path REPOSITORY = Path.of("..");

    @Test
    void everyCodeAnEventCanCarryHasALabel() throws IOException {
        Map<String, TreeSet<String>> codes = eventEnums();
        assertThat(codes).as("the event schemas were found and read").containsKeys("crimeType", "force", "scope");
        Map<String, String> missing = new TreeMap<>();
        codes.forEach((field, values) -> values.stream().filter(code -> !Labels.has(code))
                .forEach(code -> missing.put(code, field)));
        assertThat(missing).as("codes without words in labels/labels.properties (code = event field)").isEmpty();
    }

    @Test
    void everyClassificationHasALabel() {
        for (Classification classification : Classification.values()) {
            assertThat(Labels.has(classification.name())).as(classification.name()).isTrue();
        }
    }

    @Test
    void forcesAreNamedInFullAndCodesAreWords() {
        assertThat(Labels.of("STA")).isEqualTo("Staffordshire Police");
        assertThat(Labels.of("WMC")).isEqualTo("West Mercia Police");
        assertThat(Labels.of("CHILD_SEXUAL_EXPLOITATION")).isEqualTo("Child sexual exploitation");
        assertThat(Labels.of("NI_RELATED_IN_GREAT_BRITAIN"))
                .isEqualTo("Northern Ireland-related terrorism in Great Britain");
        assertThat(Labels.of("OFFICIAL_SENSITIVE")).isEqualTo("OFFICIAL-SENSITIVE");
        for (String code : Labels.codes()) {
            assertThat(Labels.of(code)).as(code).doesNotContain("_");
        }
    }

    @Test
    void sentencesTimesAndQuartersAreWrittenForPeople() {
        assertThat(Labels.sentence("OFFICIAL_SENSITIVE records")).isEqualTo("OFFICIAL-SENSITIVE records");
        assertThat(Labels.sentence("SECRET records need SECRET clearance")).isEqualTo(
                "SECRET records need SECRET clearance");
        assertThat(Labels.time(OffsetDateTime.of(2018, 7, 3, 9, 5, 7, 123_456_789, ZoneOffset.UTC)))
                .isEqualTo("3 July 2018, 10:05:07 BST");
        assertThat(Labels.time(OffsetDateTime.of(2018, 12, 3, 9, 5, 7, 1, ZoneOffset.UTC)))
                .isEqualTo("3 December 2018, 09:05:07 GMT");
        assertThat(Labels.date(LocalDate.of(2018, 7, 1))).isEqualTo("1 July 2018");
        assertThat(Labels.quarter(FinancialQuarter.parse("2018-19/Q2")))
                .isEqualTo("July to September 2018 (2018/19 quarter 2)");
        assertThat(Labels.quarter(FinancialQuarter.parse("2018-19/Q4")))
                .isEqualTo("January to March 2019 (2018/19 quarter 4)");
        assertThat(Labels.number(1234567)).isEqualTo("1,234,567");
        assertThat(Labels.marking("SECRET", java.util.List.of("UK_EYES_ONLY"))).isEqualTo("SECRET UK EYES ONLY");
    }

    /** Every string enum in every event schema of the services, by field name. */
    private static Map<String, TreeSet<String>> eventEnums() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, TreeSet<String>> codes = new TreeMap<>();
        for (String service : new String[] {"ctu-service", "rocu-service", "cyber-service", "gateway"}) {
            // a service's events module holds its schemas once it has one (rocu-service/events)
            Path module = Files.isDirectory(REPOSITORY.resolve(service).resolve("events"))
                    ? REPOSITORY.resolve(service).resolve("events") : REPOSITORY.resolve(service);
            Path events = module.resolve("src/main/resources/META-INF/events");
            assertThat(events).as(events.toString()).isDirectory();
            try (Stream<Path> schemas = Files.list(events)) {
                for (Path schema : schemas.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                    collect(json.readTree(schema.toFile()), "", codes);
                }
            }
        }
        return codes;
    }

    private static void collect(JsonNode node, String field, Map<String, TreeSet<String>> codes) {
        if (node.isObject()) {
            JsonNode values = node.get("enum");
            if (values != null) {
                values.forEach(v -> {
                    if (v.isTextual()) {
                        codes.computeIfAbsent(field, f -> new TreeSet<>()).add(v.asText());
                    }
                });
            }
            node.fields().forEachRemaining(e -> collect(e.getValue(), e.getKey().equals("items")
                    || e.getKey().equals("properties") || e.getKey().equals("propertyNames") ? field : e.getKey(),
                    codes));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, field, codes));
        }
    }
}
