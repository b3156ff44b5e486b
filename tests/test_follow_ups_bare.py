"""Follow-ups that are only a question word ("¿Y a qué hora?", "y le respondieron?", "quien?",
"When do they meet?", "Et l'autre ?"): asked of what the last answer quoted (knowledge.bare)."""
from __future__ import annotations

import pytest

from bot import render
from conftest import dialogue_answers
from knowledge import bare


@pytest.mark.parametrize("then", ["y a q hora?", "and what time?", "et à quelle heure ?", "e que horas?", "cuando?"])
def test_what_time_is_of_the_event_quoted(archive, then):
    first, when = dialogue_answers(archive, "cuando es el webinar de ipv6", then)
    assert "15:00" in " ".join(first.quote)
    assert ("Carlos Medina", "15:00") == (when.sources[0].speaker, "15:00" if "15:00" in " ".join(when.quote) else "")


def test_the_time_asked_is_the_sentence_of_the_turn_that_says_an_hour(archive):
    *_, when = dialogue_answers(archive, "que dijo leon sanchez", "a que hora es esa reunion")
    assert "León Sanchez" == when.sources[0].speaker and "17:00 UTC" in " ".join(when.quote)


def test_when_do_they_meet_is_of_the_group_quoted(archive):
    *_, when = dialogue_answers(archive, "when does the idn working group meet", "when do they meet")
    assert "Michael Chen" == when.sources[0].speaker and "every other Thursday" in " ".join(when.quote)


@pytest.mark.parametrize("then", ["y le respondieron?", "and did they answer her?", "et on lui a répondu ?", "e responderam?"])
def test_was_it_answered_is_the_reply_right_after_the_quote(archive, then):
    *_, reply = dialogue_answers(archive, "que dijo keisha", then)
    assert "José Martínez" == reply.sources[0].speaker and "lista de correo" in " ".join(reply.quote)


def test_when_after_the_reply_is_what_the_reply_says_not_another_turn(archive):
    *_, when = dialogue_answers(archive, "que dijo keisha", "y le respondieron?", "cuando?")
    assert "José Martínez" == when.sources[0].speaker and "esta misma semana" in " ".join(when.quote)


@pytest.mark.parametrize("then", ["y el otro?", "and the other one?", "et l'autre ?"])
def test_the_other_is_the_same_topic_in_another_meeting(archive, then):
    first, other = dialogue_answers(archive, "cuando es el webinar de ipv6", then)
    quoted = next(m for m in archive.store.meetings() if first.sources[0].meeting_id in m.ids)
    assert other.kind == "passage" and other.sources[0].meeting_id not in quoted.ids
    assert "ipv6" in other.sources[0].text.lower()


@pytest.mark.parametrize("then, said", [("y cuando es el evento de bogota?", "Bogotá"), ("and what did Priya say?", "Priya Raman")])
def test_a_question_of_its_own_after_them_is_no_bare_follow_up(archive, then, said):
    # (the Bogotá event announced, Priya's words: not the IPv6 webinar's hour again)
    *_, own = dialogue_answers(archive, "cuando es el webinar de ipv6", "y a q hora?", then)
    assert said in render.plain(own) and "15:00" not in render.plain(own)


@pytest.mark.parametrize("question, asked", [
    ("y a que hora?", "when"), ("when do they meet", "when"), ("a que hora es esa reunion", "when"),
    ("y que dijo?", "said"), ("de que hablo", "said"), ("quem respondeu?", "answered"), ("quien?", "who"),
    ("et l'autre ?", "other"), ("et ça ?", None), ("y?", None), ("ok", None),
    ("when is the toronto event", None), ("y a que hora es el webinar de naralo?", None), ("what did Priya say?", None),
])
def test_what_a_bare_follow_up_asks(question, asked):
    assert bare.asks(question) == asked


@pytest.mark.parametrize("question, quoted", [
    ("y le respondieron?", True), ("when do they meet", True), ("qui lui a répondu ?", False), ("who answered him?", False)])
def test_who_answered_them_is_of_the_person_not_the_quote(question, quoted):
    assert bare.of_the_quote(question) == quoted


@pytest.mark.parametrize("question, asked", [
    ("e em que lingua?", "language"), ("in what language?", "language"), ("dans quelle reunion", "meeting"),
    ("which meeting?", "meeting"), ("¿en qué llamada?", "meeting"),
    # (not a meeting asked: "and in that call?" is the last question asked there)
    ("and in that call?", None), ("y en esa reunion?", None), ("a que hora es esa reunion", "when"),
])
def test_a_bare_follow_up_asks_the_language_or_the_meeting(question, asked):
    assert bare.asks(question) == asked


def test_in_what_language_is_the_sentence_of_the_quote_that_names_one(archive):
    *_, which = dialogue_answers(archive, "o que a marcela falou", "que horas?", "e em que lingua?")
    assert "Marcela Quintero" == which.sources[0].speaker and "espanhol" in " ".join(which.quote)


def test_in_which_meeting_is_the_quote_again_with_its_meeting(archive):
    first, which = dialogue_answers(archive, "que dijo leon sanchez", "dans quelle reunion")
    assert (first.sources[0].meeting_id, first.quote) == (which.sources[0].meeting_id, which.quote)


@pytest.mark.parametrize("sentence, gives", [
    ("A oficina vai ser em espanhol, e todos estão convidados.", True), ("Will it be in English and Spanish?", True),
    ("Todos estão convidados.", False), ("The English channel is open.", True), ("Nous parlerons de l'IPv6.", False),
])
def test_a_sentence_gives_the_language_asked_when_it_names_one(sentence, gives):
    from knowledge import asking
    assert asking.gives("language", sentence) == gives
