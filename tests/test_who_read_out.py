"""Who read the agenda or the roll call out (not who presented an item), and none read out said so."""
from __future__ import annotations

import pytest

from bot import render
from conftest import DATA
from knowledge.models import Answer


@pytest.mark.parametrize("question, meeting, reader, said", [
    # Humberto chaired the 2016 call and gave Maritza the floor "qui va lire cet ordre du jour".
    ("¿Quién leyó el orden del día de la llamada de junio de 2016?", "lacralo-2016-06-20-fr", "Maritza Aguero",
     "Maritza Aguero leyó el orden del día: llamada mensual de LACRALO, 20 de junio de 2016."),
    ("Who read the agenda of the NARALO call?", "naralo-2026-10-12-en", "Tamara Williams",
     "Tamara Williams read out the agenda of the NARALO monthly call, 12 October 2026."),
    ("Who presented the agenda?", "lacralo-webinar-2026-10-26-pt", "Tomás Echeverría",
     "Tomás Echeverría read out the agenda of the LACRALO webinar, 26 October 2026."),
    ("Qui a lu l'ordre du jour ?", "lacralo-webinar-2026-10-26-pt", "Tomás Echeverría",
     "Tomás Echeverría a lu l'ordre du jour : webinaire de LACRALO, 26 octobre 2026."),
    ("Quem leu a pauta da chamada da AFRALO?", "afralo-2026-10-05-fr", "Aïcha Benali",
     "Aïcha Benali leu a pauta: chamada mensal de AFRALO, 5 de outubro de 2026."),
])
def test_who_read_the_agenda_is_who_read_it_out_not_the_agenda(archive, question, meeting, reader, said):
    answer = archive.ask(question)
    assert ("agenda_reader", meeting) == (answer.kind, answer.meeting.id)
    assert said in render.plain(answer), render.plain(answer)
    (source,) = answer.sources
    assert source.speaker == answer.names["reader"][0] == reader and source.turn_index < 10


def test_who_presented_an_agenda_item_is_not_who_read_the_agenda(archive):
    answer = archive.ask("Who presented the agenda item on the outreach plan?")
    assert ("presenter", "Daniela Rojas") == (answer.kind, answer.names["presenter"][0][1])


def test_no_agenda_read_out_is_said():
    from knowledge.models import MeetingSummary
    call = MeetingSummary("x", "2026-01-01", None, "", "NARALO", "monthly_call", "en", 1)
    empty = Answer("agenda_reader", "en", meeting=call, names={"reader": []})
    assert "The transcript shows no agenda read out in the NARALO monthly call, 1 January 2026." == render.plain(empty)


@pytest.mark.parametrize("question, mid, reader, said", [
    ("Who read the roll call in the NARALO call?", "naralo-2026-10-12-en", "Rachel O'Connor",
     "Rachel O'Connor read the roll call of the NARALO monthly call, 12 October 2026."),
    ("Qui a fait l'appel en 2016 ?", "lacralo-2016-06-20-fr", "Terri Agnew",           # «… et moi-même, Terri»
     "Terri Agnew a fait l'appel : appel mensuel de LACRALO, 20 juin 2016."),
    ("¿Quién pasó lista en la llamada de septiembre?", "lacralo-2026-09-21-es", "Valeria Osorio",
     "Valeria Osorio pasó lista: llamada mensual de LACRALO, 21 de septiembre de 2026."),
    ("Quem fez a chamada?", "lacralo-webinar-2026-10-26-pt", "Inês Araújo",
     "Inês Araújo fez a chamada: webinário de LACRALO, 26 de outubro de 2026."),
])
def test_who_read_the_roll_call(archive, question, mid, reader, said):
    answer = archive.ask(question)
    assert ("roll_call_reader", True, [reader]) == (answer.kind, mid in answer.meeting.ids, answer.names["reader"])
    assert render.plain(answer).startswith(said)
    # The turn cited, in the member's language version, reads out who is there.
    assert mid == answer.sources[0].meeting_id
    present = [a.name for a in archive.store.meeting(mid).attendance if a.status == "present" and a.source == "roll_call"]
    assert answer.sources[0].speaker == reader and any(name.split()[0] in answer.sources[0].text for name in present)
    assert "attendance" == archive.ask("Who was in the roll call of the NARALO call?").kind


def test_no_roll_call_no_reader(tmp_path):
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DATA / "zoom-2026-11-02.vtt"], max_bytes=10_000_000)
        answer = Answerer(store, Searcher(store)).ask("Who read the roll call?")
    assert ("roll_call_reader", []) == (answer.kind, answer.names["reader"])
    assert render.plain(answer).startswith("The transcript has no roll call: ")
