"""A question naming a group ("…de LACRALO"): said to be found elsewhere only when it is."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", ["a que hora empieza la llamada mensual de lacralo",
                                      "la newsletter bimestrial de lacralo cuando empieza"])
def test_found_in_the_spanish_version_of_a_group_call_is_no_other_meeting(archive, question):
    # The September call's id is its English version's; its Spanish turn is still LACRALO's, not
    # "Nada sobre eso en las reuniones de LACRALO; en otras reuniones:" and a LACRALO call.
    answer = archive.ask(question)
    assert answer.sources[0].meeting_id == "lacralo-2026-09-21-es" and "elsewhere" not in answer.flags
