package uk.police.wm.rcs.rocu.events;

/** Crime types of OCG activity and disruptions (firearms are reported within violent crime, para 43). */
public enum CrimeType {
    DRUGS, FIREARMS, VIOLENT_CRIME, CYBERCRIME, FRAUD_AND_ECONOMIC_CRIME, MONEY_LAUNDERING,
    ORGANISED_ACQUISITIVE_CRIME, CHILD_SEXUAL_EXPLOITATION, MODERN_SLAVERY_AND_HUMAN_TRAFFICKING,
    ORGANISED_IMMIGRATION_CRIME, COUNTY_LINES, OTHER
}
