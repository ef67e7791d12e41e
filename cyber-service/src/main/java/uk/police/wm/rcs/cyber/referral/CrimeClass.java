package uk.police.wm.rcs.cyber.referral;

/** Whether the crime needs a computer to exist at all, or is a traditional crime a computer made bigger. */
public enum CrimeClass {
    CYBER_DEPENDENT, CYBER_ENABLED
}
