"""Follow-ups that turn to other meetings: a correction ("no, the AFRALO one"), that topic in other
meetings, the meeting before or after, the same question of another meeting, a meeting named after a search."""
from __future__ import annotations

import pytest

from bot.dialogue import Dialogue, Member
from knowledge import follow_up_words
from knowledge.models import Conversation

from conftest import converse
from follow_up_context import JUNE_2016, LATEST, NARALO, ON_NARALO


@pytest.mark.parametrize("question, read", [
    ("no i meant the afralo one", "and the afralo one"),
    ("sorry i meant 2020", "and 2020"),
    ("no, en la de afralo", "and en la de afralo"),
    ("no perdón, en la de septiembre", "and en la de septiembre"),
    ("Non, je voulais dire celle d'AFRALO", "and celle d'AFRALO"),
    ("não, a de outubro", "and a de outubro"),
    ("digo, o webinário", "and o webinário"),
    ("no wait, the afralo one", "and the afralo one"), ("me equivoqué, la de afralo", "and la de afralo"),
    ("afralo*", "and afralo"), ("2020*", "and 2020"), ("*", "*"), ("Thanks*", "Thanks*"), ("5*", "5*"),
    ("perdón, no entendí", "perdón, no entendí"), ("desculpa, não entendi", "desculpa, não entendi"),
    ("sorry, I'm new here", "sorry, I'm new here"), ("no, está bien", "no, está bien"), ("the afralo one, and who chaired the 2016 call*", "the afralo one, and who chaired the 2016 call*"),
    # no correction: a question that starts with "no", or a "no" alone
    ("no one came?", "no one came?"), ("No, gracias", "No, gracias"), ("non ?", "non ?"),
    ("No. of people at the afralo call?", "No. of people at the afralo call?"),
    ("No, who chaired the AFRALO call?", "No, who chaired the AFRALO call?"),       # a question of its own
    ("No tengo claro quién presidió", "No tengo claro quién presidió"),
])
def test_a_correction_asks_again_of_what_it_names(question, read):
    assert read == follow_up_words.as_corrected(question)


@pytest.mark.parametrize("first, then, said", [
    ("who presented in the last call?", "no i meant the afralo one", "AFRALO monthly call, 5 October 2026"),
    ("quien se disculpo en la de naralo?", "no, en la de afralo", "Disculpas — llamada mensual de AFRALO"),
    ("qui a preside la reunion naralo ?", "non, je voulais dire celle d'afralo",
     "Ousmane Ndiaye a présidé : appel mensuel d'AFRALO, 5 octobre 2026."),
    ("who attended the 2016 call?", "sorry i meant 2020", "LACRALO monthly call, 17 February 2020 — 17 present"),
])
def test_a_correction_is_answered_of_the_meeting_it_names(archive, first, then, said):
    (reply, *_) = converse(archive, first, then)[1]
    assert said in reply.html


@pytest.mark.parametrize("first, then, said", [
    ("what was said about dns abuse in the september call?", "did they talk about that in naralo too?",
     "Priya Raman — NARALO monthly call, 12 October 2026"),
    ("de que se hablo sobre abuso del dns en la de septiembre?", "y en naralo tambien hablaron de eso?",
     "Priya Raman — llamada mensual de NARALO"),
    ("qu'a-t-on dit de l'IPv6 à la réunion AFRALO ?", "on en a parlé à NARALO ?", "Ethan Brooks — appel mensuel de NARALO"),
])
def test_that_topic_in_other_meetings(archive, first, then, said):
    (reply,) = converse(archive, first, then)[1]
    assert said in reply.html.split("\n")[1].replace("<b>", "").replace("</b>", "")


@pytest.mark.parametrize("question, same", [
    ("did they talk about that in naralo too?", True), ("y en naralo también hablaron de eso?", True),
    ("on en a parlé à NARALO ?", True),
    ("did they talk about the budget in naralo?", False),     # a topic of its own
    ("who talked in naralo?", False),                         # no "that"
])
def test_what_asks_about_the_same_topic(archive, question, same):
    assert same == follow_up_words.same_topic(question, archive.store.meetings())


@pytest.mark.parametrize("first, then, said", [
    ("resumen de la llamada de 2020", "y la anterior?", "Llamada mensual de LACRALO, 20 de junio de 2016"),
    ("who attended the september call?", "and the next one?", "LACRALO webinar, 26 October 2026 — 12 present"),
    ("qui a présidé la réunion AFRALO ?", "et celle d'après ?", "appel mensuel de NARALO, 12 octobre 2026"),
    ("who attended the 2016 call?", "and the previous one?", "That is the earliest meeting I know of"),
    # after an agenda item, the next item of the same meeting
    ("who presented the first item in the naralo call?", "and the next one?", "Priya Raman presented"),
])
def test_the_meeting_before_or_after_the_one_talked_about(archive, first, then, said):
    (reply, *_) = converse(archive, first, then)[1]
    assert said in reply.html


@pytest.mark.parametrize("question, step", [
    ("and the next one?", 1), ("¿y la anterior?", -1), ("et celle d'après ?", 1), ("and the one after that?", 1),
    ("e a anterior?", -1), ("and the next item?", None), ("and the next steps?", None), ("and Priya?", None),
    ("and before 2020?", None), ("and next week?", None), ("and the previous year?", None), ("¿y el mes anterior?", None),
])
def test_which_meeting_beside_is_asked(question, step):
    assert step == follow_up_words.meeting_step(question)


@pytest.mark.parametrize("question, meetings", [
    ("And in the AFRALO call?", ["afralo-2026-10-05-fr"]), ("¿Y en la reunión de junio de 2016?", [JUNE_2016]),
    ("E em 2016 e 2020?", [JUNE_2016, "lacralo-2020-02-17-fr"]),
    # A group alone, after one meeting: its latest of that kind, not each of its calls since 2016.
    ("and lacralo?", ["lacralo-2026-09-21-en"]), ("y en la de lacralo?", ["lacralo-2026-09-21-en"]),
    ("and the lacralo webinar?", [LATEST]), ("et celle d'afralo ?", ["afralo-2026-10-05-fr"]),
    ("et l'afralo ?", ["afralo-2026-10-05-fr"]), ("And the LACRALO meetings?", [JUNE_2016, "lacralo-2020-02-17-fr", "lacralo-2026-09-21-en", LATEST]),
])
@pytest.mark.parametrize("kind", ["apologies", "questions"])
def test_the_same_question_of_other_meetings(archive, question, meetings, kind):
    answer = archive.ask(question, context=Conversation((NARALO,), kind))
    parts = answer.parts or (answer,)
    assert {kind} == {p.kind for p in parts} and meetings == [p.meeting.id for p in parts]


def test_a_question_naming_other_meetings_with_a_topic_is_no_repeat(archive):
    answer = archive.ask("And what about IPv6 in the AFRALO call?", context=Conversation((NARALO,), "apologies"))
    assert "passage" == answer.kind and "afralo-2026-10-05-fr" == answer.sources[0].meeting_id


def test_asking_again_of_another_meeting_asks_what_was_asked(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Did the NARALO call have a survey?", ana)        # it had none
    (again,) = talk.question("And in the webinar?", ana)
    assert again.html.startswith("<b>Survey questions — LACRALO webinar"), again.html


def test_after_a_survey_its_questions_and_another_meetings(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "fr", chat=-100)
    (first,) = talk.question("Il y a eu un sondage en 2020 ?", ana)
    (again,) = talk.question("Quelles étaient les questions ?", ana)       # not the members' questions
    assert again.html == first.html and again.html.startswith("<b>Questions du sondage — appel mensuel de LACRALO, "
                                                               "17 février 2020 :</b>")
    (same,) = talk.question("Quelles sont les questions ?", ana)            # (else the members' questions)
    assert same.html == first.html
    (other,) = talk.question("¿Y en la llamada de AFRALO?", Member(1, "es", chat=-100))
    assert other.html.startswith("<b>No se leyó ninguna encuesta al final de: llamada mensual de AFRALO"), other.html
    (missing,) = talk.question("Quelles étaient les questions en mars 2019 ?", ana)     # no such meeting
    assert missing.html.startswith("<b>Je ne trouve pas cette réunion.")
    talk.question("Il y a eu un sondage en 2020 ?", ana)
    assert "<b>Questions du sondage" not in talk.question("Quoi ?", ana)[0].html
    # Not after anything else: the members' questions.
    assert "survey" != archive.ask("What were the questions?", context=ON_NARALO).kind


def test_interpreters_of_the_meeting_talked_about_and_again_of_another(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who attended the AFRALO call?", ana)
    (reply,) = talk.question("Were there interpreters?", ana)
    assert reply.html.startswith("<b>Interpreters — AFRALO monthly call, 5 October 2026:</b>")
    (again,) = talk.question("And in June 2016?", ana)
    assert again.html.startswith("<b>Interpreters — LACRALO monthly call, 20 June 2016:</b>")


@pytest.mark.parametrize("first, then, meeting, speaker", [
    ("que se dijo sobre ipv6 en la llamada de afralo?", "y en la de naralo?", NARALO, "Ethan Brooks"),
    ("Who talked about IPv6 in the AFRALO call?", "And in the NARALO call?", NARALO, "Ethan Brooks"),
    # (the Spanish version of the September call for a Portuguese reader: it has none in Portuguese)
    ("o que falaram sobre abuso do DNS na reuniao da naralo?", "e na de setembro?", "lacralo-2026-09-21-es",
     "Patricia Villanueva"),
])
def test_a_meeting_named_after_a_search_is_searched_for_the_same_thing(archive, first, then, meeting, speaker):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "es", chat=-100)
    talk.question(first, ana)
    answer = archive.ask(then, context=talk.conversations.on(-100, 1))
    assert "passage" == answer.kind and (speaker, meeting) == (answer.sources[0].speaker, answer.sources[0].meeting_id)
    assert meeting in answer.within        # further pages too
    # Said again of another meeting, it is still that topic.
    again = archive.ask("¿Y en 2016?", context=Conversation((meeting,), topic=answer.topic))
    assert answer.topic == again.topic and again.within == ("lacralo-2016-06-20-fr",) or "elsewhere" in again.flags


@pytest.mark.parametrize("then, kind, check", [
    ("y en la de naralo, estuvo Sofia?", "present", "Sofía Herrera"),            # a question of its own, after the meeting
    ("and in naralo, did Aisha say anything?", "did_speak", "Aisha Bello"),
    ("y en la de naralo, quien presento el tema de ipv6?", "presenter", "Ethan Brooks"),
    ("and the naralo one?", "passage", "Ethan Brooks"), ("et dans celle de NARALO ?", "passage", "Ethan Brooks"),
    ("same for naralo?", "passage", "Ethan Brooks"),
])
def test_a_meeting_named_first_then_a_question(archive, then, kind, check):
    context = Conversation(("afralo-2026-10-05-fr",), topic="que se dijo sobre ipv6 en la de")
    answer = archive.ask(then, context=context)
    said = answer.names.get("present") or answer.names.get("presenter") or [(h.speaker,) for h in answer.sources[:1]]
    assert kind == answer.kind and check in str(said)
    assert NARALO in ([answer.meeting.id] if answer.meeting else [h.meeting_id for h in answer.sources[:1]])


def test_a_topic_the_meeting_named_next_does_not_have_is_said_to_be_elsewhere(archive):
    context = Conversation(("afralo-2026-10-05-fr",), topic="What was said about Abidjan in the")
    answer = archive.ask("And in the NARALO call?", context=context)
    assert "elsewhere" in answer.flags and NARALO == answer.meetings[0].id
    assert "afralo-2026-10-05-fr" == answer.sources[0].meeting_id
    # A question of its own after it is no follow-up on the topic.
    assert "chair" == archive.ask("And who chaired the NARALO call?", context=context).kind
    assert "Abidjan" not in " ".join(h.text for h in archive.ask("And the budget in the NARALO call?",
                                                                  context=context).sources)
