package uk.police.wm.rcs.platform.audit;

/**
 * Whether the audited operation was carried out or refused (e.g. a read without a stated justification).
 */
public enum AuditOutcome {
    SUCCESS,
    REFUSED
}
