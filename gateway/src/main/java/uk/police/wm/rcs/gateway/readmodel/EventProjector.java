package uk.police.wm.rcs.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Applies one kind of domain event to the read model. Called inside the transaction that also records the event
 * as consumed, so the projection and the dedupe commit together; never called twice for one event id.
 */
public interface EventProjector {

    /** The CloudEvents types this projector applies. */
    Set<String> types();

    /** Applies the event; throws {@link RejectedEventException} when the data is not of the expected shape. */
    void apply(ConsumedEvent event, JsonNode data);

    /** Deletes everything this projector wrote, before a rebuild replays the topics. */
    void reset();
}
