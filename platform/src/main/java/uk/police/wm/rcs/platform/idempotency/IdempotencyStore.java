package uk.police.wm.rcs.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code idempotency_record} table: atomic claims, stored responses, releases and expiry.
 * Each call runs in its own short auto-committed statement, outside the request's business transaction.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final String CLAIM = """
            INSERT INTO idempotency_record AS r (caller_subject, idempotency_key, method_path, request_hash, state,
                                                 created_at, expires_at)
            VALUES (?, ?, ?, ?, 'IN_PROGRESS', clock_timestamp(), clock_timestamp() + make_interval(secs => ?))
            ON CONFLICT (caller_subject, idempotency_key) DO UPDATE
                SET method_path = EXCLUDED.method_path, request_hash = EXCLUDED.request_hash, state = 'IN_PROGRESS',
                    response_status = NULL, response_headers = NULL, response_body = NULL,
                    created_at = EXCLUDED.created_at, completed_at = NULL, expires_at = EXCLUDED.expires_at
                WHERE r.expires_at < clock_timestamp()
                   OR (r.state = 'IN_PROGRESS' AND r.created_at < clock_timestamp() - make_interval(secs => ?))
            RETURNING 1""";
    private static final String FIND = """
            SELECT method_path, request_hash, state, response_status, response_headers::text, response_body
            FROM idempotency_record WHERE caller_subject = ? AND idempotency_key = ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_record
            SET state = 'COMPLETED', response_status = ?, response_headers = ?::jsonb, response_body = ?,
                completed_at = clock_timestamp()
            WHERE caller_subject = ? AND idempotency_key = ? AND state = 'IN_PROGRESS'""";
    private static final String RELEASE = """
            DELETE FROM idempotency_record WHERE caller_subject = ? AND idempotency_key = ? AND state = 'IN_PROGRESS'""";
    private static final String PURGE = """
            DELETE FROM idempotency_record WHERE ctid IN (
                SELECT ctid FROM idempotency_record WHERE expires_at < clock_timestamp() LIMIT 5000)""";

    /** A record already holding the key. */
    public record Existing(String methodPath, String requestHash, boolean completed, Integer status,
            Map<String, String> headers, byte[] body) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    /** Atomically claims the key (new, expired, or abandoned in progress); false when someone else holds it. */
    public boolean claim(String subject, String key, String methodPath, String requestHash, Duration ttl,
            Duration inProgressTimeout) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, subject);
            claim.setString(2, key);
            claim.setString(3, methodPath);
            claim.setString(4, requestHash);
            claim.setDouble(5, ttl.toMillis() / 1000.0);
            claim.setDouble(6, inProgressTimeout.toMillis() / 1000.0);
            try (ResultSet rs = claim.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Optional<Existing> find(String subject, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, subject);
            find.setString(2, key);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int status = rs.getInt(4);
                Integer responseStatus = rs.wasNull() ? null : status;
                String headersJson = rs.getString(5);
                Map<String, String> headers = headersJson == null ? Map.of()
                        : objectMapper.readValue(headersJson, new TypeReference<Map<String, String>>() {
                        });
                return Optional.of(new Existing(rs.getString(1), rs.getString(2), "COMPLETED".equals(rs.getString(3)),
                        responseStatus, headers, rs.getBytes(6)));
            } catch (JsonProcessingException e) {
                throw new SQLException("stored idempotent response headers are not JSON", e);
            }
        }
    }

    /** Stores the response to replay; the record must still be IN_PROGRESS. */
    public void complete(String subject, String key, int status, Map<String, String> headers, byte[] body)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            complete.setInt(1, status);
            complete.setString(2, objectMapper.writeValueAsString(headers));
            complete.setBytes(3, body);
            complete.setString(4, subject);
            complete.setString(5, key);
            complete.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new SQLException("response headers cannot be stored as JSON", e);
        }
    }

    /** Frees the key (after a server error) so the client can retry. */
    public void release(String subject, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, subject);
            release.setString(2, key);
            release.executeUpdate();
        }
    }

    /** Deletes expired records; returns how many. */
    public long purgeExpired() throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            int deleted;
            do {
                deleted = purge.executeUpdate();
                total += deleted;
            } while (deleted == 5000);
        }
        return total;
    }
}
