-- One row made with the read model's tables: a new value means the database was replaced (lost and recreated
-- empty, or restored from a backup), and the consumer replays every topic from its start (ReadModelConsumer).
CREATE TABLE read_model_origin (
    singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    origin     uuid        NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO read_model_origin DEFAULT VALUES;
