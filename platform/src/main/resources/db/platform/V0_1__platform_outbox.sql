-- Transactional outbox (platform): domain events written in the same transaction as the change they describe,
-- published to Kafka by the OutboxRelay in seq order.
CREATE TABLE outbox_event (
    seq            bigserial   PRIMARY KEY,
    id             uuid        NOT NULL UNIQUE,
    source         text        NOT NULL,
    type           text        NOT NULL,
    subject        text        NOT NULL,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    time           timestamptz NOT NULL,
    data           jsonb,
    correlation_id text,
    published_at   timestamptz,
    -- the writing transaction: the relay reads a row only once every older transaction has ended, so a row with a
    -- lower seq can never become visible after a higher one was published (commit order differs from seq order)
    tx_id          xid8        NOT NULL DEFAULT pg_current_xact_id()
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;
