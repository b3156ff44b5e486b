""".ics files as calendar programs write them: their encodings, and time zones named but not defined."""
from __future__ import annotations

from bot import render_events
from jobs import ics
from knowledge.models import ImportCounts
from knowledge.store import Store

from conftest import calendar_file
from test_ics import NOW, import_file

TITLE = "Reunión de coordinación"


def starts(read) -> list[tuple[str, str]]:
    return [(e.title, e.start_utc.isoformat()[:16]) for e in read.events]


def test_an_ics_is_decoded_as_transcripts_are():
    utf8 = calendar_file(f"UID:a\nSUMMARY:{TITLE}\nDTSTART:20261210T150000Z")
    latin1 = calendar_file("UID:a\nSUMMARY;CHARSET=ISO-8859-1:Reuni\xf3n de coordinaci\xf3n\nDTSTART:20261210T150000Z"
                           ).decode().encode("latin-1")
    assert b"\xf3n" in latin1                         # (Outlook 2007 writes the bytes of its CHARSET)
    for content in (utf8, b"\xef\xbb\xbf" + utf8, latin1, utf8.decode().encode("utf-16")):
        assert [TITLE] == [e.title for e in ics.from_ics(content, NOW).events]


def test_a_zone_named_by_its_utc_offset_is_read_at_that_offset():
    read = ics.from_ics(calendar_file(
        'UID:a\nSUMMARY:Brasilia\nDTSTART;TZID="(UTC-03:00) Brasilia":20261210T150000\n'
        'DTEND;TZID="(UTC-03:00) Brasilia":20261210T163000\nRRULE:FREQ=WEEKLY;COUNT=3\n'
        'EXDATE;TZID="(UTC-03:00) Brasilia":20261217T150000',
        'UID:b\nSUMMARY:Kolkata\nDTSTART;TZID="GMT+05:30 Chennai":20261211T150000'), NOW)
    assert [("Brasilia", "2026-12-10T18:00"), ("Kolkata", "2026-12-11T09:30"), ("Brasilia", "2026-12-24T18:00")
            ] == starts(read)
    assert ({90}, 0, ()) == ({e.minutes for e in read.events if e.title == "Brasilia"}, read.skipped, read.unknown_zones)


def test_an_event_in_a_zone_neither_known_nor_defined_is_left_out_and_said(tmp_path):
    custom = "UID:c\nSUMMARY:Custom\nDTSTART;TZID=Customized Time Zone:20261211T150000"
    known = ("UID:w\nSUMMARY:Windows name\nDTSTART;TZID=Argentina Standard Time:20261212T150000",
             "UID:i\nSUMMARY:IANA\nDTSTART;TZID=America/Sao_Paulo:20261213T150000",
             "UID:u\nSUMMARY:UTC\nDTSTART:20261214T150000Z")
    read = ics.from_ics(calendar_file(custom, *known), NOW)
    assert ([("Windows name", "2026-12-12T18:00"), ("IANA", "2026-12-13T18:00"), ("UTC", "2026-12-14T15:00")],
            1, ("Customized Time Zone",)) == (starts(read), read.skipped, read.unknown_zones)
    assert ("Calendar imported: 3 upcoming event(s); 0 left out (past, too far ahead or too many). 1 event(s) left "
            "out: I don't know their time zone (Customized Time Zone) and the file does not define it (VTIMEZONE); "
            "I don't guess their time.") == render_events.imported("en", 3, 1, ImportCounts(3, 0, 0), read.unknown_zones)
    # Defined in the file, the same name is a zone like any other.
    defined = calendar_file(custom).replace(b"BEGIN:VEVENT", b"BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n"
                                            b"BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:-0300\r\n"
                                            b"TZOFFSETTO:-0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT", 1)
    assert [("Custom", "2026-12-11T18:00")] == starts(ics.from_ics(defined, NOW))
    with Store(tmp_path / "acta.db") as store:      # imported before with its zone: not withdrawn for it
        import_file(store, defined)
        assert (3, 0, 0) == import_file(store, calendar_file(custom, *known))
        assert 4 == len(store.scheduled_events())


def test_a_utc_offset_is_read_only_from_a_zone_without_one():
    # Etc/GMT+3 is a known zone (UTC-3, as POSIX writes it), not "GMT+3"; no zone is 25 hours off.
    read = ics.from_ics(calendar_file("UID:a\nSUMMARY:Etc\nDTSTART;TZID=Etc/GMT+3:20261210T150000",
                                      'UID:b\nSUMMARY:Far\nDTSTART;TZID="(UTC+25:00) Nowhere":20261211T150000'), NOW)
    assert ([("Etc", "2026-12-10T18:00")], ("(UTC+25:00) Nowhere",)) == (starts(read), read.unknown_zones)
