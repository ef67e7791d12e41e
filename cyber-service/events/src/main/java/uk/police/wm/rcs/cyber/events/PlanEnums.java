package uk.police.wm.rcs.cyber.events;

/** The vocabularies of the five-point plan and the 4P delivery plans. */
public final class PlanEnums {
    private PlanEnums() {
    }

    /** The five points of the cybercrime strategy (para 64). */
    public enum Area {
        CAPABILITY, PEOPLE, RESPONSE, FOCUS, CYBERSECURITY
    }

    /** Where a commitment stands. */
    public enum CommitmentStatus {
        NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED
    }

    /** The 4P strands, each with a lead and a delivery plan (para 65). */
    public enum Strand {
        PURSUE, PREVENT, PROTECT, PREPARE
    }

    /** Red, amber, green delivery status. */
    public enum Rag {
        RED, AMBER, GREEN
    }
}
