""".ics files an admin imports: rules, exceptions, cancellations, bad input, and importing again."""
from __future__ import annotations

import datetime as dt

import pytest

from jobs import ics
from knowledge.store import Store

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, tzinfo=UTC)


def calendar_file(*vevents: str, method: str = "") -> bytes:
    """An .ics file of VEVENTs, each given as its lines joined by newlines."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"] + ([f"METHOD:{method}"] if method else [])
    for v in vevents:
        lines += ["BEGIN:VEVENT", *v.strip().splitlines(), "END:VEVENT"]
    return ("\r\n".join(lines + ["END:VCALENDAR"]) + "\r\n").encode()


def titles(read: ics.IcsFile) -> list[str]:
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


def test_an_ics_rule_with_too_many_past_occurrences_is_left_out():
    text = calendar_file("UID:old\nSUMMARY:Since 1900\nDTSTART:19000101T090000Z\nRRULE:FREQ=DAILY;BYHOUR=9,21",
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


# --- importing into the store, again and again ---------------------------------------------------

SERIES = ("UID:call@lacralo\nSUMMARY:LACRALO monthly call\nDTSTART:20261221T230000Z\n"
          "RRULE:FREQ=MONTHLY;BYDAY=3MO;COUNT=3")


def import_file(store: Store, content: bytes, chats=(-100,)) -> tuple[int, int]:
    read = ics.from_ics(content, NOW)
    return store.import_events(read.events, list(chats), 1, read.uids, read.calendar, now=NOW)


def coming(store: Store) -> list[tuple[str, str]]:
    return [(e["title"], e["start_utc"][:16]) for e in store.scheduled_events()]


def test_importing_the_same_calendar_again_adds_nothing(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        assert (3, 0) == import_file(store, calendar_file(SERIES))
        before = store.scheduled_events()
        assert (0, 0) == import_file(store, calendar_file(SERIES))
        assert before == store.scheduled_events()


def test_a_newer_export_moves_retitles_and_cancels_what_it_holds(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES, "UID:webinar\nSUMMARY:DNS webinar\nDTSTART:20261210T150000Z",
                                         "UID:other\nSUMMARY:Other group's call\nDTSTART:20261211T150000Z"))
        newer = calendar_file(
            SERIES,
            # January's call moved a day later; February's cancelled; the webinar renamed.
            "UID:call@lacralo\nRECURRENCE-ID:20270118T230000Z\nSUMMARY:LACRALO monthly call\n"
            "DTSTART:20270119T230000Z",
            "UID:call@lacralo\nRECURRENCE-ID:20270215T230000Z\nSTATUS:CANCELLED\nSUMMARY:LACRALO monthly call\n"
            "DTSTART:20270215T230000Z",
            "UID:webinar\nSUMMARY:DNS abuse webinar\nDTSTART:20261210T150000Z")
        assert (2, 3) == import_file(store, newer)
        assert [("DNS abuse webinar", "2026-12-10T15:00"), ("Other group's call", "2026-12-11T15:00"),
                ("LACRALO monthly call", "2026-12-21T23:00"), ("LACRALO monthly call", "2027-01-19T23:00")] == coming(store)


def test_an_import_for_other_chats_or_of_a_broken_event_replaces_nothing(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES))
        assert (3, 0) == import_file(store, calendar_file(SERIES), chats=(-200,))
        broken = calendar_file("UID:call@lacralo\nSUMMARY:LACRALO monthly call\nDTSTART:2026123")
        assert (0, 0) == import_file(store, broken)
        assert 6 == len(coming(store))


def test_events_imported_before_uids_were_kept_are_matched_whole(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        read = ics.from_ics(calendar_file(SERIES), NOW)
        for e in read.events:          # as the import before migration m012 left them: no UID
            store.propose_event(e.title, e.start_utc, "UTC", e.minutes, [-100], "ics", 1, e.link, status="active")
        assert (0, 0) == import_file(store, calendar_file(SERIES))
        assert 3 == len(coming(store))


def test_a_failed_import_leaves_the_events_as_they_were(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES))
        before = store.scheduled_events()
        read = ics.from_ics(calendar_file("UID:call@lacralo\nSUMMARY:Moved\nDTSTART:20261222T230000Z"), NOW)
        bad = read.events + [ics.Imported("Bad", "not a datetime", 60, "", "x")]   # fails half way
        with pytest.raises(AttributeError):
            store.import_events(bad, [-100], 1, read.uids, now=NOW)
        assert before == store.scheduled_events()


def test_a_named_calendars_export_speaks_for_the_whole_calendar(tmp_path):
    def export(name: str, *vevents: str) -> bytes:
        return calendar_file(*vevents).replace(b"PRODID:-//test//EN", f"PRODID:-//test//EN\r\nX-WR-CALNAME:{name}".encode())

    webinar = "UID:webinar\nSUMMARY:DNS webinar\nDTSTART:20261210T150000Z"
    with Store(tmp_path / "acta.db") as store:
        import_file(store, export("LACRALO", SERIES, webinar))
        import_file(store, export("NARALO", "UID:naralo\nSUMMARY:NARALO call\nDTSTART:20261211T150000Z"))
        assert (0, 1) == import_file(store, export("LACRALO", SERIES))         # the webinar was deleted
        assert ["LACRALO monthly call"] * 3 + ["NARALO call"] == sorted(t for t, _ in coming(store))
        invitation = calendar_file(webinar).replace(b"VERSION:2.0", b"VERSION:2.0\r\nMETHOD:REQUEST")
        assert None is ics.from_ics(invitation.replace(b"METHOD", b"X-WR-CALNAME:Mine\r\nMETHOD"), NOW).calendar


def test_events_imported_twice_before_uids_were_kept_are_kept_once(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        read = ics.from_ics(calendar_file(SERIES), NOW)
        for _ in range(2):
            for e in read.events:
                store.propose_event(e.title, e.start_utc, "UTC", e.minutes, [-100], "ics", 1, e.link, status="active")
        assert (0, 3) == import_file(store, calendar_file(SERIES))
        assert 3 == len(coming(store))
