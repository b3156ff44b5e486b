"""A regional group named in a question: its meetings chosen, a group with none said so or searched,
and a group that is a preference, not a filter."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import ingest, which_meetings
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store


@pytest.mark.parametrize("question, said", [
    ("how many calls did EURALO have?", "I have no EURALO meeting."),
    ("who attended the apralo call?", "I have no APRALO meeting."),
    ("quem participou da chamada da EURALO?", "Não tenho nenhuma reunião de EURALO."),
    ("résumé de la réunion d'EURALO", "Je n'ai aucune réunion de EURALO."),
    # What a group with no meeting said: none of its meetings (not what another group said of it)
    ("What did APRALO say about IPv6?", "I have no APRALO meeting."),
    ("¿Qué dijo APRALO sobre IPv6?", "No tengo ninguna reunión de APRALO."),
    ("Qu'a dit l'appel d'EURALO sur le budget ?", "Je n'ai aucune réunion de EURALO."),
    ("O que a APRALO disse sobre IPv6?", "Não tenho nenhuma reunião de APRALO."),
    ("What was said about IPv6 at APRALO?", "I have no APRALO meeting."),
])
def test_a_group_with_no_meeting_is_said_so(archive, question, said):
    # (not another group's meetings, nor the NARALO call for "APRALO")
    answer = archive.ask(question)
    assert ("no_meeting", ["EURALO" if "uralo" in question.lower() else "APRALO"]) == (answer.kind, answer.names["groups"])
    assert render.plain(answer).startswith(said + " /meetings")


@pytest.mark.parametrize("question", ["Who talked about EURALO?", "¿Qué se dijo de APRALO?", "What was said about APRALO?",
                                      "On a parlé d'EURALO ?", "O que se falou sobre a APRALO?"])
def test_a_group_with_no_meeting_talked_of_is_searched(archive, question):
    # The group is what was talked of, not whose meeting: a search (which finds nothing here)
    assert [] == which_meetings.group_without_meetings_asked(question, archive.store.meetings())
    assert "no_meeting" != archive.ask(question).kind


def test_a_group_with_meetings_or_no_group_is_no_missing_group(archive):
    meetings = archive.store.meetings()
    assert [] == which_meetings.groups_without_meetings("who attended the lacralo call?", meetings)
    assert [] == which_meetings.groups_without_meetings("¿Cómo páralo?", meetings)          # no group
    assert ["XYRALO"] == which_meetings.groups_without_meetings("the XYRALO call", meetings)  # written as one
    assert "attendance" == archive.ask("who attended the naralo call?").kind
    assert "nothing" == archive.ask("what was said about EURALO?").kind      # a search, as before


def test_a_group_with_no_meeting_talked_about_is_searched(tmp_path):
    # Regional groups talk about each other: what was said of EURALO is a quotation, its calls none
    (tmp_path / "call.txt").write_text("""NARALO Monthly Call
12 October 2026

PRIYA RAMAN: Welcome everyone. EURALO already sent its comments on the statement on DNS abuse.

TAMARA WILLIAMS: Thank you Priya. The newsletter is out next week.
""", encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [tmp_path / "call.txt"], max_bytes=1_000_000)
        answerer = Answerer(store, Searcher(store))
        for question in ("who talked about EURALO?", "qui a parlé d'EURALO ?", "¿quién habló de EURALO?"):
            answer = answerer.ask(question)
            assert ("passage", "Priya Raman") == (answer.kind, answer.sources[0].speaker), question
        assert "no_meeting" == answerer.ask("how many calls did EURALO have?").kind


@pytest.mark.parametrize("question", ["Combien de places financées à AFRALO ?",
                                      "Combien de places financées lors de la réunion AFRALO ?"])
def test_a_group_named_chooses_its_meetings_and_is_not_a_word_to_find(archive, question):
    # Yasmina's answer does not say "AFRALO"; Jean-Baptiste's «Le rôle d'AFRALO…» is no answer.
    answer = archive.ask(question)
    assert ("Yasmina Haddad", "afralo-2026-10-05-fr") == (answer.sources[0].speaker, answer.sources[0].meeting_id)
    assert all(h.meeting_id == "afralo-2026-10-05-fr" for h in answer.sources)
    recorded = archive.ask("Will the AFRALO webinars be recorded?")
    assert "tous les webinaires seront enregistrés" in " ".join(recorded.quote)
    # Another group's passage that holds as much of it is not the group's answer.
    first = archive.ask("Quand a lieu le premier webinaire d'AFRALO ?")
    assert ("Koffi Mensah", "afralo-2026-10-05-fr") == (first.sources[0].speaker, first.sources[0].meeting_id)
    # The group as the topic is still found: only its meetings are searched, without its name.
    assert "Le rôle d'AFRALO" in " ".join(archive.ask("What is the role of AFRALO?").quote)


@pytest.mark.parametrize("question, said", [
    ("What was said about the budget in the AFRALO call?",
     "Nothing on that in the AFRALO monthly call (5 October 2026); in other meetings:"),
    ("Qu'a-t-on dit du budget à l'AFRALO ?",
     "Rien à ce sujet dans : appel mensuel d'AFRALO (5 octobre 2026) ; dans d'autres réunions :"),
    ("What was said about the Toronto event in the LACRALO meetings?",
     "Nothing on that in the LACRALO meetings; in other meetings:"),
])
def test_a_group_named_that_holds_nothing_on_it_is_said_so_before_other_meetings(archive, question, said):
    # Found by the group's name alone («Le rôle d'AFRALO…») or in another group's call: neither
    # answers for the group the member named.
    answer = archive.ask(question)
    group = answer.names["group"][0]
    assert {"elsewhere"} == answer.flags and all(m.group == group for m in answer.meetings)
    assert answer.sources[0].meeting_id not in {mid for m in answer.meetings for mid in m.ids}
    assert answer.searched and group not in answer.searched and not answer.within   # further pages: everywhere
    assert render.plain(answer).startswith(said + "\n«")


def test_a_group_named_and_no_meeting_holding_the_rest_is_nothing(archive):
    # «So what can NARALO do?» holds the group's name and nothing of xylophones.
    assert "nothing" == archive.ask("Did anyone mention xylophones in the NARALO call?").kind
    assert "nothing" == archive.ask("¿Se habló de xilófonos en la reunión de LACRALO?").kind


@pytest.mark.parametrize("question, speaker", [
    ("When is the LACRALO general assembly?", "Sergio Salinas Porto"),     # its own turn says LACRALO
    ("Who is the new NARALO chair?", None),                                # NARALO's «new faces» is no answer
    ("How many funded seats does the regional workshop offer to LACRALO ALSes?", None),
])
def test_a_group_named_is_a_preference_not_a_filter(archive, question, speaker):
    answer = archive.ask(question)
    assert speaker == (answer.sources[0].speaker if answer.kind == "passage" else None), " ".join(answer.quote)
