"""Questions that follow up on the meeting just talked about ("Who attended the NARALO call?" then
"Who sent apologies?", "And what was said about the budget?"), per member and chat, for a while."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.conversations import FOLLOW_UP_MINUTES
from bot.dialogue import Dialogue, Member
from knowledge import intents

NARALO, JUNE_2016 = "naralo-2026-10-12-en", "lacralo-2016-06-20-fr"
LATEST = "lacralo-webinar-2026-10-26-pt"


@pytest.mark.parametrize("question, kind", [
    ("Who sent apologies?", "apologies"), ("Qui a présidé ?", "chair"), ("¿Cuál fue el orden del día?", "agenda"),
    ("Who joined late?", "late"), ("And who attended?", "attendance"),
])
def test_a_data_question_about_one_meeting_is_on_the_meeting_talked_about(archive, question, kind):
    assert (kind, LATEST) == (archive.ask(question).kind, archive.ask(question).meeting.id)    # alone: the latest
    answer = archive.ask(question, context=NARALO)
    assert (kind, NARALO) == (answer.kind, answer.meeting.id)


def test_a_meeting_named_is_the_one_asked_about(archive):
    answer = archive.ask("Who sent apologies in June 2016?", context=NARALO)
    assert JUNE_2016 == answer.meeting.id
    assert "no_meeting" == archive.ask("Who attended in March 2031?", context=NARALO).kind
    for question in ("And what was said about the budget in June 2016?", "And the budget in 2016?"):
        assert JUNE_2016 == archive.ask(question, context=NARALO).sources[0].meeting_id


def test_counts_over_all_meetings_follow_up_only_when_pointing_at_the_meeting(archive):
    everyone = archive.ask("Who spoke most?")
    assert everyone.meetings == archive.ask("Who spoke most?", context=NARALO).meetings and len(everyone.meetings) > 1
    assert (NARALO,) == tuple(m.id for m in archive.ask("And who spoke most in that call?", context=NARALO).meetings)
    most = archive.ask("Who attended the most meetings?")
    assert most.participation == archive.ask("And who attended the most meetings?", context=NARALO).participation


@pytest.mark.parametrize("question", ["And what was said about the budget?", "What about the budget in that call?",
                                      "¿Y qué se dijo sobre el presupuesto?", "Et qu'a-t-on dit du budget dans cette réunion ?"])
def test_a_search_that_follows_up_is_within_the_meeting(archive, question):
    alone = archive.ask(question)
    assert "passage" == alone.kind and NARALO != alone.sources[0].meeting_id
    answer = archive.ask(question, context=NARALO)
    assert ("passage", NARALO) == (answer.kind, answer.sources[0].meeting_id)
    assert NARALO in answer.within            # "more results" stay in it
    assert "that" not in answer.searched.split() and "cette" not in answer.searched.split()


def test_a_follow_up_the_meeting_holds_nothing_on_is_searched_everywhere(archive):
    answer = archive.ask("And what about Montevideo?", context=NARALO)
    assert "passage" == answer.kind and NARALO != answer.sources[0].meeting_id
    assert answer.sources[0].meeting_id == archive.ask("And what about Montevideo?").sources[0].meeting_id


def test_a_new_question_is_not_a_follow_up(archive):
    question = "What was said about the budget?"
    assert archive.ask(question).sources == archive.ask(question, context=NARALO).sources


@pytest.mark.parametrize("question, start, that", [
    ("And who sent apologies?", "and", None), ("Et qui était excusé ?", "et", None), ("¿Y quién presentó?", "y", None),
    ("E quem apresentou?", "e", None), ("What about the budget?", "what about", None),
    ("Who spoke in that call?", None, "that call"), ("Qu'a-t-on dit dans cette réunion-là ?", None, "cette reunion"),
    ("¿Quién habló en esa reunión?", None, "esa reunion"), ("Quem falou nessa reunião?", None, "nessa reuniao"),
    ("Y a-t-il un sondage ?", None, None), ("E-mail of the chair?", None, None), ("Andrés said what?", None, None),
    ("Who attended?", None, None),
])
def test_how_a_question_follows_up(question, start, that):
    assert (start, that) == intents.follows_up(question)


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 2, 12, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now


def test_each_member_in_each_chat_has_their_own_conversation_for_a_while(archive):
    clock = Clock()
    talk = Dialogue(archive.store, archive, clock=clock)
    ana, ben = Member(1, "en", chat=-100), Member(2, "en", chat=-100)
    talk.question("Who attended the NARALO call?", ana)
    talk.question("Who attended in June 2016?", ben)

    def apologies_of(member: Member) -> str:
        (reply,) = talk.question("Who sent apologies?", member)
        return reply.html
    assert "12 October 2026" in apologies_of(ana) and "20 June 2016" in apologies_of(ben)
    assert "26 October 2026" in apologies_of(Member(1, "en", chat=-200))     # another chat: the latest
    clock.now += dt.timedelta(minutes=FOLLOW_UP_MINUTES - 1)
    assert "12 October 2026" in apologies_of(ana)                          # each answer keeps it going
    clock.now += dt.timedelta(minutes=FOLLOW_UP_MINUTES + 1)
    assert "26 October 2026" in apologies_of(ana)


def test_a_command_about_a_meeting_starts_a_conversation_on_it(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "fr", chat=-100)
    talk.command("who", "juin 2016", ana)
    (chair,) = talk.question("Qui a présidé ?", ana)
    assert "20 juin 2016" in chair.html
    talk.command("summary", "NARALO", ana)
    (agenda,) = talk.question("Et l'ordre du jour ?", ana)
    assert "12 octobre 2026" in agenda.html


def test_an_answer_about_several_meetings_or_none_leaves_the_conversation_where_it_was(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who attended the NARALO call?", ana)
    talk.question("Who attended on 5 and 12 October?", ana)           # two meetings
    talk.question("Who attended in March 2031?", ana)                 # none
    (reply,) = talk.question("Who chaired?", ana)
    assert "12 October 2026" in reply.html
