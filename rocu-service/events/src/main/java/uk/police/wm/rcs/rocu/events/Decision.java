package uk.police.wm.rcs.rocu.events;

/** What a panel decides about a claimed disruption (the status each leads to: rocu-service's moderation rules). */
public enum Decision {
    APPROVE, DOWNGRADE, REJECT, RETURN_FOR_INFORMATION
}
