"""Pronouns that follow up on an answer about one person ("Who presented the mitigation plan?",
then "Was he at the NARALO call?", "Qu'a-t-il dit du budget ?", "¿Y ella?")."""
from __future__ import annotations

import pytest

from bot import render
from bot.conversations import persons_of
from conftest import dialogue_answers, turns_taken
from bot.dialogue import Dialogue, Member
from knowledge import pronouns
from knowledge.models import Conversation

NARALO, JUNE_2016 = "naralo-2026-10-12-en", "lacralo-2016-06-20-fr"


@pytest.mark.parametrize("question, resolved", [
    ("Was he at the NARALO call?", "Was Ana Silva at the NARALO call?"),
    ("Did she attend?", "Did Ana Silva attend?"),
    ("Did anyone thank her for it?", "Did anyone thank Ana Silva for it?"),
    ("What was her presentation about?", "What was Ana Silva's presentation about?"),
    ("And him?", "And Ana Silva?"),
    ("A-t-il assisté à la réunion AFRALO ?", "Ana Silva a-t-il assisté à la réunion AFRALO ?"),
    ("Qu'a-t-elle dit sur le budget ?", "Qu'Ana Silva a-t-elle dit sur le budget ?"),
    ("Est-ce qu'elle était là ?", "Est-ce qu'Ana Silva était là ?"),
    ("A-t-il été présent ?", "Ana Silva a-t-il été présent ?"),
    ("Et elle ?", "Et Ana Silva ?"),
    ("¿Estuvo ella en la llamada de 2016?", "¿Estuvo Ana Silva en la llamada de 2016?"),
    ("¿Qué dijo él sobre el presupuesto?", "¿Qué dijo Ana Silva sobre el presupuesto?"),
    ("Ela esteve presente?", "Ana Silva esteve presente?"),
    ("Qual foi a proposta dela?", "Qual foi a proposta de Ana Silva?"),
    ("Who thanked her yesterday?", "Who thanked Ana Silva yesterday?"),
    ("¿Estuvo en 2020?", "¿Ana Silva estuvo en 2020?"),                   # the subject left out
    ("¿Habló en la llamada de NARALO?", "¿Ana Silva habló en la llamada de NARALO?"),
    ("y estuvo en la de 2020?", "y Ana Silva estuvo en la de 2020?"), ("E falou na reunião?", "E Ana Silva falou na reunião?"),
    ("WAS HE THERE?", "WAS Ana Silva THERE?"),
    # whom something was done to, said by a clitic: the name after the rest
    ("¿le hicieron preguntas?", "¿le hicieron preguntas a Ana Silva?"), ("lhe fizeram perguntas?", "lhe fizeram perguntas a Ana Silva?"),
    ("fizeram-lhe perguntas?", "fizeram-lhe perguntas a Ana Silva?"),
    ("Et lui a-t-on posé des questions ?", "Et a-t-on posé des questions à Ana Silva ?"),
    ("¿y le respondieron?", "¿y le respondieron a Ana Silva?"),
])
def test_a_pronoun_is_read_as_the_name(question, resolved):
    assert resolved == pronouns.resolved(question, "Ana Silva")


@pytest.mark.parametrize("question", [
    "Y a-t-il eu un sondage ?", "Il y a un sondage ?", "Que s'est-il passé ?", "Qu'a-t-il été décidé ?",
    "Il faut voter ?", "Faut-il s’inscrire ?", "¿Qué dijo el presidente?", "What did they say about the budget?",
    "Who spoke about the helpdesk?", "Elles ont parlé du budget ?", "Where is the shelter?",
    "Que s'est-il dit sur le budget ?", "Il s'agit de quel budget ?", "Qu'est-il arrivé au budget ?",
    "Il est possible de voter ?", "Est-il prévu un vote ?", "Quelle heure est-il ?", "What is the HER acronym?",
    "¿Estuvo Humberto en 2020?", "¿Estuvo la propuesta aprobada?",
    "le budget a été voté ?", "Le webinaire était en quelle langue ?", "et lui ?", "¿le gusta?",   # (no clitic before a verb)
    # a clitic for what was done to the person, not questions put to them (read as their own words)
    "y le dieron las gracias?", "lhe agradeceram?", "lui a-t-on dit merci ?",
])
def test_no_pronoun_standing_for_someone_changes_nothing(question):
    assert pronouns.resolved(question, "Ana Silva") is None


def test_a_pronoun_asks_of_the_one_person_the_conversation_is_on(archive):
    on_rodrigo = Conversation((JUNE_2016,), "presenter", persons=("Rodrigo Saucedo",))
    there = archive.ask("Was he at the NARALO call?", context=on_rodrigo)
    assert ("present", NARALO, [("Rodrigo Saucedo", "absent")]) == (
        there.kind, there.meeting.id, [row[:2] for row in there.names["present"]])
    here = archive.ask("Était-il là ?", context=on_rodrigo)          # the meeting talked about
    assert (JUNE_2016, "Rodrigo Saucedo") == (here.meeting.id, here.names["present"][0][0])
    said = archive.ask("What did he say about the budget?", context=on_rodrigo)
    assert ("passage", ["Rodrigo Saucedo"]) == (said.kind, said.names.get("by"))
    assert {"Rodrigo Saucedo"} == {h.speaker for h in said.sources}
    # No one to stand for: the question as it is; two people: which one?
    assert "present" != archive.ask("Was he at the NARALO call?", context=Conversation((JUNE_2016,))).kind
    two = Conversation((JUNE_2016,), persons=("Rodrigo Saucedo", "Aida Noblia"))
    which = archive.ask("Was she at the NARALO call?", context=two)
    assert "Whom do you mean: Rodrigo Saucedo or Aida Noblia? Ask again with the name." == render.plain(which)
    assert "present" == archive.ask("Was Aida at the NARALO call?", context=two).kind


def test_a_question_naming_someone_is_about_them(archive):
    on_rodrigo = Conversation((JUNE_2016,), "presenter", persons=("Rodrigo Saucedo",))
    answer = archive.ask("Humberto a-t-il pris la parole en 2020 ?", context=on_rodrigo)
    assert ("did_speak", "Humberto Carrasco") == (answer.kind, answer.names["present"][0][0])
    said = archive.ask("What did Priya say about her budget?", context=on_rodrigo)
    assert "Rodrigo Saucedo" not in said.question


@pytest.mark.parametrize("question, asked, persons", [
    ("Who presented the mitigation plan?", "presenter", ("Rodrigo Saucedo",)),
    ("Who chaired the AFRALO call?", "chair", ("Ousmane Ndiaye",)),
    ("Was Priya at the NARALO call?", "present", ("Priya Raman",)),
    ("What did Priya say about DNS abuse?", "passage", ("Priya Raman",)),
    ("Who sent apologies in the AFRALO call?", "apologies", ("Rachid El Amrani", "Nadia Rakotomalala")),
    ("How often did Priya attend?", "participation", ("Priya Raman",)),
    ("What did Keisha ask?", "questions", ("Keisha Thompson",)),
    ("Who joined late in the NARALO call?", "late", ("Olivia Hartman",)),
    ("Who read the agenda in the AFRALO call?", "agenda_reader", ("Aïcha Benali",)),
    ("What is on the agenda of the NARALO call?", "agenda", ("Ethan Brooks", "Priya Raman", "Nadine Tremblay",
                                                        "Michael Chen", "Tamara Williams")),   # its presenters
    ("What were the survey questions of the webinar?", "survey", None),             # about no one
    ("Who talked about the budget?", "passage", ("Vanda Scartezini",)),            # who: the one quoted
    ("What was said about the budget?", "passage", None),                          # (quoted, not asked about)
    ("How many times did Silvia Vivanco speak in 2020?", "speakers", ("Silvia Vivanco",)),
    ("What did Priya say about Montevideo?", "passage", ("Priya Raman",)),      # nothing from her: still her
    ("Was Carlos at the NARALO call?", "present", ()),                          # no Carlos was: no one
    ("Qui est Rodrigo de La Parra ?", "passage", ("Rodrigo de La Parra",)),   # not who spoke of him
    ("Who is the chair of the ALAC?", "passage", ("Sergio Salinas Porto",)),   # (no one named: the one quoted)
    ("Did Sergio send apologies in 2020?", "apologies", ("Sergio Salinas Porto",)),
])
def test_whom_an_answer_is_about(archive, question, asked, persons):
    answer = archive.ask(question)
    assert (asked, persons) == (answer.kind, persons_of(answer))


def test_the_conversation_keeps_the_person_until_an_answer_about_someone_else(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who presented the mitigation plan?", ana)
    assert ("Rodrigo Saucedo",) == talk.conversations.on(-100, 1).persons
    talk.question("Who chaired?", ana)                                  # the chair of that call
    talk.question("Was there a survey?", ana)                            # about no one: the chair stays
    assert ("Humberto Carrasco",) == talk.conversations.on(-100, 1).persons
    (reply,) = talk.question("Was she at the AFRALO call?", ana)
    assert "No, Humberto Carrasco was not there: AFRALO monthly call" in reply.html
    (again,) = talk.question("And in June 2016?", ana)                 # the same person, another meeting
    assert "Yes, Humberto Carrasco was there: LACRALO monthly call, 20 June 2016" in again.html
    talk.command("summary", "NARALO", ana)                            # a command keeps the person
    (naralo,) = talk.question("Was he there?", ana)
    assert "No, Humberto Carrasco was not there: NARALO monthly call" in naralo.html
    talk.question("Was Priya at the NARALO call?", ana)
    (priya,) = talk.question("And in the AFRALO call?", ana)
    assert "No, Priya Raman was not there: AFRALO monthly call" in priya.html


def test_more_results_search_the_question_as_it_was_read(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who chaired the June 2016 call?", ana)
    *_, said = talk.question("What did he say?", ana)
    more = next(b.data for b in said.buttons if b.data.startswith("m:"))
    asked = archive.store.question(int(more.split(":")[1]))
    assert "Humberto Carrasco" in asked["question"] and ["Humberto Carrasco"] == list(asked["speakers"])


def test_asked_of_no_one_then_again_is_no_one(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who presented the mitigation plan?", ana)
    talk.question("Was Carlos at the NARALO call?", ana)                 # no one called Carlos was
    assert () == talk.conversations.on(-100, 1).persons
    (again, *_) = talk.question("And in the AFRALO call?", ana)
    assert "Rodrigo Saucedo" not in again.html


@pytest.mark.parametrize("question, asked", [
    ("Est-ce qu'elle était là en 2020 ?", "present"), ("Est-ce qu'elle a parlé en 2016 ?", "did_speak"),
    ("¿Estuvo en 2020?", "present"), ("¿Habló en la llamada de 2016?", "did_speak"),
    ("¿Y estuvo en 2020?", "present"), ("E falou na reunião de 2016?", "did_speak"), ("And was she there in 2020?", "present"),
    ("And did she speak in 2016?", "did_speak"),
])
def test_elided_and_left_out_subjects(archive, question, asked):
    on_maritza = Conversation((JUNE_2016,), "present", persons=("Maritza Aguero",))
    answer = archive.ask(question, context=on_maritza)
    assert (asked, "Maritza Aguero") == (answer.kind, answer.names["present"][0][0])


def test_a_name_with_a_particle_and_no_subject(archive):
    on_joao = Conversation(("lacralo-webinar-2026-10-26-pt",), "presenter", persons=("João da Silva",))
    answer = archive.ask("Falou no webinário?", context=on_joao)
    assert ("did_speak", "João da Silva") == (answer.kind, answer.names["present"][0][0])
    assert answer.names["present"][0][2] > 1


def test_an_agenda_is_about_its_presenters(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who presented the mitigation plan?", ana)
    talk.question("What was on the agenda of the webinar?", ana)
    (reply,) = talk.question("Was she at the NARALO call?", ana)
    assert "Whom do you mean: João da Silva, Beatriz Gonçalves" in reply.html


def test_how_often_he_spoke_is_in_the_meeting_talked_about(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "fr", chat=-100)
    talk.question("Qui a présidé la réunion de 2016 ?", ana)
    (reply,) = talk.question("Combien de fois a-t-il parlé ?", ana)
    in_2016 = turns_taken(archive, JUNE_2016, "Humberto Carrasco")
    assert reply.html.startswith("<b>Temps de parole — appel mensuel de LACRALO, 20 juin 2016 :</b>")
    assert "Humberto Carrasco — " in reply.html and f"{in_2016} interventions" in reply.html
    # Talked of in an answer about every meeting since: in every meeting.
    talk.question("How often did Humberto attend?", Member(1, "en", chat=-100))
    (after,) = talk.question("How many times did he speak?", Member(1, "en", chat=-100))
    assert after.html.startswith("<b>Speaking time — ") and f"{in_2016} turns" not in after.html
    # Named, not pointed at: in every meeting.
    (named,) = talk.question("How many times did Humberto speak?", Member(1, "en", chat=-100))
    assert named.html.startswith("<b>Speaking time — ")
    assert f"{in_2016} turns" not in named.html


def test_participation_and_next_commands_set_whom_and_what_follows(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Was Alberto Soto at the June 2016 call?", ana)
    talk.command("participation", "Maritza", ana)
    (she,) = talk.question("Was she at the 2020 call?", ana)
    assert "Maritza Aguero" in she.html and "Alberto" not in she.html
    talk.command("participation", "", ana)              # everyone: about no one in particular
    assert "Maritza Aguero" in talk.question("Was she at the 2020 call?", ana)[0].html


@pytest.mark.parametrize("question, read", [
    ("et grace elle etait la ?", "et grace etait la ?"),
    ("Et Grace, elle était là ?", "Et Grace était là ?"),
    ("¿y Lucía, ella vino?", "¿y Lucía vino?"),
    ("e o João, ele falou?", "e o João falou?"),
    # no name taken up: as it is
    ("Did Priya say she would send it?", "Did Priya say she would send it?"),
    ("et la salle, elle était pleine ?", "et la salle, elle était pleine ?"),
    ("Humberto il ?", "Humberto il ?"),
])
def test_a_name_taken_up_by_its_pronoun_is_the_name(question, read):
    assert read == pronouns.undislocated(question, {"grace", "wanjiru", "lucia", "joao", "priya", "humberto"})


def test_whether_someone_taken_up_by_a_pronoun_was_there(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, None, chat=-100)
    talk.question("qui etait excuse a afralo ?", ana)
    (reply,) = talk.question("et grace elle etait la ?", ana)
    assert reply.html.startswith("<b>Oui, Grace Wanjiru y était : appel mensuel d'AFRALO")


@pytest.mark.parametrize("question, resolved", [
    ("qui lui a répondu ?", "qui a répondu à la question de Samuel Owusu-Ansah ?"),
    ("Et qui lui a répondu ?", "Et qui a répondu à la question de Samuel Owusu-Ansah ?"),
    ("who answered him?", "who answered the question from Samuel Owusu-Ansah?"),
    ("And who replied to her?", "And who answered the question from Samuel Owusu-Ansah?"),
    ("¿Quién le respondió?", "¿quién respondió la pregunta de Samuel Owusu-Ansah?"),
    ("quem lhe respondeu?", "quem respondeu a pergunta de Samuel Owusu-Ansah?"),
    ("E quem respondeu a ela?", "E quem respondeu a pergunta de Samuel Owusu-Ansah?"),
    # not who answered them: whose question, or no one
    ("Who answered her question about travel?", "Who answered Samuel Owusu-Ansah's question about travel?"),
    ("Qui lui a parlé ?", None), ("Who answered the question?", None), ("¿Quién respondió?", None),
])
def test_who_answered_them(question, resolved):
    assert resolved == pronouns.resolved(question, "Samuel Owusu-Ansah")


def test_who_answered_the_person_just_quoted(archive):
    from bot.dialogue import Dialogue, Member
    talk, ana = Dialogue(archive.store, archive), Member(1, None, chat=-100)
    talk.question("qui était là à afralo ?", ana)
    talk.question("et samuel il a dit quoi ?", ana)
    (reply,) = talk.question("qui lui a répondu ?", ana)
    assert "Samuel Owusu-Ansah" in reply.html and "réponse de Léa Dubois" in reply.html


@pytest.mark.parametrize("question, resolved", [
    ("y en 2016 estuvo?", "y Ana Silva estuvo en 2016?"),            # the meeting first, the verb last
    ("E na chamada de setembro falou?", "E Ana Silva falou na chamada de setembro?"),
    ("¿y en el webinar estuvo?", "¿y Ana Silva estuvo en el webinar?"),          # ("el": an article)
    ("y en 2016 quién estuvo?", None), ("e na de 2020 alguém falou?", None),     # someone else is the subject
    ("y en 2016 estuvo Humberto?", None),
])
def test_a_dropped_subject_after_the_meeting_is_the_person(question, resolved):
    assert resolved == pronouns.resolved(question, "Ana Silva")


def test_participation_then_whether_they_were_there_in_a_year(archive):
    # chat d04: "/participation humberto", then "y en 2016 estuvo?": whether he was at the 2016 call
    answers = dialogue_answers(archive, "cual es la participacion de humberto?", "y en 2016 estuvo?")
    assert ("present", "lacralo-2016-06-20-fr") == (answers[1].kind, answers[1].meeting.id)


@pytest.mark.parametrize("question, resolved", [
    ("y en el webinar se hablo?", None), ("e na reuniao de naralo se falou?", None),   # impersonal: was it talked about
    ("y en esa reunion, el presidente hablo?", None),                 # a subject said after a comma
    ("y en el webinar el presidente hablo?", None),                   # …or after the meeting's words
    ("y en la reunion de la semana pasada hablo?", "y Ana Silva hablo en la reunion de la semana pasada?"),  # "de la"
])
def test_a_meeting_then_a_verb_with_se_or_a_subject_is_not_the_person(question, resolved):
    assert resolved == pronouns.resolved(question, "Ana Silva")
