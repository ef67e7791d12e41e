package uk.police.wm.rcs.platform.audit;

/**
 * The processing operations the Data Protection Act 2018 s.62 requires to be logged.
 */
public enum AuditOperation {
    COLLECTION,
    ALTERATION,
    CONSULTATION,
    DISCLOSURE,
    COMBINATION,
    ERASURE
}
