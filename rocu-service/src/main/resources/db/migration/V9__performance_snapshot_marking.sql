-- A frozen quarter carries the highest marking of what it counts (platform MarkedEntity), and is shown only to a
-- reader that marking covers. Quarters frozen before this carry no marking: they are SECRET, as anything unmarked is.
ALTER TABLE performance_snapshot
    ADD COLUMN classification varchar(20) NOT NULL DEFAULT 'SECRET',
    ADD COLUMN caveats text[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT performance_snapshot_classification_ck
        CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET'));
ALTER TABLE performance_snapshot ALTER COLUMN classification DROP DEFAULT;
