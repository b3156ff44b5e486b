"""Recurrence rules as bot.toml gives them: one RFC 5545 rule (``FREQ=MONTHLY;BYDAY=3MO``), read
leniently where nothing is lost (an ``RRULE:`` prefix, spaces, a trailing ";", lower case) and
refused with what is wrong where something would be: a DTSTART line pasted with it (as rrule.js
and rule generators print it) would run the rule in UTC from another start, a part no rule has
would be ignored or break every expansion."""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from knowledge.errors import ActaError

UTC = dt.timezone.utc
# No call recurs within a day (a reminder a minute for FREQ=MINUTELY); .ics imports refuse them too,
# and more than a few occurrences a day (BYHOUR=10,11,12,13,14).
TOO_FREQUENT = ("SECONDLY", "MINUTELY", "HOURLY")
MAX_A_DAY = 4
FIRST_CHECKED = 50          # occurrences of a rule read at load to check it
PARTS = ("FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY",
         "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST")
FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY") + TOO_FREQUENT
EXAMPLE = "FREQ=MONTHLY;BYDAY=3MO"
# A content line of iCalendar: NAME, parameters, ":" ("DTSTART;TZID=Europe/Paris:20260105T140000").
_PROPERTY = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)(?:;[^:]*)?:(.*)$")
# What each line pasted with a rule is instead, and where it goes in bot.toml.
_ELSEWHERE = {"DTSTART": "the first occurrence is `start`, in `timezone`",
              "DTEND": "the length is `duration`",
              "DURATION": "the length is `duration`",
              "EXDATE": 'skip days with exdates = ["2026-12-21"]'}


class RuleError(ActaError):
    """A recurrence rule that cannot be used, saying what is wrong with it."""


def clean(text: str) -> str:
    """The rule alone, in upper case, its parts joined by ";" ("RRULE:freq=monthly; byday=3mo;"
    -> "FREQ=MONTHLY;BYDAY=3MO"); RuleError saying what is wrong."""
    lines = [line.strip() for line in re.split(r"\r?\n|\\n", text) if line.strip()]
    rules, others = [], []
    for line in lines:
        prop = _PROPERTY.match(line)
        if prop is None or prop.group(1).upper() == "RRULE":
            rules.append(prop.group(2) if prop else line)
        else:
            others.append(prop.group(1).upper())
    if others:
        name = others[0]
        where = _ELSEWHERE.get(name)
        wanted = f'write rrule = "{rules[0].strip()}"' if len(rules) == 1 else f"e.g. {EXAMPLE}"
        raise RuleError(f"rrule must be the rule only ({wanted}): remove the {name} line"
                        + (f"; {where}" if where else ""))
    if len(rules) != 1:
        raise RuleError(f"rrule must be the rule only (e.g. {EXAMPLE}): it holds {len(rules)} rules; give one")
    shown = rules[0].strip()
    parts = [p for p in re.sub(r"\s*([;=,])\s*", r"\1", shown).split(";") if p]
    found: dict[str, str] = {}
    for part in parts:
        name, equals, value = part.partition("=")
        name, value = name.upper(), value.upper()
        if not equals:
            raise _bad(shown, f"{part!r} is not NAME=VALUE (parts are separated by ';', e.g. {EXAMPLE})")
        if name not in PARTS:
            raise _bad(shown, f"{name} is no part of a rule (they are {', '.join(PARTS)})")
        if not value:
            raise _bad(shown, f"{name} has no value")
        if re.search(r"\s", value):
            raise _bad(shown, f"{name}={value} has a space inside its value")
        if name in found:
            raise _bad(shown, f"{name} is given twice")
        found[name] = value
    if "FREQ" not in found:
        raise _bad(shown, f"FREQ is missing (e.g. {EXAMPLE})")
    if found["FREQ"] not in FREQUENCIES:
        raise _bad(shown, f"FREQ={found['FREQ']} is not a frequency (YEARLY, MONTHLY, WEEKLY or DAILY)")
    if "COUNT" in found and "UNTIL" in found:
        raise _bad(shown, "it has both COUNT and UNTIL; give one of them")
    return ";".join(f"{name}={value}" for name, value in found.items())


def _bad(rule: str, what: str) -> RuleError:
    return RuleError(f"rrule {rule!r} is not an RFC 5545 rule: {what}")


def checked(text: str, start: dt.datetime, tz: ZoneInfo) -> str:
    """The rule of an event that starts at ``start`` (local wall time in ``tz``), ready to run in
    local time (its UNTIL in local time too); RuleError saying what is wrong with it."""
    rule = clean(text)
    interval = re.search(r"\bINTERVAL=(-?\d+)", rule)
    if interval and int(interval.group(1)) < 1:
        raise RuleError(f"rrule {text!r} has INTERVAL={interval.group(1)}; it must be 1 or more")
    if re.search(r"\bFREQ=(\w+)", rule).group(1) in TOO_FREQUENT:
        raise RuleError(f"rrule {text!r} recurs within a day; calls recur daily at most")
    try:
        rule = local_until(rule, tz)
        first = list(itertools.islice(rrulestr(rule, dtstart=start), FIRST_CHECKED))
    except (ValueError, TypeError, OverflowError, IndexError) as e:   # (BYDAY=9MO: an IndexError)
        raise _bad(text.strip(), _culprit(rule, start) or str(e)) from None
    # A rule no date satisfies (the 30th of February) would otherwise be walked to the
    # year 9999 on every reminder tick, seconds each, and never remind anyone.
    if not first:
        raise RuleError(f"rrule {text!r} never occurs from {start.isoformat(timespec='minutes')}")
    if max(Counter(o.date() for o in first).values()) > MAX_A_DAY:
        raise RuleError(f"rrule {text!r} recurs more than {MAX_A_DAY} times a day; calls recur daily at most")
    return rule


def _culprit(rule: str, start: dt.datetime) -> str | None:
    """The part that makes a rule fail, on its own beside FREQ ("BYDAY=9MO is not a valid value")."""
    freq, *others = rule.split(";")
    for part in others:
        try:
            next(iter(rrulestr(f"{freq};{part}", dtstart=start)), None)
        except (ValueError, TypeError, OverflowError, IndexError):
            return f"{part} is not a valid value"
    return None


def local_until(rule: str, tz: ZoneInfo) -> str:
    """UNTIL=…Z (UTC, as RFC 5545 writes it) as local wall time, which a rule run in local time needs."""
    def local(m: re.Match) -> str:
        until = dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC).astimezone(tz)
        return f"UNTIL={until:%Y%m%dT%H%M%S}"
    return re.sub(r"UNTIL=(\d{8}T\d{6})Z", local, rule)


def exdates(written: list[str], rule: str, start: dt.datetime) -> frozenset[dt.date]:
    """The local days (YYYY-MM-DD) whose occurrence of an event is skipped; RuleError for one that
    is no date, or no day the event occurs on (a typo would skip nothing and remind of the holiday)."""
    days = set()
    for text in written:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            raise RuleError(f"exdates: {text!r} is not a date such as 2026-12-21 (the day in the event's timezone)")
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            raise RuleError(f"exdates: {text!r} is no day of the calendar") from None
        if not _occurs_on(day, rule, start):
            raise RuleError(f"exdates: {day} is no day the event occurs on{_nearest(day, rule, start)}")
        days.add(day)
    return frozenset(days)


def _occurs_on(day: dt.date, rule: str, start: dt.datetime) -> bool:
    if not rule:
        return day == start.date()
    midnight = dt.datetime.combine(day, dt.time())
    found = rrulestr(rule, dtstart=start).after(midnight, inc=True)
    return found is not None and found.date() == day


def _nearest(day: dt.date, rule: str, start: dt.datetime) -> str:
    """ " (the nearest: 2026-12-21)": the occurrence closest to a day given to skip."""
    if not rule:
        return f" (it is on {start.date()})"
    midnight = dt.datetime.combine(day, dt.time())
    near = [o for o in (rrulestr(rule, dtstart=start).before(midnight), rrulestr(rule, dtstart=start).after(midnight))
            if o is not None]
    if not near:
        return ""
    return f" (the nearest: {min(near, key=lambda o: abs(o - midnight)).date()})"
