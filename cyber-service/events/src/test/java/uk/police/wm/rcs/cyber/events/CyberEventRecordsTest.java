package uk.police.wm.rcs.cyber.events;

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

/** Each record of cyber-service's events against its committed JSON Schema. */
class CyberEventRecordsTest {

    /** The application's ObjectMapper as far as writing goes: dates as text (as Quarkus sets it), strict rules. */
    static final ObjectMapper MAPPER = StrictJsonCustomizer.apply(JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());

    static final ReviewedTable TABLE = new ReviewedTable(ReferralEvents.AGGREGATE, "referral", "retention_review_on",
            "true", "force", ReferralEvents.AGGREGATE, "uk.police.wm.cyber");

    static final EventRecordContracts CONTRACTS = new EventRecordContracts(records(),
            Set.of(EventMarkings.CLASSIFICATION, EventMarkings.CAVEATS),
            Map.of(ReviewedTable.class, TABLE, SecurityMarking.class, SecurityMarking.OFFICIAL),
            event -> Outbox.data(MAPPER, (OutboxEvent) event));

    private static Map<String, Class<?>> records() {
        // the platform's records review events are typed by this service's prefix
        return EventRecordContracts.byType(List.of(
                ReferralEvents.Received.class, ReferralEvents.Triaged.class, ReferralEvents.TriageCorrected.class,
                ReferralEvents.VictimContacted.class, ReferralEvents.SentToActionFraud.class,
                PlanEvents.CommitmentUpdated.class, PlanEvents.ActionUpdated.class,
                OutreachEvents.PcsoMonthReported.class, OutreachEvents.CampaignRecorded.class,
                OutreachEvents.CyberEssentialsMonthReported.class, OutreachEvents.OutreachEventRecorded.class,
                PreventEvents.InterventionRecorded.class, ForensicsEvents.MonthReported.class,
                PrepareEvents.ExerciseRecorded.class, PrepareEvents.SimulationRecorded.class,
                FundingEvents.ProgrammeUpdated.class, FundingEvents.BidSubmitted.class, FundingEvents.BidDecided.class,
                TrainingEvents.SessionRecorded.class), Map.of(TABLE.decidedEventType(),
                ReviewDecidedEvent.class, TABLE.disposedEventType(), RecordDisposedEvent.class));
    }

    @Test
    void recordsAndSchemasAgree() {
        CONTRACTS.assertRecordsAndSchemasAgree();
    }

    @Test
    void aFieldOnOneSideOnlyIsFound() {
        record WithAnExtraField(String id, String board, String addedHere) {
        }
        assertThat(CONTRACTS.problems(FundingEvents.BidSubmitted.TYPE, WithAnExtraField.class))
                .contains(FundingEvents.BidSubmitted.TYPE + ": component addedHere is not in the schema")
                .anyMatch(p -> p.contains("required purpose is not a component"));
    }
}
