-- One announced level per scope per day: the natural key that makes replayed announcements harmless (409).
ALTER TABLE threat_level_change
    ADD CONSTRAINT threat_level_change_scope_day_uq UNIQUE (scope, effective_from);
