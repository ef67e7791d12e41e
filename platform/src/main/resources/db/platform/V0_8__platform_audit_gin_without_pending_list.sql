-- The audit log's index of record ids takes each insert into the index at once, instead of into GIN's pending list
-- (fastupdate, on by default). With the list, an insert that found it full (gin_pending_list_limit, 4 MB) moved the
-- whole list into the index itself (a claim of 0.7 s), and autovacuum's ANALYZE of audit_log did the same while
-- holding a transaction id for 0.8 s; the outbox relay publishes only rows of transactions older than every running
-- one, so each event committed meanwhile reached Kafka 0.5-0.6 s late (rocu's claim benchmark, issue 17).
ALTER INDEX audit_log_record_ids SET (fastupdate = off);
-- what the list holds now goes into the index once, here
SELECT gin_clean_pending_list('audit_log_record_ids'::regclass);
