-- The quarterly summary's read model (README "Quarterly summary"): answered without scanning a quarter's referrals.
-- 1. Each referral's West Midlands quarter (first day) and its time to triage in seconds, derived by PostgreSQL
--    so they can never disagree with received_at and triaged_at (triage_seconds is exactly what percentile_cont
--    sorted before: extract(epoch ...) as double precision).
ALTER TABLE referral
    ADD COLUMN received_quarter date
        GENERATED ALWAYS AS (date_trunc('quarter', timezone('Europe/London', received_at))::date) STORED,
    ADD COLUMN triage_seconds double precision
        GENERATED ALWAYS AS (extract(epoch FROM triaged_at - received_at)) STORED;

-- exact percentiles: the triaged count comes from the counts below, then the one or two values at each
-- interpolation position are read from this index (index-only scan, OFFSET within one quarter)
CREATE INDEX referral_quarter_triage_ix ON referral (received_quarter, triage_seconds)
    WHERE triage_seconds IS NOT NULL;

-- 2. Counts per quarter, class and outcome ('UNTRIAGED' until triaged), kept in the same transaction as every
--    referral write. Each referral adds to one of 64 slots (by its id) so concurrent intakes rarely wait on one
--    row's lock; readers sum the slots.
CREATE TABLE referral_quarter_count (
    quarter_start  date        NOT NULL,
    crime_class    varchar(20) NOT NULL,
    outcome        varchar(30) NOT NULL,
    slot           smallint    NOT NULL,
    referrals      bigint      NOT NULL,
    contacted      bigint      NOT NULL,
    PRIMARY KEY (quarter_start, crime_class, outcome, slot),
    CONSTRAINT referral_quarter_count_first_day_ck CHECK (extract(day FROM quarter_start) = 1)
);

-- rebuilds the counts from the referrals (this migration's backfill; also after a bulk load)
CREATE FUNCTION referral_quarter_count_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM referral_quarter_count;
    INSERT INTO referral_quarter_count (quarter_start, crime_class, outcome, slot, referrals, contacted)
    SELECT received_quarter, crime_class, coalesce(triage_outcome, 'UNTRIAGED'), 0, count(*),
           count(victim_contacted_on)
      FROM referral
     GROUP BY 1, 2, 3;
$$;

SELECT referral_quarter_count_rebuild();
