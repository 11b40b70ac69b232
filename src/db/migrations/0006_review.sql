-- Review of applications: the reviewers of each call and their capacity, declared
-- conflicts of interest, assignments, per-criterion scores, and decisions with the message
-- applicants receive when decisions are released.
CREATE TABLE call_reviewers (
    call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    capacity INTEGER NOT NULL,
    PRIMARY KEY (call_id, reviewer_id)
);

CREATE TABLE review_conflicts (
    application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    declared_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, reviewer_id)
);

CREATE TABLE review_assignments (
    application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pinned INTEGER NOT NULL,
    assigned_at BIGINT NOT NULL,
    submitted_at BIGINT,
    PRIMARY KEY (application_id, reviewer_id)
);
CREATE INDEX review_assignments_reviewer ON review_assignments (reviewer_id);

CREATE TABLE review_scores (
    application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    criterion INTEGER NOT NULL,
    score INTEGER NOT NULL,
    comment TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, reviewer_id, criterion)
);

CREATE TABLE decisions (
    application_id BIGINT PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    message TEXT NOT NULL,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    decided_at BIGINT NOT NULL,
    released_at BIGINT
);
