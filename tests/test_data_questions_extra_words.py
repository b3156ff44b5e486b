"""A data question with words members add around it: a reply-language request at its end ("en
español"), "me pasas", a month abbreviated beside a group ("naralo oct"), a language naming a call's
version ("the portuguese webinar"), "tuvo … al final"; and what stays a question of its own."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import language_requests, which_days

AFRALO = "afralo-2026-10-05-fr"


@pytest.mark.parametrize("question, rest, lang", [
    ("me pasas un resumen de la de afralo en español?", "me pasas un resumen de la de afralo", "es"),
    ("who attended the naralo call in english please", "who attended the naralo call", "en"),
    ("resumo da reuniao da afralo em portugues pf", "resumo da reuniao da afralo", "pt"),
    ("résumé de l'appel d'AFRALO en anglais svp", "résumé de l'appel d'AFRALO", "en"),
    # a language talked of, or what was done in one: no request
    ("was there interpretation in english?", None, None),
    ("who spoke in french?", None, None),
    ("who presented in portuguese", None, None),
    ("en español", None, None),         # (a request alone: language_requests.requested_language)
    ("what is the spanish word for IDN in english", None, None),
])
def test_a_reply_language_asked_at_the_end_of_a_question(question, rest, lang):
    assert ((rest, lang) if rest else None) == language_requests.trailing_request(question)


@pytest.mark.parametrize("question, lang", [
    ("me pasas un resumen de la de afralo en español?", "es"),
    ("resumen de la de afralo en español", "es"),        # (was «Nada sobre eso en: llamada mensual de AFRALO»)
    ("me pasas un resumen de la de afralo?", "es"),
    ("summary of the afralo call in portuguese please", "pt"),
])
def test_a_summary_asked_with_a_reply_language_is_the_summary_in_it(archive, question, lang):
    answer = archive.ask(question)
    assert ("summary", AFRALO, lang) == (answer.kind, answer.meeting.id, answer.language)
    assert "elsewhere" not in answer.flags


def test_a_month_abbreviated_beside_a_group_dates_it(archive):
    answer = archive.ask("tldr naralo oct")     # (was "I found nothing about that")
    assert ("summary", "naralo-2026-10-12-en") == (answer.kind, answer.meeting.id)
    folded = "tldr naralo oct".split()
    assert 10 == which_days.abbreviated_month(folded, 2)
    # not beside a group: a word ("what happened in oct?"), nor "mar", the sea
    assert which_days.abbreviated_month("what happened in oct".split(), 3) is None
    assert which_days.abbreviated_month("naralo mar".split(), 1) is None


def test_a_language_before_a_meeting_word_names_its_version(archive):
    answer = archive.ask("what happened at the portuguese webinar")     # (was Carlos's «…present in Portuguese»)
    assert ("summary", "lacralo-webinar-2026-10-26-pt") == (answer.kind, answer.meeting.id)
    assert AFRALO == archive.ask("who attended the french call").meeting.id
    # a language talked of is still a topic
    assert "passage" == archive.ask("what did they say about portuguese interpretation").kind


def test_a_survey_asked_with_had_and_at_the_end(archive):
    answer = archive.ask("la llamada de naralo tuvo encuesta al final?")    # (was Tamara's agenda line)
    assert "no_survey" == answer.kind
    assert render.plain(answer).startswith("No se leyó ninguna encuesta al final de: llamada mensual de NARALO")


@pytest.mark.parametrize("question", ["cual llamada tuvo mas gente, naralo o afralo",
                                      "which call had more people, naralo or afralo?",
                                      "qual reuniao teve mais gente, naralo ou afralo"])
def test_which_of_two_calls_had_more_people_is_each_ones_attendance(archive, question):
    # (was «No encontré nada»)
    answer = archive.ask(question)
    assert ("several", {"attendance"}) == (answer.kind, {p.kind for p in answer.parts})
    assert {"afralo-2026-10-05-fr", "naralo-2026-10-12-en"} == {p.meeting.id for p in answer.parts}


def test_more_people_of_no_call_is_a_search(archive):
    assert "passage" == archive.ask("which country had more people online").kind
