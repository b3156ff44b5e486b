"""A question naming a group ("…de LACRALO"): said to be found elsewhere only when it is."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", ["a que hora empieza la llamada mensual de lacralo",
                                      "el boletin bilingue de lacralo cuando empieza"])
def test_found_in_the_spanish_version_of_a_group_call_is_no_other_meeting(archive, question):
    # The September call's id is its English version's; its Spanish turn is still LACRALO's, not
    # "Nada sobre eso en las reuniones de LACRALO; en otras reuniones:" and a LACRALO call.
    answer = archive.ask(question)
    assert answer.sources[0].meeting_id == "lacralo-2026-09-21-es" and "elsewhere" not in answer.flags


def test_a_group_s_newsletter_mistyped_is_read_and_found_in_the_call_that_says_when_it_starts(archive):
    # "bimestrial" is no Spanish word ("bimestral"): read so, the 2020 call says when LACRALO's bimonthly
    # newsletter starts («qui commencera après la réunion de Cancún»); the September call only proposes one
    answer = archive.ask("la newsletter bimestrial de lacralo cuando empieza")
    assert ("bimestrial", "bimestral") == (answer.readings[0].typed, answer.readings[0].read)
    assert answer.sources[0].meeting_id == "lacralo-2020-02-17-fr" and "elsewhere" not in answer.flags
    assert "commencera après la réunion de Cancún" in " ".join(answer.quote)
