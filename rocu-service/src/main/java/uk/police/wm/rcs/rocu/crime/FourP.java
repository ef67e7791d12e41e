package uk.police.wm.rcs.rocu.crime;

/** The 4P strands every activity is tagged with. */
public enum FourP {
    PURSUE, PREVENT, PROTECT, PREPARE
}
