"""Follow-ups past the meetings held and about the next call: "And the next one?" after the
latest meeting (that was the latest, and the next call scheduled), "and the one before?" before
the earliest; after "When is the next call?", "and the one after that?", "and when was the last
one?", "and tomorrow?"."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.dialogue import Dialogue, Member
from jobs import calendar
from knowledge.answers import Answerer

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
MONTHLY = calendar.Event("LACRALO monthly call", dt.datetime(2026, 9, 21, 23, 0), ZoneInfo("UTC"), "FREQ=MONTHLY;BYDAY=3MO")


def _talk(archive, events=(MONTHLY,)) -> tuple[Dialogue, Member]:
    """A conversation on 22 November 2026 with the LACRALO monthly call (third Monday) scheduled,
    by a member whose client says no language (the question's own is the reply's)."""
    events = list(events)
    answerer = Answerer(archive.store, archive.searcher, today=lambda: NOW.date(),
                        next_event=calendar.next_finder(lambda: events, lambda: NOW))
    return Dialogue(archive.store, answerer, events=events, clock=lambda: NOW), Member(1, None, chat=-100)


def _replies(archive, *questions: str, events=(MONTHLY,)) -> list[str]:
    """The first reply to each question, asked one after the other, tags taken out."""
    talk, ana = _talk(archive, events)
    return [talk.question(q, ana)[0].html.replace("<b>", "").replace("</b>", "") for q in questions]


@pytest.mark.parametrize("first, then, said", [
    ("who chaired the webinar?", "and the next one?",
     "That was the latest meeting I know of: LACRALO webinar, 26 October 2026.\nNext scheduled:\n"
     "LACRALO monthly call — 21 December 2026"),
    ("resumen del webinar", "¿Y la siguiente?", "Esa fue la última reunión que conozco: seminario web de LACRALO, "
                                                "26 de octubre de 2026.\nPróximo evento programado:\nLACRALO monthly call — 21 de diciembre de 2026"),
    ("qui a présidé le webinaire ?", "Et celle d'après ?", "C'était la dernière réunion que je connais : webinaire de LACRALO"),
    ("quien presidio el webinar?", "e a seguinte?", "Essa foi a última reunião que conheço"),
    ("when was the last meeting?", "and the next one?", "That was the latest meeting I know of: LACRALO webinar"),
    ("who chaired the 2016 call?", "and the one before?", "That is the earliest meeting I know of: LACRALO monthly call, 20 June 2016."),
    ("qui a présidé la réunion de 2016 ?", "et celle d'avant ?", "C'est la plus ancienne réunion que je connais : appel mensuel de LACRALO, 20 juin 2016."),
])
def test_past_the_latest_or_before_the_earliest_meeting_is_said_so(archive, first, then, said):
    _, reply = _replies(archive, first, then)
    assert reply.startswith(said)
    assert "can't find" not in reply and "No encuentro" not in reply


def test_before_the_earliest_meeting_gives_no_next_call(archive):
    _, reply = _replies(archive, "who chaired the 2016 call?", "and the previous one?")
    assert "earliest" in reply and "scheduled" not in reply and "December" not in reply


def test_with_nothing_scheduled_the_latest_meeting_says_so(archive):
    _, reply = _replies(archive, "who chaired the webinar?", "and the next one?", events=())
    assert "That was the latest meeting I know of: LACRALO webinar, 26 October 2026.\nNo call is scheduled yet." == reply


def test_the_next_call_after_the_latest_is_its_groups(archive):
    naralo = calendar.Event("NARALO monthly call", dt.datetime(2026, 12, 14, 19, 0), ZoneInfo("UTC"))
    early = calendar.Event("AFRALO monthly call", dt.datetime(2026, 12, 1, 18, 0), ZoneInfo("UTC"))
    _, reply = _replies(archive, "who chaired the webinar?", "and the next one?", events=(early, naralo, MONTHLY))
    assert "LACRALO monthly call — 21 December 2026" in reply          # LACRALO's, not the sooner AFRALO call
    # a group with nothing scheduled: the next call of any
    talk, ana = _talk(archive, (early, naralo))
    talk.question("who chaired the webinar?", ana)
    (reply,) = talk.question("and the next one?", ana)
    assert "AFRALO monthly call</b> — 1 December 2026" in reply.html


def test_after_the_edge_the_conversation_is_still_on_the_latest_meeting(archive):
    replies = _replies(archive, "who chaired the webinar?", "and the next one?", "and the one before?", "who chaired it?")
    assert replies[2].startswith("Lucía de la Fuente chaired the LACRALO monthly call, 21 September 2026")
    assert replies[3].startswith("Lucía de la Fuente chaired the LACRALO monthly call, 21 September 2026")


def test_between_meetings_the_next_one_is_still_the_meeting_after(archive):
    replies = _replies(archive, "quand a eu lieu la dernière réunion NARALO ?", "et la suivante ?", "et la suivante ?")
    assert "12 octobre 2026 — appel mensuel de NARALO" in replies[0]
    assert "26 octobre 2026 — webinaire de LACRALO" in replies[1]                   # (a meetings list, then the next)
    assert replies[2].startswith("C'était la dernière réunion que je connais : webinaire de LACRALO")


@pytest.mark.parametrize("first, then", [
    ("who chaired the webinar?", "and the next item?"),              # an agenda's, not a meeting
    ("who chaired the webinar?", "and next week?"),                  # a period
    ("who chaired the webinar?", "what are the next steps?"),        # a topic
    ("what did they say about IDN in the webinar?", "and the next one?"),     # after a quotation: no meeting asked
])
def test_what_is_not_past_the_latest_meeting(archive, first, then):
    _, reply = _replies(archive, first, then)
    assert "latest meeting I know of" not in reply
