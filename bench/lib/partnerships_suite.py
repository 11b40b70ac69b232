"""The partnerships suite of the pmi benchmark (see bench/README.md, "partnerships").

The envelope dashboard at the issue's size: 50 partnerships x 5 fiscal years x 2,000 entries
each, that is 100,000 expenses and 100,000 in-kind contributions, generated with a fixed seed
into a fresh data folder on each backend (after `pmi migrate` and `pmi demo`, which bring the
officers' accounts and the program envelope). `pmi serve` then answers the dashboard page,
its API and its CSV export to an officer; each is timed over HTTP, one request at a time, and
the SQL statements a request costs are read from /metrics. The figures the dashboard shows
are checked against sums taken by the database itself from the entries.
"""
import json
import random
import re
import statistics
import time

SEED = 8
PARTNERSHIPS = 50
YEARS = [2026, 2027, 2028, 2029, 2030]
ENTRIES_PER_PARTNERSHIP = 2000  # per ledger, spread over the five years
FIRST_ID = 1001
COUNTRIES = ["BF", "CI", "ML", "KH", "VN", "NI", "BO"]
AREAS = ["enabling-environment", "inclusive-led", "trade-regional"]
OFFICER = "officer@pmi.example"
REQUESTS = 200        # timed requests per page and backend
STATEMENT_PROBES = 20  # requests whose SQL statements are counted
PAGES = [
    ("dashboard", "/manage/envelope/dashboard"),
    ("dashboard_api", "/api/v1/envelope/dashboard"),
    ("dashboard_csv", "/manage/envelope/dashboard.csv"),
    ("envelope", "/manage/envelope"),
]
BATCH = 500  # rows per INSERT


def values_sql(table, columns, rows):
    out = []
    for start in range(0, len(rows), BATCH):
        chunk = rows[start:start + BATCH]
        out.append(f"INSERT INTO {table} ({', '.join(columns)}) VALUES\n" + ",\n".join("(" + ", ".join(row) + ")" for row in chunk) + ";")
    return "\n".join(out)


def q(text):
    return "'" + text.replace("'", "''") + "'"


def seed_sql(seed=SEED):
    """The partnerships, their budget lines and both ledgers, as SQL for sqlite3 and psql."""
    rng = random.Random(seed)
    partnerships, members, lines, expenses, in_kind = [], [], [], [], []
    for n in range(PARTNERSHIPS):
        pid = FIRST_ID + n
        country = COUNTRIES[n % len(COUNTRIES)]
        areas = ";".join(sorted(rng.sample(AREAS, 1 + n % 2)))
        team, partner = f"bench-team-{n}", f"bench-partner-{n}"
        partnerships.append([str(pid), q(team), q(partner), q(f"Team {n}"), q(f"Partner {n}"), q(country), q("active"), "0", "0",
                             q("2026-04-01"), q("2031-03-31"), q(areas)])
        members.append([str(pid), q("team"), q(team), q(f"Team {n}")])
        members.append([str(pid), q("partner"), q(partner), q(f"Partner {n}")])
        for year in YEARS:
            for category in ("travel", "training", "equipment"):
                lines.append([str(pid), str(year), q(category), q(f"{category} {year}"), str(rng.randint(1_000_000, 9_000_000)), "0"])
        for i in range(ENTRIES_PER_PARTNERSHIP):
            year = YEARS[i % len(YEARS)]
            date = f"{year}-{4 + i % 9:02d}-{1 + i % 28:02d}"
            status = q("approved" if rng.random() < 0.95 else "entered")
            cents = str(rng.randint(100, 500_000))  # paid in CAD: the original amount is the converted one
            expenses.append([str(pid), q(date), str(year), q("Expense"), q("CAD"), cents, "1", "0", q(date), q(""), q("half-even"), cents,
                             status, "1", q("Bench"), "0"])
            in_kind.append([str(pid), q(team), q(f"Team {n}"), q(rng.choice(["travel", "goods-services"])), q(date), str(year),
                            q("Contribution"), q("half-even"), str(rng.randint(100, 200_000)),
                            q("approved" if rng.random() < 0.95 else "entered"), "1", q("Bench"), "0"])
    return "\n".join([
        "BEGIN;",
        values_sql("partnerships", ["id", "team_key", "partner_key", "team_name", "partner_name", "country", "status", "created_at",
                                    "updated_at", "start_date", "end_date", "areas"], partnerships),
        values_sql("partnership_members", ["partnership_id", "kind", "member_key", "member_name"], members),
        values_sql("budget_lines", ["partnership_id", "fiscal_year", "category", "description", "amount_cents", "updated_at"], lines),
        values_sql("expenses", ["partnership_id", "entry_date", "fiscal_year", "description", "currency", "original_minor", "rate_units",
                                "rate_scale", "rate_date", "rate_source", "rounding", "amount_cents", "status", "entered_by_id",
                                "entered_by", "entered_at"], expenses),
        values_sql("in_kind_contributions", ["partnership_id", "municipality_key", "municipality", "kind", "entry_date", "fiscal_year",
                                             "description", "rounding", "amount_cents", "status", "entered_by_id", "entered_by",
                                             "entered_at"], in_kind),
        # The ledgers' kept totals, as approvals would have counted them.
        "DELETE FROM ledger_totals;",
        "INSERT INTO ledger_totals (partnership_id, fiscal_year, spent_cents, in_kind_cents)"
        " SELECT partnership_id, fiscal_year, SUM(spent), SUM(given) FROM ("
        " SELECT partnership_id, fiscal_year, amount_cents AS spent, 0 AS given FROM expenses WHERE status = 'approved'"
        " UNION ALL SELECT partnership_id, fiscal_year, 0, amount_cents FROM in_kind_contributions WHERE status = 'approved') t"
        " GROUP BY partnership_id, fiscal_year;",
        "DELETE FROM in_kind_municipality_totals;",
        "INSERT INTO in_kind_municipality_totals (municipality_key, partnership_id, fiscal_year, municipality, in_kind_cents)"
        " SELECT municipality_key, partnership_id, fiscal_year, MAX(municipality), SUM(amount_cents) FROM in_kind_contributions"
        " WHERE status = 'approved' GROUP BY municipality_key, partnership_id, fiscal_year;",
        "COMMIT;",
    ]) + "\n"


def statements(http_get, port):
    _, _, body, _ = http_get(port, "/metrics")
    match = re.search(rb"^pmi_database_statements_total (\d+)", body, re.M)
    if not match:
        raise RuntimeError("/metrics has no pmi_database_statements_total")
    return int(match.group(1))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def check_figures(be, http_get, port, cookie):
    """The dashboard's program totals against the database's own sums of the entries."""
    _, _, body, _ = http_get(port, "/api/v1/envelope/dashboard", cookie)
    total = json.loads(body)["breakdowns"]["fiscal_year"][-1]
    spent = int(be.scalar("SELECT SUM(amount_cents) FROM expenses WHERE status = 'approved'"))
    given = int(be.scalar("SELECT SUM(amount_cents) FROM in_kind_contributions WHERE status = 'approved'"))
    by_municipality = sum(row["in_kind"]["cents"] for row in json.loads(body)["in_kind_by_municipality"])
    if by_municipality != given:
        raise RuntimeError(f"the municipalities on {be.label} add up to {by_municipality}, the contributions to {given}")
    committed = int(be.scalar("SELECT SUM(b.amount_cents) FROM budget_lines b JOIN partnerships p ON p.id = b.partnership_id"
                              " WHERE p.status <> 'proposed'"))
    found = (total["spent"]["cents"], total["in_kind"]["cents"], total["committed"]["cents"])
    if found != (spent, given, committed):
        raise RuntimeError(f"the dashboard on {be.label} shows {found}, the entries add up to {(spent, given, committed)}")
    return {"spent_cents": spent, "in_kind_cents": given, "committed_cents": committed}


def run(ctx, h):
    """h: the harness's helpers (backends, run, start_pmi, wait_healthy, http_get, sign_in, log)."""
    work, pmi = ctx.work, ctx.pmi
    sql = seed_sql()
    results = {}
    for be in h.backends(work, "partnerships"):
        h.log(f"  {be.label}: migrate, demo, {PARTNERSHIPS} partnerships, {PARTNERSHIPS * ENTRIES_PER_PARTNERSHIP:,} expenses and as many "
              "in-kind contributions")
        h.run([pmi, "migrate", *be.args()])
        h.run([pmi, "demo", *be.args()])
        started = time.monotonic()
        be.sql(sql)
        seeded = time.monotonic() - started
        counts = {table: int(be.scalar(f"SELECT COUNT(*) FROM {table}")) for table in ("expenses", "in_kind_contributions", "partnerships")}
        child, port, log_file = h.start_pmi(pmi, be, work, tag="-partnerships")
        h.wait_healthy(child, port, log_file)
        cookie = h.sign_in(port, OFFICER)
        section = {"rows": counts, "seed_seconds": round(seeded, 1), "sums": check_figures(be, h.http_get, port, cookie)}
        for name, path in PAGES:
            status, _, body, _ = h.http_get(port, path, cookie)
            if status != 200:
                raise RuntimeError(f"{path} on {be.label} answered {status}")
            for _ in range(5):  # warm-up
                h.http_get(port, path, cookie)
            before = statements(h.http_get, port)
            for _ in range(STATEMENT_PROBES):
                h.http_get(port, path, cookie)
            # /metrics itself runs none; the background workers' few polls are within the rounding.
            per_request = (statements(h.http_get, port) - before) / STATEMENT_PROBES
            times = []
            for _ in range(REQUESTS):
                t = time.perf_counter()
                h.http_get(port, path, cookie)
                times.append((time.perf_counter() - t) * 1000)
            section[name] = {"path": path, "p50_ms": round(statistics.median(times), 2), "p99_ms": round(percentile(times, 0.99), 2),
                             "mean_ms": round(statistics.mean(times), 2), "requests": REQUESTS, "body_bytes": len(body),
                             "sql_statements_per_request": round(per_request, 1)}
        h.stop(child)
        results[be.name] = section
    ctx.results["partnerships"] = results
    ctx.setup["partnerships"] = {"seed": SEED, "partnerships": PARTNERSHIPS, "years": YEARS, "entries_per_partnership": ENTRIES_PER_PARTNERSHIP,
                                 "requests": REQUESTS, "statement_probes": STATEMENT_PROBES}


def print_table(results):
    print("\npartnerships: the envelope dashboard, 50 partnerships x 5 years x 2,000 entries (100,000 per ledger)")
    print(f"{'backend':<12}{'page':<16}{'p50 ms':>9}{'p99 ms':>9}{'SQL/req':>9}{'bytes':>10}")
    for backend, section in results.items():
        for name, _ in PAGES:
            figures = section[name]
            print(f"{backend:<12}{name:<16}{figures['p50_ms']:>9.2f}{figures['p99_ms']:>9.2f}{figures['sql_statements_per_request']:>9.1f}"
                  f"{figures['body_bytes']:>10}")
