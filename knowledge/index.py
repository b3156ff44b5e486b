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


class Index:
    """The in-memory side of the search index: passage lengths and filter columns, loaded
    once and reloaded when the store's index version changes. Postings stay in SQLite."""

    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()
        self.version = -1
        self.refresh()

    def refresh(self) -> None:
        version = self.store.index_version()
        if version == self.version:
            return
        with self._lock:
            cols = self.store.passage_columns()
            size = int(cols["id"].max()) + 1 if len(cols["id"]) else 1
            self.ids = cols["id"]
            self.doc_len = np.zeros(size, dtype=np.int64)
            self.doc_len[cols["id"]] = cols["length"]
            self.meeting = np.full(size, -1, dtype=np.int64)
            self.meeting[cols["id"]] = cols["meeting"]
            self.person = np.full(size, -1, dtype=np.int64)
            self.person[cols["id"]] = cols["person"]
            self.date = np.zeros(size, dtype=np.int64)
            self.date[cols["id"]] = cols["date"]
            self.n_docs = len(cols["id"])
            self.avgdl = int(cols["length"].sum()) / self.n_docs if self.n_docs else 0.0
            self.version = version

    def top(self, terms: Sequence[str], k: int, mask: np.ndarray | None = None) -> list[Scored]:
        """The ``k`` best passages for the query terms (those allowed by ``mask``), best first."""
        self.refresh()
        if not self.n_docs or not terms or k <= 0:
            return []
        postings = self.store.postings(list(dict.fromkeys(terms)))
        query = [t for t in terms if t in postings]
        if not query:
            return []
        idf = {t: lucene_idf(self.n_docs, len(postings[t][0])) for t in query}
        ids_parts, contrib_parts = [], []
        for q in query:
            docs, q_freq = postings[q]
            doc_len = self.doc_len[docs]
            # The expression of BM25Okapi.get_scores, term for term, so the floats are the same.
            contrib_parts.append((idf.get(q) or 0) * (q_freq * (K1 + 1) /
                                                      (q_freq + K1 * (1 - B + B * doc_len / self.avgdl))))
            ids_parts.append(docs)
        ids = np.concatenate(ids_parts)
        scores = np.bincount(ids, weights=np.concatenate(contrib_parts), minlength=len(self.doc_len))
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
        return self._rescore(query, postings, idf, np.sort(candidates))[:k]

    def _rescore(self, query, postings, idf, candidates: np.ndarray) -> list[Scored]:
        """Final scores and order from rank_bm25's get_batch_scores over the candidates."""
        position = {int(c): i for i, c in enumerate(candidates)}
        doc_freqs: list[dict[str, int]] = [{} for _ in candidates]
        for q in query:
            docs, tfs = postings[q]
            hit = np.isin(docs, candidates)
            for d, tf in zip(docs[hit].tolist(), tfs[hit].tolist()):
                doc_freqs[position[d]][q] = tf
        scorer = LuceneBM25.for_candidates(self.n_docs, self.avgdl, idf, doc_freqs, self.doc_len[candidates])
        scores = scorer.get_batch_scores(query, list(range(len(candidates))))
        order = sorted(range(len(candidates)), key=lambda i: (-scores[i], int(candidates[i])))
        return [Scored(int(candidates[i]), float(scores[i])) for i in order if scores[i] > 0]

    def mask(self, meetings: Sequence[int] | None = None, persons: Sequence[int] | None = None,
             since: int | None = None) -> np.ndarray | None:
        """Which passages a filter allows (meeting numbers, person ids, a YYYYMMDD date)."""
        if meetings is None and persons is None and since is None:
            return None
        self.refresh()
        allowed = np.zeros(len(self.doc_len), dtype=bool)
        allowed[self.ids] = True
        if meetings is not None:
            allowed &= np.isin(self.meeting, np.asarray(list(meetings), dtype=np.int64))
        if persons is not None:
            allowed &= np.isin(self.person, np.asarray(list(persons), dtype=np.int64))
        if since is not None:
            allowed &= self.date >= since
        return allowed
