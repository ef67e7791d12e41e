package uk.police.wm.rcs.cyber.events;

/** Where the Economic Crime Unit's triage sends a referral. */
public enum TriageOutcome {
    ECU_INVESTIGATION, FORCE_CID, PUBLIC_PROTECTION_UNIT, VICTIM_CARE_ONLY, NO_FURTHER_ACTION
}
