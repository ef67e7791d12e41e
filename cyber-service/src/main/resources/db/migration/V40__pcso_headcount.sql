-- Digital PCSOs in post across the region in a month (para 92: West Midlands Police's, the Alliance's and
-- Staffordshire's), reported with the month's reach; null where a month's report did not state it.
ALTER TABLE pcso_month ADD COLUMN digital_pcsos_in_post integer;
ALTER TABLE pcso_month ADD CONSTRAINT pcso_month_in_post_ck CHECK (digital_pcsos_in_post >= 0);
