-- The dashboard's breakdown by programming area reads each indicator's latest fiscal year in
-- every area: with this index it seeks those rows (indicator, year) instead of scanning the
-- whole summary, every year and area of it, to keep one year in five.
CREATE INDEX result_summary_year ON result_summary (indicator_id, fiscal_year);
