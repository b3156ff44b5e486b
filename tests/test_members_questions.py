"""The replies about members' questions: of or to a person, left unanswered, in the meetings named,
and a meeting where no one asked any."""
from __future__ import annotations

import pytest

from bot import render


@pytest.mark.parametrize("question, said", [
    ("What did Keisha ask in the NARALO call?",
     "I found no questions from or to Keisha Thompson in: NARALO monthly call, 12 October 2026."),
    ("Qu'a demandé Humberto en 2026 ?", "Je n'ai trouvé aucune question posée ou reçue par Humberto Carrasco dans : appel "
     "mensuel de LACRALO, 21 septembre 2026; appel mensuel d'AFRALO, 5 octobre 2026; appel mensuel de NARALO, 12 octobre "
     "2026; webinaire de LACRALO, 26 octobre 2026."),
    ("Which of Humberto's questions were not answered?",
     "I found no unanswered questions from or to Humberto Carrasco in the last 6 meetings."),
    ("What did Humberto ask?", "I found no questions from or to Humberto Carrasco in the last 6 meetings."),
])
def test_no_questions_from_a_person_says_where_it_looked(archive, question, said):
    assert said == render.plain(archive.ask(question))


def test_a_persons_questions_left_unanswered_say_so_in_the_header(archive):
    answer = archive.ask("Which questions did Keisha ask that were not answered?")
    assert render.plain(answer).startswith("Questions from or to Keisha Thompson not answered in the call — LACRALO "
                                           "monthly call, 21 September 2026:")
    assert all(not by or later for _, _, by, later in answer.names["questions"])


def test_a_meeting_where_no_one_asked_is_not_one_where_every_question_was_answered(tmp_path):
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store
    from conftest import DEMO

    # The call up to the first presentation: the roll call, the agenda, no member's question.
    call = tmp_path / "naralo-2026-10-12-en.txt"
    call.write_text((DEMO / call.name).read_text(encoding="utf-8").split("\nETHAN BROOKS:")[0], encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [call, DEMO / "afralo-2026-10-05-fr.txt"], max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store))
        none = answerer.ask("Which questions were not answered in the NARALO call?")
        answered = answerer.ask("Which questions were not answered in the AFRALO call?")
    assert "I found no members' questions in the NARALO monthly call, 12 October 2026." == render.plain(none)
    assert render.plain(answered).startswith("Questions not answered in the call — AFRALO")


@pytest.mark.parametrize("question, person, header", [
    ("Who asked José Martínez questions?", "José Martínez", "Questions from or to José Martínez — LACRALO monthly call"),
    ("Who asked Ethan questions?", "Ethan Brooks", "Questions from or to Ethan Brooks — NARALO monthly call"),
    ("¿Quién le hizo preguntas a José Martínez?", "José Martínez", "Preguntas hechas o recibidas por José Martínez — "
     "llamada mensual"),
    ("¿Qué preguntas recibió José Martínez?", "José Martínez", "Preguntas hechas o recibidas por José Martínez — "
     "llamada mensual"),
    ("Quem fez perguntas ao João da Silva?", "João da Silva", "Perguntas feitas ou recebidas por João da Silva — "
     "webinário"),
])
def test_who_asked_someone_questions_in_other_words(archive, question, person, header):
    answer = archive.ask(question)
    assert ("questions", [person]) == (answer.kind, answer.names["by"])
    assert render.plain(answer).startswith(header)
    # Each listed was asked of them, or by them.
    assert all(person in (asker, by) for asker, _, by, _ in answer.names["questions"])



@pytest.mark.parametrize("question", ["Who asked if there were questions?", "Who asked whether questions were allowed?"])
def test_who_asked_if_is_not_the_questions_to_someone(archive, question):
    assert "questions" != archive.ask(question).kind


@pytest.mark.parametrize("question, askers", [
    ("who answered Priya?", []),                    # Priya asked nothing: Alejandro's question to her is not hers
    ("who answered Priya about IPv6?", []),         # …narrowed by a topic: still hers alone, not a search
    ("¿Quién le respondió a Raitme?", ["Raitme Citterio"]),
    ("who answered Alejandro about country code domains?", ["Alejandro Ruiz Paredes"]),
    # not: questions put to her are asked of her
    ("Who asked Priya questions?", ["Alejandro Ruiz Paredes"]),
])
def test_who_answered_someone_is_the_questions_they_asked(archive, question, askers):
    answer = archive.ask(question)
    parts = answer.parts or (answer,)
    assert ["questions"] * len(parts) == [p.kind for p in parts]
    assert askers == sorted({asker for p in parts for asker, *_ in p.names["questions"]})


@pytest.mark.parametrize("question, said", [
    ("who answered Priya?", "I found no questions from Priya Raman in the last "),
    ("¿Quién le respondió a Raitme?", "Preguntas de Raitme Citterio — "),
    ("What did Priya ask?", "Questions from or to Priya Raman — "),     # (of or to her: Alejandro's is to her)
])
def test_who_answered_someone_says_it_lists_their_own_questions(archive, question, said):
    assert said in render.plain(archive.ask(question))
