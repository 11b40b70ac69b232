-- A second factor for signing in: one authenticator secret per user (a TOTP key, base32;
-- confirmed_at stays NULL until the user has entered a code from it) with the last time
-- step a code was accepted for, so no code works twice; and single-use recovery codes,
-- kept as SHA-256 hashes.
CREATE TABLE second_factors (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    last_used_step BIGINT NOT NULL
);

CREATE TABLE recovery_codes (
    id @id@,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id, code_hash);
