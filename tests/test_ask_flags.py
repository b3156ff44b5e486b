"""`acta ask`'s --meeting, --speaker and --since refused as an operator's mistakes (exit status
1, or 2 for a usage error), not answered with a chat member's hint."""
from __future__ import annotations

import pytest

from conftest import run_cli


@pytest.mark.parametrize("flags, said", [
    (["--meeting", "nope-123"], "no meeting 'nope-123'"),
    (["--since", "2030-01-01"], "no meeting on or after 2030-01-01: the latest is of 2020-02-17"),
    (["--speaker", "Nadie Existe"], "no speaker called 'Nadie Existe'"),
])
def test_a_flag_that_names_nothing_stored_is_an_error(seeded, flags, said):
    result = run_cli("--db", seeded, "ask", "ipv6", *flags)
    assert (1, True) == (result.exit_code, said in result.output)
    assert "/meetings" not in result.output


@pytest.mark.parametrize("flags, said", [
    (["--speaker", ""], "empty: give a speaker's name"), (["--speaker", "  "], "empty"),
    (["--since", "2026-02-30"], "2026-02-30 is no day of the calendar: that month has no day 30"),
    (["--since", "2026-13-01"], "there is no month 13"),
    (["--since", " 2026-13-01"], "': 2026-13-01 is no day of the calendar: there is no month 13"),     # (written as typed, trimmed)
    (["--since", "2026-2-3"], "is not a date written YYYY-MM-DD"),
])
def test_an_empty_name_or_a_day_that_does_not_exist_is_a_usage_error(seeded, flags, said):
    result = run_cli("--db", seeded, "ask", "ipv6", *flags)
    assert (2, True) == (result.exit_code, said in result.output)
    assert "does not match the format" not in result.output


@pytest.mark.parametrize("flags", [
    ["--meeting", "lacralo-2016-06-20-fr"], ["--since", "2020-02-17"], ["--speaker", "Humberto Carrasco"],
    ["--speaker", "Umberto Carasco"], ["--since", "2016-02-29"],
])
def test_flags_that_name_what_is_stored_are_answered(seeded, flags):
    result = run_cli("--db", seeded, "ask", "quien hablo de la eleccion", *flags)
    assert 0 == result.exit_code and "Error" not in result.output


def test_until_refuses_a_day_that_does_not_exist(seeded):
    result = run_cli("--db", seeded, "events", "--until", "2027-02-29")
    assert (2, True) == (result.exit_code, "2027-02-29 is no day of the calendar" in result.output)


@pytest.mark.parametrize("question", ["when is the next call?", "any events in december?", "¿cuándo es la próxima llamada?"])
def test_since_after_the_latest_meeting_is_no_error_for_what_is_coming(seeded, question):
    result = run_cli("--db", seeded, "ask", "--since", "2030-01-01", question)
    assert (0, False) == (result.exit_code, "no meeting on or after" in result.output)


def test_what_is_coming_asked_since_a_day_to_come_is_answered(archive):
    assert "next" == archive.ask("when is the next call?", since="2030-01-01").kind
    assert "next" != archive.ask("who spoke about ipv6?", since="2030-01-01").kind
