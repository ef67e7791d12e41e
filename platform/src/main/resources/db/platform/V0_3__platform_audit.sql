-- Audit log for the Data Protection Act 2018 s.62 (platform): who did what to which records, when and why.
-- Append-only: UPDATE, DELETE and TRUNCATE are refused by triggers.
CREATE TABLE audit_log (
    id             bigserial   PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT clock_timestamp(),
    operation      text        NOT NULL CHECK (operation IN
                       ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE')),
    subject        text        NOT NULL,
    client_id      text,
    record_type    text        NOT NULL,
    record_ids     text[]      NOT NULL DEFAULT '{}',
    justification  text,
    recipients     text[]      NOT NULL DEFAULT '{}',
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCESS', 'REFUSED')),
    correlation_id text
);

CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_subject ON audit_log (subject, at DESC);
CREATE INDEX audit_log_record_type ON audit_log (record_type, at DESC);
CREATE INDEX audit_log_record_ids ON audit_log USING gin (record_ids);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
