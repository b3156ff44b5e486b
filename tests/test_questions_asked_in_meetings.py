"""The questions members asked in a meeting: what someone asked and who answered, those left
unanswered, told apart from other questions."""
from __future__ import annotations

import pytest

from bot import render


@pytest.mark.parametrize("question, asker, says, answerer", [
    ("¿Qué preguntó Keisha?", "Keisha Thompson", "me gustaría saber si tienen datos", "José Martínez"),
    # A question about the line ("can you hear me?") is not what he asked.
    ("What did Alejandro Ruiz Paredes ask about?", "Alejandro Ruiz Paredes", "or only in generic top-level", "Priya Raman"),
    ("Who answered Raitme's question?", "Raitme Citterio", "changé d'avis", "Rodrigo Saucedo"),
    ("Qui a répondu à la question d'Alexis ?", "Alexis", "rôle des utilisateurs", "Raitme Citterio"),   # relayed
    ("Who answered the question about travel support?", "Mamadou Cissé", "soutien aux déplacements", "Yasmina Haddad"),
    # "pregunta" is also a verb of saying: the question is still about the questions asked.
    ("¿Quién respondió la pregunta sobre los webinarios?", "Fatou Camara", "webinaires seront enregistrés", "Koffi Mensah"),
])
def test_what_someone_asked_and_who_answered(archive, question, asker, says, answerer):
    answer = archive.ask(question)
    parts = answer.parts or (answer,)
    asked = [(a, by) for part in parts for a, text, by, _ in part.names["questions"] if says in text]
    assert {"questions"} == {p.kind for p in parts} and [(asker, answerer)] == asked, render.plain(answer)


def test_the_questions_members_asked_in_a_meeting(archive):
    answer = archive.ask("Quelles questions ont été posées lors de l'appel de juin 2016 ?")
    assert ("questions", "lacralo-2016-06-20-fr", []) == (answer.kind, answer.meeting.id, answer.names["by"])
    assert [("Alexis", "Raitme Citterio"), ("Raitme Citterio", "Rodrigo Saucedo")] == [
        (asker, by) for asker, _, by, _ in answer.names["questions"]]
    text = render.plain(answer)
    assert text.startswith("Questions des membres — appel mensuel de LACRALO, 20 juin 2016 :\n• Alexis: «")
    assert "→ Rodrigo Saucedo répondra plus tard (liste de diffusion)" in text
    latest = archive.ask("What questions were asked in the last call?")
    assert ("questions", "naralo-2026-10-12-en") == (latest.kind, latest.meeting.id)


@pytest.mark.parametrize("question", ["who answered thiago?", "quien le respondio a thiago?", "quem respondeu ao Thiago?",
                                      "Qui a répondu à Thiago ?", "Who replied to Thiago?"])
def test_a_person_answered_is_their_questions(archive, question):
    answer = archive.ask(question)
    parts = answer.parts or (answer,)
    assert {"questions"} == {p.kind for p in parts}, render.plain(answer)
    assert ("Thiago Nascimento", "Hernán Villalobos") in [
        (asker, by) for part in parts for asker, _, by, _ in part.names["questions"]]


@pytest.mark.parametrize("question, kind", [
    ("What questions did Humberto answer?", "questions"),      # none: said so, not a search
    ("Who replied to the email?", "passage"),                  # answered no one
    ("¿Quién respondió a la encuesta?", "passage"), ("Quem respondeu à pesquisa?", "passage"),
    ("Who answered the survey?", "passage"),                   # no question asked of anyone
    ("What did Raitme say about cybersecurity?", "passage"),
    ("What questions were asked in the survey?", "survey"),
    ("What did the survey ask?", "survey"), ("Qu'a demandé le sondage ?", "survey"),
    ("¿Qué preguntó la encuesta?", "survey"), ("O que a pesquisa perguntou?", "survey"),
    ("What did Humberto ask for?", "passage"),                 # a request, not a question
    ("What did they ask Carlos to do?", "passage"), ("Qu'a demandé le président aux membres de faire ?", "passage"),
])
def test_questions_asked_told_from_other_questions(archive, question, kind):
    answer = archive.ask(question)
    assert kind == answer.kind, render.plain(answer)
    if kind == "questions":
        assert render.plain(answer) == "I found no questions from or to Humberto Carrasco in the last 6 meetings."


@pytest.mark.parametrize("question, meeting, askers", [
    ("which questions were not answered in June 2016?", "lacralo-2016-06-20-fr", ["Raitme Citterio"]),
    ("preguntas sin respuesta en la llamada de NARALO", "naralo-2026-10-12-en", ["Alejandro Ruiz Paredes"]),
    ("Quelles questions sont restées sans réponse lors de l'appel AFRALO ?", "afralo-2026-10-05-fr", ["Grace Wanjiru"]),
    ("Quais perguntas ficaram sem resposta no webinário?", "lacralo-webinar-2026-10-26-pt", ["Shanice Baptiste"]),
])
def test_the_questions_left_unanswered(archive, question, meeting, askers):
    answer = archive.ask(question)
    assert ("questions", meeting) == (answer.kind, answer.meeting.id)
    assert askers == sorted({asker for asker, _, by, later in answer.names["questions"] if not by or later})
    assert all(not by or later for _, _, by, later in answer.names["questions"])


@pytest.mark.parametrize("question, by", [
    ("what did dev ask", ["Dev Anand Teelucksingh"]),       # a three-letter name in lower case, in the asker's place
    ("o que o dev perguntou", ["Dev Anand Teelucksingh"]),        # (an article before a name)
    ("what did léa ask", ["Léa Dubois"]),
    ("what did they ask", []), ("what did the group ask", []), ("what did you ask", []),     # no one: every question
])
def test_a_name_in_the_askers_place_narrows_the_questions(archive, question, by):
    answer = archive.ask(question)
    assert ("questions", by) == (answer.kind, answer.names["by"])
    if by == ["Dev Anand Teelucksingh"]:      # none of his found: the turn that names his question, quoted
        assert "«Mais il y a une question de Dev avant de terminer.» — Sergio Salinas Porto" in render.plain(answer)


@pytest.mark.parametrize("question, line", [
    ("what did dev ask", "But another turn mentions a question of theirs:"),
    ("o que o dev perguntou", "Mas outra intervenção menciona uma pergunta sua:"),
    ("qu'a demandé Dev ?", "Mais un autre tour de parole mentionne une question de sa part :"),
])
def test_a_question_of_theirs_others_name_is_quoted_when_none_is_found(archive, question, line):
    lines = render.plain(archive.ask(question)).splitlines()
    assert line == lines[1] and lines[2].startswith("«Mais il y a une question de Dev avant de terminer.»")


def test_no_turn_naming_their_question_says_none_alone(archive):
    assert "I found no questions from or to Humberto Carrasco in the last 6 meetings." == \
        render.plain(archive.ask("What did Humberto ask?"))


def test_turns_naming_a_question_of_someone_else_or_their_own_are_not_theirs():
    from knowledge.models import Turn
    from knowledge.questions_named import naming_their_question
    turns = [Turn(0, "Ana Silva", "ANA", "member", "Hay una pregunta de Devon. Y otra cosa."),     # another name
             Turn(1, "Dev Anand Teelucksingh", "DEV", "member", "I have a question of Dev's kind."),   # his own turn
             Turn(2, "Ana Silva", "ANA", "member", "Questions about Dev are welcome."),        # about him, not his
             Turn(3, "Ana Silva", "ANA", "member", "Good. There is Dev's question, then we close.")]
    assert [(3, "There is Dev's question, then we close.")] == [
        (t.index, s) for t, s in naming_their_question(turns, "Dev Anand Teelucksingh")]
