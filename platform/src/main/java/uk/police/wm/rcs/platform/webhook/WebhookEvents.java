package uk.police.wm.rcs.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.police.wm.rcs.platform.config.EventsConfig;
import uk.police.wm.rcs.platform.outbox.EventMarkings;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * A webhook delivery's body: the event as a structured-mode CloudEvent in JSON, its data and attributes carrying the
 * marking as the outbox's events do ({@link Outbox#data}, {@link EventMarkings}).
 */
@ApplicationScoped
class WebhookEvents {

    private static final JsonFormat FORMAT = new JsonFormat();

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EventsConfig events;

    String body(UUID id, String type, String subject, OffsetDateTime time, Object data, SecurityMarking marking) {
        byte[] json;
        try {
            json = objectMapper.writeValueAsBytes(Outbox.data(objectMapper, data, marking));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("webhook event data cannot be serialised: " + data.getClass(), e);
        }
        CloudEvent event = EventMarkings.write(CloudEventBuilder.v1().withId(id.toString())
                .withSource(URI.create(events.source())).withType(type).withSubject(subject).withTime(time)
                .withDataContentType("application/json").withData(json), marking).build();
        return new String(FORMAT.serialize(event), StandardCharsets.UTF_8);
    }
}
