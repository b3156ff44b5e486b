"""What was said for the next meeting: "What will be on the next NARALO agenda?" gives what its last
call put on it, and the last agenda as such; "Who presents next time?" says no one was announced;
"what's next?" is the next event."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import next_agenda


@pytest.mark.parametrize("question", ["what will be on the next naralo agenda", "What's on the next NARALO agenda?",
                                      "¿Qué hay en la próxima agenda de NARALO?", "prochain ordre du jour de NARALO ?"])
def test_the_next_agenda_gives_what_was_put_on_it_then_the_last(archive, question):
    answer = archive.ask(question)
    assert ("next_agenda", "2026-10-12") == (answer.kind, answer.meeting.date)
    assert ["Michael Chambers", "Marc-André Gagnon"] == [speaker for _, speaker in answer.names["said"]]
    assert "Toronto event to our next monthly call" in answer.names["said"][0][0]
    assert "agenda" == answer.parts[0].kind and "IPv6 adoption" in render.plain(answer).split("\n\n")[-1]


@pytest.mark.parametrize("question, said", [
    ("who presents next time", "Who presents at the next meeting has not been announced in the calls."),
    ("quien presenta la proxima vez", "Quién presentará en la próxima reunión no se ha anunciado en las llamadas."),
    ("qui presente la prochaine fois", "Qui présentera à la prochaine réunion n'a pas été annoncé dans les appels."),
    ("quem vai apresentar na proxima reuniao?", "Quem vai apresentar na próxima reunião não foi anunciado nas chamadas."),
    ("what's on the next lacralo agenda?", "The next meeting's agenda has not been announced in the calls."),
])
def test_nothing_said_for_the_next_meeting_is_said_plainly(archive, question, said):
    lines = render.plain(archive.ask(question)).split("\n\n")[0].split("\n") + render.plain(archive.ask(question)).split(
        "\n\n")[1].split("\n")[:1]
    assert said == lines[0] and lines[-1] in ("The last agenda:", "El último orden del día:", "Le dernier ordre du jour :",
                                             "A última pauta:")


def test_only_sentences_that_put_something_on_the_next_agenda_count(archive):
    lacralo = [m for m in archive.store.meetings() if "lacralo-2026-09-21-es" in m.ids][0]
    # («…recibir comentarios antes de la próxima llamada mensual», «¿qué temas le gustaría tratar en la
    # próxima llamada mensual?», «Nos vemos en la próxima llamada mensual»: nothing put on it)
    said = next_agenda.said_for_next
    assert [] == said(archive.store, lacralo, "es") == said(archive.store, lacralo, "en")


@pytest.mark.parametrize("question", ["what was on the naralo agenda?", "who presented the ipv6 item?",
                                      "who presented next to Priya?", "¿quién presentó el webinar?"])
def test_agendas_held_are_no_next_agenda(archive, question):
    assert "next_agenda" != archive.ask(question).kind


@pytest.mark.parametrize("question", ["what's next", "¿qué sigue?", "what is next?", "e o que vem agora?"])
def test_whats_next_is_the_next_event(archive, question):
    assert "next" == archive.ask(question).kind


def test_whats_next_of_something_is_a_search(archive):
    assert "next" != archive.ask("what's next for the dns abuse statement?").kind


def test_the_next_call_asked_is_after_the_last_call_not_a_webinar(archive):
    assert "2026-10-12" == archive.ask("what's on the agenda for the next call?").meeting.date
    # (no group named: the latest meeting of each, not only the latest, a LACRALO webinar that said nothing of it)
    assert "2026-10-12" == archive.ask("what's on the next agenda?").meeting.date


@pytest.mark.parametrize("question", ["what was next on the agenda?", "who presented next on the agenda?",
                                      "what is the next agenda item?", "what's the next item on the agenda?",
                                      "what was on the next naralo agenda?", "what comes next on the agenda?",
                                      "who presents next on the agenda?"])
def test_the_running_order_of_a_meeting_is_no_next_agenda(archive, question):
    assert "next_agenda" != archive.ask(question).kind


@pytest.mark.parametrize("question", ["what's on the next monthly call agenda?", "next agenda in naralo?",
                                      "what is on the upcoming agenda?"])
def test_next_qualifying_the_agenda_is_the_next_agenda(archive, question):
    assert "next_agenda" == archive.ask(question).kind


@pytest.mark.parametrize("sentence", ["At our next call Koffi will present the budget.",
                                      "En la próxima llamada, Humberto presentará el informe.",
                                      "Could we add a short item on it to our next monthly call?"])
def test_a_presenter_or_an_item_announced_for_the_next_meeting_counts(sentence):
    assert next_agenda.for_next(sentence)


@pytest.mark.parametrize("sentence", ["We will present it at the next call.", "Koffi will present the budget today.",
                                      "Send comments before the next call, Maria.", "See you at the next meeting, Koffi!"])
def test_no_presenter_named_for_the_next_meeting_does_not_count(sentence):
    assert not next_agenda.for_next(sentence)


def test_who_presents_is_not_said_unannounced_when_a_presenter_was(archive, monkeypatch):
    said = [("At our next call Koffi will present the budget.", "Nadine Tremblay")]
    monkeypatch.setattr(next_agenda, "said_for_next", lambda store, meeting, lang: said)
    answer = archive.ask("who presents next time?")
    assert ("next_agenda", said, frozenset()) == (answer.kind, answer.names["said"], answer.flags)
    assert "announced" not in render.plain(answer).split("\n")[0]
