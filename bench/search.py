"""Search benchmark (issue 3): Acta's index beside rank_bm25's full scan and bm25s.

    .venv/bin/python bench/search.py [--sizes 10000,100000,1000000] [--queries 200] [--workdir DIR --reuse]

For each corpus size it measures, each system in its own subprocess (so peak RSS, read with
``getrusage(RUSAGE_SELF).ru_maxrss``, belongs to that system alone):

- **Acta**: ingest (``Store.index_passages`` in segments of ``--batch`` passages, then
  ``Store.compact(0)``) into a real SQLite file; then, in a fresh process, cold start (``Store`` +
  ``Index`` + the first ``Index.top``) and the latency of ``Index.top(terms, 10)`` per query.
- **rank_bm25**: ``LuceneBM25(tokens).get_scores(terms)`` over the whole corpus, then the top 10 by
  (-score, id): the reference Acta must equal ("identical top-10"). Few queries at large sizes.
- **bm25s**: ``bm25s.BM25(method="lucene")`` with Acta's k1 and b over the same token lists: build,
  save, then load and query in a fresh process.

The corpus is the real QMSum meetings (train + val, some 50-60k passages made as ``acta eval``
makes them); larger sizes add perturbed copies of them (see ``make_corpus``). Queries are QMSum's
``specific`` queries through ``knowledge.analysis.query_terms``, as ``Searcher`` does.

This file runs the measurements and prints the table; the corpus is made by ``corpus.py`` and each
measurement runs in ``children.py``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, Path(__file__).resolve().parent):    # run as a script: knowledge/, corpus.py, children.py
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import children  # noqa: E402
from children import K, TIE_MARGIN  # noqa: E402
from corpus import DROP, SPLITS  # noqa: E402

QMSUM = ROOT.parent / "shared" / "eval" / "qmsum"
TARGETS = {"p50_100k_ms": 5.0, "cold_100k_s": 2.0, "rss_100k_mb": 400.0, "p50_1m_ms": 50.0}


# --- orchestration (parent process) -----------------------------------------------------------

class Skipped(Exception):
    """A measurement that did not run (over budget, failed): the reason goes in the table."""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_child(kind: str, spec: dict, timeout: float) -> dict:
    """Run one measurement in a fresh interpreter; its result, or Skipped with the reason."""
    tag = f"-{spec['tag']}" if spec.get("tag") else ""
    out = Path(spec["workdir"]) / f"result-{kind}-{spec['n']}{tag}.json"
    out.unlink(missing_ok=True)
    spec = {**spec, "out": str(out), "spawned": time.time()}
    try:
        proc = subprocess.run([sys.executable, children.__file__, kind, json.dumps(spec)],
                              timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    except subprocess.TimeoutExpired:
        raise Skipped(f"skipped: over the {timeout:.0f} s budget") from None
    if proc.returncode != 0 or not out.exists():
        tail = (proc.stderr or "").strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        raise Skipped(f"failed: {tail[0][:120]}")
    return json.loads(out.read_text())


def evict(*paths: Path) -> None:
    """Drop files from the OS page cache (best effort), so a cold start reads the disk."""
    for path in paths:
        for p in [path] if path.is_file() else sorted(path.rglob("*")) if path.is_dir() else []:
            if p.is_file():
                fd = os.open(p, os.O_RDONLY)
                try:
                    os.fsync(fd)
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                except OSError:
                    pass
                finally:
                    os.close(fd)


def built(kind: str, artefact: Path, spec: dict, corpus: dict, reuse: bool, timeout: float) -> dict:
    """Build an index in a subprocess, or reuse one a previous run left with the same corpus."""
    stamp = artefact.with_name(artefact.name + ".build.json")
    # The real passages change when the analysis does: their count, vocabulary and token count
    # stand for the corpus (with its version and DROP).
    key = {"corpus": [corpus[k] for k in ("version", "drop", "real", "vocab", "tokens")],
           "n": spec["n"], "batch": spec.get("batch"), "merge_over": spec.get("merge_over")}
    if reuse and artefact.exists() and stamp.exists():
        saved = json.loads(stamp.read_text())
        if saved.get("key") == key:
            log(f"{kind} n={spec['n']}: reusing {artefact}")
            return {**saved["result"], "reused": True}
    result = run_child(kind, spec, timeout)
    stamp.write_text(json.dumps({"key": key, "result": result}))
    return result


def percentile(values: list[float], q: float) -> float:
    """numpy's default (linear) percentile, without importing numpy into the parent."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    at = (len(ordered) - 1) * q / 100
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def measure(args, workdir: Path, n: int, state: dict) -> dict:
    """Every system at one corpus size: {"n", "systems": [{"name", "build", "query"} or {"name", "error"}]}."""
    systems: list[dict] = []
    base = {"workdir": str(workdir), "n": n}

    db = workdir / f"acta-{n}.db"
    log(f"n={n}: Acta ingest ({args.batch:,} passages per segment, then compact(0))")
    try:
        build = built("acta-build", db, {**base, "db": str(db), "batch": args.batch, "profile": args.profile,
                                         "merge_over": args.merge_over}, state["corpus"], args.reuse, args.timeout)
        evict(db, db.with_name(db.name + "-wal"))
        log(f"n={n}: Acta queries")
        query = run_child("acta-query", {**base, "db": str(db), "queries": args.queries}, args.timeout)
        systems.append({"name": "Acta", "build": build, "query": query})
    except Skipped as e:
        systems.append({"name": "Acta", "error": str(e)})

    name = "rank_bm25 full scan"
    count = args.queries if n < args.baseline_slow_size else min(args.queries, args.baseline_slow_queries)
    previous = state.get("baseline")
    if n > args.baseline_max_size:
        systems.append({"name": name, "error": f"skipped: above --baseline-max-size {args.baseline_max_size:,}"})
    elif previous and (rss := previous["rss_mb"] * n / previous["n"]) > args.baseline_max_rss_mb:
        systems.append({"name": name, "error": f"skipped: would need ~{rss:,.0f} MB "
                                               f"(--baseline-max-rss-mb {args.baseline_max_rss_mb:g})"})
    elif previous and (seconds := (previous["build_s"] + percentile(previous["lat_ms"], 50) / 1000 * count)
                       * n / previous["n"]) > args.baseline_budget:
        systems.append({"name": name, "error": f"skipped: would take ~{seconds:,.0f} s "
                                               f"(--baseline-budget {args.baseline_budget:g})"})
    else:
        log(f"n={n}: rank_bm25 full scan ({count} queries)")
        try:
            result = run_child("baseline", {**base, "queries": count}, args.baseline_budget)
            state["baseline"] = {**result, "n": n}
            systems.append({"name": name, "build": {"build_s": result["build_s"], "rate": n / result["build_s"],
                                                    "rss_mb": None}, "query": result, "reference": True})
        except Skipped as e:
            systems.append({"name": name, "error": str(e)})

    path = workdir / f"bm25s-{n}"
    log(f"n={n}: bm25s build")
    try:
        build = built("bm25s-build", path, {**base, "path": str(path)}, state["corpus"], args.reuse, args.timeout)
    except Skipped as e:
        build = {"error": str(e)}
    for backend in args.bm25s_backends.split(","):
        name = f"bm25s ({backend})"
        if "error" in build:
            systems.append({"name": name, "error": build["error"]})
            continue
        if backend == "numba" and importlib.util.find_spec("numba") is None:
            systems.append({"name": name, "error": "skipped: numba is not installed"})
            continue
        log(f"n={n}: bm25s queries, {backend} backend")
        try:
            evict(path)
            query = run_child("bm25s-query", {**base, "path": str(path), "backend": backend,
                                              "queries": args.queries, "tag": backend}, args.timeout)
            systems.append({"name": name, "build": build, "query": query})
        except Skipped as e:
            systems.append({"name": name, "error": str(e)})
    return {"n": n, "systems": systems}


def reference_tops(row: dict) -> list[list[int]] | None:
    return next((s["query"]["tops"] for s in row["systems"] if s.get("reference")), None)


def same_tops(tops: list[list[int]], reference: list[list[int]]) -> tuple[int, int]:
    """How many of the reference's queries got exactly its top-10 (the reference ran the first ones)."""
    return sum(a == b for a, b in zip(tops, reference)), len(reference)


def table(rows: list[dict]) -> list[str]:
    lines = ["| passages | system | build s | ingest passages/s | cold start s (from spawn) | p50 ms | p95 ms "
             "| queries | peak RSS MB: query (build) | identical top-10 |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        n = f"{row['n']:,}"
        reference = reference_tops(row)
        for system in row["systems"]:
            if "error" in system:
                lines.append(f"| {n} | {system['name']} | {system['error']} | | | | | | | |")
                continue
            build, query = system["build"], system["query"]
            reused = " (reused)" if build.get("reused") else ""
            cold = f"{query['cold_s']:.2f} ({query['spawn_s']:.2f})" if "cold_s" in query else "n/a (no index on disk)"
            rss = f"{query['rss_mb']:.0f}" + (f" ({build['rss_mb']:.0f})" if build.get("rss_mb") else "")
            if system.get("reference"):
                same = "reference"
            elif reference is None:
                same = "n/a (no baseline)"
            else:
                same = "{}/{}".format(*same_tops(query["tops"], reference))
            lat = query["lat_ms"]
            lines.append(f"| {n} | {system['name']} | {build['build_s']:.1f}{reused} | {build['rate']:,.0f} | {cold} | "
                         f"{percentile(lat, 50):.2f} | {percentile(lat, 95):.2f} | {len(lat)} | {rss} | {same} |")
    return lines


def verdicts(rows: list[dict]) -> list[str]:
    """The issue's targets, met or not, at the sizes nearest 100k and 1M that were run."""
    acta = [(r, s) for r in rows for s in r["systems"] if s["name"] == "Acta" and "query" in s]
    out: list[str] = []

    def check(label: str, value: float, limit: float, unit: str) -> None:
        verdict = "met" if value <= limit else "MISSED"
        out.append(f"- {label}: {value:.2f} {unit} (target ≤ {limit:g} {unit}) — {verdict}")

    if acta:
        row, system = min(acta, key=lambda rs: abs(rs[0]["n"] - 100_000))
        size, query = f"{row['n']:,}", system["query"]
        check(f"p50 at {size}", percentile(query["lat_ms"], 50), TARGETS["p50_100k_ms"], "ms")
        check(f"cold start at {size} (Store + Index + first query)", query["cold_s"], TARGETS["cold_100k_s"], "s")
        check(f"peak RSS at {size} (query process)", query["rss_mb"], TARGETS["rss_100k_mb"], "MB")
        row, system = max(acta, key=lambda rs: rs[0]["n"])
        if row["n"] >= 500_000:
            check(f"p50 at {row['n']:,}", percentile(system["query"]["lat_ms"], 50), TARGETS["p50_1m_ms"], "ms")
    for row, system in acta:
        reference = reference_tops(row)
        if reference is None:
            out.append(f"- identical top-10 at {row['n']:,}: not checked (no baseline)")
        else:
            same, total = same_tops(system["query"]["tops"], reference)
            out.append(f"- identical top-10 at {row['n']:,}: {same}/{total} — {'met' if same == total else 'MISSED'}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="corpus sizes in passages, comma-separated")
    parser.add_argument("--queries", type=int, default=200,
                        help="QMSum specific queries per size (latency percentiles)")
    parser.add_argument("--batch", type=int, default=20_000, help="passages per index_passages call (one segment each)")
    parser.add_argument("--merge-over", type=int, metavar="SEGMENTS",
                        help="also call Store.compact(SEGMENTS) after every segment, as `acta ingest` does "
                             "(64) with one segment per meeting (try --batch 300)")
    parser.add_argument("--baseline-max-size", type=int, default=1_000_000, help="skip rank_bm25 above this size")
    parser.add_argument("--baseline-slow-size", type=int, default=500_000,
                        help="from this size on, rank_bm25 runs only --baseline-slow-queries queries")
    parser.add_argument("--baseline-slow-queries", type=int, default=20,
                        help="how many (the first ones) at those sizes: each takes seconds")
    parser.add_argument("--baseline-budget", type=float, default=300,
                        help="seconds rank_bm25 may take at one size (predicted from the previous size, then enforced)")
    parser.add_argument("--baseline-max-rss-mb", type=float, default=8000,
                        help="skip rank_bm25 when its peak RSS, extrapolated from the previous size, would exceed this")
    parser.add_argument("--bm25s-backends", default="numpy,numba",
                        help="bm25s query backends to measure (numba: its fast path, if numba is installed)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds any other measurement may take")
    parser.add_argument("--workdir", type=Path,
                        help="where corpora and indexes go (default: a temporary directory, removed)")
    parser.add_argument("--reuse", action="store_true",
                        help="reuse the corpus, SQLite files and bm25s indexes a previous run left in --workdir")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile Acta's ingest into WORKDIR/profile-acta-build-N.txt")
    parser.add_argument("--qmsum", type=Path, default=QMSUM, help="QMSum directory with train/ and val/")
    parser.add_argument("--json", type=Path, help="also write every measurement to this file")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    if (args.reuse or args.profile) and not args.workdir:
        parser.error("--reuse and --profile need --workdir")

    started = time.perf_counter()
    temporary = None
    if args.workdir:
        workdir = args.workdir.resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        temporary = tempfile.mkdtemp(prefix="acta-bench-")
        workdir = Path(temporary)
    try:
        log(f"corpus: QMSum {'+'.join(SPLITS)} from {args.qmsum}, up to {max(sizes):,} passages, in {workdir}")
        if not args.reuse:
            (workdir / "corpus.json").unlink(missing_ok=True)
        # Even this runs in a child: ru_maxrss survives exec, so the parent must stay small
        # for its children's peaks to be their own.
        corpus = run_child("prepare", {"workdir": str(workdir), "n": max(sizes), "size": max(sizes),
                                       "qmsum": str(args.qmsum), "queries": args.queries}, args.timeout)
        state: dict = {"corpus": corpus}
        rows = [measure(args, workdir, n, state) for n in sizes]
        wall = time.perf_counter() - started
    finally:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)

    terms, K1, B = corpus["terms"], corpus["k1"], corpus["b"]
    imports_rss = next((f"{s['query']['imports_rss_mb']:.0f}" for r in rows for s in r["systems"]
                        if s["name"] == "Acta" and "query" in s), "?")
    merging = f" (with `Store.compact({args.merge_over})` after each)" if args.merge_over is not None else ""
    python = sys.version.split()[0]
    print(f"## Search benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, Python {python})\n")
    print("\n".join(table(rows)))
    print("\nTargets (issue 3):")
    print("\n".join(verdicts(rows)))
    print(f"""
Notes:
- Corpus: {corpus['real']:,} real passages of the QMSum train+val meetings ({corpus['real_tokens']} tokens
  on average, vocabulary {corpus['vocab']:,}), made as `acta eval` makes them (analysis ran at
  {corpus['analysis_rate']:,} passages/s, not counted in ingest). Sizes above {corpus['real']:,} add copies of them;
  copy c drops each token but the first with probability {DROP} (numpy generator seeded with c), so
  tf, lengths and postings differ between copies, but the vocabulary does not grow: every posting
  list grows with the corpus, the worst case for query time.
- Queries: {len(terms)} QMSum `specific` queries (fixed shuffle of train+val) through `query_terms`
  ({min(terms)}-{max(terms)} terms, median {sorted(terms)[len(terms) // 2]}); top-{K}; BM25 with k1={K1}, b={B},
  Lucene idf everywhere.
- Latency: one query at a time, after the cold query, terms already analysed. Acta: `Index.top`;
  rank_bm25: `get_scores` + top-{K} selection; bm25s: `retrieve` of the top {K + TIE_MARGIN} (float32
  scores), ordered by (-score, id) and cut at {K}, so that ties at the cut do not count as differences
  (float32 can still swap near-ties). bm25s's numba backend compiles its scorer at load: that is in
  its cold start.
- Cold start: a fresh process, the index files dropped from the page cache first (posix_fadvise,
  best effort): open (`Store` + `Index` / `bm25s.BM25.load`) and answer one query. In parentheses,
  from spawning the interpreter (imports included).
- Peak RSS: `ru_maxrss` of the process that serves the queries (in parentheses: of the build).
  An interpreter with Acta's imports alone peaks at {imports_rss} MB. rank_bm25 builds and queries in one
  process, and its build holds the corpus token lists.
- Acta ingest: `Store.index_passages` in segments of {args.batch:,} passages{merging}, then `Store.compact(0)`;
  the synthetic meetings and turns that passages belong to are written first and not counted.
- rank_bm25 at sizes ≥ {args.baseline_slow_size:,} runs the first {args.baseline_slow_queries} queries only (each scans
  every passage in Python); "identical top-10" there counts those queries.
- Wall time of this run: {wall / 60:.1f} min.""")
    if args.json:
        args.json.write_text(json.dumps({"corpus": corpus, "rows": rows, "wall_s": wall}, indent=1))


if __name__ == "__main__":
    main()
