package uk.police.wm.rcs.rocu.events;

/** The 4P strands every activity is tagged with. */
public enum FourP {
    PURSUE, PREVENT, PROTECT, PREPARE
}
