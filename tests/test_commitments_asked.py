"""Commitments asked without a commitment word: who undertook to do what, in fr/es/pt/en."""
from __future__ import annotations

import pytest

from tests.conftest import dialogue_answers


@pytest.mark.parametrize("question, mid", [
    ("que compromisos quedaron en la llamada de septiembre", "lacralo-2026-09-21-en"),
    ("¿Quién quedó en enviar algo en la llamada de septiembre?", "lacralo-2026-09-21-en"),
    ("quem ficou de fazer o que no webinar", "lacralo-webinar-2026-10-26-pt"),
    ("Quem ficou de mandar alguma coisa no webinário?", "lacralo-webinar-2026-10-26-pt"),
    ("Qui devait envoyer quelque chose à l'appel AFRALO ?", "afralo-2026-10-05-fr"),
    ("Who agreed to send something in the NARALO call?", "naralo-2026-10-12-en"),
    ("What commitments were made in the NARALO call?", "naralo-2026-10-12-en"),
    ("action points of the naralo call", "naralo-2026-10-12-en"),
])
def test_who_undertook_what_is_the_meetings_commitments(archive, question, mid):
    answer = archive.ask(question)
    assert ("commitments", mid) == (answer.kind, answer.meeting.id)


@pytest.mark.parametrize("question", [
    "¿Quién quedó en segundo lugar en la encuesta?",       # no action after "quedó en"
    "Quem ficou de fora do fórum?", "quem ficou de fora?", "¿Quién quedó de acuerdo?", "Qui devait venir ?",
    "Who was supposed to be there?", "who agreed to it?",
    "Who agreed to the proposal?",                          # agreeing with something: who supported it
    "Qui devait présenter à l'appel AFRALO ?",              # presenting is no undertaking
    "¿Quién quedó en enviar el borrador de abuso del DNS?",  # a topic named: what was said of it
])
def test_other_questions_with_those_words_are_no_commitments(archive, question):
    assert "commitments" != archive.ask(question).kind


def test_who_was_to_send_something_after_a_summary_is_that_meetings_commitments(archive):
    answers = dialogue_answers(archive, "resumen de la llamada de septiembre", "quien quedo de mandar algo?")
    assert ("commitments", "lacralo-2026-09-21-en") == (answers[1].kind, answers[1].meeting.id)
