-- Action Fraud referrals and their triage by the Economic Crime Unit (DOMAIN.md, cyber-service; paras 67-69).
CREATE TABLE referral (
    id                       uuid PRIMARY KEY,
    action_fraud_reference   varchar(40)   NOT NULL,
    source                   varchar(20)   NOT NULL,
    force                    varchar(3)    NOT NULL,
    crime_class              varchar(20)   NOT NULL,
    victim_type              varchar(20)   NOT NULL,
    vulnerable_victim        boolean       NOT NULL,
    vulnerability            varchar(20),
    reported_loss            numeric(14,2) NOT NULL,
    received_at              timestamptz   NOT NULL,
    contact_due_by           date,
    victim_contacted_on      date,
    triaged_at               timestamptz,
    triage_outcome           varchar(30),
    receiving_unit           varchar(120),
    triaged_by               varchar(255),
    triage_corrections       integer       NOT NULL DEFAULT 0,
    sent_to_action_fraud_on  date,
    retention_review_on      date          NOT NULL,
    recorded_at              timestamptz   NOT NULL,
    recorded_by              varchar(255)  NOT NULL,
    version                  bigint        NOT NULL,
    CONSTRAINT referral_reference_uk UNIQUE (action_fraud_reference),
    CONSTRAINT referral_source_ck CHECK (source IN ('ACTION_FRAUD', 'FORCE_DIRECT')),
    CONSTRAINT referral_force_ck CHECK (force IN ('WMP', 'WMC', 'WAR', 'STA')),
    CONSTRAINT referral_class_ck CHECK (crime_class IN ('CYBER_DEPENDENT', 'CYBER_ENABLED')),
    CONSTRAINT referral_outcome_ck CHECK (triage_outcome IN
        ('ECU_INVESTIGATION', 'FORCE_CID', 'PUBLIC_PROTECTION_UNIT', 'VICTIM_CARE_ONLY', 'NO_FURTHER_ACTION')),
    CONSTRAINT referral_loss_ck CHECK (reported_loss >= 0),
    CONSTRAINT referral_triage_ck CHECK ((triaged_at IS NULL) = (triage_outcome IS NULL))
);

-- the quarterly summary reads one quarter's referrals by received time
CREATE INDEX referral_received_ix ON referral (received_at, id)
    INCLUDE (crime_class, triage_outcome, triaged_at, victim_contacted_on);
-- the overdue-contact query: vulnerable victims not yet contacted, by deadline
CREATE INDEX referral_contact_due_ix ON referral (contact_due_by, id) WHERE victim_contacted_on IS NULL;
