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
