"""Typos: a word no transcript says is read as the archive's closest word, only when the
question as typed found nothing, and the answer says how it was read."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import ingest
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.spelling import Reading, Speller
from knowledge.store import Store

CALL = """LACRALO Monthly Call
21 September 2026

CARLOS MEDINA: Welcome everyone. The budget for the Montevideo workshop was approved yesterday.

LUCIA PEREZ: Thank you Carlos. The budgets of the regional events are on the wiki, and the workshop registration opens in March.

CARMEN ORTIZ: We also need volunteers for the survey and the outreach report, and for the outreach roster. The router of the office is new, and so is the cable of the Carmel office. Next call in October, with Javier.
"""


def _archive_of(tmp_path, name: str, text: str) -> Store:
    (tmp_path / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "acta.db")
    ingest.ingest_paths(store, [tmp_path / name], max_bytes=1_000_000)
    return store


@pytest.fixture
def small(tmp_path):
    with _archive_of(tmp_path, "call.txt", CALL) as store:
        yield store


@pytest.mark.parametrize("question, typed, read", [
    ("When is the Montevidoe workshop?", "montevidoe", "montevideo"),      # two letters swapped
    ("What about the budjet?", "budjet", "budget"),                       # one wrong
    ("Who runs the workhop?", "workhop", "workshop"),                     # one missing
    ("Who handles the registrationn?", "registrationn", "registration"),  # one too many
    ("Who handles the regstraton?", "regstraton", "registration"),        # two, in a long word
])
def test_a_word_no_transcript_says_is_read_as_the_closest(small, question, typed, read):
    assert (Reading(typed, read),) == Speller(small).readings(question)


@pytest.mark.parametrize("question", [
    "What about the budget?",           # said as typed
    "What about the budgets?",          # said in another form: the same stem
    "What about the price?",            # short: "price" is no typo for anything
    "When is the event in Toulouse?",   # nothing near it
    "What did Carlso say?",             # people's names are naming's (no "Carlso" -> "Carlos")
    "Did Carmen approve the cable?",    # (nor is Carmen, who spoke, read as "Carmel")
    "What about the nudget?",           # a typo keeps the first letter
    "Who runs the wrkhop?",             # two keystrokes from "workshop": too far for a short word
    "What happened in Marhc?",          # months are the dates' (no "Marhc" -> "March")
    "What happened in janvier?",        # (nor is a month in French read as "Javier")
    "Qui s'occupe de la registrationn ?",   # French is read as French ("registration" is said in English only)
])
def test_what_is_not_read_as_another_word(small, question):
    assert () == Speller(small).readings(question)


LLAMADA = """Llamada mensual de LACRALO
19 de octubre de 2026

LUCÍA FERNÁNDEZ: Bienvenidos. La encuesta estará abierta hasta el viernes y el presupuesto del taller de Montevideo ya fue aprobado.

JAVIER ROJAS: Gracias, Lucía. Mañana se publica la encuesta con los resultados del taller.
"""


@pytest.fixture
def spanish(tmp_path):
    with _archive_of(tmp_path, "llamada.txt", LLAMADA) as store:
        yield store


@pytest.mark.parametrize("question, typed, read", [
    ("¿Hasta cuándo está abierta la encuestaa?", "encuestaa", "encuesta"),    # a letter repeated
    ("¿Se aprobó el presupuestp?", "presupuestp", "presupuesto"),             # the last letter wrong
    ("¿Se aprobó el presupeusto?", "presupeusto", "presupuesto"),             # two swapped
    ("¿Cuándo es el taller de Montevidoe?", "montevidoe", "montevideo"),      # …in the ending
])
def test_a_typo_in_a_word_s_ending_is_still_read(spanish, question, typed, read):
    assert (Reading(typed, read),) == Speller(spanish).readings(question)


def test_another_form_of_a_word_is_not_read_as_a_typo(spanish):
    # "estaba" is another form of "estar", not a typo of "estará" (one keystroke away)
    assert () == Speller(spanish).readings("¿Olivia estaba de acuerdo?")


def test_two_words_as_close_and_as_frequent_are_no_reading(small):
    # "rouster" is one keystroke from "roster" and from "router", each said once: no telling
    assert () == Speller(small).readings("Who keeps the rouster?")
    assert (Reading("rostter", "roster"),) == Speller(small).readings("Who keeps the rostter?")


def test_the_archive_s_words_are_counted_again_after_an_ingest(small, tmp_path):
    speller = Speller(small)
    assert () == speller.readings("When is the Asuncion forum?")
    (tmp_path / "later.txt").write_text(CALL.replace("21 September", "19 October").replace(
        "Montevideo workshop", "Asunción forum"), encoding="utf-8")
    ingest.ingest_paths(small, [tmp_path / "later.txt"], max_bytes=1_000_000)
    assert (Reading("asuncon", "asuncion"),) == speller.readings("When is the Asuncon forum?")


def test_a_question_that_found_nothing_is_asked_again_and_says_how_it_was_read(small):
    answerer = Answerer(small, Searcher(small))
    answer = answerer.ask("When is the Montevidoe workshop?")
    assert "passage" == answer.kind and "Montevideo workshop" in " ".join(answer.quote)
    assert (Reading("Montevidoe", "Montevideo"),) == answer.readings
    assert render.plain(answer).startswith("(read «Montevidoe» as «Montevideo»)\n«")
    assert render.html_answer(answer).startswith("(read «Montevidoe» as «Montevideo»)\n<i>«")
    assert "(« Montevidoe » lu comme « Montevideo »)" in render.plain(answerer.ask("Quand a lieu l'atelier de Montevidoe ?"))
    assert [{"typed": "budjet", "read": "budget"}] == render.answer_json(answerer.ask("What about the budjet?"))["readings"]
    assert "readings" not in render.answer_json(answerer.ask("What about the budget?"))


def test_a_question_found_as_typed_is_not_read_otherwise(small):
    answerer = Answerer(small, Searcher(small))
    # "budget" and "approved" find Carlos's turn: "yesterdey" is left as typed, not read as anything
    answer = answerer.ask("Was the budget approved yesterdey?")
    assert "passage" == answer.kind and () == answer.readings
    assert (Reading("yesterdey", "yesterday"),) == answerer.speller.readings("Was the budget approved yesterdey?")
    assert "nothing" == answerer.ask("What is the price of the ticket?").kind     # no reading: still nothing


def test_a_reading_that_finds_nothing_either_is_not_shown(small):
    answer = Answerer(small, Searcher(small)).ask("What about the budjet of Toulouse?")
    assert "nothing" == answer.kind and () == answer.readings


def test_the_reading_is_said_before_a_summary_in_the_chat(tmp_path):
    from bot.dialogue import Dialogue, Member
    from conftest import DEMO

    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=10_000_000)
        replies = Dialogue(store, Answerer(store, Searcher(store)), "en").question("Sumary of the NARALO call", Member(1, "en"))
        assert replies[0].html.startswith("(read «Sumary» as «Summary»)\n<b>NARALO monthly call")


def test_the_words_counted_ahead_in_another_thread_serve_the_questions(small, tmp_path):
    import threading

    speller = Speller(small)

    def warm():
        with Store(small.path) as own:
            speller.warm(own)

    worker = threading.Thread(target=warm)
    worker.start()
    worker.join()
    assert speller._version == small.index_version() and "montevideo" in speller._words
    assert (Reading("montevidoe", "montevideo"),) == speller.readings("When is the Montevidoe workshop?")


def test_a_question_s_unsaid_words_are_looked_up_once(small, tmp_path, monkeypatch):
    # as_said and readings read the same words, and quoting reads the typos of every passage found
    speller, looked_up, postings = Speller(small), [], small.postings
    monkeypatch.setattr(small, "postings", lambda terms: looked_up.append(terms) or postings(terms))
    question = "When is the Montevidoe workshop?"
    assert (Reading("montevidoe", "montevideo"),) == speller.readings(question)
    assert question == speller.as_said(question) and speller.readings(question) == speller.readings(question)
    assert 1 == len(looked_up)
    (tmp_path / "later.txt").write_text(CALL.replace("21 September", "19 October"), encoding="utf-8")
    ingest.ingest_paths(small, [tmp_path / "later.txt"], max_bytes=1_000_000)
    speller.readings(question)      # (again after an ingest: the archive's words may have changed)
    assert 2 == len(looked_up)
