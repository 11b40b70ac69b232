#!/usr/bin/env python3
"""The pmi benchmark harness. Run it through bench/run (which installs the tools, builds pmi
and starts a throw-away PostgreSQL); see bench/README.md for what each figure means.

Usage: bench.py --pmi BUILD/pmi --out bench/results.json [SUITE ...]

Every process started here gets its own process group and is stopped by that id on every
exit path (normal end, exception, SIGINT/SIGTERM/SIGHUP). Ports are picked by the kernel.
"""
import argparse
import datetime
import base64
import hashlib
import hmac
import http.client
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import content  # noqa: E402
import matching_suite  # noqa: E402
import partnerships_suite  # noqa: E402
import program_seed  # noqa: E402
import results_suite  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
LIB = Path(__file__).resolve().parent
SEED = 8  # fixed: issue 8
DEMO_EMAIL = "applicant@pmi.example"
DEMO_PASSWORD = "demo-password-2026"
SUITES = ["http", "matching", "results", "iati", "mail", "startup", "partnerships"]

# Developer knobs for a quick look at the harness itself; the published figures use the
# defaults (they are recorded in results.json under setup).
WRK_SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "10"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
WARMUP_SECONDS = int(os.environ.get("BENCH_WARMUP_SECONDS", "1"))
MAIL_MESSAGES = int(os.environ.get("BENCH_MAIL_MESSAGES", "10000"))
WRK_ARGS = ["-t2", "-c64", f"-d{WRK_SECONDS}s", "--latency"]
NOISY_FOREIGN_PCT = 10.0   # a run is flagged when other processes used more than this share of the machine
QUIET_BUSY_PCT = 25.0      # before a run, wait (a few seconds at most) until the box is below this
QUIET_WAIT_MAX = 3.0        # ... but never more than this per run,
QUIET_WAIT_BUDGET = 30.0    # nor more than this in all (a box that stays busy must not stretch the suite)

CLK_TCK = os.sysconf("SC_CLK_TCK")
NCPU = os.cpu_count() or 1


def log(message):
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------
# Processes

class Processes:
    """Every long-running child, each in its own process group, stopped by that group id."""

    def __init__(self):
        self.children = []

    def start(self, name, argv, **kwargs):
        kwargs.setdefault("stdin", subprocess.DEVNULL)
        child = subprocess.Popen(argv, start_new_session=True, **kwargs)
        child.bench_name = name
        self.children.append(child)
        return child

    def stop(self, child, sig=signal.SIGTERM, timeout=15):
        if child.poll() is None:
            try:
                os.killpg(child.pid, sig)
            except ProcessLookupError:
                pass
            try:
                child.wait(timeout)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(child.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                child.wait()
        if child in self.children:
            self.children.remove(child)

    def stop_all(self):
        for child in reversed(list(self.children)):
            self.stop(child)


PROCS = Processes()


def on_signal(signum, _frame):
    raise SystemExit(128 + signum)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port):
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def wait_until(predicate, timeout, what, child=None, log_file=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if child is not None and child.poll() is not None:
            break
        time.sleep(0.01)
    detail = ""
    if log_file and Path(log_file).exists():
        detail = "\n" + Path(log_file).read_text(errors="replace")[-3000:]
    raise RuntimeError(f"{what} did not come up" + (f" (exited with {child.returncode})" if child and child.poll() is not None else "") + detail)


def run(argv, **kwargs):
    kwargs.setdefault("check", True)
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    kwargs.setdefault("text", True)
    try:
        return subprocess.run(argv, **kwargs)
    except subprocess.CalledProcessError as error:
        raise RuntimeError(f"{' '.join(map(str, argv))} failed ({error.returncode}):\n{error.stdout or ''}{error.stderr or ''}") from None


# ---------------------------------------------------------------------------------------
# HTTP: requests exactly as wrk sends them (Host only: no Accept-Encoding, so uncompressed)

def http_get(port, path, cookie=None, method="GET", body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        if cookie:
            conn.putheader("Cookie", cookie)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        data = response.read()
        raw_headers = f"HTTP/1.1 {response.status} {response.reason}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in response.getheaders()) + "\r\n"
        return response.status, response.msg, data, len(raw_headers.encode()) + len(data)
    finally:
        conn.close()


# The published secret `pmi demo` enrols the demo administrator and program officer with; they
# sign in with a second step (RFC 6238 codes: HMAC-SHA-1, 30-second steps, 6 digits).
DEMO_TOTP_SECRET = "PMIDEMOSECRETPMIDEMOSECRETPMIDEM"
_used_steps = {}  # (port, email) -> time steps the server has accepted for that account


def totp_code(step):
    mac = hmac.new(base64.b32decode(DEMO_TOTP_SECRET), step.to_bytes(8, "big"), "sha1").digest()
    offset = mac[19] & 0x0F
    return "%06d" % ((int.from_bytes(mac[offset:offset + 4], "big") & 0x7FFFFFFF) % 1_000_000)


def second_step(port, email, cookies, page):
    """Answers the second step with a code for a time step this server has not accepted yet
    (a code works once); waits for the next step when the ones around now are spent."""
    fields = dict(re.findall(rb'name="(csrf_token|pending_token|next)" value="([^"]*)"', page))
    if b"pending_token" not in fields:
        raise RuntimeError("POST /sign-in answered 200 with neither a session nor a second step")
    used = _used_steps.setdefault((port, email), set())
    while True:
        now = int(time.time()) // 30
        step = next((s for s in (now, now + 1) if s not in used), None)
        if step is not None:
            break
        time.sleep(30 - time.time() % 30 + 0.1)
    used.add(step)
    form = urllib.parse.urlencode({k.decode(): v.decode() for k, v in fields.items()} | {"code": totp_code(step)}).encode()
    status, headers, _, _ = http_get(port, "/sign-in/two-factor", cookie="; ".join(f"{k}={v}" for k, v in cookies.items()),
                                     method="POST", body=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    return status, headers


def sign_in(port, email=DEMO_EMAIL):
    """GET /sign-in (csrf_token field + pmi_csrf cookie), POST /sign-in, and the second step when
    the account has one; returns the Cookie header."""
    status, headers, page, _ = http_get(port, "/sign-in")
    if status != 200:
        raise RuntimeError(f"GET /sign-in answered {status}")
    cookies = {}

    def take(headers):
        for line in headers.get_all("Set-Cookie") or []:
            name, _, rest = line.partition("=")
            cookies[name.strip()] = rest.split(";", 1)[0]

    take(headers)
    match = re.search(rb'name="csrf_token" value="([^"]*)"', page)
    if not match or "pmi_csrf" not in cookies:
        raise RuntimeError("the sign-in form has no csrf_token field or no pmi_csrf cookie")
    form = urllib.parse.urlencode({"csrf_token": match.group(1).decode(), "next": "", "email": email,
                                   "password": DEMO_PASSWORD}).encode()
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    status, headers, answer, _ = http_get(port, "/sign-in", cookie=cookie, method="POST", body=form,
                                          headers={"Content-Type": "application/x-www-form-urlencoded"})
    take(headers)
    if status == 200:
        status, headers = second_step(port, email, cookies, answer)
        take(headers)
    if status not in (302, 303) or "pmi_session" not in cookies:
        raise RuntimeError(f"POST /sign-in as {email} answered {status} without a session cookie")
    # Every cookie the server set, as a browser would send them (pmi_session, pmi_csrf, pmi_lang).
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


# ---------------------------------------------------------------------------------------
# CPU accounting: how much of the machine went to processes other than ours during a run

def cpu_busy_seconds():
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / CLK_TCK


def process_tree(roots):
    """The pids in `roots` and all their descendants."""
    parent = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    tree = set(p for p in roots if p in parent)
    grew = True
    while grew:
        grew = False
        for pid, ppid in parent.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return tree


def process_cpu(pids):
    """{pid: CPU seconds (user+system, all threads)}."""
    out = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out[pid] = (int(fields[11]) + int(fields[12])) / CLK_TCK
        except (OSError, IndexError, ValueError):
            pass
    return out


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


QUIET_WAITED = [0.0]


def self_and_children_cpu():
    return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def wait_for_quiet():
    """Up to QUIET_WAIT_MAX seconds until the machine is less than QUIET_BUSY_PCT busy."""
    waited = 0.0
    while waited < QUIET_WAIT_MAX and QUIET_WAITED[0] < QUIET_WAIT_BUDGET:
        before = cpu_busy_seconds()
        time.sleep(0.25)
        waited += 0.25
        QUIET_WAITED[0] += 0.25
        if (cpu_busy_seconds() - before) / (0.25 * NCPU) * 100 < QUIET_BUSY_PCT:
            break
    return waited


def vm_status(pid, field):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024  # kB -> MiB
    except OSError:
        pass
    return None


# ---------------------------------------------------------------------------------------
# wrk

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}
UNITS_BYTES = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3, "TB": 1024 ** 4}


def parse_wrk(output):
    def latency(pct):
        m = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.M)
        return float(m.group(1)) * UNITS_MS[m.group(2)] if m else None

    result = {"req_s": None, "p50_ms": latency(50), "p99_ms": latency(99), "requests": None, "bytes": None,
              "non_2xx_3xx": 0, "socket_errors": {}}
    m = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if m:
        result["req_s"] = float(m.group(1))
    m = re.search(r"(\d+) requests in [\d.]+\w+, ([\d.]+)(\w+) read", output)
    if m:
        result["requests"] = int(m.group(1))
        result["bytes"] = float(m.group(2)) * UNITS_BYTES.get(m.group(3), 1)
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if m:
        result["non_2xx_3xx"] = int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if m:
        result["socket_errors"] = {k: int(v) for k, v in zip(("connect", "read", "write", "timeout"), m.groups()) if int(v)}
    return result


def wrk(url, cookie=None, seconds=None, own_roots=(), expected_bytes=None):
    """One wrk run. Returns the parsed figures, the CPU split and a list of flags (empty = clean)."""
    argv = ["wrk"] + (WRK_ARGS if seconds is None else ["-t2", "-c64", f"-d{seconds}s", "--latency"])
    if cookie:
        argv += ["-H", f"Cookie: {cookie}"]
    argv.append(url)
    if seconds is not None:  # warm-up: no accounting
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        return None
    waited = wait_for_quiet()
    roots = list(own_roots)
    own_before = process_cpu(process_tree(roots))
    busy_before, kids_before, t0 = cpu_busy_seconds(), children_cpu(), time.monotonic()
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    wall = time.monotonic() - t0
    busy, kids = cpu_busy_seconds() - busy_before, children_cpu() - kids_before
    own_after = process_cpu(process_tree(roots))
    server = sum(v - own_before.get(pid, 0.0) for pid, v in own_after.items())
    foreign = max(0.0, busy - server - kids)
    figures = parse_wrk(done.stdout)
    figures.update({
        "server_cpu_pct": round(server / wall * 100, 1),       # % of one core
        "wrk_cpu_pct": round(kids / wall * 100, 1),
        "foreign_cpu_pct": round(foreign / (wall * NCPU) * 100, 1),  # % of the whole machine
        "waited_for_quiet_s": waited,
    })
    flags = []
    if done.returncode != 0 or figures["req_s"] is None:
        flags.append(f"wrk failed ({done.returncode}): {done.stdout.strip()[-300:]}")
    if figures["non_2xx_3xx"]:
        flags.append(f"{figures['non_2xx_3xx']} non-2xx/3xx responses")
    if figures["socket_errors"]:
        flags.append("socket errors " + ", ".join(f"{k} {v}" for k, v in figures["socket_errors"].items()))
    # wrk does not count 3xx as errors: a redirect (say, to /sign-in) would pass unnoticed, so
    # the average response size must match the 200 response checked before the rounds.
    if expected_bytes and figures["requests"]:
        average = figures["bytes"] / figures["requests"]
        figures["avg_response_bytes"] = round(average)
        if abs(average - expected_bytes) > 0.1 * expected_bytes:
            flags.append(f"responses average {average:.0f} B, the checked 200 response is {expected_bytes} B")
    if figures["foreign_cpu_pct"] > NOISY_FOREIGN_PCT:
        flags.append(f"noisy: other processes used {figures['foreign_cpu_pct']:.0f}% of the machine")
    figures["flags"] = flags
    return figures


# ---------------------------------------------------------------------------------------
# pmi and the databases

class Backend:
    def __init__(self, name, label, url, data_dir):
        self.name, self.label, self.url, self.data_dir = name, label, url, data_dir

    def args(self):
        return ["--data", str(self.data_dir), "--database", self.url]

    def sql(self, script):
        """Runs an SQL script with the backend's own command-line client."""
        if self.name == "sqlite":
            run(["sqlite3", "-bail", self.url[len("sqlite:"):]], input=script)
        else:
            run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", self.url], input=script)

    def scalar(self, query):
        if self.name == "sqlite":
            db = sqlite3.connect(f"file:{self.url[len('sqlite:'):]}?mode=ro", uri=True, timeout=5)
            try:
                return db.execute(query).fetchone()[0]
            finally:
                db.close()
        return run(["psql", "-X", "-A", "-t", "-c", query, self.url]).stdout.strip()

    def rows(self, query):
        """The rows of a query, each a list of text values."""
        if self.name == "sqlite":
            db = sqlite3.connect(f"file:{self.url[len('sqlite:'):]}?mode=ro", uri=True, timeout=5)
            try:
                return [[str(v) for v in row] for row in db.execute(query).fetchall()]
            finally:
                db.close()
        out = run(["psql", "-X", "-A", "-t", "-F", "\t", "-c", query, self.url]).stdout
        return [line.split("\t") for line in out.splitlines() if line]

    def postmaster_pid(self):
        if self.name != "postgresql":
            return None
        directory = run(["psql", "-X", "-A", "-t", "-c", "SHOW data_directory", self.url]).stdout.strip()
        try:
            return int(Path(directory, "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None


def backends(work, tag):
    """Fresh databases for one suite: SQLite in a new data folder, and PostgreSQL when the
    throw-away cluster of scripts/with-postgres is there (PMI_TEST_POSTGRES_URL)."""
    out = []
    data = work / f"{tag}-sqlite"
    data.mkdir()
    out.append(Backend("sqlite", "SQLite", f"sqlite:{data / 'pmi.db'}", data))
    base = os.environ.get("PMI_TEST_POSTGRES_URL")
    if base:
        name = f"pmi_bench_{tag}"
        run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", base, "-c", f"DROP DATABASE IF EXISTS {name}",
             "-c", f"CREATE DATABASE {name}"])
        data = work / f"{tag}-postgresql"
        data.mkdir()
        out.append(Backend("postgresql", "PostgreSQL", base.rsplit("/", 1)[0] + "/" + name, data))
    else:
        log("  PostgreSQL: skipped (no PMI_TEST_POSTGRES_URL; bench/run starts one with scripts/with-postgres)")
    return out


def start_pmi(pmi, backend, work, env_extra=None, tag=""):
    port = free_port()
    log_file = work / f"serve-{backend.name}{tag}.log"
    env = dict(os.environ, PMI_LOG_LEVEL="warn")
    env.update(env_extra or {})
    env.pop("PMI_DEVELOPMENT", None)
    child = PROCS.start(f"pmi serve ({backend.label})", [pmi, "serve", *backend.args(), "--listen", f"127.0.0.1:{port}"],
                        stdout=open(log_file, "w"), stderr=subprocess.STDOUT, env=env)
    return child, port, log_file


def wait_healthy(child, port, log_file, timeout=30):
    wait_until(lambda: port_open(port) and http_get(port, "/healthz")[0] == 200, timeout, "pmi serve", child, log_file)


# ---------------------------------------------------------------------------------------
# nginx: the limit of this machine, serving saved copies of the pages as static files

def start_nginx(work, root):
    prefix = work / "nginx"
    for sub in ("tmp", "logs"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    port = free_port()
    conf = prefix / "nginx.conf"
    user = "user www-data;\n" if os.geteuid() == 0 else ""
    conf.write_text(f"""{user}worker_processes 2;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    types {{ application/json json; }}
    access_log off;
    sendfile on;
    keepalive_requests 100000;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
    }}
}}
""")
    # The worker (www-data when we are root) must be able to read the copies.
    for path in [work, prefix, root, *root.iterdir()]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    child = PROCS.start("nginx", ["nginx", "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "logs/error.log")],
                        stdout=subprocess.DEVNULL, stderr=open(prefix / "logs/stderr.log", "w"))
    wait_until(lambda: port_open(port), 15, "nginx", child, prefix / "logs/stderr.log")
    return child, port


# ---------------------------------------------------------------------------------------
# Suites

PAGES = [
    # name, path (None: filled in), signed in, kind (for the targets)
    ("home", "/", False, "public"),
    ("news_post", None, False, "public"),
    ("news_list", "/news", False, "public"),
    ("account", "/account", True, "signed-in"),
    ("api_me", "/api/v1/me", True, "signed-in"),
    ("openapi", "/api/openapi.json", False, "public"),
    ("partner_directory", "/partners?country=BF&area=inclusive-led", False, "public"),
    ("api_partners", "/api/v1/partners?language=fr", False, "public"),
    # Diagnostics, outside issue 8's list of pages: two public pages rendered for each request,
    # since a signed-in reader never gets the page cache. They show what building a page costs.
    ("home_signed_in", "/", True, "diagnostic"),
    ("partner_directory_signed_in", "/partners?country=BF&area=inclusive-led", True, "diagnostic"),
]
HTTP_NOT_YET = []


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarize(runs, ratios=None):
    out = {
        "req_s": round(median([r["req_s"] for r in runs]), 1) if median([r["req_s"] for r in runs]) is not None else None,
        "p50_ms": median([r["p50_ms"] for r in runs]),
        "p99_ms": median([r["p99_ms"] for r in runs]),
    }
    if ratios is not None:
        m = median(ratios)
        out["ratio_to_nginx"] = round(m, 3) if m is not None else None
    # CPU the server (and its PostgreSQL backends) spent per request: steadier than req/s on a busy box.
    out["cpu_us_per_req"] = median([r["server_cpu_pct"] / 100 / r["req_s"] * 1e6 for r in runs if r.get("req_s")])
    if out["cpu_us_per_req"] is not None:
        out["cpu_us_per_req"] = round(out["cpu_us_per_req"], 1)
    out["flags"] = sorted({f"round {i + 1}: {flag}" for i, r in enumerate(runs) for flag in r["flags"]})
    out["rounds"] = runs
    return out


def suite_http(ctx):
    work, pmi = ctx.work, ctx.pmi
    bes = backends(work, "http")
    posts = content.news_posts(SEED)
    news_sql = content.news_sql(posts)
    news_slug = posts[len(posts) // 2][0]
    partners_sql = content.partners_sql(SEED)
    servers = {}
    for be in bes:
        log(f"  {be.label}: migrate, demo, 200 news posts, 500 partner local governments")
        run([pmi, "migrate", *be.args()])
        run([pmi, "demo", *be.args()])
        be.sql(news_sql)
        be.sql(partners_sql)
        count = be.scalar("SELECT count(*) FROM news_posts")
        child, port, log_file = start_pmi(pmi, be, work)
        wait_healthy(child, port, log_file)
        cookie = sign_in(port)
        servers[be.name] = {"be": be, "child": child, "port": port, "log": log_file, "cookie": cookie,
                            "news_posts": int(count), "pg": be.postmaster_pid()}

    # Save each page exactly as wrk receives it (no Accept-Encoding: uncompressed) as nginx's copy.
    root = work / "nginx-root"
    root.mkdir()
    pages = []
    for name, path, signed_in, kind in PAGES:
        path = path or f"/news/{news_slug}"
        info = {"name": name, "path": path, "signed_in": signed_in, "kind": kind, "expected": {}}
        for be_name, srv in servers.items():
            status, headers, body, size = http_get(srv["port"], path, srv["cookie"] if signed_in else None)
            if status != 200:
                raise RuntimeError(f"{path} on {srv['be'].label} answered {status}, not 200")
            if headers.get("Content-Encoding"):
                raise RuntimeError(f"{path} came back compressed without Accept-Encoding")
            if name == "api_me" and DEMO_EMAIL.encode() not in body:
                raise RuntimeError("/api/v1/me does not show the signed-in user")
            info["expected"][be_name] = size
            if be_name == "sqlite" or "file" not in info:
                info["file"] = name + (".json" if path.startswith("/api") else ".html")
                info["body_bytes"] = len(body)
                (root / info["file"]).write_bytes(body)
        pages.append(info)
    (root / "healthz").write_bytes(b"ok\n")
    nginx, nginx_port = start_nginx(work, root)
    for info in pages:
        status, _, body, size = http_get(nginx_port, "/" + info["file"])
        if status != 200 or body != (root / info["file"]).read_bytes():
            raise RuntimeError(f"nginx does not serve the copy of {info['name']} byte for byte")
        info["nginx_expected"] = size

    def target(be_name, info):
        srv = servers[be_name]
        return (f"http://127.0.0.1:{srv['port']}{info['path']}", srv["cookie"] if info["signed_in"] else None,
                [srv["child"].pid] + ([srv["pg"]] if srv["pg"] else []), info["expected"][be_name])

    def nginx_url(info):
        return f"http://127.0.0.1:{nginx_port}/{info['file']}"

    log(f"  warm-up: {WARMUP_SECONDS} s per server and page")
    for info in pages:
        wrk(nginx_url(info), seconds=WARMUP_SECONDS)
        for be_name in servers:
            url, cookie, _, _ = target(be_name, info)
            wrk(url, cookie, seconds=WARMUP_SECONDS)

    # Each page is measured next to nginx serving that page's own copy, so that the ratio
    # compares the same bytes (a 66 KB document and a 300-byte JSON answer cost nginx differently).
    nginx_runs = {info["name"]: [] for info in pages}
    runs = {be_name: {info["name"]: [] for info in pages} for be_name in servers}
    ratios = {be_name: {info["name"]: [] for info in pages} for be_name in servers}
    for round_no in range(1, ROUNDS + 1):
        log(f"  round {round_no}/{ROUNDS}: for each of {len(pages)} pages, nginx serving its copy, then " +
            ", then ".join(servers[b]["be"].label for b in servers))
        for info in pages:
            ref = wrk(nginx_url(info), own_roots=[nginx.pid], expected_bytes=info["nginx_expected"])
            nginx_runs[info["name"]].append(ref)
            for be_name in servers:
                url, cookie, roots, expected = target(be_name, info)
                r = wrk(url, cookie, own_roots=roots, expected_bytes=expected)
                if r["req_s"] and ref["req_s"]:
                    r["ratio_to_nginx"] = round(r["req_s"] / ref["req_s"], 4)
                    ratios[be_name][info["name"]].append(r["ratio_to_nginx"])
                runs[be_name][info["name"]].append(r)
        # A server that died would make every later figure meaningless.
        for be_name, srv in servers.items():
            if srv["child"].poll() is not None:
                raise RuntimeError(f"pmi serve ({srv['be'].label}) exited during the runs:\n" + srv["log"].read_text()[-3000:])

    for be_name, srv in servers.items():
        section = {}
        for info in pages:
            s = summarize(runs[be_name][info["name"]], ratios[be_name][info["name"]])
            n = summarize(nginx_runs[info["name"]])
            s = {"req_s": s["req_s"], "p50_ms": s["p50_ms"], "p99_ms": s["p99_ms"], "ratio_to_nginx": s["ratio_to_nginx"],
                 "cpu_us_per_req": s["cpu_us_per_req"], "path": info["path"], "kind": info["kind"], "body_bytes": info["body_bytes"],
                 "nginx": {k: n[k] for k in ("req_s", "p50_ms", "p99_ms", "cpu_us_per_req", "flags", "rounds")},
                 "flags": s["flags"], "rounds": s["rounds"]}
            section[info["name"]] = s
        section["peak_rss_mb"] = round(vm_status(srv["child"].pid, "VmHWM") or 0, 1)
        for key, what, issue in HTTP_NOT_YET:
            section[key] = {"not_yet": f"arrives with the {issue}", "what": what}
        ctx.results["http" if be_name == "sqlite" else f"http_{be_name}"] = section
        PROCS.stop(srv["child"])
    PROCS.stop(nginx)
    ctx.setup["http"] = {
        "wrk": " ".join(WRK_ARGS), "rounds": ROUNDS, "warmup_s": WARMUP_SECONDS, "seed": SEED,
        "order": "each round, page by page: nginx serving the saved copy of the page, then pmi on SQLite, then on PostgreSQL",
        "ratio": "pmi req/s ÷ req/s of nginx serving the same page's copy in the same round; the median of the round ratios",
        "data": f"pmi demo + {servers['sqlite']['news_posts']} news posts (200 generated, ~2 KB Markdown per language)",
        "news_post": news_slug, "cookie": "every cookie set by GET+POST /sign-in as " + DEMO_EMAIL,
        "backends": {b: servers[b]["be"].label for b in servers},
    }
    print_http(ctx)


def suite_startup(ctx):
    work, pmi = ctx.work, ctx.pmi
    bes = backends(work, "startup")
    probe = LIB / "startup-probe"
    cases = []
    for be in bes:
        run([pmi, "migrate", *be.args()])
        # serve writes its first-start state (e.g. the CSRF secret) once; hyperfine's warm-up does that.
        cases.append((f"empty_{be.name}", f"pmi serve, empty {be.label} database", [pmi, "serve", *be.args()]))
    # The results suite's 6.4-million-value databases when it ran first in this run, else seeded here.
    large = dict(getattr(ctx, "large_databases", {}))
    if not large:
        for be in backends(work, "startup_large"):
            log(f"  seeding the 6.4-million-value {be.label} database")
            program_seed.seed(be, pmi, run, log, dict(results_suite.SIZES)["6.4m"])
            large[be.name] = be
    for name, be in large.items():
        cases.append((f"large_{name}", f"pmi serve, {be.label} database of 6.4 million values", [pmi, "serve", *be.args()]))
    root = work / "startup-nginx-root"
    root.mkdir()
    (root / "healthz").write_bytes(b"ok\n")
    prefix = work / "startup-nginx"
    (prefix / "tmp").mkdir(parents=True)
    conf = prefix / "nginx.conf"
    for path in [work, prefix, root, root / "healthz"]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    results = {}
    for key, what, argv in cases + [("nginx", "nginx (static /healthz): the floor of this measuring method", None)]:
        port = free_port()
        if argv is None:
            conf.write_text(("user www-data;\n" if os.geteuid() == 0 else "") + f"""worker_processes 2;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 64; }}
http {{ access_log off; client_body_temp_path {prefix}/tmp; proxy_temp_path {prefix}/tmp; fastcgi_temp_path {prefix}/tmp;
        uwsgi_temp_path {prefix}/tmp; scgi_temp_path {prefix}/tmp;
        server {{ listen 127.0.0.1:{port}; root {root}; }} }}
""")
            argv = ["nginx", "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")]
        else:
            argv = argv + ["--listen", f"127.0.0.1:{port}"]
        export = work / f"hyperfine-{key}.json"
        command = " ".join(map(str, [probe, "TERM" if key == "nginx" else "KILL", port, *argv]))
        log(f"  {what}")
        child = PROCS.start("hyperfine", ["hyperfine", "-N", "--warmup", "3", "--runs", "30", "--export-json", str(export),
                                          "--style", "basic", command],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=dict(os.environ, PMI_LOG_LEVEL="warn"))
        output, _ = child.communicate(timeout=300)
        PROCS.stop(child)
        if child.returncode != 0:
            raise RuntimeError(f"hyperfine failed for {key}:\n{output[-3000:]}")
        data = json.loads(export.read_text())["results"][0]
        results[key] = {"median_ms": round(data["median"] * 1000, 1), "min_ms": round(data["min"] * 1000, 1),
                        "mean_ms": round(data["mean"] * 1000, 1), "max_ms": round(data["max"] * 1000, 1),
                        "runs": len(data["times"]), "what": what}
    floor = results["nginx"]["median_ms"]
    for key, value in results.items():
        if key != "nginx" and floor:
            value["ratio_to_nginx"] = round(value["median_ms"] / floor, 2)
    ctx.results["startup"] = results
    ctx.setup["startup"] = {
        "method": "hyperfine -N --warmup 3 --runs 30 on bench/lib/startup-probe: starts the server, polls /healthz "
                  "with curl every 5 ms until 200, then stops it (pmi: KILL, so its ~0.1 s graceful stop is not "
                  "counted; nginx: TERM) and waits for it to exit",
        "database": "empty_*: migrated, no rows (a fresh data folder / database per suite run); large_*: the results "
                    "suite's 6.4-million-value database (pmi demo + 2,000 partnerships × 40 indicators × 4 cells × 20 quarters)",
    }
    print_startup(ctx)


def suite_mail(ctx):
    work, pmi = ctx.work, ctx.pmi
    results = {}
    smtp_port = free_port()
    sink_log = work / "aiosmtpd.log"
    sink = PROCS.start("aiosmtpd", ["/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{smtp_port}",
                                    "-c", "aiosmtpd.handlers.Sink"],
                       stdout=open(sink_log, "w"), stderr=subprocess.STDOUT)
    wait_until(lambda: port_open(smtp_port), 20, "aiosmtpd", sink, sink_log)
    reference_count = max(200, MAIL_MESSAGES // 10)
    try:
        results["reference"] = smtp_reference(smtp_port, reference_count, one_connection=False)
        results["reference_one_connection"] = smtp_reference(smtp_port, reference_count, one_connection=True)
        # Plain outbox rows (account and application mail), then a campaign: 10,000 list
        # messages queued by the worker, each checked for consent when it leaves.
        cases = [("", content.outbox_sql(SEED, MAIL_MESSAGES), "SELECT count(*) FROM outbox WHERE sent_at IS NULL"),
                 ("_campaign", content.campaign_sql(SEED, MAIL_MESSAGES),
                  "SELECT (SELECT count(*) FROM mailing_campaigns WHERE status <> 'sent')"
                  " + (SELECT count(*) FROM outbox WHERE status IN ('queued', 'sending'))")]
        for suffix, sql, unsent_query in cases:
            for be in backends(work, "mail" + suffix):
                run([pmi, "migrate", *be.args()])
                be.sql(sql)
                results[be.name + suffix] = deliver(be, pmi, work, sink, smtp_port, unsent_query, results)
    finally:
        PROCS.stop(sink)
    ctx.results["mail"] = results
    ctx.setup["mail"] = {
        "messages": MAIL_MESSAGES, "seed": SEED,
        "method": "outbox: rows inserted into outbox of a migrated database (due, unclaimed); campaign: subscribers, their "
                  "topic and one campaign due now inserted, so the worker queues one message per reader (text and HTML, "
                  "unsubscribe links) and checks consent as each leaves. The clock runs from starting pmi serve with "
                  "PMI_SMTP_URL until nothing is left to send (polled every 100 ms)",
        "sink": "python3 -m aiosmtpd -c aiosmtpd.handlers.Sink on loopback",
        "reference": "python3 smtplib sending the same kind of message to the same sink, one connection per message",
        "reference_one_connection": "the same over one connection, as pmi sends (RSET-free MAIL, RCPT, DATA per message)",
    }
    print_mail(ctx)


def deliver(be, pmi, work, sink, smtp_port, unsent_query, results):
    """Starts pmi serve on a database holding work to send; measures until none is left."""
    queued = MAIL_MESSAGES
    log(f"  {be.label}: {queued} messages to send; pmi serve delivers them to aiosmtpd")
    roots = [sink.pid] + ([be.postmaster_pid()] if be.name == "postgresql" else [])
    t0 = time.monotonic()
    busy0, mine0 = cpu_busy_seconds(), self_and_children_cpu()
    env = {"PMI_SMTP_URL": f"smtp://127.0.0.1:{smtp_port}", "PMI_MAILING_SENDER_NAME": "PMI-LED program office",
           "PMI_MAILING_POSTAL_ADDRESS": "24 Clarence Street, Ottawa, Ontario"}
    child, port, log_file = start_pmi(pmi, be, work, env, tag="-mail")
    own0 = process_cpu(process_tree(roots + [child.pid]))
    unsent, deadline = queued, t0 + 300
    while time.monotonic() < deadline:
        time.sleep(0.1)
        unsent = int(be.scalar(unsent_query))
        if unsent == 0:
            break
        failed = int(be.scalar("SELECT count(*) FROM outbox WHERE status IN ('failed', 'withheld') OR"
                               " (status = 'queued' AND attempts > 0)"))
        if (failed and unsent == failed) or child.poll() is not None:
            break
    seconds = time.monotonic() - t0
    own1 = process_cpu(process_tree(roots + [child.pid]))
    pmi_cpu = own1.get(child.pid, 0.0)
    busy = cpu_busy_seconds() - busy0
    mine = self_and_children_cpu() - mine0  # this harness polling the database
    rss = vm_status(child.pid, "VmHWM")
    PROCS.stop(child)
    sent = int(be.scalar("SELECT count(*) FROM outbox WHERE status = 'sent'"))
    flags = []
    if unsent:
        error = be.scalar("SELECT coalesce(max(last_error), '') FROM outbox WHERE status <> 'sent'")
        flags.append(f"{unsent} messages not sent after {seconds:.0f} s" + (f" (last error: {error})" if error else ""))
    others = sum(v - own0.get(pid, 0.0) for pid, v in own1.items())
    foreign = max(0.0, busy - others - mine) / (seconds * NCPU) * 100
    if foreign > NOISY_FOREIGN_PCT:
        flags.append(f"noisy: other processes used {foreign:.0f}% of the machine")
    rate = sent / seconds if seconds else None
    return {
        "messages": sent, "seconds": round(seconds, 2), "msg_per_s": round(rate, 1) if rate else None,
        "ratio_to_reference": round(rate / results["reference"]["msg_per_s"], 3) if rate else None,
        "ratio_to_one_connection": round(rate / results["reference_one_connection"]["msg_per_s"], 3) if rate else None,
        "pmi_cpu_pct": round(pmi_cpu / seconds * 100, 1), "peak_rss_mb": round(rss or 0, 1),
        "foreign_cpu_pct": round(foreign, 1), "flags": flags,
    }


def smtp_reference(port, count, one_connection):
    import email.policy
    import smtplib
    from email.message import EmailMessage
    body = "Hello,\n\n" + " ".join(content.SENTENCES["en"]) + "\n"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "PMI-LED <no-reply@pmi.example>", "reader@bench.example", "Reference"
    msg.set_content(body, cte="base64")
    data = msg.as_bytes(policy=email.policy.SMTP)  # CRLF line ends, as on the wire
    how = "one connection" if one_connection else "one connection each"
    log(f"  reference: {count} messages from python smtplib, {how}")
    t0 = time.monotonic()
    if one_connection:
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            for _ in range(count):
                client.sendmail("no-reply@pmi.example", ["reader@bench.example"], data)
    else:
        for _ in range(count):
            with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
                client.sendmail("no-reply@pmi.example", ["reader@bench.example"], data)
    seconds = time.monotonic() - t0
    return {"messages": count, "seconds": round(seconds, 2), "msg_per_s": round(count / seconds, 1)}


def suite_partnerships(ctx):
    helpers = Context()
    helpers.backends, helpers.run, helpers.start_pmi, helpers.wait_healthy = backends, run, start_pmi, wait_healthy
    helpers.http_get, helpers.sign_in, helpers.log, helpers.stop = http_get, sign_in, log, PROCS.stop
    partnerships_suite.run(ctx, helpers)
    partnerships_suite.print_table(ctx.results["partnerships"])


# ---------------------------------------------------------------------------------------
# Output

def fmt(value, spec):
    return "—" if value is None else format(value, spec)


def print_http(ctx):
    backs = [("http", "SQLite")] + ([("http_postgresql", "PostgreSQL")] if "http_postgresql" in ctx.results else [])
    sections = [ctx.results[key] for key, _ in backs]
    print(f"\nhttp: wrk {' '.join(WRK_ARGS)}, median of {ROUNDS} interleaved rounds; "
          f"×nginx = req/s ÷ req/s of nginx serving the same page's saved copy in the same round")
    head = f"{'page':<14}{'bytes':>7} | {'nginx static':^26}"
    sub = " " * 22 + f" | {'req/s':>8} {'p50 ms':>7} {'p99 ms':>8}"
    for _, label in backs:
        head += f" | {label:^51}"
        sub += f" | {'req/s':>8} {'p50 ms':>7} {'p99 ms':>8} {'×nginx':>6} {'µs/req':>6} {'target':<9}"
    print(head)
    print(sub)
    for name in [p[0] for p in PAGES]:
        n = sections[0][name]["nginx"]
        line = (f"{name:<14}{sections[0][name]['body_bytes']:>7} | {fmt(n['req_s'], ',.0f'):>8} {fmt(n['p50_ms'], '.2f'):>7}"
                f" {fmt(n['p99_ms'], '.2f'):>8}")
        for section in sections:
            s = section[name]
            floor = {"public": 0.5, "signed-in": 0.3}.get(s["kind"])
            miss = []
            if floor and (s["ratio_to_nginx"] is None or s["ratio_to_nginx"] < floor):
                miss.append("LOW")
            if floor and (s["p99_ms"] is None or s["p99_ms"] >= 10):
                miss.append("P99")
            mark = "+".join(miss) if miss else ("ok" if floor else "(none)")
            if s["flags"]:
                mark += "!"
            line += (f" | {fmt(s['req_s'], ',.0f'):>8} {fmt(s['p50_ms'], '.2f'):>7} {fmt(s['p99_ms'], '.2f'):>8}"
                     f" {fmt(s['ratio_to_nginx'], '.2f'):>6} {fmt(s['cpu_us_per_req'], ',.0f'):>6} {mark:<9}")
        print(line)
    line = f"{'peak RSS of pmi serve':<22} | {'':>26}"
    for section in sections:
        rss = section["peak_rss_mb"]
        line += f" | {fmt(rss, '.1f') + ' MB':>32} {'':>6} {'ok' if rss < 150 else 'HIGH':<11}"
    print(line)
    print("µs/req = CPU time of the server (and its PostgreSQL backends) per request, median over rounds.")
    print("target column: public pages need ≥ 0.50×nginx, signed-in pages ≥ 0.30×, all p99 < 10 ms, "
          "peak RSS < 150 MB; the *_signed_in pages are diagnostics without a target.\n"
          "LOW = ratio below its target, P99 = p99 ≥ 10 ms, HIGH = RSS over target, ! = a run was flagged:")
    any_flag = False
    for i, ((key, label), section) in enumerate(zip(backs, sections)):
        for name in [p[0] for p in PAGES]:
            measured = [(label + " " + name, section[name])] + ([("nginx " + name, section[name]["nginx"])] if i == 0 else [])
            for what, figures in measured:
                noisy, other = [], []
                for round_no, r in enumerate(figures["rounds"], 1):
                    for flag in r["flags"]:
                        if flag.startswith("noisy"):
                            noisy.append(f"{round_no} ({r['foreign_cpu_pct']:.0f}%)")
                        else:
                            other.append(f"round {round_no}: {flag}")
                parts = (["other load in round " + ", ".join(noisy)] if noisy else []) + other
                if parts:
                    print(f"  {what}: " + "; ".join(parts))
                    any_flag = True
    if not any_flag:
        print("  (no run flagged: no non-2xx/3xx, no socket errors, sizes as checked, other load ≤ "
              f"{NOISY_FOREIGN_PCT:.0f}%)")
    for key, what, issue in HTTP_NOT_YET:
        print(f"{key}: not yet: arrives with the {issue}")


def print_startup(ctx):
    r = ctx.results["startup"]
    print("\nstartup: time from `pmi serve` to the first 200 on /healthz (hyperfine, 30 runs)")
    print(f"{'case':<18}{'median ms':>10}{'min ms':>9}{'max ms':>9}{'×nginx':>8}  target")
    for key, value in r.items():
        if "not_yet" in value:
            print(f"{key:<18}not yet: {value['not_yet']}")
            continue
        target = "" if key == "nginx" else ("ok (<200 ms)" if value["median_ms"] < 200 else "MISS (≥200 ms)")
        print(f"{key:<18}{value['median_ms']:>10.1f}{value['min_ms']:>9.1f}{value['max_ms']:>9.1f}"
              f"{fmt(value.get('ratio_to_nginx'), '.2f') if key != 'nginx' else '1.00':>8}  {target}")


def print_mail(ctx):
    r = ctx.results["mail"]
    print(f"\nmail: {MAIL_MESSAGES:,} messages delivered by pmi serve to aiosmtpd (Sink); "
          f"×ref = msg/s ÷ smtplib with a connection per message, ×1conn = ÷ smtplib over one connection")
    print(f"{'case':<26}{'messages':>9}{'seconds':>9}{'msg/s':>9}{'×ref':>7}{'×1conn':>8}{'pmi CPU':>9}{'RSS MB':>8}")
    for key, value in r.items():
        print(f"{key:<26}{value['messages']:>9}{value['seconds']:>9.2f}{fmt(value['msg_per_s'], ',.0f'):>9}"
              f"{fmt(value.get('ratio_to_reference', 1.0 if key == 'reference' else None), '.2f'):>7}"
              f"{fmt(value.get('ratio_to_one_connection', 1.0 if key == 'reference_one_connection' else None), '.2f'):>8}"
              f"{(str(value['pmi_cpu_pct']) + '%') if 'pmi_cpu_pct' in value else '':>9}"
              f"{fmt(value.get('peak_rss_mb'), '.1f') if 'peak_rss_mb' in value else '':>8}")
        for flag in value.get("flags", []):
            print(f"  flagged: {flag}")


# ---------------------------------------------------------------------------------------

def machine(copy):
    def out(argv):
        try:
            done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=10)
            return done.stdout.strip().splitlines()[0] if done.stdout.strip() else None
        except (OSError, subprocess.SubprocessError):
            return None

    model = None
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    os_name = None
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) // 1024
    # The source tree the binary was built from (build/CMakeCache.txt), and its commit.
    source = None
    try:
        for line in (Path(ARGS.pmi).resolve().parent / "CMakeCache.txt").read_text().splitlines():
            if line.startswith("CMAKE_HOME_DIRECTORY:INTERNAL="):
                source = line.split("=", 1)[1]
    except OSError:
        pass
    commit = out(["git", "-C", source, "rev-parse", "--short", "HEAD"]) if source else None
    if commit and " " in commit:  # an error message: not a git checkout
        commit = None
    changes = run(["git", "-C", source, "status", "--porcelain", "--", "src", "CMakeLists.txt", "static", "po"],
                  check=False).stdout.strip() if commit else ""
    digest = hashlib.sha256(Path(copy).read_bytes()).hexdigest()[:16]  # of the copy that ran
    return {
        "cpu": model, "cores": NCPU, "memory_mb": mem, "os": os_name, "kernel": platform.release(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "pmi": out([copy, "version"]), "pmi_binary": str(Path(ARGS.pmi).resolve()), "pmi_sha256": digest,
        "pmi_binary_mb": round(os.path.getsize(ARGS.pmi) / 2 ** 20, 1), "source": source,
        "git": (f"{commit}" + (" + uncommitted changes in src" if changes else "")) if commit else None,
        "nginx": out(["nginx", "-v"]), "wrk": (out(["wrk", "-v"]) or "").split(" [")[0] or None,
        "hyperfine": out(["hyperfine", "--version"]), "sqlite": out(["sqlite3", "--version"]),
        "postgresql": out(["psql", "-X", "-A", "-t", "-c", "SHOW server_version", os.environ["PMI_TEST_POSTGRES_URL"]])
        if os.environ.get("PMI_TEST_POSTGRES_URL") else None,
        "temp_dir_fs": out(["stat", "-f", "-c", "%T", tempfile.gettempdir()]),
    }


class Context:
    pass


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pmi", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("suites", nargs="*")
    ARGS = parser.parse_args()
    suites = ARGS.suites or SUITES
    unknown = [s for s in suites if s not in SUITES]
    if unknown:
        parser.error(f"unknown suite {', '.join(unknown)} (suites: {', '.join(SUITES)})")
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, on_signal)

    out = Path(ARGS.out)
    ctx = Context()
    ctx.results, ctx.setup = {}, {}
    try:
        previous = json.loads(out.read_text())
    except (OSError, ValueError):
        previous = {}
    ctx.work = Path(tempfile.mkdtemp(prefix="pmi-bench."))
    # A private copy: another `make build` may replace build/pmi while the suites run.
    ctx.pmi = str(ctx.work / "pmi")
    ctx.pmi_source = ARGS.pmi
    shutil.copy2(ARGS.pmi, ctx.pmi)
    started = time.monotonic()
    status = 0
    try:
        info = machine(ctx.pmi)
        for suite in suites:
            t = time.monotonic()
            log(f"\n== {suite}")
            {"http": suite_http, "startup": suite_startup, "mail": suite_mail, "partnerships": suite_partnerships,
             "matching": lambda c: matching_suite.run(c, PROCS, log),
             "results": lambda c: results_suite.run(c, sys.modules[__name__]),
             "iati": lambda c: results_suite.run_iati(c, sys.modules[__name__])}[suite](ctx)
            log(f"   ({time.monotonic() - t:.0f} s)")
    except (Exception, KeyboardInterrupt, SystemExit) as error:
        status = error.code if isinstance(error, SystemExit) else 1
        if not isinstance(error, SystemExit):
            log(f"bench: {type(error).__name__}: {error}")
    finally:
        PROCS.stop_all()
        if os.environ.get("BENCH_KEEP"):
            log(f"kept {ctx.work}")
        else:
            shutil.rmtree(ctx.work, ignore_errors=True)
    if ctx.results:
        # A single suite updates its part of the file and keeps the others, each with its date.
        when = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()
        merged = {k: v for k, v in previous.items() if k not in ("machine", "when", "setup", "suite_when")}
        for key in list(merged):
            if key == "http_postgresql" and "http" in ctx.results:
                del merged[key]
        merged.update(ctx.results)
        suite_when = dict(previous.get("suite_when", {}))
        setup = dict(previous.get("setup", {}))
        for key in ctx.results:
            suite_when[key] = when
        setup.update(ctx.setup)
        merged["machine"] = info
        merged["when"] = when
        merged["suite_when"] = suite_when
        merged["setup"] = setup
        out.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n")
        log(f"\nwrote {out} ({time.monotonic() - started:.0f} s)")
    return status


if __name__ == "__main__":
    sys.exit(main())
