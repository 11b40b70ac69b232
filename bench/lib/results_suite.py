"""The results suite: the PMF page and the dashboard at 160,000 and 6.4 million values, cold and
warm, the SQL queries each page runs, an approval with its summary upkeep, and the plain
GROUP BY the pages avoid, run by the backend's own client on the same database. The iati
suite: the export of 2,000 activities with results, and xmllint's schema validation of it.
See bench/README.md."""
import http.client
import json
import os
import re
import statistics
import subprocess
import time
import urllib.parse
from pathlib import Path

import program_seed

OFFICER = "officer@pmi.example"
SIZES = [("160k", 50), ("6.4m", 2000)]   # case name, partnerships (× 40 indicators × 4 cells × 20 quarters)
# Developer knob for trying the harness (never for published figures): BENCH_RESULTS_SIZES=160k.
CHOSEN_SIZES = [s for s in SIZES if s[0] in os.environ.get("BENCH_RESULTS_SIZES", ",".join(n for n, _ in SIZES)).split(",")]
PAGES = [("pmf", "/results/pmf"), ("dashboard", "/results/dashboard")]
WARM_REQUESTS = 30
COLD_STARTS = 3  # a cold figure is one request: the median over this many server starts
APPROVALS = 20
TARGET_PAGE_MS = 20.0
TARGET_APPROVAL_MS = 5.0
IATI_PARTNERSHIPS = 2000
IATI_INDICATORS, IATI_YEARS = 10, 1       # 2,000 × 10 × 4 quarters × 4 cells = 320,000 values
SCHEMA = Path(__file__).resolve().parents[2] / "src/iati/standard/schema/iati-activities-schema.xsd"

# The PMF's program figures as one plain GROUP BY over every approved value (the reference).
GROUP_BY = ("SELECT m.indicator_id, r.fiscal_year, v.cell, COUNT(*), SUM(v.value), MAX(v.value)"
            " FROM measurement_values v JOIN measurements m ON m.id = v.measurement_id"
            " JOIN reporting_periods r ON r.id = m.period_id JOIN partnerships p ON p.id = m.partnership_id"
            " WHERE m.status = 'approved' AND m.is_current = 1 GROUP BY m.indicator_id, r.fiscal_year, v.cell")


class Session:
    """One keep-alive connection, signed in, timing each request from send to last byte."""

    def __init__(self, b, port, email, cookie=None):
        self.b, self.port = b, port
        # Sessions live in the database: one signed in before a restart is still good after it.
        self.cookie = cookie or b.sign_in(port, email)
        self.connection = None

    def get(self, path):
        return self.request("GET", path)

    def request(self, method, path, form=None):
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        body = urllib.parse.urlencode(form).encode() if form is not None else None
        headers = {"Cookie": self.cookie}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            t = time.perf_counter()
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
            except (http.client.HTTPException, ConnectionError):
                if attempt == 2:
                    raise
                self.connection.close()  # the server closed the kept connection: one new one
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                continue
            return response.status, data, (time.perf_counter() - t) * 1000

    def close(self):
        if self.connection is not None:
            self.connection.close()


def request_log(log_file):
    """The request lines of pmi's log (JSON with route, status, ms and queries)."""
    lines = []
    for line in Path(log_file).read_text(errors="replace").splitlines():
        start = line.find('{"request"')
        if start >= 0:
            try:
                lines.append(json.loads(line[start:]))
            except ValueError:
                pass
    return lines


def query_counts(lines):
    """The number of statements most requests ran, and every number seen (a request that also
    refreshes the session, for instance, runs one more)."""
    counts = [r.get("queries") for r in lines]
    return statistics.mode(counts), sorted(set(counts))


def reference_group_by(be, b):
    """The plain GROUP BY by sqlite3 (.timer) or psql (\\timing): the median of 3 runs (of fewer when
    they pass 10 s in all: the suite must stay within minutes), in ms."""
    times = []
    while len(times) < 3 and sum(times) < 10_000:
        if be.name == "sqlite":
            out = b.run(["sqlite3", be.url[len("sqlite:"):]], input=f".output /dev/null\n.timer on\n{GROUP_BY};\n").stdout
            found = re.findall(r"Run Time: real ([0-9.]+)", out)
            times.append(float(found[-1]) * 1000)
        else:
            out = b.run(["psql", "-X", "-q", "-o", "/dev/null", be.url],
                        input=f"\\timing on\n{GROUP_BY};\n").stdout
            found = re.findall(r"Time: ([0-9.]+) ms", out)
            times.append(float(found[-1]))
    return round(statistics.median(times), 1)


def measure_pages(b, be, pmi, work, tag):
    child, port, log_file = b.start_pmi(pmi, be, work, env_extra={"PMI_LOG_LEVEL": "info"}, tag=tag)
    figures = {}
    try:
        b.wait_healthy(child, port, log_file, timeout=120)
        officer = Session(b, port, OFFICER)
        colds = first_requests(officer)
        for name, path in PAGES:
            body, cold = colds[name]
            warm = []
            for _ in range(WARM_REQUESTS):
                warm.append(officer.get(path)[2])
            figures[name] = {"cold_ms": round(cold, 2), "warm_ms": round(statistics.median(warm), 2),
                             "warm_max_ms": round(max(warm), 2), "bytes": len(body)}
        figures["approval"] = approve(b, be, officer)
        officer.close()
    finally:
        b.PROCS.stop(child)
    colds = {name: [figures[name]["cold_ms"]] for name, _ in PAGES}
    for start in range(2, COLD_STARTS + 1):
        for name, cold in cold_requests(b, be, pmi, work, f"{tag}-cold{start}", officer.cookie).items():
            colds[name].append(cold)
    for name, _ in PAGES:
        figures[name]["cold_runs_ms"] = colds[name]
        figures[name]["cold_ms"] = round(statistics.median(colds[name]), 2)
    requests = request_log(log_file)
    for name, path in PAGES:
        lines = [r for r in requests if r.get("path") == path and r.get("status") == 200]
        figures[name]["queries"], figures[name]["queries_seen"] = query_counts(lines)
        figures[name]["server_warm_ms"] = round(statistics.median(r["ms"] for r in lines[1:]), 2)
    decisions = [r for r in requests if r.get("route") == "/partnerships/:id/results/:measurement/decision"]
    if decisions:
        figures["approval"]["server_ms"] = round(statistics.median(r["ms"] for r in decisions), 2)
        figures["approval"]["queries"], figures["approval"]["queries_seen"] = query_counts(decisions)
    return figures


def first_requests(officer):
    """Each page's body and time, asked for once in PAGES order: the first since the server started."""
    firsts = {}
    for name, path in PAGES:
        status, body, ms = officer.get(path)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        firsts[name] = (body, ms)
    return firsts


def cold_requests(b, be, pmi, work, tag, cookie):
    """The first request of each page after a fresh start of the server, in PAGES order, in a
    session opened before (a second sign-in within the same 30 s would reuse its TOTP code)."""
    child, port, log_file = b.start_pmi(pmi, be, work, tag=tag)
    try:
        b.wait_healthy(child, port, log_file, timeout=120)
        officer = Session(b, port, OFFICER, cookie)
        colds = {name: round(ms, 2) for name, (_, ms) in first_requests(officer).items()}
        officer.close()
        return colds
    finally:
        b.PROCS.stop(child)


def approve(b, be, officer):
    """Approves the waiting measurements one by one through the decision form."""
    waiting = be.rows("SELECT id, partnership_id FROM measurements WHERE entered_by_name = 'bench-submitted' ORDER BY id")
    if not waiting:
        raise RuntimeError("no measurement waits for a decision")
    status, page, _ = officer.get(f"/partnerships/{waiting[0][1]}/results")
    token = re.search(rb'name="csrf_token" value="([^"]*)"', page)
    if status != 200 or not token:
        raise RuntimeError(f"the partnership's results page answered {status} without a CSRF token")
    times = []
    for measurement, partnership in waiting:
        status, _, ms = officer.request("POST", f"/partnerships/{partnership}/results/{measurement}/decision",
                                        {"csrf_token": token.group(1).decode(), "verdict": "approve", "reason": ""})
        if status not in (302, 303):
            raise RuntimeError(f"approving measurement {measurement} answered {status}")
        times.append(ms)
    left = int(be.scalar("SELECT COUNT(*) FROM measurements WHERE entered_by_name = 'bench-submitted' AND status <> 'approved'"))
    if left:
        raise RuntimeError(f"{left} measurements were not approved")
    return {"approvals": len(times), "http_ms": round(statistics.median(times), 2)}


def run(ctx, b):
    results, setup = {}, {}
    for size, partnerships in CHOSEN_SIZES:
        for be in b.backends(ctx.work, f"results_{size.replace('.', '')}"):
            case = f"{be.name}_{size}"
            b.log(f"  {case}: seeding {partnerships} partnerships")
            timings, values = program_seed.seed(be, ctx.pmi, b.run, b.log, partnerships, submitted=APPROVALS)
            ctx.large_databases = getattr(ctx, "large_databases", {})
            if size == "6.4m":
                ctx.large_databases[be.name] = be
            group_by = reference_group_by(be, b)
            figures = measure_pages(b, be, ctx.pmi, ctx.work, f"-{case}")
            entry = {"values": values, "partnerships": partnerships, **{f"seed_{k}": v for k, v in timings.items()},
                     "group_by_ms": group_by}
            for name, _ in PAGES:
                for key, value in figures[name].items():
                    entry[f"{name}_{key}"] = value
                entry[f"{name}_ratio_to_group_by"] = round(group_by / figures[name]["warm_ms"], 1)
            for key, value in figures["approval"].items():
                entry[f"approval_{key}"] = value
            entry["target"] = targets(entry)
            results[case] = entry
            b.log(f"    {case}: {entry}")
    for name, _ in PAGES:
        for backend in sorted({case.split("_")[0] for case in results}):
            counts = {results[f"{backend}_{size}"][f"{name}_queries"] for size, _ in SIZES if f"{backend}_{size}" in results}
            results[f"{backend}_{name}_queries_independent_of_size"] = len(counts) == 1
    ctx.results["results"] = results
    ctx.setup["results"] = {
        "sizes": [name for name, _ in CHOSEN_SIZES],
        "data": "pmi migrate + pmi demo, then per case N partnerships × 40 indicators (by age: total + 3 cells) × 20 "
                "quarters (fiscal years 2021-22 to 2025-26) of approved values inserted in SQL (bench/lib/program_seed.py), "
                f"{APPROVALS} more measurements submitted; then pmi results summarize",
        "pages": "signed in as the demo officer (no page cache), one keep-alive connection: cold = the median over "
                 f"{COLD_STARTS} server starts of the first request "
                 f"after the server started, warm = median of the next {WARM_REQUESTS}; server_warm_ms from pmi's "
                 "request log; queries = SQL statements the request ran (request log)",
        "approval": f"{APPROVALS} approvals through the decision form one after the other: http_ms (client) and "
                    "server_ms (request log), summary upkeep included",
        "reference": "GROUP BY: " + GROUP_BY,
    }
    print_results(ctx)


def targets(entry):
    missed = []
    for name, _ in PAGES:
        if max(entry[f"{name}_cold_ms"], entry[f"{name}_warm_ms"]) >= TARGET_PAGE_MS:
            missed.append(f"{name.upper()}≥20ms")
    if entry.get("approval_server_ms", entry["approval_http_ms"]) >= TARGET_APPROVAL_MS:
        missed.append("APPROVAL≥5ms")
    return "ok" if not missed else " ".join(missed)


def print_results(ctx):
    r = ctx.results["results"]
    print(f"\nresults: PMF page and dashboard signed in (ms: cold = first after start, median of {COLD_STARTS} starts; warm = median of "
          f"{WARM_REQUESTS}), SQL queries per page, approval with summary upkeep, plain GROUP BY by the backend's client")
    print(f"{'case':<18}{'values':>10} {'pmf cold':>9}{'warm':>7}{'q':>4} {'dash cold':>9}{'warm':>7}{'q':>4}"
          f" {'approve':>8}{'http':>7} {'GROUP BY':>9}{'×pmf':>8}  target")
    for case, e in r.items():
        if not isinstance(e, dict):
            continue
        print(f"{case:<18}{e['values']:>10,} {e['pmf_cold_ms']:>9.2f}{e['pmf_warm_ms']:>7.2f}{str(e['pmf_queries']):>4}"
              f" {e['dashboard_cold_ms']:>9.2f}{e['dashboard_warm_ms']:>7.2f}{str(e['dashboard_queries']):>4}"
              f" {e.get('approval_server_ms', 0):>8.2f}{e['approval_http_ms']:>7.2f} {e['group_by_ms']:>9.1f}"
              f"{e['pmf_ratio_to_group_by']:>8.0f}  {e['target']}")
    for case, e in r.items():
        if not isinstance(e, dict):
            print(f"{case}: {e}")
    print("approve = server time of one approval (request log), http = the same seen by the client; ×pmf = GROUP BY ms ÷ "
          "warm PMF ms.\ntarget: PMF and dashboard < 20 ms cold and warm, approval < 5 ms, queries the same at both sizes.")


# ---------------------------------------------------------------------------------------
# iati

def run_iati(ctx, b):
    results = {}
    xmllint = subprocess.run(["xmllint", "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    for be in b.backends(ctx.work, "iati"):
        b.log(f"  {be.label}: seeding {IATI_PARTNERSHIPS} partnerships")
        _, values = program_seed.seed(be, ctx.pmi, b.run, b.log, IATI_PARTNERSHIPS, indicators=IATI_INDICATORS, years=IATI_YEARS)
        out = ctx.work / f"iati-{be.name}.xml"
        times = []
        for _ in range(3):
            t = time.monotonic()
            done = b.run([ctx.pmi, "iati", "export", *be.args(), "--output", str(out)], check=False)
            times.append(time.monotonic() - t)
        if not out.exists():
            raise RuntimeError(f"pmi iati export wrote no file ({done.returncode}):\n{done.stderr[-2000:]}")
        summary = [line for line in done.stderr.splitlines() if " activities, " in line]
        activities = len(re.findall(rb"<iati-activity[ >]", out.read_bytes()))
        t = time.monotonic()
        check = subprocess.run(["xmllint", "--noout", "--schema", str(SCHEMA), str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        xmllint_s = time.monotonic() - t
        export_s = statistics.median(times)
        results[be.name] = {
            "activities": activities, "values": values, "export_seconds": round(export_s, 2),
            "export_runs": [round(x, 2) for x in times], "bytes": out.stat().st_size,
            "xmllint_seconds": round(xmllint_s, 2), "ratio_to_xmllint": round(export_s / xmllint_s, 2),
            "export_exit": done.returncode, "export_says": summary[-1] if summary else "",
            "valid": check.returncode == 0, "xmllint_says": check.stdout.strip().splitlines()[-1][:300] if check.stdout else "",
        }
        b.log(f"    {be.label}: {results[be.name]}")
    ctx.results["iati"] = results
    ctx.setup["iati"] = {
        "data": f"pmi migrate + pmi demo, then {IATI_PARTNERSHIPS} published partnerships × {IATI_INDICATORS} indicators × "
                f"4 quarters × 4 cells of approved values (bench/lib/program_seed.py) and pmi results summarize",
        "export": "pmi iati export --output FILE (checks the file against the schema and code lists itself), median of 3",
        "reference": f"xmllint --noout --schema iati-activities-schema.xsd ({xmllint.splitlines()[0] if xmllint else '?'})",
    }
    r = results
    print("\niati: pmi iati export of the program's activities with results; xmllint schema validation as the reference")
    print(f"{'backend':<12}{'activities':>11}{'values':>9}{'export s':>10}{'MB':>8}{'xmllint s':>11}{'×xmllint':>10}  valid")
    for key, e in r.items():
        print(f"{key:<12}{e['activities']:>11,}{e['values']:>9,}{e['export_seconds']:>10.2f}{e['bytes'] / 2**20:>8.1f}"
              f"{e['xmllint_seconds']:>11.2f}{e['ratio_to_xmllint']:>10.2f}  {'yes' if e['valid'] else 'NO: ' + e['xmllint_says']}")
    print("×xmllint = export seconds ÷ xmllint's validation seconds of the same file.")
