package uk.police.wm.rcs.cyber.events;

/** How a referral reached the force: from Action Fraud, or reported to the force directly (then sent on to Action Fraud). */
public enum ReferralSource {
    ACTION_FRAUD, FORCE_DIRECT
}
