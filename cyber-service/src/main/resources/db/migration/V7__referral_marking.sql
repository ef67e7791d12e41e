-- Referrals are records about people: each carries its protective marking (DOMAIN.md, "Markings, end to end"),
-- a classification and a text[] of handling caveats, in the shape of platform's MarkedEntity. Referrals received
-- before markings existed were all handled as OFFICIAL without caveats.
ALTER TABLE referral
    ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'OFFICIAL',
    ADD COLUMN caveats        text[]      NOT NULL DEFAULT '{}',
    ADD CONSTRAINT referral_classification_ck CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET'));
-- from now on every writer states the marking; a forgotten one fails instead of defaulting to the lowest
ALTER TABLE referral ALTER COLUMN classification DROP DEFAULT, ALTER COLUMN caveats DROP DEFAULT;

-- the percentile positions are read over the referrals the reader may see: the marking rides in the index so the
-- read stays index-only
DROP INDEX referral_quarter_triage_ix;
CREATE INDEX referral_quarter_triage_ix ON referral (received_quarter, triage_seconds)
    INCLUDE (classification, caveats) WHERE triage_seconds IS NOT NULL;

-- the quarterly counts are kept per marking too, so a summary counts only what its reader may see
ALTER TABLE referral_quarter_count
    ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'OFFICIAL',
    ADD COLUMN caveats        text[]      NOT NULL DEFAULT '{}',
    ADD CONSTRAINT referral_quarter_count_classification_ck
        CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET'));
ALTER TABLE referral_quarter_count ALTER COLUMN classification DROP DEFAULT, ALTER COLUMN caveats DROP DEFAULT,
    DROP CONSTRAINT referral_quarter_count_pkey,
    ADD PRIMARY KEY (quarter_start, crime_class, outcome, classification, caveats, slot);

CREATE OR REPLACE FUNCTION referral_quarter_count_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM referral_quarter_count;
    INSERT INTO referral_quarter_count (quarter_start, crime_class, outcome, classification, caveats, slot,
                                        referrals, contacted)
    SELECT received_quarter, crime_class, coalesce(triage_outcome, 'UNTRIAGED'), classification, caveats, 0,
           count(*), count(victim_contacted_on)
      FROM referral
     GROUP BY 1, 2, 3, 4, 5;
$$;
