package uk.police.wm.rcs.rocu.events;

/** What a disruption was aimed at: an OCG, a priority individual (by reference only), or nothing (demand-led work). */
public enum TargetType {
    OCG, PRIORITY_INDIVIDUAL, NONE
}
