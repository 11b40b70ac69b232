-- Partnership stories: what a partnership did, told by its staff in several languages with
-- photos, approved by a program officer before the public reads it. Titles, bodies (Markdown),
-- alt texts and captions are JSON objects of one text per language. A photo is kept only as
-- the JPEG renditions made from its pixels, one row per width, stored under their SHA-256.
CREATE TABLE stories (
    id @id@,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    return_reason TEXT NOT NULL DEFAULT '',
    author_id BIGINT NOT NULL,
    author_name TEXT NOT NULL,
    approved_by_name TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    published_at BIGINT
);
CREATE INDEX stories_partnership ON stories (partnership_id, status);
CREATE INDEX stories_published ON stories (status, published_at);

CREATE TABLE story_photos (
    id @id@,
    story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alt TEXT NOT NULL,
    caption TEXT NOT NULL
);
CREATE INDEX story_photos_story ON story_photos (story_id, position);

CREATE TABLE story_photo_sizes (
    photo_id BIGINT NOT NULL REFERENCES story_photos (id) ON DELETE CASCADE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    PRIMARY KEY (photo_id, width)
);

-- The indicators of the logic model whose results a story tells of.
CREATE TABLE story_indicators (
    story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, indicator_id)
);
