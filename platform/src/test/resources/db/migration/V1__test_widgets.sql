-- test-only schema of the platform's test application
CREATE TABLE widget (
    id      uuid   PRIMARY KEY,
    name    text   NOT NULL,
    impact  text   NOT NULL,
    version bigint NOT NULL
);
CREATE UNIQUE INDEX widget_name ON widget (name);
