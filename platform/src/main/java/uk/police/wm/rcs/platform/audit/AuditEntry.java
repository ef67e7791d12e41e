package uk.police.wm.rcs.platform.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What to write to the audit log; who did it and the correlation id are added by {@link AuditLog}.
 *
 * @param recordType    the kind of record, e.g. {@code prevent_case}
 * @param recordIds     ids of the records concerned
 * @param justification why (required by s.62 for consultation and disclosure)
 * @param recipients    to whom records were disclosed
 */
public record AuditEntry(AuditOperation operation, String recordType, List<String> recordIds, String justification,
        List<String> recipients, AuditOutcome outcome) {

    public AuditEntry {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        if (recordType == null || recordType.isBlank()) {
            throw new IllegalArgumentException("recordType must not be blank");
        }
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A successful operation on the given records, without justification or recipients. */
    public static AuditEntry of(AuditOperation operation, String recordType, String... recordIds) {
        return new AuditEntry(operation, recordType, Arrays.asList(recordIds), null, List.of(), AuditOutcome.SUCCESS);
    }

    public static AuditEntry of(AuditOperation operation, String recordType, Collection<String> recordIds) {
        return new AuditEntry(operation, recordType, List.copyOf(recordIds), null, List.of(), AuditOutcome.SUCCESS);
    }

    public AuditEntry withJustification(String why) {
        return new AuditEntry(operation, recordType, recordIds, why, recipients, outcome);
    }

    public AuditEntry withRecipients(Collection<String> to) {
        return new AuditEntry(operation, recordType, recordIds, justification, List.copyOf(to), outcome);
    }

    public AuditEntry refused() {
        return new AuditEntry(operation, recordType, recordIds, justification, recipients, AuditOutcome.REFUSED);
    }
}
