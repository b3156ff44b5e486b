"""Recurring calls from bot.toml: rules in local wall time, DST, reminder times, bad input, `acta events`,
and which imported meeting is one of those calls."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from bot import config as config_mod
from bot.cli import cli
from jobs import calendar
from jobs.calendar import CalendarError, Event

UTC = dt.timezone.utc


def test_third_monday_of_each_month_at_23_utc():
    e = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", "90m")
    found = calendar.upcoming([e], dt.datetime(2026, 11, 21, tzinfo=UTC), dt.datetime(2027, 3, 1, tzinfo=UTC))
    assert ["2026-12-21T23:00:00+00:00", "2027-01-18T23:00:00+00:00", "2027-02-15T23:00:00+00:00"] == [
        o.start_utc.isoformat() for o in found]
    assert dt.timedelta(minutes=90) == found[0].end_utc - found[0].start_utc


def test_the_local_hour_is_kept_across_daylight_saving_changes():
    # 19:00 in Toronto every Monday: 23:00 UTC in summer time, 00:00 UTC (next day) in winter.
    e = Event.declared("NARALO call", "2026-10-26T19:00", "America/Toronto", "FREQ=WEEKLY;BYDAY=MO")
    found = calendar.upcoming([e], dt.datetime(2026, 10, 25, tzinfo=UTC), dt.datetime(2026, 11, 10, tzinfo=UTC))
    assert ["2026-10-26T23:00:00+00:00", "2026-11-03T00:00:00+00:00", "2026-11-10T00:00:00+00:00"] == [
        o.start_utc.isoformat() for o in found]


def test_a_one_off_event_and_reminder_times():
    e = Event.declared("Webinar", "2026-12-02T15:00", "America/Sao_Paulo")
    (o,) = calendar.upcoming([e], dt.datetime(2026, 11, 1, tzinfo=UTC), dt.datetime(2027, 1, 1, tzinfo=UTC))
    assert dt.datetime(2026, 12, 2, 18, 0, tzinfo=UTC) == o.start_utc
    offsets = [calendar.duration(x) for x in ("1d", "1h", "10m")]
    assert ["2026-12-01T18:00:00+00:00", "2026-12-02T17:00:00+00:00", "2026-12-02T17:50:00+00:00"] == [
        t.isoformat() for t in calendar.reminder_times(o, offsets)]
    assert [] == calendar.upcoming([e], dt.datetime(2026, 12, 3, tzinfo=UTC), dt.datetime(2027, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("start, tz, rule, length, message", [
    ("2026-02-30T19:00", "UTC", "", "1h", "not a date and time"),
    ("next tuesday", "UTC", "", "1h", "not a date and time"),
    ("2026-12-01T19:00+02:00", "UTC", "", "1h", "local wall time"),
    ("2026-12-01T19:00", "Mars/Olympus", "", "1h", "unknown time zone"),
    ("2026-12-01T19:00", "UTC", "FREQ=SOMETIMES", "1h", "not an RFC 5545 rule"),
    ("2026-12-01T19:00", "UTC", "", "a while", "'Call': duration: not a duration"),
    ("2026-12-01T19:00", "UTC", "", "0m", "'0m' is no time at all"),
    ("2026-12-01T19:00", "UTC", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "1h", "never occurs from 2026-12-01T19:00"),
    ("2026-12-01T19:00", "UTC", "FREQ=MONTHLY;UNTIL=20261101T000000Z", "1h", "never occurs"),
    ("2026-12-01T19:00", "UTC", "FREQ=MINUTELY", "1h", "recurs within a day"),
    ("2026-12-01T19:00", "UTC", "freq=hourly;count=3", "1h", "recurs within a day"),
    ("2026-12-01T10:00", "UTC", "FREQ=DAILY;BYMINUTE=" + ",".join(map(str, range(60))), "1h", "more than 4 times a day"),
    ("2026-12-01T10:00", "UTC", "FREQ=DAILY;BYHOUR=10,11,12,13,14", "1h", "more than 4 times a day"),
    ("2026-12-01T10:00", "UTC", "FREQ=WEEKLY;INTERVAL=0", "1h", "INTERVAL=0; it must be 1 or more"),
    ("2026-12-01T10:00", "UTC", "FREQ=WEEKLY;INTERVAL=-1", "1h", "INTERVAL=-1"),
    ("2026-12-01T10:00", "UTC", "FREQ=WEEKLY;UNTIL=20261301T000000Z", "1h", "not an RFC 5545 rule"),
    ("2026-12-01T10:00", "UTC", "FREQ=MONTHLY;BYDAY=9MO", "1h", "not an RFC 5545 rule"),
])
def test_bad_events_are_refused_with_the_reason(start, tz, rule, length, message):
    with pytest.raises(CalendarError, match=message):
        Event.declared("Call", start, tz, rule, length)


def test_a_few_occurrences_a_day_are_a_call_s_rule():
    e = Event.declared("Twice daily", "2026-12-01T10:00", "UTC", "FREQ=DAILY;BYHOUR=10,22")
    assert 2 == len(calendar.occurrences(e, dt.datetime(2026, 12, 2, tzinfo=UTC), dt.datetime(2026, 12, 3, tzinfo=UTC)))


def test_a_rule_that_never_stops_is_bounded():
    e = Event.declared("Daily", "2026-01-01T00:00", "UTC", "FREQ=DAILY")
    found = calendar.occurrences(e, dt.datetime(2026, 1, 1, tzinfo=UTC), dt.datetime(2036, 1, 1, tzinfo=UTC))
    assert calendar.MAX_OCCURRENCES == len(found)


def test_bot_toml_events_and_their_errors(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[[events]]\ntitle = "Call"\nstart = "2026-12-01T19:00"\ntimezone = "Europe/Paris"\n'
                    'rrule = "FREQ=MONTHLY;BYDAY=1TU"\n[display]\ntimezones = ["UTC", "America/Bogota"]\n')
    loaded = config_mod.load(path)
    assert ["Call"] == [e.title for e in config_mod.events(loaded)]
    path.write_text('[[events]]\ntitle = "Call"\nstart = "2026-12-01T19:00"\ntimezone = "Nowhere/Land"\n')
    with pytest.raises(config_mod.ConfigError, match="unknown time zone"):
        config_mod.load(path)
    path.write_text('[reminders]\noffsets = ["1d", "soon"]\n')
    with pytest.raises(config_mod.ConfigError, match=r"\[reminders\] offsets: not a duration"):
        config_mod.load(path)
    path.write_text('[reminders]\noffsets = ["1h", "0m"]\n')      # (sent as the event starts: never)
    with pytest.raises(config_mod.ConfigError, match="'0m' is no time at all"):
        config_mod.load(path)
    path.write_text('[reminders]\noffsets = ["60d"]\n')
    with pytest.raises(config_mod.ConfigError, match="at most 45d before an event"):
        config_mod.load(path)
    path.write_text('[[events]]\ntitle = "Call"\nstart = "2026-12-01T19:00"\ncolour = "blue"\n')
    with pytest.raises(config_mod.ConfigError, match="unknown key"):
        config_mod.load(path)


def test_acta_events_json(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[telegram]\nchats = [-100123]\n[[events]]\ntitle = "Far call"\nstart = "2030-05-06T10:00"\n'
                    'timezone = "America/Mexico_City"\n')
    result = CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2030-12-31", "--json"])
    assert 0 == result.exit_code, result.output
    assert [{"title": "Far call", "start_utc": "2030-05-06T16:00:00+00:00", "end_utc": "2030-05-06T17:00:00+00:00",
             "timezone": "America/Mexico_City", "link": "", "chats": [-100123],
             "reminders": ["2030-05-05T16:00:00+00:00", "2030-05-06T15:00:00+00:00", "2030-05-06T15:50:00+00:00"],
             "cancelled": False}
            ] == json.loads(result.stdout)


def test_acta_events_includes_events_added_from_the_chat(tmp_path):
    from knowledge.store import Store as _Store

    db = tmp_path / "acta.db"
    with _Store(db) as store:
        eid = store.propose_event("Chat event", dt.datetime(2031, 3, 4, 15, 0, tzinfo=UTC), "UTC", 30, [-5],
                                  "chat", 1)
        store.set_event_status(eid, "active")
    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{db}"\n')
    result = CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2031-12-31", "--json"])
    assert [("Chat event", "2031-03-04T15:00:00+00:00", [-5])] == [
        (e["title"], e["start_utc"], e["chats"]) for e in json.loads(result.stdout)]


def test_until_in_utc_is_accepted_and_applied_in_local_time():
    e = Event.declared("Call", "2026-01-19T19:00", "America/Toronto", "FREQ=MONTHLY;BYDAY=3MO;UNTIL=20261231T235959Z")
    found = calendar.upcoming([e], dt.datetime(2026, 11, 1, tzinfo=UTC), dt.datetime(2027, 6, 1, tzinfo=UTC))
    assert ["2026-11-17T00:00:00+00:00", "2026-12-22T00:00:00+00:00"] == [o.start_utc.isoformat() for o in found]


@pytest.mark.parametrize("a, b, same", [
    ("LACRALO monthly call", "LACRALO Monthly Call – Spanish channel", True),
    ("LACRALO monthly call", "lacralo MONTHLY call", True),
    ("LACRALO call", "NARALO call", False),
    # Not one title holding the other's words: no group named, not which of the group's calls, another meeting
    ("Monthly call", "LACRALO monthly call", False),
    ("LACRALO call", "LACRALO monthly call", False),
    ("LACRALO monthly call - ALAC liaison prep", "LACRALO monthly call", False),
    ("LACRALO monthly call - ALAC liaison prep (cancelled)", "LACRALO monthly call", False),
    ("LACRALO Capacity Building Webinar", "LACRALO webinar", False),
    ("Llamada mensual de LACRALO y NARALO", "Llamada mensual de LACRALO", False),
    ("Segunda chamada mensal da LACRALO", "LACRALO monthly call", False),      # ("segunda": a second one)
    ("Cancelled", "Cancelado", False),                                         # no call named at all
    ("Monthly call", "Monthly call", True),                                    # (the same words: the same)
    # …but a cancellation mark, its date or time, its language channel name no other meeting
    ("Cancelled: LACRALO monthly call", "LACRALO monthly call", True),
    ("Llamada mensual de LACRALO (cancelada)", "LACRALO monthly call", True),
    ("LACRALO monthly call – December 2026", "LACRALO monthly call", True),
    ("Chamada mensal da LACRALO, segunda-feira 21 de dezembro, 20h UTC", "LACRALO monthly call", True),
    ("Appel mensuel du LACRALO en espagnol", "LACRALO monthly call", True),
    ("Call", "NARALO call", False),          # one word says too little
    ("IDN webinar", "UA webinar", False),
    # an invitation in another language: the call's words in any of the four
    ("LACRALO monthly call", "Llamada mensual de LACRALO", True),
    ("Appel mensuel d'AFRALO", "AFRALO Monthly Call", True),
    ("Reunião mensal da LACRALO", "LACRALO monthly call", True),
    ("Llamada mensual de LACRALO", "NARALO monthly call", False),
    ("Webinario de LACRALO", "LACRALO monthly call", False),
    ("Llamada de la ONU", "Llamada de la OEA", False),
])
def test_which_titles_at_one_time_are_one_call(a, b, same):
    assert same == calendar.same_call(a, b) == calendar.same_call(b, a)


def _imported(eid, title, start, slot, chats=(-100,)):
    return calendar.from_stored({"id": eid, "title": title, "start_utc": start, "slot_utc": slot, "timezone": "UTC",
                                 "duration_minutes": 60, "link": "", "chats": list(chats)})


def test_an_imported_occurrence_moved_from_a_bot_toml_ones_time_is_that_one():
    monthly = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,),
                             link="https://example.org/zoom")
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    moved = _imported(7, "Llamada mensual de LACRALO", "2026-12-22T23:00:00+00:00", "2026-12-21T23:00:00+00:00",
                      chats=(-100, -200))
    found = calendar.upcoming([monthly, moved], now, dt.datetime(2027, 1, 31, tzinfo=UTC))
    assert [("LACRALO monthly call", "2026-12-22", (-100, -200), "https://example.org/zoom", 7),
            ("LACRALO monthly call", "2027-01-18", (-100,), "https://example.org/zoom", None)] == [
        (o.event.title, f"{o.start_utc:%Y-%m-%d}", o.event.chats, o.event.link, o.event.stored_id) for o in found]
    # …whatever the window looks at (the reminders of the moved one alone)
    assert [] == calendar.upcoming([monthly, moved], now, dt.datetime(2026, 12, 21, 23, 30, tzinfo=UTC))
    # Not another call moved from that time, not one for another group, nor one not moved
    for other in (_imported(8, "NARALO monthly call", "2026-12-22T23:00:00+00:00", "2026-12-21T23:00:00+00:00"),
                  _imported(9, "LACRALO monthly call", "2026-12-22T23:00:00+00:00", "2026-12-21T23:00:00+00:00",
                            chats=(-300,)),
                  _imported(10, "LACRALO monthly call", "2026-12-22T23:00:00+00:00", "2026-12-22T23:00:00+00:00"),
                  # …nor a meeting whose title holds the call's words, or some of them (which group's?)
                  _imported(11, "LACRALO monthly call - ALAC liaison prep", "2026-12-22T23:00:00+00:00",
                            "2026-12-21T23:00:00+00:00"),
                  _imported(12, "Monthly call", "2026-12-22T23:00:00+00:00", "2026-12-21T23:00:00+00:00")):
        found = calendar.upcoming([monthly, other], now, dt.datetime(2026, 12, 31, tzinfo=UTC))
        assert ["2026-12-21", "2026-12-22"] == [f"{o.start_utc:%Y-%m-%d}" for o in found]
        assert ["LACRALO monthly call", other.title] == [o.event.title for o in found]


def test_an_imported_meeting_at_a_bot_toml_call_s_time_is_merged_with_it_only_if_it_is_that_call():
    monthly = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,))
    now, until = dt.datetime(2026, 11, 22, tzinfo=UTC), dt.datetime(2026, 12, 31, tzinfo=UTC)
    at_its_time = "2026-12-21T23:00:00+00:00"
    copy = _imported(7, "Llamada mensual de LACRALO (canal español)", at_its_time, at_its_time, chats=(-100, -200))
    assert [("LACRALO monthly call", (-100, -200))] == [
        (o.event.title, o.event.chats) for o in calendar.upcoming([monthly, copy], now, until)]
    for title in ("LACRALO monthly call - ALAC liaison prep", "Monthly call", "LACRALO Capacity Building Webinar"):
        other = _imported(8, title, at_its_time, at_its_time)
        assert sorted([("LACRALO monthly call", (-100,)), (title, (-100,))]) == sorted(
            (o.event.title, o.event.chats) for o in calendar.upcoming([monthly, other], now, until))
