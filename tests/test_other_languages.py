"""A question in a language Acta does not read: answered in English, saying which it reads."""
from __future__ import annotations

import pytest

from bot import render
from knowledge.text import other_language


@pytest.mark.parametrize("question, language", [
    ("Wann ist das nächste Treffen?", "de"), ("was hat priya ueber dns missbrauch gesagt", "de"),
    ("quando è la prossima riunione?", "it"), ("chi ha parlato della riunione di naralo", "it"),
    ("Когда следующая встреча?", "ru"), ("下次会议是什么时候？", "zh"),
])
def test_a_question_in_another_language_is_told_which_languages_acta_reads(archive, question, language):
    assert language == other_language(question)
    answer = archive.ask(question)
    assert "en" == answer.language and render.plain(answer).startswith("(I understand and answer French, Spanish")


@pytest.mark.parametrize("question", [
    "Ethan Brooks — appel mensuel de NARALO", "Sylvia Herlein Leite", "prazo abuso dns lacralo", "Quem faltou?",
    "la reunion de cancun se cancela?", "qui preside afralo", "Did Olivia join late?", "quando é o evento em montevideo",
    "What did Koffi present?", "el relevamiento de AU incluyo bancos?",
])
def test_questions_in_our_languages_are_no_other_language(question):
    assert other_language(question) is None


def test_a_question_in_another_language_keeps_the_language_asked_for(archive):
    answer = archive.ask("Wann ist das nächste Treffen?", language="es")
    assert "es" == answer.language and render.plain(answer).startswith("(Entiendo y respondo")


@pytest.mark.parametrize("question", ["ＨＥＬＰ", "ｗｈｏ ｃｈａｉｒｅｄ ｔｈｅ ｃａｌｌ？"])
def test_full_width_latin_letters_are_no_other_language(question):
    assert other_language(question) is None
