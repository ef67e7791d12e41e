package uk.police.wm.rcs.rocu.events;

/** Whether an OCG is still being worked. */
public enum OcgStatus {
    ACTIVE, ARCHIVED
}
