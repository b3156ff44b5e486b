"""Data questions about participation against the target, someone's commitments, and what is
coming, as members word them."""
from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot import i18n, render
from jobs import calendar
from knowledge.answers import Answerer
from knowledge.models import Answer


@pytest.mark.parametrize("question, side", [
    ("Who is below the 50% target?", "below"), ("¿Quién no alcanza el objetivo del 50 %?", "below"),
    ("Qui est sous l'objectif de 50 % ?", "below"), ("Quem está abaixo da meta?", "below"),
    ("Who met the target?", "above"), ("¿Quiénes cumplen la meta?", "above"), ("¿Quién cumplió la meta?", "above"),
    ("Quem cumpriu a meta?", "above"),
])
def test_who_is_below_or_meets_the_participation_target(archive, question, side):
    answer = archive.ask(question)
    listed = {p.name for p in answer.participation}
    # Gabriela Fuentes: 0 of 4 LACRALO calls; Humberto Carrasco: 2 of 4; Priya Raman: 1 of 1; staff: never.
    below, met = {"Gabriela Fuentes", "Linda Okonkwo"}, {"Humberto Carrasco", "Priya Raman"}
    assert "participation" == answer.kind and (below if side == "below" else met) <= listed
    assert not (met if side == "below" else below) & listed and "Daniel Whitfield" not in listed


@pytest.mark.parametrize("question, target, listed", [
    ("Who is below the target in the NARALO call?", 0.5, ["Brian Castillo", "Linda Okonkwo"]),
    ("Who is under 30% in the NARALO call?", 0.3, ["Brian Castillo", "Linda Okonkwo"]),
])
def test_below_the_target_in_one_call(archive, question, target, listed):
    answer = archive.ask(question)
    assert (target, listed) == (answer.target, [p.name for p in answer.participation])


@pytest.mark.parametrize("question, target", [
    ("Who missed 50% of the calls?", 0.5), ("¿Quién faltó al 50 % de las llamadas obligatorias?", 0.5),
    ("Quem faltou a 30% das chamadas?", 0.3), ("Qui a manqué 50 % des appels ?", 0.5),
    ("¿Quién faltó al 50 por ciento de las llamadas?", 0.5),
])
def test_a_share_of_calls_missed_is_participation_below_it(archive, question, target):
    answer = archive.ask(question)
    assert ("participation", target, frozenset({"below"})) == (answer.kind, answer.target, answer.flags)


@pytest.mark.parametrize("question", ["¿Quién faltó a 2 reuniones?", "¿Quién faltó a la llamada de NARALO?", "Quem faltou?"])
def test_calls_missed_without_a_share_are_apologies(archive, question):
    assert "apologies" == archive.ask(question).kind


@pytest.mark.parametrize("question", [
    "¿Quién faltó a 3 de las llamadas?", "Qui a manqué 2 des 3 appels ?", "Quem faltou a 2 das chamadas?",
    "who missed 2 calls?", "Who missed 3 of the calls?", "Who is under 3 in the NARALO call?",
])
def test_a_count_of_calls_missed_is_no_target(archive, question):
    answer = archive.ask(question)        # a count, not a share: no "3 % target"
    assert answer.kind != "participation" or answer.target == 0.5


@pytest.mark.parametrize("question", ["Did the survey hit the target?", "What is the target of the webinar series?"])
def test_a_target_not_asked_of_people_is_no_participation(archive, question):
    assert "participation" != archive.ask(question).kind


def test_below_the_target_of_someone_or_of_no_one(archive):
    humberto = archive.ask("Is Humberto below the target?")        # his line says whether he is
    assert ["Humberto Carrasco"] == [p.name for p in humberto.participation]
    no_one = Answer("participation", "en", target=0.5, flags=frozenset({"below"}))
    assert "Every member meets the 50% target." == render.plain(no_one)
    assert "Aucun membre n'atteint l'objectif de 50 %." == render.plain(
        dataclasses.replace(no_one, language="fr", flags=frozenset({"above"})))


def test_a_name_after_de_is_that_person_not_one_whose_name_has_de():
    from knowledge.naming import people_named
    people = {1: "Rodrigo Saucedo", 2: "Rodrigo de La Parra", 3: "Lucía de la Fuente"}
    assert ["Rodrigo Saucedo"] == people_named("Quel est le taux de participation de Rodrigo Saucedo ?", people)
    assert ["Rodrigo de La Parra"] == people_named("¿Cuál es la participación de Rodrigo de La Parra?", people)


def test_someones_commitments_are_in_any_meeting_whatever_the_conversation_is_on(archive):
    from bot.dialogue import Dialogue, Member
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("What did Koffi Mensah commit to?", ana)            # (the conversation is on AFRALO's call)
    (jose,) = talk.question("What did José Martínez commit to?", ana)
    assert "José Martínez: «I will send you the answer" in jose.html
    (again,) = talk.question("What did he promise?", ana)             # he: José, as the answer was his
    assert "José Martínez:" in again.html and "Koffi" not in again.html


@pytest.mark.parametrize("question, who", [
    ("what did michael commit to", {"Michael Chen"}), ("qu'a promis mamadou", {"Mamadou Sanogo"}),
    ("que prometio carlos", {"Carlos Medina"}),
])
def test_the_commitments_of_namesakes_are_those_of_each_who_made_any(archive, question, who):
    answer = archive.ask(question)
    parts = answer.parts or (answer,)
    assert {"commitments"} == {p.kind for p in parts} and who == {w for p in parts for w, _ in p.names["commitments"]}


def test_namesakes_who_committed_to_nothing_are_said_so_at_once(archive):
    from bot import render
    answer = archive.ask("what did paulo commit to")
    assert "I found no commitment by Paulo Mendes, Paulo Menezes in the transcripts." == render.plain(answer)


@pytest.mark.parametrize("question, dates", [
    ("Summary of the meetings of 5 and 12 October", ["2026-10-05", "2026-10-12"]),
    ("Résumé des réunions de septembre et octobre", ["2026-09-21", "2026-10-05", "2026-10-12", "2026-10-26"]),
])
def test_a_summary_of_several_meetings_asked_in_words(archive, question, dates):
    answer = archive.ask(question)
    assert ("several", dates) == (answer.kind, [p.meeting.date for p in answer.parts])
    assert {"summary"} == {p.kind for p in answer.parts}


def test_a_group_s_calls_asked_of_each_or_to_pick_one_are_all_of_them(archive):
    assert 4 == len(archive.ask("When was the first LACRALO call?").meetings)
    every = archive.ask("Who attended each LACRALO call?")
    assert "several" == every.kind and len(every.parts) > 1
    assert "attended_all" == archive.ask("Who attended every LACRALO call?").kind       # those at all of them


@pytest.fixture
def on_22_november(archive) -> Answerer:
    """The archive at noon UTC on 22 November 2026, with the LACRALO monthly call scheduled (the third Monday)."""
    monthly = [calendar.Event("LACRALO monthly call", dt.datetime(2026, 9, 21, 23, 0), ZoneInfo("UTC"), "FREQ=MONTHLY;BYDAY=3MO")]
    now = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.timezone.utc)
    return Answerer(archive.store, archive.searcher, today=lambda: now.date(),
                    next_event=calendar.next_finder(lambda: monthly, lambda: now))


@pytest.mark.parametrize("question, kind", [
    ("any events in december?", "next"), ("any events in october?", "passage"),     # a month gone by: no
    ("what events happened in october?", "passage"), ("eventos en octubre?", "passage"),
    ("¿Hay algo en diciembre?", "next"), ("any events in october 2027?", "next"),
    ("any events in january?", "next"), ("¿Hay algo en enero?", "next"),        # next year's
    ("What events are coming before the webinar?", "next"),
])
def test_what_is_coming_in_a_month_to_come(on_22_november, question, kind):
    assert kind == on_22_november.ask(question).kind


@pytest.mark.parametrize("question, said", [
    # nothing then: said so, then the next event as "What is the next event?" gives it, the announced first
    ("is there a call tomorrow?", "Nothing is scheduled or announced for then. The next event:\n"
                                  "Announced in calls (not in the calendar):\n• 3 December 2026, Toronto"),
    ("hay algo esta semana?", "No hay nada programado ni anunciado para esas fechas. El próximo evento:\n"
                              "Anunciado en las llamadas (no en el calendario):\n• 3 de diciembre de 2026, Toronto"),
    ("Y a-t-il un appel la semaine prochaine ?", "Rien n'est programmé ni annoncé pour cette période. Le prochain événement :\n"
                                                 "Annoncé dans les appels (pas dans le calendrier) :\n• 3 décembre 2026, Toronto"),
    ("O que tem amanhã?", "Não há nada agendado nem anunciado para esse período. O próximo evento:\n"
                          "Anunciado nas chamadas (não no calendário):\n• 3 de dezembro de 2026, Toronto"),
    ("is there a call next week?", "Nothing is scheduled or announced for then."),
    ("y a-t-il un appel le 21 décembre ?", "LACRALO monthly call — 21 décembre 2026"),
    ("anything on dec 3?", "Announced in calls (not in the calendar yet):\n• 3 December 2026, Toronto"),
    ("¿Qué hay el 3 de diciembre?", "Anunciado en las llamadas (no en el calendario):\n• 3 de diciembre de 2026, Toronto"),
    ("¿Hay algo el 18 de enero?", "LACRALO monthly call — 18 de enero de 2027"),        # next year's January
])
def test_what_is_coming_on_a_day_or_in_a_week(on_22_november, question, said):
    answer = on_22_november.ask(question)
    assert "next" == answer.kind and render.plain(answer).startswith(said)


@pytest.mark.parametrize("question, lang", [("anything this week?", "en"), ("¿Qué hay esta semana?", "es"),
                                            ("Y a-t-il un appel la semaine prochaine ?", "fr"), ("Tem alguma reunião amanhã?", "pt")])
def test_nothing_on_the_days_asked_gives_the_next_event_as_it_is_asked_for(on_22_november, question, lang):
    """Nothing then: the whole answer to "What is the next event?" (3 and 3–4 December announced, then the
    LACRALO call), not the next scheduled call alone."""
    next_event = {"en": "What is the next event?", "es": "¿Cuál es el próximo evento?", "fr": "Quel est le prochain événement ?",
                  "pt": "Qual é o próximo evento?"}[lang]
    expected = render.plain(on_22_november.ask(next_event))
    assert expected.count("\n• ") == 2 and "21" in expected.split("\n")[-2]
    heading = f"{i18n.t(lang, 'next_none_then')} {i18n.t(lang, 'the_next_event')}"
    assert f"{heading}\n{expected}" == render.plain(on_22_november.ask(question))


@pytest.mark.parametrize("question", [
    "who attended on 5 October?",          # a day gone by: a meeting's
    "what happened on 3 December?",        # (said in the past)
    "anything about the budget?",          # no day
    "anything new from Linda this week?",  # someone's news, a topic, a decision: a search
    "what is happening with the budget this week?", "anything decided this week?",
])
def test_a_day_gone_by_or_none_is_not_what_is_coming(on_22_november, question):
    assert "next" != on_22_november.ask(question).kind


@pytest.mark.parametrize("question", [
    "quien nunca falto?", "quem nunca faltou?", "qui n'a jamais manqué ?", "who never missed a call?",
    "who never misses a call?",
])
def test_who_never_missed_is_those_at_100_percent(archive, question):
    answer = archive.ask(question)
    assert ("participation", 1.0) == (answer.kind, answer.target)
    assert answer.participation and all(p.attended == p.meetings for p in answer.participation)
    everyone = archive.ask("What is everyone's participation?").participation
    # (those at the one meeting they could attend, 1 of 1, are no news: counted apart)
    always = {p.name for p in everyone if p.attended == p.meetings and not p.staff and p.meetings > 1}
    once = {p.name for p in everyone if p.attended == p.meetings == 1 and not p.staff}
    assert (always, [len(once)]) == ({p.name for p in answer.participation}, answer.names["at_one_only"])
    assert len(always) > 1 and len(once) > 1


def test_participation_asked_in_everyday_words(archive):
    lucia = archive.ask("lucia asistio a cuantas?")
    assert ("participation", ["Lucía de la Fuente"]) == (lucia.kind, [p.name for p in lucia.participation])
    target = archive.ask("cual es el objetivo de asistencia?")
    assert ("participation", 0.5) == (target.kind, target.target) and len(target.participation) > 1
    assert "participation" == archive.ask("what is the attendance target?").kind
    # not a count of something else, nor someone's own line turned into a list
    assert "participation" != archive.ask("how many people attended the naralo call?").kind
    assert "participation" != archive.ask("¿cuál es el objetivo del taller de Abidjan?").kind
    humberto = archive.ask("Has Humberto never missed a call?")      # his line, not the list of those at 100 %
    assert ("participation", ["Humberto Carrasco"]) == (humberto.kind, [p.name for p in humberto.participation])
    humberto = archive.ask("Did Humberto never miss a call?")       # (the present tense too)
    assert ("participation", ["Humberto Carrasco"]) == (humberto.kind, [p.name for p in humberto.participation])
    assert "participation" != archive.ask("We should never miss the survey deadline, right?").kind


@pytest.mark.parametrize("question", ["Who has the lowest attendance?", "¿Quién tiene la menor asistencia?",
                                      "Qui est le moins assidu ?", "Quem tem a menor participação?", "who attended the least?"])
def test_the_lowest_attendance_is_participation_lowest_first(archive, question):
    answer = archive.ask(question)
    members = [p for p in answer.participation if not p.staff]
    assert "participation" == answer.kind and len(members) > 5 and len(answer.participation) == len(
        archive.ask("What is everyone's participation?").participation)
    assert [p.rate for p in members] == sorted(p.rate for p in members) and members[0].rate < members[-1].rate
    zero = [p for p in members if not p.attended]     # (of those at none, who missed most first)
    assert [p.meetings for p in zero] == sorted((p.meetings for p in zero), reverse=True)


def test_what_is_no_lowest_attendance(archive):
    # A figure of a survey is no one's attendance; "the most meetings" is the most attended first, not the lowest rate.
    assert "participation" != archive.ask("What was the lowest attendance figure for the survey?").kind
    answer = archive.ask("Who attended the most meetings?")
    attended = [(-p.attended, -p.rate) for p in answer.participation]
    assert ("participation", sorted(attended)) == (answer.kind, attended) and attended[0] < attended[-1]


def test_apologies_counted_over_meetings(archive):
    gabriela = archive.ask("how many times did gabriela send apologies?")
    assert ("participation", [("Gabriela Fuentes", 2)]) == (
        gabriela.kind, [(p.name, p.apologies) for p in gabriela.participation])
    for question in ("quien se disculpo mas veces?", "who sent the most apologies?", "Who sent apologies the most?",
                     "Quem mandou desculpas mais vezes?"):
        most = archive.ask(question)
        assert "participation" == most.kind and ("Gabriela Fuentes", 2) == (most.participation[0].name, most.participation[0].apologies)
        assert all(p.apologies for p in most.participation)
    assert "several" == archive.ask("did gabriela send apologies?").kind      # whether she did: each meeting, as before
    assert "participation" != archive.ask("how many times was Toronto mentioned?").kind


def test_participation_counts_from_the_first_meeting_someone_is_recorded_at(archive):
    """A member first seen in 2026 missed no LACRALO call of 2016: their meetings are their
    groups' since the first they are recorded at, as "Which calls did they miss?" counts them."""
    lacralo = [m for m in archive.store.meetings() if m.group == "LACRALO"]
    for name in ("Lucía de la Fuente", "Humberto Carrasco", "Gabriela Fuentes"):
        [line] = archive.ask(f"What is {name}'s participation?").participation
        missed = archive.ask(f"Which calls did {name} miss?").meetings
        assert line.meetings - line.attended == len(missed), name
        first = min(m.date for m in lacralo if m.ids & {r[0] for r in archive.store.attendance_rows() if r[3] == name})
        assert line.meetings == len([m for m in lacralo if m.date >= first]), name
    [lucia] = archive.ask("What is Lucía de la Fuente's participation?").participation
    [humberto] = archive.ask("What is Humberto Carrasco's participation?").participation
    assert lucia.meetings < humberto.meetings == len(lacralo)       # 2026 only; since 2016


@pytest.mark.parametrize("question, joined", [
    ("How many times did Humberto send apologies?", "1 apology (joined after all: 1)"),
    ("¿Cuántas veces se disculpó Humberto?", "1 disculpa (se unió después de todos modos: 1)"),
    ("Combien de fois Humberto s'est-il excusé ?", "1 excuse (a rejoint l'appel quand même : 1)"),
    ("Quantas vezes o Humberto pediu desculpas?", "1 desculpa (entrou depois mesmo assim: 1)"),
])
def test_an_apology_of_someone_who_joined_after_all_is_counted(archive, question, joined):
    # As "¿Se disculpó Humberto?" says: he sent apologies in February 2020, then joined
    answer = archive.ask(question)
    assert ("participation", [("Humberto Carrasco", 1, 1)]) == (
        answer.kind, [(p.name, p.apologies, p.joined) for p in answer.participation])
    assert joined in render.plain(answer), render.plain(answer)
    said = render.plain(archive.ask("¿Se disculpó Humberto?"))
    assert said.startswith("Sí, Humberto Carrasco envió sus disculpas, pero se unió después"), said


def test_an_apology_of_someone_who_stayed_away_says_nothing_of_joining(archive):
    gabriela = archive.ask("Quantas vezes a Gabriela pediu desculpas?")
    assert [("Gabriela Fuentes", 2, 0)] == [(p.name, p.apologies, p.joined) for p in gabriela.participation]
    assert "entrou depois" not in render.plain(gabriela)
    # "Quantas vezes o Humberto falou…" counts his turns or words, not apologies
    assert "participation" != archive.ask("Quantas vezes o Humberto falou de Montevidéu?").kind


@pytest.mark.parametrize("question", ["What is Humberto's participation in the environment presentations?",
                                      "How many times did Humberto attend the mandate presentations?"])
def test_words_like_sending_apologies_are_a_topic_without_apologies(archive, question):
    # Two topic words are a search, as "…in the budget reports?" is; "sent", "envió", "presentó" are no
    # topic only in a count of apologies ("Quantas vezes Humberto enviou desculpas?": above)
    assert "participation" != archive.ask(question).kind
    assert "participation" != archive.ask("What is Humberto's participation in the budget reports?").kind


def test_who_attended_every_meeting_leaves_out_those_at_one_and_says_so(archive):
    text = render.plain(archive.ask("Who attended every meeting?"))
    assert "Carlos Medina: 2 of 2 meetings" in text and "1 of 1" not in text
    assert "(Not counting 31 person(s) present at the only meeting of their group since they first appear.)" == \
        text.splitlines()[-1]
    # one meeting named: all there were at all of it ("every" is that one)
    assert archive.ask("Who never missed the AFRALO call?").names.get("at_one_only") is None


@pytest.mark.parametrize("question", ["Who has 100% attendance?", "¿Quién tiene 100 % de asistencia?",
                                      "Quem tem 100% de presença?"])
def test_who_has_100_percent_counts_those_at_one_of_one(archive, question):
    # a rate asked: 1 of 1 is 100 %, listed (not counted apart, as "Who never missed a call?" does)
    answer = archive.ask(question)
    everyone = archive.ask("What is everyone's participation?").participation
    full = {p.name for p in everyone if p.attended == p.meetings and not p.staff}
    assert ("participation", 1.0, None) == (answer.kind, answer.target, answer.names.get("at_one_only"))
    assert full == {p.name for p in answer.participation} and any(p.meetings == 1 for p in answer.participation)
    assert "1 of 1" in render.plain(archive.ask("Who has 100% attendance?"))
