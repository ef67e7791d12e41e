package uk.police.wm.rcs.platform.idempotency;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Periodically deletes idempotency records past {@code rcs.idempotency.ttl}.
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    IdempotencyStore store;

    @Scheduled(identity = "rcs-idempotency-purge", every = "${rcs.idempotency.purge-interval:PT1H}", delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            long deleted = store.purgeExpired();
            if (deleted > 0) {
                LOG.debugf("Deleted %d expired idempotency records", deleted);
            }
        } catch (SQLException e) {
            LOG.warnf("Idempotency purge failed, retried next time: %s", e.toString());
        }
    }
}
