package uk.police.wm.rcs.platform.outbox;

/**
 * The outbox could not be written; the caller's transaction is rolled back with it.
 */
public class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
