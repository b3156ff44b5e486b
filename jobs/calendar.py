"""Calls and webinars as a calendar: recurring events declared in bot.toml (RFC 5545 rules),
expanded in their local wall time and only then converted to UTC, so that a call at 19:00 in
Toronto stays at 19:00 across daylight-saving changes."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr

from jobs import rules
from knowledge import lexicon_dates, lexicon_speech
from knowledge.errors import ActaError
from knowledge.text import fold

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
_DURATION = re.compile(r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$", re.IGNORECASE)
MAX_OCCURRENCES = 1000     # per event and query: a daily rule over years must not run away


class CalendarError(ActaError):
    """An event that cannot be understood: bad date, zone, rule or duration."""

    def __init__(self, message: str, code: str = "bad_event", **details):
        self.code = code
        self.details = details          # what a translated message needs (bad weekday: the weekdays)
        super().__init__(message)


def duration(text: str) -> dt.timedelta:
    """ "1d", "1h", "10m", "1h30m", "90m" -> a timedelta."""
    m = _DURATION.match(text or "")
    if not text or not m or not any(m.groups()):
        raise CalendarError(f"not a duration: {text!r} (write e.g. 1d, 1h, 10m or 1h30m)")
    days, hours, minutes = (int(g or 0) for g in m.groups())
    if not days and not hours and not minutes:
        raise CalendarError(f"not a duration: {text!r} is no time at all (write e.g. 10m)")
    return dt.timedelta(days=days, hours=hours, minutes=minutes)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CalendarError(f"unknown time zone {name!r} (use an IANA name such as America/Buenos_Aires)",
                            code="bad_zone", zone=name) from None


# Legacy zone names that keep one offset all year: "EST" is UTC-5 in July too, an hour off New
# York's summer time. (EST5EDT and the like follow the summer time: they are fine.)
FIXED_OFFSET = {"EST": ("America/New_York", "America/Panama"), "MST": ("America/Denver", "America/Phoenix"),
                "HST": ("Pacific/Honolulu", "Pacific/Honolulu")}


def declared_zone(name: str) -> ZoneInfo:
    """A zone as bot.toml names it: an IANA name, not a legacy fixed offset ("EST"), which
    would show and remind at the wrong hour all summer."""
    if name in FIXED_OFFSET:
        meant, all_year = FIXED_OFFSET[name]
        offset = dt.datetime(2026, 1, 1, tzinfo=zone(name)).strftime("%z")
        offset = f"{offset[:3]}:{offset[3:]}"
        also = f" ({all_year} if the group keeps UTC{offset} all year)" if all_year != meant else ""
        raise CalendarError(f"time zone {name!r} is UTC{offset} all year, without summer time: did you mean "
                            f"{meant}?{also}", code="bad_zone", zone=name)
    return zone(name)


@dataclass(frozen=True)
class Event:
    title: str
    start: dt.datetime          # local wall time of the first occurrence (naive)
    timezone: ZoneInfo
    rrule: str = ""             # RFC 5545, e.g. FREQ=MONTHLY;BYDAY=3MO
    duration: dt.timedelta = dt.timedelta(hours=1)
    link: str = ""
    chats: tuple[int, ...] = ()
    stored_id: int | None = None  # one-off events added from the chat have an id (for /cancel)
    moved_from: dt.datetime | None = None   # an imported occurrence moved: its original start (UTC)
    survey: tuple[str, ...] = ()          # questions posted as polls after each occurrence
    survey_options: tuple[str, ...] = ("1", "2", "3", "4", "5")
    survey_hours: int = 48                # how long the survey stays open after the event ends
    exdates: frozenset[dt.date] = frozenset()   # local days whose occurrence is skipped (a holiday)
    imported: bool = False                # stored from an .ics file (not /schedule'd by an admin)
    # (start UTC, chats: () for every chat): occurrences an imported calendar cancels (with_stored)
    called_off: tuple[tuple[dt.datetime, tuple[int, ...]], ...] = ()

    @classmethod
    def declared(cls, title: str, start: str, timezone: str, rrule: str = "", length: str = "1h",
                 link: str = "", chats=(), survey=(), survey_options=("1", "2", "3", "4", "5"),
                 survey_hours: int = 48, exdates=()) -> "Event":
        """An event as written in bot.toml; CalendarError naming what is wrong."""
        _check_survey(title, list(survey), list(survey_options), survey_hours)
        try:
            dt.date.fromisoformat(start.strip())
        except ValueError:
            pass
        else:                   # (midnight, which no one meant: the call would be reminded hours off)
            raise CalendarError(f"{title!r}: start {start!r} has no time of day; write the local time the call "
                                f"begins, e.g. {start.strip()}T19:00")
        try:
            local = dt.datetime.fromisoformat(start)
        except ValueError:
            raise CalendarError(f"{title!r}: start {start!r} is not a date and time such as 2026-12-21T19:00") from None
        if local.tzinfo is not None:
            raise CalendarError(f"{title!r}: start is local wall time; give the zone in timezone, not in start")
        try:
            length = duration(length)
        except CalendarError as e:
            raise CalendarError(f"{title!r}: duration: {e}") from None
        try:
            tz = declared_zone(timezone)
        except CalendarError as e:
            raise CalendarError(f"{title!r}: timezone: {e}") from None
        event = cls(title, local, tz, rrule.strip(), length, link, tuple(chats),
                    survey=tuple(survey), survey_options=tuple(survey_options), survey_hours=survey_hours)
        if event.rrule:
            try:
                event = dataclasses.replace(event, rrule=rules.checked(event.rrule, local, event.timezone))
            except rules.RuleError as e:
                raise CalendarError(f"{title!r}: {e}") from None
        try:
            skipped = rules.exdates(list(exdates), event.rrule, local)
        except rules.RuleError as e:
            raise CalendarError(f"{title!r}: {e}") from None
        return dataclasses.replace(event, exdates=skipped)


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
        if after < start <= until and event.start.date() not in event.exdates:
            return _not_called_off(event, start)
        return []
    rule = rrulestr(event.rrule, dtstart=event.start)
    # The rule runs in local wall time; a day's margin covers any zone offset.
    local_after = after.astimezone(event.timezone).replace(tzinfo=None) - dt.timedelta(days=1)
    out = []
    for local in rule.xafter(local_after, inc=True):
        start = _to_utc(local, event.timezone)
        if start > until or len(out) >= MAX_OCCURRENCES:
            break
        if start > after and local.date() not in event.exdates:
            out += _not_called_off(event, start)
    return out


def _not_called_off(event: Event, start: dt.datetime) -> list[Occurrence]:
    """The occurrence, to the chats for which no imported calendar cancels it (none if it does for all)."""
    off = [chats for at, chats in event.called_off if at == start]
    if not off:
        return [Occurrence(event, start)]
    if not event.chats or any(not chats for chats in off):
        return []
    left = tuple(c for c in event.chats if not any(c in chats for chats in off))
    return [Occurrence(dataclasses.replace(event, chats=left), start)] if left else []


def safe_occurrences(event: Event, after: dt.datetime, until: dt.datetime) -> list[Occurrence]:
    """``occurrences``, or none (logged) for an event whose rule cannot be expanded: one broken
    event must not stop the reminders, surveys and /next of all the others."""
    try:
        return occurrences(event, after, until)
    except Exception as e:      # whatever dateutil raises for a rule that got past the checks
        log.warning("event %s skipped: its occurrences cannot be computed (%s: %s)", describe(event),
                    e.__class__.__name__, e)
        return []


def describe(event: Event) -> str:
    """An event as logs name it: bot.toml's by title (the operator's words), one from the chat or
    an .ics by its number only (its title is a member's)."""
    return f"#{event.stored_id}" if event.stored_id is not None else repr(event.title)


def upcoming(events: list[Event], now: dt.datetime, until: dt.datetime) -> list[Occurrence]:
    """Every event's occurrences from now to ``until``, soonest first. One call known twice (in
    bot.toml and in an imported .ics: at the same time, for a chat they share (no chats: every chat), under a
    title with the same words, in any of the four languages: ``same_call``) is one occurrence, bot.toml's, for the
    chats of both;
    an imported one on a day bot.toml's ``exdates`` skip is none (``held_off``)."""
    found = sorted((o for e in events for o in safe_occurrences(e, now, until)),
                   key=lambda o: (o.start_utc, o.event.stored_id is not None, o.event.stored_id or 0))
    found = _moved(found, events)
    found = [o for o in found if not o.event.imported or not held_off(events, o.event.title, o.start_utc, o.event.chats)]
    kept: dict[dt.datetime, list[Occurrence]] = {}
    for o in found:
        same_time = kept.setdefault(o.start_utc, [])
        i = next((i for i, k in enumerate(same_time) if same_call(k.event.title, o.event.title)
                  and share_chats(k.event.chats, o.event.chats)), None)
        if i is None:
            same_time.append(o)
            continue
        first = same_time[i].event
        same_time[i] = Occurrence(dataclasses.replace(
            first, chats=tuple(dict.fromkeys(first.chats + o.event.chats)), link=first.link or o.event.link),
            o.start_utc)
    return sorted((o for same in kept.values() for o in same), key=lambda o: (o.start_utc, o.event.title))


def cancelled(events: list[Event], now: dt.datetime, until: dt.datetime) -> list[Occurrence]:
    """bot.toml's occurrences from now to ``until`` that imported calendars cancel for all their chats."""
    starts = {(id(e), start): Occurrence(e, start) for e in events for start, _ in e.called_off if now < start <= until}
    return sorted((o for o in starts.values() if not _not_called_off(o.event, o.start_utc)),
                  key=lambda o: (o.start_utc, o.event.title))


def _moved(found: list[Occurrence], events: list[Event]) -> list[Occurrence]:
    """A bot.toml occurrence that an imported one of the same call moved (from its time, for a
    chat they share) is that one: left out, its title (the group's name for the call), chats,
    link and survey going with the moved one, whenever each falls (the survey opens after the
    call as moved, not after the slot it left). One moved from a time bot.toml's ``exdates`` skip
    is that call too: the exdate skips the time bot.toml had, not the call the organiser moved."""
    twins: dict[int, Event] = {}           # a moved imported event's id: the bot.toml event it moved
    left_out = set()                       # (start, bot.toml event) of the occurrences moved
    for m in events:
        if m.moved_from is None or m.stored_id is None:
            continue
        for d in events:
            if d.stored_id is None and same_call(m.title, d.title) \
                    and share_chats(m.chats, d.chats) and _falls_at(d, m.moved_from, despite_exdates=True):
                twins[m.stored_id] = d
                left_out.add((m.moved_from, id(d)))
                break
    if not twins:
        return found
    return [Occurrence(_as_twin(o.event, twins[o.event.stored_id]), o.start_utc)
            if o.event.stored_id in twins else o for o in found
            if (o.start_utc, id(o.event)) not in left_out]


def held_off(events: list[Event], title: str, start_utc: dt.datetime, chats=()) -> Event | None:
    """The bot.toml event that skips this occurrence (``exdates``: a holiday) when an imported
    one of the same call (title, a chat they share) falls at the time bot.toml would have had it:
    an invitation does not bring back the call the operator left out (an admin's /schedule does)."""
    for d in events:
        if d.stored_id is not None or not d.exdates \
                or start_utc.astimezone(d.timezone).date() not in d.exdates or not same_call(d.title, title) \
                or not share_chats(d.chats, chats):
            continue
        if _falls_at(d, start_utc, despite_exdates=True):
            return d
    return None


def _as_twin(moved: Event, declared: Event) -> Event:
    """An imported occurrence that moved one of bot.toml's, as that one (at its own time)."""
    return dataclasses.replace(moved, title=declared.title, link=moved.link or declared.link,
                               chats=tuple(dict.fromkeys(moved.chats + declared.chats)), survey=declared.survey,
                               survey_options=declared.survey_options, survey_hours=declared.survey_hours)


def share_chats(a, b) -> bool:
    """Do two events go to one chat: a chat in common, or one of them for every chat?"""
    return bool(set(a) & set(b)) or not a or not b


def _falls_at(event: "Event", start: dt.datetime, *, despite_exdates: bool = False) -> bool:
    """Has the event an occurrence starting at ``start`` (one its ``exdates`` skip too, when asked)?"""
    if despite_exdates:
        event = dataclasses.replace(event, exdates=frozenset())
    return bool(safe_occurrences(event, start - dt.timedelta(seconds=1), start))


def same_call(a: str, b: str) -> bool:
    """Do two titles of events at the same time name one call? Only if they have the same words
    (``call_words``): "LACRALO monthly call", "Llamada mensual de LACRALO" (the call's words in any
    of the four languages) and "Cancelado: LACRALO Monthly Call – Spanish channel, December 2026";
    not "Monthly call" (which group's?), "LACRALO call" (which of its calls?), "NARALO monthly
    call", nor "LACRALO monthly call - ALAC liaison prep" (another meeting at that time). What
    rests on it (an imported copy merged with bot.toml's call, moving it, cancelling it, or held
    off on its exdates) must not befall another meeting: two titles that do not say the same are two events."""
    words = call_words(a)
    return bool(words) and words == call_words(b)


@functools.lru_cache(maxsize=1024)      # (every tick compares the same few titles)
def call_words(title: str) -> frozenset[str]:
    """The words that tell which call a title names: each in one language (``TITLE_WORDS``:
    "llamada", "appel" -> "call"), without fillers ("de", "the", "d'") and what says nothing of
    which meeting it is (``TITLE_NOTES``): a cancellation mark, a date or time, a language channel."""
    words = fold(title).split()
    weekday = {i for i, w in enumerate(words[1:], 1) if w == "feira"}        # "segunda-feira"
    words = [w for i, w in enumerate(words) if i not in weekday and i + 1 not in weekday]
    return frozenset(lexicon_speech.TITLE_WORDS.get(w, w) for w in words
                     if w not in lexicon_speech.TITLE_FILLERS and w not in _NOTES and not _NUMBER.fullmatch(w))


_NUMBER = re.compile(r"\d+(?:h|am|pm|st|nd|rd|th|er|e|o|a)?\d*")     # "2026", "21st", "20h30", "8pm"
_NOTES = lexicon_speech.TITLE_NOTES | {m for names in lexicon_dates.MONTHS for m in names} \
    | {d for names in lexicon_dates.WEEKDAYS for d in names[:2] + names[3:]}    # (Portuguese: "segunda" is "second" too)


def next_occurrence(events: list[Event], now: dt.datetime, horizon_days: int = 400,
                    titled: Callable[[str], bool] | None = None, after: dt.datetime | None = None) -> Occurrence | None:
    """The soonest occurrence of any of these events (``titled``: of those whose title passes;
    ``after``: from then on, when later than ``now``: "any events in January?")."""
    events = [e for e in events if titled is None or titled(e.title)]
    now = max(now, after) if after else now
    found = upcoming(events, now, now + dt.timedelta(days=horizon_days))
    return found[0] if found else None


def next_finder(events: Callable[[], list[Event]], clock: Callable[[], dt.datetime] | None = None):
    """(titled=None, after=None) -> the next occurrence of ``events()`` from ``clock()`` (now): what
    "when is the next call?" and "any events in January?" look at (``Answerer``'s ``next_event``)."""
    clock = clock or (lambda: dt.datetime.now(UTC))
    return lambda titled=None, after=None: next_occurrence(events(), clock(), titled=titled, after=after)


def reminder_times(occurrence: Occurrence, offsets: list[dt.timedelta]) -> list[dt.datetime]:
    """When reminders of an occurrence go out (UTC), earliest first."""
    return sorted(occurrence.start_utc - o for o in offsets)


def from_stored(row: dict) -> Event:
    """A one-off event added from the chat (a row of scheduled_events)."""
    tz = zone(row["timezone"])
    start = dt.datetime.fromisoformat(row["start_utc"])
    slot = dt.datetime.fromisoformat(row["slot_utc"]) if row.get("slot_utc") else start
    return Event(row["title"], start.astimezone(tz).replace(tzinfo=None), tz, "",
                 dt.timedelta(minutes=row["duration_minutes"]), row["link"], tuple(row["chats"]), stored_id=row["id"],
                 moved_from=slot.astimezone(UTC) if slot != start else None, imported=row.get("source") == "ics")


def with_stored(declared: list[Event], store) -> list[Event]:
    """bot.toml's events and the ones stored in ``store`` (added from the chat or imported from .ics);
    bot.toml's without the occurrences an imported calendar cancels one by one (``called_off``)."""
    return called_off(declared, store.scheduled_events("called_off")) + [from_stored(r) for r in store.scheduled_events()]


def called_off(declared: list[Event], cancelled: list[dict]) -> list[Event]:
    """bot.toml's events without the occurrences that imported calendars cancel (rows of
    scheduled_events): the same call (``same_call``), at its time, for the chats the calendar was
    imported for (a group's administrator's import cancels it for that group only)."""
    out = []
    for d in declared:
        off = []
        for r in cancelled:
            slot = dt.datetime.fromisoformat(r["slot_utc"] or r["start_utc"]).astimezone(UTC)
            if same_call(d.title, r["title"]) and share_chats(d.chats, r["chats"]) and _falls_at(d, slot):
                off.append((slot, tuple(r["chats"])))
        out.append(dataclasses.replace(d, called_off=d.called_off + tuple(off)) if off else d)
    return out


def _check_survey(title: str, questions: list[str], options: list[str], hours: int) -> None:
    """Telegram's poll limits: a question of 1–300 characters, 2–10 options of 1–100."""
    if any(not q.strip() or len(q) > 300 for q in questions):
        raise CalendarError(f"{title!r}: every survey question needs 1 to 300 characters")
    if questions and not (2 <= len(options) <= 10 and all(0 < len(o) <= 100 for o in options)):
        raise CalendarError(f"{title!r}: a survey needs 2 to 10 options of 1 to 100 characters")
    if questions and not 1 <= hours <= 24 * 30:
        raise CalendarError(f"{title!r}: survey_hours must be between 1 and 720")

