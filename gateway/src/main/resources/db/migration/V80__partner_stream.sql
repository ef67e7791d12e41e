-- The partner feed as a stream partner regions without Kafka can resume (GET /api/v1/partner/events, Server-Sent
-- Events): every event the gateway publishes on partner.events, copied from its outbox row in the same transaction,
-- numbered in commit order (writers take one transaction-level advisory lock, so a reader that has seen number n
-- can never later find a committed row below n). Kept for rcs.partner.stream.retention, then deleted.
CREATE TABLE partner_event_log (
    seq            bigserial   PRIMARY KEY,
    event_id       uuid        NOT NULL UNIQUE,
    source         text        NOT NULL,
    type           text        NOT NULL,
    subject        text        NOT NULL,
    time           timestamptz NOT NULL,
    data           jsonb       NOT NULL,
    -- the partner region an event is for (a cross-border notice decision), null for what every partner may see
    partner_region text
);

CREATE INDEX partner_event_log_time ON partner_event_log (time);

-- The highest number deleted by retention: a stream asked to resume from below it has lost events (410).
CREATE TABLE partner_event_log_purge (
    only_row       boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    purged_through bigint  NOT NULL
);
INSERT INTO partner_event_log_purge (purged_through) VALUES (0);

-- The quarterly figures published to partners, one row per version, so an issue that changes nothing a partner
-- can see publishes nothing; kept across rebuilds, like partner_published.
CREATE TABLE partner_quarter_published (
    quarter      text        NOT NULL,
    version      integer     NOT NULL,
    figures      jsonb       NOT NULL,
    published_at timestamptz NOT NULL,
    PRIMARY KEY (quarter, version)
);
