"""Which sentence of the turn found is quoted: the time of day for "what time…?", the date for a
question ending in "quando?", and, of a turn quoted for what someone said, the sentence that says
most rather than the shortest that repeats a word."""
from __future__ import annotations

import pytest

from knowledge import asking


def _first(archive, question):
    answer = archive.ask(question)
    return answer.kind, answer.sources[0].speaker if answer.sources else None, " ".join(answer.quote)


@pytest.mark.parametrize("question, speaker, says, not_says", [
    # León's sentence on the meeting says "demain"; the time is said further on in his turn.
    ("a que hora es la reunion de la comunidad sobre icann67", "León Sanchez", "17:00 UTC", None),
    ("à quelle heure est la réunion avec la communauté sur l'ICANN67 ?", "León Sanchez", "17:00 UTC", None),
    # Not taken: asked when, the day is the answer, alone.
    ("cuando es la reunion de la comunidad sobre icann67", "León Sanchez", "demain", "17:00"),
])
def test_what_time_quotes_the_sentence_that_says_the_time(archive, question, speaker, says, not_says):
    kind, first, quote = _first(archive, question)
    assert (kind, first, says if says in quote else quote) == ("passage", speaker, says)
    assert not (not_says and not_says in quote), quote


@pytest.mark.parametrize("question, kind", [
    ("a beatriz vai mandar o guia quando", "when"), ("la newsletter sale cuando?", "when"),
    ("et le webinaire, c'est quand ?", "when"),
    # Not taken: "when" joining clauses.
    ("What did Aida say when the call ended?", None), ("que dijo la presidenta de la llamada cuando termino", None),
])
def test_when_asked_last(question, kind):
    assert asking.asked_for(question) == kind


def test_a_question_ending_in_when_is_answered_by_the_sentence_that_says_when(archive):
    kind, first, quote = _first(archive, "a beatriz vai mandar o guia quando")
    assert (kind, first, "na próxima semana" if "na próxima semana" in quote else quote) == \
        ("passage", "Beatriz Gonçalves", "na próxima semana")


@pytest.mark.parametrize("question, speaker, says", [
    # "open" said twice made "It is in Spanish and open to everyone." his gist.
    ("what did ruben say", "Rubén Ocampo", "I wanted to announce"),
    # Not taken: a long turn's topic, the words it repeats, still wins over a list of names.
    ("What did Jean-Baptiste say?", "Jean-Baptiste Mukendi", "IPv6"),
])
def test_what_someone_said_quotes_their_sentence_that_says_most(archive, question, speaker, says):
    kind, first, quote = _first(archive, question)
    assert (kind, first, says if says in quote else quote) == ("passage", speaker, says)


@pytest.mark.parametrize("question, kind", [
    ("o que a Beatriz falou sobre o guia de vez em quando", None), ("que dice lucia de vez en cuando", None),
    ("de vez en cuando hablan del presupuesto?", None), ("el guia sale cuando", "when"),
])
def test_de_vez_en_cuando_says_sometimes_not_when(question, kind):
    """ "De vez en cuando", "de vez em quando" (now and then), last or first, ask no date."""
    assert asking.asked_for(question) == kind
