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
