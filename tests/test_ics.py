""".ics files as read: rules, exceptions, cancellations, links, floating times, all-day events, bad input."""
from __future__ import annotations

import datetime as dt

import pytest

from jobs import calendar, ics, reminders
from bot import render_events
from knowledge.models import CalendarFile, ImportCounts
from knowledge.store import Store

from conftest import calendar_file
from ics_imports import NOW, SERIES, UTC, import_file


def titles(read: CalendarFile) -> list[str]:
    return [e.title for e in read.events]


def test_an_ics_with_a_broken_start_is_read_as_far_as_it_goes():
    read = ics.from_ics(calendar_file("UID:1\nSUMMARY:Broken\nDTSTART:2026123",
                                      "UID:2\nSUMMARY:Good\nDTSTART:20261202T150000Z"), NOW)
    assert (["Good"], 1) == (titles(read), read.skipped)
    assert {"2"} == read.uids                 # the broken event is not read: an earlier import of it stays


def test_a_recurring_ics_event_gives_each_occurrence_with_its_exceptions():
    text = calendar_file(
        "UID:call@lacralo\nSUMMARY:LACRALO monthly call\nDTSTART;TZID=America/Montevideo:20260921T200000\n"
        "DURATION:PT1H30M\nRRULE:FREQ=MONTHLY;BYDAY=3MO;COUNT=8\nEXDATE;TZID=America/Montevideo:20261221T200000\n"
        "URL:https://example.org/zoom",
        "UID:call@lacralo\nRECURRENCE-ID;TZID=America/Montevideo:20270118T200000\n"
        "SUMMARY:LACRALO monthly call (moved)\nDTSTART;TZID=America/Montevideo:20270119T180000\nDURATION:PT1H",
        "UID:broken@lacralo\nSUMMARY:Broken\nDTSTART:2026123\nRRULE:FREQ=WEEKLY")
    read = ics.from_ics(text, NOW)
    # Sept–Apr is 8 Mondays; November's is past, December's is cancelled, January's moved.
    assert [("LACRALO monthly call (moved)", "2027-01-19T21:00:00+00:00", 60),
            ("LACRALO monthly call", "2027-02-15T23:00:00+00:00", 90),
            ("LACRALO monthly call", "2027-03-15T23:00:00+00:00", 90),
            ("LACRALO monthly call", "2027-04-19T23:00:00+00:00", 90)] == [
        (e.title, e.start_utc.isoformat(), e.minutes) for e in read.events]
    assert {"https://example.org/zoom"} == {e.link for e in read.events if "moved" not in e.title}
    assert {"call@lacralo"} == {e.uid for e in read.events}
    assert 1 == read.skipped                       # the broken event


def test_cancelled_occurrences_and_cancelled_events_are_not_coming():
    text = calendar_file(
        "UID:weekly\nSUMMARY:Weekly call\nDTSTART:20261202T150000Z\nRRULE:FREQ=WEEKLY;COUNT=3",
        "UID:weekly\nRECURRENCE-ID:20261209T150000Z\nSTATUS:CANCELLED\nSUMMARY:Weekly call\nDTSTART:20261209T150000Z",
        "UID:gone\nSTATUS:CANCELLED\nSUMMARY:Webinar\nDTSTART:20261210T150000Z")
    read = ics.from_ics(text, NOW)
    assert ["2026-12-02", "2026-12-16"] == [f"{e.start_utc:%Y-%m-%d}" for e in read.events]
    assert ({"weekly", "gone"}, 0) == (set(read.uids), read.skipped)
    cancel = ics.from_ics(calendar_file("UID:weekly\nSUMMARY:Weekly call\nDTSTART:20261202T150000Z\n"
                                        "RRULE:FREQ=WEEKLY;COUNT=3", method="CANCEL"), NOW)
    assert ([], {"weekly"}) == (cancel.events, set(cancel.uids))


def test_a_never_ending_ics_rule_stops_at_the_horizon_and_the_cap():
    text = calendar_file("UID:daily\nSUMMARY:Daily standup\nDTSTART:20260101T090000Z\nRRULE:FREQ=DAILY")
    read = ics.from_ics(text, NOW, until_days=30)
    assert (30, 0) == (len(read.events), read.skipped)
    assert dt.datetime(2026, 11, 21, 9, tzinfo=UTC) == read.events[0].start_utc
    read = ics.from_ics(text, NOW)
    assert (ics.MAX_IMPORTED, 400 - ics.MAX_IMPORTED) == (len(read.events), read.skipped)


@pytest.mark.parametrize("rule", ["FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=5", "FREQ=HOURLY",
                                  "FREQ=DAILY;BYHOUR=8,9,10;BYMINUTE=0,30"])
def test_an_ics_rule_no_meeting_follows_is_left_out_quickly(rule):
    read = ics.from_ics(calendar_file(f"UID:flood\nSUMMARY:Flood\nDTSTART:20000101T000000Z\nRRULE:{rule}",
                                      "UID:call\nSUMMARY:Call\nDTSTART:20261202T150000Z"), NOW)
    assert (["Call"], 1) == (titles(read), read.skipped)


@pytest.mark.parametrize("rule", ["FREQ=WEEKLY;UNTIL=20261301T000000Z", "FREQ=WEEKLY;INTERVAL=0", "FREQ=MONTHLY;BYDAY=9MO",
                                  "FREQ=YEARLY;BYDAY=60MO"])
def test_an_ics_rule_that_cannot_be_read_leaves_its_event_out(rule):
    read = ics.from_ics(calendar_file(f"UID:bad\nSUMMARY:Bad\nDTSTART:20261201T100000Z\nRRULE:{rule}",
                                      "UID:call\nSUMMARY:Call\nDTSTART:20261202T150000Z"), NOW)
    assert (["Call"], 1) == (titles(read), read.skipped)


def test_a_long_running_rule_gives_its_coming_occurrences_quickly():
    # Daily since 1990 and weekly since 1900, in local time with an end: 13,000 and 6,600 occurrences
    # before today, which the expansion no longer walks through.
    read = ics.from_ics(calendar_file(
        "UID:daily\nSUMMARY:Daily since 1990\nDTSTART:19900101T090000Z\nRRULE:FREQ=DAILY",
        "UID:weekly\nSUMMARY:Weekly since 1900\nDTSTART;TZID=America/Montevideo:19000101T090000\n"
        "DTEND;TZID=America/Montevideo:19000101T093000\nRRULE:FREQ=WEEKLY;BYDAY=MO",
        "UID:days\nSUMMARY:All day since 1990\nDTSTART;VALUE=DATE:19900101\nRRULE:FREQ=MONTHLY"), NOW, until_days=10)
    assert [("Daily since 1990", f"2026-11-{d}T09:00", 60) for d in range(21, 31)] == [
        (e.title, f"{e.start_utc:%Y-%m-%dT%H:%M}", e.minutes) for e in read.events if e.title.startswith("Daily")]
    assert [("2026-11-23T12:00", 30), ("2026-11-30T12:00", 30)] == [(f"{e.start_utc:%Y-%m-%dT%H:%M}", e.minutes) for e in read.events
                                         if e.title.startswith("Weekly")]
    assert [] == [e for e in read.events if e.title.startswith("All day")]      # the 1st of December is 10 days on
    assert ["2026-12-01"] == [f"{start:%Y-%m-%d}" for _, start in ics.from_ics(calendar_file(    # (left out, named)
        "UID:days\nSUMMARY:All day since 1990\nDTSTART;VALUE=DATE:19900101\nRRULE:FREQ=MONTHLY"), NOW,
        until_days=11).all_day]


@pytest.mark.parametrize("start, until", [
    ("DTSTART;VALUE=DATE:19950101", "UNTIL=20300101T000000Z"),          # forms dateutil refuses to mix
    ("DTSTART:19950101T100000", "UNTIL=20300101T000000Z"),
    ("DTSTART;TZID=Europe/Berlin:19950101T100000", "UNTIL=20300101T100000"),
    ("DTSTART;TZID=Europe/Berlin:19950101T100000", "UNTIL=20300101"),
])
def test_a_long_running_rule_with_an_until_of_any_form(start, until):
    read = ics.from_ics(calendar_file(f"UID:d\nSUMMARY:Daily\n{start}\nRRULE:FREQ=DAILY;{until}"), NOW, until_days=5)
    if "VALUE=DATE" in start:                  # (all-day: read, then left out and named)
        assert 1 == len(read.all_day) and 1 == read.skipped
    else:
        assert 5 <= len(read.events) <= 6 and 0 == read.skipped


def test_a_long_running_rule_keeps_its_length_when_dtend_is_in_another_zone():
    read = ics.from_ics(calendar_file("UID:w\nSUMMARY:Weekly\nDTSTART;TZID=America/New_York:20050101T100000\n"
                                      "DTEND:20050101T160000Z\nRRULE:FREQ=WEEKLY"), NOW, until_days=200)
    assert {60} == {e.minutes for e in read.events} and 28 <= len(read.events) <= 29


def test_an_ics_rule_with_too_many_past_occurrences_to_skip_is_left_out():
    # A COUNT counts from the first start, so the rule cannot be started later: expanding it would
    # walk through every past occurrence.
    text = calendar_file("UID:old\nSUMMARY:Counted\nDTSTART:19900101T090000Z\nRRULE:FREQ=DAILY;COUNT=20000",
                         "UID:weekly\nSUMMARY:Weekly since 2020\nDTSTART:20200106T150000Z\nRRULE:FREQ=WEEKLY;BYDAY=MO")
    read = ics.from_ics(text, NOW, until_days=30)
    assert (["Weekly since 2020"] * 4, 1) == (titles(read), read.skipped)


def test_ics_events_without_an_end_last_an_hour_and_shared_uids_stay_two():
    read = ics.from_ics(calendar_file("UID:same\nSUMMARY:One\nDTSTART:20261202T150000Z",
                                      "UID:same\nSUMMARY:Two\nDTSTART:20261203T150000Z\nDTEND:20261203T153000Z"), NOW)
    assert ([("One", 60), ("Two", 30)], 0) == ([(e.title, e.minutes) for e in read.events], read.skipped)


def test_an_event_without_a_uid_is_known_by_its_title_and_start():
    text = calendar_file("SUMMARY:Call\nDTSTART:20261202T150000Z", "SUMMARY:Webinar\nDTSTART:20261202T150000Z")
    first, again = ics.from_ics(text, NOW), ics.from_ics(text, NOW)
    assert 2 == len(first.uids) and first.uids == again.uids


@pytest.mark.parametrize("content", [b"", b"\x00\xff\xfe binary", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"])
def test_a_file_that_is_no_calendar_is_refused(content):
    with pytest.raises(ics.CalendarError):
        ics.from_ics(content, NOW)


def test_the_link_to_join_is_read_from_the_location_or_the_description():
    read = ics.from_ics(calendar_file(
        "UID:a\nSUMMARY:Zoom webinar\nDTSTART:20261202T230000Z\nLOCATION:https://us02web.zoom.us/j/850?pwd=abc",
        "UID:b\nSUMMARY:Teams call\nDTSTART:20261203T230000Z\nLOCATION:Online\n"
        "DESCRIPTION:Join: <https://teams.microsoft.com/l/meetup-join/19%3a>. Thanks!",
        "UID:c\nSUMMARY:With a URL\nDTSTART:20261204T230000Z\nURL:https://example.org/call\n"
        "LOCATION:https://zoom.us/j/other",                  # (the meeting's link before the event's page)
        "UID:c2\nSUMMARY:Page only\nDTSTART:20261204T233000Z\nURL:https://example.org/call",
        "UID:d\nSUMMARY:No link\nDTSTART:20261205T230000Z\nLOCATION:Room 3",
        "UID:e\nSUMMARY:ALAC call\nDTSTART:20261206T230000Z\nDESCRIPTION:Agenda and documents: "
        "https://community.icann.org/x/AbCdE\\nJoin Zoom Meeting: https://icann.zoom.us/j/123",
        "UID:f\nSUMMARY:Meet\nDTSTART:20261207T230000Z\nX-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\n"
        "DESCRIPTION:Slides: https://docs.google.com/presentation/d/1"), NOW)
    assert ["https://us02web.zoom.us/j/850?pwd=abc", "https://teams.microsoft.com/l/meetup-join/19%3a",
            "https://zoom.us/j/other", "https://example.org/call", "", "https://icann.zoom.us/j/123", "https://meet.google.com/abc-defg-hij"
            ] == [e.link for e in read.events]


def test_floating_times_are_in_the_calendars_zone():
    event = "UID:a\nSUMMARY:Call\nDTSTART:20261207T220000\nDTEND:20261207T233000"
    as_utc = ics.from_ics(calendar_file(event), NOW).events[0]
    in_sao_paulo = ics.from_ics(calendar_file(event).replace(
        b"VERSION:2.0", b"VERSION:2.0\r\nX-WR-TIMEZONE:America/Sao_Paulo"), NOW).events[0]
    assert ("2026-12-07T22:00:00+00:00", 90) == (as_utc.start_utc.isoformat(), as_utc.minutes)
    assert ("2026-12-08T01:00:00+00:00", 90) == (in_sao_paulo.start_utc.isoformat(), in_sao_paulo.minutes)
    nowhere = ics.from_ics(calendar_file(event).replace(b"VERSION:2.0", b"VERSION:2.0\r\nX-WR-TIMEZONE:Mars"), NOW)
    assert "2026-12-07T22:00:00+00:00" == nowhere.events[0].start_utc.isoformat()
    # A rule's floating UNTIL is in that zone too: its last occurrence is kept.
    weekly = calendar_file("UID:w\nSUMMARY:WG\nDTSTART:20261201T140000\nRRULE:FREQ=WEEKLY;UNTIL=20261222T140000")
    read = ics.from_ics(weekly.replace(b"VERSION:2.0", b"VERSION:2.0\r\nX-WR-TIMEZONE:America/Toronto"), NOW)
    assert ["2026-12-01T19:00", "2026-12-08T19:00", "2026-12-15T19:00", "2026-12-22T19:00"] == [
        e.start_utc.isoformat()[:16] for e in read.events]


ICANN = "UID:icann81\nSUMMARY:ICANN81 Istanbul\nDTSTART;VALUE=DATE:20261209\nDTEND;VALUE=DATE:20261213"


def test_an_all_day_event_is_left_out_and_named_and_its_noon_copy_withdrawn(tmp_path):
    read = ics.from_ics(calendar_file(ICANN, SERIES), NOW)
    assert (["LACRALO monthly call"] * 3, 1) == (titles(read), read.skipped)
    assert (("ICANN81 Istanbul", dt.datetime(2026, 12, 9, 12, tzinfo=UTC)),) == read.all_day
    reply = render_events.imported("en", 3, read.skipped, ImportCounts(3, 0, 0), read.unknown_zones, read.all_day)
    assert reply == ("Calendar imported: 3 upcoming event(s); 0 left out (past, too far ahead or too many).\n"
                     "1 all-day event(s) left out, with no time of day to remind at (/schedule one with a time for "
                     "a reminder): “ICANN81 Istanbul” (9 December 2026).")
    with Store(tmp_path / "acta.db") as store:      # imported at noon UTC by an older version
        store.propose_event("ICANN81 Istanbul", dt.datetime(2026, 12, 9, 12, tzinfo=UTC), "UTC", 60, [-100], "ics", 1,
                            status="active", uid="icann81", slot_utc="2026-12-09T12:00:00+00:00")
        assert (3, 0, 1) == import_file(store, calendar_file(ICANN, SERIES))
        assert ["LACRALO monthly call"] * 3 == [e["title"] for e in store.scheduled_events()]


def test_an_all_day_event_past_or_cancelled_is_not_named_and_a_timed_one_is_no_all_day_event():
    past = ics.from_ics(calendar_file(ICANN.replace("20261209", "20261009").replace("20261213", "20261013")), NOW)
    assert ((), []) == (past.all_day, past.events)
    cancelled = ics.from_ics(calendar_file(ICANN + "\nSTATUS:CANCELLED"), NOW)
    assert ((), {"icann81"}) == (cancelled.all_day, set(cancelled.uids))
    timed = ics.from_ics(calendar_file("UID:t\nSUMMARY:Call\nDTSTART:20261209T000000Z"), NOW)
    assert ((), ["Call"]) == (timed.all_day, titles(timed))     # (midnight UTC is a time)


WAT = ("BEGIN:VTIMEZONE\nTZID:W. Central Africa Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T000000\n"
       "TZOFFSETFROM:+0100\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE")


def outlook_file(*vevents: str) -> bytes:
    """As Outlook/Exchange publish a calendar: its own zone defined in the file."""
    return calendar_file(*vevents).replace(b"BEGIN:VEVENT", WAT.replace("\n", "\r\n").encode() + b"\r\nBEGIN:VEVENT", 1)


def wat(key: str, when: str) -> str:
    return f'{key};TZID="W. Central Africa Standard Time":{when}'


def test_outlook_all_day_events_written_from_midnight_to_midnight_are_left_out_and_named_by_their_day(tmp_path):
    """Exchange writes an all-day event as 00:00 to 00:00 in its zone (X-MICROSOFT-CDO-ALLDAYEVENT:TRUE):
    the day it names is the local one (18 December, not 23:00 UTC on the 17th), with no reminder."""
    read = ics.from_ics(outlook_file(
        "\n".join(["UID:day", "SUMMARY:Journée de l'Internet en Afrique", wat("DTSTART", "20261218T000000"),
                   wat("DTEND", "20261219T000000"), "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"]),
        "\n".join(["UID:days", "SUMMARY:AIS 2027", wat("DTSTART", "20270110T000000"), wat("DTEND", "20270113T000000"),
                   "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"]),
        "\n".join(["UID:weekly", "SUMMARY:Permanence", wat("DTSTART", "20261203T000000"),
                   wat("DTEND", "20261204T000000"), "RRULE:FREQ=WEEKLY;COUNT=3"]),     # (no mark: a whole day)
        "UID:p1d\nSUMMARY:Deadline\nDTSTART:20261215T000000Z\nDURATION:P1D",
        "\n".join(["UID:call", "SUMMARY:Appel mensuel AFRALO", wat("DTSTART", "20261207T150000"),
                   wat("DTEND", "20261207T160000"), "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])), NOW)
    assert ["Appel mensuel AFRALO"] == titles(read)
    assert [("Journée de l'Internet en Afrique", "2026-12-18"), ("AIS 2027", "2027-01-10"), ("Permanence", "2026-12-03"),
            ("Deadline", "2026-12-15")] == [(t, f"{d:%Y-%m-%d}") for t, d in read.all_day]
    reply = render_events.imported("fr", 1, read.skipped, ImportCounts(1, 0, 0), read.unknown_zones, read.all_day)
    assert "« Journée de l'Internet en Afrique » (18 décembre 2026)" in reply
    with Store(tmp_path / "acta.db") as store:      # imported as a 24-hour event at 23:00 UTC by an older version
        store.propose_event("Journée de l'Internet en Afrique", dt.datetime(2026, 12, 17, 23, tzinfo=UTC), "UTC", 1440,
                            [-100], "ics", 1, status="active", uid="day", slot_utc="2026-12-17T23:00:00+00:00")
        store.import_calendar(read, [-100], 1, NOW)
        assert ["Appel mensuel AFRALO"] == [e["title"] for e in store.scheduled_events()]
        reminders.plan(store, calendar.with_stored([], store), [dt.timedelta(hours=1)], NOW)
        assert {"Appel mensuel AFRALO"} == {r["title"] for r in store.reminders()}


@pytest.mark.parametrize("lines", [
    ["DTSTART:20261209T000000Z", "DTEND:20261209T013000Z"],                        # a call at midnight UTC
    [wat("DTSTART", "20261209T000000"), wat("DTEND", "20261209T010000")],
    ["DTSTART:20261209T000000Z", "DURATION:PT2H"],
    [wat("DTSTART", "20261209T000000"), wat("DTEND", "20261210T000000"),             # Outlook: not all-day
     "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"],
    [wat("DTSTART", "20261209T090000"), wat("DTEND", "20261210T090000")],           # a day from 9:00 to 9:00
    ["DTSTART:20261209T000000Z"],                                                  # no end: a time
])
def test_a_timed_event_at_or_over_midnight_is_no_all_day_event(lines):
    read = ics.from_ics(outlook_file("\n".join(["UID:t", "SUMMARY:Call", *lines])), NOW)
    assert ((), ["Call"]) == (read.all_day, titles(read))
