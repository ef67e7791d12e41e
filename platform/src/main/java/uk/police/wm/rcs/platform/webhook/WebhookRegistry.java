package uk.police.wm.rcs.platform.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.webhook.WebhookViews.DeliveryState;
import uk.police.wm.rcs.platform.webhook.WebhookViews.DeliveryView;
import uk.police.wm.rcs.platform.webhook.WebhookViews.RegisteredWebhook;
import uk.police.wm.rcs.platform.webhook.WebhookViews.WebhookView;

/**
 * The webhooks force systems register: each belongs to the registering force system's force and is seen, deleted
 * and its delivery log read by that force's systems only (another force's is 404, as a missing one).
 */
@ApplicationScoped
public class WebhookRegistry {

    public static final String NOT_FOUND = "No such webhook.";

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    WebhookConfig config;

    /** Registers a callback for the caller's force; the answer carries the signing secret, this once. */
    @Transactional
    public RegisteredWebhook register(String url, Caller caller) {
        Force force = ownForce(caller);
        String checked = CallbackUrls.require(url, "url", config.loopbackOnly()).toString();
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO webhook_subscription (id, force, client_id, registered_by, url, secret, created_at,"
                        + " clearance, caveats) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, force.name());
            insert.setString(3, caller.clientId());
            insert.setString(4, caller.subject());
            insert.setString(5, checked);
            insert.setString(6, secret);
            insert.setTimestamp(7, Timestamp.from(now));
            new SecurityMarking(caller.clearance(), caller.caveats()).bind(insert, 8);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not register a webhook", e);
        }
        return new RegisteredWebhook(id, checked, force, now, secret);
    }

    /** The caller's force's webhooks, oldest first. */
    public Page<WebhookView> list(PageRequest page, Caller caller) {
        Force force = ownForce(caller);
        long after = page.after().map(WebhookRegistry::seqOf).orElse(0L);
        List<Listed<WebhookView>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT seq, id, url, created_at FROM webhook_subscription WHERE force = ? AND seq > ?"
                        + " ORDER BY seq LIMIT ?")) {
            select.setString(1, force.name());
            select.setLong(2, after);
            select.setInt(3, page.fetchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Listed<>(rs.getLong(1), new WebhookView(rs.getObject(2, UUID.class), rs.getString(3),
                            force, rs.getTimestamp(4).toInstant())));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list webhooks", e);
        }
        return Page.of(rows, page, Listed::cursor).map(Listed::view);
    }

    /** Deletes one of the caller's force's webhooks and its delivery log; nothing more is sent to it. */
    @Transactional
    public void delete(UUID id, Caller caller) {
        requireOwn(id, caller);
        update("DELETE FROM webhook_subscription WHERE id = ?", id);
    }

    /** The delivery log of one of the caller's force's webhooks, newest first. */
    public Page<DeliveryView> deliveries(UUID id, PageRequest page, Caller caller) {
        requireOwn(id, caller);
        long before = page.after().map(WebhookRegistry::seqOf).orElse(Long.MAX_VALUE);
        List<Listed<DeliveryView>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT seq, event_id, event_type, attempts, last_status, last_error, created_at, next_attempt_at,"
                        + " delivered_at, failed_at FROM webhook_delivery WHERE subscription_id = ? AND seq < ?"
                        + " ORDER BY seq DESC LIMIT ?")) {
            select.setObject(1, id);
            select.setLong(2, before);
            select.setInt(3, page.fetchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Instant delivered = instant(rs, 9);
                    Instant failed = instant(rs, 10);
                    DeliveryState state = delivered != null ? DeliveryState.DELIVERED
                            : failed != null ? DeliveryState.FAILED : DeliveryState.PENDING;
                    Integer status = rs.getObject(5) == null ? null : rs.getInt(5);
                    rows.add(new Listed<>(rs.getLong(1), new DeliveryView(rs.getObject(2, UUID.class),
                            rs.getString(3), state, rs.getInt(4), status, rs.getString(6), instant(rs, 7),
                            instant(rs, 8), delivered, failed)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a delivery log", e);
        }
        return Page.of(rows, page, Listed::cursor).map(Listed::view);
    }

    /** Webhooks are a force system's: people and other clients are refused (403). */
    private static Force ownForce(Caller caller) {
        if (!ForceScope.isForceSystem(caller)) {
            throw Problems.forbidden("Webhooks are registered by force systems, for their own force.");
        }
        return ForceScope.ownForce(caller);
    }

    private void requireOwn(UUID id, Caller caller) {
        Force force = ownForce(caller);
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT force FROM webhook_subscription WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next() || !force.name().equals(rs.getString(1))) {
                    throw Problems.notFound(NOT_FOUND);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a webhook", e);
        }
    }

    private void update(String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change a webhook", e);
        }
    }

    private static long seqOf(Cursor cursor) {
        try {
            return Long.parseLong(cursor.sortKey());
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A row with its position, for the cursor. */
    private record Listed<V>(long seq, V view) {
        Cursor cursor() {
            return new Cursor(Long.toString(seq), Long.toString(seq));
        }
    }
}
