package uk.police.wm.rcs.rocu.events;

/** The agency that led a disruption. */
public enum LeadAgency {
    ROCU, FORCE, NCA, PARTNER
}
