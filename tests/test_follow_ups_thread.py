"""Follow-ups that keep the thread of a chat: "and who else?" after a list of people."""
from __future__ import annotations

import pytest

from bot import render
from knowledge.following import besides
from knowledge.models import Answer, Conversation
from tests.conftest import dialogue_answers


@pytest.mark.parametrize("first, then, said", [
    ("who sent apologies to the webinar", "and who else?",
     "No one else sent apologies for the LACRALO webinar, 26 October 2026."),
    ("who sent apologies to the webinar", "¿y quién más?",
     "Nadie más se disculpó para: seminario web de LACRALO, 26 de octubre de 2026."),
    ("who sent apologies to the webinar", "et qui d'autre ?",
     "Personne d'autre ne s'est excusé pour : webinaire de LACRALO, 26 octobre 2026."),
    ("who sent apologies to the webinar", "et qui d autre ?",
     "Personne d'autre ne s'est excusé pour : webinaire de LACRALO, 26 octobre 2026."),
    ("who joined late in the naralo call", "e quem mais?",
     "Ninguém mais entrou depois da chamada inicial: chamada mensal de NARALO, 12 de outubro de 2026."),
    ("who joined late in the naralo call", "and who else?",
     "No one else joined after the roll call in the NARALO monthly call, 12 October 2026."),
    ("who joined late in the september call", "who else joined late?",
     "No one else joined after the roll call in the LACRALO monthly call, 21 September 2026."),
    ("who spoke in the webinar", "and who else?", "No one else spoke — LACRALO webinar, 26 October 2026."),
    ("who attended the webinar", "and who else?",
     "No one else: those are all the roll call names — LACRALO webinar, 26 October 2026."),
])
def test_who_else_after_a_list_of_people_is_the_others_of_those_meetings(archive, first, then, said):
    answers = dialogue_answers(archive, first, then)
    assert answers[0].kind == answers[1].kind.replace("spoke", "speakers") and "else" in answers[1].flags
    assert said == render.plain(answers[1])


def test_who_else_gives_those_not_given_yet():
    # "Was Linda there?" (the conversation on her), then "who else sent apologies?": the others
    answer = Answer("late", "en", names={"late": ["Rubén Ocampo", "Olivia Hartman"]})
    given = Conversation(("x",), "late", persons=("Rubén Ocampo",))
    assert ["Olivia Hartman"] == besides(answer, "and who else?", given).names["late"]
    assert answer == besides(answer, "and who joined late?", given)       # (no "else": all of them)


@pytest.mark.parametrize("first, then", [
    # a topic of its own, or another kind of list: not the same list again
    ("who sent apologies to the webinar", "who else talked about the budget?"),
    ("who sent apologies to the webinar", "who else was there?"),
])
def test_who_else_asking_something_else_is_not_the_list_again(archive, first, then):
    answers = dialogue_answers(archive, first, then)
    assert answers[1].kind != "apologies"


def test_who_else_of_a_meeting_named_is_of_that_meeting(archive):
    # the others than those given, in the September call (Gabriela was given for the webinar)
    answers = dialogue_answers(archive, "who sent apologies to the webinar", "who else sent apologies to the september call?")
    assert answers[1].meeting.id.startswith("lacralo-2026-09-21") and ["Andrés Villalba"] == answers[1].names["apologies"]


def test_he_is_the_one_of_those_listed_the_member_just_named(archive):
    # Humberto's question found nothing; "ele" is still the one of the four apologies he named
    answers = dialogue_answers(archive, "quem pediu desculpas na chamada de fevereiro de 2020",
                               "e o humberto veio mesmo assim ao xilofone?", "o que ele disse?")
    assert "nothing" == answers[1].kind
    assert ("passage", "Humberto Carrasco") == (answers[2].kind, answers[2].sources[0].speaker)


def test_he_after_a_question_naming_none_of_them_is_still_asked_whom(archive):
    answers = dialogue_answers(archive, "quem pediu desculpas na chamada de fevereiro de 2020",
                               "e o xilofone mesmo assim?", "o que ele disse?")
    assert ("nothing", "which_person") == (answers[1].kind, answers[2].kind)


@pytest.mark.parametrize("then, speaker, meeting", [
    ("y cual fue la primera?", "Lilian de Luque", "lacralo-2020-02-17"),
    ("and the first one?", "Lilian de Luque", "lacralo-2020-02-17"),
    ("which was the last meeting?", None, "lacralo-webinar-2026-10-26"),
])
def test_an_ordinal_after_the_meetings_that_talked_of_it_is_that_meeting_on_it(archive, then, speaker, meeting):
    answers = dialogue_answers(archive, "which meetings talked about universal acceptance", then)
    assert "passage" == answers[1].kind and answers[1].sources[0].meeting_id.startswith(meeting)
    assert speaker in (None, answers[1].sources[0].speaker)


def test_who_talked_of_it_in_that_one_after_the_first_is_of_that_meeting(archive):
    answers = dialogue_answers(archive, "which meetings talked about universal acceptance", "y cual fue la primera?",
                               "quien hablo de eso en esa?")
    assert "Lilian de Luque" == answers[2].sources[0].speaker


@pytest.mark.parametrize("then", ["who was the first?", "and the first webinar on ipv6?", "and the tenth one?"])
def test_no_ordinal_alone_is_no_meeting_of_the_list(then):
    from knowledge import follow_up_words
    from knowledge.models import MeetingSummary
    listed = [MeetingSummary(f"m{i}", f"2026-0{4 - i}-01", None, "", None, "monthly", "en", 1) for i in range(1, 4)]
    assert follow_up_words.meeting_placed(then, listed) is None
    assert "m3" == follow_up_words.meeting_placed("y cual fue la primera?", listed).id     # (by date)


def test_when_was_that_after_a_quote_saying_no_date_is_its_meetings_day(archive):
    answers = dialogue_answers(archive, "quien presento sobre idn en la llamada de afralo", "cuando fue eso?")
    assert "said_on" in answers[1].flags
    assert render.plain(answers[1]).startswith("Fue el 5 de octubre de 2026 (llamada mensual de AFRALO):\n«")
    # a quote that says when: that sentence, no date said over it
    said = dialogue_answers(archive, "cuando es el webinar de ipv6", "¿y a qué hora?")
    assert "said_on" not in said[1].flags
    # the hour asked, which the quote does not say: not the day instead
    hour = dialogue_answers(archive, "quien presento sobre idn en la llamada de afralo", "¿y a qué hora?")
    assert "said_on" not in hour[1].flags


def test_when_after_the_meetings_that_talked_of_it_is_their_dates(archive):
    answers = dialogue_answers(archive, "which meetings talked about universal acceptance", "when was that?")
    assert "meetings" == answers[1].kind and 5 == len(answers[1].meetings)


def test_a_citys_time_after_a_start_time_is_the_same_with_that_time_and_the_group_after_it(archive):
    answers = dialogue_answers(archive, "what time did the naralo call start", "and in toronto time?", "and for afralo?")
    assert ("started", "started", "started") == tuple(a.kind for a in answers)
    assert "America/Toronto" in answers[1].timezones and answers[1].meeting.id.startswith("naralo-")
    assert "15:00 Toronto" in render.plain(answers[1])
    assert answers[2].meeting.id.startswith("afralo-")


@pytest.mark.parametrize("then", ["and in toronto?", "and the toronto event time?"])
def test_a_city_not_asked_as_the_time_wanted_is_no_start_time_again(archive, then):
    answers = dialogue_answers(archive, "what time did the naralo call start", then)
    assert "America/Toronto" not in answers[1].timezones


@pytest.mark.parametrize("message, lang", [("and in english?", "en"), ("¿y en español?", "es"), ("et en français ?", "fr"),
                                           ("e em português?", "pt")])
def test_and_in_a_language_follows_up_as_a_request_for_it(message, lang):
    from knowledge.language_requests import requested_language
    assert lang == requested_language(message)
    # after a question on languages, it asks about that language
    assert requested_language(message, "was there interpretation at the naralo call?") is None


def test_who_else_attended_another_meeting_is_all_of_its_attendance(archive):
    answers = dialogue_answers(archive, "who attended the webinar", "who else attended the naralo call?")
    assert answers[1].meeting.id.startswith("naralo-") and "else" not in answers[1].flags and answers[1].names["present"]
