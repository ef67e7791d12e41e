-- Every event carries the protective marking of what it describes (classification and caveats), so the relay can
-- send it as CloudEvents extension attributes and a consumer can filter without parsing the data.
ALTER TABLE outbox_event ADD COLUMN classification text, ADD COLUMN caveats text[];
-- rows written before the marking existed: the marking their data states, else the highest (never wider)
UPDATE outbox_event
   SET classification = CASE WHEN data ->> 'classification' IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET')
                             THEN data ->> 'classification' ELSE 'SECRET' END,
       caveats = CASE WHEN jsonb_typeof(data -> 'caveats') = 'array'
                      THEN ARRAY(SELECT jsonb_array_elements_text(data -> 'caveats')) ELSE '{}' END;
ALTER TABLE outbox_event ALTER COLUMN classification SET NOT NULL, ALTER COLUMN caveats SET NOT NULL,
    ADD CONSTRAINT outbox_event_classification_ck CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET'));
