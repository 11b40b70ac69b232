-- Results: the program's logic model (ultimate, intermediate and immediate outcomes, outputs),
-- indicators on its nodes with baselines and yearly targets, reporting periods by frequency
-- over fiscal years (April to March), measurements that partnerships report per indicator,
-- period and disaggregation cell, and a summary of approved values kept current on approval.
-- Figures are exact decimals stored as integers scaled by 10^4 (12.5 is 125000); a
-- denominator (of a weighted average) is a whole count.
CREATE TABLE result_nodes (
    id @id@,
    parent_id BIGINT REFERENCES result_nodes (id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    area TEXT NOT NULL DEFAULT '',
    statement TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX result_nodes_parent ON result_nodes (parent_id, code);

CREATE TABLE indicators (
    id @id@,
    node_id BIGINT NOT NULL REFERENCES result_nodes (id) ON DELETE CASCADE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    definition TEXT NOT NULL,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL,
    aggregation TEXT NOT NULL,
    denominator TEXT NOT NULL DEFAULT '',
    disaggregation TEXT NOT NULL,
    frequency TEXT NOT NULL,
    baseline_value BIGINT,
    baseline_date TEXT NOT NULL DEFAULT '',
    data_source TEXT NOT NULL,
    collection_method TEXT NOT NULL,
    responsibility TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX indicators_node ON indicators (node_id, code);

CREATE TABLE indicator_targets (
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    fiscal_year INTEGER NOT NULL,
    value BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, fiscal_year)
);

CREATE TABLE reporting_periods (
    id @id@,
    frequency TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    starts TEXT NOT NULL,
    ends TEXT NOT NULL,
    locked INTEGER NOT NULL DEFAULT 0,
    UNIQUE (frequency, fiscal_year, number)
);

-- One row per revision: a correction of an approved measurement is a new row that replaces
-- it (is_current = 1) once approved; the replaced row stays, with is_current = 0.
CREATE TABLE measurements (
    id @id@,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    period_id BIGINT NOT NULL REFERENCES reporting_periods (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL DEFAULT 1,
    is_current INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL,
    narrative TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    return_reason TEXT NOT NULL DEFAULT '',
    entered_by BIGINT NOT NULL,
    entered_by_name TEXT NOT NULL,
    entered_at BIGINT NOT NULL,
    decided_by_name TEXT NOT NULL DEFAULT '',
    decided_at BIGINT,
    UNIQUE (indicator_id, partnership_id, period_id, revision)
);
CREATE INDEX measurements_partnership ON measurements (partnership_id, indicator_id, period_id);
CREATE INDEX measurements_key ON measurements (indicator_id, status, is_current);

CREATE TABLE measurement_values (
    measurement_id BIGINT NOT NULL REFERENCES measurements (id) ON DELETE CASCADE,
    cell TEXT NOT NULL,
    position INTEGER NOT NULL,
    value BIGINT NOT NULL,
    denominator BIGINT,
    PRIMARY KEY (measurement_id, cell)
);

-- Files that support a measurement (attendance sheets, photos, reports), stored once under
-- their SHA-256 outside the database.
CREATE TABLE measurement_evidence (
    id @id@,
    measurement_id BIGINT NOT NULL REFERENCES measurements (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX measurement_evidence_measurement ON measurement_evidence (measurement_id, id);

-- Approved current values folded per indicator × country × programming area × fiscal year ×
-- cell, with what every aggregation rule needs. area '*' holds every area once, so that
-- program and country figures never count a partnership of several areas twice.
CREATE TABLE result_summary (
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    area TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    cell TEXT NOT NULL,
    value_count BIGINT NOT NULL,
    value_sum BIGINT NOT NULL,
    weighted_sum BIGINT NOT NULL,
    denominator_sum BIGINT NOT NULL,
    latest_period INTEGER NOT NULL,
    latest_sum BIGINT NOT NULL,
    max_value BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, country, area, fiscal_year, cell)
);
CREATE INDEX result_summary_area ON result_summary (area, indicator_id, fiscal_year);
