package uk.police.wm.rcs.rocu.events;

/** Who contributes to the ROCU under the funding formula: WMP, the Alliance (West Mercia and Warwickshire), STA. */
public enum Contributor {
    WMP, ALLIANCE, STA
}
