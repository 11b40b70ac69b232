-- Calls for partnership and the applications Canadian municipalities make to them.
-- Moments are Unix seconds in UTC; each call also keeps the time zone its deadline is
-- stated in. Texts readers see are JSON objects with one version per language.
CREATE TABLE calls (
    id @id@,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    countries TEXT NOT NULL,
    areas TEXT NOT NULL,
    opens_at BIGINT NOT NULL,
    deadline_at BIGINT NOT NULL,
    time_zone TEXT NOT NULL,
    review_due_at BIGINT NOT NULL,
    reviews_per_application INTEGER NOT NULL DEFAULT 3,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX calls_deadline ON calls (deadline_at);

CREATE TABLE call_criteria (
    id @id@,
    call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    guidance TEXT NOT NULL,
    weight INTEGER NOT NULL,
    scale_max INTEGER NOT NULL
);
CREATE INDEX call_criteria_call ON call_criteria (call_id, position);

CREATE TABLE call_questions (
    id @id@,
    call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    help TEXT NOT NULL,
    required INTEGER NOT NULL,
    word_limit INTEGER,
    choices TEXT NOT NULL,
    UNIQUE (call_id, code)
);

CREATE TABLE applications (
    id @id@,
    call_id BIGINT NOT NULL REFERENCES calls (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    submitted_at BIGINT,
    UNIQUE (call_id, organisation_id)
);

CREATE TABLE application_answers (
    application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    question_code TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (application_id, question_code)
);

-- Every saved version: who, when, which answers changed, and the answers as they were.
CREATE TABLE application_versions (
    id @id@,
    application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    at BIGINT NOT NULL,
    event TEXT NOT NULL,
    changed TEXT NOT NULL,
    answers TEXT NOT NULL,
    UNIQUE (application_id, version)
);
