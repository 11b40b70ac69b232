-- The public site: the program, regions, countries, programming areas, content pages and
-- news. Text shown to readers is stored per language as a JSON object {"en": ..., "fr": ...}
-- so a new language needs no schema change.
CREATE TABLE program (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    tagline TEXT NOT NULL,
    summary TEXT NOT NULL,
    funder TEXT NOT NULL,
    implementer TEXT NOT NULL,
    cash_envelope_cents BIGINT NOT NULL,
    in_kind_commitment_cents BIGINT NOT NULL,
    currency TEXT NOT NULL,
    start_year INTEGER NOT NULL,
    duration_years INTEGER NOT NULL,
    contact_name TEXT NOT NULL,
    contact_role TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE countries (
    code TEXT PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES regions (code),
    working_languages TEXT NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    position INTEGER NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE programming_areas (
    code TEXT PRIMARY KEY,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE pages (
    id @id@,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE news_posts (
    id @id@,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX news_posts_published ON news_posts (published_at);
