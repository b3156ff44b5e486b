"""Follow-ups at the archive's ends: "And the next one?" after the latest meeting held is no
meeting not found: that was the latest (with the next call scheduled, when the calendar has one),
and "and the one before?" before the earliest, the earliest. A part of
``knowledge.answers.Answerer`` (which gives it ``timezones``)."""
from __future__ import annotations

from knowledge import intents
from knowledge.models import Answer, MeetingSummary


class NextFollowUps:
    """Follow-ups past the meetings held (a part of ``Answerer``)."""

    def _beyond(self, on: list[MeetingSummary], step: int, question: str, lang: str,
                meetings: list[MeetingSummary], next_event) -> Answer:
        """ "And the next one?" after the latest meeting held (``step`` 1), "and the one before?"
        before the earliest (-1): an answer of kind "no_further" about that meeting; after the
        latest, with the next scheduled call of its group (else of any) as its part, occurrence
        None when none is scheduled (``next_event(titled)``, the asker's calendar)."""
        if step < 0:
            return Answer("no_further", lang, question, meeting=min(on, key=lambda m: m.date), flags=frozenset({"earliest"}))
        latest = max(on, key=lambda m: m.date)
        titled = intents.event_named(latest.group, meetings) if latest.group else None
        found = (next_event(titled) if titled else None) or next_event()
        return Answer("no_further", lang, question, meeting=latest, parts=(
            Answer("next", lang, question, occurrence=found, timezones=self.timezones),))
