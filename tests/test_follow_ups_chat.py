"""Chat follow-ups on the turn quoted: who asked what it answers, who supported it, whether one
may join, what someone said next on it, and which meeting a presenter's item was in."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import bare
from tests.conftest import dialogue_answers


@pytest.mark.parametrize("then", ["qui a demande ca", "who asked?", "¿quién preguntó eso?", "quem perguntou?"])
def test_who_asked_after_an_answer_is_who_asked_the_question_it_answers(archive, then):
    answers = dialogue_answers(archive, "les webinaires afralo c quand", "ils seront enregistres?", then)
    assert "Koffi Mensah" == answers[1].sources[0].speaker      # «Oui, Fatou, tous les webinaires seront enregistrés…»
    assert "Fatou Camara" == answers[2].sources[0].speaker
    assert ("Est-ce que les webinaires seront enregistrés ?",) == answers[2].quote


@pytest.mark.parametrize("question, asked", [
    ("qui a demande ca", "asker"), ("who asked?", "asker"), ("quien pregunto?", "asker"),
    ("y que pregunto?", "said"), ("what did she ask?", "said"),      # what was asked, not who
])
def test_who_asked_needs_a_who_word(question, asked):
    assert asked == bare.asks(question)


def test_who_asked_after_no_quote_is_still_the_meetings_questions(archive):
    answers = dialogue_answers(archive, "Who attended the NARALO call?", "quem perguntou?")
    assert ("questions", "naralo-2026-10-12-en") == (answers[1].kind, answers[1].meeting.id)


def test_who_asked_after_a_question_quoted_is_its_asker_and_after_a_talk_no_one_before(archive):
    keisha = dialogue_answers(archive, "keisha pregunto algo sobre la guia?", "quien pregunto?")
    assert ["Keisha Thompson"] * 2 == [a.sources[0].speaker for a in keisha]     # (not Carlos's question before hers)
    hernan = dialogue_answers(archive, "vai ter interpretacao em portugues no forum?", "quem perguntou?")
    assert ["Hernán Villalobos", "Thiago Nascimento"] == [a.sources[0].speaker for a in hernan]     # (Thiago's question)
    diego = dialogue_answers(archive, "o que o diego disse sobre o evento de bogota?", "quem perguntou?")
    # (in the middle of his talk, no one asked: not his «Melhor agora?» nor another's question)
    assert ["Diego Alarcón"] * 2 == [a.sources[0].speaker for a in diego]


def test_who_supported_it_is_the_turn_that_says_so(archive):
    answers = dialogue_answers(archive, "the caribbean outreach plan", "who proposed it", "who supported it")
    assert "Keisha Thompson" == answers[2].sources[0].speaker
    assert "I fully support the proposal." in answers[2].quote[0]


def test_a_short_question_the_quoted_turn_holds_is_asked_of_it(archive):
    answers = dialogue_answers(archive, "what did michael say about the idn working group", "when do they meet", "can i join?")
    assert ("Michael Chen", "Michael Chen") == (answers[1].sources[0].speaker, answers[2].sources[0].speaker)
    assert "everyone is welcome" in answers[2].quote[0]


@pytest.mark.parametrize("then", ["what about ipv6?", "who talked about the newsletter in english?"])
def test_a_question_the_quoted_turn_does_not_hold_is_searched(archive, then):
    answers = dialogue_answers(archive, "what did michael say about the idn working group", "when do they meet", then)
    assert "Michael Chen" != answers[2].sources[0].speaker


@pytest.mark.parametrize("then", ["dans quelle reunion", "which meeting?"])
def test_which_meeting_after_an_answer_quoting_no_turn_is_the_meetings_it_was_about(archive, then):
    presented, meetings = dialogue_answers(archive, "qui a presente sur l'ipv6", then)
    assert {"naralo-2026-10-12-en", "afralo-2026-10-05-fr"} == {p.meeting.id for p in presented.parts}
    assert ("meetings", {"naralo-2026-10-12-en", "afralo-2026-10-05-fr"}) == (meetings.kind, {m.id for m in meetings.meetings})


def test_what_did_they_say_after_who_talked_about_it_goes_on_then_says_there_is_no_more(archive):
    first, then, again = dialogue_answers(archive, "quien hablo del abuso del dns", "y que dijo?", "y que dijo?")
    assert {"Patricia Villanueva"} == {a.sources[0].speaker for a in (first, then, again)}
    assert first.quote != then.quote != again.quote and "El borrador tiene tres partes." == then.quote[0]
    keisha, more = dialogue_answers(archive, "who offered to help with the newsletter in english", "and what did she say?")
    assert ("Keisha Thompson", keisha.quote) == (more.sources[0].speaker, more.quote)    # her turn ends there
    assert "no_more" in more.flags and "no_more" not in then.flags
    assert render.plain(more).startswith("That is all Keisha Thompson said about it, as far as I can find:")


def test_a_document_recommended_after_a_presenters_words_is_in_their_turn(archive):
    *_, document = dialogue_answers(archive, "quien presento el webinar de iot en 2020", "de que hablo",
                                    "que documento recomendo")
    assert ("Patricio Carranza", "lacralo-2020-02-17-fr") == (document.sources[0].speaker, document.sources[0].meeting_id)
    assert "SAC105" in document.sources[0].text         # (not a 2016 line on other recommendations)


@pytest.mark.parametrize("then", ["who said that?", "quem disse isso?"])
def test_who_said_that_is_the_quote_again_not_what_was_said_next(archive, then):
    *_, funded, who = dialogue_answers(archive, "atelier abidjan c quand", "combien de places", then)
    assert (funded.sources[0].turn_index, funded.quote) == (who.sources[0].turn_index, who.quote)
    assert "no_more" not in who.flags


def test_when_after_a_quote_that_says_when_is_that_quote(archive):
    # "y eso cuando?" after Patricia's «…antes del domingo 4 de octubre»: that sentence, not her earlier «…porque hoy…»
    answers = dialogue_answers(archive, "hasta cuando se puede comentar el borrador de abuso del dns", "y eso cuando?")
    assert ["Patricia Villanueva"] * 2 == [a.sources[0].speaker for a in answers]
    assert "4 de octubre" in answers[0].quote[0] and answers[1].quote == (answers[0].quote[0],)


BOGOTA = ("cuando es el evento de bogota", "hay apoyo de viaje?", "cuantas plazas?")


@pytest.mark.parametrize("then, speaker, says", [
    # Its words said elsewhere in a sentence that dates another thing (José's «…les pido…» «…antes de fin de
    # año»): the deadline said right after the turn quoted (Diego's «…dez vagas…»)
    ("hasta cuando se pide?", "Hernán Villalobos", "até o dia 6 de novembro"),
    # Not when the sentence found says it of what is asked («El plazo para enviar comentarios vence…»)
    ("deadline for comments?", "Patricia Villanueva", "Friday, 9 October"),
])
def test_a_deadline_asked_after_a_quote_is_the_one_said_right_after_it(archive, then, speaker, says):
    answer = dialogue_answers(archive, *BOGOTA, then)[-1]
    assert (speaker, True) == (answer.sources[0].speaker, says in " ".join(answer.quote))
