package uk.police.wm.rcs.gateway.readmodel;

/** An event whose data a projector cannot apply; it is set aside in {@code rejected_event}, not retried. */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }
}
