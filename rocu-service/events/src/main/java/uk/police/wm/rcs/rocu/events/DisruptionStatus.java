package uk.police.wm.rcs.rocu.events;

/** Where a disruption stands in moderation; only APPROVED and DOWNGRADED count in performance figures. */
public enum DisruptionStatus {
    CLAIMED, APPROVED, DOWNGRADED, REJECTED, RETURNED_FOR_INFORMATION
}
