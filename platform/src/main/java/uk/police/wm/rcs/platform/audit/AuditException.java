package uk.police.wm.rcs.platform.audit;

/**
 * The audit log could not be written; the audited change must not go ahead without it.
 */
public class AuditException extends RuntimeException {

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
