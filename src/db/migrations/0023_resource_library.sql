-- The resource library: guides, tools, case studies and reports. Titles and summaries are
-- JSON objects with one version per language; the document is a stored file (by SHA-256,
-- as application files are) or a link. Areas and countries are kept one row each, so that
-- the public list filters and counts them in SQL.
CREATE TABLE library_resources (
    id @id@,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    document_language TEXT NOT NULL,
    published_on TEXT NOT NULL,
    visibility TEXT NOT NULL,
    status TEXT NOT NULL,
    link TEXT NOT NULL,
    file_sha256 TEXT,
    file_name TEXT,
    file_type TEXT,
    file_size BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX library_resources_listing ON library_resources (status, visibility, published_on);

CREATE TABLE library_resource_areas (
    resource_id BIGINT NOT NULL REFERENCES library_resources (id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    PRIMARY KEY (resource_id, area)
);
CREATE INDEX library_resource_areas_area ON library_resource_areas (area);

CREATE TABLE library_resource_countries (
    resource_id BIGINT NOT NULL REFERENCES library_resources (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (resource_id, country)
);
CREATE INDEX library_resource_countries_country ON library_resource_countries (country);
