package uk.police.wm.rcs.ctu.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.input.StrictJsonCustomizer;
import uk.police.wm.rcs.platform.outbox.EventMarkings;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.review.ReviewEvents.RecordDisposedEvent;
import uk.police.wm.rcs.platform.review.ReviewEvents.ReviewDecidedEvent;
import uk.police.wm.rcs.platform.review.ReviewedTable;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.stack.testing.EventRecordContracts;

/** Each record of ctu-service's events against its committed JSON Schema. */
class CtuEventRecordsTest {

    /** The application's ObjectMapper as far as writing goes: dates as text (as Quarkus sets it), strict rules. */
    static final ObjectMapper MAPPER = StrictJsonCustomizer.apply(JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());

    static final ReviewedTable TABLE = new ReviewedTable("prevent_case", "prevent_case", "review_date", "true", null,
            PreventCaseChangedEvent.AGGREGATE, "uk.police.wm.ctu");

    static final EventRecordContracts CONTRACTS = new EventRecordContracts(records(),
            Set.of(EventMarkings.CLASSIFICATION, EventMarkings.CAVEATS),
            Map.of(ReviewedTable.class, TABLE, SecurityMarking.class, SecurityMarking.OFFICIAL),
            event -> Outbox.data(MAPPER, (OutboxEvent) event));

    private static Map<String, Class<?>> records() {
        // the platform's records review events are typed by this service's prefix
        return EventRecordContracts.byType(List.of(
                ThreatLevelChangedEvent.class, ProtectEvents.ActivityRecorded.class,
                ProtectEvents.PlannedEventRegistered.class, PreventCaseChangedEvent.class, RagCountedEvent.class,
                ExerciseRecordedEvent.class, PursueEvents.OperationChanged.class, PursueEvents.OperationWithdrawn.class,
                PursueEvents.RestrictedCounted.class), Map.of(TABLE.decidedEventType(),
                ReviewDecidedEvent.class, TABLE.disposedEventType(), RecordDisposedEvent.class));
    }

    @Test
    void recordsAndSchemasAgree() {
        CONTRACTS.assertRecordsAndSchemasAgree();
    }

    @Test
    void aFieldOnOneSideOnlyIsFound() {
        record WithAnExtraField(String id, String quarter, String addedHere) {
        }
        assertThat(CONTRACTS.problems(PreventCaseChangedEvent.TYPE, WithAnExtraField.class))
                .contains(PreventCaseChangedEvent.TYPE + ": component addedHere is not in the schema")
                .anyMatch(p -> p.contains("required stage is not a component"));
    }
}
