"""Follow-ups that keep the person talked about: after "Which meetings did Priya attend?", "And
which did she miss?", "¿Y en cuáles habló?", "Et lesquelles a-t-elle manquées ?"."""
from __future__ import annotations

import re

import pytest

from bot.dialogue import Dialogue, Member
from knowledge import pronouns

from conftest import first_replies


@pytest.mark.parametrize("then, said", [
    ("and which did she miss?", "Priya Raman missed none of their group's meetings I know of."),
    ("and which ones did she speak in?", "Priya Raman spoke in 1 meeting(s):\n• 12 October 2026 — NARALO monthly call"),
    ("¿y en cuáles habló?", "Priya Raman habló en 1 reunión(es):\n• 12 de octubre de 2026 — llamada mensual de NARALO"),
    ("et lesquelles a-t-elle manquées ?", "Priya Raman n'a manqué aucune des réunions de son groupe que je connais."),
    ("e em quais ela faltou?", "Priya Raman não faltou a nenhuma das reuniões do seu grupo que conheço."),
])
def test_after_someones_meetings_which_asks_of_them_again(archive, then, said):
    first, reply = first_replies(archive, "Which meetings did Priya attend?", then)
    assert first.startswith("Priya Raman attended 1 meeting(s)")
    assert said == reply


def test_which_they_missed_is_of_every_meeting_of_their_group_not_those_listed(archive):
    replies = first_replies(archive, "¿En qué reuniones habló Alberto Soto?", "¿y en cuáles faltó?")
    assert replies[0].startswith("Alberto Soto habló en")
    missed = archive.ask("¿En qué reuniones faltó Alberto Soto?")
    assert missed.meetings and all(f"{m.date[8:].lstrip('0')} de" in replies[1] for m in missed.meetings)


def test_which_other_meetings_someone_attended(archive):
    replies = first_replies(archive, "was keisha at the september call?", "which other meetings did she attend?")
    assert "Keisha Thompson attended 1 meeting(s):\n• 21 September 2026 — LACRALO monthly call (English, Spanish)" == replies[1]


def test_how_many_times_someone_spoke_with_no_subject():
    assert "¿y cuántas veces Thiago habló?" == pronouns.resolved("¿y cuántas veces habló?", "Thiago")
    assert "E quantas vezes Thiago falou?" == pronouns.resolved("E quantas vezes falou?", "Thiago")
    assert pronouns.resolved("¿Cuántas veces se habló de eso?", "Thiago") is None     # no one: "se"
    assert pronouns.resolved("¿Cuánto costó?", "Thiago") is None


@pytest.mark.parametrize("first, then", [
    ("Which meetings did Priya attend?", "and which item did she present?"),     # an item, not a meeting
    ("Which meetings did Priya attend?", "and which was the longest?"),
    ("Which meetings did Priya attend?", "¿y cuáles fueron los temas?"),
    ("Which meetings did Priya attend?", "which ones were about DNS abuse?"),
    ("who chaired the naralo call?", "and which did he miss?"),                   # no one's meetings listed
    ("which meetings were in october?", "and which did she attend?"),            # no one talked about
])
def test_what_is_not_someones_meetings_again(archive, first, then):
    _, reply = first_replies(archive, first, then)
    # no one's meetings: not Priya's nor Marc-André's, nor anyone's after a list about no one
    assert not re.match(r"^[^\n«]+ (?:attended|missed|spoke in|habló en) ", reply), reply


@pytest.mark.parametrize("then", ["who else talked about it?", "¿Quién más habló de eso?", "Qui d'autre a parlé de ça ?",
                                  "Quem mais falou disso?"])
def test_who_else_talked_about_it_is_the_others_on_that_topic(archive, then):
    talk, ana = Dialogue(archive.store, archive), Member(1, None, chat=-100)
    talk.question("what did priya say about dns abuse?", ana)
    answer = archive.ask(then, context=talk.conversations.on(-100, 1))
    speakers = [h.speaker for h in answer.sources]
    assert "passage" == answer.kind and speakers and "Priya Raman" not in speakers
    assert len(speakers) == len(set(speakers))                        # each once
    assert any("dns" in " ".join(answer.quote).lower() or "dns" in h.text.lower() for h in answer.sources[:1])
    assert "Speaking time" not in first_replies(archive, "what did priya say about dns abuse?", then)[1]


def test_who_else_when_no_one_else_did(archive):
    replies = first_replies(archive, "what did Vanda say about Hyderabad?", "who else talked about it?")
    assert "Vanda Scartezini" in replies[0]
    assert "No one else talked about that, as far as I can find: only Vanda Scartezini." == replies[1]


@pytest.mark.parametrize("first, then, kind", [
    ("who chaired the naralo call?", "who else spoke?", "speakers"),                # the speaking time, as before
    ("what did priya say about dns abuse?", "who else was there?", "attendance"),
])
def test_what_is_not_who_else_talked_about_it(archive, first, then, kind):
    talk, ana = Dialogue(archive.store, archive), Member(1, None, chat=-100)
    talk.question(first, ana)
    assert kind == archive.ask(then, context=talk.conversations.on(-100, 1)).kind


def test_who_else_talked_about_something_else_is_about_that(archive):
    talk, ana = Dialogue(archive.store, archive), Member(1, None, chat=-100)
    talk.question("what did priya say about dns abuse?", ana)
    answer = archive.ask("who else talked about Hyderabad?", context=talk.conversations.on(-100, 1))
    assert "Vanda Scartezini" == answer.sources[0].speaker


def test_who_else_missed_it_leaves_out_the_one_just_talked_about(archive):
    replies = first_replies(archive, "was linda there?", "why not", "who else missed it")
    assert "Apologies — NARALO monthly call, 12 October 2026:\nBrian Castillo" == replies[2]
    replies = first_replies(archive, "who missed the naralo call?", "who else missed it?")
    assert "No one else sent apologies for the NARALO monthly call, 12 October 2026." == replies[1]
    # without "else", everyone
    replies = first_replies(archive, "was linda there?", "who missed it?")
    assert "Linda Okonkwo, Brian Castillo" in replies[1]


@pytest.mark.parametrize("first, then, said", [
    ("¿Quién presidió la llamada de 2016?", "le hicieron preguntas?",
     "No encontré preguntas hechas o recibidas por Humberto Carrasco en: llamada mensual de LACRALO, 20 de junio de 2016."),
    ("who chaired the 2016 call?", "did they ask him any questions?",
     "I found no questions from or to Humberto Carrasco in: LACRALO monthly call, 20 June 2016."),
    ("who chaired the 2016 call?", "was he asked any questions?",
     "I found no questions from or to Humberto Carrasco in: LACRALO monthly call, 20 June 2016."),
    ("qui a présidé la réunion de 2016 ?", "lui a-t-on posé des questions ?",
     "Je n'ai trouvé aucune question posée ou reçue par Humberto Carrasco dans : appel mensuel de LACRALO, 20 juin 2016."),
    ("quem presidiu a reunião de 2016?", "lhe fizeram perguntas?",
     "Não encontrei perguntas feitas ou recebidas por Humberto Carrasco em: chamada mensal de LACRALO, 20 de junho de 2016."),
    ("¿Cuántas veces habló Raitme en 2016?", "le hicieron preguntas?",
     "Preguntas hechas o recibidas por Raitme Citterio — llamada mensual de LACRALO, 20 de junio de 2016:"),
    # asked anything
    ("¿Cuántas veces habló Raitme en 2016?", "¿le preguntaron algo?",
     "Preguntas hechas o recibidas por Raitme Citterio — llamada mensual de LACRALO, 20 de junio de 2016:"),
    ("¿Cuántas veces habló Raitme en 2016?", "lhe perguntaram algo?",
     "Perguntas feitas ou recebidas por Raitme Citterio — chamada mensal de LACRALO, 20 de junho de 2016:"),
    ("¿Cuántas veces habló Raitme en 2016?", "was he asked anything?",
     "Questions from or to Raitme Citterio — LACRALO monthly call, 20 June 2016:"),
    ("¿Cuántas veces habló Raitme en 2016?", "lui a-t-on demandé quelque chose ?",
     "Questions posées ou reçues par Raitme Citterio — appel mensuel de LACRALO, 20 juin 2016 :"),
])
def test_questions_put_to_the_person_talked_about_are_of_the_meeting_talked_about(archive, first, then, said):
    _, reply = first_replies(archive, first, then)
    assert reply.startswith(said)


def test_what_was_done_to_the_person_talked_about_is_not_their_own_words(archive):
    # "le dieron las gracias" (thanks given him) is no question put to him: not read as his turns
    _, reply = first_replies(archive, "who chaired the 2016 call?", "y le dieron las gracias?")
    assert "Humberto Carrasco —" not in reply and not reply.startswith("No encontré preguntas")


@pytest.mark.parametrize("then", ["lui a-t-on demandé de présenter ?", "y le dieron las gracias?"])
def test_what_the_person_talked_about_was_asked_to_do_is_no_question_put_to_them(archive, then):
    _, reply = first_replies(archive, "¿Cuántas veces habló Raitme en 2016?", then)
    assert not reply.startswith(("Preguntas hechas o recibidas por", "Questions posées ou reçues par"))


def test_questions_asked_without_a_person_talked_about_are_no_ones(archive):
    _, reply = first_replies(archive, "what was said about the budget?", "le hicieron preguntas?")
    assert reply.startswith("Preguntas de los miembros — ")          # in Spanish, of no one in particular


def _who_else(archive, *questions: str) -> list:
    """The answers to each question, asked one after the other in a conversation."""
    talk, ana = Dialogue(archive.store, archive), Member(1, None, chat=-100)
    found = []
    for q in questions:
        found.append(archive.ask(q, context=talk.conversations.on(-100, 1)))
        talk.question(q, ana)
    return found


@pytest.mark.parametrize("again", ["who else talked about it?", "¿quién más?", "qui d'autre ?", "e quem mais?"])
def test_who_else_again_leaves_out_everyone_given_in_the_thread(archive, again):
    first, *others = _who_else(archive, "what did priya say about universal acceptance?", "who else talked about it?", again,
                               "who else?")
    given = [first.sources[0].speaker] + [a.sources[0].speaker for a in others]
    assert all("passage" == a.kind for a in others) and "Priya Raman" not in given
    assert len(given) == len(set(given))                  # no one given twice
    assert all("universal acceptance" in a.searched.lower() for a in others)


def test_who_alone_with_nothing_talked_about_is_no_who_else(archive):
    (_, chaired, again) = _who_else(archive, "who chaired the naralo call?", "who chaired it?", "who else?")
    assert "chair" == chaired.kind and "passage" != again.kind      # (no topic to look for others on)
    (_, after) = _who_else(archive, "what did priya say about universal acceptance?", "who else was there?")
    assert "attendance" == after.kind
