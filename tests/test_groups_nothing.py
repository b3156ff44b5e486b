"""«Nothing on that in <group>» is said only when the group's meetings hold nothing on it: not when the
question asks the time in a city, nor when the group's turns hold as much as another group's; two
groups named side by side are each searched."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import announced
from knowledge.group_answers import joined_groups


@pytest.mark.parametrize("question", [
    "when is the naralo ipv6 webinar in buenos aires time",
    "a que hora es el webinar de ipv6 de naralo en hora de buenos aires",
])
def test_a_city_whose_time_is_asked_is_no_word_the_groups_turn_must_hold(archive, question):
    # Ethan's webinar (20 October, 16:00 UTC) never says Buenos Aires: not «Nothing in NARALO» and
    # Carlos's LACRALO webinar (found through «Buenas noches»)
    answer = archive.ask(question)
    assert ("Ethan Brooks", "naralo-2026-10-12-en") == (answer.sources[0].speaker, answer.sources[0].meeting_id)
    assert "16:00 UTC" in " ".join(answer.quote) and "elsewhere" not in answer.flags


def test_a_groups_turns_holding_as_much_as_another_groups_are_no_nothing(archive):
    # «Nous avons une question sur le canal anglais» holds as much of it as another call's English channel
    answer = archive.ask("how many people were on the english channel at afralo")
    assert "elsewhere" not in answer.flags and not render.plain(answer).startswith("Nothing on that")


def test_a_group_holding_nothing_on_it_is_still_said_so(archive):
    answer = archive.ask("What was said about the Toronto event in the LACRALO meetings?")
    assert ({"elsewhere"}, ["LACRALO"]) == (answer.flags, answer.names["group"])


def test_two_groups_named_side_by_side_are_each_answered(archive):
    answer = archive.ask("el webinar de ipv6 de lacralo y el de naralo son a la misma hora?")
    assert "elsewhere" not in answer.flags
    assert ["lacralo", "naralo"] == [h.meeting_id.split("-")[0] for h in answer.sources[:2]]
    assert "15:00 UTC" in " ".join(answer.quote) and "16:00 UTC" in " ".join(answer.also[0])
    assert render.plain(answer).count("«") == 2


@pytest.mark.parametrize("question, placed, joined", [
    ("el webinar de ipv6 de lacralo y el de naralo son a la misma hora?", ["NARALO"], ["LACRALO", "NARALO"]),
    ("who spoke about ipv6 in the afralo and naralo calls", ["AFRALO"], ["AFRALO", "NARALO"]),
    ("la de afralo o la de naralo", ["AFRALO"], ["AFRALO", "NARALO"]),
    # what was talked of, not where: the place alone
    ("what was said about afralo in the naralo call", ["NARALO"], ["NARALO"]),
    ("what did the naralo call say about afralo's workshop and its budget", ["NARALO"], ["NARALO"]),
    ("what did the naralo call say about the budget and afralo", ["NARALO"], ["NARALO"]),
    ("who talked about lacralo and naralo", [], []),
])
def test_groups_joined_to_the_one_placed(archive, question, placed, joined):
    assert joined == joined_groups(question, archive.store.meetings(), placed)


@pytest.mark.parametrize("question, place", [
    ("when is the naralo ipv6 webinar in buenos aires time", "buenos aires"),
    ("what time did the call start in toronto", "toronto"),
    ("quelle heure à l'heure de paris", "paris"),
    # the place of the event, not where its time is wanted
    ("when is the toronto event", None),
    ("evento en buenos aires", None),
    ("when is the webinar in buenos aires", None),
])
def test_the_place_whose_time_is_asked(archive, question, place):
    assert place == announced.time_place(question, archive.store.meetings())
