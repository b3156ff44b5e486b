"""iCalendar files (RFC 5545): the coming events sent to members as an .ics, and an .ics an admin
sends (the community calendar's export, or an invitation) read into events to remind of.

What a file speaks for, so that importing it again or a newer export replaces exactly that, is in
``knowledge.models.CalendarFile``; the store applies it (``import_calendar``)."""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import re
import time

from dateutil.rrule import rrulestr

from jobs.calendar import UTC, CalendarError, Occurrence
from jobs.rules import MAX_A_DAY, TOO_FREQUENT
from knowledge import formats
from knowledge.errors import TranscriptError
from knowledge.models import CalendarFile, ImportedEvent

MAX_IMPORTED = 200       # events taken from one .ics file
MAX_PAST = 5_000          # occurrences before now a recurring .ics event may have (expansion walks them)
IMPORT_SECONDS = 10      # reading one .ics file: events not reached by then are left out
MAX_WALK = 200_000       # occurrences walked to start a long-running rule near today (daily since 1480)


def to_ics(found: list[Occurrence], stamp: dt.datetime) -> bytes:
    """Occurrences as an iCalendar file (RFC 5545) members can import into their calendars;
    ``stamp``: when it was written (DTSTAMP), which a calendar compares when the file is sent again."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//Acta//acta//EN")
    cal.add("version", "2.0")
    for o in found:
        vevent = icalendar.Event()
        title_hash = hashlib.sha1(o.event.title.encode()).hexdigest()[:10]
        vevent.add("uid", f"{o.start_utc:%Y%m%dT%H%M%SZ}-{title_hash}@acta")
        vevent.add("summary", o.event.title)
        vevent.add("dtstart", o.start_utc)
        vevent.add("dtend", o.end_utc)
        vevent.add("dtstamp", stamp)
        if o.event.link:
            vevent.add("url", o.event.link)
            vevent.add("description", o.event.link)
        cal.add_component(vevent)
    return cal.to_ical()


def from_ics(content: bytes, now: dt.datetime, until_days: int = 400) -> CalendarFile:
    """Events to come in an iCalendar file. A recurring event (RRULE, RDATE, with its EXDATEs and
    moved occurrences) gives each of its occurrences up to ``until_days`` ahead; cancelled ones
    (STATUS:CANCELLED, or a whole file of METHOD:CANCEL) are not events to come, nor are all-day
    events (``CalendarFile.all_day``: no time to remind at). A file of single
    occurrences (an invitation moving or cancelling one meeting of a series) speaks for those
    occurrences only. The occurrences cancelled one by one (STATUS:CANCELLED, EXDATE) are
    ``CalendarFile.called_off``: bot.toml's copy of the call then is not reminded either.
    CalendarError for a file that is not one."""
    import icalendar

    try:
        # As transcripts are read: UTF-8, UTF-16, else Windows-1252 (Outlook's CHARSET=ISO-8859-1).
        cal = icalendar.Calendar.from_ical(formats.decode(content))
    except TranscriptError:             # (binary)
        raise CalendarError("not a readable .ics file (not text)") from None
    except (ValueError, IndexError, KeyError) as e:
        raise CalendarError(f"not a readable .ics file ({e.__class__.__name__})") from None
    unknown_zone = _in_named_offsets(cal)
    _in_calendar_zone(cal)
    method = str(cal.get("method", "")).upper()
    name = str(cal.get("x-wr-calname", "")).strip()[:200] if method in ("", "PUBLISH") else ""
    horizon = now + dt.timedelta(days=until_days)
    found: dict[ImportedEvent, None] = {}        # in order, each once (an export may repeat an entry)
    skipped, uids, instances, later, unread, zones, all_day = 0, set(), set(), set(), set(), [], []
    sequences: dict[str, int | None] = {}
    called_off: dict[ImportedEvent, None] = {}
    timezones = cal.walk("VTIMEZONE")
    deadline = time.monotonic() + IMPORT_SECONDS
    events = _events(cal.walk("VEVENT"))
    if not events:
        raise CalendarError("the .ics file holds no event")
    if not _export(events):     # one event's "add to calendar" file, whatever calendar it names
        name = ""
    for components in events:
        uid = _uid(components[0])
        written = [n for n in [sequences.get(uid)] + [_sequence(c) for c in components] if n is not None]
        sequences[uid] = max(written, default=None)
        zone = next((unknown_zone[id(c)] for c in components if id(c) in unknown_zone), None)
        if zone is not None:            # its times cannot be told: left out, and what was imported of it stays
            skipped += 1
            unread.add(uid)
            zones.append(zone)
            continue
        read = _occurrences(components, uid, timezones, now, horizon) if time.monotonic() < deadline else None
        if read is None:                # broken, or not reached in time: what was imported of it stays
            skipped += 1
            unread.add(uid)
            continue
        if read and _all_day(components[0]):
            # An all-day event (DTSTART;VALUE=DATE: a conference, a deadline, a holiday) has no time
            # to remind at: left out and named in the reply; one imported before at noon is withdrawn.
            uids.add(uid)
            coming_days = [_day(o.start_utc, components[0]) for o, cancelled in read
                           if not (cancelled or method == "CANCEL")]
            if coming_days:
                skipped += 1
                all_day.append((str(components[0].get("summary", "Event"))[:200], coming_days[0]))
            continue
        if "recurrence-id" in components[0]:
            instances.update((uid, _utc(c.decoded("recurrence-id"))) for c in components)   # their slots
            later.update((uid, _utc(c.decoded("recurrence-id"))) for c in components if _this_and_future(c))
        else:
            uids.add(uid)
        skipped += not read                                 # all past
        found.update((o, None) for o, cancelled in read if not (cancelled or method == "CANCEL"))
        called_off.update((o, None) for o in _called_off(components, read, method, now, horizon))
    coming = sorted(found, key=lambda f: f.start_utc)       # the soonest are kept
    until = coming[MAX_IMPORTED].start_utc if len(coming) > MAX_IMPORTED else horizon
    return CalendarFile(coming[:MAX_IMPORTED], skipped + max(0, len(coming) - MAX_IMPORTED), until,
                        frozenset(uids), frozenset(instances), frozenset(unread),
                        name or None, tuple(zones), frozenset(later), tuple(all_day), tuple(sequences.items()),
                        tuple(sorted((o for o in called_off if o.slot_utc < until), key=lambda o: o.slot_utc)))


def _called_off(components: list, read: list[tuple[ImportedEvent, bool]], method: str, now: dt.datetime,
                horizon: dt.datetime) -> list[ImportedEvent]:
    """The occurrences an event cancels one by one: those it marks STATUS:CANCELLED (or all of a
    METHOD:CANCEL file: an invitation cancelling one meeting), and its series' EXDATEs to come. Not
    those of a whole series cancelled: the calendar drops the series, it does not call off a day."""
    master = components[0]
    series = "recurrence-id" not in master and ("rrule" in master or "rdate" in master)
    if series and (method == "CANCEL" or str(master.get("status", "")).upper() == "CANCELLED"):
        return []
    out = [o for o, cancelled in read if cancelled or method == "CANCEL"]
    if not series:
        return out
    title, uid, minutes = str(master.get("summary", "Event"))[:200], _uid(master), read[0][0].minutes if read else 60
    try:
        start = master.decoded("dtstart")
        for prop in master.get("exdate") if isinstance(master.get("exdate"), list) else [master.get("exdate")]:
            for value in prop.dts if prop is not None else []:
                if not isinstance(value.dt, dt.datetime):          # (a day: no time to call off)
                    continue
                floating = value.dt.tzinfo is None and isinstance(start, dt.datetime) and start.tzinfo is not None
                when = _utc(value.dt.replace(tzinfo=start.tzinfo) if floating else value.dt)
                if now < when <= horizon:
                    out.append(ImportedEvent(title, when, minutes, "", uid, when, _sequence(master)))
    except Exception:       # a broken EXDATE (icalendar raises many kinds): no day called off
        return out
    return out


def _all_day(vevent) -> bool:
    """Is the event a whole day or days: a date without a time (VALUE=DATE), or as Outlook and
    Exchange publish one, from midnight to midnight in its zone (X-MICROSOFT-CDO-ALLDAYEVENT:TRUE,
    or no such mark and a whole number of days)? A call at midnight that lasts an hour or two is
    not, nor is a midnight-to-midnight event Outlook marks as not all-day (a 24-hour hackathon)."""
    start = vevent.decoded("dtstart")
    if not isinstance(start, dt.datetime):
        return True
    marked = next((str(vevent[k]).strip().upper() for k in _ALL_DAY_MARKS if k in vevent), None)
    if marked == "FALSE" or start.time() != dt.time(0):
        return False
    try:
        end = vevent.decoded("dtend") if "dtend" in vevent else start + vevent.decoded("duration") \
            if "duration" in vevent else None
    except Exception:           # a broken DTEND or DURATION: the mark alone says
        end = None
    if marked == "TRUE":
        return end is None or isinstance(end, dt.datetime) and end.time() == dt.time(0)
    return isinstance(end, dt.datetime) and end.time() == dt.time(0) and end.date() > start.date()


_ALL_DAY_MARKS = ("x-microsoft-cdo-alldayevent", "x-microsoft-msncalendar-alldayevent")


def _day(start_utc: dt.datetime, vevent) -> dt.datetime:
    """An all-day occurrence as all-day events are kept: its day (in its own zone) at noon UTC."""
    start = vevent.decoded("dtstart")
    if not isinstance(start, dt.datetime) or start.tzinfo is None:
        return start_utc
    return dt.datetime.combine(start_utc.astimezone(start.tzinfo).date(), dt.time(12), tzinfo=UTC)


def _export(events: list[list]) -> bool:
    """Does a file look like a calendar's export: several events, or a recurring one? An event
    site's "add to calendar" file names its calendar too (X-WR-CALNAME), yet holds one event: it
    does not speak for the rest of that calendar."""
    return len(events) > 1 or any(len(c) > 1 or "rrule" in c[0] or "rdate" in c[0] for c in events)


_UTC_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*([+\-\u2212])\s*(\d{1,2})(?::?([0-5]\d))?(?!\d)", re.IGNORECASE)
_DATE_KEYS = ("dtstart", "dtend", "recurrence-id", "exdate", "rdate")


def _in_named_offsets(cal) -> dict[int, str]:
    """Times in a zone neither known (IANA, Windows) nor defined in the file (VTIMEZONE), which
    icalendar leaves without one, in the offset the zone's name gives ("(UTC-03:00) Brasilia", as
    older Outlook writes). The VEVENTs (by id) whose zone gives none, with its name: their time
    cannot be told, and taking it as UTC would be hours off."""
    unknown: dict[int, str] = {}
    for vevent in cal.walk("VEVENT"):
        for key in _DATE_KEYS:
            found = vevent.get(key)
            for prop in found if isinstance(found, list) else [] if found is None else [found]:
                name = str(prop.params.get("TZID", "")).strip()
                try:
                    naive = [v for v in (prop.dts if key in ("exdate", "rdate") else [prop])
                             if isinstance(v.dt, dt.datetime) and v.dt.tzinfo is None]
                except Exception:       # a broken date (icalendar raises many kinds): the expansion says
                    continue
                offset = _UTC_OFFSET.search(name)
                if not (name and naive):
                    continue
                if offset is None or int(offset.group(2)) > 14:
                    unknown.setdefault(id(vevent), name[:60])
                    continue
                minutes = int(offset.group(2)) * 60 + int(offset.group(3) or 0)
                zone = dt.timezone(dt.timedelta(minutes=-minutes if offset.group(1) in "-\u2212" else minutes))
                for v in naive:
                    v.dt = v.dt.replace(tzinfo=zone)
    return unknown


def _in_calendar_zone(cal) -> None:
    """Floating times (no zone, no Z) in the calendar's X-WR-TIMEZONE, as Google and Outlook
    exports mean them (without one, they are read as UTC)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        zone = ZoneInfo(str(cal.get("x-wr-timezone", "")).strip())
    except (ZoneInfoNotFoundError, ValueError):
        return
    for vevent in cal.walk("VEVENT"):
        for key in ("dtstart", "dtend", "recurrence-id"):
            try:
                when = vevent[key].dt
            except (KeyError, AttributeError):
                continue
            if isinstance(when, dt.datetime) and when.tzinfo is None:
                vevent[key].dt = when.replace(tzinfo=zone)
        for rule in _rules(vevent):     # (a floating UNTIL with them, in UTC as RFC 5545 has it: the last one kept)
            if "UNTIL" in rule:
                rule["UNTIL"] = [u.replace(tzinfo=zone).astimezone(UTC) if isinstance(u, dt.datetime) and u.tzinfo is None
                                 else u for u in rule["UNTIL"]]


def _link(vevent) -> str:
    """Where to join: the first meeting link (Zoom, Meet, Teams, Webex…) in the URL, the
    conference data, the location or the description, in that order; else the URL, else the
    first link of the location or description (an agenda's wiki page is no place to join)."""
    links = [m.group(0).rstrip(".,;:!?)]>»\"'")[:500] for key in ("url", "x-google-conference", "location", "description")
             for m in _LINK.finditer(str(vevent.get(key, "")))]
    return next((link for link in links if _MEETING_HOST.search(link)), links[0] if links else "")


_LINK = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_MEETING_HOST = re.compile(r"^https?://(?:[\w-]+\.)*(?:zoom\.us|zoomgov\.com|meet\.google\.com|teams\.microsoft\.com|"
                           r"teams\.live\.com|webex\.com|meet\.jit\.si|whereby\.com|gotomeeting\.com|bluejeans\.com|"
                           r"adobeconnect\.com)(?:[/:?#]|$)", re.IGNORECASE)


def _events(vevents: list) -> list[list]:
    """One event is a VEVENT with the occurrences it moved (VEVENTs of its UID with a
    RECURRENCE-ID), read on its own so that a broken one does not spoil the others. Two VEVENTs
    that share a UID without RECURRENCE-ID (a sloppy export) stay two events."""
    events: list[list] = []
    first_of: dict[str, list] = {}
    for n, vevent in enumerate(vevents):
        if "recurrence-id" not in vevent:
            events.append([vevent])
            first_of.setdefault(str(vevent.get("uid") or f"#{n}"), events[-1])
    for n, vevent in enumerate(vevents):
        if "recurrence-id" in vevent:
            uid = str(vevent.get("uid") or f"#{n}")
            if uid in first_of:
                first_of[uid].append(vevent)
            else:
                events.append([vevent])
    return events


def _occurrences(components: list, uid: str, timezones: list, now: dt.datetime,
                 horizon: dt.datetime) -> list[tuple[ImportedEvent, bool]] | None:
    """One event's occurrences starting after ``now`` up to ``horizon``, each with whether it is
    cancelled; None when the event is broken."""
    import icalendar
    import recurring_ical_events

    try:
        if any(_too_frequent(c) for c in components):
            return None
    except ValueError:          # an RRULE icalendar cannot read (UNTIL=20261301T000000Z)
        return None
    _fast_forward(components[0], now)
    if any(_too_long_ago(c, now) for c in components):
        return None
    one = icalendar.Calendar()
    for component in timezones + components:
        one.add_component(component)
    # A moved occurrence often carries no description (Google's): its series' link still holds.
    series_link = "" if "recurrence-id" in components[0] else _link(components[0])
    out = []
    try:
        # "This and the following" moved (RANGE=THISANDFUTURE): by how much, from which original start.
        shifts = {_utc(c.decoded("recurrence-id")): _start_utc(c) - _utc(c.decoded("recurrence-id"))
                  for c in components if _this_and_future(c)}
        for vevent in recurring_ical_events.of(one).after(now):      # in order of start
            start = _start_utc(vevent)
            if start > horizon:
                break
            if start > now:                                 # not one that began before now
                out.append((_imported(vevent, start, uid, series_link, shifts),
                            str(vevent.get("status", "")).upper() == "CANCELLED"))
    except Exception:          # a broken DTSTART, RRULE or TZID: icalendar and the library raise many kinds
        return None
    return out


def _uid(vevent) -> str:
    """The event's UID; one without (not valid RFC 5545, but seen) is known by its title and start."""
    if vevent.get("uid"):
        return str(vevent.get("uid"))[:500]
    written = f"{vevent.get('summary', '')}|{vevent.get('dtstart').to_ical().decode() if vevent.get('dtstart') else ''}"
    return "no-uid-" + hashlib.sha1(written.encode()).hexdigest()[:16]


def _start_utc(vevent) -> dt.datetime:
    return _utc(vevent.decoded("dtstart"))


def _utc(when: dt.date | dt.datetime) -> dt.datetime:
    """A DTSTART or RECURRENCE-ID in UTC: an all-day event at noon UTC, a floating time as UTC."""
    if not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time(12), tzinfo=UTC)
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def _rules(vevent) -> list:
    """A VEVENT's RRULEs (icalendar gives one, a list, or none)."""
    rules = vevent.get("rrule")
    return rules if isinstance(rules, list) else [] if rules is None else [rules]


def _this_and_future(vevent) -> bool:
    """Does this moved occurrence move the following ones too (RECURRENCE-ID;RANGE=THISANDFUTURE)?"""
    return "recurrence-id" in vevent and str(vevent["recurrence-id"].params.get("RANGE", "")).upper() == "THISANDFUTURE"


def _imported(vevent, start: dt.datetime, uid: str, series_link: str = "",
              shifts: dict[dt.datetime, dt.timedelta] | None = None) -> ImportedEvent:
    """One occurrence: its title, start, minutes and link (else its series'), and its original
    start (``shifts``: how much the "this and following" changes of its series moved it)."""
    try:
        end = vevent.decoded("dtend")
        minutes = int((_utc(end) - start).total_seconds() // 60) if isinstance(end, dt.datetime) else 60
    except (KeyError, ValueError, TypeError):
        minutes = 60
    minutes = minutes if minutes > 0 else 60    # no DTEND (the library then gives DTSTART): an hour
    slot = _utc(vevent.decoded("recurrence-id")) if "recurrence-id" in vevent else start
    if _this_and_future(vevent):        # each following occurrence carries the RECURRENCE-ID that moved it
        slot = start - (shifts or {}).get(slot, dt.timedelta())
    return ImportedEvent(str(vevent.get("summary", "Event"))[:200], start, min(minutes, 24 * 60),
                         _link(vevent) or series_link, uid, slot, _sequence(vevent))


def _sequence(vevent) -> int | None:
    """A VEVENT's SEQUENCE (its revision), or None when it has none or a broken one: RFC 5545 says
    a missing one is 0, but some exporters write none whatever the invitation carried, so a
    file without one cannot be told older than what was imported (it applies)."""
    if "sequence" not in vevent:
        return None
    try:
        return max(0, int(str(vevent.get("sequence")).strip()))
    except ValueError:
        return None


def _fast_forward(vevent, now: dt.datetime) -> None:
    """Start a long-running rule at its latest occurrence before ``now`` (a daily call since 2005):
    the occurrences to come are the same, and expanding them no longer walks through decades.
    Only a single RRULE without COUNT (which counts from the first start) is moved; the search
    stops after MAX_WALK occurrences, leaving the event as it was."""
    try:
        rules = _rules(vevent)
        if len(rules) != 1 or "COUNT" in rules[0] or "dtstart" not in vevent:
            return
        start = vevent["dtstart"].dt
        whole_day = not isinstance(start, dt.datetime)
        first = dt.datetime.combine(start, dt.time()) if whole_day else start
        reference = now if first.tzinfo else now.astimezone(UTC).replace(tzinfo=None)   # floating: as UTC
        # UNTIL only ends a rule early and every occurrence walked is past: left out, its form
        # (UTC, local, a date) need not match DTSTART's as dateutil requires.
        rule = re.sub(r"(?i);?UNTIL=[^;]*", "", rules[0].to_ical().decode()).strip(";")
        last = None
        for occurrence in itertools.islice(rrulestr(rule, dtstart=first), MAX_WALK):
            if occurrence >= reference:
                break
            last = occurrence
        else:
            return                      # too long a walk: as it was
        if last is None or last == first:
            return
        moved = last.date() if whole_day else last
        if "dtend" in vevent:     # the same length, in absolute time (DTEND may be in another zone)
            vevent["dtend"].dt = moved + (vevent["dtend"].dt - start)
        vevent["dtstart"].dt = moved
    except Exception:       # a broken DTSTART, DTEND or RRULE (icalendar raises many kinds): as it was
        return


def _too_frequent(vevent) -> bool:
    """A rule of more than a few occurrences a day (FREQ=SECONDLY, BYMINUTE=0,1,2…): no meeting
    recurs like that, and expanding it from a DTSTART years ago would take hours."""
    for rule in _rules(vevent):
        if rule.get("FREQ", [""])[0] in TOO_FREQUENT:
            return True
        if math.prod(len(rule.get(k, [None])) for k in ("BYHOUR", "BYMINUTE", "BYSECOND")) > MAX_A_DAY:
            return True
    return False


def _too_long_ago(vevent, now: dt.datetime) -> bool:
    """A rule with more than MAX_PAST occurrences before ``now``: the expansion walks through
    every one of them first (a daily rule from 1900 takes minutes)."""
    try:
        start = _start_utc(vevent)
        for rule in _rules(vevent):
            past = list(itertools.islice(rrulestr(rule.to_ical().decode(), dtstart=start), MAX_PAST))
            if len(past) == MAX_PAST and past[-1] < now:
                return True
    except (KeyError, ValueError, TypeError, OverflowError, IndexError):    # (BYDAY=9MO: an IndexError)
        return False            # unreadable here: the expansion itself decides
    return False
