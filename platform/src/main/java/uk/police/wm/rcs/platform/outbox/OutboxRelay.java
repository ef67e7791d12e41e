package uk.police.wm.rcs.platform.outbox;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import uk.police.wm.rcs.platform.config.EventsConfig;
import uk.police.wm.rcs.platform.config.OutboxConfig;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * Publishes committed outbox rows to Kafka in {@code seq} order from its own thread, one relay per database.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Session-level advisory lock held by the one active relay of a database ("rcs-outb"). */
    static final long RELAY_LOCK = 0x7263732d6f757462L;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(1);
    private static final String PENDING = """
            SELECT seq, id, source, type, subject, aggregate_type, aggregate_id, time, data::text, correlation_id,
                   classification, caveats, traceparent
            FROM outbox_event
            WHERE published_at IS NULL AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY seq
            LIMIT ?""";
    private static final String MARK_PUBLISHED =
            "UPDATE outbox_event SET published_at = clock_timestamp() WHERE seq = ANY (?)";

    /** What the relay of this instance is doing. */
    public enum Mode {
        DISABLED, STARTING, ACTIVE, STANDBY, STOPPED
    }

    @Inject
    DataSource dataSource;

    @Inject
    EventsConfig events;

    @Inject
    OutboxConfig outbox;

    @Inject
    OutboxSignal signal;

    @Inject
    OutboxBacklog backlog;

    @Inject
    OutboxPublisher publisher;

    private final WorkerThread worker = new WorkerThread("outbox-relay");
    private volatile Mode mode = Mode.STOPPED;
    private Connection lockConnection;
    private Instant backlogRefreshedAt = Instant.EPOCH;
    /** Failed rounds in a row (only the relay's thread reads and writes it): the backoff doubles with each. */
    private int failures;

    void onStart(@Observes StartupEvent event) {
        if (!outbox.relayEnabled()) {
            mode = Mode.DISABLED;
            LOG.info("Outbox relay disabled (rcs.outbox.relay-enabled=false)");
            return;
        }
        URI.create(events.source());
        mode = Mode.STARTING;
        failures = 0;
        worker.start(this::round, this::afterFailure, this::atEnd);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Stops the relay thread and releases the lock and the producer (also on application shutdown). */
    public void stop() {
        worker.stop();
        if (mode != Mode.DISABLED) {
            mode = Mode.STOPPED;
        }
    }

    public Mode mode() {
        return mode;
    }

    /** Kafka as the relay last saw it. */
    public OutboxPublisher.KafkaState kafkaState() {
        return publisher.kafkaState();
    }

    /** One round: publish what is committed and acknowledged, or wait (standby without the lock, idle, backoff). */
    private void round() throws InterruptedException, SQLException {
        refreshBacklogIfDue();
        if (!holdLock()) {
            mode = Mode.STANDBY;
            signal.await(outbox.standbyInterval());
            return;
        }
        mode = Mode.ACTIVE;
        List<PendingEvent> batch = pending(outbox.batchSize());
        if (batch.isEmpty()) {
            if (signal.await(outbox.pollInterval()) && !outbox.linger().isZero()) {
                // woken by a commit: the commits right behind it go in the same round (one select, one send, one
                // update for all of them) instead of a round each
                signal.pause(outbox.linger());
            }
            return;
        }
        List<PendingEvent> acknowledged = publisher.publish(batch);
        if (!acknowledged.isEmpty()) {
            markPublished(acknowledged);
        }
        if (acknowledged.size() < batch.size()) {
            failures++;
            signal.pause(backoff(failures));
        } else {
            failures = 0;
        }
    }

    private void afterFailure(Exception e) throws InterruptedException {
        failures++;
        LOG.warnf("Outbox relay round failed (%s); retrying", e.toString());
        releaseLock();
        signal.pause(backoff(failures));
    }

    private void atEnd() {
        // the stop's interrupt has done its work (the loop ended); cleared, so that the producer's close can join its
        // I/O thread and flush instead of failing on the interrupt (Kafka logs that as an error at every shutdown)
        boolean interrupted = Thread.interrupted();
        publisher.close(Duration.ofSeconds(5));
        releaseLock();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Duration backoff(int failures) {
        long initial = outbox.backoffInitial().toMillis();
        long max = outbox.backoffMax().toMillis();
        long wait = initial << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.max(1, Math.min(wait, max)));
    }

    /**
     * Holds the advisory lock on a dedicated connection; every relay query runs on that connection, so a lost
     * connection (and with it the lock) makes the next query fail rather than letting two relays publish at once.
     */
    private boolean holdLock() throws SQLException {
        if (lockConnection != null) {
            return true;
        }
        Connection connection = dataSource.getConnection();
        boolean locked = false;
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                locked = rs.next() && rs.getBoolean(1);
            }
        } finally {
            if (!locked) {
                connection.close();
            }
        }
        if (locked) {
            lockConnection = connection;
            LOG.info("Outbox relay active: this instance holds the relay lock");
        }
        return locked;
    }

    private void releaseLock() {
        Connection connection = lockConnection;
        lockConnection = null;
        if (connection == null) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, RELAY_LOCK);
            unlock.execute();
        } catch (SQLException e) {
            // the connection is gone, and with it the session's lock
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }

    private static SecurityMarking marking(ResultSet rs) throws SQLException {
        String[] caveats = (String[]) rs.getArray(12).getArray();
        return new SecurityMarking(Classification.valueOf(rs.getString(11)), Set.of(caveats));
    }

    private List<PendingEvent> pending(int limit) throws SQLException {
        List<PendingEvent> rows = new ArrayList<>();
        try (PreparedStatement select = lockConnection.prepareStatement(PENDING)) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PendingEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10), rs.getString(13),
                            marking(rs)));
                }
            }
        }
        return rows;
    }

    private void markPublished(List<PendingEvent> rows) throws SQLException {
        Long[] seqs = rows.stream().map(PendingEvent::seq).toArray(Long[]::new);
        try (PreparedStatement update = lockConnection.prepareStatement(MARK_PUBLISHED)) {
            update.setArray(1, lockConnection.createArrayOf("bigint", seqs));
            update.executeUpdate();
        }
    }

    private void refreshBacklogIfDue() {
        Instant now = Instant.now();
        if (Duration.between(backlogRefreshedAt, now).compareTo(BACKLOG_REFRESH) >= 0) {
            backlogRefreshedAt = now;
            backlog.refresh();
        }
    }
}
