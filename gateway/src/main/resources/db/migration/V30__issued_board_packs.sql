-- Issued board packs (DOMAIN.md, "The board pack as a record") and the history the read model needs to state a
-- quarter's registers and backlogs as they stood at its end, not as they stand today.

-- Every state a disruption and an OCG was published in, with when the service recorded it (the CloudEvents time).
-- The live figure tables say "now"; these say "as at": a state counts at an instant when it is the newest one
-- recorded before that instant. Keyed by (id, version) so a replayed event adds nothing.
CREATE TABLE rocu_disruption_history (
    id             uuid        NOT NULL,
    version        integer     NOT NULL,
    recorded_at    timestamptz NOT NULL,
    force          varchar(3)  NOT NULL,
    status         varchar(30) NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (id, version)
);
CREATE INDEX rocu_disruption_history_time_ix ON rocu_disruption_history (recorded_at);

CREATE TABLE rocu_ocg_history (
    id             uuid        NOT NULL,
    version        integer     NOT NULL,
    recorded_at    timestamptz NOT NULL,
    crime_type     varchar(50) NOT NULL,
    status         varchar(20) NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (id, version)
);
CREATE INDEX rocu_ocg_history_time_ix ON rocu_ocg_history (recorded_at);

-- ROCU's frozen quarters (uk.police.wm.rocu.quarter.frozen.v1): the counted disruptions as reported then. The
-- newest freeze of a quarter stands.
CREATE TABLE rocu_frozen_quarter (
    quarter             varchar(10) PRIMARY KEY,
    frozen_at           timestamptz NOT NULL,
    counted_disruptions bigint      NOT NULL,
    classification      varchar(20) NOT NULL,
    caveats             text[]      NOT NULL DEFAULT '{}'
);

-- An issued pack never changes: a re-issue is a new row with the next version of its quarter and marking.
CREATE TABLE issued_board_pack (
    id             uuid         PRIMARY KEY,
    quarter        varchar(10)  NOT NULL,
    version        integer      NOT NULL,
    classification varchar(20)  NOT NULL,
    caveats        text[]       NOT NULL DEFAULT '{}',
    issued_by      varchar(255) NOT NULL,
    issued_at      timestamptz  NOT NULL,
    as_at          timestamptz  NOT NULL,
    statement      text         NOT NULL,
    event_offsets  text         NOT NULL,
    figures        text         NOT NULL,
    changes        text         NOT NULL,
    pdf            bytea        NOT NULL,
    pdf_sha256     varchar(64)  NOT NULL,
    UNIQUE (quarter, classification, caveats, version)
);
CREATE INDEX issued_board_pack_quarter_ix ON issued_board_pack (quarter, issued_at, id);
