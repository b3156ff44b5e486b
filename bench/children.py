"""The search benchmark's measured work, one subprocess each (so that peak RSS, read with
``getrusage(RUSAGE_SELF).ru_maxrss``, belongs to that system alone):

    python bench/children.py KIND SPEC_JSON      # run by bench/search.py, not by hand
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, Path(__file__).resolve().parent):    # run as a script: knowledge/ and corpus.py
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from corpus import make_corpus, make_queries  # noqa: E402

K = 10
# Extra results asked of bm25s so that ties at the cut can be ordered by id (Acta's RESCORE_MARGIN).
TIE_MARGIN = 16


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)   # KiB on Linux


def _load_tokens(workdir: Path, start: int, stop: int):
    """The token lists of passages start..stop-1 (the str objects are shared through the vocabulary)."""
    import numpy as np

    offsets = np.load(workdir / "corpus-offsets.npy", mmap_mode="r")[start:stop + 1]
    flat = np.load(workdir / "corpus-tokens.npy", mmap_mode="r")[int(offsets[0]):int(offsets[-1])]
    words = np.array(json.loads((workdir / "corpus-vocab.json").read_text()), dtype=object)[flat]
    offsets = offsets - offsets[0]
    return [words[offsets[i]:offsets[i + 1]].tolist() for i in range(stop - start)]


def _top_ids(scores, k: int = K) -> list[int]:
    """Passage ids (index + 1) of the k best positive scores, by (-score, id)."""
    import numpy as np

    n = len(scores)
    candidates = np.arange(n) if n <= k else np.flatnonzero(scores >= np.partition(scores, n - k)[n - k])
    candidates = candidates[scores[candidates] > 0]
    best = candidates[np.lexsort((candidates, -scores[candidates]))][:k]
    return [int(i) + 1 for i in best]


def child_acta_build(workdir: Path, n: int, batch: int, db: str, profile: bool, merge_over: int | None) -> dict:
    """Acta's ingest of the first ``n`` passages into a new SQLite file: times, rate, peak RSS."""
    import datetime as dt
    import hashlib

    from knowledge.models import Document, Transcript, Turn
    from knowledge.store import PassageRow, Store

    texts = json.loads((workdir / "corpus-texts.json").read_text())
    Path(db).unlink(missing_ok=True)
    started = time.perf_counter()
    store = Store(db)
    # Every batch is one synthetic meeting with one turn per passage (Index joins passages to
    # their turn and meeting); made with Store.save, not timed as ingest.
    batches = []
    for number, start in enumerate(range(0, n, batch)):
        stop = min(n, start + batch)
        mid = f"bench-{number:03d}"
        turns = tuple(Turn(index=i, speaker="Bench", label="BENCH", role="member",
                           text=texts[(start + i) % len(texts)]) for i in range(stop - start))
        transcript = Transcript(date=dt.date(2000, 1, 1) + dt.timedelta(days=number), start_utc=None,
                                group=None, kind="call", language="en", turns=turns, people=())
        store.save(transcript, Document(path="bench", filename=f"{mid}.txt", format="txt",
                                        sha256=hashlib.sha256(f"{n}-{mid}".encode()).hexdigest(),
                                        size=0, content=b""), mid=mid)
        batches.append((mid, start, stop))
    setup = time.perf_counter() - started
    profiler = None
    if profile:
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    index_s = merge_s = 0.0
    for mid, start, stop in batches:
        tokens = _load_tokens(workdir, start, stop)   # a batch at a time: the RSS is Acta's, not the corpus'
        rows = [PassageRow(i, 0, texts[(start + i) % len(texts)], t) for i, t in enumerate(tokens)]
        t = time.perf_counter()
        store.index_passages(mid, rows)
        index_s += time.perf_counter() - t
        if merge_over is not None:   # as ingest.ingest_paths does after every file
            t = time.perf_counter()
            store.compact(merge_over)
            merge_s += time.perf_counter() - t
    t = time.perf_counter()
    store.compact(0)
    compact_s = time.perf_counter() - t
    if profiler:
        import io
        import pstats
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        (workdir / f"profile-acta-build-{n}.txt").write_text(out.getvalue())
    count = store.db.execute("SELECT count(*), min(id), max(id) FROM passages").fetchone()
    store.close()
    if tuple(count) != (n, 1, n):
        raise SystemExit(f"passages are {count}, expected {n} with ids 1..{n}")
    build = index_s + merge_s + compact_s
    return {"setup_s": setup, "index_s": index_s, "merge_s": merge_s, "compact_s": compact_s, "build_s": build,
            "rate": n / build, "segments": len(batches), "rss_mb": _rss_mb(),
            "db_mb": round(sum(os.path.getsize(p) for p in Path(db).parent.glob(Path(db).name + "*")) / 2**20, 1)}


def child_acta_query(queries: list[dict], n: int, db: str, spawned: float) -> dict:
    """Acta in a fresh process: cold start, then each query's latency and top-10 ids."""
    from knowledge.index import Index
    from knowledge.store import Store

    imports_rss = _rss_mb()
    started = time.perf_counter()
    store = Store(db)
    index = Index(store)
    first = index.top(queries[0]["terms"], K)
    cold = time.perf_counter() - started
    from_spawn = time.time() - spawned
    if index.n_docs != n:
        raise SystemExit(f"the index holds {index.n_docs} passages, expected {n}")
    latencies, tops = [], []
    for q in queries:
        t = time.perf_counter()
        scored = index.top(q["terms"], K)
        latencies.append((time.perf_counter() - t) * 1000)
        tops.append([s.passage_id for s in scored])
    assert tops[0] == [s.passage_id for s in first]
    return {"cold_s": cold, "spawn_s": from_spawn, "lat_ms": latencies, "tops": tops,
            "rss_mb": _rss_mb(), "imports_rss_mb": imports_rss}


def child_baseline(workdir: Path, queries: list[dict], n: int) -> dict:
    """rank_bm25's full scan: build time, then each query's latency and top-10 ids."""
    from knowledge.index import LuceneBM25

    tokens = _load_tokens(workdir, 0, n)
    started = time.perf_counter()
    bm25 = LuceneBM25(tokens)
    build = time.perf_counter() - started
    del tokens   # rank_bm25 keeps its own per-passage term counts, not the corpus
    latencies, tops = [], []
    for q in queries:
        t = time.perf_counter()
        top = _top_ids(bm25.get_scores(q["terms"]))
        latencies.append((time.perf_counter() - t) * 1000)
        tops.append(top)
    return {"build_s": build, "lat_ms": latencies, "tops": tops, "rss_mb": _rss_mb()}


def child_bm25s_build(workdir: Path, n: int, path: str) -> dict:
    """bm25s's index over the same tokens, built and saved to ``path``."""
    import bm25s

    from knowledge.index import B, K1

    tokens = _load_tokens(workdir, 0, n)
    started = time.perf_counter()
    retriever = bm25s.BM25(k1=K1, b=B, method="lucene")
    retriever.index(tokens, show_progress=False)
    build = time.perf_counter() - started
    shutil.rmtree(path, ignore_errors=True)
    retriever.save(path)
    return {"build_s": build, "rate": n / build, "rss_mb": _rss_mb()}


def child_bm25s_query(queries: list[dict], path: str, backend: str, spawned: float) -> dict:
    """bm25s in a fresh process: load (cold start), then each query's latency and top-10 ids."""
    import bm25s
    import numpy as np

    imports_rss = _rss_mb()

    def top(retriever, terms):
        if not terms:   # the numba backend refuses an empty query
            return []
        # bm25s cuts ties at the k-th score arbitrarily: ask for Acta's margin more, order by
        # (-score, id) and cut, so that "identical" compares scores, not tie-breaking.
        docs, scores = retriever.retrieve([terms], k=K + TIE_MARGIN, show_progress=False)
        order = np.lexsort((docs[0], -scores[0]))
        return [int(docs[0][i]) + 1 for i in order if scores[0][i] > 0][:K]

    started = time.perf_counter()
    retriever = bm25s.BM25.load(path, backend=backend)   # numba: compiles its scorer here
    top(retriever, queries[0]["terms"])
    cold = time.perf_counter() - started
    from_spawn = time.time() - spawned
    latencies, tops = [], []
    for q in queries:
        t = time.perf_counter()
        tops.append(top(retriever, q["terms"]))
        latencies.append((time.perf_counter() - t) * 1000)
    return {"cold_s": cold, "spawn_s": from_spawn, "lat_ms": latencies, "tops": tops,
            "rss_mb": _rss_mb(), "imports_rss_mb": imports_rss}


def child_prepare(workdir: Path, spec: dict) -> dict:
    """The corpus files and queries.json every other measurement reads."""
    from knowledge.index import B, K1

    corpus = make_corpus(Path(spec["qmsum"]), spec["size"], workdir)
    queries = make_queries(Path(spec["qmsum"]), spec["queries"])
    (workdir / "queries.json").write_text(json.dumps(queries))
    return {**corpus, "k1": K1, "b": B, "queries": len(queries), "terms": [len(q["terms"]) for q in queries]}


def child_main(kind: str, spec: dict) -> None:
    workdir = Path(spec["workdir"])
    if kind == "prepare":
        Path(spec["out"]).write_text(json.dumps(child_prepare(workdir, spec)))
        return
    queries = json.loads((workdir / "queries.json").read_text())[:spec.get("queries", 0)]
    if kind == "acta-build":
        result = child_acta_build(workdir, spec["n"], spec["batch"], spec["db"], spec["profile"],
                                  spec.get("merge_over"))
    elif kind == "acta-query":
        result = child_acta_query(queries, spec["n"], spec["db"], spec["spawned"])
    elif kind == "baseline":
        result = child_baseline(workdir, queries, spec["n"])
    elif kind == "bm25s-build":
        result = child_bm25s_build(workdir, spec["n"], spec["path"])
    elif kind == "bm25s-query":
        result = child_bm25s_query(queries, spec["path"], spec["backend"], spec["spawned"])
    else:
        raise SystemExit(f"unknown child {kind}")
    Path(spec["out"]).write_text(json.dumps(result))


if __name__ == "__main__":
    child_main(sys.argv[1], json.loads(sys.argv[2]))
