""".ics files an admin imports: rules, exceptions, cancellations, bad input, and importing again."""
from __future__ import annotations

import datetime as dt
from dataclasses import astuple, replace

import pytest

from jobs import calendar, ics, reminders
from bot import render_events
from knowledge.models import CalendarFile, ImportCounts
from knowledge.store import Store

from conftest import calendar_file

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, tzinfo=UTC)


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


# --- importing into the store, again and again ---------------------------------------------------

SERIES = ("UID:call@lacralo\nSUMMARY:LACRALO monthly call\nDTSTART:20261221T230000Z\n"
          "RRULE:FREQ=MONTHLY;BYDAY=3MO;COUNT=3")


def import_file(store: Store, content: bytes, chats=(-100,), by: int = 1, now: dt.datetime = NOW) -> tuple:
    """(added, updated, withdrawn)."""
    return astuple(store.import_calendar(ics.from_ics(content, now), list(chats), by, now))[:3]


def coming(store: Store) -> list[tuple[str, str]]:
    return [(e["title"], e["start_utc"][:16]) for e in store.scheduled_events()]


def named(name: str, *vevents: str) -> bytes:
    return calendar_file(*vevents).replace(b"VERSION:2.0", f"VERSION:2.0\r\nX-WR-CALNAME:{name}".encode())


def legacy_import(store: Store, content: bytes, times: int = 1) -> None:
    """As imports before migration m012 left events: no UID, no calendar."""
    for _ in range(times):
        for e in ics.from_ics(content, NOW).events:
            store.propose_event(e.title, e.start_utc, "UTC", e.minutes, [-100], "ics", 1, e.link, status="active")


def test_importing_the_same_calendar_again_adds_nothing(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        assert (3, 0, 0) == import_file(store, calendar_file(SERIES))
        before = store.scheduled_events()
        assert (0, 0, 0) == import_file(store, calendar_file(SERIES))
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
        assert (0, 2, 1) == import_file(store, newer)        # January moved, the webinar renamed
        assert [("DNS abuse webinar", "2026-12-10T15:00"), ("Other group's call", "2026-12-11T15:00"),
                ("LACRALO monthly call", "2026-12-21T23:00"), ("LACRALO monthly call", "2027-01-19T23:00")] == coming(store)
        assert (1, 1, 0) == import_file(store, calendar_file(SERIES))      # January back in place, February too
        assert 5 == len(coming(store))


def test_an_invitation_for_one_occurrence_changes_that_occurrence_only(tmp_path):
    def moved(to: str, *extra: str) -> bytes:
        return calendar_file("\n".join(["UID:call@lacralo", "RECURRENCE-ID:20270118T230000Z",
                                        "SUMMARY:LACRALO monthly call", f"DTSTART:{to}", *extra]),
                             method="CANCEL" if extra else "REQUEST")

    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES))
        assert (0, 1, 0) == import_file(store, moved("20270119T230000Z"))
        assert ["2026-12-21T23:00", "2027-01-19T23:00", "2027-02-15T23:00"] == [s for _, s in coming(store)]
        assert (0, 1, 0) == import_file(store, moved("20270120T230000Z"))          # moved again: not twice
        assert ["2026-12-21T23:00", "2027-01-20T23:00", "2027-02-15T23:00"] == [s for _, s in coming(store)]
        assert (0, 0, 1) == import_file(store, moved("20270120T230000Z", "STATUS:CANCELLED"))
        assert ["2026-12-21T23:00", "2027-02-15T23:00"] == [s for _, s in coming(store)]


def test_this_and_the_following_occurrences_move_together(tmp_path):
    weekly = ("UID:w\nSUMMARY:Weekly\nDTSTART;TZID=Europe/Paris:20261201T180000\nDTEND;TZID=Europe/Paris:20261201T190000\n"
              "RRULE:FREQ=WEEKLY;COUNT=5")
    later = ("UID:w\nRECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Paris:20261215T180000\nSUMMARY:Weekly (later)\n"
             "DTSTART;TZID=Europe/Paris:20261215T200000\nDTEND;TZID=Europe/Paris:20261215T203000")
    expected = [("Weekly", "2026-12-01T17:00"), ("Weekly", "2026-12-08T17:00"), ("Weekly (later)", "2026-12-15T19:00"),
                ("Weekly (later)", "2026-12-22T19:00"), ("Weekly (later)", "2026-12-29T19:00")]
    read = ics.from_ics(calendar_file(weekly, later), NOW)
    assert expected == [(e.title, e.start_utc.isoformat()[:16]) for e in read.events]
    assert ["01", "08", "15", "22", "29"] == [f"{e.slot_utc:%d}" for e in read.events]     # each its own occurrence
    with Store(tmp_path / "acta.db") as store:       # the invitation alone, after the series
        import_file(store, calendar_file(weekly))
        counts = store.import_calendar(ics.from_ics(calendar_file(later, method="REQUEST"), NOW), [-100], 1, NOW)
        assert (0, 1, 0, 2) == (counts.added, counts.updated, counts.cancelled, counts.following)
        assert expected == coming(store) and {30} == {e["duration_minutes"] for e in store.scheduled_events()[2:]}
        assert render_events.imported("en", 1, 0, counts).endswith(" 2 later occurrence(s) moved with it (\"this and following\").")
        assert (0, 0, 0) == import_file(store, calendar_file(later, method="REQUEST")) and expected == coming(store)


def test_an_import_for_other_chats_or_of_a_broken_event_replaces_nothing(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES))
        assert (3, 0, 0) == import_file(store, calendar_file(SERIES), chats=(-200,))
        broken = calendar_file("UID:call@lacralo\nSUMMARY:LACRALO monthly call\nDTSTART:2026123")
        assert (0, 0, 0) == import_file(store, broken)
        assert 6 == len(coming(store))


def test_an_import_after_a_chat_was_added_updates_the_events_it_imported(tmp_path):
    def chats(store: Store) -> list:
        return [e["chats"] for e in store.scheduled_events()]

    feb_cancelled = SERIES + "\nEXDATE:20270215T230000Z"
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))
        assert (0, 3, 0) == import_file(store, calendar_file(SERIES), chats=(-100, -200))      # not added twice
        assert [[-100, -200]] * 3 == chats(store)
        assert (0, 0, 1) == import_file(store, calendar_file(feb_cancelled), chats=(-100, -200))
        assert ["2026-12-21T23:00", "2027-01-18T23:00"] == [s for _, s in coming(store)]     # for no chat
        # Another group's import does not take over events that go to more than that group.
        assert (2, 0, 0) == import_file(store, calendar_file(feb_cancelled), chats=(-200,))
        assert [[-100, -200], [-200], [-100, -200], [-200]] == chats(store)


def test_a_bot_admins_import_for_every_chat_takes_over_and_merges_what_other_chats_imported(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))
        import_file(store, calendar_file(SERIES), chats=(-200,))
        counts = store.import_calendar(ics.from_ics(calendar_file(SERIES), NOW), [-100, -200], 1, NOW, every_chat=True)
        assert (0, 3, 0, ()) == astuple(counts)[:4]
        assert [[-100, -200]] * 3 == [e["chats"] for e in store.scheduled_events()]
        counts = store.import_calendar(ics.from_ics(calendar_file(SERIES), NOW), [-100], 1, NOW, every_chat=True)
        assert (0, 3, 0) == astuple(counts)[:3] and [[-100]] * 3 == [e["chats"] for e in store.scheduled_events()]


def bot_admins_import(store: Store, content: bytes, chats) -> ImportCounts:
    """A bot admin's import for [telegram] chats = ``chats``."""
    return store.import_calendar(ics.from_ics(content, NOW), list(chats), 1, NOW, every_chat=True)


def test_a_bot_admins_import_takes_over_a_removed_groups_events_and_what_it_cancelled_is_active_again(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))                # that group's own import
        first = store.scheduled_events()[0]["id"]
        store.set_event_status(first, "cancelled")                             # that group cancels one
        # -100 is no longer in [telegram] chats = [-200]: its administrator cannot reach the bot;
        # the bot admin's import of the same calendar takes its occurrences over (no copies), and
        # what that group cancelled does not bind -200: the calendar says it is on.
        counts = bot_admins_import(store, calendar_file(SERIES), [-200])
        assert (1, 2, 0) == astuple(counts)[:3] and 1 == counts.restored
        assert [[-200]] * 3 == [e["chats"] for e in store.scheduled_events()]
        assert "active" == store.scheduled_event(first)["status"]
        reply = render_events.imported("en", 3, 0, counts)
        assert "1 cancelled by a group no longer served are on again for these chats" in reply
        again = bot_admins_import(store, calendar_file(SERIES), [-200])             # (once)
        assert (0, 0, 0, 0) == (again.added, again.updated, again.cancelled, again.restored)
        # -100 added back to [telegram] chats: the calendar sent again reaches it
        assert (0, 3, 0) == astuple(bot_admins_import(store, calendar_file(SERIES), [-100, -200]))[:3]
        assert [[-100, -200]] * 3 == [e["chats"] for e in store.scheduled_events()]


def test_what_a_bot_admin_cancelled_of_an_orphan_stays_cancelled_when_their_import_takes_it_over(tmp_path):
    from bot.dialogue import Dialogue, Member
    from knowledge.answers import Answerer
    from knowledge.search import Searcher

    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))                # -100's own import
        first, second, _ = (e["id"] for e in store.scheduled_events())
        # -100 removed from [telegram] chats = [-200]: the bot admin cancels the first orphan in private,
        # -100's administrator had cancelled the second (from the group, while it was served).
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: NOW, default_chats=(-200,))
        bot_admin = Member(1, "en", admin=True, bot_admin=True, chat=1)
        assert d.command("cancel", str(first), bot_admin)[0].html.startswith("Cancelled")
        store.set_event_status(second, "cancelled", by="group")
        said = d.import_calendar(ics.from_ics(calendar_file(SERIES), NOW), bot_admin, NOW, "en")
        assert ["cancelled", "active"] == [store.scheduled_event(e)["status"] for e in (first, second)]
        assert "1 cancelled by a group no longer served are on again for these chats" in said
        # The console is the operator too; a cancellation from before who cancelled was kept is a group's.
        third = store.scheduled_events()[-1]["id"]
        assert d.command("cancel", str(third), Member(0, "en", admin=True))[0].html.startswith("Cancelled")
        store.set_event_status(second, "cancelled")
        bot_admins_import(store, calendar_file(SERIES), [-300])
        assert ["cancelled", "active", "cancelled"] == [store.scheduled_event(e)["status"] for e in (first, second, third)]


def test_what_a_removed_group_cancelled_that_the_calendar_cancels_too_stays_cancelled(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))
        first = store.scheduled_events()[0]["id"]
        store.set_event_status(first, "cancelled")
        counts = bot_admins_import(store, calendar_file(SERIES + "\nEXDATE:20261221T230000Z"), [-200])
        assert (0, 2, 0, 0) == astuple(counts)[:3] + (counts.restored,)
        assert "cancelled" == store.scheduled_event(first)["status"]


def test_what_a_served_group_or_a_bot_admin_cancelled_stays_cancelled_under_a_bot_admins_import(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-200,))                # a group still served
        import_file(store, calendar_file(SERIES.replace("call@lacralo", "webinar")), chats=(-100, -200))
        own, shared = (e["id"] for e in store.scheduled_events()[:2])
        store.set_event_status(own, "cancelled")                               # its administrator's /cancel
        store.set_event_status(shared, "cancelled")                            # a bot admin's (-200 still served)
        both = calendar_file(SERIES, SERIES.replace("call@lacralo", "webinar"))
        counts = bot_admins_import(store, both, [-200])
        assert (0, 0) == (counts.added, counts.restored)
        assert ["cancelled", "cancelled"] == [store.scheduled_event(e)["status"] for e in (own, shared)]
        # nor does a group's administrator's import revive what another group cancelled
        import_file(store, calendar_file(SERIES), chats=(-300,))
        assert "cancelled" == store.scheduled_event(own)["status"]


def test_a_bot_admins_import_leaves_the_events_of_a_private_chat_which_is_always_served(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(4242,))     # imported in private, [telegram] chats empty
        first = store.scheduled_events()[0]["id"]
        store.set_event_status(first, "cancelled")
        counts = bot_admins_import(store, calendar_file(SERIES), [-200])    # [telegram] chats set since
        assert (3, 0, 0, 0) == astuple(counts)[:3] + (counts.restored,)
        assert [[-200], [4242], [-200], [4242], [-200]] == [e["chats"] for e in store.scheduled_events()]
        assert "cancelled" == store.scheduled_event(first)["status"]


def test_a_bot_admins_import_without_telegram_chats_leaves_each_groups_own_events(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))                # a group's own import
        # (the console, with no [telegram] chats: for every chat; each group's stays its own)
        store.import_calendar(ics.from_ics(calendar_file(SERIES), NOW), [], 0, NOW, every_chat=True)
        events = store.scheduled_events()
        assert [[-100]] * 3 == [e["chats"] for e in events if e["chats"]] and 3 == len([e for e in events if not e["chats"]])


def test_a_named_calendars_export_speaks_for_the_whole_calendar(tmp_path):
    webinar = "UID:webinar\nSUMMARY:DNS webinar\nDTSTART:20261210T150000Z"
    with Store(tmp_path / "acta.db") as store:
        import_file(store, named("LACRALO", SERIES, webinar))
        import_file(store, named("NARALO", "UID:naralo\nSUMMARY:NARALO call\nDTSTART:20261211T150000Z"))
        import_file(store, named("LACRALO", "UID:theirs\nSUMMARY:Another admin's\nDTSTART:20261212T150000Z"), by=2)
        assert (0, 0, 1) == import_file(store, named("LACRALO", SERIES))        # the webinar was deleted
        assert ["Another admin's", "LACRALO monthly call", "NARALO call"] == sorted({t for t, _ in coming(store)})
        invitation = named("Mine", webinar).replace(b"VERSION:2.0", b"VERSION:2.0\r\nMETHOD:REQUEST")
        assert None is ics.from_ics(invitation, NOW).calendar


def test_one_event_naming_a_calendar_is_no_export_of_it(tmp_path):
    # Two "add to calendar" files of an event site, each naming the site's calendar.
    webinar_a = "UID:a@icann.org\nSUMMARY:Webinar A\nDTSTART:20261210T150000Z"
    webinar_b = "UID:b@icann.org\nSUMMARY:Webinar B\nDTSTART:20270115T150000Z"
    with Store(tmp_path / "acta.db") as store:
        assert None is ics.from_ics(named("ICANN Community Events", webinar_a), NOW).calendar
        assert (1, 0, 0) == import_file(store, named("ICANN Community Events", webinar_a))
        assert (1, 0, 0) == import_file(store, named("ICANN Community Events", webinar_b))
        assert ["Webinar A", "Webinar B"] == [t for t, _ in coming(store)]
        # One recurring event is a calendar's export: it names the calendar.
        assert "LACRALO" == ics.from_ics(named("LACRALO", SERIES), NOW).calendar


def test_an_import_names_what_it_withdraws(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, named("LACRALO", SERIES, "UID:w\nSUMMARY:DNS webinar\nDTSTART:20261210T150000Z"))
        newer = named("LACRALO", "UID:w\nSUMMARY:DNS webinar\nDTSTART:20261210T150000Z",
                      "UID:b\nSUMMARY:Board\nDTSTART:20270301T150000Z")
        counts = store.import_calendar(ics.from_ics(newer, NOW), [-100], 1, NOW)
        assert 3 == counts.cancelled
        assert ["2026-12-21", "2027-01-18", "2027-02-15"] == [f"{s:%Y-%m-%d}" for _, s in counts.withdrawn]
        assert ("Withdrawn: “LACRALO monthly call” (21 December 2026, 18 January 2027, 15 February 2027)." ==
                render_events.imported("en", 2, 0, counts).split("\n")[1])
        assert "Retiré(s) : « LACRALO monthly call » (21 décembre 2026, 18 janvier 2027, 15 février 2027, …)." == \
            render_events.imported("fr", 1, 0, replace(counts, withdrawn=counts.withdrawn * 2)).split("\n")[1]
        assert "\n" not in render_events.imported("en", 1, 0, replace(counts, withdrawn=()))


def test_a_named_calendar_read_in_part_withdraws_nothing_it_did_not_read(tmp_path, monkeypatch):
    weekly = "UID:weekly\nSUMMARY:Weekly call\nDTSTART:20261201T150000Z\nRRULE:FREQ=WEEKLY;COUNT=5"
    with Store(tmp_path / "acta.db") as store:
        import_file(store, named("LACRALO", SERIES, weekly))
        broken = weekly.replace("DTSTART:20261201T150000Z", "DTSTART:2026120")
        assert (0, 0, 0) == import_file(store, named("LACRALO", SERIES, broken))
        monkeypatch.setattr(ics, "IMPORT_SECONDS", 0)                    # nothing read in time
        assert (0, 0, 0) == import_file(store, named("LACRALO", SERIES))
        assert 8 == len(coming(store))
        monkeypatch.undo()
        # Read in part, the calendar still speaks for the rest: the weekly call deleted goes.
        assert (0, 0, 5) == import_file(store, named("LACRALO", SERIES, "UID:flood\nSUMMARY:F\n"
                                                     "DTSTART:20261201T150000Z\nRRULE:FREQ=HOURLY"))


def test_a_partial_export_withdraws_nothing_after_what_it_shows(tmp_path):
    daily = "UID:daily\nSUMMARY:Daily\nDTSTART:20261122T090000Z\nRRULE:FREQ=DAILY"
    with Store(tmp_path / "acta.db") as store:
        assert (200, 0, 0) == import_file(store, named("Calendar", daily))
        # 20 events sooner push the last 20 days past the cap: those are not "no longer in the file".
        sooner = [f"UID:x{i}\nSUMMARY:X{i}\nDTSTART:202611{22 + i % 8}T1{i % 10}0000Z" for i in range(20)]
        assert (20, 0, 0) == import_file(store, named("Calendar", daily, *sooner))
        assert 220 == len(coming(store))


def test_an_export_of_the_next_days_only_withdraws_nothing_after_them(tmp_path):
    soon, later = ("UID:soon\nSUMMARY:Soon\nDTSTART:20261124T150000Z",
                   "UID:later\nSUMMARY:Later\nDTSTART:20261220T150000Z")
    gone = "UID:gone\nSUMMARY:Deleted\nDTSTART:20261123T150000Z"
    with Store(tmp_path / "acta.db") as store:
        sooner = "UID:sooner\nSUMMARY:Sooner\nDTSTART:20261122T150000Z"
        import_file(store, named("Calendar", gone, sooner, soon, later))
        assert (0, 0, 1) == import_file(store, named("Calendar", sooner, soon))     # as Outlook saves "the next 7 days"
        assert ["Later", "Soon", "Sooner"] == sorted(t for t, _ in coming(store))


def test_what_an_admin_cancelled_stays_cancelled(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES))
        first = store.scheduled_events()[0]
        store.set_event_status(first["id"], "cancelled")
        assert (0, 0, 0) == import_file(store, calendar_file(SERIES))
        assert 2 == len(coming(store))


def test_the_same_entry_twice_in_a_file_is_one_event(tmp_path):
    webinar = "UID:webinar\nSUMMARY:DNS webinar\nDTSTART:20261210T150000Z"
    with Store(tmp_path / "acta.db") as store:
        assert (1, 0, 0) == import_file(store, calendar_file(webinar, webinar))
        assert (0, 0, 0) == import_file(store, calendar_file(webinar, webinar))
        public = webinar.replace("DNS webinar", "DNS webinar (public)")     # same UID and start, another title
        assert (1, 0, 0) == import_file(store, calendar_file(webinar, public))
        assert (0, 0, 0) == import_file(store, calendar_file(webinar, public))
        assert 2 == len(coming(store))


def test_events_imported_before_uids_were_kept_are_matched_whole(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        legacy_import(store, calendar_file(SERIES))
        assert (0, 0, 0) == import_file(store, calendar_file(SERIES))
        assert 3 == len(coming(store))


def test_events_imported_twice_before_uids_were_kept_are_kept_once(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        legacy_import(store, calendar_file(SERIES), times=2)
        assert (0, 0, 3) == import_file(store, calendar_file(SERIES))
        assert 3 == len(coming(store))


def test_a_failed_import_leaves_the_events_as_they_were(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES))
        before = store.scheduled_events()
        read = ics.from_ics(calendar_file("UID:call@lacralo\nSUMMARY:Moved\nDTSTART:20261222T230000Z"), NOW)
        bad = replace(read, events=read.events + [ics.ImportedEvent("Bad", None, 60, "", "x", None)])   # fails half way
        with pytest.raises(TypeError):
            store.import_calendar(bad, [-100], 1, NOW)
        assert before == store.scheduled_events()


@pytest.mark.parametrize("lang, counts, expected", [
    ("en", ImportCounts(3, 0, 0), "Calendar imported: 3 upcoming event(s); 1 left out (past, too far ahead or too many)."),
    ("en", ImportCounts(1, 1, 0), "too many). Of these, 2 were already imported (1 updated)."),
    ("fr", ImportCounts(3, 0, 2), "en trop). 2 importé(s) avant ne figure(nt) plus dans le calendrier : annulé(s)."),
])
def test_the_reply_says_what_an_import_changed(lang, counts, expected):
    """Only what happened: no "0 were already imported", no "0 … cancelled"."""
    text = render_events.imported(lang, 3, 1, counts)
    assert text.endswith(expected) and (text.count(". ") == 0) == (counts == ImportCounts(3, 0, 0))
    assert ("0 imported before" in text or "0 importé(s) avant" in text) is False
    assert "Dont 0" not in text and "Of these, 0" not in text


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


def test_a_moved_occurrence_without_a_link_keeps_its_series_link(tmp_path):
    series = SERIES + "\nDESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij"
    moved = "UID:call@lacralo\nRECURRENCE-ID:20270118T230000Z\nSUMMARY:LACRALO call (moved)\nDTSTART:20270119T230000Z"
    own = moved.replace("20270118", "20270215").replace("20270119", "20270216") + "\nURL:https://zoom.us/j/1"
    read = ics.from_ics(calendar_file(series, moved, own, "UID:x\nSUMMARY:No link\nDTSTART:20261202T150000Z"), NOW)
    assert [("No link", ""), ("LACRALO monthly call", "https://meet.google.com/abc-defg-hij"),
            ("LACRALO call (moved)", "https://meet.google.com/abc-defg-hij"), ("LACRALO call (moved)", "https://zoom.us/j/1")
            ] == [(e.title, e.link) for e in read.events]
    with Store(tmp_path / "acta.db") as store:       # an invitation for that occurrence alone, after the series
        import_file(store, calendar_file(series))
        assert (0, 1, 0) == import_file(store, calendar_file(moved, method="REQUEST"))
        assert {"https://meet.google.com/abc-defg-hij"} == {e["link"] for e in store.scheduled_events()}


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


def test_an_invitation_sent_again_with_a_new_time_moves_the_event(tmp_path):
    def invitation(start: str, method: str = "REQUEST") -> bytes:
        return calendar_file(f"UID:85012345678@zoom\nSUMMARY:NARALO webinar\nDTSTART:{start}\nSEQUENCE:1",
                             method=method)

    with Store(tmp_path / "acta.db") as store:
        assert (1, 0, 0) == import_file(store, invitation("20261202T230000Z"))
        assert (0, 1, 0) == import_file(store, invitation("20261203T230000Z"))    # moved, not cancelled and added
        assert [("NARALO webinar", "2026-12-03T23:00")] == coming(store)
        # Two events of one UID in the file are a series' occurrences: nothing is guessed.
        import_file(store, calendar_file("UID:s\nSUMMARY:Board\nDTSTART:20261209T150000Z"))
        both = calendar_file("UID:s\nSUMMARY:Board\nDTSTART:20261210T150000Z",
                             "UID:s\nSUMMARY:Board\nRECURRENCE-ID:20261217T150000Z\nDTSTART:20261218T150000Z")
        assert (2, 0, 1) == import_file(store, both)


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


ZOOM = "UID:zoom-871@zoom.us\nSUMMARY:Capacity building webinar\nSEQUENCE:{seq}\nDTSTART:202612{day}T{hour}0000Z"


def test_an_older_invitation_sent_after_a_newer_one_changes_nothing(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        assert (1, 0, 0) == import_file(store, calendar_file(ZOOM.format(seq=2, day="02", hour=20)))
        # The first e-mail of the meeting (SEQUENCE 1, 19:00), sent after the one that moved it
        assert (0, 0, 0, 1) == import_full(store, calendar_file(ZOOM.format(seq=1, day="02", hour=19)))
        assert [("Capacity building webinar", "2026-12-02T20:00")] == coming(store)
        assert (0, 0, 0, 1) == import_full(store, calendar_file(ZOOM.format(seq=1, day="02", hour=19), method="CANCEL"))
        assert [("Capacity building webinar", "2026-12-02T20:00")] == coming(store)     # nor cancels it
        # a newer one (and the same one again) applies
        assert (0, 1, 0, 0) == import_full(store, calendar_file(ZOOM.format(seq=3, day="03", hour=21)))
        assert (0, 0, 0, 0) == import_full(store, calendar_file(ZOOM.format(seq=3, day="03", hour=21)))
        assert [("Capacity building webinar", "2026-12-03T21:00")] == coming(store)
        reminders.plan(store, calendar.with_stored([], store), [dt.timedelta(hours=1)], NOW)
        assert ["2026-12-03T20:00:00+00:00"] == [r["send_at_utc"] for r in store.reminders()]


def import_full(store: Store, content: bytes, chats=(-100,)) -> tuple:
    """(added, updated, withdrawn, left as a newer version set them)."""
    counts = store.import_calendar(ics.from_ics(content, NOW), list(chats), 1, NOW)
    return counts.added, counts.updated, counts.cancelled, counts.older


def test_the_reply_to_an_older_invitation_says_what_it_left_as_a_newer_one_set_it():
    older = ImportCounts(0, 0, 0, older=1)
    assert ("Calendar imported: 1 upcoming event(s); 0 left out (past, too far ahead or too many). Of these, 1 were "
            "already imported (0 updated).\n"
            "1 left as a newer invitation set them: this file is an older version (a lower SEQUENCE).") == \
        render_events.imported("en", 1, 0, older)
    assert "1 laissé(s) tel(s) qu'une invitation plus récente l'a fixé" in render_events.imported("fr", 1, 0, older)
    assert "1 dejado(s) como lo fijó una invitación más reciente" in render_events.imported("es", 1, 0, older)
    assert "1 mantido(s) como um convite mais recente definiu" in render_events.imported("pt", 1, 0, older)
    assert "SEQUENCE" not in render_events.imported("en", 1, 0, ImportCounts(0, 1, 0))


def test_a_file_without_sequence_cannot_be_told_older_and_applies(tmp_path):
    unnumbered = ZOOM.replace("SEQUENCE:{seq}\n", "")
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(ZOOM.format(seq=2, day="02", hour=20)))
        # an export that writes no SEQUENCE, made after the meeting moved again (21:00): applied
        assert (0, 1, 0, 0) == import_full(store, calendar_file(unnumbered.format(day="02", hour=21)))
        assert [("Capacity building webinar", "2026-12-02T21:00")] == coming(store)
        # what was known of its version is kept: the first e-mail (SEQUENCE 1) is still older
        assert (0, 0, 0, 1) == import_full(store, calendar_file(ZOOM.format(seq=1, day="02", hour=19)))
        # but a SEQUENCE written 0 is a version, an older one
        assert (0, 0, 0, 1) == import_full(store, calendar_file(ZOOM.format(seq=0, day="02", hour=18)))
        assert [("Capacity building webinar", "2026-12-02T21:00")] == coming(store)
    read = ics.from_ics(calendar_file(unnumbered.format(day="02", hour=21), ZOOM.format(seq=0, day="03", hour=21)
                                      .replace("zoom-871", "zoom-872")), NOW)
    assert ({"zoom-871@zoom.us": None, "zoom-872@zoom.us": 0}, [None, 0]) == (
        dict(read.sequences), [e.sequence for e in read.events])


def test_an_older_export_of_a_series_neither_brings_back_nor_moves_back_what_a_newer_changed(tmp_path):
    old = SERIES.replace("COUNT=3", "COUNT=3\nSEQUENCE:0")
    newer = SERIES.replace("COUNT=3", "COUNT=3\nSEQUENCE:1\nEXDATE:20270118T230000Z")
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(old))
        assert (0, 0, 1) == import_file(store, calendar_file(newer))             # 18 January cancelled
        assert (0, 0, 0, 3) == import_full(store, calendar_file(old))            # the older one again: still so
        assert ["2026-12-21T23:00", "2027-02-15T23:00"] == [start for _, start in coming(store)]


def test_a_series_whose_moved_occurrence_has_a_higher_sequence_still_updates_and_grows(tmp_path):
    # Google and Outlook give a moved occurrence a higher SEQUENCE than its series: a newer export
    # with the series' own lower one is no older file.
    moved = ("UID:call@lacralo\nRECURRENCE-ID:20261221T230000Z\nSEQUENCE:2\nSUMMARY:LACRALO monthly call\n"
             "DTSTART:20261222T230000Z")
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES.replace("COUNT=3", "COUNT=3\nSEQUENCE:0"), moved))
        longer = SERIES.replace("COUNT=3", "COUNT=4\nSEQUENCE:0").replace("SUMMARY:LACRALO monthly call",
                                                                            "SUMMARY:LACRALO call")
        assert (1, 3, 0) == import_file(store, calendar_file(longer, moved.replace("monthly call", "call")))
        assert [("LACRALO call", "2026-12-22T23:00"), ("LACRALO call", "2027-01-18T23:00"),
                ("LACRALO call", "2027-02-15T23:00"), ("LACRALO call", "2027-03-15T23:00")] == coming(store)
