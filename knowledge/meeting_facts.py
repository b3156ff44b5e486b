"""One meeting's facts, read from the stored data: its agenda (with who presented each item),
apologies, attendance, interpreters and languages, chair, readers of the roll call and agenda,
commitments, dates said, who did not speak, who joined late, when it started and how long it
lasted; its summary and survey; and what Acta knows about when search finds nothing.

``MeetingFacts`` is a part of ``knowledge.answers.Answerer`` (which gives it ``store``,
``searcher``, ``timezones`` and the ``_kept`` cache)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge import chairing, intents, lexicon_questions, naming, rollcall
from knowledge.agenda import reading_turn
from knowledge.models import APOLOGY, INTERPRETER_STATUS, PRESENT, STAFF_STATUS, Answer, MeetingSummary
from knowledge.search import Hit
from knowledge.summary import Item, Summary, presenters, summarize, survey
from knowledge.text import fold

MAX_LEAST = 5         # rows of "who spoke least"
APOLOGY_WORD = re.compile(r"\b(?:apolog|excus|disculp|desculp)")
_LANGUAGE_ASKED = re.compile(lexicon_questions.LANGUAGE_ASKED)       # "In what language was the call?"


class MeetingFacts:
    """One meeting's answers from the data (a part of ``Answerer``)."""

    def about(self, kind: str, lang: str, target: MeetingSummary, *, version: str | None = None,
              question: str = "", asked: Sequence[str] = ()) -> Answer:
        """Agenda, apologies, attendance, summary or chair of one meeting: read from ``version`` (one of its ids)
        when given, else from its version in the member's language. ``asked``: whom the question
        asks whether they sent apologies, when its words do not say ("And Linda?")."""
        mid = version or target.version(lang) or target.id
        if kind == "summary":
            return Answer("summary", lang, question, meeting=target, summary=self.summary_of(mid), timezones=self.timezones)
        detail = self.store.meeting(mid)
        if kind in ("started", "lasted"):       # "When did the AFRALO call start?", "How long was it?"
            return Answer(kind, lang, question, meeting=target, timezones=self.timezones,
                          names={"minutes": [m for m in [timed_minutes(detail.turns)] if m]})
        if kind == "dates":         # those the summary gives, each with its turn as a source
            summary, turns = self.summary_of(mid), {t.index: t for t in detail.turns}
            return Answer("dates", lang, question, meeting=target, summary=summary, sources=tuple(
                Hit.of_turn(detail.summary, turns[d.turn]) for d in summary.mentions if d.turn in turns))
        if kind == "chair":
            turn = chairing.chair(detail.turns)
            return Answer("chair", lang, question, meeting=target, names={"chair": [turn.speaker] if turn else []},
                          sources=(Hit.of_turn(detail.summary, turn),) if turn else ())
        if kind == "roll_call_reader":      # "Who read the roll call?": staff, as a rule
            turn = rollcall.roll_call_turn(detail.turns)
            return Answer("roll_call_reader", lang, question, meeting=target,
                          names={"reader": [turn.speaker] if turn else []},
                          sources=(Hit.of_turn(detail.summary, turn),) if turn else ())
        if kind == "agenda_reader":     # "Qui a lu l'ordre du jour ?"
            turn = reading_turn(detail.turns)
            return Answer("agenda_reader", lang, question, meeting=target,
                          names={"reader": [turn.speaker] if turn else []},
                          sources=(Hit.of_turn(detail.summary, turn),) if turn else ())
        if kind == "agenda":        # with who presented the items the agenda names no one for
            items = presenters(detail)      # (those the agenda named no one for are marked: "led")
            return Answer("agenda", lang, question, meeting=target,
                          names={"agenda": [(i.title, i.presenter) for i in items],
                                 "led": [n for n, i in enumerate(items, 1) if i.led]})
        if kind == "commitments":           # the summary's, each with its turn as a source
            found = self.summary_of(mid).commitments
            turns = {t.index: t for t in detail.turns}
            return Answer("commitments", lang, question, meeting=target,
                          names={"commitments": [(c.speaker, c.text) for c in found]},
                          sources=tuple(Hit.of_turn(detail.summary, turns[c.turn]) for c in found))
        if kind in ("silent", "least"):     # "Who didn't speak?": present, never took the floor; "Who spoke least?"
            silent = self.store.silent(target.id)
            if kind == "silent":        # (a transcript without a roll call cannot tell)
                return Answer("silent", lang, question, meeting=target, names={"silent": silent},
                              flags=frozenset() if detail.has_roll_call else frozenset({"no_roll_call"}))
            speaking = self.store.speaking([target.id])[::-1]      # fewest words first
            return Answer("speakers", lang, question, meeting=target, meetings=(target,), known=len(speaking),
                          speaking=tuple(speaking[:intents.top_n(question) or MAX_LEAST]), names={"silent": silent},
                          flags=frozenset({"least"}))
        if kind == "late":      # (a transcript without a roll call cannot tell)
            return Answer("late", lang, question, meeting=target, names={"late": detail.joined_late},
                          flags=frozenset() if detail.has_roll_call else frozenset({"no_roll_call"}))
        present = [(a.name, a.channel) for a in detail.attendance if a.status == PRESENT]
        # Sent apologies, then joined and spoke after all (Humberto Carrasco, 17 February 2020).
        apologised = detail.names(APOLOGY)
        joined = [name for name in apologised if name in {n for n, _ in present}]
        if kind == "apologies":
            # "Did Sergio send apologies?": whether each one named did, then all. "Was Priya
            # absent?" is about her, but asks no such thing (an absence need not be excused).
            named = list(asked) or (naming.people_named(question, self.store.people()) if question else [])
            verdict = bool(asked) or bool(APOLOGY_WORD.search(fold(question)))
            return Answer("apologies", lang, question, meeting=target, names={
                "apologies": apologised, "joined": joined, "asked": named if verdict else [], "about": named})
        if kind == "interpreters":          # as the roll call names them
            channels = [a.channel for a in detail.attendance if a.status == INTERPRETER_STATUS]
            # "The AFRALO call was in what language?": its transcripts' that no channel interpreted into
            # (the 2016 LACRALO call's French transcript is its French channel's: the floor's is not said)
            versions = self.store.versions_languages(target.id)
            return Answer("interpreters", lang, question, meeting=target, names={"interpreters": detail.names(
                INTERPRETER_STATUS), "channels": channels, "languages": [v for v in versions if v not in channels],
                "transcripts": versions},
                flags=frozenset({"language"}) if _LANGUAGE_ASKED.search(fold(question)) else frozenset())
        return Answer("attendance", lang, question, meeting=target, names={
            "present": present, "late": [n for n in detail.joined_late if n not in joined], "apologies": [n for n in apologised if n not in joined],
            "staff": detail.names(STAFF_STATUS), "interpreters": detail.names(INTERPRETER_STATUS), "joined": joined})

    def items_of(self, mid: str) -> list[Item]:
        """A meeting version's agenda items, with who presented each and the turns each spans
        (``summary.presenters``; kept while the archive is unchanged)."""
        return self._kept_of("items", mid, presenters)

    def says_day(self, hit: Hit, day) -> bool:
        """Does the passage's turn say this day (a date said in the call, resolved: "no dia 17 de
        novembro", "next Tuesday")?"""
        return any(m.turn == hit.turn_index and m.precision == "day" and m.date <= day.isoformat() <= (m.end or m.date)
                   for m in self.summary_of(hit.meeting_id).mentions)

    def summary_of(self, mid: str) -> Summary:
        """A meeting version's summary (kept while the archive is unchanged: /events reads those
        of every recent call, and making one takes about 0.1 s)."""
        return self._kept_of("summary", mid, summarize)

    def _kept_of(self, what: str, mid: str, make):
        """``make`` of a meeting version's detail, made once while the archive is unchanged."""
        version = self.store.index_version()
        if self._kept_for != version:
            self._kept, self._kept_for = {}, version
        if (what, mid) not in self._kept:
            self._kept[(what, mid)] = make(self.store.meeting(mid))
        return self._kept[(what, mid)]

    def _survey(self, question: str, lang: str, candidates: list[MeetingSummary]) -> Answer | None:
        """The questions of the latest survey read out in these meetings."""
        for m in reversed(candidates):
            questions = survey(list(self.store.meeting(m.version(lang) or m.id).turns))
            if questions:
                return Answer("survey", lang, question, meeting=m, names={"survey": questions})
        return None

    def nothing(self, question: str, lang: str, meetings: list[MeetingSummary]) -> Answer:
        """No passage answers: say so, and what Acta does know about."""
        topics = []
        for m in reversed(meetings[-3:]):       # (in the member's language version, when there is one)
            topics += [item.title for item in self.store.meeting(m.version(lang) or m.id).agenda][:3]
        return Answer("nothing", lang, question, meetings=tuple(meetings[-5:]), topics=tuple(topics[:6]),
                      known=len(meetings))


def timed_minutes(turns) -> int | None:
    """How long a meeting lasted, in minutes, from its turns' times (a subtitle or Zoom
    transcript): the first turn's start to the last one's end; None when the turns are not timed."""
    timed = [t for t in turns if t.start is not None]
    if len(timed) < 2:
        return None
    return round((max(t.end or t.start for t in timed) - timed[0].start) / 60) or None
