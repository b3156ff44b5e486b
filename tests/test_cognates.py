"""Cognates: a question word no transcript says, spelled as another of our languages spells a
word the calls say ("assuncao" for Asunción), is read as the calls spell it before searching."""
from __future__ import annotations

import pytest

from knowledge import cognates
from knowledge.spelling import Speller
from test_spelling import _archive_of

CALL = """Llamada mensual de LACRALO
21 de septiembre de 2026

LUCÍA PÉREZ: El foro se realizará los días 14 y 15 de noviembre en Asunción. Habrá interpretación al portugués en las sesiones plenarias.

CARLOS MEDINA: Gracias, Lucía. La reunión de Cancún fue un éxito, y la misión de la organización sigue siendo la participación de los usuarios.

THIAGO NASCIMENTO: Obrigado, Carlos. A missão do fórum também é essa.

LUCÍA PÉREZ: Sí, Thiago, es nuestra misión.
"""


@pytest.fixture
def spanish(tmp_path):
    with _archive_of(tmp_path, "llamada.txt", CALL) as store:
        yield store


@pytest.mark.parametrize("typed, said", [
    ("assuncao", "asuncion"), ("interpretacao", "interpretacion"), ("interpretation", "interpretacion"),
    ("participacoes", "participaciones"), ("missao", "mision"), ("espanhol", "espanol"),
])
def test_words_the_languages_spell_differently_share_a_key(typed, said):
    assert cognates.key(said) == cognates.key(typed)


@pytest.mark.parametrize("one, other", [("asuncion", "ascension"), ("cancun", "cancion"), ("forum", "foro")])
def test_other_words_do_not(one, other):
    assert cognates.key(one) != cognates.key(other)


@pytest.mark.parametrize("question, read", [
    ("vai ter interpretação no forum de assuncao?", "vai ter interpretacion no forum de asuncion?"),
    ("Quando é o fórum em Assunção?", "Quando é o fórum em Asuncion?"),      # (a capital kept)
    ("qual é a missao da organização?", "qual é a missao da organizacion?"),     # "missão" is said too
])
def test_a_word_no_call_says_is_read_as_the_calls_spell_it(spanish, question, read):
    assert read == Speller(spanish).as_said(question)


@pytest.mark.parametrize("question", [
    "¿Cuándo es el foro en Asunción?",          # said as the call says it
    "Quando é o fórum em Assis?",               # a word no call says in any spelling: as typed
    "o que foi dito sobre a ascensão?",         # another word, however close
    "Quem é o Joao?",                           # too short to read as another
])
def test_what_is_not_read_otherwise(spanish, question):
    assert question == Speller(spanish).as_said(question)


def test_a_portuguese_question_on_a_place_a_spanish_call_names_finds_it(archive):
    # Hernán on the forum in Asunción (Spanish call), not Diego on the event in Bogotá (Portuguese webinar).
    answer = archive.ask("vai ter interpretação em portugues no foro de assuncao?")
    assert ("Hernán Villalobos", "lacralo-2026-09-21") == (answer.sources[0].speaker, answer.sources[0].meeting_id[:18])
    assert "interpretación al portugués" in " ".join(answer.quote)
