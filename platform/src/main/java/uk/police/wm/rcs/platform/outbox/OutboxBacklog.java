package uk.police.wm.rcs.platform.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * How many outbox rows wait to be published and how old the oldest is; backs the {@code rcs_outbox_backlog} and
 * {@code rcs_outbox_oldest_pending_age_seconds} gauges.
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final String QUERY = "SELECT count(*), min(time) FROM outbox_event WHERE published_at IS NULL";

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldest = new AtomicReference<>();

    /** The backlog as last measured. */
    public record Snapshot(long pending, Optional<Duration> oldestAge, boolean fresh) {
    }

    @PostConstruct
    void registerGauge() {
        Gauge.builder("rcs.outbox.backlog", pending, AtomicLong::get)
                .description("Outbox events waiting to be published")
                .register(registry);
        // computed at each scrape from the oldest pending row's time, so it keeps growing while nothing is published
        Gauge.builder("rcs.outbox.oldest.pending.age", this, OutboxBacklog::oldestAgeSeconds)
                .description("Age of the oldest outbox event not yet published (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    private double oldestAgeSeconds() {
        Instant min = oldest.get();
        return min == null ? 0 : Math.max(0, Duration.between(min, Instant.now()).toMillis() / 1000.0);
    }

    /** Measures again; on a database error keeps (and returns) the last known values. */
    public Snapshot refresh() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(QUERY)) {
            rs.next();
            pending.set(rs.getLong(1));
            Timestamp min = rs.getTimestamp(2);
            oldest.set(min == null ? null : min.toInstant());
            return snapshot(true);
        } catch (SQLException e) {
            LOG.debugf("Could not measure the outbox backlog: %s", e);
            return snapshot(false);
        }
    }

    public long pending() {
        return pending.get();
    }

    private Snapshot snapshot(boolean fresh) {
        Instant min = oldest.get();
        Optional<Duration> age = min == null ? Optional.empty()
                : Optional.of(Duration.between(min, Instant.now()).abs());
        return new Snapshot(pending.get(), age, fresh);
    }
}
