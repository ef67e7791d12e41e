-- The ROCU's operational highlights (rocu-service event disruption.highlight-published.v1): the narrative of an
-- approved or downgraded disruption its force marked highlight, one row per disruption (a counted disruption is
-- never amended again, so the first row stands and a replayed event changes nothing). Marked with the record's
-- classification and caveats: the governance view shows a narrative only to callers those cover, and the partner
-- API and feed never read this table. Never holds a narrative about a priority individual (never published).
CREATE TABLE rocu_highlight (
    disruption_id    uuid PRIMARY KEY,
    quarter          varchar(10) NOT NULL,
    force            varchar(3)  NOT NULL,
    crime_type       varchar(50) NOT NULL,
    lead_agency      varchar(20) NOT NULL,
    four_p           varchar(10) NOT NULL,
    moderated_impact varchar(20) NOT NULL,
    narrative        text        NOT NULL,
    classification   varchar(20) NOT NULL,
    -- handling caveats, sorted and comma-separated ('' for none)
    caveats          text        NOT NULL
);

-- A quarter's highlights in the order the view and the board pack show them.
CREATE INDEX rocu_highlight_by_quarter ON rocu_highlight (quarter, force, crime_type, disruption_id);
