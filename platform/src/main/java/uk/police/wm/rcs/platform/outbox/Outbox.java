package uk.police.wm.rcs.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.wm.rcs.platform.config.EventsConfig;
import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.tracing.Traces;

/**
 * Appends domain events to the transactional outbox, in the caller's transaction, for the relay to publish. Each
 * row keeps the correlation id and the trace context of the request that wrote it.
 */
@ApplicationScoped
public class Outbox {

    /** Versioned CloudEvents type, e.g. {@code uk.police.wm.rocu.disruption.claimed.v1}. */
    static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-zA-Z0-9_-]*)+\\.v[0-9]+");

    /** The outbox row's columns, and the placeholders {@link #bind} fills (for statements that write one). */
    static final String COLUMNS =
            "id, source, type, subject, aggregate_type, aggregate_id, time, data, correlation_id, traceparent,"
                    + " classification, caveats";
    static final String VALUES = "?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?";
    private static final String INSERT = "INSERT INTO outbox_event (" + COLUMNS + ") VALUES (" + VALUES + ")";
    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EventsConfig events;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxSignal signal;

    /**
     * Writes one event to the outbox; it commits or rolls back with the caller's change. Requires an active
     * transaction (call it from a {@code @Transactional} service method). The data is serialised with the
     * application's ObjectMapper.
     *
     * @return the event id (CloudEvents {@code id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(OutboxEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Writes several events to the outbox in one JDBC batch (one round trip for a whole import chunk), in list order,
     * which is their publishing order per key; they commit or roll back with the caller's change.
     *
     * @return the event ids, in the same order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<? extends OutboxEvent> newEvents) {
        if (newEvents.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(newEvents.size());
        String correlationId = CorrelationId.current().orElse(null);
        String traceparent = Traces.currentTraceparent();
        Timestamp time = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (OutboxEvent event : newEvents) {
                UUID id = UUID.randomUUID();
                bind(insert, 1, id, event, time, correlationId, traceparent);
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        } catch (SQLException e) {
            OutboxEvent first = newEvents.get(0);
            throw new OutboxException("could not append " + newEvents.size() + " event(s), the first "
                    + first.eventType() + " for " + first.aggregateType() + " " + first.aggregateId(), e);
        }
        wakeRelayAfterCommit();
        return ids;
    }

    /**
     * Sets the {@link #VALUES} placeholders of one event, from parameter {@code first} on.
     *
     * @param traceparent the trace context of the request or job writing the event ({@link Traces}), or null
     * @return the index of the next parameter
     */
    int bind(PreparedStatement statement, int first, UUID id, OutboxEvent event, Timestamp time, String correlationId,
            String traceparent) throws SQLException {
        statement.setObject(first, id);
        statement.setString(first + 1, events.source());
        statement.setString(first + 2, checkedType(event.eventType()));
        statement.setString(first + 3, requireText(event.aggregateId(), "aggregateId"));
        statement.setString(first + 4, requireText(event.aggregateType(), "aggregateType"));
        statement.setString(first + 5, event.aggregateId());
        statement.setTimestamp(first + 6, time);
        statement.setString(first + 7, json(event));
        statement.setString(first + 8, correlationId);
        statement.setString(first + 9, traceparent);
        return Objects.requireNonNull(event.marking(), "every event carries the marking of what it describes")
                .bind(statement, first + 10);
    }

    private static String checkedType(String type) {
        if (type == null || !EVENT_TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must be reverse-DNS and end with a version, like "
                    + "uk.police.wm.rocu.disruption.claimed.v1: " + type);
        }
        return type;
    }

    private String json(OutboxEvent event) {
        try {
            if (event.data() == null) {
                return null;
            }
            return objectMapper.writeValueAsString(data(objectMapper, event));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be serialised as JSON: " + event.data().getClass(), e);
        }
    }

    /**
     * An event's data as it goes on the topic: the record serialised with {@code mapper} and, when it is an object,
     * the marking's members ({@link EventMarkings}). The event-contract modules' tests check it against the schemas.
     */
    public static JsonNode data(ObjectMapper mapper, OutboxEvent event) {
        return data(mapper, event.data(), event.marking());
    }

    /** Event data as it goes on the wire, to a topic or a webhook: the record with the marking's members. */
    public static JsonNode data(ObjectMapper mapper, Object record, SecurityMarking marking) {
        JsonNode data = mapper.valueToTree(record);
        if (data instanceof ObjectNode object) {
            EventMarkings.write(object, marking);
        }
        return data;
    }

    /** Wakes the relay when the current transaction commits, once per transaction. */
    void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, WAKE_REGISTERED, signal::wake);
    }

    private static String requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
