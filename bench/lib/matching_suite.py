"""The matching suite of the pmi benchmark (see bench/README.md, "matching").

For each case, `pmi-bench-matching generate` writes a problem shaped like the real program
(fixed seed) as the CSV files `pmi match` reads; the engine is timed as a user runs it
(`pmi match`, wall clock and peak RSS of the process), once without explanations (the solve,
proven optimal: the target) and once with every pair explained; then GLPK solves the same
files as an integer program (`pmi-bench-matching glpk`) under a time cap and, at full scale,
a memory cap.
"""
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import tempfile
import time

SEED = 8
CASES = [
    # (name, teams, partners, GLPK time cap in seconds, GLPK memory cap in bytes or None)
    ("50x50", 50, 50, 600, None),
    ("500x2000", 500, 2000, 600, None),
    # GLPK would need tens of GB and far more than 10 minutes for 30 million columns: the
    # suite must stay within a few minutes, so it gets 60 s and 4 GB, and says so.
    ("3600x14000", 3600, 14000, 60, 4 << 30),
]
ENGINE_RUNS = 3  # the solve is timed this many times; the figure is the median
TARGET_SECONDS = 3.0
TARGET_RSS_MB = 200.0


def run_measured(procs, name, argv, timeout, memory_cap=None):
    """Runs argv to the end (or kills it at `timeout`); returns its exit code, wall seconds,
    peak RSS (MB, from wait4), standard output and error, and whether it was killed."""
    def limits():
        if memory_cap:
            resource.setrlimit(resource.RLIMIT_AS, (memory_cap, memory_cap))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        child = procs.start(name, argv, stdout=out, stderr=err, preexec_fn=limits)
        killed = False
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                os.killpg(child.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(child.pid, 0)
                killed = True
                break
            time.sleep(0.005)
        seconds = time.monotonic() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        procs.children.remove(child)
        out.seek(0)
        err.seek(0)
        return {"code": child.returncode, "seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024.0,
                "stdout": out.read().decode(errors="replace"), "stderr": err.read().decode(errors="replace"),
                "killed": killed}


def engine(procs, pmi, folder, explanations):
    output = folder / ("explained.json" if explanations else "solved.json")
    argv = [pmi, "match", "--teams", folder / "teams.csv", "--partners", folder / "partners.csv",
            "--pairs", folder / "pairs.csv", "--format", "json", "--output", output,
            "--explanations", "yes" if explanations else "no"]
    run = run_measured(procs, "pmi match", [str(a) for a in argv], 600)
    if run["code"] != 0:
        raise RuntimeError(f"pmi match failed ({run['code']}):\n{run['stderr'][-2000:]}")
    result = json.loads(output.read_text())
    return run, result


def glpk(procs, helper, folder, cap_seconds, memory_cap):
    argv = [helper, "glpk", "--teams", folder / "teams.csv", "--partners", folder / "partners.csv",
            "--pairs", folder / "pairs.csv", "--time-limit", cap_seconds]
    # The helper's own limit covers GLPK's search; the kill a little later covers reading the
    # files and building the program.
    run = run_measured(procs, "glpk", [str(a) for a in argv], cap_seconds + 15, memory_cap)
    figures = {"glpk_cap_seconds": cap_seconds, "glpk_memory_cap_mb": memory_cap // 2 ** 20 if memory_cap else None,
               "glpk_seconds": round(run["seconds"], 2), "glpk_peak_rss_mb": round(run["peak_rss_mb"], 1)}
    if run["killed"]:
        figures["glpk_status"] = f"capped: not finished in {cap_seconds} s"
    elif run["code"] != 0:
        reason = f"capped: stopped at the {memory_cap // 2 ** 20} MB memory cap" if memory_cap else "failed"
        figures["glpk_status"] = f"{reason} (exit {run['code']})"
    else:
        answer = json.loads(run["stdout"].strip().splitlines()[-1])
        figures["glpk_status"] = answer["status"] if answer["status"] == "optimal" else \
            f"capped: no proven optimum in {cap_seconds} s"
        figures["glpk_solve_seconds"] = round(answer["seconds"], 2)
        figures["glpk_columns"] = answer["columns"]
        figures["glpk_total_fit"] = answer["total_fit"]
        figures["glpk_countries_served"] = answer["countries_served"]
    return figures


def one_case(ctx, procs, log, helper, name, teams, partners, cap_seconds, memory_cap):
    folder = ctx.work / f"matching-{name}"
    subprocess.run([helper, "generate", "--teams", str(teams), "--partners", str(partners), "--seed", str(SEED),
                    "--out", str(folder)], check=True)
    log(f"  {name}: pmi match, {ENGINE_RUNS} runs without explanations, 1 with")
    solves = [engine(procs, ctx.pmi, folder, False) for _ in range(ENGINE_RUNS)]
    result = solves[-1][1]
    s = result["statistics"]
    explained_run, explained = engine(procs, ctx.pmi, folder, True)
    figures = {
        "teams": teams, "partners": partners, "allowed_pairs": s["allowed_pairs"],
        "engine_seconds": round(statistics.median(run["seconds"] for run, _ in solves), 3),
        "engine_peak_rss_mb": round(max(run["peak_rss_mb"] for run, _ in solves), 1),
        "engine_solver_ms": s["milliseconds"]["total"], "proven_optimal": s["proven_optimal"],
        "rounds": s["rounds"], "candidate_pairs": s["candidate_pairs"], "pairs_checked": s["pairs_checked"],
        "pairs_added": s["pairs_added"], "milliseconds": s["milliseconds"],
        "total_fit": result["total_fit"], "countries_served": result["countries_served"],
        "pairs": len(result["pairs"]),
        "explained_seconds": round(explained_run["seconds"], 3),
        "explained_peak_rss_mb": round(explained_run["peak_rss_mb"], 1),
        "explain_ms": explained["statistics"]["milliseconds"]["explain"],
        "same_objective_when_explained": explained["total_fit"] == result["total_fit"],
    }
    log(f"  {name}: GLPK, capped at {cap_seconds} s" + (f" and {memory_cap // 2 ** 20} MB" if memory_cap else ""))
    figures.update(glpk(procs, ctx.helper, folder, cap_seconds, memory_cap))
    if figures["glpk_status"] == "optimal":
        figures["objectives_match"] = (figures["glpk_total_fit"] == figures["total_fit"] and
                                       figures["glpk_countries_served"] == figures["countries_served"])
        figures["ratio_glpk_to_engine"] = round(figures["glpk_seconds"] / figures["engine_seconds"], 2)
    else:
        figures["objectives_match"] = None
        figures["ratio_glpk_to_engine"] = None
    if name == CASES[-1][0]:
        miss = []
        if not figures["proven_optimal"]:
            miss.append("NOT PROVEN")
        if figures["engine_seconds"] >= TARGET_SECONDS:
            miss.append("SLOW")
        if figures["engine_peak_rss_mb"] >= TARGET_RSS_MB:
            miss.append("HIGH")
        figures["target"] = "+".join(miss) if miss else "ok"
    return figures


def run(ctx, procs, log):
    helper = os.path.join(os.path.dirname(os.path.abspath(ctx.pmi_source)), "pmi-bench-matching")
    if not os.path.exists(helper):
        raise RuntimeError(f"{helper} is missing: make build builds it with pmi")
    ctx.helper = str(ctx.work / "pmi-bench-matching")
    shutil.copy2(helper, ctx.helper)
    results = {}
    for name, teams, partners, cap_seconds, memory_cap in CASES:
        results[name] = one_case(ctx, procs, log, ctx.helper, name, teams, partners, cap_seconds, memory_cap)
    ctx.results["matching"] = results
    ctx.setup["matching"] = {
        "seed": SEED, "engine_runs": ENGINE_RUNS,
        "data": "pmi-bench-matching generate: teams by province (Quebec French, some bilingual, a few "
                "Spanish), partners by country in the proportions of the real program's communes "
                "(VN 10,599, KH 1,652, ML 703, BF 351, BO 339, CI 201, NI 153), needs and expertise 0-3, "
                "capacities 0-3, wanted 1-2, a few pins, forbidden pairs and past partnerships",
        "engine": "pmi match --format json (default weights, coverage wanted); engine_seconds = median wall "
                  "time of the process (reading the CSV files included) without explanations; "
                  "explained_seconds = one run explaining every pair",
        "glpk": "pmi-bench-matching glpk: the same files as GLPK's integer program (two stages: most countries "
                "served, then most fit), glp_intopt with presolve; time cap per case, memory cap (RLIMIT_AS) at "
                "full scale",
        "targets": f"full scale proven optimal in under {TARGET_SECONDS:g} s and {TARGET_RSS_MB:g} MB",
    }
    print_results(results)


def print_results(results):
    print("\nmatching: pmi match vs GLPK on shaped problems (seed 8)")
    print(f"{'case':<12}{'pairs':>11}{'engine s':>10}{'RSS MB':>8}{'rounds':>7}{'explained s':>12}"
          f"{'GLPK s':>9}{'GLPK/eng':>9}{'same':>6}  GLPK status / target")
    for name, f in results.items():
        same = "—" if f["objectives_match"] is None else ("yes" if f["objectives_match"] else "NO")
        r = f["ratio_glpk_to_engine"]
        ratio = "—" if r is None else (f"{r:,.0f}×" if r >= 10 else f"{r:.1f}×")
        status = f["glpk_status"] + (f"; target {f['target']}" if "target" in f else "")
        print(f"{name:<12}{f['allowed_pairs']:>11,}{f['engine_seconds']:>10.2f}{f['engine_peak_rss_mb']:>8.1f}"
              f"{f['rounds']:>7}{f['explained_seconds']:>12.2f}{f['glpk_seconds']:>9.1f}{ratio:>9}{same:>6}  {status}")
    print("pairs = allowed pairs (sharing a language, not forbidden); engine s = median of "
          f"{ENGINE_RUNS} runs, proven optimal; target (full scale): under {TARGET_SECONDS:g} s and "
          f"{TARGET_RSS_MB:g} MB.")
