"""Interpreters, as the roll call names them ("Notre interprète de portugais est Bettina…"): who
they were ("Who were the interpreters in 2020?"), in the attendance, and "Did Claire speak?" about
one of them (their words are not theirs: the transcript labels them by channel)."""
from __future__ import annotations

import pytest

from bot import render
from conftest import DATA
from knowledge.models import INTERPRETER_STATUS

JUNE_2016, FEBRUARY_2020, AFRALO = "lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr", "afralo-2026-10-05-fr"
LATEST = "lacralo-webinar-2026-10-26-pt"


def interpreters(archive, mid: str) -> list[str]:
    return archive.store.meeting(mid).names(INTERPRETER_STATUS)


@pytest.mark.parametrize("question, mid, header", [
    ("Who were the interpreters in 2020?", FEBRUARY_2020, "Interpreters — LACRALO monthly call, 17 February 2020:"),
    ("Y avait-il des interprètes en 2020 ?", FEBRUARY_2020, "Interprètes — appel mensuel de LACRALO, 17 février 2020 :"),
    ("¿Quiénes fueron los intérpretes de la llamada de AFRALO?", AFRALO,
     "Intérpretes — llamada mensual de AFRALO, 5 de octubre de 2026:"),
    ("Quem foram os intérpretes?", LATEST, "Intérpretes — webinário de LACRALO, 26 de outubro de 2026:"),   # the latest
    ("Were there interpreters in June 2016?", JUNE_2016, "Interpreters — LACRALO monthly call, 20 June 2016:"),
    # the word alone, or who interpreted, as "chair?" and "survey?"
    ("interpreters?", LATEST, "Interpreters — LACRALO webinar, 26 October 2026:"),
    ("interprètes ?", LATEST, "Interprètes — webinaire de LACRALO, 26 octobre 2026 :"),
    ("¿intérpretes afralo?", AFRALO, "Intérpretes — llamada mensual de AFRALO, 5 de octubre de 2026:"),
    ("Who interpreted the June 2016 call?", JUNE_2016, "Interpreters — LACRALO monthly call, 20 June 2016:"),
    ("Qui a interprété en 2020 ?", FEBRUARY_2020, "Interprètes — appel mensuel de LACRALO, 17 février 2020 :"),
    ("¿Quién interpretó en la llamada de AFRALO?", AFRALO, "Intérpretes — llamada mensual de AFRALO, 5 de octubre de 2026:"),
    ("Quem interpretou no webinário?", LATEST, "Intérpretes — webinário de LACRALO, 26 de outubro de 2026:"),
])
def test_who_the_interpreters_were(archive, question, mid, header):
    answer = archive.ask(question)
    assert ("interpreters", mid) == (answer.kind, answer.meeting.id)
    named = interpreters(archive, mid)
    assert len(named) >= 3 and named == answer.names["interpreters"]
    lines = render.plain(answer).split("\n")
    assert lines[0] == header and [n for line in lines[1:] for n in line.split(": ")[-1].split(", ")] == named
    # Each on their channel's line, as the roll call says it.
    channels = {a.name: a.channel for a in archive.store.meeting(mid).attendance if a.status == INTERPRETER_STATUS}
    assert all(channels.values()) and len(lines) == 1 + len(set(channels.values()))


@pytest.mark.parametrize("mid, said", [
    # "Nos interprètes sont Veronica et Marina pour l'espagnol, Esperanza et Bettina pour le
    # portugais et Isabelle et Jacques pour le français."
    (FEBRUARY_2020, ["Spanish channel: Veronica, Marina", "Portuguese channel: Esperanza, Bettina",
                     "French channel: Isabelle, Jacques"]),
    # "Notre interprète de portugais est Bettina et nos interprètes de français sont Camila and Claire."
    (JUNE_2016, ["Portuguese channel: Bettina", "French channel: Camila, Claire"]),
])
def test_the_interpreters_of_each_channel(archive, mid, said):
    when = "in 2020" if mid == FEBRUARY_2020 else "in June 2016"
    assert render.plain(archive.ask(f"Who were the interpreters {when}?")).split("\n")[1:] == said


def test_several_meetings_each_with_its_interpreters(archive):
    answer = archive.ask("Who were the interpreters in the 2016 and 2020 calls?")
    assert "several" == answer.kind
    assert [(JUNE_2016, interpreters(archive, JUNE_2016)), (FEBRUARY_2020, interpreters(archive, FEBRUARY_2020))] == [
        (p.meeting.id, p.names["interpreters"]) for p in answer.parts]


@pytest.mark.parametrize("question", ["What did the interpreter say about the sound?",
                                      "Was there interpretation into Portuguese at the forum?",
                                      "interpreters for the Bogotá event?", "interpreters in Bogotá?", "interpreters said the sound was bad?",
                                      "Who interpreted Priya's remarks on DNS abuse?", "¿Los intérpretes dijeron algo?"])
def test_what_interpreters_said_or_interpretation_is_no_list(archive, question):
    assert "interpreters" != archive.ask(question).kind


def test_the_attendance_lists_the_interpreters(archive):
    lines = render.plain(archive.ask("Who attended the 2020 call?")).split("\n")
    assert lines[-1] == "Interpreters: " + ", ".join(interpreters(archive, FEBRUARY_2020))


def test_a_transcript_that_names_no_interpreters_says_so(tmp_path):
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DATA / "zoom-2026-11-02.vtt"], max_bytes=10_000_000)
        answer = Answerer(store, Searcher(store)).ask("Who were the interpreters?")
        assert ("interpreters", []) == (answer.kind, answer.names["interpreters"])
        assert render.plain(answer).startswith("The transcript names no interpreters for the ")
        assert "Interpreters" not in render.plain(Answerer(store, Searcher(store)).ask("Who attended?"))


def test_asked_about_an_interpreter_the_answer_says_they_interpreted(archive):
    # Claire interpreted in June 2016 only; Bettina in both LACRALO calls.
    assert "Claire" in interpreters(archive, JUNE_2016) and "Claire" not in interpreters(archive, FEBRUARY_2020)
    answer = archive.ask("Did Claire speak?")
    assert ("no_speaker", [("Claire", [JUNE_2016])]) == (
        answer.kind, [(name, [m.id for m in ms]) for name, ms in answer.names["interpreted"]])
    assert render.plain(answer) == ("Claire was an interpreter: LACRALO monthly call (20 June 2016); what interpreters "
                                    "say is not attributed to them.")
    assert render.plain(archive.ask("Bettina a-t-elle parlé ?")) == (
        "Bettina était interprète : appel mensuel de LACRALO (20 juin 2016) et appel mensuel de LACRALO (17 février 2020) ; "
        "les propos des interprètes ne leur sont pas attribués.")
    # The meeting named first; an interpreter at another: where they were.
    assert [m.id for m in archive.ask("Was Bettina there in 2020?").names["interpreted"][0][1]] == [FEBRUARY_2020]
    assert [m.id for m in archive.ask("Was Claire at the NARALO call?").names["interpreted"][0][1]] == [JUNE_2016]
    # A call's language versions name her twice: one call.
    assert [m.id for m in archive.ask("Did Paula speak?").names["interpreted"][0][1]] == ["lacralo-2026-09-21-en"]
    assert render.plain(archive.ask("Did Batman speak?")) == "I know no one called “Batman”."


def test_an_interpreter_beside_a_member(archive):
    mateo = "Mateo" in interpreters(archive, "naralo-2026-10-12-en")
    lines = render.plain(archive.ask("Were Priya and Mateo at the NARALO call?")).split("\n")
    assert mateo and lines[0] == ("Mateo was an interpreter: NARALO monthly call (12 October 2026); what interpreters "
                                  "say is not attributed to them.")
    assert lines[1].startswith("Yes, Priya Raman was there: NARALO monthly call, 12 October 2026")


@pytest.mark.parametrize("question, first, mid", [
    ("Was Claudia at the NARALO call?", "Claudia", "naralo-2026-10-12-en"),
    ("O Ricardo estava lá?", "Ricardo", LATEST),
    ("Did Ricardo speak in the webinar?", "Ricardo", LATEST),
])
def test_a_first_name_an_interpreter_there_has_is_the_interpreter(archive, question, first, mid):
    """Claudia Ruiz (staff in 2020) was not at the NARALO call; Claudia interpreted there."""
    people = [name for name in archive.store.people().values() if name.split()[0] == first]
    assert people and first in interpreters(archive, mid)
    answer = archive.ask(question)
    assert [(first, [mid])] == [(name, [m.id for m in ms]) for name, ms in answer.names["interpreted"]]
    assert not answer.names["present"]
    # Named in full, or where that person was: them.
    assert "Claudia Ruiz" == archive.ask("Was Claudia Ruiz at the NARALO call?").names["present"][0][0]
    assert ("Claudia Ruiz", "staff") == archive.ask("Was Claudia there in 2020?").names["present"][0][:2]


@pytest.mark.parametrize("said, interpreters", [
    ("Interpretation in French is provided by Sabine.", [("Sabine", "fr")]),
    ("Interpretation into Spanish is by Claudia and Mateo.", [("Claudia", "es"), ("Mateo", "es")]),
    ("La interpretación al inglés está a cargo de Laura.", [("Laura", "en")]),
    ("A interpretação para o português é feita por Bettina.", [("Bettina", "pt")]),
    ("La interpretación de la reunión fue excelente.", []),
])
def test_interpretation_said_to_be_provided_by_someone(said, interpreters):
    from knowledge import formats, transcripts
    text = f"2026-05-04\nANA SILVA: Welcome. On the call we have Bruno Costa. {said}\nBRUNO COSTA: Thanks.\n"
    call = transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    assert interpreters == [(a.name, a.channel) for a in call.attendance if a.status == "interpreter"]


NARALO = "naralo-2026-10-12-en"


@pytest.mark.parametrize("question, mid", [
    ("Was there interpretation at the NARALO call?", NARALO),
    ("habia interpretacion al frances en la llamada de naralo?", NARALO),      # (the channel asked about: no topic)
    ("houve interpretação na chamada da afralo?", AFRALO),
    ("the afralo call was in what language", AFRALO),
    ("dans quelle langue était l'appel de naralo ?", NARALO),
    ("em que lingua foi a chamada?", NARALO),       # (the latest call: a call asked about, not the last quote)
])
def test_interpretation_and_a_calls_language_are_its_interpreters(archive, question, mid):
    answer = archive.ask(question)
    assert ("interpreters", mid) == (answer.kind, answer.meeting.id)


@pytest.mark.parametrize("question, first", [
    ("the afralo call was in what language", "AFRALO monthly call, 5 October 2026: in French."),
    # (its English version is interpreted into on the English channel: the floor spoke Spanish)
    ("en que idioma fue la llamada de lacralo de septiembre?",
     "Llamada mensual de LACRALO, 21 de septiembre de 2026: en español."),
    # (the 2016 transcript is its French channel's)
    ("in what language was the 2016 call?",
     "LACRALO monthly call, 20 June 2016: transcript in French, an interpretation channel's language."),
    ("Was there interpretation at the AFRALO call?", "Interpreters — AFRALO monthly call, 5 October 2026:"),    # (not asked)
])
def test_a_calls_language_asked_comes_first(archive, question, first):
    assert first == render.plain(archive.ask(question)).split("\n")[0]


@pytest.mark.parametrize("question", [
    "vai ter interpretação em portugues no forum de assuncao?",       # (the forum's: to come, and a topic)
    "in what language is the guide?", "quelles langues africaines pour les IDN ?", "Who asked about interpretation?",
    "¿hubo interpretación al portugués en el foro de Asunción?",
])
def test_interpretation_of_something_else_is_no_list(archive, question):
    assert "interpreters" != archive.ask(question).kind


def test_in_french_after_interpretation_asks_about_french_not_for_french(archive):
    from conftest import dialogue_answers

    first, then = dialogue_answers(archive, "Was there interpretation at the NARALO call?", "in French?")
    assert ("interpreters", "en") == (first.kind, first.language)
    assert "en" == then.language
