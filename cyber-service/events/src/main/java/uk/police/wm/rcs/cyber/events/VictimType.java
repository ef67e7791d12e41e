package uk.police.wm.rcs.cyber.events;

/** Who the victim of a referral is. */
public enum VictimType {
    INDIVIDUAL, BUSINESS, CHARITY, PUBLIC_SECTOR
}
