"""Follow-ups about what the last answer quoted, said without naming it: "¿Y quién organiza?"
after the Bogotá event, "What about NARALO, did it come up there?" after a search."""
from __future__ import annotations

import pytest

from conftest import dialogue_answers


@pytest.mark.parametrize("then", ["y quien organiza?", "and who organizes?", "et qui organise ?", "e quem organiza?"])
def test_who_does_it_with_the_object_left_out_is_about_the_quoted_event(archive, then):
    *_, event, who = dialogue_answers(archive, "cuando es el foro de asuncion?", "y el evento de bogota cuando es?", then)
    assert "Diego Alarcón" == event.sources[0].speaker and "Bogotá" in event.sources[0].text
    assert "Diego Alarcón" == who.sources[0].speaker and who.sources[0].meeting_id == event.sources[0].meeting_id


@pytest.mark.parametrize("then", [
    "and who is Diego?",                    # a name: about him
    "and who organizes the newsletter?",    # its own object
    "y quién presidió?",                    # who chaired the meeting
])
def test_what_is_not_who_does_it(archive, then):
    *_, who = dialogue_answers(archive, "cuando es el foro de asuncion?", "y el evento de bogota cuando es?", then)
    assert not who.searched.startswith(then + " ")         # (not searched with the quote's words)


@pytest.mark.parametrize("then", ["what about naralo, did it come up there?", "and in naralo, did that come up?",
                                  "¿y en naralo también surgió eso?", "y en naralo también surgió?",
                                  "and in NARALO, did it come up too?", "e no naralo também surgiu?", "and in NARALO, was it raised?"])
def test_did_it_come_up_there_is_the_same_topic_there(archive, then):
    *_, there = dialogue_answers(archive, "what did they say about universal acceptance?", then)
    assert ("passage", "naralo-2026-10-12-en") == (there.kind, there.sources[0].meeting_id)
    assert "universal acceptance" in there.sources[0].text.lower()


@pytest.mark.parametrize("then", ["y en naralo surgió el tema del presupuesto?",     # a topic of its own
                                  "y surgió?"])                                       # no meeting named
def test_what_came_up_with_more_or_nowhere_named_is_no_same_topic(archive, then):
    first, there = dialogue_answers(archive, "what did they say about universal acceptance?", then)
    assert first.topic and not (there.searched == first.topic and there.within)


@pytest.mark.parametrize("then", ["and who asked about cctlds", "y quien pregunto sobre los cctlds?",
                                  "et qui a posé une question sur les cctlds ?"])
def test_who_did_something_about_a_topic_of_its_own_is_asked_anew(archive, then):
    # (not of what Priya's last answer quoted: the topic is said)
    first, who = dialogue_answers(archive, "what did priya say", then)
    assert first.sources[0].speaker == "Priya Raman"
    assert "Alejandro Ruiz Paredes" == who.sources[0].speaker and "country code" in who.sources[0].text


def test_did_she_answer_after_a_question_asked_anew_is_the_reply_to_it(archive):
    *_, asked, answered = dialogue_answers(archive, "what did priya say", "deadline?", "and who asked about cctlds",
                                           "did she answer?")
    assert "Alejandro Ruiz Paredes" == asked.sources[0].speaker
    assert "Priya Raman" == answered.sources[0].speaker and "country code" in " ".join(answered.quote)
