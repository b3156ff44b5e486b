"""What importing an .ics file changes, worked out once for the chat's reply and `acta import-ics`
alike: what the store saved (``Store.import_calendar``'s counts), and what that means for bot.toml's
calls: the imported occurrences that fall on a day bot.toml's ``exdates`` skip (held off), and its
coming occurrences the import newly cancels, or no longer cancels (a cancellation the calendar took
back)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobs import calendar
from jobs.calendar import Event
from knowledge.models import CalendarFile, ImportCounts


@dataclass(frozen=True)
class CalendarImport:
    """What one import of an .ics file changed (each list (title, start), soonest first)."""
    read: CalendarFile
    counts: ImportCounts
    held: tuple[tuple[str, dt.datetime], ...] = ()        # (bot.toml's title, start): held off by its exdates
    called_off: tuple[tuple[str, dt.datetime], ...] = ()  # bot.toml's occurrences the import newly cancels
    back: tuple[tuple[str, dt.datetime], ...] = ()        # occurrences it no longer cancels: the call is back


def import_calendar(store, events: list[Event], read: CalendarFile, chats: tuple[int, ...], created_by: int | None,
                    now: dt.datetime, every_chat: bool = False) -> CalendarImport:
    """Save ``read``'s events for ``chats`` (``Store.import_calendar``; ``every_chat``: a bot admin's
    import for [telegram] chats, which takes over what was imported for any chat) and say what it
    changed for bot.toml's ``events``."""
    before = _called_off(store, events, chats, now)
    counts = store.import_calendar(read, chats, created_by, now, every_chat=every_chat)
    after = _called_off(store, events, chats, now)
    held = tuple((d.title, e.start_utc) for e in read.events
                 if (d := calendar.held_off(events, e.title, e.start_utc, chats)) is not None)
    off = {(start, title) for title, start, _ in after - before}
    back = {(start, title) for title, start, _ in before - after}
    # (the imported occurrence that cancelled a bot.toml call is said back once, by bot.toml's title;
    # another meeting back on at that time is said too)
    back |= {(start, title) for title, start in counts.back
             if not any(start == s and calendar.same_call(declared, title) for s, declared in back)}
    return CalendarImport(read, counts, held, _soonest_first(off), _soonest_first(back))


def _soonest_first(found: set[tuple[dt.datetime, str]]) -> tuple[tuple[str, dt.datetime], ...]:
    return tuple((title, start) for start, title in sorted(found))


def _called_off(store, events: list[Event], chats: tuple[int, ...], now: dt.datetime
                ) -> set[tuple[str, dt.datetime, tuple]]:
    """bot.toml's coming occurrences that imported calendars cancel for some of ``chats`` (title,
    start, the chats cancelled for): what an import newly calls off is the difference it makes."""
    cancelled = calendar.called_off(events, store.scheduled_events("called_off"))
    return {(d.title, start, off) for d in cancelled for start, off in d.called_off
            if start > now and calendar.share_chats(off, chats)}
