-- The national threat level per scope, with its full history (DOMAIN.md, ctu-service).
CREATE TABLE threat_level_change (
    id              uuid PRIMARY KEY,
    scope           varchar(40)  NOT NULL,
    level           varchar(20)  NOT NULL,
    effective_from  date         NOT NULL,
    set_by          varchar(40)  NOT NULL,
    rationale       varchar(2000) NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    recorded_by     varchar(255) NOT NULL,
    CONSTRAINT threat_level_change_scope_ck CHECK (scope IN
        ('INTERNATIONAL_TERRORISM', 'NI_RELATED_IN_GREAT_BRITAIN', 'UK_NATIONAL', 'NI_RELATED_IN_NORTHERN_IRELAND')),
    CONSTRAINT threat_level_change_level_ck CHECK (level IN ('LOW', 'MODERATE', 'SUBSTANTIAL', 'SEVERE', 'CRITICAL'))
);

-- point-in-time look-ups: the newest change on or before a date, per scope
CREATE INDEX threat_level_change_scope_effective_ix
    ON threat_level_change (scope, effective_from DESC, recorded_at DESC);
