"""Recurrence rules as bot.toml gives them: read leniently where nothing is lost, refused with what
is wrong otherwise; one event whose rule breaks at run time never stops the others."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest

from bot import config as config_mod
from jobs import calendar, reminders, rules, surveys
from jobs.calendar import CalendarError, Event, duration

UTC = dt.timezone.utc
PASTED = "DTSTART:20260105T140000Z\nRRULE:FREQ=MONTHLY;BYDAY=1MO"     # as rrule.js prints a rule


@pytest.mark.parametrize("written", [
    "FREQ=MONTHLY;BYDAY=3MO",
    "RRULE:FREQ=MONTHLY;BYDAY=3MO",
    "FREQ=MONTHLY; BYDAY=3MO",
    "FREQ=MONTHLY;BYDAY=3MO;",
    " rrule:freq=monthly ; byday = 3mo ; ",
])
def test_a_prefix_spaces_a_trailing_semicolon_and_lower_case_are_the_same_rule(written):
    assert "FREQ=MONTHLY;BYDAY=3MO" == rules.clean(written)
    e = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", written)
    found = calendar.upcoming([e], dt.datetime(2026, 11, 21, tzinfo=UTC), dt.datetime(2027, 2, 1, tzinfo=UTC))
    assert ["2026-12-21T23:00:00+00:00", "2027-01-18T23:00:00+00:00"] == [o.start_utc.isoformat() for o in found]


@pytest.mark.parametrize("rule", ["FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=2", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12",
                                  "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20;UNTIL=20300101T000000Z"])
def test_a_rule_as_rfc_5545_writes_it_is_kept_as_it_is(rule):
    assert rule == rules.clean(rule)


@pytest.mark.parametrize("rule, message", [
    (PASTED, 'rrule must be the rule only (write rrule = "FREQ=MONTHLY;BYDAY=1MO"): remove the DTSTART line; '
             "the first occurrence is `start`, in `timezone`"),
    ("DTSTART;TZID=Europe/Paris:20260105T140000\nRRULE:FREQ=MONTHLY;BYDAY=1MO", "remove the DTSTART line"),
    ("DTSTART:20260105T140000Z\\nRRULE:FREQ=MONTHLY;BYDAY=1MO", "remove the DTSTART line"),   # (a TOML '…' string)
    ("FREQ=MONTHLY;BYDAY=1MO\nFREQ=WEEKLY", "it holds 2 rules; give one"),
    ("FREQ=MONTHLY BYDAY=3MO", "FREQ=MONTHLY BYDAY=3MO has a space inside its value"),
    ("FREQ=MONTHLY;3MO", "'3MO' is not NAME=VALUE (parts are separated by ';'"),
    ("FREQ=MONTHLY;BYDAY=", "BYDAY has no value"),
    ("FREQ=MONTHLY;DAY=MO", "DAY is no part of a rule (they are FREQ, UNTIL"),
    ("BYDAY=3MO", "FREQ is missing (e.g. FREQ=MONTHLY;BYDAY=3MO)"),
    ("FREQ=MONTLY;BYDAY=3MO", "FREQ=MONTLY is not a frequency (YEARLY, MONTHLY, WEEKLY or DAILY)"),
    ("FREQ=MONTHLY;FREQ=WEEKLY", "FREQ is given twice"),
    ("FREQ=MONTHLY;COUNT=3;UNTIL=20270101T000000Z", "it has both COUNT and UNTIL; give one of them"),
    ("FREQ=MONTHLY;BYDAY=9MO", "BYDAY=9MO is not a valid value"),
    ("FREQ=WEEKLY;WKST=ZZ", "WKST=ZZ is not a valid value"),
])
def test_what_is_wrong_with_a_rule_is_said_with_the_event_s_title(rule, message):
    with pytest.raises(CalendarError) as refused:
        Event.declared("AFRALO monthly call", "2026-01-05T14:00", "UTC", rule)
    assert str(refused.value).startswith("'AFRALO monthly call': ")
    assert message in str(refused.value)
    assert "unpack" not in str(refused.value)


def test_bot_toml_with_a_pasted_dtstart_is_refused_at_load_naming_the_event(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[[events]]\ntitle = "LACRALO monthly call"\nstart = "2026-01-19T23:00"\n'
                    'rrule = "FREQ=MONTHLY;BYDAY=3MO"\n'
                    '[[events]]\ntitle = "AFRALO monthly call"\nstart = "2026-01-05T14:00"\n'
                    'rrule = "DTSTART:20260105T140000Z\\nRRULE:FREQ=MONTHLY;BYDAY=1MO"\n')
    with pytest.raises(config_mod.ConfigError, match="'AFRALO monthly call': rrule must be the rule only"):
        config_mod.load(path)


# Events that got past the checks (built directly): one whose rule breaks every expansion.
GOOD = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,),
                      survey=("Useful?",), survey_options=("yes", "no"), survey_hours=24)
BROKEN = Event("AFRALO monthly call", dt.datetime(2026, 1, 5, 14), calendar.zone("UTC"), PASTED, chats=(-100,),
               survey=("Useful?",), survey_options=("yes", "no"))
DEC = dt.datetime(2026, 12, 21, 23, tzinfo=UTC)


def test_one_broken_event_is_skipped_and_logged_and_the_others_are_still_reminded(tmp_path, caplog):
    from knowledge.store import Store

    with Store(tmp_path / "a.db") as store, caplog.at_level(logging.WARNING):
        assert 2 * 3 == reminders.plan(store, [BROKEN, GOOD], [duration(x) for x in ("1d", "1h", "10m")],
                                   DEC - dt.timedelta(days=2))
        assert {"LACRALO monthly call"} == {r["title"] for r in store.reminders()}
    assert 1 == len(caplog.records)
    assert "event 'AFRALO monthly call' skipped: its occurrences cannot be computed (TypeError" in caplog.text
    assert "LACRALO" not in caplog.text


def test_a_broken_event_does_not_stop_the_others_surveys(tmp_path):
    from knowledge.store import Store

    posted = []

    async def post_poll(chat, question, options):
        posted.append(chat)
        return "p1", 1

    async def nothing(*args):
        return None

    with Store(tmp_path / "a.db") as store:
        asyncio.run(surveys.tick(store, [BROKEN, GOOD], DEC + dt.timedelta(hours=1, minutes=5), post_poll, nothing,
                                 nothing))
        assert [-100] == posted and ["LACRALO monthly call"] == [s["title"] for s in store.surveys("open")]


def test_an_event_from_the_chat_is_logged_by_its_number_not_its_title(caplog):
    chat_event = Event("Réunion privée de Aïcha", dt.datetime(2026, 1, 5, 14), calendar.zone("UTC"), PASTED,
                       stored_id=7)
    with caplog.at_level(logging.WARNING):
        assert [] == calendar.upcoming([chat_event], DEC, DEC + dt.timedelta(days=60))
    assert "event #7 skipped" in caplog.text and "Aïcha" not in caplog.text
