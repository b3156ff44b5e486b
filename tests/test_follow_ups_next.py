"""Follow-ups past the meetings held and about the next call: "And the next one?" after the
latest meeting (that was the latest, and the next call scheduled), "and the one before?" before
the earliest; after "When is the next call?", "and the one after that?", "and when was the last
one?", "and tomorrow?"."""
from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from bot.dialogue import Dialogue, Member
from jobs import calendar
from knowledge.answers import Answerer

from conftest import first_replies

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
MONTHLY = calendar.Event("LACRALO monthly call", dt.datetime(2026, 9, 21, 23, 0), ZoneInfo("UTC"), "FREQ=MONTHLY;BYDAY=3MO")


def _talk(archive, events=(MONTHLY,), now=NOW) -> tuple[Dialogue, Member]:
    """A conversation on 22 November 2026 (or ``now``) with the LACRALO monthly call (third
    Monday) scheduled, by a member whose client says no language (the question's own is the reply's)."""
    events = list(events)
    answerer = Answerer(archive.store, archive.searcher, today=lambda: now.date(),
                        next_event=calendar.next_finder(lambda: events, lambda: now))
    return Dialogue(archive.store, answerer, events=events, clock=lambda: now), Member(1, None, chat=-100)


def _replies(archive, *questions: str, events=(MONTHLY,), now=NOW) -> list[str]:
    """The first reply to each question, asked one after the other, tags taken out."""
    return first_replies(archive, *questions, talk=_talk(archive, events, now)[0])


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


def test_the_call_after_the_one_shown(archive):
    replies = _replies(archive, "next call?", "and the one after that?", "y la siguiente?", "et celui d'après ?",
                       "and the one before?", "and the one before?")
    assert replies[0].startswith("LACRALO monthly call — 21 December 2026")
    assert replies[1].startswith("LACRALO monthly call — 18 January 2027")
    assert replies[2].startswith("LACRALO monthly call — 15 de febrero de 2027")
    assert replies[3].startswith("LACRALO monthly call — 15 mars 2027")
    assert replies[4].startswith("LACRALO monthly call — 15 February 2027")          # back one
    assert replies[5].startswith("LACRALO monthly call — 18 January 2027")


def test_the_call_after_the_one_shown_is_of_the_kind_asked_for(archive):
    naralo = calendar.Event("NARALO monthly call", dt.datetime(2026, 12, 14, 19, 0), ZoneInfo("UTC"), "FREQ=MONTHLY;BYDAY=2MO")
    replies = _replies(archive, "when is the next LACRALO call?", "and the one after that?", events=(naralo, MONTHLY))
    assert replies[1].startswith("LACRALO monthly call — 18 January 2027")          # not NARALO's 11 January
    once = calendar.Event("IDN workshop", dt.datetime(2026, 12, 3, 15, 0), ZoneInfo("UTC"))
    replies = _replies(archive, "when is the next IDN workshop?", "and the one after that?", events=(once, MONTHLY))
    assert replies[0].startswith("IDN workshop — 3 December 2026")
    assert "Nothing like that is scheduled or announced." == replies[1]


@pytest.mark.parametrize("first, then, said", [
    ("whats the next naralo call", "ok and when was the last one", "• 12 October 2026 — NARALO monthly call"),
    ("when is the next call?", "ok and when was the last one?", "• 21 September 2026 — LACRALO monthly call"),
    ("¿cuándo es la próxima llamada?", "¿y cuándo fue la última?", "• 21 de septiembre de 2026 — llamada mensual de LACRALO"),
    ("prochain appel ?", "et la dernière, c'était quand ?", "• 21 septembre 2026 — appel mensuel de LACRALO"),
    ("quando é a próxima chamada?", "e a última, quando foi?", "• 21 de setembro de 2026 — chamada mensal de LACRALO"),
    ("next call?", "and the previous one?", "• 21 September 2026 — LACRALO monthly call"),
    ("next webinar?", "and the last one?", "• 26 October 2026 — LACRALO webinar"),
])
def test_the_last_one_after_the_next_call_is_the_latest_held(archive, first, then, said):
    _, reply = _replies(archive, first, then)
    assert reply.startswith(said)


def test_who_chaired_the_last_one_after_the_next_call(archive):
    replies = _replies(archive, "whats the next naralo call", "ok and when was the last one", "who chaired it")
    assert replies[2].startswith("Marc-André Gagnon chaired the NARALO monthly call, 12 October 2026")


@pytest.mark.parametrize("first, then", [
    ("when is the next call?", "who spoke last?"),                 # someone, not a meeting
    ("when is the next call?", "and last week?"),                  # a period
    ("when is the next call?", "and the last item?"),              # an agenda's
    ("when is the next call?", "what was said about the last survey?"),
    ("who chaired the webinar?", "ok and when was the last one"),  # not after a next call
    ("", "ok and when was the last one"),
])
def test_what_is_not_the_last_one_held(archive, first, then):
    replies = _replies(archive, *[q for q in (first, then) if q])
    assert not replies[-1].startswith("• ")


@pytest.mark.parametrize("then, said", [
    ("and tomorrow?", "LACRALO monthly call — 21 December 2026"),
    ("¿y mañana?", "LACRALO monthly call — 21 de diciembre de 2026"),
    ("et demain ?", "LACRALO monthly call — 21 décembre 2026"),
    ("e amanhã?", "LACRALO monthly call — 21 de dezembro de 2026"),
    ("and next week?", "LACRALO monthly call — 21 December 2026"),
    # (a Sunday; what calls announced is past by then: the next call alone)
    ("and this week?", "Nothing is scheduled or announced for then. The next event:\nLACRALO monthly call — 21 December 2026"),
])
def test_a_day_after_the_next_call_is_what_is_on_then(archive, then, said):
    on_20_december = dt.datetime(2026, 12, 20, 12, 0, tzinfo=UTC)
    _, reply = _replies(archive, "when is the next call?", then, now=on_20_december)
    assert reply.startswith(said)


@pytest.mark.parametrize("first, then", [
    ("when is the next call?", "and the budget tomorrow?"),        # a topic
    ("when is the next call?", "what did they say about tomorrow?"),
    ("who chaired the webinar?", "and tomorrow?"),                 # not after a next call
])
def test_what_is_not_a_day_after_the_next_call(archive, first, then):
    _, reply = _replies(archive, first, then, now=dt.datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    assert "LACRALO monthly call — 21 December 2026" not in reply


@pytest.mark.parametrize("first, then, said", [
    ("qui a présidé la réunion AFRALO ?", "et celle d'après ?",
     "Aucune réunion AFRALO après celle-là ; la réunion suivante :\nMarc-André Gagnon a présidé : appel mensuel de NARALO, 12 octobre 2026."),
    ("when was the last naralo call", "and the next one?", "No later NARALO meeting; the next meeting:\n• 26 October 2026 — LACRALO webinar"),
    ("who chaired the naralo call?", "and the one before?", "No earlier NARALO meeting; the one before:\nOusmane Ndiaye chaired"),
    ("¿quién presidió la de naralo?", "¿y la siguiente?", "No hay otra reunión de NARALO después; la reunión siguiente:\n"),
])
def test_the_meeting_after_of_another_group_says_so(archive, first, then, said):
    _, reply = _replies(archive, first, then)
    assert reply.startswith(said)


@pytest.mark.parametrize("first, then", [
    ("who chaired the webinar?", "and the one before?"),          # LACRALO's September call: its own group's
    ("who attended the september call?", "and the next one?"),   # the LACRALO webinar
    ("summary of the 2016 call", "and the next one?"),            # LACRALO 2020
])
def test_the_meeting_beside_of_the_same_group_says_nothing_of_groups(archive, first, then):
    _, reply = _replies(archive, first, then)
    assert "meeting;" not in reply and "LACRALO" in reply


@pytest.mark.parametrize("question, said", [
    ("when is the call after next?", "LACRALO monthly call — 18 January 2027"),
    ("¿cuándo es la llamada después de la próxima?", "LACRALO monthly call — 18 de enero de 2027"),
    ("et l'appel d'après le prochain ?", "LACRALO monthly call — 18 janvier 2027"),
    ("e a chamada depois da próxima?", "LACRALO monthly call — 18 de janeiro de 2027"),
])
def test_the_call_after_next(archive, question, said):
    replies = _replies(archive, question, "and the one after that?", "and the one before?")
    assert [said, "LACRALO monthly call — 15 February 2027", "LACRALO monthly call — 18 January 2027"] == \
        [r.split("\n")[0] for r in replies]


@pytest.mark.parametrize("question", [
    "what did they say after the next call?", "who presented the one after the next item?",
    "¿qué pasó después de la próxima reunión de la junta?",
])
def test_what_is_not_the_call_after_next(archive, question):
    (reply,) = _replies(archive, question)
    assert "January 2027" not in reply and "enero" not in reply


@pytest.mark.parametrize("questions, said", [
    (("la llamada de diciembre es el 21?",), "Sí, el 21 de diciembre de 2026:\nLACRALO monthly call — 21 de diciembre de 2026"),
    (("is the December call on the 21st?",), "Yes, on 21 December 2026:\nLACRALO monthly call — 21 December 2026\n23:00 UTC"),
    (("l'appel de décembre est le 22 ?",), "Non, pas le 22 décembre 2026. Programmé :\nLACRALO monthly call — 21 décembre 2026"),
    (("a chamada de dezembro é no dia 21?",), "Sim, em 21 de dezembro de 2026:"),
    (("is the january call on the 18th?",), "Yes, on 18 January 2027:"),    # (a month gone by with no meeting held: next year's)
    # a month gone by with meetings held: of those (on 22 November 2026)
    (("is the october call on the 12th?",), "Yes, on 12 October 2026: NARALO monthly call."),
    (("l'appel d'octobre est le 12 ?",), "Oui, le 12 octobre 2026 : appel mensuel de NARALO."),
    (("is the october call on the 13th?",), "No, not on 13 October 2026. Held that month:\n• AFRALO monthly call, 5 October 2026\n"
                                               "• NARALO monthly call, 12 October 2026"),
    (("a chamada de outubro é no dia 13?",), "Não, em 13 de outubro de 2026 não. Realizadas nesse mês:\n• chamada mensal de AFRALO"),
    # this month: held, or to come; else none (the 16 November call is gone, nothing was stored of it)
    (("is the November call on the 16th?",), "I know of no meeting on 16 November 2026."),
    (("¿la llamada de noviembre es el 16?",), "No conozco ninguna reunión el 16 de noviembre de 2026."),
    (("when is the next call?", "is it on the 21st?"), "Yes, on 21 December 2026:\nLACRALO monthly call"),
    (("¿cuándo es la próxima llamada?", "¿es el 22?"), "No, el 22 de diciembre de 2026 no. Programado:\nLACRALO monthly call — 21 de"),
])
def test_whether_a_call_is_on_a_day(archive, questions, said):
    assert said in _replies(archive, *questions)[-1]


def test_after_a_day_checked_the_next_call_is_still_followed_up_on(archive):
    *_, time = _replies(archive, "¿cuándo es la próxima llamada?", "¿es el 22?", "¿a qué hora?")
    assert time.startswith("LACRALO monthly call — 21 de diciembre de 2026\n23:00 UTC")


@pytest.mark.parametrize("questions, events", [
    (("who chaired the naralo call?", "is it on the 12th?"), (MONTHLY,)),      # no call shown: a meeting's day
    (("is it on the 21st?",), (MONTHLY,)),                                     # nothing shown, no month
    (("is the December call about the budget?",), (MONTHLY,)),                 # no day
    (("is the December call about the budget on the 21st?",), (MONTHLY,)),    # a topic: a search
    (("is the December call on the 21st?",), ()),                              # nothing scheduled
    (("la llamada de diciembre y la de enero es el 21?",), (MONTHLY,)),       # two months
])
def test_what_is_no_day_checked(archive, questions, events):
    reply = _replies(archive, *questions, events=events)[-1]
    assert not re.match(r"(?:Yes, on|No, not on|Sí, el|No, el|Oui, le|Non, pas le|Sim, em|Não, em|I know of no) ", reply)


@pytest.mark.parametrize("question, held, not_held", [
    ("is the october call on the 13th?", "NARALO monthly call, 12 October 2026", "webinar"),
    ("a chamada de outubro é no dia 13?", "chamada mensal de NARALO", "webinário"),
    ("is the october webinar on the 13th?", "LACRALO webinar, 26 October 2026", "monthly call"),
    ("is the october meeting on the 13th?", "LACRALO webinar, 26 October 2026", "—"),      # (no kind said: every one)
])
def test_the_meetings_held_that_month_are_of_the_kind_asked_about(archive, question, held, not_held):
    reply = _replies(archive, question)[-1]
    assert held in reply and not_held not in reply.split(":", 1)[1]
