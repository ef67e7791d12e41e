package uk.police.wm.rcs.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import uk.police.wm.rcs.platform.input.InputRules;
import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * Auditors' filters on the audit log; every part optional, {@code from} inclusive and {@code to} exclusive.
 */
public record AuditFilter(Optional<String> subject, Optional<String> recordType, Optional<String> recordId,
        Optional<AuditOperation> operation, Optional<Instant> from, Optional<Instant> to) {

    /** From raw query parameters; 400 problems name the bad parameter. */
    public static AuditFilter parse(String subject, String recordType, String recordId, String operation, String from,
            String to) {
        AuditFilter filter = new AuditFilter(text(subject), text(recordType), text(recordId), operation(operation),
                instant("from", from), instant("to", to));
        if (filter.from.isPresent() && filter.to.isPresent() && !filter.from.get().isBefore(filter.to.get())) {
            throw new ProblemException(400, "invalid-parameter", "Invalid parameter", "from must be before to.")
                    .with("field", "from");
        }
        return filter;
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static Optional<AuditOperation> operation(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AuditOperation.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            var allowed = Arrays.stream(AuditOperation.values()).map(Enum::name).toList();
            throw new ProblemException(400, "invalid-value", "Invalid value",
                    "Unknown operation; allowed values: " + String.join(", ", allowed) + ".")
                    .with("field", "operation")
                    .with("allowedValues", allowed);
        }
    }

    /** An instant ({@code 2018-04-01T00:00:00Z}) or a date ({@code 2018-04-01}, midnight UTC). */
    private static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InputRules.requireInRange(name, Instant.parse(value.trim())));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(InputRules.requireInRange(name, LocalDate.parse(value.trim()))
                        .atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notDate) {
                throw new ProblemException(400, "invalid-parameter", "Invalid parameter",
                        name + " must be an ISO-8601 instant (2018-04-01T00:00:00Z) or date (2018-04-01).")
                        .with("field", name);
            }
        }
    }
}
