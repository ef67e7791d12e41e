package uk.police.wm.rcs.cyber.events;

/** Whether the crime needs a computer to exist at all, or is a traditional crime a computer made bigger. */
public enum CrimeClass {
    CYBER_DEPENDENT, CYBER_ENABLED
}
