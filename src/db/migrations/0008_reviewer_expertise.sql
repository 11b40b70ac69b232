-- Reviewers' expertise by programming area (0 none … 3 leading practice), which makes the
-- reviewer assignment prefer reviewers who know the areas an application works in.
CREATE TABLE reviewer_expertise (
    reviewer_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
    PRIMARY KEY (reviewer_id, area)
);
