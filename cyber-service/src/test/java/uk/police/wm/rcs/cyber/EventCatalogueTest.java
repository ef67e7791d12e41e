package uk.police.wm.rcs.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document, the JSON Schemas and the event types in the code name the same set of events. */
class EventCatalogueTest {

    @Test
    void asyncApiListsEveryPublishedSchema() throws IOException {
        String asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/asyncapi.yaml")) {
            asyncApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> schemaTypes;
        try (Stream<Path> files = Files.list(Path.of("events/src/main/resources/META-INF/events"))) {
            schemaTypes = files.map(p -> p.getFileName().toString().replace(".schema.json", "")).sorted().toList();
        }
        Matcher names = Pattern.compile("name: (uk\\.police\\.wm\\.cyber\\.[a-z.-]+\\.v\\d+)").matcher(asyncApi);
        List<String> listed = names.results().map(m -> m.group(1)).sorted().toList();
        assertThat(listed).isEqualTo(schemaTypes);
        for (String type : schemaTypes) {
            assertThat(asyncApi).contains("$ref: './events/" + type + ".schema.json'");
        }
        assertThat(EVENT_TYPES.stream().sorted().toList()).isEqualTo(schemaTypes);
    }

    @Test
    void everyEventSchemaRequiresTheMarking() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("events/src/main/resources/META-INF/events"))) {
            for (Path schema : files.toList()) {
                var root = json.readTree(schema.toFile());
                List<String> required = new java.util.ArrayList<>();
                root.get("required").forEach(r -> required.add(r.asText()));
                assertThat(required).as(schema.getFileName().toString()).contains("classification", "caveats");
                assertThat(root.at("/properties/caveats/type").asText()).isEqualTo("array");
                assertThat(root.at("/properties/classification/enum").toString())
                        .isEqualTo("[\"OFFICIAL\",\"OFFICIAL_SENSITIVE\",\"SECRET\"]");
            }
        }
    }

    /** Every event type the code publishes. */
    static final List<String> EVENT_TYPES = List.of(
            uk.police.wm.rcs.cyber.events.ReferralEvents.Received.TYPE,
            uk.police.wm.rcs.cyber.events.ReferralEvents.Triaged.TYPE,
            uk.police.wm.rcs.cyber.events.ReferralEvents.TriageCorrected.TYPE,
            uk.police.wm.rcs.cyber.events.ReferralEvents.VictimContacted.TYPE,
            uk.police.wm.rcs.cyber.events.ReferralEvents.SentToActionFraud.TYPE,
            uk.police.wm.rcs.cyber.events.PlanEvents.CommitmentUpdated.TYPE,
            uk.police.wm.rcs.cyber.events.PlanEvents.ActionUpdated.TYPE,
            uk.police.wm.rcs.cyber.events.OutreachEvents.PcsoMonthReported.TYPE,
            uk.police.wm.rcs.cyber.events.OutreachEvents.CampaignRecorded.TYPE,
            uk.police.wm.rcs.cyber.events.OutreachEvents.CyberEssentialsMonthReported.TYPE,
            uk.police.wm.rcs.cyber.events.OutreachEvents.OutreachEventRecorded.TYPE,
            uk.police.wm.rcs.cyber.events.PreventEvents.InterventionRecorded.TYPE,
            uk.police.wm.rcs.cyber.events.ForensicsEvents.MonthReported.TYPE,
            uk.police.wm.rcs.cyber.events.PrepareEvents.ExerciseRecorded.TYPE,
            uk.police.wm.rcs.cyber.events.PrepareEvents.SimulationRecorded.TYPE,
            uk.police.wm.rcs.cyber.events.FundingEvents.ProgrammeUpdated.TYPE,
            uk.police.wm.rcs.cyber.events.FundingEvents.BidSubmitted.TYPE,
            uk.police.wm.rcs.cyber.events.FundingEvents.BidDecided.TYPE,
            uk.police.wm.rcs.cyber.events.TrainingEvents.SessionRecorded.TYPE,
            // the records review's two events, typed by the platform's ReviewedTable under this service's prefix
            "uk.police.wm.cyber.review.decided.v1",
            "uk.police.wm.cyber.record.disposed.v1");
}
