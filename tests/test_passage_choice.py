"""Which passage answers a content question: a number typed in digits or words is the number the
call says in words, but never a match by itself; "who is the secretary?" is answered by the chair
giving the floor to them; "a qué hora" asks the time and is no topic word; the quote does not
depend on how many sources are asked for."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import analysis, numbers


def _first(archive, question: str, k: int = 5) -> tuple[str, str | None, str]:
    answer = archive.ask(question, k=k)
    return answer.kind, answer.sources[0].speaker if answer.sources else None, " ".join(answer.quote)


@pytest.mark.parametrize("word, value", [
    ("3", 3), ("trois", 3), ("tres", 3), ("three", 3), ("duas", 2), ("doce", 12), ("twelve", 12),
    ("1", None), ("un", None), ("one", None), ("13", None), ("sept", None), ("once", None), ("webinar", None),
])
def test_a_small_number_is_read_in_digits_and_in_each_languages_words(word, value):
    assert value == numbers.value(word)


def test_the_number_words_are_text2nums():
    from text_to_num import text2num
    for language, written in numbers._WORDS.items():
        for n, alternatives in enumerate(written.split(), numbers.FIRST):
            for word in alternatives.split("|"):
                assert word == "-" or text2num(word, language) == n, (language, word)


def test_a_number_is_said_by_its_stems_not_by_another_words():
    assert {"3", "trois", "tres", "three"} == set(numbers.stems("3"))
    assert "set" not in numbers.stems("7") and "doc" not in numbers.stems("12")     # (English "set", "document")
    assert frozenset() == numbers.stems("webinar")


def test_a_number_in_digits_searches_its_words_but_a_number_word_no_digits():
    assert {"trois", "three"} <= set(analysis.query_terms("les 3 webinaires"))
    assert {"trois", "tres"} <= set(analysis.query_terms("the three webinars"))
    assert "3" not in analysis.query_terms("the three webinars")


def test_a_number_weighs_as_its_most_said_form(archive):
    # (the digit "3" is rare, the word «trois» is not: the question's "3" is a common word)
    weight = archive._weighed("les 3 webinaires")["3"][1]
    assert weight == min(archive.searcher.idf(s) for s in numbers.stems("3") if archive.searcher.idf(s))
    assert weight < archive.searcher.idf("3")


@pytest.mark.parametrize("question", [
    "quels sont les 3 webinaires afralo", "what are the 3 afralo webinars", "what are the three afralo webinars",
])
def test_a_number_asked_is_the_one_the_call_says_in_words(archive, question):
    assert ("passage", "Koffi Mensah") == _first(archive, question)[:2]
    assert "Il y en aura trois" in _first(archive, question)[2]


@pytest.mark.parametrize("question", [
    "quien gano el mundial en 2 partidos", "quien gano el mundial en dos partidos", "who won the cup in 2 matches",
    "quien gano los 2 partidos",        # («…deux autres membres qui ont participé…» holds the number, and little else)
])
def test_a_number_alone_answers_nothing(archive, question):
    assert "nothing" == archive.ask(question).kind


@pytest.mark.parametrize("question", [
    "quien es el secretario de lacralo", "who is the secretary of lacralo",
])
def test_who_someone_is_is_answered_by_the_chair_giving_them_the_floor(archive, question):
    # (now the roles' answer: the holder the chair's words name, «…a Tomás Echeverría, nuestro secretario»)
    answer = archive.ask(question)
    assert ("role", "Lucía de la Fuente", True) == (answer.kind, answer.sources[0].speaker,
                                                    "Tomás Echeverría" in render.plain(answer))


def test_a_chair_naming_only_whom_the_question_names_introduces_no_one(archive):
    hit = next(h for h in archive.searcher.search("le doy la palabra a Tomás Echeverría, nuestro secretario")
               if h.speaker == "Lucía de la Fuente")
    assert archive.introduces("quien es el secretario", hit)
    assert not archive.introduces("quien es Tomás Echeverría", hit)


def test_the_chair_giving_the_floor_is_no_answer_to_what_was_said(archive):
    # (not asked who someone is: the agenda is read by Tomás, which says nothing of it)
    kind, speaker, quote = _first(archive, "what did the secretary read")
    assert "Without further ado" not in quote and "Sin más" not in quote


@pytest.mark.parametrize("question, words", [
    ("a que hora es la reunion comunitaria de icann67", ["comunitaria", "icann67"]),
    ("à quelle heure est la réunion communautaire ?", ["communautaire"]),
    ("les heures d'ouverture", ["heures", "ouverture"]),        # (not asking what time: a topic)
    ("la hora del cierre", ["hora", "cierre"]),
])
def test_asking_what_time_is_no_topic(question, words):
    assert words == [w for w in analysis.question_words(question) if w not in analysis.ALL_STOPWORDS]


def test_what_time_the_community_meeting_is_said_in_another_language(archive):
    kind, speaker, quote = _first(archive, "a que hora es la reunion comunitaria de icann67")
    assert ("passage", "León Sanchez", True) == (kind, speaker, "17:00 UTC" in quote)


@pytest.mark.parametrize("question", [
    "quels sont les 3 webinaires afralo", "hasta cuando se puede comentar el borrador de abuso del dns",
    "quien es el secretario de lacralo", "a que hora es la reunion comunitaria de icann67",
])
def test_the_quote_is_the_same_however_many_sources_are_asked_for(archive, question):
    assert _first(archive, question, k=5) == _first(archive, question, k=6) == _first(archive, question, k=10)


@pytest.mark.parametrize("question, kind", [
    ("la guia de beatriz cuando llega", "when"), ("el boletin de naralo cuando sale", "when"),
    ("le guide de beatriz quand arrive", "when"),
    # ("when" joining clauses after a question word; "de vez en cuando" is sometimes)
    ("que dijo aida noblia ayer cuando termino", None), ("what did aida noblia say when asked", None),
    ("o que disse a aida noblia quando saiu", None), ("de vez en cuando llega", None),
])
def test_when_before_a_last_verb_in_keywords_asks_when(question, kind):
    from knowledge import asking
    assert kind == asking.asked_for(question)


def test_when_the_guide_comes_is_the_sentence_that_says_when(archive):
    kind, speaker, quote = _first(archive, "la guia de beatriz cuando llega")
    assert ("passage", "Beatriz Gonçalves", True) == (kind, speaker, "próxima semana" in quote)


@pytest.mark.parametrize("question", [
    "onde ficam as gravacoes dos webinars", "donde quedan las grabaciones de los webinars", "where are the webinar recordings",
])
def test_where_recordings_are_kept_is_the_page_they_are_put_on(archive, question):
    kind, speaker, quote = _first(archive, question)
    assert ("passage", "Koffi Mensah", True) == (kind, speaker, "page wiki" in quote)


@pytest.mark.parametrize("sentence, where", [
    ("tous les webinaires seront publiés sur la page wiki", True), ("está en el sitio web de At-Large", True),
    ("vamos colocar no site", True), ("it is on the wiki", True),
    ("la page suivante", False), ("we need a website", False), ("un site de test", False),
])
def test_a_page_or_site_something_is_on_says_where(sentence, where):
    from knowledge import asking
    assert where == asking.gives("where", sentence)


@pytest.mark.parametrize("question, words", [
    ("onde ficam as gravacoes", ["gravacoes"]), ("donde quedan las grabaciones", ["grabaciones"]),
    ("ficam prontas amanha", ["ficam", "prontas", "amanha"]),      # (not asking where: a topic)
])
def test_asking_where_something_is_is_no_topic(question, words):
    assert words == analysis.question_words(question)
