-- A quarter's performance figures frozen "as reported" to the board; live figures are computed beside them.
CREATE TABLE performance_snapshot (
    quarter     varchar(10)  PRIMARY KEY,
    figures     text         NOT NULL,
    frozen_at   timestamptz  NOT NULL,
    frozen_by   varchar(255) NOT NULL
);
