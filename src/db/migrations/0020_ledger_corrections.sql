-- Corrections and kept totals of the ledgers.
--
-- A disbursement recorded by mistake is never edited: like an expense, it is corrected by a
-- reversal, a new disbursement with the opposite amount that names the one it reverses and
-- says why. Each disbursement is reversed at most once.
ALTER TABLE disbursements ADD COLUMN reverses_id BIGINT REFERENCES disbursements (id);
ALTER TABLE disbursements ADD COLUMN note TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX disbursements_reversal ON disbursements (reverses_id);

-- Approved in-kind contributions by municipality, partnership and fiscal year, added to in the
-- transaction of each approval and reversal like ledger_totals, so that the program's in-kind
-- totals and the envelope dashboard read a few rows rather than every contribution.
CREATE TABLE in_kind_municipality_totals (
    municipality_key TEXT NOT NULL,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    fiscal_year INTEGER NOT NULL,
    municipality TEXT NOT NULL,
    in_kind_cents BIGINT NOT NULL,
    PRIMARY KEY (municipality_key, partnership_id, fiscal_year)
);
INSERT INTO in_kind_municipality_totals (municipality_key, partnership_id, fiscal_year, municipality, in_kind_cents)
SELECT municipality_key, partnership_id, fiscal_year, MAX(municipality), SUM(amount_cents) FROM in_kind_contributions
WHERE status = 'approved' GROUP BY municipality_key, partnership_id, fiscal_year;

-- Travel an in-kind contribution paid in a foreign currency is converted like an expense: the
-- amount in its currency's minor units, and the exchange rate, its date and source and the
-- rounding rule beside the Canadian amount. Travel and goods entered before were in
-- Canadian dollars.
ALTER TABLE in_kind_contributions ADD COLUMN currency TEXT NOT NULL DEFAULT 'CAD';
ALTER TABLE in_kind_contributions ADD COLUMN original_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE in_kind_contributions ADD COLUMN rate_source TEXT NOT NULL DEFAULT '';
UPDATE in_kind_contributions SET original_minor = amount_cents WHERE kind <> 'staff-time';
