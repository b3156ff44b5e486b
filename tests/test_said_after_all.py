"""Answerable questions that found nothing: a member reads "nothing found" as "never said". Each
is asked as members type it, with what must still find nothing beside it."""
from __future__ import annotations

import re

import pytest

from knowledge import analysis, naming, which_days


def test_a_month_abbreviated_before_a_year_dates_the_question(archive):
    answer = archive.ask("who gave apologies in feb 2020")
    assert ("apologies", "lacralo-2020-02-17-fr") == (answer.kind, answer.meeting.id)


@pytest.mark.parametrize("words, month", [
    (["feb", "2020"], 2), (["apologies", "oct", "2026"], 10), (["mar", "2020"], None), (["jan", "5000"], None),
])
def test_an_abbreviation_before_a_year_is_a_month_unless_it_is_also_a_word(words, month):
    i = 1 if words[0] == "apologies" else 0
    assert month == which_days.abbreviated_month(words, i)


@pytest.mark.parametrize("question, asked", [
    ("que dijo el tiago", ["Thiago Nascimento"]), ("o que disse o tiago", ["Thiago Nascimento"]),
    ("que dijo la fuente", []),         # (Gabriela Fuentes: a surname after an article is a noun)
    ("que dijeron las fuentes", []),
])
def test_an_article_before_a_misspelt_first_name_names_them(archive, question, asked):
    assert asked == naming.speakers_asked(question, archive.store.people())


def test_what_someone_called_with_an_article_and_a_typo_said(archive):
    assert "Thiago Nascimento" == archive.ask("que dijo el tiago").sources[0].speaker


@pytest.mark.parametrize("question, speaker", [
    ("did anyone talk about youth", "Diego Alarcón"),       # «participação dos jovens»
    ("alguien hablo de jovenes", "Diego Alarcón"),
    ("who talked about a bakery", "João da Silva"),         # «uma pequena padaria»
    ("ejemplo de la panaderia con cedilla", "João da Silva"),
    ("how many funded places abidjan", "Yasmina Haddad"),   # «douze places financées»
])
def test_a_word_said_only_in_another_language_is_found(archive, question, speaker):
    answer = archive.ask(question)
    assert ("passage", speaker) == (answer.kind, answer.sources[0].speaker)


@pytest.mark.parametrize("question", ["quien gano el mundial", "recette de la paella", "who talked about a butcher"])
def test_what_no_call_says_in_any_language_is_still_nothing(archive, question):
    assert "nothing" == archive.ask(question).kind


@pytest.mark.parametrize("question", [
    "hasta cuando hay plazo para comentar lo del abuso del dns", "ate quando tem prazo pra comentar o abuso do dns",
])
def test_until_when_asks_for_a_deadline_and_is_no_topic(archive, question):
    answer = archive.ask(question)
    assert ("Patricia Villanueva", True) == (answer.sources[0].speaker, bool(re.search(r"\b9 (?:de )?oct", " ".join(answer.quote).lower())))
    assert "hasta" not in analysis.question_words(question)


def test_until_alone_is_a_topic_word():
    assert ["hasta", "luego"] == analysis.question_words("hasta luego")


@pytest.mark.parametrize("question", ["hasta cuando se puede comentar el borrador de abuso del dns",
                                      "cuando es el webinar de ipv6", "who talked about a bakery"])
def test_the_answer_is_the_same_however_many_sources_are_listed(archive, question):
    # (the chat lists one more source than `acta ask` to know whether there are more)
    def said(k):
        answer = archive.ask(question, k=k)
        return answer.sources[0].speaker, answer.sources[0].meeting_id, answer.quote
    assert said(5) == said(6) == said(10)
    assert said(5)[0] in {"Patricia Villanueva", "Carlos Medina", "João da Silva"}
