-- The partner directory: local governments of the partner countries and Canadian municipal
-- teams, the matching's inputs. Languages are kept as ";fr;en;" so that one LIKE finds a
-- language; levels by programming area are columns, in the program's order of areas.
CREATE TABLE partner_governments (
    id @id@,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    region TEXT NOT NULL,
    level TEXT NOT NULL,
    population BIGINT NOT NULL,
    languages TEXT NOT NULL,
    interpretation INTEGER NOT NULL,
    need_enabling_environment INTEGER NOT NULL,
    need_inclusive_led INTEGER NOT NULL,
    need_trade_regional INTEGER NOT NULL,
    wanted_partners INTEGER NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    description TEXT NOT NULL,
    organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX partner_governments_country ON partner_governments (country, name);
CREATE INDEX partner_governments_name ON partner_governments (name);
CREATE INDEX partner_governments_organisation ON partner_governments (organisation_id);

CREATE TABLE municipal_teams (
    id @id@,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    province TEXT NOT NULL,
    population BIGINT NOT NULL,
    languages TEXT NOT NULL,
    expertise_enabling_environment INTEGER NOT NULL,
    expertise_inclusive_led INTEGER NOT NULL,
    expertise_trade_regional INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX municipal_teams_name ON municipal_teams (name);
CREATE INDEX municipal_teams_organisation ON municipal_teams (organisation_id);

-- Pairs that worked together before (the predecessor program's partners carry over), by
-- partner key so that a team may name a partner not yet in the directory.
CREATE TABLE past_partnerships (
    team_id BIGINT NOT NULL REFERENCES municipal_teams (id) ON DELETE CASCADE,
    partner_key TEXT NOT NULL,
    PRIMARY KEY (team_id, partner_key)
);
