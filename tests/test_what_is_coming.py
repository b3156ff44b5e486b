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
