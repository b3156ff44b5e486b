"""Where per-meeting search misses on QMSum, and whether a word-matching search could have hit.

For each split, per domain: the queries, hit@5 within the query's own meeting, and how many of the
misses have no content word in common with any of their gold turns (after Acta's analysis: stems,
accent folding, the four languages; words of the meeting's speaker labels do not count). BM25 can
rank such a gold turn only by luck, so those misses measure vocabulary mismatch, not ranking.

    .venv/bin/python bench/qmsum_gaps.py [../shared/eval/qmsum] [--splits train,val]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.analysis import analyze, query_terms  # noqa: E402
from knowledge.evaluation import qmsum_ranks  # noqa: E402


def _meetings(path: Path) -> dict[str, list[dict]]:
    with path.open(encoding="utf-8") as f:
        return {m["meeting_id"]: m["turns"] for m in map(json.loads, f) if m}


def shares_a_word(query: dict, turns: list[dict]) -> bool:
    labels = {t for turn in turns for t in analyze(turn["speaker"] or "", "en")}
    words = set(query_terms(query["query"])) - labels
    return any(words & set(analyze(turns[i]["text"] or "", "en")) for i in query["relevant_turns"])


def gaps(directory: Path) -> dict[str, dict]:
    meetings = _meetings(directory / "meetings.jsonl")
    rows: dict[str, dict] = defaultdict(lambda: {"n": 0, "hit@5": 0, "missed": 0, "no_shared_word": 0})
    for query, rank in qmsum_ranks(directory, per_meeting=True):
        for domain in (query.get("domain", "?"), "all"):
            row = rows[domain]
            row["n"] += 1
            if rank is not None and rank <= 5:
                row["hit@5"] += 1
            else:
                row["missed"] += 1
                row["no_shared_word"] += not shares_a_word(query, meetings[query["meeting_id"]])
    return dict(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("qmsum", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/eval/qmsum"))
    parser.add_argument("--splits", default="train,val")
    args = parser.parse_args()
    print("| split | domain | queries | hit@5 | misses | misses sharing no word with the gold | "
          "hit@5 on queries that share a word |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for split in args.splits.split(","):
        for domain, r in sorted(gaps(Path(args.qmsum) / split).items(), key=lambda kv: kv[0] == "all"):
            reachable = r["n"] - r["no_shared_word"]
            print(f"| {split} | {domain} | {r['n']} | {r['hit@5'] / r['n']:.3f} | {r['missed']} | "
                  f"{r['no_shared_word']} | {r['hit@5'] / reachable:.3f} |")


if __name__ == "__main__":
    main()
