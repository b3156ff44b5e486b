"""Follow-ups on what the last answer quoted: "who talked about it?", "it" and what it refers to,
and a quotation's meeting found elsewhere or not."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.dialogue import Dialogue, Member
from knowledge import follow_up_words
from knowledge.models import Conversation

from follow_up_context import NARALO, ON_NARALO


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
    assert "who talked about toronto event?" == follow_up_words.about_the_topic("who talked about it?", "when is the toronto event?")
    assert follow_up_words.about_the_topic("who talked about the budget?", "toronto event") is None      # its own topic
    assert follow_up_words.about_the_topic("who spoke in that call?", "toronto event") is None            # the call
    assert follow_up_words.about_the_topic("did IT come up?", "toronto event") is None                    # an acronym


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
    assert refers == follow_up_words.refers_to_it(question)


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
