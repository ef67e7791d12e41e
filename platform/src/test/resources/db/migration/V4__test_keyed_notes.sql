-- test-only: a record type whose natural key shares its first column with another index, as a force's records do
-- (rocu's disruption: UNIQUE (force, source_record_id) and (force, seq), its columns' types too: the planner's
-- choice between the two indexes on an empty table turns on their width)
CREATE TABLE keyed_note (
    id        uuid      PRIMARY KEY,
    seq       bigserial NOT NULL,
    owner     varchar(3)   NOT NULL,
    reference varchar(100) NOT NULL,
    body      text      NOT NULL,
    CONSTRAINT keyed_note_key UNIQUE (owner, reference)
);
CREATE INDEX keyed_note_owner_seq_ix ON keyed_note (owner, seq);
