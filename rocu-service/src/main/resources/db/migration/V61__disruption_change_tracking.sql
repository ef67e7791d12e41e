-- "What changed since" for force systems (GET /api/v1/disruptions?changedSince=, platform ChangeFeed): every insert
-- and update of a disruption records its transaction and time through the platform's rcs_track_change() trigger.
ALTER TABLE disruption ADD COLUMN change_xid bigint, ADD COLUMN changed_at timestamptz;
-- rows from before: changed when last updated, by a transaction older than any to come
UPDATE disruption SET change_xid = 0, changed_at = updated_at;
ALTER TABLE disruption ALTER COLUMN change_xid SET NOT NULL, ALTER COLUMN changed_at SET NOT NULL;

CREATE TRIGGER disruption_track_change BEFORE INSERT OR UPDATE ON disruption
    FOR EACH ROW EXECUTE FUNCTION rcs_track_change();

CREATE INDEX disruption_change_ix ON disruption (change_xid, id);
