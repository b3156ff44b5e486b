"""Invitations sent again: a new time moves the event, and an older SEQUENCE changes nothing a newer one set."""
from __future__ import annotations

import datetime as dt

from jobs import calendar, ics, reminders
from bot import render_events
from knowledge.models import ImportCounts
from knowledge.store import Store

from conftest import calendar_file
from ics_imports import NOW, SERIES, coming, import_file


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
