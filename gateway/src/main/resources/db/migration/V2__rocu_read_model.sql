-- ROCU part of the read model: the state of each disruption and OCG as last published, and the figures the
-- governance view reads, kept up to date by deltas so a request never scans the records (DOMAIN.md, gateway).

CREATE TABLE rocu_disruption (
    id               uuid PRIMARY KEY,
    version          integer     NOT NULL,
    force            varchar(3)  NOT NULL,
    lead_agency      varchar(20) NOT NULL,
    crime_type       varchar(50) NOT NULL,
    claimed_impact   varchar(20) NOT NULL,
    moderated_impact varchar(20),
    category         varchar(10) NOT NULL,
    activity_level   varchar(30) NOT NULL,
    quarter          varchar(10) NOT NULL,
    status           varchar(30) NOT NULL,
    classification   varchar(20) NOT NULL
);

-- Approved and downgraded disruptions per quarter and dimension (the impact is the moderated one), per
-- classification so each caller gets only what its clearance covers.
CREATE TABLE rocu_disruption_figure (
    quarter        varchar(10) NOT NULL,
    classification varchar(20) NOT NULL,
    crime_type     varchar(50) NOT NULL,
    impact         varchar(20) NOT NULL,
    force          varchar(3)  NOT NULL,
    lead_agency    varchar(20) NOT NULL,
    category       varchar(10) NOT NULL,
    disruptions    bigint      NOT NULL,
    PRIMARY KEY (quarter, classification, crime_type, impact, force, lead_agency, category)
);

-- Claims waiting for the moderation panel, per force.
CREATE TABLE rocu_backlog_figure (
    force          varchar(3)  NOT NULL,
    classification varchar(20) NOT NULL,
    claims         bigint      NOT NULL,
    PRIMARY KEY (force, classification)
);

CREATE TABLE rocu_ocg (
    id                     uuid PRIMARY KEY,
    version                integer     NOT NULL,
    predominant_crime_type varchar(50) NOT NULL,
    status                 varchar(20) NOT NULL,
    classification         varchar(20) NOT NULL
);

-- Active OCGs per predominant crime type (the report's Figure 3).
CREATE TABLE rocu_ocg_figure (
    crime_type     varchar(50) NOT NULL,
    classification varchar(20) NOT NULL,
    active_ocgs    bigint      NOT NULL,
    PRIMARY KEY (crime_type, classification)
);
