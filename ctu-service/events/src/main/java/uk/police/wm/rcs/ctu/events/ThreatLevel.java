package uk.police.wm.rcs.ctu.events;

/** The UK terrorism threat levels, in increasing order of severity. */
public enum ThreatLevel {
    LOW, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL
}
