"""Answerable questions that found nothing: a member reads "nothing found" as "never said". Each
is asked as members type it, with what must still find nothing beside it."""
from __future__ import annotations

import pytest

from knowledge import which_days


def test_a_month_abbreviated_before_a_year_dates_the_question(archive):
    answer = archive.ask("who gave apologies in feb 2020")
    assert ("apologies", "lacralo-2020-02-17-fr") == (answer.kind, answer.meeting.id)


@pytest.mark.parametrize("words, month", [
    (["feb", "2020"], 2), (["apologies", "oct", "2026"], 10), (["mar", "2020"], None), (["jan", "5000"], None),
])
def test_an_abbreviation_before_a_year_is_a_month_unless_it_is_also_a_word(words, month):
    i = 1 if words[0] == "apologies" else 0
    assert month == which_days.abbreviated_month(words, i)
