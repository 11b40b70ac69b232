-- Files attached to applications. The bytes live in the data folder under their SHA-256;
-- the name shown is the cleaned name the file came with.
CREATE TABLE application_files (
    id @id@,
    application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    question_code TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX application_files_application ON application_files (application_id, question_code);
