"""The search benchmark's corpus and queries: the real QMSum meetings as passages, made exactly
as ``acta eval`` makes them, and perturbed copies of them up to the size asked for."""
from __future__ import annotations

import json
import random
import time
from pathlib import Path

SPLITS = ("train", "val")
# Copies beyond the real passages drop each token with this probability (never the first one).
DROP = 0.1
# Bumped whenever the corpus derivation changes, so --reuse never mixes two corpora.
CORPUS_VERSION = 1


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def real_passages(qmsum: Path) -> tuple[list[list[str]], list[str]]:
    """Tokens and texts of every passage of the QMSum meetings, made as ``evaluation.load_qmsum``
    makes them (speaker turns, English analysis, ``passages.rows``)."""
    import datetime as dt

    from knowledge import passages, people
    from knowledge.models import Transcript, Turn

    tokens, texts = [], []
    for split in SPLITS:
        for m in _read_jsonl(qmsum / split / "meetings.jsonl"):
            turns = tuple(Turn(index=j, speaker=people.display_name(t["speaker"] or "Unknown"),
                               label=t["speaker"] or "", role="member", text=t["text"] or "",
                               person=people.key(t["speaker"] or "Unknown"))
                          for j, t in enumerate(m["turns"]))
            transcript = Transcript(date=dt.date(2000, 1, 1), start_utc=None, group=None, kind="call",
                                    language="en", turns=turns, people=())
            for row in passages.rows(transcript):
                tokens.append(list(row.tokens))
                texts.append(row.text)
    return tokens, texts


def make_corpus(qmsum: Path, size: int, directory: Path) -> dict:
    """Write the first ``size`` passages to ``directory`` (token ids, offsets, vocabulary, texts).

    Passages 0..R-1 are the R real ones; passage k >= R is copy k // R of real passage k % R, with
    each of its tokens but the first dropped with probability DROP (numpy's generator seeded with the
    copy number): tf, lengths and postings differ between copies, the vocabulary does not grow
    (the worst case for query time: every posting list grows with the corpus)."""
    import numpy as np

    meta_file = directory / "corpus.json"
    if meta_file.exists():
        meta = json.loads(meta_file.read_text())
        if meta["version"] == CORPUS_VERSION and meta["drop"] == DROP and meta["size"] >= size:
            return meta
    started = time.perf_counter()
    tokens, texts = real_passages(qmsum)
    analysed = time.perf_counter() - started
    vocab: dict[str, int] = {}
    ids = np.fromiter((vocab.setdefault(t, len(vocab)) for p in tokens for t in p), dtype=np.int32)
    lengths = np.fromiter((len(p) for p in tokens), dtype=np.int64, count=len(tokens))
    real = len(tokens)
    flats, lens, have, copy = [ids], [lengths], real, 1
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    while have < size:
        keep = np.random.default_rng(copy).random(len(ids)) >= DROP
        keep[starts] = True
        flats.append(ids[keep])
        lens.append(np.add.reduceat(keep.astype(np.int64), starts))
        have += real
        copy += 1
    lengths = np.concatenate(lens)[:size]
    offsets = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    flat = np.concatenate(flats)[:offsets[-1]]
    np.save(directory / "corpus-tokens.npy", flat)
    np.save(directory / "corpus-offsets.npy", offsets)
    (directory / "corpus-vocab.json").write_text(json.dumps(list(vocab)))
    (directory / "corpus-texts.json").write_text(json.dumps(texts))
    meta = {"version": CORPUS_VERSION, "drop": DROP, "size": int(len(lengths)), "real": real,
            "copies": copy - 1, "vocab": len(vocab), "tokens": int(offsets[-1]),
            "real_tokens": round(float(ids.size) / real, 1),
            "analysis_s": round(analysed, 2), "analysis_rate": round(real / analysed)}
    meta_file.write_text(json.dumps(meta))
    return meta


def make_queries(qmsum: Path, n: int) -> list[dict]:
    """``n`` QMSum specific queries (a fixed shuffle of train + val) with their query terms."""
    from knowledge.analysis import query_terms
    from knowledge.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS

    queries = [q for split in SPLITS for q in _read_jsonl(qmsum / split / "queries.jsonl")
               if q.get("query_type", "specific") == "specific"]
    random.Random(0).shuffle(queries)
    return [{"id": q["query_id"], "query": q["query"],
             "terms": query_terms(q["query"][:MAX_QUERY_CHARS])[:MAX_QUERY_TERMS]} for q in queries[:n]]
