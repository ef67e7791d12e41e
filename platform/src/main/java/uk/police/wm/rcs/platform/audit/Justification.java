package uk.police.wm.rcs.platform.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpServerRequest;
import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * The request's stated purpose ({@code X-Justification}, 10-500 characters); a read without one is refused and audited.
 */
@RequestScoped
public class Justification {

    public static final String HEADER = "X-Justification";
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 500;

    @Inject
    HttpServerRequest request;

    @Inject
    AuditLog auditLog;

    /** The trimmed header when present and 10-500 characters long. */
    public Optional<String> current() {
        String value = request.getHeader(HEADER);
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return trimmed.length() >= MIN_LENGTH && trimmed.length() <= MAX_LENGTH ? Optional.of(trimmed)
                : Optional.empty();
    }

    /** As {@link #require(AuditOperation, String, Collection)} for a consultation of the request's path. */
    public String require() {
        return require(AuditOperation.CONSULTATION, "request", List.of(request.method().name() + " " + request.path()));
    }

    /** As {@link #require(AuditOperation, String, Collection)} for a consultation of the given records. */
    public String require(String recordType, String... recordIds) {
        return require(AuditOperation.CONSULTATION, recordType, List.of(recordIds));
    }

    /**
     * Returns the justification, or writes a REFUSED audit entry (in its own transaction) and throws 400
     * {@code justification-required}.
     */
    public String require(AuditOperation operation, String recordType, Collection<String> recordIds) {
        Optional<String> justification = current();
        if (justification.isPresent()) {
            return justification.get();
        }
        String offered = request.getHeader(HEADER);
        if (offered != null) {
            offered = offered.trim();
            if (offered.length() > MAX_LENGTH) {
                offered = offered.substring(0, MAX_LENGTH);
            }
            if (offered.isEmpty()) {
                offered = null;
            }
        }
        auditLog.recordRefusal(new AuditEntry(operation, recordType, List.copyOf(recordIds), offered, List.of(),
                AuditOutcome.REFUSED));
        throw new ProblemException(400, "justification-required", "Justification required",
                "State why you need this record: send an " + HEADER + " header of " + MIN_LENGTH + " to " + MAX_LENGTH
                        + " characters (e.g. the case or task it serves).");
    }
}
