"""Which meetings a question on a topic searches: those of a month named as when it was said
("What did they say about universal acceptance in September?"), the webinar named as where ("o
que falaram sobre IDN no webinário?"), and not when the month or the webinar is what is talked
of ("the comments due in October", "what did they say about the webinar?"); a day no meeting
was held on is what was said of it ("¿Qué pasa el 17 de noviembre?")."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from knowledge import which_days, which_meetings
from knowledge.answers import Answerer

@pytest.mark.parametrize("question, days", [
    ("What did they say about universal acceptance in September?", ["2026-09-21"]),
    ("¿Qué se dijo sobre aceptación universal en septiembre?", ["2026-09-21"]),
    ("O que falaram sobre aceitação universal em setembro?", ["2026-09-21"]),
    ("Qu'est-ce qui a été dit sur l'acceptation universelle au mois de septembre ?", ["2026-09-21"]),
    ("In September, what was said about universal acceptance?", ["2026-09-21"]),
    ("What did they say about IPv6 in October?", ["2026-10-05", "2026-10-12", "2026-10-26"]),
    ("What was said about mediation in June?", ["2016-06-20"]),        # the latest June that has a meeting
])
def test_a_month_alone_dates_a_question_asking_what_was_said(archive, question, days):
    searched, within = archive.scope(question, "en")
    meetings = {m.id: m.date for m in archive.store.meetings()}
    assert days == sorted({meetings[i] for i in within}) and not re.search(r"(?i)sept|set|oct|june", searched)


def test_universal_acceptance_in_september_is_the_september_call(archive):
    answer = archive.ask("What did they say about universal acceptance in September?")
    assert ("José Martínez", "2026-09-21") == (answer.sources[0].speaker, answer.sources[0].date)


@pytest.mark.parametrize("question", [
    "What was said about the comments due in October?",     # a deadline's month
    "What did they say about the event in December?",       # an event's
    "¿Qué dijeron del taller en noviembre?", "Qu'ont-ils dit de l'atelier en novembre ?",
    "What did they say about the deadline in October?", "O que disseram sobre o prazo em outubro?",
    "¿Cuál es el plazo para enviar comentarios de octubre?",   # "de": of the comments
    "What happens in October?",                             # asks no one's words
    "What did they say about the May event?",               # no preposition before it
    "What did they say about the march in Asunción?",        # a march, not March
])
def test_a_month_alone_of_what_is_talked_of_dates_no_meeting(archive, question):
    assert (question, None) == archive.scope(question, "en")
    assert not which_days.month_said_in(question)



@pytest.mark.parametrize("question, searched", [
    ("What was said about IDN in the webinar?", "What was said about IDN"),
    ("O que falaram sobre IDN no webinário?", "O que falaram sobre IDN"),
    ("¿Qué se dijo sobre IDN en el webinar de LACRALO?", "¿Qué se dijo sobre IDN"),
    ("Qu'a-t-on dit sur les IDN au webinaire ?", "Qu'a-t-on dit sur les IDN ?"),
    ("What did Lucía say during the LACRALO webinar?", "What did Lucía say"),
])
def test_the_webinar_named_as_where_it_was_said_is_searched(archive, question, searched):
    assert (searched, ["lacralo-webinar-2026-10-26-pt"]) == archive.scope(question, "en")


@pytest.mark.parametrize("question", ["What was said about IDN in the webinar?", "O que falaram sobre IDN no webinario?",
                                      "¿Qué se dijo sobre IDN en el webinar?"])
def test_idn_in_the_webinar_is_joao_s_presentation(archive, question):
    answer = archive.ask(question)
    assert ("João da Silva", "lacralo-webinar-2026-10-26-pt") == (answer.sources[0].speaker, answer.sources[0].meeting_id)


def test_what_someone_said_in_the_webinar_is_theirs_there(archive):
    answer = archive.ask("What did Lucía say in the webinar?")
    assert {("Lucía de la Fuente", "lacralo-webinar-2026-10-26-pt")} == {(h.speaker, h.meeting_id) for h in answer.sources}
    assert "próximo webinário" not in " ".join(answer.quote)        # not the closing line for saying "webinar"


@pytest.mark.parametrize("question", [
    "What did they say about the webinar?", "O que disseram sobre o webinário?",   # the webinar is the topic
    "What was said about the IPv6 webinar?", "What was said in the IPv6 webinar?",  # one named by its topic
    "Anything in the webinar series about DNS?", "What was said about IDN in the webinar schedule?",
    "What did Ethan say in the NARALO webinar?",                    # NARALO has none
    "When is the next webinar?", "What was said about IDN?",
])
def test_a_webinar_that_is_no_meeting_searched(archive, question):
    assert which_meetings.webinar_said_in(question, archive.store.meetings()) is None
    assert (question, None) == archive.scope(question, "en")


@pytest.mark.parametrize("question, day", [
    ("¿Qué pasa el 17 de noviembre?", "2026-11-17"), ("What happens on 17 November?", "2026-11-17"),
    ("le 5 janvier ?", "2027-01-05"),                   # the nearest: next year's
    ("What was said on 17 November 2020?", "2020-11-17"),
    ("What happens in November?", None), ("Who attended on 5 and 12 October?", None),   # a month; several days
])
def test_the_one_day_a_question_names(question, day):
    found = which_days.day_named(question, dt.date(2026, 11, 22))
    assert day == (found.isoformat() if found else None)


@pytest.mark.parametrize("question", ["¿Qué pasa el 17 de noviembre?", "What happens on 17 November?",
                                      "Qu'est-ce qui se passe le 17 novembre ?"])
def test_a_day_gone_by_is_what_was_said_of_it(archive, question):
    # Not the Asunción forum "los días 14 y 15 de noviembre", nor "the end of November".
    answerer = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 22))
    answer = answerer.ask(question)
    assert ("Carlos Medina", "lacralo-webinar-2026-10-26-pt") == (answer.sources[0].speaker, answer.sources[0].meeting_id)
    assert "17 de novembro" in " ".join(answer.quote)


def test_a_day_said_within_days_said_is_that_passage(archive):
    answerer = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 22))
    answer = answerer.ask("What happens on 15 November?")          # "los días 14 y 15 de noviembre en Asunción"
    assert "Asunción" in " ".join(answer.quote), answer.quote
