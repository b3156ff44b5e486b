"""Ranking passages with BM25, exactly and without scanning the corpus.

``rank_bm25`` is the scorer. Its Okapi idf, ln((N - n + 0.5) / (n + 0.5)), is zero for a term in
exactly half the passages and negative above that (and rank_bm25 then floors it at a fraction of
the average idf, which makes scores depend on unrelated words). We use Lucene's idf instead,
ln(1 + (N - n + 0.5) / (n + 0.5)): always positive, so a passage that holds no query term scores
exactly 0 and one that holds any scores more. That is what makes candidate generation exact: the
passages that can rank are those in the postings of the query terms, and nothing else.

How a query runs:
1. the postings of the query terms (passage ids and term frequencies, stored in SQLite at ingest
   time) are read; their union is the candidate set;
2. every candidate gets the BM25 score that ``BM25Okapi.get_scores`` would give it (same formula,
   same float operations, vectorised with numpy), and the best ones are kept;
3. those are scored again by ``get_batch_scores`` of a rank_bm25 scorer holding the global
   statistics, which gives the reported scores and the final order (ties: lower passage id first).
"""
from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rank_bm25 import BM25Okapi

from knowledge.store import Store

# BM25's term-frequency saturation and length normalisation. Chosen on QMSum's train split
# (`acta eval`): spoken turns vary wildly in length and long ones are not padding, so length is
# penalised less than rank_bm25's defaults (1.5, 0.75) would.
K1, B = 0.9, 0.2
# How many more candidates than asked for are rescored by rank_bm25 (a margin, not a cut-off:
# the first stage already computes the same scores).
RESCORE_MARGIN = 16


def lucene_idf(n_docs: int, doc_freq: int) -> float:
    """Lucene's BM25 idf: positive for every term, even one in every passage."""
    return math.log(1 + (n_docs - doc_freq + 0.5) / (doc_freq + 0.5))


class LuceneBM25(BM25Okapi):
    """rank_bm25's Okapi BM25 with Lucene's non-negative idf (and Acta's k1, b)."""

    def __init__(self, corpus, k1: float = K1, b: float = B):
        super().__init__(corpus, k1=k1, b=b)

    def _calc_idf(self, nd):
        for word, freq in nd.items():
            self.idf[word] = lucene_idf(self.corpus_size, freq)
        self.average_idf = sum(self.idf.values()) / len(self.idf) if self.idf else 0.0

    @classmethod
    def for_candidates(cls, corpus_size: int, avgdl: float, idf: dict[str, float],
                       doc_freqs: list[dict[str, int]], doc_len: Sequence[int]) -> "LuceneBM25":
        """A scorer over a few candidate passages that carries the whole corpus' statistics
        (size, average length, idf), so its scores equal a full index's."""
        scorer = cls.__new__(cls)
        scorer.k1, scorer.b, scorer.epsilon = K1, B, 0.25
        scorer.corpus_size, scorer.avgdl, scorer.idf = corpus_size, avgdl, idf
        scorer.doc_freqs, scorer.doc_len = doc_freqs, list(doc_len)
        scorer.tokenizer = None
        return scorer


@dataclass(frozen=True)
class Scored:
    passage_id: int
    score: float


@dataclass(frozen=True)
class Columns:
    """One version of the index's in-memory columns, replaced whole when the index changes: a
    query reads one snapshot from start to end, whatever an ingest commits meanwhile."""
    version: int
    ids: np.ndarray
    doc_len: np.ndarray         # by passage id (0: no such passage)
    meeting: np.ndarray
    person: np.ndarray
    date: np.ndarray
    n_docs: int
    avgdl: float

    @classmethod
    def of(cls, store: Store, version: int) -> "Columns":
        cols = store.passage_columns()
        size = int(cols["id"].max()) + 1 if len(cols["id"]) else 1

        def by_id(name: str, fill: int) -> np.ndarray:
            out = np.full(size, fill, dtype=np.int64)
            out[cols["id"]] = cols[name]
            return out

        n = len(cols["id"])
        return cls(version, cols["id"], by_id("length", 0), by_id("meeting", -1), by_id("person", -1),
                   by_id("date", 0), n, int(cols["length"].sum()) / n if n else 0.0)


class Index:
    """The in-memory side of the search index: passage lengths and filter columns, loaded
    once and reloaded when the store's index version changes. Postings stay in SQLite."""

    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()
        self.cols = Columns.of(store, store.index_version())

    @property
    def version(self) -> int:
        return self.cols.version

    @property
    def n_docs(self) -> int:
        return self.cols.n_docs

    def refresh(self) -> Columns:
        """The current snapshot, loaded again when an ingest changed the index."""
        version = self.store.index_version()
        with self._lock:
            if version != self.cols.version:
                self.cols = Columns.of(self.store, version)
            return self.cols

    def top(self, terms: Sequence[str], k: int, mask: np.ndarray | None = None) -> list[Scored]:
        """The ``k`` best passages for the query terms (those allowed by ``mask``), best first."""
        cols = self.refresh()
        if not cols.n_docs or not terms or k <= 0:
            return []
        # Postings written after the snapshot (an ingest committing meanwhile) are left for the
        # next query; a mask made on an older snapshot allows no passage it did not know.
        postings = {t: _known(docs, tfs, cols) for t, (docs, tfs) in self.store.postings(list(dict.fromkeys(terms))).items()}
        postings = {t: p for t, p in postings.items() if len(p[0])}
        if mask is not None and len(mask) != len(cols.doc_len):
            fitted = np.zeros(len(cols.doc_len), dtype=bool)
            fitted[:min(len(mask), len(fitted))] = mask[:len(fitted)]
            mask = fitted
        query = [t for t in terms if t in postings]
        if not query:
            return []
        idf = {t: lucene_idf(cols.n_docs, len(postings[t][0])) for t in query}
        ids_parts, contrib_parts = [], []
        for q in query:
            docs, q_freq = postings[q]
            doc_len = cols.doc_len[docs]
            # The expression of BM25Okapi.get_scores, term for term, so the floats are the same.
            contrib_parts.append((idf.get(q) or 0) * (q_freq * (K1 + 1) /
                                                      (q_freq + K1 * (1 - B + B * doc_len / cols.avgdl))))
            ids_parts.append(docs)
        ids = np.concatenate(ids_parts)
        scores = np.bincount(ids, weights=np.concatenate(contrib_parts), minlength=len(cols.doc_len))
        if mask is not None:
            scores[~mask] = 0.0
        candidates = np.flatnonzero(scores > 0)   # scores are never negative; this is much faster
        wanted = k + RESCORE_MARGIN
        if len(candidates) > wanted:
            # Everything at or above the wanted-th best score, then (-score, id) order: exact
            # even when many passages tie at the cut.
            threshold = np.partition(scores[candidates], len(candidates) - wanted)[len(candidates) - wanted]
            candidates = candidates[scores[candidates] >= threshold]
            candidates = candidates[np.lexsort((candidates, -scores[candidates]))[:wanted]]
        return self._rescore(cols, query, postings, idf, np.sort(candidates))[:k]

    def _rescore(self, cols: Columns, query, postings, idf, candidates: np.ndarray) -> list[Scored]:
        """Final scores and order from rank_bm25's get_batch_scores over the candidates."""
        position = {int(c): i for i, c in enumerate(candidates)}
        doc_freqs: list[dict[str, int]] = [{} for _ in candidates]
        for q in query:
            docs, tfs = postings[q]
            hit = np.isin(docs, candidates)
            for d, tf in zip(docs[hit].tolist(), tfs[hit].tolist()):
                doc_freqs[position[d]][q] = tf
        scorer = LuceneBM25.for_candidates(cols.n_docs, cols.avgdl, idf, doc_freqs, cols.doc_len[candidates])
        scores = scorer.get_batch_scores(query, list(range(len(candidates))))
        order = sorted(range(len(candidates)), key=lambda i: (-scores[i], int(candidates[i])))
        return [Scored(int(candidates[i]), float(scores[i])) for i in order if scores[i] > 0]

    def mask(self, meetings: Sequence[int] | None = None, persons: Sequence[int] | None = None,
             since: int | None = None) -> np.ndarray | None:
        """Which passages a filter allows (meeting numbers, person ids, a YYYYMMDD date)."""
        if meetings is None and persons is None and since is None:
            return None
        cols = self.refresh()
        allowed = np.zeros(len(cols.doc_len), dtype=bool)
        allowed[cols.ids] = True
        if meetings is not None:
            allowed &= np.isin(cols.meeting, np.asarray(list(meetings), dtype=np.int64))
        if persons is not None:
            allowed &= np.isin(cols.person, np.asarray(list(persons), dtype=np.int64))
        if since is not None:
            allowed &= cols.date >= since
        return allowed


def _known(docs: np.ndarray, tfs: np.ndarray, cols: Columns) -> tuple[np.ndarray, np.ndarray]:
    """Postings of the passages in the snapshot only (ids grow: a newer passage's is past its end)."""
    if len(docs) and docs.max() >= len(cols.doc_len):
        keep = docs < len(cols.doc_len)
        return docs[keep], tfs[keep]
    return docs, tfs
