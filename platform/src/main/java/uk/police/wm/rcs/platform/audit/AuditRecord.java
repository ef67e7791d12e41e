package uk.police.wm.rcs.platform.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audit log entry as auditors read it from {@code GET /api/v1/audit}.
 */
public record AuditRecord(long id, Instant at, AuditOperation operation, String subject, String clientId,
        String recordType, List<String> recordIds, String justification, List<String> recipients,
        AuditOutcome outcome, String correlationId) {
}
