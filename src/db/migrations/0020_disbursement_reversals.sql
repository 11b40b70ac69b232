-- A disbursement recorded by mistake is never edited: like an expense, it is corrected by a
-- reversal, a new disbursement with the opposite amount that names the one it reverses and
-- says why. Each disbursement is reversed at most once.
ALTER TABLE disbursements ADD COLUMN reverses_id BIGINT REFERENCES disbursements (id);
ALTER TABLE disbursements ADD COLUMN note TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX disbursements_reversal ON disbursements (reverses_id);
