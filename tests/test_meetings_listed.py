"""Which meetings: those someone attended, spoke in or missed, those of a month, year or group asked
in two words, and several meetings answered at once."""
from __future__ import annotations

import pytest

from bot import i18n, render
from knowledge.answers import Answerer
from knowledge.search import Searcher


def test_which_meetings(answerer):
    answer = answerer.ask("Quelles sont les réunions ?")
    assert ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"] == [m.id for m in answer.meetings]


def test_a_meeting_that_does_not_exist_is_said_so(archive):
    for question in ("Who attended the meeting of 31 December 2030?", "Qui était présent en mars 2019 ?"):
        answer = archive.ask(question)
        assert "no_meeting" == answer.kind and 6 == answer.known


@pytest.mark.parametrize("question, person, how, ids", [
    ("which meetings did carlos medina attend?", "Carlos Medina", "attended", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("a quelles reunions a participe humberto ?", "Humberto Carrasco", "attended",      # (2020: apologies, then joined)
     ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"]),
    ("em quais reunioes o thiago estava?", "Thiago Nascimento", "attended", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("in which meetings did alberto soto speak?", "Alberto Soto", "spoke", ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"]),
    ("which calls did humberto miss?", "Humberto Carrasco", "missed", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("which meetings did priya miss?", "Priya Raman", "missed", []),
    ("which meetings did thiago miss?", "Thiago Nascimento", "missed", []),        # (not LACRALO's of 2016 and 2020)
    ("a quelles reunions rachid etait absent ?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("a quelles reunions rachid n'etait pas la ?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("which meetings was rachid not at?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    # negated with the subject inverted, or in Portuguese
    ("À quelles réunions Rachid n'était-il pas là ?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("Em quais reuniões o Rachid não esteve?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("¿En qué reuniones no estuvo Rachid?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("Which meetings wasn't Rachid at?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("À quelles réunions Rachid était-il présent ?", "Rachid El Amrani", "attended", []),
    ("Em quais reuniões o Thiago esteve?", "Thiago Nascimento", "attended", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("en que reuniones falto gabriela?", "Gabriela Fuentes", "missed", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("which meetings did priya attend in 2026?", "Priya Raman", "attended", ["naralo-2026-10-12-en"]),
    # asked "when": the meetings missed
    ("Quand Rachid n'était-il pas là ?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("When did Rachid miss a meeting?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("¿Cuándo faltó Rachid?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("Quando o Rachid não esteve?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("When was Priya absent?", "Priya Raman", "missed", []),
])
def test_the_meetings_someone_attended_spoke_in_or_missed(archive, question, person, how, ids):
    answer = archive.ask(question)
    assert ("meetings", [person], [how]) == (answer.kind, answer.names["of"], answer.names["how"])
    assert ids == [m.id for m in answer.meetings]


@pytest.mark.parametrize("question", ["When is the deadline for missing documents?", "When did Rachid present?",
                                      "When did Rachid talk about the missing funds?"])
def test_when_without_an_absence_of_someone_is_no_list_of_meetings_missed(archive, question):
    answer = archive.ask(question)
    assert "missed" not in answer.names.get("how", ())


@pytest.mark.parametrize("question", ["which meetings did he attend?", "which meetings did i attend?",
                                      "¿en qué reuniones estuvo él?", "which meetings did bob smith miss?"])
def test_the_meetings_of_no_one_known_ask_whom(archive, question):
    # (not every meeting, as if they had attended them all)
    assert "whom" == archive.ask(question).kind


def test_the_meetings_of_someone_in_an_empty_archive_are_none(store):
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    answer = Answerer(store, Searcher(store)).ask("which meetings did priya attend?")
    assert render.plain(answer) == i18n.t("en", "nothing_empty")


@pytest.mark.parametrize("question, kind", [
    ("¿En qué reuniones se habló de IPv6?", "mentions"), ("quelles réunions ont parlé d'IPv6 ?", "mentions"),
    ("em quais reuniões se falou de IPv6?", "mentions"), ("Which meetings spoke about IPv6?", "mentions"),
    ("which meetings were in 2026?", "meetings"),
])
def test_meetings_asked_of_no_one_are_no_whom(archive, question, kind):
    assert kind == archive.ask(question).kind
    assert "whom" != archive.ask("which webinars can I join?").kind


@pytest.mark.parametrize("question, short", [
    ("which meetings were in october?", "meetings in october?"), ("¿Qué reuniones hubo en 2026?", "¿reuniones de 2026?"),
    ("Quais reuniões houve em outubro?", "reuniões em outubro?"), ("which calls of NARALO?", "calls of NARALO?"), ("Quelles réunions en octobre ?", "réunions en octobre ?"),
])
def test_the_meetings_of_a_month_year_or_group_asked_in_two_words(archive, question, short):
    listed = archive.ask(short)
    assert ("meetings", [m.id for m in archive.ask(question).meetings]) == (listed.kind, [m.id for m in listed.meetings])
    assert 0 < len(listed.meetings) < len(archive.store.meetings())


@pytest.mark.parametrize("question", ["meetings in Toronto?", "calls in october about the budget?", "meetings in october went well?",
                                      "meetings in october budget?"])
def test_meetings_said_with_more_are_no_list(archive, question):
    assert "meetings" != archive.ask(question).kind


def test_the_meetings_someone_attended_are_said_in_the_member_s_language(archive):
    assert render.plain(archive.ask("en que reuniones estuvo carlos medina?")).startswith(
        "Carlos Medina asistió a 2 reunión(es):\n• 21 de septiembre de 2026")
    assert "Priya Raman missed none of their group's meetings I know of." == render.plain(archive.ask("which meetings did priya miss?"))
    # (no one named: the meetings, as before)
    listed = archive.ask("which meetings were in 2026?")
    held_in_2026 = [m.id for m in archive.store.meetings() if m.date.startswith("2026-")]
    assert ("meetings", held_in_2026, {}) == (listed.kind, [m.id for m in listed.meetings], dict(listed.names))


def test_several_meetings_are_all_answered(archive):
    answer = archive.ask("Who sent apologies in October 2026?")
    assert "several" == answer.kind
    assert ["afralo-2026-10-05-fr", "naralo-2026-10-12-en", "lacralo-webinar-2026-10-26-pt"] == [
        p.meeting.id for p in answer.parts]
    assert "Rachid El Amrani" in render.plain(answer)


def test_the_next_call_and_meetings_by_kind(archive):
    assert "next" == archive.ask("When is the next call?").kind
    agenda = archive.ask("Qual foi a pauta do webinário?")
    assert ("agenda", "lacralo-webinar-2026-10-26-pt") == (agenda.kind, agenda.meeting.id)
