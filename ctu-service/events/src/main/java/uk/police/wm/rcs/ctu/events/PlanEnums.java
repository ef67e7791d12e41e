package uk.police.wm.rcs.ctu.events;

/** The closed vocabularies of the business plan and its performance review (report paras 26-27). */
public final class PlanEnums {
    private PlanEnums() {
    }

    /** A strategic priority is regional or national (how many of each a year: ctu-service's plan rules). */
    public enum PriorityKind {
        REGIONAL, NATIONAL
    }

    /** Who reviews performance each quarter. */
    public enum ReviewingBody {
        ACC_SECURITY, REGIONAL_GOVERNANCE_GROUP, NATIONAL_ACSO
    }

    public enum Rag {
        RED, AMBER, GREEN
    }
}
