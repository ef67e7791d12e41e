package uk.police.wm.rcs.gateway.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import uk.police.wm.rcs.gateway.config.PartnerStreamConfig;
import uk.police.wm.rcs.platform.outbox.EventMarkings;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * The partner feed as Server-Sent Events, read from {@code partner_event_log} (what {@link PartnerFeed} published,
 * numbered in commit order): each event once, with its number as the SSE {@code id}, so a client that reconnects
 * with {@code Last-Event-ID} gets exactly the events after it. A region sees what every partner sees on the topic,
 * and of the cross-border notice decisions only those on notices it sent.
 */
@ApplicationScoped
public class PartnerStream {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private static final String READ = "SELECT seq, event_id, source, type, subject, time, CAST(data AS text)"
            + " FROM partner_event_log WHERE seq > ? AND (partner_region IS NULL OR partner_region = ?)"
            + " ORDER BY seq LIMIT ?";

    @Inject
    DataSource dataSource;

    @Inject
    PartnerStreamConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** One event as stored, the SSE {@code id} and the CloudEvent in JSON (structured mode). */
    record Logged(long seq, String cloudEvent, String type) {
    }

    /**
     * The stream for a partner region, after {@code lastEventId} (the SSE header; none: every event still kept).
     * 400 for a header that is not an event number, 410 when events after it have been deleted by retention or it
     * names an event this log never gave out (the log was reset with its database).
     */
    public Multi<OutboundSseEvent> events(String partnerRegion, String lastEventId, Sse sse) {
        LogBounds bounds = bounds();
        long purgedThrough = bounds.purgedThrough();
        long after;
        if (lastEventId == null || lastEventId.isBlank()) {
            after = purgedThrough;
        } else {
            after = parse(lastEventId.strip());
            if (after > bounds.givenOut()) {
                // a number this log never gave out: the database was lost and the numbering began again, so
                // waiting for events after it would silently skip everything numbered below it
                throw new ProblemException(410, "events-expired", "Events expired",
                        "This stream never sent event " + after + ": it was reset. Reconnect without Last-Event-ID.")
                        .with("oldestAvailableAfter", purgedThrough);
            }
            if (after < purgedThrough) {
                throw new ProblemException(410, "events-expired", "Events expired",
                        "Events after " + after + " are older than the stream keeps (" + config.retention()
                        + "); reconnect without Last-Event-ID and read the quarter's figures from the partner API.")
                        .with("oldestAvailableAfter", purgedThrough);
            }
        }
        AtomicLong position = new AtomicLong(after);
        // keep-alive is about the connection, not business time: measured on the monotonic clock
        AtomicLong lastSent = new AtomicLong(System.nanoTime());
        return Multi.createFrom().ticks().every(config.pollInterval())
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    List<OutboundSseEvent> out = new ArrayList<>();
                    for (Logged e : read(position.get(), partnerRegion)) {
                        out.add(sse.newEventBuilder().id(Long.toString(e.seq())).name(e.type())
                                .mediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                                .data(String.class, e.cloudEvent()).build());
                        position.set(e.seq());
                    }
                    long now = System.nanoTime();
                    if (!out.isEmpty()) {
                        lastSent.set(now);
                    } else if (now - lastSent.get() >= config.keepAlive().toNanos()) {
                        out.add(sse.newEventBuilder().comment("keep-alive").build());
                        lastSent.set(now);
                    }
                    return out;
                });
    }

    private static long parse(String lastEventId) {
        try {
            long n = Long.parseLong(lastEventId);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.badRequest("invalid-last-event-id", "Invalid Last-Event-ID",
                "Last-Event-ID is the id of an event this stream sent: a whole number from 0.")
                .with("field", LAST_EVENT_ID);
    }

    List<Logged> read(long after, String partnerRegion) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(READ)) {
            s.setLong(1, after);
            s.setString(2, partnerRegion);
            s.setInt(3, config.batchSize());
            List<Logged> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Logged(r.getLong(1), cloudEvent(r), r.getString(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the partner event log", e);
        }
    }

    /** The event as a CloudEvent in JSON (structured mode), with the same id, attributes and data as on the topic. */
    private String cloudEvent(ResultSet r) throws SQLException {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", r.getString(2));
        event.put("source", r.getString(3));
        event.put("type", r.getString(4));
        event.put("subject", r.getString(5));
        event.put("time", r.getTimestamp(6).toInstant().toString());
        event.put("datacontenttype", "application/json");
        event.put(EventMarkings.CLASSIFICATION, SecurityMarking.OFFICIAL.classification().name());
        event.put(EventMarkings.CAVEATS, "");
        try {
            event.set("data", json.readTree(r.getString(7)));
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The highest number deleted by retention, and the highest number given out (kept or deleted). */
    private record LogBounds(long purgedThrough, long givenOut) {
    }

    private LogBounds bounds() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT p.purged_through, greatest(p.purged_through,"
                        + " (SELECT coalesce(max(seq), 0) FROM partner_event_log)) FROM partner_event_log_purge p");
                ResultSet r = s.executeQuery()) {
            return r.next() ? new LogBounds(r.getLong(1), r.getLong(2)) : new LogBounds(0, 0);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the partner event log", e);
        }
    }

    /** Deletes the events older than the retention, always a prefix of the numbers, and remembers the last one. */
    @Scheduled(every = "${rcs.partner-stream.purge-interval:PT1H}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        purgeBefore(Instant.now(clock).minus(config.retention()));
    }

    void purgeBefore(Instant cutoff) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "WITH last AS (SELECT max(seq) AS seq FROM partner_event_log WHERE time < ?),"
                        + " gone AS (DELETE FROM partner_event_log WHERE seq <= (SELECT seq FROM last))"
                        + " UPDATE partner_event_log_purge SET purged_through = greatest(purged_through,"
                        + " (SELECT seq FROM last)) WHERE (SELECT seq FROM last) IS NOT NULL")) {
            s.setTimestamp(1, Timestamp.from(cutoff));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge the partner event log", e);
        }
    }
}
