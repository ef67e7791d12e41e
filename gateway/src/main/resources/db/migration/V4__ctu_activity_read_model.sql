-- CTU 4 P activity as the CTU events publish it: categories and counts only, each with its classification and
-- caveats, so every caller's figures are computed at its own clearance (DOMAIN.md, ctu-service and gateway).

CREATE TABLE ctu_activity (
    id             uuid PRIMARY KEY,
    version        integer     NOT NULL,
    four_p         varchar(10) NOT NULL,
    quarter        varchar(10) NOT NULL,
    motivation     varchar(40) NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        varchar(500) NOT NULL
);

CREATE TABLE ctu_activity_figure (
    quarter        varchar(10) NOT NULL,
    four_p         varchar(10) NOT NULL,
    motivation     varchar(40) NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        varchar(500) NOT NULL,
    activities     bigint      NOT NULL,
    PRIMARY KEY (quarter, four_p, motivation, classification, caveats)
);

-- Reporting-restricted Pursue operations leave ctu-service only as this count, already null when under 5.
CREATE TABLE ctu_restricted_count (
    quarter    varchar(10) PRIMARY KEY,
    operations integer
);
