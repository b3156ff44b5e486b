""""What is NARALO?", "¿Qué es una ALS?", "What does RALO stand for?": unless a turn says what it is,
the transcripts do not say; what they hold of it instead of an unrelated quote."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import defining
from knowledge.models import MEMBER, MeetingSummary, Turn
from knowledge.search import Hit

NARALO = MeetingSummary("naralo-2026-10-12-en", "2026-10-12", None, "NARALO monthly call", "NARALO", "monthly_call", "en", 38)


@pytest.mark.parametrize("question, expected", [
    ("what is naralo", "naralo"), ("q es una ALS", "ALS"), ("C'est quoi l'ALAC ?", "ALAC"),
    ("c quoi l'afralo", None),      # (no AFRALO meeting here, and written in lower case)
    ("What does RALO stand for?", "RALO"), ("what does ralo stand for", "ralo"), ("Qu'est-ce que l'ICANN ?", "ICANN"),
    ("O que é a ALS?", "ALS"),
    ("¿Qué significa ALS?", "ALS"),
    # not what a name is: a word, more than one word, shouted, or something else asked
    ("what is the deadline", None), ("what is new", None), ("WHAT IS NEW", None), ("What is IPv6 adoption?", None),
    ("que hace harold", None), ("What did NARALO decide?", None),
])
def test_the_term_asked(question, expected):
    assert expected == defining.term_asked(question, [NARALO])


def _hit(text: str) -> Hit:
    return Hit.of_turn(NARALO, Turn(0, "Ana", "ANA", MEMBER, text))


@pytest.mark.parametrize("text, expected", [
    ("Each ALS is an At-Large Structure accredited by the ALAC.", True),
    ("We welcomed an At-Large Structure (ALS) from Benin.", True),
    ("ALS stands for At-Large Structure.", True),
    ("L'ALS, c'est-à-dire la structure At-Large, a voté.", True),
    # uses the word, says not what it is
    ("Nous avons accueilli deux nouvelles ALS, une au Bénin et une à Madagascar.", False),
    ("Our ALS is hosting a small workshop.", False),
    # the sentence after the one that names it, said of it (Patricio on the SAC105, 2020)
    ("J'aimerais vous parler d'un document, le ALS. C'est un document extrêmement important.", True),
    ("We met the ALS. It was late.", False),
])
def test_a_turn_that_says_what_it_is(text, expected):
    assert expected == defining.defined("ALS", [_hit(text)])


def test_what_the_transcripts_do_not_define_is_said_so_with_the_groups_meetings(archive):
    answer = archive.ask("what is naralo")
    assert ("undefined", ["naralo-2026-10-12-en"]) == (answer.kind, [m.id for m in answer.meetings])
    assert ("The transcripts do not say what NARALO is.\nNARALO meetings: NARALO monthly call, 12 October 2026"
            == render.plain(answer))
    assert render.plain(archive.ask("q es una ALS")).startswith("Las transcripciones no dicen qué es ALS.\nSe habla de ello en:")


def test_a_turn_that_says_what_it_is_is_the_answer(archive):
    answer = archive.ask("O que é um IDN?")       # («IDN, é um nome de domínio que usa caracteres…», the webinar)
    assert ("passage", "lacralo-webinar-2026-10-26-pt") == (answer.kind, answer.sources[0].meeting_id)
    assert "é um nome de domínio" in " ".join(answer.quote)


def test_an_acronym_said_of_in_the_next_sentence_is_defined(archive):
    # «…d'un document, le SAC105. C'est un document extrêmement important. Ce sont des recommandations…» (2020)
    answer = archive.ask("c'est quoi le SAC105")
    assert ("passage", "Patricio Carranza") == (answer.kind, answer.sources[0].speaker)
