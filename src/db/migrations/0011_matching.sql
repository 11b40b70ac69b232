-- Matching runs with their inputs (so that each can be reproduced) and results, the pairs
-- program officers pin or forbid for the next run, and the partnerships an accepted run
-- creates. Teams and partners are named by their directory keys.
CREATE TABLE matching_rules (
    team_key TEXT NOT NULL,
    partner_key TEXT NOT NULL,
    rule TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (team_key, partner_key)
);

CREATE TABLE matching_runs (
    id @id@,
    label TEXT NOT NULL,
    call_id BIGINT REFERENCES calls (id) ON DELETE SET NULL,
    input TEXT NOT NULL,
    result TEXT NOT NULL,
    total_fit BIGINT NOT NULL,
    countries_served INTEGER NOT NULL,
    pairs INTEGER NOT NULL,
    milliseconds BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    accepted_at BIGINT,
    accepted_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX matching_runs_created ON matching_runs (created_at);

CREATE TABLE partnerships (
    id @id@,
    team_key TEXT NOT NULL,
    partner_key TEXT NOT NULL,
    team_name TEXT NOT NULL,
    partner_name TEXT NOT NULL,
    country TEXT NOT NULL,
    status TEXT NOT NULL,
    matching_run_id BIGINT REFERENCES matching_runs (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (team_key, partner_key)
);
