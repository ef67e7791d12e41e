package uk.police.wm.rcs.rocu.events;

/** Impact of a disruption, claimed by the originator and moderated by the panel; ordered from highest to lowest. */
public enum Impact {
    MAJOR, MODERATE, MINOR, NONE, NEGATIVE
}
