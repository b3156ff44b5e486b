"""The reply to a member's question, quoted when it says what is asked in other words than the
member's ("¿cuántas becas de viaje…?": Diego's "dez vagas"), and quoted after the question when
the member asks whether it was answered ("Keisha preguntó…, ¿le respondieron?")."""
from __future__ import annotations

import pytest


def _first(archive, question):
    answer = archive.ask(question)
    return answer, answer.sources[0].speaker if answer.sources else None, " ".join(answer.quote)


@pytest.mark.parametrize("question, speaker, says", [
    # Thiago's "quantas vagas de apoio de viagem…?" is answered by Diego's "dez vagas", which says
    # neither "viagem" nor "Bogotá" (Hernán's deadline, right after, does).
    ("cuantas becas de viaje hay para bogota", "Diego Alarcón", "dez vagas"),
    ("how many travel support places for bogota", "Diego Alarcón", "dez vagas"),
    # Not taken: asked for a deadline, Diego's reply says none; Hernán's does.
    ("¿Cuál es el plazo para las solicitudes de apoyo de viaje?", "Hernán Villalobos", "6 de novembro"),
])
def test_a_reply_that_says_what_is_asked_in_other_words_is_quoted(archive, question, speaker, says):
    answer, first, quote = _first(archive, question)
    assert (answer.kind, first, says) == ("passage", speaker, says if says in quote else quote)


@pytest.mark.parametrize("question, asker, replier, says", [
    # José's reply names no Caribbean: it is the turn right after, his sentence on her question.
    ("keisha pregunto algo sobre datos del caribe, le respondieron?", "Keisha Thompson", "José Martínez",
     "lista de correo esta misma semana"),
    # Beatriz's reply shares no word with the member's question.
    ("shanice pregunto algo sobre el caribe, le respondieron?", "Shanice Baptiste", "Beatriz Gonçalves",
     "Não tenho esses dados"),
])
def test_asked_whether_a_question_was_answered_the_reply_is_quoted_after_it(archive, question, asker, replier, says):
    answer = archive.ask(question)
    speakers = [h.speaker for h in answer.sources[:2]]
    also = " ".join(" ".join(q) for q in answer.also)
    assert (answer.kind, speakers, says) == ("passage", [asker, replier], says if says in also else also)


def test_a_question_asked_about_without_asking_for_its_answer_is_quoted_alone(archive):
    # Not taken: "what did she ask" wants her question, not José's reply with it.
    answer = archive.ask("keisha pregunto algo sobre datos del caribe?")
    assert (answer.sources[0].speaker, answer.also) == ("Keisha Thompson", ())
