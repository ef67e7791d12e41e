package uk.police.wm.rcs.ctu.events;

/** How far the attack planning under investigation had gone (report para 10), when there was any. */
public enum AttackPlanningStage {
    EARLY, LATE, NOT_APPLICABLE
}
