-- test-only: a count kept with each new widget in the widget's own statement (NewRecordWriter.Also)
CREATE TABLE widget_count (
    impact  text   PRIMARY KEY,
    widgets bigint NOT NULL
);
