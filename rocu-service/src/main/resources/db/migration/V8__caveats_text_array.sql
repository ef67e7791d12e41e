-- The one marking model (platform MarkedEntity): caveats as a text[] column, not comma-joined text, so the
-- need-to-know condition is one array containment (platform VisibleRows). Nothing is lost: "" becomes '{}' and
-- "A,B" becomes '{A,B}' (the joined form was already sorted). The classification CHECK constraints stay as they are.
ALTER TABLE disruption
    ALTER COLUMN caveats TYPE text[] USING coalesce(string_to_array(nullif(caveats, ''), ','), '{}'),
    ALTER COLUMN caveats SET DEFAULT '{}';

ALTER TABLE ocg
    ALTER COLUMN caveats TYPE text[] USING coalesce(string_to_array(nullif(caveats, ''), ','), '{}'),
    ALTER COLUMN caveats SET DEFAULT '{}';
