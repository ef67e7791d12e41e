package uk.police.wm.rcs.ctu.events;

/** The motivation of counter-terrorism work (DOMAIN.md; report paras 5, 7, 9, 30). */
public enum Motivation {
    ISLAMIST, EXTREME_RIGHT_WING, NORTHERN_IRELAND_RELATED, LEFT_WING_ANARCHIST_SINGLE_ISSUE, MIXED_UNCLEAR_UNSTABLE,
    OTHER
}
