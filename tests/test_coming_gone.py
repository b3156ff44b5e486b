"""What is coming, when nothing like it is: the last one announced, now past ("quando é o próximo
webinar de capacitação" after the 17 November one), and those of the month asked about already
past ("¿y en noviembre?" late in November)."""
from __future__ import annotations

import datetime as dt

import pytest

from bot import render
from knowledge.answers import Answerer


def _on(archive, day: dt.date) -> Answerer:
    return Answerer(archive.store, archive.searcher, today=lambda: day)


@pytest.fixture(scope="module")
def on_23_november(archive) -> Answerer:
    return _on(archive, dt.date(2026, 11, 23))


@pytest.mark.parametrize("question, heading", [
    ("quando é o proximo webinar de capacitação", "O último anunciado, já passado:"),
    ("when is the next webinar?", "The last one announced, now past:"),
])
def test_the_last_one_announced_is_given_when_it_is_past(on_23_november, question, heading):
    said = render.plain(on_23_november.ask(question))
    assert [heading, "17"] == [said.split("\n")[1], said.split("\n")[2][2:4]]
    assert "Carlos Medina" in said and said.count("•") == 1


@pytest.mark.parametrize("question", ["any events in november?", "¿Qué hay en noviembre?"])
def test_a_month_whose_events_are_past_lists_them(on_23_november, question):
    said = render.plain(on_23_november.ask(question))
    gone, coming = said.split("\n\n")[:2]
    assert all(place in gone for place in ("Asunción", "Abidjan")) and "Toronto" not in gone
    assert "Toronto" in coming and "Bogotá" in coming


def test_the_month_asked_in_the_chat_after_what_is_coming(on_23_november):
    from conftest import dialogue_answers
    answers = dialogue_answers(on_23_november, "proximos eventos", "y en noviembre?")
    assert ["Abidjan", "Asunción"] == sorted(a.mention.place for a in answers[1].names["gone"] if a.mention.place)


@pytest.mark.parametrize("question", [
    "when is the next afralo call?",      # the Abidjan workshop was no call
    "is there a call tomorrow?",          # days asked, not a month: nothing past to give
    "when is the next event in Paris?",   # none there, ever
])
def test_nothing_past_is_given_for_what_was_never_like_it(on_23_november, question):
    assert "gone" not in on_23_november.ask(question).names


def test_an_announced_one_still_to_come_is_no_past_one(archive):
    answer = _on(archive, dt.date(2026, 11, 10)).ask("when is the next webinar?")
    assert ("2026-11-17", {}) == (answer.announced[0].mention.date, answer.names)


def test_one_announced_for_today_is_still_to_come(archive):
    answer = _on(archive, dt.date(2026, 11, 18)).ask("when is the next webinar?")
    assert "2026-11-17" == answer.names["gone"][0].mention.date
    assert "gone" not in _on(archive, dt.date(2026, 11, 17)).ask("when is the next webinar?").names


@pytest.mark.parametrize("question, heading", [
    ("any events in november?", "Nothing more is coming then."), ("¿Qué hay en noviembre?", "No queda nada más por venir"),
    ("y a-t-il des événements en novembre ?", "Rien d'autre n'est à venir"),
    ("O que vem por aí em novembro?", "Não há mais nada"),
])
def test_a_month_whose_events_are_past_does_not_say_none_was_announced(on_23_november, question, heading):
    said = render.plain(on_23_november.ask(question)).split("\n")
    assert said[0].startswith(heading) and "nunciad" not in said[0] and "nnounced" not in said[0]


@pytest.mark.parametrize("question", ["any events in march 2027?", "is there a call tomorrow?"])
def test_days_with_nothing_past_still_say_nothing_is_scheduled_or_announced(on_23_november, question):
    assert render.plain(on_23_november.ask(question)).startswith("Nothing is scheduled or announced for then.")



def test_a_month_with_nothing_at_all_says_nothing_is_scheduled_or_announced(archive):     # (nothing coming at all)
    assert render.plain(_on(archive, dt.date(2030, 1, 10)).ask("any events in january?")) == \
        "Nothing is scheduled or announced for then."


@pytest.mark.parametrize("question, said", [
    ("When is the next NARALO event?", "Nothing like that is scheduled or announced after 3 December 2026."),
    ("¿Cuándo es el próximo evento de NARALO?", "No hay nada así programado ni anunciado después del 3 de diciembre de 2026."),
    ("Quand est le prochain événement de NARALO ?", "Rien de tel n'est programmé ni annoncé après le 3 décembre 2026."),
    ("Quando é o próximo evento do NARALO?", "Não há nada assim programado nem anunciado depois de 3 de dezembro de 2026."),
])
def test_the_last_one_announced_past_is_said_to_be_the_last_known(archive, question, said):
    """(It opened «Nothing like that is scheduled or announced», over the one announced.)"""
    lines = render.plain(_on(archive, dt.date(2026, 12, 10)).ask(question)).split("\n")
    assert said == lines[0] and "Toronto" in lines[2]


def test_one_still_to_come_is_not_said_to_be_the_last_known(archive):
    said = render.plain(_on(archive, dt.date(2026, 11, 23)).ask("When is the next NARALO event?"))
    assert "after" not in said.split("\n")[0] and "Toronto" in said
