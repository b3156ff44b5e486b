"""A city's or country's time asked of a call held or of a time said in one ("what time did the AFRALO call
start in Nairobi time?", "a que hora se reune el grupo de idn en hora de toronto"): that time there too."""
from __future__ import annotations

import datetime as dt

import pytest

from bot import render
from knowledge.answers import Answerer
from knowledge.zone_asked import zone_asked


@pytest.mark.parametrize("question, zone, place, rest", [
    ("a q hora comecou o webinar em horario de brasilia", "America/Sao_Paulo", "Brasilia", "a q hora comecou o webinar"),
    ("what time did the afralo call start in nairobi time", "Africa/Nairobi", "Nairobi", "what time did the afralo call start"),
    ("a que hora se reune el grupo de idn en hora de toronto", "America/Toronto", "Toronto",
     "a que hora se reune el grupo de idn"),
    ("À quelle heure a commencé l'appel, à l'heure de Paris ?", "Europe/Paris", "Paris", "À quelle heure a commencé l'appel?"),
    ("what time was the call (Toronto time)?", "America/Toronto", "Toronto", "what time was the call?"),
    ("what time did it start local time in lima", "America/Lima", "Lima", "what time did it start"),
    ("what time did it start in rio de janeiro time", "America/Sao_Paulo", "Rio de Janeiro", "what time did it start"),
    ("a que hora empezo la llamada en hora de mexico", "America/Mexico_City", "Mexico", "a que hora empezo la llamada"),
])
def test_the_zone_a_question_asks_a_time_in(question, zone, place, rest):
    found = zone_asked(question)
    assert (zone, place, rest) == (found.zone, found.place, found.rest)


@pytest.mark.parametrize("question", [
    "a que hora es la reunion en hora de la reunion",     # (Réunion's is no meeting's)
    "hora de almorzar", "what time is the Toronto event?", "when was the time of the call",
    "what time did it start in Toronto",                 # (a place alone may be where something is)
    "a que hora de inicio fue", "what time of day was it",
])
def test_no_zone_asked_without_words_saying_a_places_time(question):
    assert zone_asked(question) is None


@pytest.fixture(scope="module")
def on_23_november(archive) -> Answerer:
    return Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 23))


@pytest.mark.parametrize("question, said", [
    ("a q hora comecou o webinar em horario de brasilia", "Começou às 22:00 UTC (19:00 Brasilia): webinário de LACRALO"),
    ("what time did the afralo call start in nairobi time", "It started at 14:00 UTC (17:00 Nairobi): AFRALO monthly call"),
    ("¿a qué hora empezó la llamada de naralo en hora de buenos aires?",
     "Comenzó a las 19:00 UTC (16:00 Buenos Aires): llamada mensual de NARALO"),
])
def test_when_a_call_started_in_a_citys_time(on_23_november, question, said):
    """(These found nothing, or another call's line: the zone's words were searched for.)"""
    assert render.plain(on_23_november.ask(question)).startswith(said)


def test_a_utc_time_said_in_a_call_in_a_citys_time_today(on_23_november):
    said = render.plain(on_23_november.ask("a que hora se reune el grupo de idn en hora de toronto")).split("\n")
    assert "we meet every other Thursday at 17:00 UTC" in said[0] and "Michael Chen" in said[1]
    assert "Las 17:00 UTC son las 12:00 en Toronto." == said[2]     # (in November: Toronto is UTC-5)
    html = render.html_answer(on_23_november.ask("what time does the idn working group meet, toronto time?"))
    assert "17:00 UTC is 12:00 in Toronto." in html


def test_a_quote_with_no_utc_time_gets_no_times_line(on_23_november):
    said = render.plain(on_23_november.ask("when is the toronto event, in toronto time?"))
    assert " UTC is " not in said


@pytest.mark.parametrize("question", ["what did they say about toronto time", "what did priya say in nairobi time"])
def test_what_was_said_is_asked_as_written_when_no_time_is_asked(on_23_november, question):
    answer = on_23_november.ask(question)
    assert "passage" == answer.kind and "in_zone" not in answer.names
