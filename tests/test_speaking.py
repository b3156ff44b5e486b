"""Who took the floor and how much, asked otherwise than "who spoke most?": who was there and
never spoke, who spoke least, the top N, one person's line (demo corpus)."""
from __future__ import annotations

import pytest

from bot import render
from knowledge.models import Conversation

NARALO, AFRALO, WEBINAR = "naralo-2026-10-12-en", "afralo-2026-10-05-fr", "lacralo-webinar-2026-10-26-pt"


@pytest.mark.parametrize("question, mid", [
    ("who didn't speak at the naralo call?", NARALO), ("Who never took the floor in the NARALO call?", NARALO),
    ("¿Quién no habló en la de NARALO?", NARALO), ("quien no dijo nada en la de naralo?", NARALO),
    ("Qui n'a pas pris la parole à la réunion NARALO ?", NARALO), ("Quem não falou na reunião da NARALO?", NARALO),
])
def test_who_did_not_speak_is_who_the_roll_call_names_and_never_took_the_floor(archive, question, mid):
    answer = archive.ask(question)
    assert ("silent", mid, ["Jordan Blackwood", "Aisha Bello"]) == (answer.kind, answer.meeting.id, answer.names["silent"])


def test_when_everyone_spoke_it_says_so(archive):
    answer = archive.ask("quem não falou nada no webinário?")
    assert ("silent", WEBINAR, []) == (answer.kind, answer.meeting.id, answer.names["silent"])
    assert render.plain(answer) == "Todos os presentes tomaram a palavra: webinário de LACRALO, 26 de outubro de 2026."
    assert render.plain(archive.ask("who didn't speak at the naralo call?")) == (
        "Present but did not take the floor — NARALO monthly call, 12 October 2026: Jordan Blackwood and Aisha Bello.")


@pytest.mark.parametrize("question", [
    "who didn't speak about toronto?", "who said nothing about the budget?", "¿Quién no habló de Toronto?",
])
def test_not_speaking_of_a_topic_is_a_search(archive, question):
    assert "silent" != archive.ask(question).kind


def test_whether_someone_spoke_is_still_asked_of_them(archive):
    assert "did_speak" == archive.ask("Did Jordan Blackwood speak?").kind
    assert "apologies" == archive.ask("Who didn't come to the NARALO call?").kind


def test_who_spoke_least_is_fewest_words_first_in_one_meeting(archive):
    answer = archive.ask("¿Quién habló menos en la de AFRALO?")
    everyone = archive.store.speaking([AFRALO])
    assert ("speakers", AFRALO, everyone[::-1][:5]) == (answer.kind, answer.meeting.id, list(answer.speaking))
    assert render.plain(answer).startswith("Tiempo de palabra, de menos a más — llamada mensual de AFRALO")
    # after the speaking time of a meeting, "and who spoke least?" is of it
    followed = archive.ask("y quien hablo menos?", context=Conversation((AFRALO,), kind="speakers"))
    assert (AFRALO, everyone[-1]) == (followed.meeting.id, followed.speaking[0])
    # those present who never spoke come first, said so
    naralo = render.plain(archive.ask("Who spoke least in the NARALO call?"))
    assert naralo.startswith("Present but did not take the floor — NARALO monthly call, 12 October 2026: "
                             "Jordan Blackwood and Aisha Bello.\nSpeaking time, least first")


def test_top_n_speakers_and_one_persons_line(archive):
    top = archive.ask("top 3 speakers afralo")
    assert ("speakers", AFRALO, archive.store.speaking([AFRALO])[:3]) == (top.kind, top.meeting.id, list(top.speaking))
    line = archive.ask("y jean baptiste cuanto hablo?")
    assert ("speakers", archive.store.speaking([AFRALO], ["Jean-Baptiste Mukendi"])) == (line.kind, list(line.speaking))
    assert ["Priya Raman"] == [r[0] for r in archive.ask("How much did Priya talk?").speaking]
    most = archive.ask("Who spoke most overall?")           # every meeting, ten rows
    assert (6, 10) == (len(most.meetings), len(most.speaking))


@pytest.mark.parametrize("question", ["Who spoke the most?", "Qui a parlé le plus ?", "¿Quién habló más?", "Quem falou mais?",
                                      "top 3 speakers", "¿Quién fue el que más habló?", "Quem foi o que mais falou?"])
def test_who_spoke_most_of_no_meeting_is_of_the_latest(archive, question):
    latest = archive.store.meetings()[-1]
    answer = archive.ask(question)
    assert ("speakers", (latest.id,)) == (answer.kind, tuple(m.id for m in answer.meetings))


@pytest.mark.parametrize("question", ["Who spoke most overall?", "¿Quién habló más en total?", "Quem falou mais no geral?",
                                      "Qui a parlé le plus dans toutes les réunions ?", "How many times did Humberto speak?",
                                      # everyone's speaking time is of every meeting too
                                      "How much did everyone speak?", "How much did everybody talk?",
                                      "¿Cuánto habló todo el mundo?", "Quanto todo mundo falou?"])
def test_who_spoke_most_overall_is_of_every_meeting(archive, question):
    answer = archive.ask(question)
    assert ("speakers", 6) == (answer.kind, len(answer.meetings))


def test_everyone_s_speaking_time_in_a_meeting_named_is_of_that_meeting(archive):
    answer = archive.ask("How much did everyone speak in the NARALO call?")
    assert ("speakers", ("naralo-2026-10-12-en",)) == (answer.kind, tuple(m.id for m in answer.meetings))


@pytest.mark.parametrize("question", ["what did priya say about how much to talk?", "how much time do we have?"])
def test_how_much_is_no_speaking_time_elsewhere(archive, question):
    assert "speakers" != archive.ask(question).kind
