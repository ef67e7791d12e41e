-- The CT business plan's quarterly RAG and the Prevent, Protect and Prepare outputs (issue 14, coverage), each
-- row with the full marking of what it describes (a classification and a caveats text[] column, as V8), so every
-- figure filters them with the platform's VisibleRows condition.

-- How many of the year's priorities each reviewing body rated red, amber and green in a quarter, as ctu-service
-- publishes it (uk.police.wm.ctu.plan-review.rag-counted.v1); a republished count replaces the last.
CREATE TABLE ctu_plan_rag (
    financial_year varchar(7)  NOT NULL,
    quarter        varchar(2)  NOT NULL,
    reviewing_body varchar(40) NOT NULL,
    red            integer     NOT NULL,
    amber          integer     NOT NULL,
    green          integer     NOT NULL,
    not_reviewed   integer     NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (financial_year, quarter, reviewing_body)
);

-- What each Prevent case, Protect activity and Prepare exercise contributes to the outputs: its category (a
-- Prevent case's outcome or stage, a Protect visit's site type or a training's kind, an exercise's type) and its
-- measures. Null for Pursue and for rows applied before this migration (a rebuild fills them).
ALTER TABLE ctu_activity ADD COLUMN output_category varchar(40);
ALTER TABLE ctu_activity ADD COLUMN attendees integer;
ALTER TABLE ctu_activity ADD COLUMN agencies integer;
ALTER TABLE ctu_activity ADD COLUMN lessons integer;
ALTER TABLE ctu_activity ADD COLUMN open_lessons integer;

CREATE TABLE ctu_output_figure (
    quarter        varchar(10) NOT NULL,
    four_p         varchar(10) NOT NULL,
    category       varchar(40) NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL DEFAULT '{}',
    records        bigint      NOT NULL,
    attendees      bigint      NOT NULL,
    agencies       bigint      NOT NULL,
    lessons        bigint      NOT NULL,
    open_lessons   bigint      NOT NULL,
    PRIMARY KEY (quarter, four_p, category, classification, caveats)
);
