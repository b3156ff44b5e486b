"""What someone said in a meeting they were not at, or sent apologies for: that, not "nothing from them"."""
from __future__ import annotations

import pytest

from bot import render


@pytest.mark.parametrize("question, text", [
    ("que dijo jose martinez en el webinar",
     "José Martínez envió sus disculpas: seminario web de LACRALO, 26 de octubre de 2026."),
    ("What did Priya say in the AFRALO call?",
     "Priya Raman was not there: AFRALO monthly call, 5 October 2026 — not in the roll call, and did not speak."),
])
def test_what_someone_absent_said_in_a_meeting_named_is_why_nothing(archive, question, text):
    assert text == render.plain(archive.ask(question))


def test_what_someone_said_in_a_meeting_they_spoke_in_is_still_their_words(archive):
    assert ("passage", "Priya Raman") == (lambda a: (a.kind, a.sources[0].speaker))(
        archive.ask("What did Priya say in the NARALO call?"))


@pytest.mark.parametrize("question, person, how, meetings", [
    ("When did Humberto speak?", "Humberto Carrasco", "spoke", ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"]),
    ("quando o João falou?", "João da Silva", "spoke", ["lacralo-webinar-2026-10-26-pt"]),
    ("Quand Rachid a-t-il parlé ?", "Rachid El Amrani", "spoke", []),
    ("When didn't Rachid go?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),      # a name before the verb
])
def test_when_someone_spoke_or_was_away_is_those_meetings(archive, question, person, how, meetings):
    answer = archive.ask(question)
    assert ("meetings", [person], [how], meetings) == (
        answer.kind, answer.names["of"], answer.names["how"], [m.id for m in answer.meetings])


@pytest.mark.parametrize("question, kind", [
    ("when did they talk?", "nothing"),             # no one named
    ("When did Humberto speak about Montevideo?", "passage"), ("quando o João falou sobre IDN?", "passage"),   # a topic
    ("When did Carlos talk to Priya?", "passage"),
])
def test_when_no_one_named_spoke_or_on_a_topic_is_no_list_of_meetings(archive, question, kind):
    assert kind == archive.ask(question).kind


@pytest.mark.parametrize("question, person, meetings", [
    ("cuando hablo humberto", "Humberto Carrasco", ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"]),   # the verb first
    ("¿Cuándo habló Humberto Carrasco?", "Humberto Carrasco", ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"]),
    ("quando falou o joao", "João da Silva", ["lacralo-webinar-2026-10-26-pt"]),
])
def test_when_someone_spoke_asked_verb_first_is_those_meetings(archive, question, person, meetings):
    answer = archive.ask(question)
    assert ("meetings", [person], ["spoke"], meetings) == (
        answer.kind, answer.names["of"], answer.names["how"], [m.id for m in answer.meetings])


@pytest.mark.parametrize("question", [
    "cuando hablo de montevideo", "quando falou o joao sobre IDN",      # a topic, no one or someone
    "cuando hablo humberto de montevideo", "cuando hablo el presidente",     # more than a name; no one known
])
def test_when_spoke_verb_first_without_a_name_alone_is_no_list_of_meetings(archive, question):
    assert "meetings" != archive.ask(question).kind
