"""Questions that follow up on the meeting just talked about ("Who attended the NARALO call?" then
"Who sent apologies?", "And what was said about the budget?"), per member and chat, for a while."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.conversations import FOLLOW_UP_MINUTES
from bot import render
from bot.dialogue import Dialogue, Member
from knowledge import intents
from knowledge.models import Conversation

from conftest import converse, first_replies

NARALO, JUNE_2016 = "naralo-2026-10-12-en", "lacralo-2016-06-20-fr"
LATEST = "lacralo-webinar-2026-10-26-pt"
ON_NARALO = Conversation((NARALO,))


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


@pytest.mark.parametrize("first, then, said", [
    ("when was the last naralo call", "who chaired it", "Marc-André Gagnon chaired the NARALO monthly call, 12 October 2026."),
    ("hubo reunion en febrero?", "quien presidio?", "Sergio Salinas Porto presidió: llamada mensual de LACRALO, 17 de febrero de 2020."),
    ("which meetings did priya attend?", "who came late", "NARALO monthly call, 12 October 2026:</b>\nOlivia Hartman"),
])
def test_the_meetings_listed_are_the_ones_followed_up_on(archive, first, then, said):
    (reply,) = converse(archive, first, then)[1]
    assert said in reply.html


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
    assert read == intents.as_corrected(question)


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
    assert same == intents.same_topic(question, archive.store.meetings())


@pytest.mark.parametrize("first, then, said", [
    ("when is the toronto event?", "who talked about it?", "Nadine Tremblay — NARALO monthly call"),
    ("cuando es el foro de asuncion?", "quien hablo de eso?", "Lucía de la Fuente — llamada mensual de LACRALO"),
])
def test_who_talked_about_it_is_who_talked_about_what_was_asked(archive, first, then, said):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, None, chat=-100)
    talk.question(first, ana)
    (reply,) = talk.question(then, ana)
    assert said in reply.html.replace("<b>", "").replace("</b>", "") and "words" not in reply.html
    # (who spoke in that call is still its speaking time)
    (times,) = talk.question("who spoke in that call?", ana)
    assert "1. " in times.html and ("words" in times.html or "palabras" in times.html)


def test_what_it_stands_for_in_who_talked_about_it():
    assert "who talked about toronto event?" == intents.about_the_topic("who talked about it?", "when is the toronto event?")
    assert intents.about_the_topic("who talked about the budget?", "toronto event") is None      # its own topic
    assert intents.about_the_topic("who spoke in that call?", "toronto event") is None            # the call
    assert intents.about_the_topic("did IT come up?", "toronto event") is None                    # an acronym


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
    assert step == intents.meeting_step(question)


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


def test_a_follow_up_quoting_the_meeting_followed_is_not_said_to_be_elsewhere(archive):
    answer = archive.ask("What about that day?", context=ON_NARALO)
    assert "elsewhere" not in answer.flags or NARALO != answer.sources[0].meeting_id


def test_what_someone_said_is_looked_for_everywhere_when_the_meeting_has_nothing_of_theirs(archive):
    after_attendance = Conversation((NARALO,), "attendance")
    answer = archive.ask("And what did Lucía de la Fuente say about the forum?", context=after_attendance)
    assert ("Lucía de la Fuente", "lacralo-2026-09-21-en") == (answer.sources[0].speaker, answer.sources[0].meeting_id)
    assert "elsewhere" in answer.flags and not answer.names.get("not_by")


def test_a_new_question_after_a_quotation_is_not_said_to_be_elsewhere(archive):
    # "¿Y el evento de Bogotá cuándo es?" after a quotation about the forum in Asunción asks anew:
    # no "Nothing on that in the September call" before the answer; "in that call" still says so
    talk = Dialogue(archive.store, archive)
    ana = Member(1, None, chat=-100)
    talk.question("cuando es el foro de asuncion?", ana)
    (bogota, *_) = talk.question("y el evento de bogota cuando es?", ana)
    assert bogota.html.startswith("<i>«") and "Bogotá" in bogota.html.split("\n")[0]
    talk.question("cuando es el foro de asuncion?", ana)
    (there, *_) = talk.question("y que se dijo del evento de bogota en esa reunion?", ana)
    assert there.html.startswith("Nada sobre eso en: llamada mensual de LACRALO")


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


def test_the_questions_of_the_meeting_followed_up_on(archive):
    answer = archive.ask("And which questions were not answered?", context=ON_NARALO)
    assert ("questions", NARALO) == (answer.kind, answer.meeting.id)
    keisha = archive.ask("What did Keisha ask?", context=ON_NARALO)       # a person: in any meeting
    assert "lacralo-2026-09-21-en" == keisha.meeting.id


def test_it_is_what_the_last_answer_quoted(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    (toronto,) = talk.question("When is the Toronto outreach event?", ana)
    assert "3 December in Toronto" in toronto.html
    (who,) = talk.question("Who is organizing it?", ana)
    assert "NARALO is organizing a community outreach event" in who.html
    (volunteer,) = talk.question("Can I volunteer for it?", ana)          # its meeting, its words
    assert "volunteers to staff an information table" in volunteer.html and "Nadine Tremblay" in volunteer.html
    talk.question("Quand aura lieu l'atelier d'Abidjan ?", ana)
    (places,) = talk.question("Combien de places financées pour ça ?", ana)
    assert "douze places financées" in places.html
    talk.question("Will the AFRALO webinars be recorded?", ana)
    (where,) = talk.question("Where will it be published?", ana)
    assert "publiés sur la page wiki" in where.html


@pytest.mark.parametrize("question, refers", [
    ("Who is organizing it?", True), ("When is it?", True), ("¿Quién organiza eso?", True), ("Quem organiza isso?", True),
    ("Combien ça coûte ?", True),
    ("Is it true that the webinars are recorded?", False), ("Who presented?", False), ("What is IPv6?", False),
    ("Who handles IT?", False), ("WHO IS ORGANIZING IT?", True), ("Ça coûte combien ?", True),
    ("How many travel support places for it?", True), ("Combien de places financées pour ça ?", True),
    ("Is it true that the webinars are recorded for members?", False),
    ("Where is that?", True), ("¿Dónde es?", True), ("Où est-ce ?", True), ("Onde é?", True), ("Who said that?", True),
    ("Did Priya say that the webinars will be recorded?", False), ("Where is the Toronto event?", False),
    # Object pronouns where no article can stand.
    ("Qui l'organise ?", True), ("Qui s'en occupe ?", True), ("Puis-je y participer ?", True),
    ("Je peux m'y inscrire ?", True), ("Qui en a parlé ?", True), ("¿Quién lo organiza?", True),
    ("¿Quién la organiza?", True), ("¿Dónde lo hacen?", True), ("Quem a organiza?", True), ("Quem o organiza?", True),
    ("Il y a eu un sondage ?", False), ("Y a-t-il un sondage ?", False), ("Qui a présenté le budget ?", False),
    ("¿Qué es lo que pasó con el presupuesto?", False), ("Quando a reunião acontece?", False),
    ("Qui l'organise à Toronto avec les bibliothèques du réseau local ?", False),
    ("Qui le président a-t-il nommé ?", False), ("Quem a ICANN contratou?", False), ("¿Quién la presidenta nombró?", False),
    ("Qui les a invités ?", True), ("Quem cuida disso?", True),
    # A topic named first, then the pronoun that stands for it: no "it" of the last answer
    ("Et la médiation, on en est où ?", False), ("Y el foro, ¿dónde es?", False), ("And the budget, who approved it?", False),
    ("Merci, et qui s'en occupe ?", True), ("OK, when is it?", True),
])
def test_what_refers_to_it(question, refers):
    assert refers == intents.refers_to_it(question)


def test_right_after_a_quotation_its_meeting_wins_ties(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "fr", chat=-100)
    asked = "Combien de places financées ?"
    assert "douze places financées" not in talk.question(asked, Member(2, "fr", chat=-100))[0].html
    (abidjan,) = talk.question("Quand aura lieu l'atelier d'Abidjan ?", ana)
    assert "Abidjan" in abidjan.html
    (places,) = talk.question(asked, ana)           # no pronoun, no meeting named: the Abidjan call's
    assert "douze places financées" in places.html
    talk.question("When is the Toronto outreach event?", ana)
    (organizer,) = talk.question("Qui l'organise ?", ana)       # "l'": it
    assert "NARALO is organizing a community outreach event" in organizer.html
    # A question the quoted meeting says little of: not its nearest words ("…new faces").
    talk.question("When is the Toronto outreach event?", ana)
    assert "new faces" not in talk.question("What is the new website?", ana)[0].html
    # What the quoted meeting holds less of is found where it is said.
    talk.question("Quand aura lieu l'atelier d'Abidjan ?", ana)
    alone = talk.question("Qu'a-t-on dit de la médiation ?", Member(4, "fr", chat=-100))[0].html
    assert alone == talk.question("Qu'a-t-on dit de la médiation ?", ana)[0].html


def test_it_is_searched_without_the_names_the_quoted_turn_says(archive):
    call = archive.store.meeting("lacralo-2020-02-17-fr")
    said = next(t for t in call.turns if "Patricio nous fera un webinaire" in t.text)
    answer = archive.ask("When is it?", context=Conversation((call.summary.id,), turn=(call.summary.id, said.index),
                                                             quoted="Patricio nous fera un webinaire sur le DNS."))
    asked = answer.searched.split()[3:]
    assert asked and not {"Patricio", "patricio", "Carranza", "carranza"} & set(asked), answer.searched


def test_it_after_the_next_command(archive):
    talk = Dialogue(archive.store, archive, clock=lambda: dt.datetime(2026, 11, 2, 12, tzinfo=dt.timezone.utc))
    ana = Member(1, "en", chat=-100)
    talk.command("next", "NARALO", ana)
    (who,) = talk.question("Who is organizing it?", ana)
    assert "NARALO is organizing a community outreach event" in who.html


@pytest.mark.parametrize("first, then, meeting, speaker", [
    ("que se dijo sobre ipv6 en la llamada de afralo?", "y en la de naralo?", NARALO, "Ethan Brooks"),
    ("Who talked about IPv6 in the AFRALO call?", "And in the NARALO call?", NARALO, "Ethan Brooks"),
    ("o que falaram sobre abuso do DNS na reuniao da naralo?", "e na de setembro?", "lacralo-2026-09-21-en",
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


def test_after_who_presented_it_a_question_is_first_about_what_was_presented(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who presented the DNS abuse stuff in NARALO?", ana)
    on = talk.conversations.on(-100, 1)
    assert (NARALO, "presenter") == (on.meetings[0], on.kind) and on.turn[0] == NARALO
    due = archive.ask("When are comments due?", context=on)
    assert ("Priya Raman", NARALO) == (due.sources[0].speaker, due.sources[0].meeting_id)
    assert "Wednesday, 21 October" in " ".join(due.quote)
    # What only another meeting says is still found there.
    elsewhere = archive.ask("What was said about Montevideo?", context=on)
    assert NARALO != elsewhere.sources[0].meeting_id


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
