-- The one marking model (platform MarkedEntity): caveats become a text[] column instead of sorted, comma-joined
-- text ("" for none), so lists, counts and the summary filter them with the platform's one need-to-know predicate
-- (VisibleRows) and nobody decodes them by hand. Nothing is lost: 'A,B' becomes {A,B}, '' becomes {}.
-- The natural keys include the marking (a clash is only ever with a record the caller may see): they are dropped
-- before the type change and rebuilt over the array.

ALTER TABLE pursue_operation DROP CONSTRAINT pursue_operation_name_uq;
ALTER TABLE prevent_case DROP CONSTRAINT prevent_case_reference_uq;
ALTER TABLE protect_activity DROP CONSTRAINT protect_activity_reference_uq;
ALTER TABLE prepare_exercise DROP CONSTRAINT prepare_exercise_reference_uq;

-- one conversion, the same for the five marked tables
DO $$
DECLARE
    marked text;
BEGIN
    FOREACH marked IN ARRAY ARRAY['pursue_operation', 'prevent_case', 'protect_activity', 'prepare_exercise',
            'business_plan'] LOOP
        EXECUTE format($convert$
            ALTER TABLE %I
                ALTER COLUMN caveats DROP DEFAULT,
                ALTER COLUMN caveats TYPE text[] USING coalesce(string_to_array(nullif(caveats, ''), ','), '{}'),
                ALTER COLUMN caveats SET DEFAULT '{}'
            $convert$, marked);
    END LOOP;
END
$$;

ALTER TABLE pursue_operation
    ADD CONSTRAINT pursue_operation_name_uq UNIQUE (operation_name, classification, caveats);
ALTER TABLE prevent_case
    ADD CONSTRAINT prevent_case_reference_uq UNIQUE (reference, classification, caveats);
ALTER TABLE protect_activity
    ADD CONSTRAINT protect_activity_reference_uq UNIQUE (force, reference, classification, caveats);
ALTER TABLE prepare_exercise
    ADD CONSTRAINT prepare_exercise_reference_uq UNIQUE (force, reference, classification, caveats);
