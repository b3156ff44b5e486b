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
