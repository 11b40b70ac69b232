-- The distribution list: subscribers, the topics each one receives now, the consent ledger
-- (every request, grant and withdrawal with its evidence), the wordings people agreed to,
-- erased addresses kept as a hash, and campaigns. The outbox learns what list mail needs:
-- an HTML part, a stable Message-ID, the unsubscribe address for List-Unsubscribe, the
-- subscriber and topics checked for consent at send time, and a status per message.
CREATE TABLE mailing_subscribers (
    id @id@,
    email TEXT NOT NULL,
    email_normalized TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    language TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    confirm_token_hash TEXT,
    confirm_sent_at BIGINT,
    confirm_expires_at BIGINT,
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    left_at BIGINT,
    bounced_at BIGINT,
    bounce_reply TEXT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX mailing_subscribers_confirm ON mailing_subscribers (confirm_token_hash);
CREATE INDEX mailing_subscribers_status ON mailing_subscribers (status, language);

-- What each subscriber receives now, derived from the ledger in the same transaction as
-- each event: a row per topic requested (pending) or consented to (active).
CREATE TABLE mailing_subscriptions (
    subscriber_id BIGINT NOT NULL REFERENCES mailing_subscribers (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    state TEXT NOT NULL,
    since BIGINT NOT NULL,
    expires_at BIGINT,
    PRIMARY KEY (subscriber_id, topic)
);
CREATE INDEX mailing_subscriptions_topic ON mailing_subscriptions (topic, state, subscriber_id);

-- The exact texts people were shown when asked for consent, kept once each by their hash.
CREATE TABLE mailing_wordings (
    hash TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    first_shown_at BIGINT NOT NULL
);

-- The consent ledger: the proof that each message was wanted (CASL puts it on the sender).
-- Append-only: the database refuses any update, and any delete while the subscriber
-- exists; erasing a subscriber deletes its row, and its ledger with it.
CREATE TABLE mailing_consent_events (
    id @id@,
    subscriber_id BIGINT NOT NULL REFERENCES mailing_subscribers (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    action TEXT NOT NULL,
    at BIGINT NOT NULL,
    method TEXT NOT NULL,
    wording_hash TEXT REFERENCES mailing_wordings (hash),
    ip TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    consent_type TEXT NOT NULL DEFAULT 'express',
    expires_at BIGINT,
    campaign_id BIGINT,
    recorded_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX mailing_consent_events_subscriber ON mailing_consent_events (subscriber_id, id);
CREATE INDEX mailing_consent_events_at ON mailing_consent_events (at);
CREATE INDEX mailing_consent_events_campaign ON mailing_consent_events (campaign_id, action);

-- @sqlite
CREATE TRIGGER mailing_consent_events_no_update BEFORE UPDATE ON mailing_consent_events
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
CREATE TRIGGER mailing_consent_events_no_delete BEFORE DELETE ON mailing_consent_events
WHEN EXISTS (SELECT 1 FROM mailing_subscribers WHERE id = OLD.subscriber_id)
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
-- @postgres
CREATE FUNCTION mailing_consent_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM mailing_subscribers WHERE id = OLD.subscriber_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the consent ledger is append-only';
END $$;
CREATE TRIGGER mailing_consent_events_no_change BEFORE UPDATE OR DELETE ON mailing_consent_events
FOR EACH ROW EXECUTE FUNCTION mailing_consent_events_append_only();
-- @end

-- Erased subscribers leave only the SHA-256 of their normalised address, so that an
-- unsubscribe or an import that names the address again is still honoured.
CREATE TABLE mailing_suppressions (
    email_hash TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    at BIGINT NOT NULL
);

CREATE TABLE mailing_campaigns (
    id @id@,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    topics TEXT NOT NULL,
    languages TEXT NOT NULL,
    call_id BIGINT REFERENCES calls (id) ON DELETE SET NULL,
    digest_until BIGINT,
    scheduled_at BIGINT,
    queued_at BIGINT,
    recipients INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX mailing_campaigns_due ON mailing_campaigns (status, scheduled_at);

ALTER TABLE outbox ADD COLUMN body_html TEXT;
ALTER TABLE outbox ADD COLUMN message_id TEXT;
ALTER TABLE outbox ADD COLUMN list_unsubscribe TEXT;
ALTER TABLE outbox ADD COLUMN subscriber_id BIGINT;
ALTER TABLE outbox ADD COLUMN topics TEXT;
ALTER TABLE outbox ADD COLUMN campaign_id BIGINT;
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'queued';
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
UPDATE outbox SET status = 'sent' WHERE sent_at IS NOT NULL;
UPDATE outbox SET status = 'failed' WHERE sent_at IS NULL AND attempts >= 6;
CREATE INDEX outbox_queue ON outbox (status, next_attempt_at, id);
CREATE INDEX outbox_campaign ON outbox (campaign_id, status);
CREATE INDEX outbox_claimed_by ON outbox (claimed_by);
