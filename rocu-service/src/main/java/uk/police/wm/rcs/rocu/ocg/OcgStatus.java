package uk.police.wm.rcs.rocu.ocg;

/** Whether an OCG is still being worked. */
public enum OcgStatus {
    ACTIVE, ARCHIVED
}
