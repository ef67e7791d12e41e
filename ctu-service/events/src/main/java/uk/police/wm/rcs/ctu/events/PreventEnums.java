package uk.police.wm.rcs.ctu.events;

/** The closed vocabularies of Prevent referrals and cases (report paras 13-20, 32). */
public final class PreventEnums {
    private PreventEnums() {
    }

    /** Who referred the person. */
    public enum ReferralSource {
        EDUCATION, HEALTH, LOCAL_AUTHORITY, POLICE, FAMILY_OR_FRIENDS, COMMUNITY, OTHER
    }

    /** Referral, then screening, then an outcome; a case only moves forward. */
    public enum Stage {
        REFERRAL, SCREENING, OUTCOME
    }

    /** The outcome of screening (DOMAIN.md). */
    public enum Outcome {
        NO_FURTHER_ACTION, SIGNPOSTED, CHANNEL, MAC_SUPPORT
    }

    /** The seven Local Safeguarding Children Boards of Project CAIREEN. */
    public enum SafeguardingBoard {
        BIRMINGHAM, COVENTRY, DUDLEY, SANDWELL, SOLIHULL, WALSALL, WOLVERHAMPTON
    }

    /** The local authorities in the Multi-Agency Centre pilot (para 17). */
    public enum MacPartner {
        BIRMINGHAM_CITY_COUNCIL, STOKE_ON_TRENT_CITY_COUNCIL, STAFFORDSHIRE_COUNTY_COUNCIL
    }
}
