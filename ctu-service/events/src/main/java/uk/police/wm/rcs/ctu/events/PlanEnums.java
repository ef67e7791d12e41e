package uk.police.wm.rcs.ctu.events;

/** The closed vocabularies of the business plan and its performance review (report paras 26-27). */
public final class PlanEnums {
    private PlanEnums() {
    }

    /** A strategic priority is regional (3 a year) or national (12 a year). */
    public enum PriorityKind {
        REGIONAL(3), NATIONAL(12);

        public final int perYear;

        PriorityKind(int perYear) {
            this.perYear = perYear;
        }
    }

    /** Who reviews performance each quarter. */
    public enum ReviewingBody {
        ACC_SECURITY, REGIONAL_GOVERNANCE_GROUP, NATIONAL_ACSO
    }

    public enum Rag {
        RED, AMBER, GREEN
    }
}
