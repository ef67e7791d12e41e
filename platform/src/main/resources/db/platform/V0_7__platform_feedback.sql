-- Feedback to the systems that send us records: a change feed over a table and webhooks (issue 15).

-- Change tracking for "what changed since": a table that calls this trigger before every insert and update keeps in
-- change_xid the 64-bit id of the transaction that last changed the row and in changed_at when. A change feed pages
-- by (change_xid, id) and lists only rows whose transaction is older than every transaction still running
-- (pg_snapshot_xmin), so no row can later appear before a cursor a client already holds (as the outbox relay).
CREATE FUNCTION rcs_track_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id()::text::bigint;
    NEW.changed_at := clock_timestamp();
    RETURN NEW;
END;
$$;

-- A callback a force system registered; the clearance and caveats of the client that registered it bound what it
-- is sent. The secret is kept as it was given (HMAC needs it); it is answered once, at registration.
CREATE TABLE webhook_subscription (
    id             uuid          PRIMARY KEY,
    seq            bigserial     NOT NULL UNIQUE,
    force          varchar(3)    NOT NULL,
    client_id      varchar(255),
    registered_by  varchar(255)  NOT NULL,
    url            varchar(2000) NOT NULL,
    secret         varchar(100)  NOT NULL,
    clearance      varchar(20)   NOT NULL,
    caveats        text[]        NOT NULL,
    created_at     timestamptz   NOT NULL,
    CONSTRAINT webhook_subscription_clearance_ck CHECK (clearance IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET'))
);

CREATE INDEX webhook_subscription_force_ix ON webhook_subscription (force, seq);

-- One event to deliver to one subscription, written in the transaction of the change it reports. The body is the
-- structured-mode CloudEvent as first built, so every retry sends the same bytes under the same webhook-id.
CREATE TABLE webhook_delivery (
    id               uuid          PRIMARY KEY,
    seq              bigserial     NOT NULL UNIQUE,
    subscription_id  uuid          NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         uuid          NOT NULL,
    event_type       varchar(200)  NOT NULL,
    body             text          NOT NULL,
    created_at       timestamptz   NOT NULL,
    attempts         integer       NOT NULL DEFAULT 0,
    last_status      integer,
    last_error       varchar(200),
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    failed_at        timestamptz,
    CONSTRAINT webhook_delivery_event_uk UNIQUE (subscription_id, event_id)
);

CREATE INDEX webhook_delivery_due_ix ON webhook_delivery (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX webhook_delivery_subscription_ix ON webhook_delivery (subscription_id, seq);
