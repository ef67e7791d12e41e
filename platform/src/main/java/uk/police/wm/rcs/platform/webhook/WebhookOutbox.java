package uk.police.wm.rcs.platform.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import uk.police.wm.rcs.platform.outbox.AfterCommit;
import uk.police.wm.rcs.platform.outbox.EventMarkings;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/**
 * Writes an event for a force's webhooks in the caller's transaction (the outbox pattern: the delivery rows commit
 * or roll back with the change they report), one row per webhook of that force whose registering client may read
 * the event's marking. The worker ({@link WebhookDeliveryWorker}) sends them after commit.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    DataSource dataSource;

    @Inject
    WebhookEvents bodies;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    WebhookDeliveryWorker worker;

    /**
     * Queues one event for every webhook of {@code force} whose registering client is cleared for {@code marking}.
     *
     * @param subject the CloudEvents {@code subject}, the id of the record the event is about
     * @param data    the event record; the marking is merged into it as in the outbox ({@link EventMarkings})
     * @return the event id (also each delivery's {@code webhook-id}), or empty when no webhook is to receive it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> enqueue(Force force, SecurityMarking marking, String type, String subject, Object data) {
        try (Connection c = dataSource.getConnection()) {
            List<UUID> receivers = receivers(c, force, marking);
            if (receivers.isEmpty()) {
                return Optional.empty();
            }
            UUID eventId = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MICROS);
            String body = bodies.body(eventId, type, subject, now, data, marking);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO webhook_delivery (id, subscription_id,"
                    + " event_id, event_type, body, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp at = Timestamp.from(now.toInstant());
                for (UUID receiver : receivers) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, receiver);
                    insert.setObject(3, eventId);
                    insert.setString(4, type);
                    insert.setString(5, body);
                    insert.setTimestamp(6, at);
                    insert.setTimestamp(7, at);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            wakeWorkerAfterCommit();
            return Optional.of(eventId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue a webhook event " + type + " for " + subject, e);
        }
    }

    /** The force's webhooks whose registering client may read the marking (the need-to-know rule, as for a read). */
    private static List<UUID> receivers(Connection c, Force force, SecurityMarking marking) throws SQLException {
        List<UUID> receivers = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, registered_by, client_id, clearance, caveats"
                + " FROM webhook_subscription WHERE force = ? ORDER BY seq")) {
            select.setString(1, force.name());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Array caveats = rs.getArray(5);
                    Caller registeredBy = new Caller(rs.getString(2), rs.getString(3), Set.of(), Optional.of(force),
                            Classification.parse(rs.getString(4)).orElse(Classification.OFFICIAL),
                            Set.of((String[]) caveats.getArray()));
                    if (Visibility.canSee(registeredBy, marking)) {
                        receivers.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        return receivers;
    }

    private void wakeWorkerAfterCommit() {
        AfterCommit.once(transactions, WAKE_REGISTERED, worker::wake);
    }
}
