"""Importing .ics files into the store again and again: what a newer export, an invitation or a
named calendar moves, renames, cancels or withdraws."""
from __future__ import annotations

from dataclasses import replace

import pytest

from jobs import ics
from bot import render_events
from knowledge.models import ImportCounts
from knowledge.store import Store

from conftest import calendar_file
from ics_imports import NOW, SERIES, coming, import_file, named


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
