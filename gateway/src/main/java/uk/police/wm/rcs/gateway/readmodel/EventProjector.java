package uk.police.wm.rcs.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * Applies one kind of domain event to the read model. Called inside the transaction that also records the events
 * as consumed, so the projection and the dedupe commit together; never called twice for one event id.
 */
public interface EventProjector {

    /**
     * An event to apply: its envelope, its parsed data and the marking of what it describes, read once for every
     * projector by the platform's {@code EventMarkings.read} (an event without a readable marking is
     * {@link SecurityMarking#UNMARKED}, the highest classification). A projector never reads the data's own
     * {@code classification} member.
     */
    record Applied(ConsumedEvent event, JsonNode data, SecurityMarking marking) {

        /** The data as its producer's event record, e.g. {@code as(DisruptionClaimedEvent.class)}. */
        public <T> T as(Class<T> type) {
            return EventData.as(data, type);
        }
    }

    /** The CloudEvents types this projector applies. */
    Set<String> types();

    /** Applies the event; throws {@link RejectedEventException} when the data is not of the expected shape. */
    void apply(Applied event);

    /**
     * Applies new events in their order on the topic (so per aggregate); a projector of many events overrides this
     * to read and write each table once for the whole batch. Throws as {@link #apply} does, failing the batch.
     */
    default void applyAll(List<Applied> events) {
        events.forEach(this::apply);
    }

    /** Deletes everything this projector wrote, before a rebuild replays the topics. */
    void reset();
}
