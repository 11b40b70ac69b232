-- IATI activity files as published: each publication keeps the whole file that the public
-- address serves until the next one, with its entity tag and who published it.
CREATE TABLE iati_publications (
    id @id@,
    published_at BIGINT NOT NULL,
    published_by TEXT NOT NULL,
    activity_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    etag TEXT NOT NULL,
    xml TEXT NOT NULL
);
