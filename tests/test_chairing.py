"""Who runs the call: the sentences that give the floor (not quoted), and who chaired."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import chairing
from knowledge.models import MEMBER, STAFF, Turn


def turn(index: int, speaker: str, text: str, role: str = MEMBER) -> Turn:
    return Turn(index, speaker, speaker.upper(), role, text)


def test_the_short_sentence_after_a_handover_runs_the_call():
    sents = ["Excellent.", "Let's move to the next item, the NARALO newsletter.",
             "Tamara, I believe you have an update on that.", "We will then close the call at nine, as agreed with everyone here."]
    assert [False, True, True, False] == chairing.chairing(sents)
    # A short sentence after one naming the agenda, which gives no one the floor, says something.
    said = ["Voici l'ordre du jour de la réunion.", "En ce moment, nous avons six groupes de travail."]
    assert [True, False] == chairing.chairing(said)


def test_the_chair_is_the_member_who_gives_the_floor():
    turns = [
        turn(0, "Claudia Ruiz", "Welcome to the call. Sergio, you have the floor.", STAFF),
        turn(1, "Sergio Salinas Porto", "Thank you, Claudia. Harold, you have the floor for the agenda."),
        turn(2, "Harold Arcos", "Thank you. The agenda has four items. Sergio, I hand the floor back to you."),
        turn(3, "Sergio Salinas Porto", "Thank you. Let's move to the first item. Patricio, you have the floor."),
        turn(4, "Patricio Carranza", "Thank you. The Internet of things is growing."),
    ]
    chair = chairing.chair(turns)
    # Their first turn in the call; staff running the line and the agenda's reader are not chairs.
    assert ("Sergio Salinas Porto", 1) == (chair.speaker, chair.index)


@pytest.mark.parametrize("turns", [
    [],
    [turn(0, "Ana Pérez", "Thank you. I have a question about the budget.")],
    # Gave the floor once: reading the agenda and handing back is not chairing.
    [turn(0, "Ana Pérez", "Thank you. Let's move to the next item. Luis, you have the floor.")],
    # Two members give the floor equally often: the transcript does not say which chaired.
    [turn(0, "Ana Pérez", "Luis, you have the floor."), turn(2, "Ana Pérez", "Marta, you have the floor."),
     turn(1, "Luis Gómez", "Thank you. Marta, you have the floor."),
     turn(3, "Luis Gómez", "Ana, I give the floor back to you.")],
])
def test_no_chair_when_no_one_clearly_gave_the_floor(turns):
    assert chairing.chair(turns) is None


@pytest.mark.parametrize("question, meeting, chair, text", [
    ("Qui a présidé la réunion AFRALO ?", "afralo-2026-10-05-fr", "Ousmane Ndiaye",
     "Ousmane Ndiaye a présidé : appel mensuel d'AFRALO, 5 octobre 2026."),
    ("¿Quién presidió la llamada de LACRALO de febrero de 2020?", "lacralo-2020-02-17-fr", "Sergio Salinas Porto",
     "Sergio Salinas Porto presidió: llamada mensual de LACRALO, 17 de febrero de 2020."),
    ("Quem presidiu o webinário?", "lacralo-webinar-2026-10-26-pt", "Lucía de la Fuente",
     "Lucía de la Fuente presidiu: webinário de LACRALO, 26 de outubro de 2026."),
    ("Who chaired the NARALO call?", "naralo-2026-10-12-en", "Marc-André Gagnon",
     "Marc-André Gagnon chaired the NARALO monthly call, 12 October 2026."),
])
def test_who_chaired(archive, question, meeting, chair, text):
    answer = archive.ask(question)
    assert ("chair", meeting, [chair]) == (answer.kind, answer.meeting.id, answer.names["chair"])
    assert (chair, meeting) == (answer.sources[0].speaker, answer.sources[0].meeting_id)
    assert text == render.plain(answer)


def test_who_chaired_several_meetings(archive):
    answer = archive.ask("Who chaired the LACRALO calls in 2026?")
    assert "several" == answer.kind
    assert {"Lucía de la Fuente"} == {part.names["chair"][0] for part in answer.parts}


@pytest.mark.parametrize("question, meeting, text", [
    ("Did Lucía chair the call?", "lacralo-2026-09-21-en",        # the latest call she was at
     "Yes, Lucía de la Fuente chaired the LACRALO monthly call, 21 September 2026."),
    ("Priya a-t-elle présidé ?", "naralo-2026-10-12-en",
     "Non, pas Priya Raman : Marc-André Gagnon a présidé — appel mensuel de NARALO, 12 octobre 2026."),
    ("¿Presidió Humberto la llamada de 2020?", "lacralo-2020-02-17-fr",
     "No, Humberto Carrasco no: presidió Sergio Salinas Porto — llamada mensual de LACRALO, 17 de febrero de 2020."),
    ("A Lucía presidiu o webinário?", "lacralo-webinar-2026-10-26-pt",
     "Sim, Lucía de la Fuente presidiu: webinário de LACRALO, 26 de outubro de 2026."),
    # a name of more words than the wording leaves for one ("did … chair"), particles and all
    ("Did Lucía de la Fuente chair the LACRALO call?", "lacralo-2026-09-21-en",
     "Yes, Lucía de la Fuente chaired the LACRALO monthly call, 21 September 2026."),
    ("Did Lucía de la Fuente chair the NARALO call?", "naralo-2026-10-12-en",
     "No, not Lucía de la Fuente: Marc-André Gagnon chaired the NARALO monthly call, 12 October 2026."),
])
def test_whether_someone_chaired_is_about_them(archive, question, meeting, text):
    answer = archive.ask(question)
    assert ("chair", meeting) == (answer.kind, answer.meeting.id)
    assert text == render.plain(answer)


def test_whether_someone_chaired_the_meeting_talked_about(archive):
    from knowledge.models import Conversation
    answer = archive.ask("Did Lucía chair it?", context=Conversation(("naralo-2026-10-12-en",)))
    assert "No, not Lucía de la Fuente: Marc-André Gagnon chaired the NARALO monthly call, 12 October 2026." == render.plain(answer)


@pytest.mark.parametrize("question", ["Who led the discussion about the Toronto outreach event?",
                                      "Who ran the survey?", "Who moderated the panel?", "who led the IPv6 webinar?",
                                      "What did Lucía de la Fuente say about the chair?",
                                      "Did Lucía de la Fuente say the chair was elected?"])
def test_a_question_with_a_topic_is_no_chair_question(archive, question):
    assert "chair" != archive.ask(question).kind


@pytest.mark.parametrize("sentence", ["Are there any comments or additions to the agenda?",
                                      "¿Hay comentarios sobre el orden del día?",
                                      "Est-ce qu'il y a des commentaires sur l'ordre du jour ?"])
def test_asking_about_the_agenda_runs_the_call(sentence):
    assert [False, True] == chairing.chairing(["The agenda was sent to the mailing list last week.", sentence])


def test_a_presenters_point_said_at_length_is_no_chair_move():
    said = ["Next, the outreach event in Toronto.", "Ensuite, nous passons au point suivant.",
            "Ensuite, un autre point important est lié à l'approbation des deux mille dollars pour les RALO.",
            "Next, we will talk about the preparations for the Regional Users Forum in Asunción.",       # what comes
            "Ensuite, il y aura un point sur les unités de mesure par Alberto Soto."]
    assert [True, True, False, True, True] == chairing.chairing(said)


def test_a_presenters_point_is_quoted_for_the_question_it_answers(archive):
    for question in ("cuanto dinero se aprobo para los RALO?", "How much money was approved for the RALOs?"):
        answer = archive.ask(question)
        assert ("Vanda Scartezini", ["Ensuite, un autre point important est lié à l'approbation des deux mille "
                                     "dollars pour les RALO."]) == (answer.sources[0].speaker, list(answer.quote))


def test_announcing_who_is_in_charge_of_the_next_item_runs_the_call():
    said = ["Luego, la actualización del grupo de trabajo de creación de capacidades, que estará a cargo de Carlos Medina.",
            "Em seguida, a atualização do grupo de trabalho de capacitação, que ficará a cargo da Marcela.",
            "Luego, el grupo de trabajo de creación de capacidades preparó un informe con las recomendaciones de los miembros."]
    assert [True, True, False] == chairing.chairing(said)

