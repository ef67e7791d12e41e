package uk.police.wm.rcs.ctu.events;

/** Where a Pursue investigation or operation stands. */
public enum OperationStatus {
    ACTIVE, AWAITING_TRIAL, CLOSED
}
