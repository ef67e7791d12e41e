package uk.police.wm.rcs.ctu.events;

/** The closed vocabularies of Protect (report paras 22-23). */
public final class ProtectEnums {
    private ProtectEnums() {
    }

    /** What the security advisors delivered (training or, otherwise, a visit or review of a site). */
    public enum ActivityKind {
        CTSA_VISIT, SECURITY_REVIEW, AWARENESS_TRAINING, SECURITY_TRAINING
    }

    /** Where visits and reviews take place (DOMAIN.md). */
    public enum SiteType {
        CROWDED_PLACE, CRITICAL_NATIONAL_INFRASTRUCTURE, HAZARDOUS_SUBSTANCES_SITE, VULNERABLE_PERSON_OR_LOCATION
    }

    /** How much Protect and Prepare demand a planned event is expected to drive. */
    public enum ExpectedDemand {
        LOW, MEDIUM, HIGH, EXCEPTIONAL
    }
}
