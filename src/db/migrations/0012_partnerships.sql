-- Partnerships in full: dates, programming areas, contacts, a summary in several languages,
-- whether the public page shows it, and the office that runs it; several Canadian
-- municipalities and partner local governments per partnership (the lead pair stays in
-- partnerships.team_key / partner_key); budget lines in integer cents by fiscal year
-- (named by the year it starts) and category; amendments kept as the budget's history.
ALTER TABLE partnerships ADD COLUMN start_date TEXT NOT NULL DEFAULT '';
ALTER TABLE partnerships ADD COLUMN end_date TEXT NOT NULL DEFAULT '';
ALTER TABLE partnerships ADD COLUMN areas TEXT NOT NULL DEFAULT '';
ALTER TABLE partnerships ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE partnerships ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE partnerships ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE partnerships ADD COLUMN published INTEGER NOT NULL DEFAULT 0;
ALTER TABLE partnerships ADD COLUMN office_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL;

CREATE TABLE partnership_members (
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    member_key TEXT NOT NULL,
    member_name TEXT NOT NULL,
    PRIMARY KEY (partnership_id, kind, member_key)
);
CREATE INDEX partnership_members_key ON partnership_members (member_key);

CREATE TABLE budget_lines (
    id @id@,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    fiscal_year INTEGER NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX budget_lines_partnership ON budget_lines (partnership_id, fiscal_year, category);

CREATE TABLE budget_amendments (
    id @id@,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    budget_line_id BIGINT REFERENCES budget_lines (id) ON DELETE SET NULL,
    fiscal_year INTEGER NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    previous_cents BIGINT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_at BIGINT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at BIGINT
);
CREATE INDEX budget_amendments_partnership ON budget_amendments (partnership_id, proposed_at);
