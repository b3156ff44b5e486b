"""Search: a question in plain words to the turns that answer it, best first, with who said it,
in which meeting, on which date. Created once at start-up; safe to share between threads."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge import analysis
from knowledge.index import Index, lucene_idf
from knowledge.models import MeetingSummary, Turn, meeting_title
from knowledge.store import Store
from knowledge.transactions import writing

# A question longer than this is cut: nobody types more, and it bounds the work of one query.
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 64
# Passages fetched per turn asked for: a turn with several matching passages counts once.
PASSAGES_PER_TURN = 4
NOBODY = -2   # a person id no passage has
# The languages a reader of one reads next best, nearest first, for a call with no version in
# theirs: Spanish and Portuguese readers read each other's. (French and English readers get the
# version that answered best.)
NEAREST = {"pt": ("es",), "es": ("pt",)}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Hit:
    """One cited turn: the passage that matched best, and where it comes from."""
    meeting_id: str
    date: str
    title: str
    group: str | None
    kind: str
    language: str
    speaker: str
    turn_index: int
    passage: str          # the matching passage of the turn
    text: str             # the whole turn
    score: float
    terms: frozenset[str]  # the query terms this passage holds

    @classmethod
    def of_turn(cls, meeting: MeetingSummary, turn: Turn) -> "Hit":
        """A turn cited without a search (an answer read from the data): the whole turn, no score."""
        return cls(meeting.id, meeting.date, meeting.title, meeting.group, meeting.kind, meeting.language,
                   turn.speaker, turn.index, turn.text, turn.text, 0.0, frozenset())

    def to_json(self) -> dict:
        return {"meeting_id": self.meeting_id, "date": self.date, "title": self.title, "speaker": self.speaker,
                "turn_index": self.turn_index, "text": self.passage, "score": round(self.score, 4)}


class Searcher:
    """BM25 over the passages of every meeting, ranked exactly (see ``index.py``)."""

    def __init__(self, store: Store):
        self.store = store
        if store.analysis_version() != analysis.VERSION:
            log.warning("the search index was built by another version of Acta's text analysis: rebuilding it")
            reindex(store, stale_only=True)
        for mid in store.unindexed_meetings():
            _reindex_meeting(store, mid)
        self.index = Index(store)

    def terms(self, question: str) -> list[str]:
        return analysis.query_terms(question[:MAX_QUERY_CHARS])[:MAX_QUERY_TERMS]

    def search(self, question: str, k: int = 5, *, meeting: str | list[str] | None = None,
               speaker: str | Sequence[str] | None = None, since: dt.date | str | None = None,
               language: str | None = None) -> list[Hit]:
        """The ``k`` best turns for ``question``, optionally within meetings, the words of one
        speaker or several, or from a date on.

        A call held in several languages counts once: a turn found in two versions is one hit,
        cited in ``language`` when the call has a version in it (else as found).

        Within a speaker's words their name is left out of the question ("what did Humberto say
        about…"): every passage of theirs carries it, so it would only bring their every turn."""
        terms = self.terms(question)
        if speaker:
            # (Without the names first: "sur la réunion" is the topic once they are gone.)
            theirs = {w for name in ([speaker] if isinstance(speaker, str) else speaker) for w in analysis.words(name)}
            terms = self.terms(" ".join(w for w in analysis.words(question) if w not in theirs)) or terms
        if not terms or k <= 0:
            return []
        mask = self._mask(meeting, speaker, since)
        if mask is not None and not mask.any():
            return []
        query = set(terms)
        wanted = k * PASSAGES_PER_TURN
        while True:
            scored = self.index.top(terms, wanted, mask)
            hits = self._turns(scored, k, query)
            # A few long turns (or one turn in several versions) can fill a page of passages:
            # ask for more until k turns are found or the candidates run out.
            if len(hits) == k or len(scored) < wanted:
                return [self.in_language(h, language, query) for h in hits] if language else hits
            wanted *= 4

    def _turns(self, scored, k: int, query: set[str]) -> list[Hit]:
        """The best ``k`` distinct turns among scored passages, a call's versions counted once."""
        rows = self.store.passages([s.passage_id for s in scored])
        hits: list[Hit] = []
        seen: set[tuple] = set()
        for s in scored:
            row = rows.get(s.passage_id)
            if row is None:             # replaced by an ingest since the query's snapshot
                continue
            key = ((row["family"], row["family_turn"]) if row["family_turn"] is not None
                   else (row["meeting_id"], row["turn_index"], "own"))
            if key in seen:
                continue
            seen.add(key)
            hits.append(_hit(row, s.score, query))
            if len(hits) == k:
                break
        return hits

    def in_language(self, hit: Hit, language: str, query: set[str]) -> Hit:
        """The same turn in the call's ``language`` version, else in its version in the nearest
        language a reader of ``language`` reads (``NEAREST``: Spanish for a Portuguese reader),
        its passage richest in the query's terms (the hit itself when the call has no such
        version or the turn is not aligned)."""
        for wanted in (language, *NEAREST.get(language, ())):
            if hit.language == wanted:
                return hit
            aligned = self.store.aligned_turn(hit.meeting_id, hit.turn_index, wanted)
            found = self.store.turn_passages(*aligned) if aligned else []
            if found:
                row = max(found, key=lambda r: (len(query & set(r["tokens"].split())), -r["position"]))
                return _hit(row, hit.score, query)
        return hit

    def _mask(self, meeting, speaker, since):
        meetings = None
        if meeting is not None:
            numbers = self.store.meeting_numbers()
            wanted = [meeting] if isinstance(meeting, str) else list(meeting)
            meetings = [numbers[m] for m in self.store.family(wanted) if m in numbers]
        persons = None
        if speaker:
            names = [speaker] if isinstance(speaker, str) else list(speaker)
            persons = [self.store.person_id(name) for name in names]
            persons = [p for p in persons if p is not None] or [NOBODY]
        date = int(str(since).replace("-", "")[:8]) if since else None
        return self.index.mask(meetings, persons, date)

    def idf(self, term: str) -> float:
        """How rare a term is in the whole archive (0 when absent)."""
        postings = self.store.postings([term])
        return lucene_idf(self.index.n_docs, len(postings[term][0])) if term in postings else 0.0


def _hit(row: dict, score: float, query: set[str]) -> Hit:
    return Hit(meeting_id=row["meeting_id"], date=row["date"], title=meeting_title(row["group"], row["kind"]),
               group=row["group"], kind=row["kind"], language=row["language"], speaker=row["speaker"],
               turn_index=row["turn_index"], passage=row["text"], text=row["turn_text"], score=score,
               terms=frozenset(query & set(row["tokens"].split())))


def reindex(store: Store, *, stale_only: bool = False) -> int:
    """Rebuild the whole search index from the stored turns, with the current text analysis, in
    one transaction (a failure leaves the old index as it was); returns the passages indexed.
    ``stale_only``: unless it was built with the current analysis (checked in the transaction, so
    that of two processes starting at once only the first rebuilds)."""
    with writing(store.db):
        if stale_only and store.analysis_version() == analysis.VERSION:
            return 0
        store.clear_index(analysis.VERSION)
        count = sum(_reindex_meeting(store, mid) for mid in store.unindexed_meetings())
        store.compact(0)
    return count


def _reindex_meeting(store: Store, mid: str) -> int:
    """Index a meeting from its stored turns (stored before the index existed, or in a rebuild);
    returns how many passages."""
    from knowledge import passages
    from knowledge.models import Transcript

    detail = store.meeting(mid)
    transcript = Transcript(date=dt.date.fromisoformat(detail.summary.date), start_utc=None,
                            group=detail.summary.group, kind=detail.summary.kind,
                            language=detail.summary.language, turns=detail.turns, people=())
    return store.index_passages(mid, passages.rows(transcript))
