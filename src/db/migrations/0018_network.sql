-- Site search: one document per object and language (news, pages, calls, partner profiles,
-- and later events and networks), written by the modules that own the content. Texts are
-- kept twice: as readers see them (title, body, for results and snippets) and folded by
-- search::fold (lower case, no accents, words separated by one space), so that both
-- backends index the very same words. Who may find a document: `audience` (public,
-- signed_in, program) and the organisation that owns it.
CREATE TABLE search_documents (
    id @id@,
    kind TEXT NOT NULL,
    object_key TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    url TEXT NOT NULL,
    audience TEXT NOT NULL,
    organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    title_terms TEXT NOT NULL,
    body_terms TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (kind, object_key, language)
);
CREATE INDEX search_documents_language ON search_documents (language, kind);
-- @sqlite
CREATE VIRTUAL TABLE search_index USING fts5(
    title_terms, body_terms, content = 'search_documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER search_documents_inserted AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_index (rowid, title_terms, body_terms) VALUES (new.id, new.title_terms, new.body_terms);
END;
CREATE TRIGGER search_documents_deleted AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_index (search_index, rowid, title_terms, body_terms)
    VALUES ('delete', old.id, old.title_terms, old.body_terms);
END;
CREATE TRIGGER search_documents_updated AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_index (search_index, rowid, title_terms, body_terms)
    VALUES ('delete', old.id, old.title_terms, old.body_terms);
    INSERT INTO search_index (rowid, title_terms, body_terms) VALUES (new.id, new.title_terms, new.body_terms);
END;
-- @postgres
ALTER TABLE search_documents ADD COLUMN terms tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'D')) STORED;
CREATE INDEX search_documents_terms ON search_documents USING GIN (terms);
-- @end
