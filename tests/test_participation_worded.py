"""Participation asked as members word it: the target named by what it measures, who misses
most said in the present, an attendance ranking."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, side", [
    ("who is below the attendance target", "below"), ("¿Quién está por debajo del objetivo de asistencia?", "below"),
    ("Qui est sous l'objectif de présence ?", "below"), ("Quem está abaixo da meta de presença?", "below"),
    ("who is above the attendance target", "above"), ("¿Quién cumple la meta de asistencia?", "above"),
])
def test_the_target_named_by_what_it_measures(archive, question, side):
    answer = archive.ask(question)
    listed = {p.name for p in answer.participation}
    # Gabriela Fuentes: 0 of 4 LACRALO calls; Humberto Carrasco: 2 of 4; Priya Raman: 1 of 1.
    below, met = {"Gabriela Fuentes", "Linda Okonkwo"}, {"Humberto Carrasco", "Priya Raman"}
    assert ("participation", frozenset({side})) == (answer.kind, answer.flags)
    assert (below if side == "below" else met) <= listed and not (met if side == "below" else below) & listed


@pytest.mark.parametrize("question", [
    "quien falta mas a las llamadas", "who misses the most calls?", "Quem falta mais às reuniões?",
    "Qui manque le plus aux appels ?",
])
def test_who_misses_most_said_in_the_present(archive, question):
    answer = archive.ask(question)
    assert "participation" == answer.kind
    first = answer.participation[0]
    assert min(p.attended - p.meetings for p in answer.participation) == first.attended - first.meetings


@pytest.mark.parametrize("question", ["ranking de asistencia lacralo", "attendance ranking", "classement des présences"])
def test_an_attendance_ranking_is_participation_most_attended_first(archive, question):
    answer = archive.ask(question)
    attended = [p.attended for p in answer.participation]
    assert ("participation", sorted(attended, reverse=True)) == (answer.kind, attended)


def test_an_attendance_ranking_is_answered_in_the_language_asked(archive):
    assert "es" == archive.ask("ranking de asistencia lacralo").language


@pytest.mark.parametrize("question", [
    "What was the ranking of the proposals?", "¿Qué falta por hacer?", "Did the survey hit its target?",
    "¿Cuál es la meta de la encuesta?", "Who missed the webinar?", "¿Quién más faltó en la de NARALO?", "Quem mais faltou?",
])
def test_other_rankings_targets_and_misses_are_not_participation(archive, question):
    assert "participation" != archive.ask(question).kind


@pytest.mark.parametrize("question, kind", [
    ("which member misses the most calls?", "participation"), ("who misses most?", "participation"),
    ("what does the region miss most?", None), ("what do members miss most about the old format?", None),
])
def test_who_misses_most_in_the_present_is_asked_of_a_person(archive, question, kind):
    """ "Miss most" says attendance when a person is asked for ("who…", "which member…"), not of
    what a region or members miss."""
    said = archive.ask(question).kind
    assert kind == (said if said == "participation" else None)
