-- The summary with the countries folded together: one row per indicator × programming area ×
-- fiscal year × cell, kept in the transaction that keeps result_summary. The program's PMF and
-- the dashboard read these rows as they are, instead of folding every country's rows on each
-- request (on PostgreSQL a hash join over the whole summary, most of the dashboard's time).
CREATE TABLE result_totals (
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
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
    PRIMARY KEY (indicator_id, area, fiscal_year, cell)
);
CREATE INDEX result_totals_area ON result_totals (area, indicator_id, fiscal_year);

-- The totals of a summary kept before this table existed, by the fold SummaryStore runs after
-- each change (results/measurement_store.cpp): counts, sums and maxima add up; the latest
-- figure is the latest period's, added over the countries that reported that period.
INSERT INTO result_totals (indicator_id, area, fiscal_year, cell, value_count, value_sum, weighted_sum, denominator_sum,
                           latest_period, latest_sum, max_value)
SELECT indicator_id, area, fiscal_year, cell, SUM(value_count), SUM(value_sum), SUM(weighted_sum), SUM(denominator_sum),
       MAX(latest_period), SUM(CASE WHEN latest_period = newest THEN latest_sum ELSE 0 END), MAX(max_value)
FROM (SELECT indicator_id, area, fiscal_year, cell, value_count, value_sum, weighted_sum, denominator_sum, latest_period, latest_sum,
             max_value, MAX(latest_period) OVER (PARTITION BY indicator_id, area, fiscal_year, cell) AS newest
      FROM result_summary) countries
GROUP BY indicator_id, area, fiscal_year, cell;
