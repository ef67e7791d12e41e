-- The trace context of the request (or job) that wrote an event, as a W3C traceparent
-- (00-<trace id>-<span id>-<flags>): the relay sends it as the CloudEvents distributed-tracing extension
-- (ce_traceparent), so the consumer's apply continues the trace of the request that caused the event.
-- Null for rows written before tracing, or outside any trace.
ALTER TABLE outbox_event ADD COLUMN traceparent text;
