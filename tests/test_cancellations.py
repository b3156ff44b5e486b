"""Whether something was called off ("la reunion de cancun se cancela?"): what the calls say of it, or
that they do not say so, with the latest said of it."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import cancellations, ingest
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store


@pytest.mark.parametrize("question, topic", [
    ("la reunion de cancun se cancela?", ["cancun"]), ("was the toronto event cancelled?", ["toronto"]),
    ("l'atelier d'abidjan est annulé ?", ["atelier", "abidjan"]), ("o forum de asuncion foi adiado?", ["forum", "asuncion"]),
    ("is the Bogotá event still on?", ["bogota"]),
])
def test_what_is_asked_whether_it_is_called_off(question, topic):
    assert topic == cancellations.asked(question, [])


@pytest.mark.parametrize("question", [
    "why was the meeting cancelled?",                        # (nothing named)
    "who talked about cancelling the fee?", "what did they say about the cancellation of the workshop?",
    "was the proposal to cancel the membership fee for small structures discussed at length?",
    "when is the toronto event?",                            # (no calling off asked)
])
def test_no_calling_off_asked(question):
    assert [] == cancellations.asked(question, [])


@pytest.mark.parametrize("question, said", [
    ("la reunion de cancun se cancela?", "Las llamadas no dicen que «Cancún» se cancele; lo último que se dijo:"),
    ("was the toronto event cancelled?", "The calls do not say that “Toronto” is called off; the latest said of it:"),
    ("l'atelier d'abidjan est annulé ?", "Les appels ne disent pas que « atelier Abidjan » soit annulé ; le dernier mot à ce sujet :"),
])
def test_the_calls_do_not_say_it_is_called_off(archive, question, said):
    """(It quoted another turn naming Cancún, the newsletter's, as if it answered.)"""
    lines = render.plain(archive.ask(question)).split("\n")
    assert said == lines[0] and lines[1].startswith("«")
    if "cancun" in question:
        assert ("Kuala Lumpur plutôt que Cancún" in lines[1], "Sergio Salinas Porto") == (True, lines[2].split(" — ")[0])


def test_a_thing_no_call_names_is_searched(archive):
    assert "cancelled" not in archive.ask("was the narnia event cancelled?").names


def test_a_turn_that_says_it_is_called_off_is_quoted(tmp_path):
    path = tmp_path / "naralo-2026-11-09-en.txt"
    path.write_text("JANE DOE: Welcome to the NARALO monthly call on 9 November 2026. It is 19:00 UTC.\n"
                    "JOHN ROE: The Halifax workshop had forty people signed up. The Halifax workshop is cancelled, the "
                    "venue closed.\n"
                    "JANE DOE: Thank you, John. The Halifax workshop flyers were ready.\n", encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_file(store, str(path), max_bytes=100_000)
        said = render.plain(Answerer(store, Searcher(store)).ask("is the halifax workshop cancelled?")).split("\n")
    assert ["On whether “Halifax workshop” is called off, the calls say:",
            "«The Halifax workshop is cancelled, the venue closed.»"] == said[:2] and said[2].startswith("John Roe")
