"""A results program seeded in bulk for the results, iati and startup suites.

`pmi migrate` and `pmi demo` first (accounts, countries, the logic model, the demo's own
indicators and values), then one SQL script run by the backend's own client adds the
generated part: PARTNERSHIPS partnerships (countries and programming areas in turn),
INDICATORS indicators on the logic model's outputs (by age group: a total and three cells,
reported quarterly), and one approved measurement per partnership, indicator and quarter of
YEARS fiscal years with its four values; the numbers are a fixed function of the row ids and
the seed, so two runs write the same bytes. `pmi results summarize` then builds the summary
of approved values from them, as it would after any bulk load. With `submitted`, that many
more measurements wait for an officer's decision (the approval case of the results suite).
"""
import time

COUNTRIES = ["BF", "CI", "ML", "KH", "VN", "NI", "BO"]
AREAS = ["enabling-environment", "inclusive-led", "trade-regional"]
AGE_CELLS = ["youth", "adult", "age-not-stated"]
FIRST_YEAR = 2021            # fiscal years 2021-22 onward, named by the year they start
SEEDED_BY = "bench"          # entered_by_name of every generated measurement
NOW = 1_767_225_600          # 2026-01-01: the moment every generated row says it was written


def _numbers(name, count):
    """A recursive CTE of 1..count, the same on SQLite and PostgreSQL."""
    return f"{name}(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM {name} WHERE n < {count})"


def _cell_value(position, seed):
    # A value from 0 to 499.0000 (scaled by 10^4 as pmi stores figures), fixed by the ids.
    return f"(((m.id * 2654435761 + {position} * 40503 + {seed}) % 500) * 10000)"


def script(partnerships, indicators, years, seed, submitted=0):
    last_year = FIRST_YEAR + years - 1
    text = lambda s: "'{\"en\":\"" + s + "\"}'"  # noqa: E731  (LocalizedText as pmi stores it)
    total = " + ".join(_cell_value(i + 1, seed) for i in range(len(AGE_CELLS)))
    cells = " UNION ALL ".join(f"SELECT '{cell}' AS cell, {i + 1} AS position" for i, cell in enumerate(AGE_CELLS))
    country = "CASE (n - 1) % 7 " + " ".join(f"WHEN {i} THEN '{c}'" for i, c in enumerate(COUNTRIES)) + " END"
    areas = ("CASE (n - 1) % 4 WHEN 0 THEN 'enabling-environment' WHEN 1 THEN 'inclusive-led' "
             "WHEN 2 THEN 'trade-regional' ELSE 'inclusive-led,trade-regional' END")
    aggregation = "CASE n % 10 WHEN 0 THEN 'latest' WHEN 5 THEN 'maximum' ELSE 'sum' END"
    measured = (f"FROM partnerships p, indicators i, reporting_periods r WHERE p.team_key LIKE 'bench-%' "
                f"AND i.code LIKE 'BENCH-%' AND r.frequency = 'quarterly'")
    sql = f"""
BEGIN;
INSERT INTO reporting_periods (frequency, fiscal_year, number, starts, ends)
WITH RECURSIVE {_numbers('q', (years + 1) * 4)}
SELECT 'quarterly', {FIRST_YEAR} + (n - 1) / 4, (n - 1) % 4 + 1,
       CAST({FIRST_YEAR} + (n - 1) / 4 + (CASE WHEN (n - 1) % 4 = 3 THEN 1 ELSE 0 END) AS TEXT)
       || CASE (n - 1) % 4 WHEN 0 THEN '-04-01' WHEN 1 THEN '-07-01' WHEN 2 THEN '-10-01' ELSE '-01-01' END,
       CAST({FIRST_YEAR} + (n - 1) / 4 + (CASE WHEN (n - 1) % 4 = 3 THEN 1 ELSE 0 END) AS TEXT)
       || CASE (n - 1) % 4 WHEN 0 THEN '-06-30' WHEN 1 THEN '-09-30' WHEN 2 THEN '-12-31' ELSE '-03-31' END
FROM q WHERE n > 0
ON CONFLICT (frequency, fiscal_year, number) DO NOTHING;
INSERT INTO partnerships (team_key, partner_key, team_name, partner_name, country, status, created_at, updated_at,
                          start_date, end_date, areas, summary, published)
WITH RECURSIVE {_numbers('s', partnerships)}
SELECT 'bench-team-' || n, 'bench-partner-' || n, 'Bench municipality ' || n, 'Bench commune ' || n, {country}, 'active',
       {NOW}, {NOW}, '{FIRST_YEAR}-04-01', '{last_year + 1}-03-31', {areas}, {text('A generated partnership.')}, 1 FROM s;
INSERT INTO indicators (node_id, code, name, definition, unit, direction, aggregation, denominator, disaggregation, frequency,
                        baseline_date, data_source, collection_method, responsibility, updated_at)
WITH RECURSIVE {_numbers('s', indicators)}
SELECT (SELECT MIN(id) FROM result_nodes WHERE level = 'output'), 'BENCH-' || n, {text('Generated indicator')},
       {text('People reached by the activity.')}, 'number', 'higher', {aggregation}, '{{}}', 'age', 'quarterly', '',
       {text('Partnership reports')}, {text('Attendance sheets')}, {text('Partnership staff')}, {NOW} FROM s;
INSERT INTO measurements (indicator_id, partnership_id, period_id, revision, is_current, status, entered_by, entered_by_name,
                          entered_at, decided_by_name, decided_at)
SELECT i.id, p.id, r.id, 1, 1, 'approved', 0, '{SEEDED_BY}', {NOW}, '{SEEDED_BY}', {NOW}
{measured} AND r.fiscal_year BETWEEN {FIRST_YEAR} AND {last_year};
INSERT INTO indicator_targets (indicator_id, fiscal_year, value)
WITH RECURSIVE {_numbers('y', years)}
SELECT i.id, {FIRST_YEAR} + y.n - 1, {partnerships * 4 * 600 * 10000} FROM indicators i, y WHERE i.code LIKE 'BENCH-%';
CREATE TEMP TABLE bench_cells AS {cells};
INSERT INTO measurement_values (measurement_id, cell, position, value)
SELECT m.id, 'total', 0, {total} FROM measurements m WHERE m.entered_by_name = '{SEEDED_BY}';
INSERT INTO measurement_values (measurement_id, cell, position, value)
SELECT m.id, c.cell, c.position, CASE c.position {" ".join(f"WHEN {i + 1} THEN {_cell_value(i + 1, seed)}" for i in range(len(AGE_CELLS)))} END
FROM measurements m, bench_cells c WHERE m.entered_by_name = '{SEEDED_BY}';
"""
    if submitted:
        # Waiting for a decision: the first quarter after the seeded years, one indicator.
        sql += f"""
INSERT INTO measurements (indicator_id, partnership_id, period_id, revision, is_current, status, entered_by, entered_by_name, entered_at)
SELECT i.id, p.id, r.id, 1, 1, 'submitted', 0, 'bench-submitted', {NOW}
{measured} AND i.code = 'BENCH-1' AND r.fiscal_year = {last_year + 1} AND r.number = 1
AND p.id IN (SELECT id FROM partnerships WHERE team_key LIKE 'bench-%' ORDER BY id LIMIT {submitted});
INSERT INTO measurement_values (measurement_id, cell, position, value)
SELECT m.id, 'total', 0, {total} FROM measurements m WHERE m.entered_by_name = 'bench-submitted';
INSERT INTO measurement_values (measurement_id, cell, position, value)
SELECT m.id, c.cell, c.position, CASE c.position {" ".join(f"WHEN {i + 1} THEN {_cell_value(i + 1, seed)}" for i in range(len(AGE_CELLS)))} END
FROM measurements m, bench_cells c WHERE m.entered_by_name = 'bench-submitted';
"""
    return sql + "COMMIT;\nANALYZE;\n"


def seed(be, pmi, run, log, partnerships, indicators=40, years=5, seed=8, submitted=0):
    """Seeds `be` (a fresh database); returns the seconds each step took and the value count."""
    timings = {}
    t = time.monotonic()
    run([pmi, "migrate", *be.args()])
    run([pmi, "demo", *be.args()])
    timings["demo_s"] = round(time.monotonic() - t, 1)
    t = time.monotonic()
    be.sql(script(partnerships, indicators, years, seed, submitted))
    timings["sql_s"] = round(time.monotonic() - t, 1)
    t = time.monotonic()
    run([pmi, "results", "summarize", *be.args()])
    timings["summarize_s"] = round(time.monotonic() - t, 1)
    values = int(be.scalar("SELECT COUNT(*) FROM measurement_values v JOIN measurements m ON m.id = v.measurement_id "
                           f"WHERE m.entered_by_name = '{SEEDED_BY}'"))
    log(f"    {be.label}: {values:,} generated values in {sum(timings.values()):.0f} s {timings}")
    return timings, values
