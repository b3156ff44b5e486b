"""Questions that follow up on the meeting just talked about ("Who attended the NARALO call?" then
"Who sent apologies?", "And what was said about the budget?"), per member and chat, for a while."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.conversations import FOLLOW_UP_MINUTES
from bot import render
from bot.dialogue import Dialogue, Member
from knowledge import follow_up_words
from knowledge.models import Conversation

from conftest import converse, first_replies
from follow_up_context import JUNE_2016, LATEST, NARALO, ON_NARALO


@pytest.mark.parametrize("question, kind", [
    ("Who sent apologies?", "apologies"), ("Qui a présidé ?", "chair"), ("¿Cuál fue el orden del día?", "agenda"),
    ("Who joined late?", "late"), ("And who attended?", "attendance"),
])
def test_a_data_question_about_one_meeting_is_on_the_meeting_talked_about(archive, question, kind):
    assert (kind, LATEST) == (archive.ask(question).kind, archive.ask(question).meeting.id)    # alone: the latest
    answer = archive.ask(question, context=ON_NARALO)
    assert (kind, NARALO) == (answer.kind, answer.meeting.id)


def test_a_meeting_named_is_the_one_asked_about(archive):
    answer = archive.ask("Who sent apologies in June 2016?", context=ON_NARALO)
    assert JUNE_2016 == answer.meeting.id
    assert "no_meeting" == archive.ask("Who attended in March 2031?", context=ON_NARALO).kind
    for question in ("And what was said about the budget in June 2016?", "And the budget in 2016?"):
        assert JUNE_2016 == archive.ask(question, context=ON_NARALO).sources[0].meeting_id


def test_counts_over_all_meetings_follow_up_only_when_pointing_at_the_meeting(archive):
    everyone = archive.ask("Who spoke most overall?")
    assert everyone.meetings == archive.ask("Who spoke most overall?", context=ON_NARALO).meetings and len(everyone.meetings) > 1
    # "Who spoke most?" is of one meeting, as "Who spoke least?": the one talked about
    for question in ("Who spoke the most?", "Qui a parlé le plus ?", "¿Quién habló más?", "Quem falou mais?"):
        assert (NARALO,) == tuple(m.id for m in archive.ask(question, context=ON_NARALO).meetings), question
    assert (NARALO,) == tuple(m.id for m in archive.ask("And who spoke most in that call?", context=ON_NARALO).meetings)
    most = archive.ask("Who attended the most meetings?")
    assert most.participation == archive.ask("And who attended the most meetings?", context=ON_NARALO).participation


@pytest.mark.parametrize("question", ["And what was said about the budget?", "What about the budget in that call?",
                                      "¿Y qué se dijo sobre el presupuesto?", "Et qu'a-t-on dit du budget dans cette réunion ?"])
def test_a_search_that_follows_up_is_within_the_meeting(archive, question):
    alone = archive.ask(question)
    assert "passage" == alone.kind and NARALO != alone.sources[0].meeting_id
    answer = archive.ask(question, context=ON_NARALO)
    assert ("passage", NARALO) == (answer.kind, answer.sources[0].meeting_id)
    assert NARALO in answer.within            # "more results" stay in it
    assert "that" not in answer.searched.split() and "cette" not in answer.searched.split()


def test_a_follow_up_the_meeting_holds_nothing_on_is_searched_everywhere(archive):
    answer = archive.ask("And what about Montevideo?", context=ON_NARALO)
    assert "passage" == answer.kind and NARALO != answer.sources[0].meeting_id
    assert answer.sources[0].meeting_id == archive.ask("And what about Montevideo?").sources[0].meeting_id


def test_a_new_question_is_not_a_follow_up(archive):
    question = "What was said about the budget?"
    assert archive.ask(question).sources == archive.ask(question, context=ON_NARALO).sources


@pytest.mark.parametrize("question, start, that", [
    ("And who sent apologies?", "and", None), ("Et qui était excusé ?", "et", None), ("¿Y quién presentó?", "y", None),
    ("E quem apresentou?", "e", None), ("What about the budget?", "what about", None),
    ("Who spoke in that call?", None, "that call"), ("Qu'a-t-on dit dans cette réunion-là ?", None, "cette reunion"),
    ("¿Quién habló en esa reunión?", None, "esa reunion"), ("Quem falou nessa reunião?", None, "nessa reuniao"),
    ("Y a-t-il un sondage ?", None, None), ("E-mail of the chair?", None, None), ("Andrés said what?", None, None),
    ("Y avait-il un sondage sur le mentorat ?", None, None), ("Y aura-t-il un webinaire ?", None, None),
    ("Y a eu un sondage ?", None, None), ("¿Y en 2020?", "y", None),
    ("Who attended?", None, None),
])
def test_how_a_question_follows_up(question, start, that):
    assert (start, that) == follow_up_words.follows_up(question)


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


@pytest.mark.parametrize("first, then, said", [
    ("when was the last naralo call", "who chaired it", "Marc-André Gagnon chaired the NARALO monthly call, 12 October 2026."),
    ("hubo reunion en febrero?", "quien presidio?", "Sergio Salinas Porto presidió: llamada mensual de LACRALO, 17 de febrero de 2020."),
    ("which meetings did priya attend?", "who came late", "NARALO monthly call, 12 October 2026:</b>\nOlivia Hartman"),
])
def test_the_meetings_listed_are_the_ones_followed_up_on(archive, first, then, said):
    (reply,) = converse(archive, first, then)[1]
    assert said in reply.html


def test_an_answer_about_several_meetings_or_none_leaves_the_conversation_where_it_was(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who attended the NARALO call?", ana)
    talk.question("Who attended on 5 and 12 October?", ana)           # two meetings
    talk.question("Who attended in March 2031?", ana)                 # none
    (reply,) = talk.question("Who chaired?", ana)
    assert "12 October 2026" in reply.html


def test_a_follow_up_found_elsewhere_says_so_and_stays_on_the_meeting(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who attended the NARALO call?", ana)
    (found, *_) = talk.question("And what was said about Montevideo?", ana)
    assert found.html.startswith("Nothing on that in the NARALO monthly call (12 October 2026); in other meetings:")
    (apologies,) = talk.question("Who sent apologies?", ana)
    assert "12 October 2026" in apologies.html


def test_a_follow_up_on_several_meetings_is_on_each(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.command("who", "5 and 12 October 2026", ana)
    (reply,) = talk.question("Who sent apologies?", ana)
    assert ["5 October 2026", "12 October 2026"] == re.findall(r"Apologies — [^,]+, (\d+ \w+ \d{4})", reply.html)
    bea = Member(2, "en", chat=-100)
    talk.question("Who attended in September and October 2026?", bea)
    (chairs,) = talk.question("Who chaired?", bea)
    assert 4 == chairs.html.count(" chaired the ")


@pytest.mark.parametrize("question", ["Who presented the second item?", "Who presented?"])
def test_who_presented_follows_up_unless_it_names_the_item(archive, question):
    answer = archive.ask(question, context=ON_NARALO)
    assert NARALO == answer.meeting.id, render.plain(answer)
    # By its title, on any agenda: NARALO's and AFRALO's IPv6 items.
    titled = archive.ask("Who presented the IPv6 update?", context=ON_NARALO)
    assert {NARALO, "afralo-2026-10-05-fr"} == {p.meeting.id for p in titled.parts}


@pytest.mark.parametrize("question", ["Quem falou mais nessa reunião?", "Quem mais falou nesta reunião?"])
def test_pointing_at_the_meeting_is_no_topic(archive, question):
    answer = archive.ask(question, context=ON_NARALO)
    assert ("speakers", (NARALO,)) == (answer.kind, tuple(m.id for m in answer.meetings))


def test_a_message_that_does_not_say_its_language_is_answered_in_the_conversations():
    from knowledge.models import Answer
    from bot.conversations import Conversations

    clock = Clock()
    memory = Conversations(clock)
    memory.answered(-100, 1, Answer("nothing", "es"))
    assert ("es", None) == (memory.language(-100, 1), memory.on(-100, 1))
    assert memory.language(-100, 2) is None
    clock.now += dt.timedelta(minutes=FOLLOW_UP_MINUTES + 1)
    assert memory.language(-100, 1) is None


def test_the_console_answers_thanks_in_their_language_and_keeps_the_conversations(archive):
    talk = Dialogue(archive.store, archive)
    console = Member(0)             # no client language
    (merci,) = talk.question("Merci !", console)
    assert merci.html.startswith("<b>Avec plaisir !"), merci.html
    talk.question("¿Quién asistió a la reunión de NARALO?", console)
    (agenda,) = talk.question("Agenda?", console)
    assert agenda.html.startswith("<b>Orden del día — llamada mensual de NARALO"), agenda.html


@pytest.mark.parametrize("question", ["And in that call?", "Et dans cet appel ?", "E nesta chamada?"])
def test_pointing_at_the_meeting_alone_asks_the_same_again(archive, question):
    answer = archive.ask(question, context=Conversation((NARALO,), "apologies"))
    assert ("apologies", NARALO) == (answer.kind, answer.meeting.id)


def test_the_questions_of_the_meeting_followed_up_on(archive):
    answer = archive.ask("And which questions were not answered?", context=ON_NARALO)
    assert ("questions", NARALO) == (answer.kind, answer.meeting.id)
    keisha = archive.ask("What did Keisha ask?", context=ON_NARALO)       # a person: in any meeting
    assert "lacralo-2026-09-21-en" == keisha.meeting.id


@pytest.mark.parametrize("first, then, kind, person", [
    ("a que se comprometio jose martinez?", "y patricia?", "commitments", "Patricia Villanueva"),
    ("What did Priya commit to?", "And José?", "commitments", "José Martínez"),
    ("que pregunto sofia herrera?", "y keisha?", "questions", "Keisha Thompson"),
    # a first name several people share: each who made any
    ("que se comprometio a hacer Jose Martinez?", "y Carlos?", "commitments", "Carlos Medina"),
    ("qu'est-ce que Jean-Baptiste a promis ?", "et Mamadou ?", "commitments", "Mamadou Sanogo"),
])
def test_a_name_alone_after_someones_commitments_or_questions_asks_the_same_of_them(archive, first, then, kind, person):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "es", chat=-100)
    talk.question(first, ana)
    answer = archive.ask(then, context=talk.conversations.on(-100, 1))
    assert kind == answer.kind
    said = answer.names.get("person") or answer.names.get("by")
    assert [person] == list(dict.fromkeys(said))


@pytest.mark.parametrize("question, kind, several", [
    ("quick summary of lacralo", "summary", False), ("who attended lacralo?", "attendance", False),
    ("summary of the lacralo calls", "several", True), ("Who sent apologies in every LACRALO meeting?", "several", True),
])
def test_a_group_named_alone_is_its_latest_meeting_unless_several_are_said(archive, question, kind, several):
    answer = archive.ask(question)
    assert kind == answer.kind
    if not several:
        assert LATEST == answer.meeting.id


def test_groups_named_alone_are_each_groups_latest(archive):
    answer = archive.ask("Who chaired lacralo and naralo?")
    assert [LATEST, NARALO] == sorted(p.meeting.id for p in answer.parts)


def test_who_else_spoke_after_who_spoke_is_no_one_else_or_those_not_given(archive):
    assert first_replies(archive, "Who spoke in the NARALO call?", "Who else spoke?", "Who else spoke?")[1:] == [
        "No one else spoke — NARALO monthly call, 12 October 2026."] * 2
    top, rest = first_replies(archive, "top 3 speakers naralo", "Who else spoke?")
    given = [line.split(". ", 1)[1].split(" — ")[0] for line in top.split("\n")[1:4]]
    assert len(given) == 3 and not any(name in rest for name in given) and "Sofía Herrera" in rest


def test_who_else_spoke_with_nothing_said_before_is_who_spoke(archive):
    (alone,) = first_replies(archive, "Who else spoke in the NARALO call?")
    assert alone.startswith("Speaking time — NARALO monthly call, 12 October 2026:")
