-- A review can be deferred (para 63: the regional SOC strategy review will not take place until the new national
-- SOC strategy is published), which is neither not started nor in progress.
ALTER TABLE review_item DROP CONSTRAINT review_item_status_ck;
ALTER TABLE review_item ADD CONSTRAINT review_item_status_ck
    CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'DEFERRED'));
