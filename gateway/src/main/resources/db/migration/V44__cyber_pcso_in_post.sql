-- The Digital PCSOs in post across the region in a month (para 92), as the month's last report states it; null when
-- it did not (and for months reported before cyber-service published it).
ALTER TABLE cyber_pcso_month ADD COLUMN digital_pcsos_in_post integer;
