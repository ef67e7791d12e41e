package uk.police.wm.rcs.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import uk.police.wm.rcs.platform.config.OutboxConfig;

/**
 * Deletes published outbox rows older than {@code rcs.outbox.retention}, in small batches.
 */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);
    private static final int BATCH = 5_000;
    private static final String DELETE = """
            DELETE FROM outbox_event WHERE seq IN (
                SELECT seq FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ? LIMIT ?)""";

    @Inject
    DataSource dataSource;

    @Inject
    OutboxConfig outbox;

    @Scheduled(identity = "rcs-outbox-purge", every = "${rcs.outbox.purge-interval:PT1H}", delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            purge();
        } catch (SQLException e) {
            LOG.warnf("Outbox purge failed, retried next time: %s", e.toString());
        }
    }

    /** Deletes every published row past retention; returns how many. */
    public long purge() throws SQLException {
        Timestamp cutoff = Timestamp.from(Instant.now().minus(outbox.retention()));
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setTimestamp(1, cutoff);
            delete.setInt(2, BATCH);
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == BATCH);
        }
        if (total > 0) {
            LOG.infof("Outbox purge deleted %d published events older than %s", total, outbox.retention());
        }
        return total;
    }
}
