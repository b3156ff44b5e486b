"""Helpers for the .ics tests: a clock, a monthly series, and a file imported into a store as an admin's /import does."""
from __future__ import annotations

import datetime as dt
from dataclasses import astuple

from jobs import ics
from knowledge.store import Store

from conftest import calendar_file

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, tzinfo=UTC)


SERIES = ("UID:call@lacralo\nSUMMARY:LACRALO monthly call\nDTSTART:20261221T230000Z\n"
          "RRULE:FREQ=MONTHLY;BYDAY=3MO;COUNT=3")


def import_file(store: Store, content: bytes, chats=(-100,), by: int = 1, now: dt.datetime = NOW) -> tuple:
    """(added, updated, withdrawn)."""
    return astuple(store.import_calendar(ics.from_ics(content, now), list(chats), by, now))[:3]


def coming(store: Store) -> list[tuple[str, str]]:
    return [(e["title"], e["start_utc"][:16]) for e in store.scheduled_events()]


def named(name: str, *vevents: str) -> bytes:
    return calendar_file(*vevents).replace(b"VERSION:2.0", f"VERSION:2.0\r\nX-WR-CALNAME:{name}".encode())
