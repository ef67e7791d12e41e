-- Every read-model fact that can be counted for a reader keeps the full marking of what it describes
-- (DOMAIN.md, "Markings, end to end"): a classification and a caveats text[] column, in the platform's one shape,
-- so every figure filters them with the platform's VisibleRows condition. The projectors store what each event
-- says (EventMarkings: an event without a marking is SECRET).
--
-- Rows already here keep the marking the view gave them until now: their classification where they had one, no
-- caveats where none was kept (the events did not carry them), and for the tables that had no marking the level
-- the view disclosed them at (referrals OFFICIAL_SENSITIVE, PCSO months and threat levels OFFICIAL, the
-- restricted count SECRET). A rebuild (POST /api/v1/read-model/rebuild) re-reads the events' own markings.

-- Comma-joined caveats become text[], nothing lost ('' was "none").
ALTER TABLE ctu_activity ALTER COLUMN caveats TYPE text[]
    USING CASE WHEN caveats = '' THEN '{}'::text[] ELSE string_to_array(caveats, ',') END;
ALTER TABLE ctu_activity ALTER COLUMN caveats SET DEFAULT '{}';
ALTER TABLE ctu_activity_figure ALTER COLUMN caveats TYPE text[]
    USING CASE WHEN caveats = '' THEN '{}'::text[] ELSE string_to_array(caveats, ',') END;
ALTER TABLE ctu_activity_figure ALTER COLUMN caveats SET DEFAULT '{}';
ALTER TABLE rocu_highlight ALTER COLUMN caveats TYPE text[]
    USING CASE WHEN caveats = '' THEN '{}'::text[] ELSE string_to_array(caveats, ',') END;
ALTER TABLE rocu_highlight ALTER COLUMN caveats SET DEFAULT '{}';

-- ROCU: caveats beside the classification; the figure keys include them.
ALTER TABLE rocu_disruption ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE rocu_disruption_figure ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE rocu_disruption_figure DROP CONSTRAINT rocu_disruption_figure_pkey;
ALTER TABLE rocu_disruption_figure
    ADD PRIMARY KEY (quarter, classification, caveats, crime_type, impact, force, lead_agency, category);
ALTER TABLE rocu_backlog_figure ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE rocu_backlog_figure DROP CONSTRAINT rocu_backlog_figure_pkey;
ALTER TABLE rocu_backlog_figure ADD PRIMARY KEY (force, classification, caveats);
ALTER TABLE rocu_ocg ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE rocu_ocg_figure ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE rocu_ocg_figure DROP CONSTRAINT rocu_ocg_figure_pkey;
ALTER TABLE rocu_ocg_figure ADD PRIMARY KEY (crime_type, classification, caveats);

-- Cyber: referrals had no marking at all; each referral now keeps its own, and its triage hours so that a change
-- of marking can move every figure it counts in.
ALTER TABLE cyber_referral ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'OFFICIAL_SENSITIVE';
ALTER TABLE cyber_referral ALTER COLUMN classification DROP DEFAULT;
ALTER TABLE cyber_referral ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE cyber_referral ADD COLUMN hours_to_triage integer;
ALTER TABLE cyber_referral_figure ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'OFFICIAL_SENSITIVE';
ALTER TABLE cyber_referral_figure ALTER COLUMN classification DROP DEFAULT;
ALTER TABLE cyber_referral_figure ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE cyber_referral_figure DROP CONSTRAINT cyber_referral_figure_pkey;
ALTER TABLE cyber_referral_figure ADD PRIMARY KEY (quarter, classification, caveats, crime_class, outcome);
ALTER TABLE cyber_triage_hours ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'OFFICIAL_SENSITIVE';
ALTER TABLE cyber_triage_hours ALTER COLUMN classification DROP DEFAULT;
ALTER TABLE cyber_triage_hours ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE cyber_triage_hours DROP CONSTRAINT cyber_triage_hours_pkey;
ALTER TABLE cyber_triage_hours ADD PRIMARY KEY (quarter, classification, caveats, hours);
ALTER TABLE cyber_contact_figure ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'OFFICIAL_SENSITIVE';
ALTER TABLE cyber_contact_figure ALTER COLUMN classification DROP DEFAULT;
ALTER TABLE cyber_contact_figure ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE cyber_contact_figure DROP CONSTRAINT cyber_contact_figure_pkey;
ALTER TABLE cyber_contact_figure ADD PRIMARY KEY (quarter, classification, caveats);
-- a month's figures are replaced by its last report, marking included
ALTER TABLE cyber_pcso_month ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'OFFICIAL';
ALTER TABLE cyber_pcso_month ALTER COLUMN classification DROP DEFAULT;
ALTER TABLE cyber_pcso_month ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';

-- CTU: the restricted count and the threat levels as their events mark them.
ALTER TABLE ctu_restricted_count ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'SECRET';
ALTER TABLE ctu_restricted_count ALTER COLUMN classification DROP DEFAULT;
ALTER TABLE ctu_restricted_count ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
ALTER TABLE ctu_threat_level ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'OFFICIAL';
ALTER TABLE ctu_threat_level ALTER COLUMN classification DROP DEFAULT;
ALTER TABLE ctu_threat_level ADD COLUMN caveats text[] NOT NULL DEFAULT '{}';
