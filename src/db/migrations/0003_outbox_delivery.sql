-- Delivery of the outbox: when a message may next be tried, and until when a sending
-- process holds it (so two pmi processes never send the same message).
ALTER TABLE outbox ADD COLUMN next_attempt_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT NOT NULL DEFAULT 0;
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
