package uk.police.wm.rcs.rocu.events;

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

/** Each record of rocu-service's events against its committed JSON Schema. */
class RocuEventRecordsTest {

    /** The application's ObjectMapper as far as writing goes: dates as text (as Quarkus sets it), strict rules. */
    static final ObjectMapper MAPPER = StrictJsonCustomizer.apply(JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());

    static final ReviewedTable TABLE = new ReviewedTable("disruption", "disruption", "review_date", "true", "force",
            DisruptionClaimedEvent.AGGREGATE, "uk.police.wm.rocu");

    private static Map<String, Class<?>> records() {
        // the platform's records review events are typed by this service's prefix
        return EventRecordContracts.byType(List.of(
                DisruptionClaimedEvent.class, DisruptionAmendedEvent.class, ModerationEvents.DisruptionModerated.class,
                ModerationEvents.PanelHeld.class, ModerationEvents.HighlightPublished.class, OcgEvents.OcgMapped.class,
                OcgEvents.OcgChanged.class, OcgEvents.OcgArchived.class, CrossBorderNoticeEvents.NoticeDecided.class,
                QuarterFrozenEvent.class, ReviewEvents.ReviewChanged.class, ReviewEvents.ObjectiveSet.class,
                ReconciliationIssued.class), Map.of(TABLE.decidedEventType(),
                ReviewDecidedEvent.class, TABLE.disposedEventType(), RecordDisposedEvent.class));
    }

    static final EventRecordContracts CONTRACTS = new EventRecordContracts(records(),
            Set.of(EventMarkings.CLASSIFICATION, EventMarkings.CAVEATS),
            Map.of(ReviewedTable.class, TABLE, SecurityMarking.class, SecurityMarking.OFFICIAL),
            event -> Outbox.data(MAPPER, (OutboxEvent) event));

    @Test
    void recordsAndSchemasAgree() {
        CONTRACTS.assertRecordsAndSchemasAgree();
    }

    @Test
    void aFieldOnOneSideOnlyIsFound() {
        record WithAnExtraField(String disruptionId, String panelId, String addedHere) {
        }
        assertThat(CONTRACTS.problems(ModerationEvents.DisruptionModerated.TYPE, WithAnExtraField.class))
                .contains(ModerationEvents.DisruptionModerated.TYPE + ": component addedHere is not in the schema")
                .anyMatch(p -> p.contains("required force is not a component"));
    }
}
