package uk.police.wm.rcs.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.wm.rcs.platform.review.ReviewDecision;
import uk.police.wm.rcs.platform.review.ReviewEvents.ReviewDecidedEvent;
import uk.police.wm.rcs.platform.review.ReviewedTable;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/** An event record's data is its components only: what the outbox needs to route it never goes on the wire. */
class OutboxEventJsonTest {

    @Test
    void onlyTheRecordsOwnComponentsAreItsData() {
        ReviewedTable table = new ReviewedTable("prevent_case", "prevent_case", "review_date", "true", null,
                "prevent-case", "uk.police.wm.ctu");
        ReviewDecidedEvent event = new ReviewDecidedEvent(table, SecurityMarking.of(Classification.SECRET, "UK_EYES_ONLY"),
                "r-1", "c-1", "prevent_case", ReviewDecision.RETAIN, "2024-25/Q1", "2024-25/Q2");

        assertThat(new ObjectMapper().valueToTree(event.data()).toString()).isEqualTo("{\"reviewId\":\"r-1\","
                + "\"recordId\":\"c-1\",\"recordType\":\"prevent_case\",\"decision\":\"RETAIN\","
                + "\"dueQuarter\":\"2024-25/Q1\",\"decidedQuarter\":\"2024-25/Q2\"}");
        assertThat(event.eventType()).isEqualTo("uk.police.wm.ctu.review.decided.v1");
        assertThat(event.aggregateType()).isEqualTo("prevent-case");
        assertThat(event.aggregateId()).isEqualTo("c-1");
    }
}
