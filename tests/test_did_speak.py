"""Whether someone took the floor in a meeting ("Did Priya speak in the NARALO call?", "¿Habló
Humberto en la llamada de 2016?"): yes and how many times, else why not (there but silent, sent
apologies, not there); and a staff member's speaking time."""
from __future__ import annotations

import pytest

from bot import render
from conftest import first_replies, turns_taken
from bot.dialogue import Dialogue, Member
from knowledge import about_someone
from knowledge.models import STAFF

NARALO, AFRALO, JUNE_2016, FEBRUARY_2020 = ("naralo-2026-10-12-en", "afralo-2026-10-05-fr", "lacralo-2016-06-20-fr",
                                           "lacralo-2020-02-17-fr")



@pytest.mark.parametrize("question, asked", [
    ("Did Priya speak in the NARALO call?", ["Priya Raman"]),
    ("Did Humberto take the floor in 2016?", ["Humberto Carrasco"]),
    ("Has Umberto spoken in 2020?", ["Humberto Carrasco"]),                      # misspelt
    ("Did Humberto and Aida talk in the 2016 call?", ["Humberto Carrasco", "Aida Noblia"]),
    ("Est-ce que Yasmina a parlé à la réunion AFRALO ?", ["Yasmina Haddad"]),
    ("Humberto a-t-il pris la parole en 2020 ?", ["Humberto Carrasco"]),
    ("¿Habló Humberto en la llamada de 2016?", ["Humberto Carrasco"]),
    ("¿Humberto intervino?", ["Humberto Carrasco"]),
    ("O Humberto falou na reunião de 2020?", ["Humberto Carrasco"]),
    ("Did Rachid El Amrani speak in the AFRALO call?", ["Rachid El Amrani"]),   # "El" inside a name
    ("Priya a-t-elle pris la parole dans l'appel NARALO ?", ["Priya Raman"]),
    ("Est-ce qu'Humberto a parlé en 2016 ?", ["Humberto Carrasco"]),
    ("DID PRIYA SPEAK IN THE NARALO CALL?", ["Priya Raman"]),
])
def test_whom_a_question_asks_whether_they_spoke(archive, question, asked):
    assert (asked, []) == about_someone.did_speak(question, archive.store.people(), archive.store.meetings())


@pytest.mark.parametrize("question", [
    "Did Priya speak about DNS abuse?", "Did anyone speak about Toronto?",       # what was said: a search
    "Qu'a dit Humberto ?", "¿Qué habló Humberto sobre Montevideo?", "Did NARALO speak?", "Who spoke?",
    "Was Priya at the NARALO call?",
])
def test_other_questions_do_not_ask_whether_someone_spoke(archive, question):
    assert about_someone.did_speak(question, archive.store.people(), archive.store.meetings()) is None


def test_yes_with_the_turns_taken_or_why_not(archive):
    spoke = archive.ask("Did Humberto take the floor in 2016?")
    turns = turns_taken(archive, JUNE_2016, "Humberto Carrasco")
    assert ("did_speak", JUNE_2016) == (spoke.kind, spoke.meeting.id) and turns > 1
    assert render.plain(spoke) == f"Yes, Humberto Carrasco took the floor {turns} times: LACRALO monthly call, 20 June 2016."
    assert render.plain(archive.ask("O Humberto falou na reunião de 2020?")) == (
        "Sim, Humberto Carrasco tomou a palavra uma vez: chamada mensal de LACRALO, 17 de fevereiro de 2020.")
    assert 1 == turns_taken(archive, FEBRUARY_2020, "Humberto Carrasco")
    apologies = archive.ask("Did Rachid El Amrani speak in the AFRALO call?")
    assert render.plain(apologies) == "No, Rachid El Amrani sent apologies: AFRALO monthly call, 5 October 2026."
    away = archive.ask("Did Priya speak in the AFRALO call?")
    assert render.plain(away).startswith("No, Priya Raman was not there: AFRALO monthly call, 5 October 2026")
    assert "I know no one called “Batman”." == render.plain(archive.ask("Did Batman speak?"))


def test_in_the_roll_call_without_a_word(archive):
    # Someone in the NARALO roll call who never took the floor.
    naralo = archive.store.meeting(NARALO)
    silent = next(a.name for a in naralo.attendance if a.source == "roll_call" and not turns_taken(archive, NARALO, a.name))
    answer = archive.ask(f"Did {silent} speak in the NARALO call?")
    assert render.plain(answer) == f"No, {silent} was there but did not take the floor: NARALO monthly call, 12 October 2026."


def test_follow_ups_ask_whether_they_spoke(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Did Priya speak in the NARALO call?", ana)
    (again,) = talk.question("And in the AFRALO call?", ana)
    assert "No, Priya Raman was not there: AFRALO monthly call" in again.html
    (yasmina,) = talk.question("And Yasmina?", ana)
    assert f"Yes, Yasmina Haddad took the floor {turns_taken(archive, AFRALO, 'Yasmina Haddad')} times" in yasmina.html
    (she,) = talk.question("Did she speak in June 2016?", ana)
    assert "Yasmina Haddad was not there: LACRALO monthly call, 20 June 2016" in she.html


def test_a_staff_members_speaking_time_is_counted_when_asked_for(archive):
    turns = turns_taken(archive, NARALO, "Daniel Whitfield")
    assert turns and "staff" == next(t.role for t in archive.store.meeting(NARALO).turns if t.speaker == "Daniel Whitfield")
    answer = archive.ask("How many times did Daniel Whitfield speak?")
    assert [("Daniel Whitfield", turns)] == [row[:2] for row in answer.speaking]
    # Not in everyone's speaking time (the staff's roll calls and notices are not the members' say).
    everyone = archive.store.speaking([mid for m in archive.store.meetings() for mid in m.ids])
    assert "Daniel Whitfield" not in {row[0] for row in everyone} and len(everyone) > 20


def test_in_no_meeting_in_particular_it_is_what_they_said(archive):
    from knowledge.models import Conversation

    for question, person in (("Did Aida say anything?", "Aida Noblia"), ("O Humberto falou na reunião?", "Humberto Carrasco")):
        alone = archive.ask(question)
        assert ("passage", {person}, [person]) == (alone.kind, {h.speaker for h in alone.sources}, alone.names["by"])
    followed = archive.ask("Did Aida say anything?", context=Conversation((JUNE_2016,)))
    assert ("did_speak", JUNE_2016) == (followed.kind, followed.meeting.id)
    # Someone who never spoke: there, but silent, at their group's last meeting (not "nothing from her")
    silent = archive.ask("did aisha bello say anything?")
    assert ("did_speak", "naralo-2026-10-12-en") == (silent.kind, silent.meeting.id)
    assert "nothing" == archive.ask("Did Aida say anything?", since="2026-10-01").kind      # --since: not since then
    # …at the last meeting they were at (Marlon was at the September call, not at the webinar since)
    for question in ("did Marlon speak?", "Marlon dijo algo?", "o Marlon falou alguma coisa?",
                     "Marlon a-t-il dit quelque chose ?", "Aisha Bello dijo algo?"):
        answer = archive.ask(question)
        assert ("did_speak", "roll_call", 0) == (answer.kind, *answer.names["present"][0][1:]), question
        assert answer.meeting.id in ("lacralo-2026-09-21-en", "lacralo-2026-09-21-es", "naralo-2026-10-12-en")


def test_a_long_list_of_speakers_says_how_many_more_there_are(archive):
    from knowledge.facts import MAX_SPEAKERS

    answer = archive.ask("Who spoke most overall?")
    everyone = archive.store.speaking([m.id for m in archive.store.meetings()])
    assert len(answer.speaking) == MAX_SPEAKERS < len(everyone) == answer.known
    assert render.plain(answer).endswith(f"… and {len(everyone) - MAX_SPEAKERS} more who spoke less "
                                         "(“How many times did X speak?” for one person).")
    naralo = archive.ask("Who spoke in the NARALO call?")
    assert len(naralo.speaking) == naralo.known and "more who spoke less" not in render.plain(naralo)


def test_a_three_letter_first_name_written_with_a_capital(archive):
    answer = archive.ask("How many times did Léa speak?")
    assert [("Léa Dubois", turns_taken(archive, AFRALO, "Léa Dubois"))] == [row[:2] for row in answer.speaking]
    assert "present" == archive.ask("Was Léa at the AFRALO call?").kind
    assert "speakers" != archive.ask("How many times did lea speak?").kind      # ("lea" is a verb in Spanish)


def test_everyone_who_spoke_in_one_meeting_is_listed(archive):
    from knowledge.facts import MAX_SPEAKERS

    answer = archive.ask("Who spoke in the AFRALO call?")
    members = archive.store.speaking([AFRALO])
    everyone = archive.store.speaking([AFRALO], staff=True)
    assert len(members) > MAX_SPEAKERS and [row[0] for row in answer.speaking] == [row[0] for row in everyone]
    # Staff spoke too, and are marked; "Who spoke most?" is the members' say.
    staff = [t.speaker for t in archive.store.meeting(AFRALO).turns if t.role == STAFF]
    assert {"Léa Dubois", "Yasmina Haddad"} == set(staff) == set(answer.names["staff"])      # (the demo's staff)
    assert set(staff) == {row[0] for row in everyone} - {row[0] for row in members}
    assert ("Léa Dubois", turns_taken(archive, AFRALO, "Léa Dubois")) in [row[:2] for row in answer.speaking]
    lines = render.plain(answer).split("\n")
    assert all((f"{row[0]} (staff) — " in line) == (row[0] in staff) for row, line in zip(everyone, lines[1:]))
    most = archive.ask("Who spoke most in the AFRALO call?")
    assert not set(staff) & {row[0] for row in most.speaking} and not most.names["staff"]
    assert "(personnel)" in render.plain(archive.ask("Qui a pris la parole dans la réunion AFRALO ?"))


def test_and_someone_after_a_speaking_time_is_their_line_of_it(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "fr", chat=-100)
    talk.question("Combien de fois Ousmane a-t-il parlé dans la réunion AFRALO ?", ana)
    (aicha,) = talk.question("Et Aïcha ?", ana)
    turns = turns_taken(archive, AFRALO, "Aïcha Benali")
    assert aicha.html.startswith("<b>Temps de parole — appel mensuel d'AFRALO, 5 octobre 2026 :</b>")
    assert aicha.html.split("\n")[1].startswith("1. Aïcha Benali — ") and f"{turns} interventions" in aicha.html
    assert len(aicha.html.split("\n")) == 2


@pytest.mark.parametrize("question, text", [
    ("what did linda say?", "Linda Okonkwo sent apologies: NARALO monthly call, 12 October 2026."),
    ("what did jordan blackwood say?",
     "Jordan Blackwood was there but did not take the floor: NARALO monthly call, 12 October 2026."),
    ("qu'a dit rachid ?", "Rachid El Amrani a envoyé ses excuses : appel mensuel d'AFRALO, 5 octobre 2026."),
    ("¿Qué dijo Gabriela Fuentes?", "Gabriela Fuentes envió sus disculpas: seminario web de LACRALO, 26 de octubre de 2026."),
])
def test_what_someone_said_who_never_spoke_says_why(archive, question, text):
    answer = archive.ask(question)
    assert ("did_speak", text) == (answer.kind, render.plain(answer))


def test_what_someone_said_on_a_topic_or_who_spoke_is_still_quoted(archive):
    on_toronto = archive.ask("what did linda say about toronto?")      # a topic: nothing from her, others'
    assert ("passage", ["Linda Okonkwo"]) == (on_toronto.kind, on_toronto.names["not_by"])
    assert ("passage", "Priya Raman") == ((a := archive.ask("what did priya say?")).kind, a.sources[0].speaker)
    assert render.plain(archive.ask("did linda speak?")).startswith("No, Linda Okonkwo sent apologies")     # the verdict kept


@pytest.mark.parametrize("question, persons", [
    ("Did Mamadou speak?", ["Mamadou Cissé", "Mamadou Sanogo"]),
    ("O Mamadou falou?", ["Mamadou Cissé", "Mamadou Sanogo"]), ("Mamadou a-t-il pris la parole ?", ["Mamadou Cissé", "Mamadou Sanogo"]),
])
def test_whether_namesakes_spoke_of_no_meeting_asks_which_one(archive, question, persons):
    answer = archive.ask(question)
    assert ("which_person", persons) == (answer.kind, sorted(answer.names["persons"]))


@pytest.mark.parametrize("question", ["Did Humberto and Aida speak?", "Did Tamara speak?", "Did Mamadou speak in the AFRALO call?"])
def test_whether_people_named_in_full_or_at_a_meeting_spoke_asks_no_one_which(archive, question):
    assert "which_person" != archive.ask(question).kind


@pytest.mark.parametrize("first, then, said", [
    ("Who spoke in the NARALO call?", "Et Aïcha ?", "Non, Aïcha Benali n'y était pas : appel mensuel de NARALO"),
    ("¿Quién habló en la llamada de NARALO?", "¿Y Humberto?", "No, Humberto Carrasco no estuvo: llamada mensual de NARALO"),
    ("Quem falou na chamada da AFRALO?", "E o Rachid?", "Não, Rachid El Amrani enviou desculpas: chamada mensal de AFRALO"),
    ("Who spoke most in the NARALO call?", "And Aida?", "No, Aida Noblia was not there: NARALO monthly call"),
    # There, but silent: said so
    ("Who spoke in the NARALO call?", "And Jordan Blackwood?", "No, Jordan Blackwood was there but did not take the floor: NARALO"),
])
def test_and_someone_not_at_the_meeting_of_a_speaking_time_was_not_there(archive, first, then, said):
    # (not "0 words, 0 turns", as if they had sat through it silent)
    reply = first_replies(archive, first, then)[1]
    assert reply.startswith(said) and "0 " not in reply, reply


def test_and_someone_at_the_meeting_of_a_speaking_time_is_their_line(archive):
    reply = first_replies(archive, "Who spoke in the AFRALO call?", "Et Aïcha ?")[1]
    assert reply.startswith("Temps de parole — appel mensuel d'AFRALO") and "1. Aïcha Benali — " in reply, reply


def test_whether_someone_spoke_of_no_meeting_says_yes_and_how_often(archive):
    """ "Did Tamara speak?": yes, so many times in the meeting quoted, then what she said."""
    turns = turns_taken(archive, NARALO, "Tamara Williams")
    said = render.plain(archive.ask("Did Tamara speak?"))
    assert said.startswith(f"Yes, Tamara Williams took the floor {turns} times: NARALO monthly call, 12 October 2026.\n«"), said
    assert render.plain(archive.ask("¿Habló Tamara?")).startswith(
        f"Sí, Tamara Williams tomó la palabra {turns} veces: llamada mensual de NARALO, 12 de octubre de 2026.\n«")
    # (what someone said is no verdict)
    assert not render.plain(archive.ask("what did priya say?")).startswith("Yes")


@pytest.mark.parametrize("question, asked", [("¿Habló Mamadou?", ["Mamadou Cissé", "Mamadou Sanogo"]),
                                             ("¿Habló Tamara?", ["Tamara Williams"])])
def test_whether_someone_spoke_asked_with_the_verb_first(archive, question, asked):
    found = about_someone.did_speak(question, archive.store.people(), archive.store.meetings())
    assert asked == sorted(found[0])


@pytest.mark.parametrize("question", ["¿Habló de Toronto?", "¿Habló sobre Toronto?", "¿Falou do evento?", "¿Habló mucho?"])
def test_what_was_spoken_of_is_no_one_asked_about(archive, question):
    assert about_someone.did_speak(question, archive.store.people(), archive.store.meetings()) is None


@pytest.mark.parametrize("first, then, said", [
    ("¿Quién habló en la llamada de NARALO?", "¿Quién más habló?", "Nadie más habló — llamada mensual de NARALO"),
    ("Quem falou na chamada da NARALO?", "E quem mais falou?", "Ninguém mais"),
])
def test_who_more_spoke_after_who_spoke_is_who_else(archive, first, then, said):
    """ "¿Quién más habló?" right after who spoke: who else (everyone was listed: no one)."""
    assert first_replies(archive, first, then)[1].startswith(said)


@pytest.mark.parametrize("first, then", [
    ("¿Quién habló en la llamada de NARALO?", "¿Quién más habló en la llamada de AFRALO?"),     # (more than who else)
    ("¿Quién presidió la llamada de NARALO?", "¿Quién más habló?"),                         # (no list of who spoke)
])
def test_who_more_spoke_otherwise_is_who_spoke_most(archive, first, then):
    said = first_replies(archive, first, then)[1]
    assert said.startswith("Tiempo de palabra") and "(personal)" not in said, said     # (the members' say: no staff)
