"""What is coming, asked with a group or a kind beside a month or a day ("is there an afralo webinar in
december?", "la llamada de lacralo de diciembre es el 21?", "next month"), and the reminders of a
group's calls ("me avisas un día antes de la llamada de lacralo?")."""
from __future__ import annotations

import datetime as dt

import pytest

from bot import render
from jobs import calendar
from knowledge import about_acta, which_days
from knowledge.answers import Answerer

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
EVENTS = [
    # (the December LACRALO call skipped, as an organiser's exdates say)
    calendar.Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO",
                            exdates=["2026-12-21"]),
    calendar.Event.declared("NARALO monthly call", "2026-01-12T14:00", "America/Toronto", "FREQ=MONTHLY;BYDAY=2MO"),
    calendar.Event.declared("AFRALO webinar: DNS abuse", "2026-12-08T15:00", "UTC"),
]


@pytest.fixture(scope="module")
def scheduled(archive) -> Answerer:
    return Answerer(archive.store, archive.searcher, today=NOW.date,
                    next_event=calendar.next_finder(lambda: EVENTS, lambda: NOW))


@pytest.mark.parametrize("question, title, day", [
    ("is there an afralo webinar in december?", "AFRALO webinar: DNS abuse", "2026-12-08"),   # (was Koffi's line)
    ("is there an afralo webinar next month?", "AFRALO webinar: DNS abuse", "2026-12-08"),
    ("hay un webinar de afralo en diciembre?", "AFRALO webinar: DNS abuse", "2026-12-08"),
    ("y a-t-il un webinaire afralo en décembre ?", "AFRALO webinar: DNS abuse", "2026-12-08"),
    ("tem um webinar da afralo em dezembro?", "AFRALO webinar: DNS abuse", "2026-12-08"),
    ("is there a naralo call in december?", "NARALO monthly call", "2026-12-14"),
    ("y a-t-il un appel naralo le mois prochain ?", "NARALO monthly call", "2026-12-14"),
    ("tem alguma chamada da naralo no mes que vem?", "NARALO monthly call", "2026-12-14"),
])
def test_a_group_s_call_or_webinar_asked_of_a_month_is_its_next_then(scheduled, question, title, day):
    answer = scheduled.ask(question)
    assert ("next", title, day) == (answer.kind, answer.occurrence.event.title, answer.occurrence.start_utc.date().isoformat())


def test_a_group_s_call_that_month_has_none_of_is_none_then(scheduled):
    answer = scheduled.ask("hay una llamada de lacralo el mes que viene?")
    assert ("next", None) == (answer.kind, answer.occurrence)


@pytest.mark.parametrize("question", [
    "is there a webinar about dns abuse in december?",      # a topic: what was said
    "was there an afralo webinar in october?",
])
def test_a_call_with_a_topic_or_gone_by_is_no_question_of_what_is_coming(scheduled, question):
    assert "next" != scheduled.ask(question).kind


@pytest.mark.parametrize("question, reply", [
    # (was Valeria's 21 September opening)
    ("la llamada de lacralo de diciembre es el 21?", "No, el 21 de diciembre de 2026 no. Programado:\n"
                                                     "LACRALO monthly call — 18 de enero de 2027"),
    ("is the december lacralo call on the 21st?", "No, not on 21 December 2026. Scheduled:\n"
                                                  "LACRALO monthly call — 18 January 2027"),
    ("la llamada de lacralo de enero es el 18?", "Sí, el 18 de enero de 2027:\nLACRALO monthly call — 18 de enero de 2027"),
    ("is the december naralo call on the 14th?", "Yes, on 14 December 2026:\nNARALO monthly call — 14 December 2026"),
])
def test_whether_a_group_s_call_is_on_a_day_of_a_month_it_has_none_in(scheduled, question, reply):
    assert render.plain(scheduled.ask(question)).startswith(reply)


@pytest.mark.parametrize("question, first, last", [
    ("anything next month?", "2026-12-01", "2026-12-31"),
    ("¿hay algo el mes que viene?", "2026-12-01", "2026-12-31"),
    ("y a-t-il quelque chose le mois prochain ?", "2026-12-01", "2026-12-31"),
    ("o que tem no mês que vem?", "2026-12-01", "2026-12-31"),
    ("anything this month?", "2026-11-23", "2026-11-30"),
])
def test_next_month_and_this_month_are_days_asked(question, first, last):
    assert (first, last) == tuple(d.isoformat() for d in which_days.days_asked(question, NOW.date()))


def test_next_month_in_december_is_january():
    assert (dt.date(2027, 1, 1), dt.date(2027, 1, 31)) == which_days.days_asked("next month?", dt.date(2026, 12, 31))


@pytest.mark.parametrize("question", [
    "me avisas un dia antes de la llamada de lacralo?",        # (was Inês's greeting)
    "do you remind us before the naralo calls?",
    "tu me préviens la veille du webinaire afralo ?",
])
def test_reminders_asked_of_a_group_s_calls_are_the_reminders(question):
    assert "reminders" == about_acta.asked_of_acta(question)[0]


@pytest.mark.parametrize("question", [
    "me avisas un dia antes de la llamada de lacralo sobre el presupuesto?",
    "can you remind me what naralo decided?",
])
def test_reminders_with_a_topic_are_a_question_of_their_own(question):
    assert about_acta.asked_of_acta(question) is None
