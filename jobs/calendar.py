"""Calls and webinars as a calendar: recurring events declared in bot.toml (RFC 5545 rules),
expanded in their local wall time and only then converted to UTC, so that a call at 19:00 in
Toronto stays at 19:00 across daylight-saving changes."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr

from knowledge.errors import ActaError

UTC = dt.timezone.utc
_DURATION = re.compile(r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$", re.IGNORECASE)
MAX_OCCURRENCES = 1000     # per event and query: a rule every minute must not run away


class CalendarError(ActaError):
    """An event that cannot be understood: bad date, zone, rule or duration."""


def duration(text: str) -> dt.timedelta:
    """ "1d", "1h", "10m", "1h30m", "90m" -> a timedelta."""
    m = _DURATION.match(text or "")
    if not text or not m or not any(m.groups()):
        raise CalendarError(f"not a duration: {text!r} (write e.g. 1d, 1h, 10m or 1h30m)")
    days, hours, minutes = (int(g or 0) for g in m.groups())
    return dt.timedelta(days=days, hours=hours, minutes=minutes)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CalendarError(f"unknown time zone {name!r} (use an IANA name such as America/Buenos_Aires)") from None


@dataclass(frozen=True)
class Event:
    title: str
    start: dt.datetime          # local wall time of the first occurrence (naive)
    timezone: ZoneInfo
    rrule: str = ""             # RFC 5545, e.g. FREQ=MONTHLY;BYDAY=3MO
    duration: dt.timedelta = dt.timedelta(hours=1)
    link: str = ""
    chats: tuple[int, ...] = ()

    @classmethod
    def declared(cls, title: str, start: str, timezone: str, rrule: str = "", length: str = "1h",
                 link: str = "", chats=()) -> "Event":
        """An event as written in bot.toml; CalendarError naming what is wrong."""
        try:
            local = dt.datetime.fromisoformat(start)
        except ValueError:
            raise CalendarError(f"{title!r}: start {start!r} is not a date and time such as 2026-12-21T19:00") from None
        if local.tzinfo is not None:
            raise CalendarError(f"{title!r}: start is local wall time; give the zone in timezone, not in start")
        event = cls(title, local, zone(timezone), rrule.strip(), duration(length), link, tuple(chats))
        if event.rrule:
            try:
                rrulestr(event.rrule, dtstart=local)
            except (ValueError, TypeError) as e:
                raise CalendarError(f"{title!r}: rrule {rrule!r} is not an RFC 5545 rule ({e})") from None
        return event


@dataclass(frozen=True)
class Occurrence:
    event: Event
    start_utc: dt.datetime

    @property
    def end_utc(self) -> dt.datetime:
        return self.start_utc + self.event.duration


def _to_utc(local: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    return local.replace(tzinfo=tz).astimezone(UTC)


def occurrences(event: Event, after: dt.datetime, until: dt.datetime) -> list[Occurrence]:
    """The event's occurrences starting in (after, until], both aware datetimes."""
    if not event.rrule:
        start = _to_utc(event.start, event.timezone)
        return [Occurrence(event, start)] if after < start <= until else []
    rule = rrulestr(event.rrule, dtstart=event.start)
    # The rule runs in local wall time; a day's margin covers any zone offset.
    local_after = after.astimezone(event.timezone).replace(tzinfo=None) - dt.timedelta(days=1)
    out = []
    for local in rule.xafter(local_after, inc=True):
        start = _to_utc(local, event.timezone)
        if start > until or len(out) >= MAX_OCCURRENCES:
            break
        if start > after:
            out.append(Occurrence(event, start))
    return out


def upcoming(events: list[Event], now: dt.datetime, until: dt.datetime) -> list[Occurrence]:
    """Every event's occurrences from now to ``until``, soonest first."""
    found = [o for e in events for o in occurrences(e, now, until)]
    return sorted(found, key=lambda o: (o.start_utc, o.event.title))


def next_occurrence(events: list[Event], now: dt.datetime, horizon_days: int = 400) -> Occurrence | None:
    found = upcoming(events, now, now + dt.timedelta(days=horizon_days))
    return found[0] if found else None


def reminder_times(occurrence: Occurrence, offsets: list[dt.timedelta]) -> list[dt.datetime]:
    """When reminders of an occurrence go out (UTC), earliest first."""
    return sorted(occurrence.start_utc - o for o in offsets)
