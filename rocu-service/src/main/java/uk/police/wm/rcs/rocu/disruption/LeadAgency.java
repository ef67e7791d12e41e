package uk.police.wm.rcs.rocu.disruption;

/** The agency that led a disruption. */
public enum LeadAgency {
    ROCU, FORCE, NCA, PARTNER
}
