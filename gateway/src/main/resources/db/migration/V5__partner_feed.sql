-- Threat level changes already republished to partner regions: kept across rebuilds, so replaying the domain
-- topics never sends a partner the same change twice.
CREATE TABLE partner_published (
    source_id    uuid PRIMARY KEY,
    published_at timestamptz NOT NULL
);
