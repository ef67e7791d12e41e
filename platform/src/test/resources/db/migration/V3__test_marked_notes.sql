-- test-only: a marked record, stored as every service stores a marking (MarkedEntity)
CREATE TABLE marked_note (
    id             uuid        PRIMARY KEY,
    written_on     date        NOT NULL,
    body           text        NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL
);
