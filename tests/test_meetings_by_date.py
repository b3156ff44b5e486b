"""The meetings a question's dates name: several dates, a month without a year, a month to come or
gone by, last month, the last meeting, and words that only look like dates."""
from __future__ import annotations

import datetime as dt

import pytest

from bot import render
from knowledge import ingest, which_days
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import DEMO


def test_dates_not_named_together_keep_the_first(archive):
    from knowledge import which_days as its
    meetings = archive.store.meetings()
    for question, ids in [("In 2020, what did Humberto say about what was decided in 2016?", ["lacralo-2020-02-17-fr"]),
                          ("At the call of 12 October 2026, what was said about the webinar of 26 October 2026?",
                           ["naralo-2026-10-12-en"]),
                          ("Qu'a-t-on dit de la médiation en 2016, 2018 et 2020 ?", ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"])]:
        assert ids == [m.id for m in its.dated(question, meetings, "en")], question


def test_several_dates_years_or_months_name_several_meetings(archive):
    for question in ("Who attended the calls of June 2016 and February 2020?", "Who attended in 2016 and 2020?",
                     "Who attended on 20 June 2016 and on 17 February 2020?"):
        answer = archive.ask(question)
        assert ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"] == [p.meeting.id for p in answer.parts], question


def _on_22_november(archive) -> Answerer:
    """The archive on 22 November 2026, with the LACRALO monthly call scheduled (the third Monday)."""
    from jobs import calendar

    monthly = [calendar.Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO")]
    now = dt.datetime(2026, 11, 22, tzinfo=dt.timezone.utc)
    return Answerer(archive.store, archive.searcher, today=lambda: now.date(),
                    next_event=lambda titled=None, after=None: calendar.next_occurrence(monthly, now, titled=titled, after=after))


@pytest.mark.parametrize("short, question", [
    ("meetings in december?", "Is there some meeting in December?"), ("reuniones en diciembre?", "¿Hay alguna reunión en diciembre?"),
    ("appels en décembre ?", "Y a-t-il un appel en décembre ?"), ("reuniões em dezembro?", "Tem alguma reunião em dezembro?"),
])
def test_the_meetings_of_a_month_to_come_asked_in_two_words_are_those_scheduled(archive, short, question):
    # (none held then: what is scheduled or announced, not "I can't find that meeting")
    later = _on_22_november(archive)
    coming = later.ask(short)
    assert ("next", "2026-12-21") == (coming.kind, coming.occurrence.start_utc.date().isoformat())
    assert render.plain(later.ask(question)) == render.plain(coming)


@pytest.mark.parametrize("question, kind", [
    ("meetings in october?", "meetings"),                   # held then
    ("Which meetings were held in December?", "no_meeting"), ("how many calls did LACRALO have in december?", "no_meeting"),
    ("reuniones en agosto?", "no_meeting"),                 # gone by, none held
])
def test_the_meetings_of_a_month_gone_by_are_those_held(archive, question, kind):
    assert kind == _on_22_november(archive).ask(question).kind


def test_a_month_without_a_year_is_its_latest_occurrence(archive):
    agenda = archive.ask("¿Cuál fue el orden del día de la llamada de septiembre?")
    assert ("agenda", "2026-09-21") == (agenda.kind, agenda.meeting.date)
    assert "Aceptación universal en la región" in render.plain(agenda)   # the call's Spanish version
    june = archive.ask("Who attended the call in June?")
    assert ("attendance", "lacralo-2016-06-20-fr") == (june.kind, june.meeting.id)
    assert "no_meeting" == archive.ask("Who attended the call in December?").kind
    assert "attendance" == archive.ask("may I know who attended the last call?").kind


def test_words_that_look_like_months_name_no_month(archive):
    assert "agenda" == archive.ask("May I see the agenda?").kind
    assert "no_meeting" != archive.ask("Who attended the march in Asunción?").kind
    fifth = archive.ask("Who attended on 5 October?")
    assert ("attendance", "afralo-2026-10-05-fr") == (fifth.kind, fifth.meeting.id)


@pytest.mark.parametrize("question, searched", [
    ("Qu'a dit Sergio sur la médiation en février 2020 ?", "Qu'a dit Sergio sur la médiation en ?"),
    ("What was said at the February 2020 meeting about the mediator?", "What was said at the about the mediator?"),
    ("¿Qué se dijo del presupuesto el 20 de junio de 2016?", "¿Qué se dijo del presupuesto el"),
    ("What was said on 20/06/2016 about Montevideo?", "What was said on about Montevideo?"),
    ("¿Qué se dijo del presupuesto el mes pasado?", "¿Qué se dijo del presupuesto"),
    ("Qu'a-t-on dit le mois passe sur l'IPv6 ?", "Qu'a-t-on dit sur l'IPv6 ?"),
    ("O que foi dito no mês passado sobre IDN?", "O que foi dito sobre IDN?"),
    ("What may we expect in May 2016?", "What may we expect in"),
    ("What was said about the webinar in September 2026?", "What was said about the webinar in"),  # the topic
])
def test_the_words_that_date_a_question(question, searched):
    assert searched == which_days.without_dates(question)


def test_a_date_in_a_question_chooses_the_meetings_searched(answerer):
    # Without the date Sergio's words on the mediator are found; with it, they still are (the
    # date's words no longer pull the welcome turn that says it).
    answer = answerer.ask("Qu'a dit Sergio sur la médiation en février 2020 ?")
    assert ("Sergio Salinas Porto", "2020-02-17") == (answer.sources[0].speaker, answer.sources[0].date)
    assert "médiateur" in " ".join(answer.quote) and {"2020-02-17"} == {h.date for h in answer.sources}
    assert answer.question == "Qu'a dit Sergio sur la médiation en février 2020 ?"
    in_2016 = answerer.ask("What was said about the mediation working group in June 2016?", k=10)
    assert in_2016.sources and {"2016-06-20"} == {h.date for h in in_2016.sources}
    # A date no meeting has is an event's date: searched like any words.
    event = answerer.ask("Quand aura lieu l'événement du 30 août à Montevideo ?")
    assert "Aida Noblia" == event.sources[0].speaker


def test_a_month_alone_is_a_deadline_not_a_meeting(archive):
    # The September call set the October deadline: a month alone does not choose the meetings.
    answer = archive.ask("¿Cuál es el plazo para enviar comentarios de octubre?")
    assert ("Patricia Villanueva", "2026-09-21") == (answer.sources[0].speaker, answer.sources[0].date)
    # Scoped to a month that finds nothing, the question is searched everywhere.
    assert "webinar" in " ".join(archive.ask("What was said about the webinar in September 2026?").quote)


def test_last_month_is_the_calendar_month_before_today(tmp_path):
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store), today=lambda: dt.date(2026, 11, 22))
        answer = answerer.ask("Who sent apologies last month?")
        assert ["2026-10-05", "2026-10-12", "2026-10-26"] == [part.meeting.date for part in answer.parts]
        assert "several" == answerer.ask("Qui s'est excusé le mois dernier ?").kind
        answerer.today = lambda: dt.date(2026, 10, 2)
        assert ["2026-09-21"] == [answerer.ask("¿Quién se disculpó el mes pasado?").meeting.date]


@pytest.mark.parametrize("question, kind, meetings", [
    ("¿Cuándo fue la última reunión de AFRALO?", "meetings", ["afralo-2026-10-05-fr"]),
    ("Was there a meeting in October 2026?", "meetings",
     ["afralo-2026-10-05-fr", "naralo-2026-10-12-en", "lacralo-webinar-2026-10-26-pt"]),
    ("hubo reunion en marzo?", "no_meeting", None),
    ("When was the last AFRALO call?", "meetings", ["afralo-2026-10-05-fr"]),
    ("Quand a eu lieu la dernière réunion de NARALO ?", "meetings", ["naralo-2026-10-12-en"]),
    # A topic makes it a search: "the last call for volunteers", "a call on the budget".
    ("When was the last call for volunteers?", "passage", None),
    ("Was there a call on the budget?", "passage", None),
    ("¿Hubo una reunión sobre el presupuesto?", "passage", None),
])
def test_when_was_the_last_meeting(archive, question, kind, meetings):
    answer = archive.ask(question)
    assert kind == answer.kind
    if meetings is not None:
        assert meetings == [m.id for m in answer.meetings]
