package uk.police.wm.rcs.platform.testapp;

/** Test enum for unknown-value problems. */
public enum Impact {
    MAJOR, MODERATE, MINOR, NONE, NEGATIVE
}
