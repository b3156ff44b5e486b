"""How often a topic comes up in the calls: the turns that mention it, counted by meeting and by
speaker ("How many times was IPv6 mentioned?", "Which meetings discussed the budget?", "Who
talked the most about DNS abuse?", "¿Cuántas veces habló Aida de Montevideo?").

A turn mentions a topic when it holds every word of it, each in any of the four languages' stems
or a glossary translation ("mediación" is found as "médiation" and "mediation"). Turns are those
search indexes (interpreters' asides and passages of a word or two are not), and a call
transcribed in several languages counts once, in the version stored first."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from knowledge import analysis
from knowledge.models import MeetingSummary
from knowledge.store import Store
from knowledge.text import fold


@dataclass(frozen=True)
class Mentions:
    topic: str                                          # the topic as asked
    turns: int                                          # how many turns mention it
    by_meeting: tuple[tuple[MeetingSummary, int], ...]  # oldest first
    by_speaker: tuple[tuple[str, int], ...]             # most first (ties: the first to mention it)
    turn_keys: frozenset[tuple[str, int]] = frozenset()  # (meeting, turn) of each turn counted


def mentions(store: Store, topic: str, *, meetings: list[str] | None = None,
             speakers: list[str] | None = None) -> Mentions:
    """The turns that mention ``topic`` (within these meetings and speakers' turns, if given)."""
    forms = analysis.word_forms(topic)
    if not forms:
        return Mentions(topic, 0, (), ())
    # A name must be said as a name ("Aida" is not French "aide", though both stem "aid"): a
    # capitalised word standing alone, with no translation ("Universal Acceptance" is a topic).
    nouns = analysis.proper_nouns(topic, start=0)
    names = [w for w in forms if w in nouns and not nouns[w] and not forms[w].translations]
    stems = set().union(*(f.stems for f in forms.values()))
    postings = store.postings(sorted(stems))
    # The passages holding each stem; a turn must say every word (in any of its passages).
    holding = {t: set(postings[t][0].tolist()) for t in stems if t in postings}
    rows = store.passages(sorted(set().union(*holding.values())))
    terms_in: dict[tuple, set[str]] = {}
    first: dict[tuple, dict] = {}
    for pid, row in rows.items():
        key = (row["meeting_id"], row["turn_index"])
        terms_in.setdefault(key, set()).update(t for t, ids in holding.items() if pid in ids)
        first.setdefault(key, row)
    wanted_meetings = set(store.family(meetings)) if meetings else None
    summaries = {m.id: m for m in store.meetings()}
    root_of = {v: m.id for m in summaries.values() for _, v in m.versions}
    seen: set[tuple] = set()
    by_meeting: Counter[str] = Counter()
    by_speaker: Counter[str] = Counter()
    counted: set[tuple[str, int]] = set()
    order: dict[str, tuple] = {}
    for key in sorted(terms_in, key=lambda k: (summaries[root_of.get(k[0], k[0])].date, k[0], k[1])):
        row = first[key]
        if not all(f.said_in(terms_in[key]) for f in forms.values()) or not _said(forms, row) \
                or not all(analysis.names_in(row["turn_text"], row["language"], w, forms[w]) for w in names):
            continue
        if wanted_meetings is not None and row["meeting_id"] not in wanted_meetings:
            continue
        if speakers is not None and row["speaker"] not in speakers:
            continue
        # A turn found in two language versions of a call counts once.
        call = (row["family"], row["family_turn"]) if row["family_turn"] is not None else key
        counted.add(key)        # (each version's turn: sources are cited in the member's language)
        if call in seen:
            continue
        seen.add(call)
        root = root_of.get(row["meeting_id"], row["meeting_id"])
        by_meeting[root] += 1
        by_speaker[row["speaker"]] += 1
        order.setdefault(row["speaker"], key)
    rank = {name: i for i, name in enumerate(order)}
    return Mentions(
        topic, sum(by_meeting.values()),
        tuple((summaries[mid], n) for mid, n in sorted(by_meeting.items(), key=lambda x: summaries[x[0]].date)),
        tuple(sorted(by_speaker.items(), key=lambda x: (-x[1], rank[x[0]]))), frozenset(counted))


def _said(words, row: dict) -> bool:
    """A word of the speaker's own name is indexed with each of their passages: it is mentioned
    only when the turn says it ("How many times was Medina mentioned?")."""
    own = set(fold(row["speaker"]).split())
    said = set(fold(row["turn_text"]).split())
    return all(w in said for w in words if w in own)
