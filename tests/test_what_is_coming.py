"""What is coming asked in members' words ("o que vem por aí em dezembro", "¿qué se viene?"), and
what those words do not ask (a search)."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answers import Answerer


@pytest.fixture(scope="module")
def on_23_november(archive) -> Answerer:
    return Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 23))


@pytest.mark.parametrize("question", ["o que vem por ai em dezembro", "O que vem por aí em dezembro?",
                                      "what's coming in december?", "¿Qué se viene en diciembre?",
                                      "Qu'est-ce qui vient en décembre ?"])
def test_what_is_coming_in_a_month(on_23_november, question):
    answer = on_23_november.ask(question)
    assert ("next", ["Toronto", "Bogotá"]) == (answer.kind, [a.mention.place for a in answer.announced])


@pytest.mark.parametrize("question", ["¿qué se viene?", "what's coming?", "o que vem pela frente?"])
def test_what_is_coming_alone(on_23_november, question):
    assert "next" == on_23_november.ask(question).kind


@pytest.mark.parametrize("question", ["what is coming from the alac statement?", "o que vem depois do ponto 2?",
                                      "que viene despues de la encuesta?"])
def test_what_comes_of_something_is_no_question_about_events(on_23_november, question):
    assert "next" != on_23_november.ask(question).kind


@pytest.mark.parametrize("question, said", [
    ("what time is the naralo call", "Last time it started at 19:00 UTC: NARALO monthly call, 12 October 2026."),
    ("a que horas é a chamada do naralo?",
     "Da última vez começou às 19:00 UTC: chamada mensal de NARALO, 12 de outubro de 2026."),
    # (a call: the monthly call, not the later LACRALO webinar)
    ("¿A qué hora es la llamada de LACRALO?", "La última vez comenzó a las 23:00 UTC: llamada mensual de LACRALO, "
                                              "21 de septiembre de 2026."),
    ("à quelle heure est l'appel de l'AFRALO ?", "La dernière fois, début à 14:00 UTC : appel mensuel d'AFRALO, 5 octobre 2026."),
])
def test_the_time_of_a_call_none_is_scheduled_of_is_when_the_last_started(on_23_november, question, said):
    from bot import render
    assert said == render.plain(on_23_november.ask(question)).split("\n")[-1]


def test_the_time_of_a_call_scheduled_is_the_next_ones(archive):
    from jobs import calendar
    monthly = [calendar.Event.declared("NARALO monthly call", "2026-05-11T19:00", "UTC", "FREQ=MONTHLY;BYDAY=2MO")]
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
    answer = Answerer(archive.store, archive.searcher, today=now.date,
                      next_event=calendar.next_finder(lambda: monthly, lambda: now)).ask("what time is the naralo call")
    assert ("2026-12-14", {}) == (answer.occurrence.start_utc.date().isoformat(), answer.names)


@pytest.mark.parametrize("question", ["what time was the naralo call", "a que hora es la reunion comunitaria de icann67",
                                      "what time is the naralo call about ipv6 today?", "when is the next naralo call?"])
def test_the_time_of_a_call_held_or_of_another_is_not_the_next(on_23_november, question):
    assert "held" not in on_23_november.ask(question).names



@pytest.mark.parametrize("question", ["o que vem em novembro?", "what's happening in November?",
                                      "qu'est-ce qui arrive en novembre ?", "¿qué pasa en noviembre?"])
def test_what_is_coming_in_a_month_said_otherwise(archive, question):
    """("o que vem em novembro?" was searched: a LACRALO call's goodbye was quoted.)"""
    answer = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 2)).ask(question)
    assert ("next", ["2026-11-14", "2026-11-17", "2026-11-19"]) == (answer.kind, [a.mention.date for a in answer.announced])


@pytest.mark.parametrize("question", ["o que vem depois em novembro do relatorio?", "what's happening with the budget?",
                                      "o que tem em outubro?", "what's on in november about dns?"])
def test_those_words_without_a_month_to_come_ask_no_events(archive, question):
    assert "next" != Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 2)).ask(question).kind
