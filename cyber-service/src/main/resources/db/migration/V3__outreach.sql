-- Digital PCSO reach and Protect campaigns (DOMAIN.md, cyber-service; paras 79, 92-94).
CREATE TABLE pcso_month (
    month        date        PRIMARY KEY,
    reach        integer     NOT NULL,
    events       jsonb       NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT pcso_month_first_day_ck CHECK (extract(day FROM month) = 1),
    CONSTRAINT pcso_month_reach_ck CHECK (reach >= 0)
);

CREATE TABLE protect_campaign (
    id          uuid PRIMARY KEY,
    month       date         NOT NULL,
    theme       varchar(200) NOT NULL,
    channel     varchar(30)  NOT NULL,
    partner     varchar(120),
    reach       integer      NOT NULL,
    recorded_at timestamptz  NOT NULL,
    CONSTRAINT protect_campaign_natural_uk UNIQUE (month, theme, channel),
    CONSTRAINT protect_campaign_first_day_ck CHECK (extract(day FROM month) = 1),
    CONSTRAINT protect_campaign_reach_ck CHECK (reach >= 0)
);
