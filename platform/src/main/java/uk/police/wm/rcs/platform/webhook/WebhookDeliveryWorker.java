package uk.police.wm.rcs.platform.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.platform.outbox.WorkerThread;
import uk.police.wm.rcs.platform.webhook.WebhookMetrics.Attempt;

/**
 * Sends queued webhook deliveries from its own thread: takes the due ones under a lease ({@code FOR UPDATE SKIP
 * LOCKED}, so several instances share the work and none sends what another holds), posts each signed, and records
 * the answer: delivered on 2xx, else the next attempt after an exponential back-off, or failed once the event is
 * older than {@code give-up-after}. Delivery is at least once: receivers dedupe on {@code webhook-id}. Finished
 * deliveries are deleted once kept for {@code keep-finished-for}.
 */
@ApplicationScoped
public class WebhookDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryWorker.class);
    private static final Duration PENDING_REFRESH = Duration.ofSeconds(5);
    private static final int PURGE_BATCH = 10_000;
    private static final String TAKE_DUE = """
            UPDATE webhook_delivery d SET next_attempt_at = ?, attempts = d.attempts + 1
            FROM webhook_subscription s
            WHERE s.id = d.subscription_id AND d.id IN (
                SELECT id FROM webhook_delivery WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?
                FOR UPDATE SKIP LOCKED)
            RETURNING d.id, d.event_id, d.body, d.attempts, d.created_at, s.id, s.url, s.secret""";

    @Inject
    DataSource dataSource;

    @Inject
    WebhookConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final Semaphore wake = new Semaphore(0);
    private final WorkerThread worker = new WorkerThread("webhook-delivery");
    private HttpClient http;
    private WebhookMetrics metrics;
    private Instant pendingCountedAt = Instant.EPOCH;
    private Instant purgedAt = Instant.EPOCH;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        metrics = new WebhookMetrics(registry);
        http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        worker.start(this::round, this::afterFailure, () -> { });
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.stop();
    }

    /** Something was queued: look at once instead of at the next poll. */
    void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /** One round: send what is due, or wait for a wake-up or the next poll. */
    private void round() throws InterruptedException, SQLException {
        countPendingIfDue();
        purgeFinishedIfDue();
        List<Due> due = takeDue();
        if (due.isEmpty()) {
            wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
            return;
        }
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (Due d : due) {
            sent.add(send(d));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    private void afterFailure(Exception e) throws InterruptedException {
        LOG.warnf("Webhook delivery round failed (%s); retrying", e.toString());
        TimeUnit.MILLISECONDS.sleep(config.backoffMax().toMillis());
    }

    private CompletableFuture<Void> send(Due d) {
        long timestamp = Instant.now(clock).getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(config.requestTimeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header(WebhookSignature.ID_HEADER, d.eventId().toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(d.secret(), d.eventId().toString(), timestamp, d.body()))
                .POST(HttpRequest.BodyPublishers.ofString(d.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    recordQuietly(d, response == null ? null : response.statusCode(), failure);
                    return null;
                });
    }

    private void recordQuietly(Due d, Integer status, Throwable failure) {
        try {
            record(d, status, failure);
        } catch (SQLException | RuntimeException e) {
            // the lease runs out and the delivery is tried again: at least once, never lost
            LOG.warnf("Could not record the attempt at delivery %s (%s)", d.id(), e.toString());
        }
    }

    private void record(Due d, Integer status, Throwable failure) throws SQLException {
        Instant now = Instant.now(clock);
        if (status != null && status >= 200 && status < 300) {
            metrics.attempt(Attempt.DELIVERED);
            metrics.delivered(Duration.between(d.createdAt(), now));
            update("UPDATE webhook_delivery SET delivered_at = ?, next_attempt_at = NULL, last_status = ?,"
                    + " last_error = ? WHERE id = ?", now, status, null, d.id());
            return;
        }
        metrics.attempt(status == null ? Attempt.UNREACHABLE : Attempt.REFUSED);
        String error = status != null ? "The receiver answered " + status + "."
                : failure != null && failure.getCause() instanceof HttpTimeoutException
                        ? "The receiver did not answer in time." : "The receiver could not be reached.";
        Duration age = Duration.between(d.createdAt(), now);
        if (age.compareTo(config.giveUpAfter()) >= 0) {
            metrics.gaveUp();
            LOG.infof("Gave up delivering event %s to webhook %s after %d attempts", d.eventId(), d.webhookId(),
                    d.attempts());
            update("UPDATE webhook_delivery SET failed_at = ?, next_attempt_at = NULL, last_status = ?,"
                    + " last_error = ? WHERE id = ?", now, status, error, d.id());
            return;
        }
        Instant next = now.plus(backoff(config, d.attempts(), age));
        update("UPDATE webhook_delivery SET next_attempt_at = ?, last_status = ?, last_error = ? WHERE id = ?",
                next, status, error, d.id());
    }

    /**
     * The wait after the {@code attempts}-th failed attempt of an event {@code age} old: {@code backoff-initial}
     * doubling per attempt, capped at the larger of {@code backoff-max} and {@code backoff-age-ratio} of the age.
     */
    static Duration backoff(WebhookConfig config, int attempts, Duration age) {
        long initial = config.backoffInitial().toMillis();
        long wait = initial << Math.min(Math.max(attempts - 1, 0), 30);
        long cap = Math.max(config.backoffMax().toMillis(), (long) (age.toMillis() * config.backoffAgeRatio()));
        return Duration.ofMillis(Math.max(1, Math.min(wait, cap)));
    }

    private List<Due> takeDue() throws SQLException {
        Instant now = Instant.now(clock);
        List<Due> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement take = c.prepareStatement(TAKE_DUE)) {
            take.setTimestamp(1, Timestamp.from(now.plus(config.lease())));
            take.setTimestamp(2, Timestamp.from(now));
            take.setInt(3, config.batchSize());
            try (ResultSet rs = take.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class),
                            rs.getString(7), rs.getString(8)));
                }
            }
        }
        return due;
    }

    private void countPendingIfDue() throws SQLException {
        Instant now = Instant.now(clock);
        if (Duration.between(pendingCountedAt, now).compareTo(PENDING_REFRESH) < 0) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement count = c.prepareStatement(
                "SELECT count(*) FROM webhook_delivery WHERE next_attempt_at IS NOT NULL");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            metrics.pending(rs.getLong(1));
        }
        pendingCountedAt = now;
    }

    /**
     * Deletes deliveries delivered or given up longer ago than {@code keep-finished-for}, a bounded batch a time (a
     * full batch means more are left: the next round deletes again).
     */
    private void purgeFinishedIfDue() throws SQLException {
        Instant now = Instant.now(clock);
        if (Duration.between(purgedAt, now).compareTo(config.purgeInterval()) < 0) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement purge = c.prepareStatement(
                "DELETE FROM webhook_delivery WHERE id IN (SELECT id FROM webhook_delivery"
                        + " WHERE coalesce(delivered_at, failed_at) < ? LIMIT " + PURGE_BATCH + ")")) {
            purge.setTimestamp(1, Timestamp.from(now.minus(config.keepFinishedFor())));
            int deleted = purge.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Deleted %d webhook deliveries finished more than %s ago", deleted, config.keepFinishedFor());
            }
            if (deleted < PURGE_BATCH) {
                purgedAt = now;
            }
        }
    }

    /** Runs one of the statements above: the instant, the status, the error in words, then the delivery's id. */
    private void update(String sql, Instant at, Integer status, String error, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            int i = 1;
            update.setTimestamp(i++, Timestamp.from(at));
            update.setObject(i++, status, Types.INTEGER);
            update.setString(i++, error);
            update.setObject(i, id);
            update.executeUpdate();
        }
    }

    /** A delivery taken for one attempt. */
    private record Due(UUID id, UUID eventId, String body, int attempts, Instant createdAt, UUID webhookId,
            String url, String secret) {
    }
}
