"""A first name several people share ("Mamadou", "Paulo"), or written as another's sounds ("aisha"
for Aïcha, "mark" for Marc-André): whose meetings are asked for is asked back, unless the meetings
named leave one; what they said, when both spoke, too (on a topic, each one's words on it)."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import naming

PEOPLE = {1: "Aisha Bello", 2: "Aïcha Benali", 3: "Mamadou Cissé", 4: "Mamadou Sanogo", 5: "Dana Smith",
          6: "Diana Ortiz", 7: "João da Silva", 8: "Humberto Carrasco"}


@pytest.mark.parametrize("question, named", [
    ("what did aisha say?", ["Aïcha Benali", "Aisha Bello"]),        # the same name, written two ways
    ("what did aicha say?", ["Aïcha Benali", "Aisha Bello"]),
    ("Et Aïcha ?", ["Aïcha Benali"]),                                # written with her accent: hers
    ("What did Aisha Bello say?", ["Aisha Bello"]),                  # the whole name
    ("what did dana say?", ["Dana Smith"]),                          # Diana is another name
    ("o que o mamadou disse?", ["Mamadou Cissé", "Mamadou Sanogo"]),  # "disse" is no misspelt Cissé
    ("o que o joao disse?", ["João da Silva"]), ("what did humberto say?", ["Humberto Carrasco"]),
])
def test_who_a_first_name_names(question, named):
    assert sorted(named) == sorted(naming.people_named(question, PEOPLE, namesakes=naming.MAX_NAMESAKES))
    assert naming.person_named(question, PEOPLE) == (named[0] if len(named) == 1 else None)


def test_names_that_sound_alike():
    assert naming.sounds("aisha") == naming.sounds("aicha") and naming.sounds("mark") == naming.sounds("marc")
    assert naming.sounds("sylvia") == naming.sounds("silvia") and naming.sounds("mohammed") == naming.sounds("mohamed")
    assert naming.sounds("dana") != naming.sounds("diana") and naming.sounds("maria") != naming.sounds("mario")


@pytest.mark.parametrize("question, persons", [
    ("which meetings did mamadou speak in?", ["Mamadou Cissé", "Mamadou Sanogo"]),
    ("en que reuniones hablo mamadou?", ["Mamadou Cissé", "Mamadou Sanogo"]),
    ("which meetings did paulo attend?", ["Paulo Mendes", "Paulo Menezes"]),
    ("à quelles réunions paulo a-t-il participé ?", ["Paulo Mendes", "Paulo Menezes"]),
    ("which meetings did aisha attend?", ["Aïcha Benali", "Aisha Bello"]),
    ("which meetings did mark speak in?", ["Marc-André Gagnon", "Mark Datysgeld"]),
])
def test_the_meetings_of_a_shared_first_name_ask_which_one(archive, question, persons):
    answer = archive.ask(question)
    assert ("which_person", sorted(persons)) == (answer.kind, sorted(answer.names["persons"])), render.plain(answer)


@pytest.mark.parametrize("question, person, ids", [
    ("which meetings did marc attend in 2026?", "Marc-André Gagnon", ["naralo-2026-10-12-en"]),    # Mark was in 2016
    ("which meetings did mark speak in in 2016?", "Mark Datysgeld", ["lacralo-2016-06-20-fr"]),
    ("which meetings did Mamadou Sanogo speak in?", "Mamadou Sanogo", ["afralo-2026-10-05-fr"]),
    ("which meetings did humberto attend?", "Humberto Carrasco", ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"]),
])
def test_the_meetings_of_someone_named_or_left_by_the_date_are_theirs(archive, question, person, ids):
    answer = archive.ask(question)
    assert ("meetings", [person], ids) == (answer.kind, answer.names["of"], [m.id for m in answer.meetings]), render.plain(answer)


def test_what_a_shared_first_name_said_is_each_one_s(archive):
    # Both Mamadous spoke: which one (as "Did Mamadou speak?"); on a topic, each one's words on it
    said = archive.ask("o que o mamadou disse?")
    assert ("which_person", ["Mamadou Cissé", "Mamadou Sanogo"]) == (said.kind, sorted(said.names["persons"]))
    # Only Aïcha Benali spoke (Aisha Bello was silent at NARALO): her words, her name on them.
    assert {"Aïcha Benali"} == {h.speaker for h in archive.ask("what did aisha say?").sources}


@pytest.mark.parametrize("question, persons", [
    ("que dijo mamadou", ["Mamadou Cissé", "Mamadou Sanogo"]), ("what did michael say", ["Michael Chambers", "Michael Chen"]),
])
def test_what_a_shared_first_name_said_asks_which_one(archive, question, persons):
    answer = archive.ask(question)
    assert ("which_person", persons) == (answer.kind, sorted(answer.names["persons"]))


@pytest.mark.parametrize("question", ["what did michael chen say", "what did michael say about email",
                                      "o que o paulo perguntou", "What did they ask Carlos to do?"])
def test_a_full_name_a_topic_their_questions_or_a_request_made_of_them_ask_no_one_which(archive, question):
    # ("What did they ask Carlos to do?": Carlos is whom it was asked of, not who spoke)
    assert "which_person" != archive.ask(question).kind
