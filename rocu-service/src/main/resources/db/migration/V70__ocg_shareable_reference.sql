-- A shareable reference per OCG (issue 15): what a partner region may cite and look up, instead of our own
-- reference. Random, so it tells nothing of the group or of our reference; never a name. The service sets it on
-- each new group (OcgReferences.newShareableReference); the default covers rows written otherwise.
ALTER TABLE ocg ADD COLUMN shareable_reference varchar(40)
    DEFAULT 'OCGX-' || upper(substr(md5(gen_random_uuid()::text), 1, 20));
UPDATE ocg SET shareable_reference = 'OCGX-' || upper(substr(md5(gen_random_uuid()::text), 1, 20))
    WHERE shareable_reference IS NULL;
ALTER TABLE ocg ALTER COLUMN shareable_reference SET NOT NULL;
ALTER TABLE ocg ADD CONSTRAINT ocg_shareable_reference_uq UNIQUE (shareable_reference);
