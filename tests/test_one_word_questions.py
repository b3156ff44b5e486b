"""Questions of one word, as typed in a chat ("asistencia?", "presidente?", "late?", "speakers?"):
the data they ask for, in the language of the word; with a topic, a search."""
from __future__ import annotations

import pytest

from knowledge.text import guess_language


@pytest.mark.parametrize("question, kind", [
    ("asistencia?", "attendance"), ("presença?", "attendance"), ("attendance?", "attendance"),
    ("presidente?", "chair"), ("présidence ?", "chair"), ("la presidenta?", "chair"),
    ("late?", "late"), ("en retard ?", "late"), ("speakers?", "speakers"), ("¿oradores?", "speakers"),
    # (not "datos": a search for the word)
    ("dates?", "dates"), ("Dates ?", "dates"), ("¿fechas naralo?", "dates"), ("datas do webinário?", "dates"),
])
def test_one_word_asks_for_the_data(archive, question, kind):
    assert kind == archive.ask(question).kind


@pytest.mark.parametrize("question", [
    "presidente de ALAC?", "el presidente dijo algo sobre IPv6?", "la presencia de jóvenes en el foro?",
    "asistencia técnica para el webinar?", "late payment of the venue?", "speakers for the Toronto event?",
    "Who is the president of France?", "dates of the Bogotá event?", "fechas del evento de Bogotá?", "dates for abidjan?",
    "What did Priya say about the dates?",
])
def test_the_word_with_a_topic_is_searched(archive, question):
    assert archive.ask(question).kind not in ("attendance", "chair", "late", "speakers", "dates"), question


def test_one_english_word_is_english():
    assert "en" == guess_language("attendance?") == guess_language("speakers?")


def test_an_english_word_in_a_spanish_question_leaves_it_spanish():
    assert "es" == guess_language("apologies de la de naralo?")
