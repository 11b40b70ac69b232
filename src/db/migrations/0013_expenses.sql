-- Money spent and given in kind. Rate tables kept by officers: exchange rates (CAD per unit
-- of a currency) and hourly rates of staff time by role, each with the date it takes effect,
-- as an exact decimal (units / 10^scale). Expenses are claims against budget lines in their
-- own currency, converted at the rate of their date; the rate, its date and source and the
-- rounding rule are kept with each converted amount. In-kind contributions are staff time
-- (hours in hundredths × the role's rate), travel paid by a municipality, or donated goods and
-- services. Both are ledgers: an approved entry never changes; a reversal is a new entry
-- with the opposite amount that names the entry it reverses. Disbursements are the
-- program's payments to a partnership. ledger_totals holds the approved amounts by
-- partnership and fiscal year, added to in the transaction of each approval and reversal,
-- so that the program envelope reads a few rows rather than every entry.
CREATE TABLE rates (
    id @id@,
    rate_table TEXT NOT NULL,
    rate_key TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    rate_units BIGINT NOT NULL,
    rate_scale INTEGER NOT NULL,
    source TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX rates_effective ON rates (rate_table, rate_key, effective_from);

CREATE TABLE expenses (
    id @id@,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    budget_line_id BIGINT REFERENCES budget_lines (id) ON DELETE SET NULL,
    entry_date TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    description TEXT NOT NULL,
    currency TEXT NOT NULL,
    original_minor BIGINT NOT NULL,
    rate_units BIGINT NOT NULL,
    rate_scale INTEGER NOT NULL,
    rate_date TEXT NOT NULL,
    rate_source TEXT NOT NULL,
    rounding TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    status TEXT NOT NULL,
    reverses_id BIGINT REFERENCES expenses (id),
    evidence_sha256 TEXT NOT NULL DEFAULT '',
    evidence_name TEXT NOT NULL DEFAULT '',
    evidence_type TEXT NOT NULL DEFAULT '',
    evidence_size BIGINT NOT NULL DEFAULT 0,
    entered_by_id BIGINT NOT NULL,
    entered_by TEXT NOT NULL,
    entered_at BIGINT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at BIGINT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX expenses_partnership ON expenses (partnership_id, entry_date);
-- Approved totals by partnership and fiscal year, read from the index alone.
CREATE INDEX expenses_totals ON expenses (status, partnership_id, fiscal_year, amount_cents);
-- An entry is reversed at most once.
CREATE UNIQUE INDEX expenses_reversal ON expenses (reverses_id);

CREATE TABLE in_kind_contributions (
    id @id@,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    municipality_key TEXT NOT NULL,
    municipality TEXT NOT NULL,
    kind TEXT NOT NULL,
    entry_date TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    description TEXT NOT NULL,
    person TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    hours_hundredths BIGINT NOT NULL DEFAULT 0,
    rate_units BIGINT NOT NULL DEFAULT 0,
    rate_scale INTEGER NOT NULL DEFAULT 0,
    rate_date TEXT NOT NULL DEFAULT '',
    rounding TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    status TEXT NOT NULL,
    reverses_id BIGINT REFERENCES in_kind_contributions (id),
    evidence_sha256 TEXT NOT NULL DEFAULT '',
    evidence_name TEXT NOT NULL DEFAULT '',
    evidence_type TEXT NOT NULL DEFAULT '',
    evidence_size BIGINT NOT NULL DEFAULT 0,
    entered_by_id BIGINT NOT NULL,
    entered_by TEXT NOT NULL,
    entered_at BIGINT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at BIGINT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX in_kind_partnership ON in_kind_contributions (partnership_id, entry_date);
CREATE INDEX in_kind_totals ON in_kind_contributions (status, partnership_id, fiscal_year, amount_cents);
CREATE UNIQUE INDEX in_kind_reversal ON in_kind_contributions (reverses_id);

CREATE TABLE disbursements (
    id @id@,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    paid_on TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    amount_cents BIGINT NOT NULL,
    reference TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX disbursements_partnership ON disbursements (partnership_id, paid_on);

CREATE TABLE ledger_totals (
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    fiscal_year INTEGER NOT NULL,
    spent_cents BIGINT NOT NULL,
    in_kind_cents BIGINT NOT NULL,
    PRIMARY KEY (partnership_id, fiscal_year)
);
