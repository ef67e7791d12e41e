package uk.police.wm.rcs.ctu.pursue;

/** The criminal justice outcomes of a Pursue operation. */
public enum OutcomeKind {
    ARREST, CHARGE, CONVICTION
}
