"""When a meeting started and how long it lasted ("When did the AFRALO call start?", "¿Cuánto duró
la llamada?"): from the data (its start, its timed turns), in the display time zones, not a search."""
from __future__ import annotations

import dataclasses

import pytest

from bot import render
from conftest import DATA, first_replies
from knowledge import intents


@pytest.mark.parametrize("question, meeting, said", [
    ("When did the AFRALO call start?", "afralo-2026-10-05-fr", "It started at 14:00 UTC: AFRALO monthly call, 5 October 2026."),
    ("¿A qué hora empezó la llamada de LACRALO?", "lacralo-2026-09-21-en",
     "Comenzó a las 23:00 UTC: llamada mensual de LACRALO, 21 de septiembre de 2026."),
    # No meeting named: the latest call (a webinar when one is said)
    ("À quelle heure a commencé l'appel ?", "naralo-2026-10-12-en", "Début à 19:00 UTC : appel mensuel de NARALO, 12 octobre 2026."),
    ("A que horas começou o webinário?", "lacralo-webinar-2026-10-26-pt",
     "Começou às 22:00 UTC: webinário de LACRALO, 26 de outubro de 2026."),
    ("What time was the 2016 call?", "lacralo-2016-06-20-fr", "It started at 23:00 UTC: LACRALO monthly call, 20 June 2016."),
])
def test_when_a_meeting_started_is_its_start(archive, question, meeting, said):
    answer = archive.ask(question)
    assert ("started", meeting, said) == (answer.kind, answer.meeting.id, render.plain(answer))


def test_the_start_is_also_in_the_display_time_zones(archive):
    import dataclasses
    answer = dataclasses.replace(archive.ask("When did the AFRALO call start?"), timezones=("UTC", "America/Bogota"))
    assert "It started at 14:00 UTC (09:00 Bogota): AFRALO monthly call, 5 October 2026." == render.plain(answer)


@pytest.mark.parametrize("question", [
    "When does the next call start?", "When did the IDN working group start?", "¿Cuándo empezó a hablar Humberto?",
    "When did Humberto start talking about mediation?", "Quand a commencé le projet de médiation ?",
    "¿Cuándo comenzó la mediación?", "Quando começou o boletim?",
    # the next call's start or length is the next call
    "What is the start time of the next call?", "¿Cuál es la hora de inicio de la próxima llamada?",
    "Quelle est l'heure de début du prochain appel ?", "next call start time", "Qual é a duração da próxima chamada?",
])
def test_what_is_no_start_of_a_meeting(archive, question):
    intent = intents.detect(question, archive.store.meetings(), archive.store.people(), "en")
    assert intent is None or intent.kind not in ("started", "lasted"), intent


@pytest.mark.parametrize("question, said", [
    ("How long was the NARALO call?", "The transcript doesn't say how long it lasted: NARALO monthly call, 12 October 2026.\n"
                                      "It started at 19:00 UTC."),
    ("¿Cuánto duró la llamada de AFRALO?", "La transcripción no dice cuánto duró: llamada mensual de AFRALO, 5 de octubre de 2026.\n"
                                          "Comenzó a las 14:00 UTC."),
    ("Combien de temps a duré l'appel de 2020 ?", "La transcription ne dit pas combien de temps la réunion a duré : "
                                                  "appel mensuel de LACRALO, 17 février 2020.\nDébut à"),
    ("Quanto tempo durou o webinário?", "A transcrição não diz quanto tempo durou: webinário de LACRALO, 26 de outubro de 2026."),
])
def test_how_long_an_untimed_meeting_lasted_is_not_said(archive, question, said):
    answer = archive.ask(question)
    assert "lasted" == answer.kind and render.plain(answer).startswith(said), render.plain(answer)


def test_how_long_a_timed_meeting_lasted_is_its_turns_span(tmp_path):
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DATA / "call-2026-11-04.srt"], max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store))
        answer = answerer.ask("How long was the AFRALO call?")
    minutes = 1         # the file's first turn starts at 00:00:01, its last ends at 00:01:13
    assert ("lasted", [minutes]) == (answer.kind, answer.names["minutes"])
    # (one minute is said in the singular: not "About 1 minutes")
    assert render.plain(answer).startswith("About a minute, from the first turn to the last: AFRALO call, 4 November 2026")
    answer = dataclasses.replace(answer, names={"minutes": [90]}, language="es")
    assert render.plain(answer).startswith("Unos 90 minutos, del primer al último turno de palabra: llamada de AFRALO")


def test_when_it_started_follows_the_conversation(archive):
    replies = first_replies(archive, "Who chaired the AFRALO call?", "And when did the call start?", "¿Y cuánto duró?")
    assert replies[1].startswith("It started at 14:00 UTC: AFRALO monthly call"), replies[1]
    assert replies[2].startswith("La transcripción no dice cuánto duró: llamada mensual de AFRALO"), replies[2]


@pytest.mark.parametrize("question", ["When did it start?", "What time did it begin?", "How long was it?",
                                      "And how long did it go on?"])
def test_a_meeting_talked_of_is_it(archive, question):
    """ "When did it start?", "How long was it?" after a meeting was talked of: that meeting's."""
    replies = first_replies(archive, "Who chaired the AFRALO call?", question)
    assert "AFRALO monthly call, 5 October 2026" in replies[1], replies[1]


@pytest.mark.parametrize("question", ["When did it start to rain?", "How long was it delayed?",
                                      "How long was it before the vote?", "When did it start being a problem?"])
def test_what_it_did_is_no_start_or_length_of_a_meeting(archive, question):
    intent = intents.detect(question, archive.store.meetings(), archive.store.people(), "en")
    assert intent is None or intent.kind not in ("started", "lasted"), intent
