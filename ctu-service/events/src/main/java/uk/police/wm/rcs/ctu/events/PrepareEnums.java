package uk.police.wm.rcs.ctu.events;

/** The closed vocabularies of Prepare exercises (report para 24). */
public final class PrepareEnums {
    private PrepareEnums() {
    }

    public enum ExerciseType {
        LIVE_PLAY, TABLE_TOP
    }

    /** What an exercise tests: a marauding terrorist firearms attack, CBRN, and the other attack methods. */
    public enum Scenario {
        MTFA, CBRN, VEHICLE_AS_WEAPON, BLADED_ATTACK, IED, HOSTAGE, OTHER
    }

    /** Where the follow-up of a lesson identified stands. */
    public enum FollowUp {
        OPEN, IN_PROGRESS, COMPLETE
    }
}
