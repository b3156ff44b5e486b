"""Which months a question about what is coming names (knowledge/events_asked.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge import events_asked
from knowledge.text import fold

ON_15_JULY = dt.date(2026, 7, 15)       # April, May and June are just gone by
ON_10_JUNE = dt.date(2026, 6, 10)       # March, April and May


@pytest.mark.parametrize("question, today, gone", [
    ("any events in may?", ON_15_JULY, True), ("¿Hubo algo en junio?", ON_15_JULY, True),
    ("Quoi de neuf en mars ?", ON_10_JUNE, True), ("any events in august?", ON_15_JULY, False),     # still to come
    # a month's name inside another word names no month
    ("When is the next call with the mayor?", ON_15_JULY, False), ("¿Cuándo es la próxima marcha?", ON_10_JUNE, False),
    ("When do the junior members meet next?", ON_15_JULY, False),
    ("Quand est le prochain appel, mais en ligne ?", ON_10_JUNE, False),
    ("Próxima reunião do conselho maior?", ON_10_JUNE, False),
])
def test_a_month_gone_by_is_one_the_question_names(question, today, gone):
    assert gone == events_asked.month_gone(fold(question), today)


@pytest.mark.parametrize("question", ["any events with Augusto?", "¿Hay algún evento con Augusto?"])
def test_a_name_holding_a_month_s_name_is_asked_what_is_coming(archive, question):
    from knowledge.answers import Answerer
    on_22_november = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 22))
    assert "next" == on_22_november.ask(question).kind     # (not "August", just gone by: nothing found)


@pytest.mark.parametrize("question, naralo", [("what time is the naralo call", True), ("When is the next euralo call?", False)])
def test_a_regional_group_named_is_its_events_with_no_meeting_read(question, naralo):
    titled = events_asked.event_named(question, [])        # (an empty archive)
    assert (False, naralo) == (titled("LACRALO monthly call"), titled("NARALO monthly call"))


@pytest.mark.parametrize("question", ["what time is the call", "when is the next meeting?", "what time is the coral call"])
def test_no_group_named_is_any_event(question):
    assert events_asked.event_named(question, []) is None


def test_on_an_empty_archive_the_time_of_a_group_s_call_is_not_another_s(tmp_path):
    from bot import render
    from jobs import calendar
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store
    now = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)
    events = [calendar.Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO")]
    with Store(tmp_path / "a.db") as store:
        answerer = Answerer(store, Searcher(store), today=lambda: now.date(),
                            next_event=lambda titled=None, after=None: calendar.next_occurrence(events, now, titled=titled,
                                                                                               after=after))
        said = render.plain(answerer.ask("what time is the naralo call")).split("\n")
        assert said[0] == "Nothing like that is scheduled. The next event:" and said[1].startswith("LACRALO monthly call")
        assert render.plain(answerer.ask("what time is the lacralo call")).startswith("LACRALO monthly call — 21 December")
