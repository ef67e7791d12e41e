package uk.police.wm.rcs.rocu.events;


/** What a panel decides about a claimed disruption, and the status it leads to. */
public enum Decision {
    APPROVE(DisruptionStatus.APPROVED),
    DOWNGRADE(DisruptionStatus.DOWNGRADED),
    REJECT(DisruptionStatus.REJECTED),
    RETURN_FOR_INFORMATION(DisruptionStatus.RETURNED_FOR_INFORMATION);

    private final DisruptionStatus leadsTo;

    Decision(DisruptionStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public DisruptionStatus leadsTo() {
        return leadsTo;
    }
}
