package uk.police.wm.rcs.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.wm.rcs.platform.review.ReviewDecision;
import uk.police.wm.rcs.platform.review.ReviewEvents.ReviewDecidedEvent;
import uk.police.wm.rcs.platform.review.ReviewedTable;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * An event record declares its type, aggregate and key once, and its data is its components only: what the outbox
 * needs to route it never goes on the wire.
 */
class OutboxEventJsonTest {

    enum Scope {
        REGIONAL
    }

    @OutboxEvent.Type(value = "uk.police.wm.test.widget.counted.v1", aggregate = "widget-count")
    record WidgetCounted(String quarter, @OutboxEvent.Key Scope scope, long widgets, Classification classification,
            Set<String> caveats) implements OutboxEvent.Marked {
    }

    record Undeclared(String id) implements OutboxEvent.Official {
    }

    @Test
    void aRecordDeclaresItsTypeAggregateKeyAndMarking() {
        WidgetCounted event = new WidgetCounted("2024-25/Q1", Scope.REGIONAL, 3, Classification.SECRET,
                Set.of("UK_EYES_ONLY"));

        assertThat(event.eventType()).isEqualTo("uk.police.wm.test.widget.counted.v1");
        assertThat(event.aggregateType()).isEqualTo("widget-count");
        assertThat(event.aggregateId()).isEqualTo("REGIONAL");
        assertThat(event.marking()).isEqualTo(SecurityMarking.of(Classification.SECRET, "UK_EYES_ONLY"));
        assertThat(Outbox.data(new ObjectMapper(), event).toString()).isEqualTo("{\"quarter\":\"2024-25/Q1\","
                + "\"scope\":\"REGIONAL\",\"widgets\":3,\"classification\":\"SECRET\",\"caveats\":[\"UK_EYES_ONLY\"]}");
    }

    @Test
    void aRecordThatDeclaresNothingIsNamed() {
        assertThatThrownBy(() -> new Undeclared("u-1").eventType()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@OutboxEvent.Type");
        assertThatThrownBy(() -> new Undeclared("u-1").aggregateId()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Undeclared.class.getName());
    }

    @Test
    void onlyTheRecordsOwnComponentsAreItsData() {
        ReviewedTable table = new ReviewedTable("prevent_case", "prevent_case", "review_date", "true", null,
                "prevent-case", "uk.police.wm.ctu");
        ReviewDecidedEvent event = new ReviewDecidedEvent(table,
                SecurityMarking.of(Classification.SECRET, "UK_EYES_ONLY"), "r-1", "c-1", "prevent_case", ReviewDecision.RETAIN, "2024-25/Q1", "2024-25/Q2");

        assertThat(new ObjectMapper().valueToTree(event.data()).toString()).isEqualTo("{\"reviewId\":\"r-1\","
                + "\"recordId\":\"c-1\",\"recordType\":\"prevent_case\",\"decision\":\"RETAIN\","
                + "\"dueQuarter\":\"2024-25/Q1\",\"decidedQuarter\":\"2024-25/Q2\"}");
        assertThat(event.eventType()).isEqualTo("uk.police.wm.ctu.review.decided.v1");
        assertThat(event.aggregateType()).isEqualTo("prevent-case");
        assertThat(event.aggregateId()).isEqualTo("c-1");
    }
}
