"""Questions that name a language ("interpretação em portugues", "al francés"), and the version
of a call quoted to a reader whose language it has none in (``Searcher.in_language``)."""
from __future__ import annotations

import pytest

from knowledge import analysis


@pytest.mark.parametrize("question, speaker, says", [
    # Typed without the accent, "portugues" stems apart from "Portuguese"; "vai ter" asks whether
    # there is one and is no topic.
    ("vai ter interpretação em portugues no forum de assuncao?", "Hernán Villalobos", "interpretación al portugués"),
    # (the Spanish version for a Portuguese reader: the English one says «forty forms» first)
    ("quantos formularios aceitaram o email no levantamento", "José Martínez", "menos de la tercera parte"),
    ("the test cases will be in spanish?", "Michael Chen", "translated into Spanish"),
    ("os casos de teste vão estar em espanhol?", "Michael Chen", "translated into Spanish"),
])
def test_a_language_named_in_another_language_finds_what_was_said(archive, question, speaker, says):
    answer = archive.ask(question)
    assert ("passage", speaker, True) == (answer.kind, answer.sources[0].speaker, says in " ".join(answer.quote))


@pytest.mark.parametrize("question", ["Who is the president of Portugal?", "Who is the president of France?"])
def test_a_country_is_not_its_language(archive, question):
    # "Portugal" stems as "portugués" does in Spanish, "France" as "français": no call speaks of either.
    assert "nothing" == archive.ask(question).kind


def test_a_language_is_named_by_its_forms_and_searched_by_stem():
    assert {"french", "franc"} <= set(analysis.query_terms("interpretacion al frances"))
    assert "franc" in analysis.query_terms("interpretation into French")          # (the French call's «français»)
    assert "french" not in analysis.query_terms("the president of France")
    assert "portugues" not in analysis.query_terms("the president of Portugal")
    assert not any("+" in term for term in analysis.query_terms("interpretation into French"))     # (the mark)


@pytest.mark.parametrize("question, topic", [
    ("vai ter interpretação no forum?", ["interpretacao", "forum"]),
    ("va a haber interpretación en el foro?", ["interpretacion", "foro"]),
    ("o que o ter disse?", ["ter"]),                 # (a word alone, not the phrase: kept)
])
def test_asking_whether_there_will_be_one_is_no_topic(question, topic):
    assert topic == analysis.question_words(question)


def test_a_reader_gets_the_nearest_language_version(archive):
    searcher = archive.searcher
    [english] = [h for h in searcher.search("forty forms internationalized email", k=3)
                 if h.meeting_id == "lacralo-2026-09-21-en"][:1]
    query = set(searcher.terms("forms"))
    assert "lacralo-2026-09-21-es" == searcher.in_language(english, "pt", query).meeting_id      # Spanish for Portuguese
    assert "lacralo-2026-09-21-es" == searcher.in_language(english, "es", query).meeting_id
    assert "lacralo-2026-09-21-en" == searcher.in_language(english, "fr", query).meeting_id      # as found
