"""What the opening of a call says about the meeting: date, start time in UTC, group, kind."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from knowledge import clock, lexicon, lexicon_dates, lexicon_speech
from knowledge.text import fold, named_weekday

_DATE_PHRASES = [re.compile(p, re.IGNORECASE) for p in lexicon.DATE_PHRASES]
_UTC = re.compile(lexicon.UTC_TIME, re.IGNORECASE)
_UTC_12H = re.compile(lexicon.UTC_TIME_12H, re.IGNORECASE)
_UTC_DAYPART = re.compile(lexicon_speech.UTC_TIME_DAYPART, re.IGNORECASE)
_ZONE = re.compile(lexicon_dates.ZONE_TIME, re.IGNORECASE)
_CLOCK_COMMA_UTC = re.compile(lexicon_dates.CLOCK_COMMA_UTC, re.IGNORECASE)
_EASTERN = re.compile(lexicon_dates.EASTERN_TIME, re.IGNORECASE)
_ZONE_HHMM = re.compile(lexicon_dates.ZONE_TIME_HHMM, re.IGNORECASE)
_NOON = re.compile(lexicon_dates.NOON_ZONE, re.IGNORECASE)
_YEAR_BEFORE = re.compile(lexicon_dates.YEAR_BEFORE, re.IGNORECASE)
_NOW_BEFORE = re.compile(lexicon_dates.NOW_BEFORE_TIME, re.IGNORECASE)
_DATE_BEFORE = re.compile(lexicon_dates.DATE_BEFORE_TIME, re.IGNORECASE)
_TWELVE_BEFORE = re.compile(lexicon_dates.TWELVE_BEFORE_NOON, re.IGNORECASE)
_INTRODUCED = re.compile(lexicon_dates.TIME_INTRODUCED, re.IGNORECASE)
_GROUP = re.compile(lexicon.GROUP_PATTERN)
_KINDS = [(kind, re.compile(p)) for kind, p in lexicon.KINDS]
# Dates in file names: 2016-06-20, 20160620, Zoom's GMT20200217-230000.
_FILE_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?:[-_T](\d{2})(\d{2})(\d{2}))?(?!\d)")


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser  # slow to import; only needed when ingesting

    return dateparser


def in_digits(text: str, language: str) -> str:
    """Numbers said in words written in digits ("the eighteenth of November, two thousand
    twenty-six" -> "the 18th of November, 2026"; "vingt-trois heures" -> "23 heures"), by text2num;
    the text as it is when that fails."""
    from text_to_num import alpha2digit         # (imported when first needed)
    try:
        return alpha2digit(text, language)
    except Exception:       # noqa: BLE001 — a library failure must not stop an ingest: the text as it is
        return text


def find_date(text: str, language: str) -> dt.date | None:
    """The first full date (day, month, year) written in ``text``, in any of our languages."""
    return next((d for _, _, d in _dates(text, language)), None)


def call_date(text: str, language: str, file_date: dt.date | None = None,
              date_order: str = "DMY") -> dt.date | None:
    """The call's own date among those its opening says: the one said as today's ("Today is
    Monday, 12 October 2026", "hoy es…", "nous sommes le…", "it is Monday, …"), else the one its
    welcome says ("Welcome to the NARALO monthly call on 12 October 2026"), else the first said
    without a word that makes it another day's ("our next call will be on…", "the deadline is…",
    "before ICANN78 on…", "our last call on…"). ``file_date`` (the file name's) is taken over a date
    said without either, when the opening says it too or says only other days. None when the
    opening says no full date. ``date_order``: as ``find_dates``."""
    found = find_dates(text, language, date_order)
    if not found:
        return None
    scored = []
    previous = 0
    for start, end, date in found:
        clause = text[max(previous, _clause_start(text, start)):start]
        context = fold(clause[-_CONTEXT:])
        # (another day's only said right before the date: "the next call will be on…", "by…";
        # not "we will now begin the call on…", "hosted by NARALO on…", "the last call of the year, on…")
        near = re.findall(r"\w+", context)[-_NEAR_WORDS:]
        other = [w for w in near if _OTHER_DAY.fullmatch(w)]
        if _TODAY.search(context):
            score = 3
        elif other and (set(other) - {"by", "will"} or near[-2:].count("by") or near[-3:].count("will")):
            score = 0
        elif _WELCOME.search(fold(text[_clause_start(text, start):_clause_end(text, end)])):
            score = 2
        else:
            score = 1
        scored.append((score, date))
        previous = end
    best = max(score for score, _ in scored)
    if file_date and (best == 0 or best == 1 and file_date in {date for _, date in scored}):
        return file_date
    return next(date for score, date in scored if score == best)


_CONTEXT = 60       # characters before a date that say whose it is
_NEAR_WORDS = 4     # …and the words right before it that make it another day's
_TODAY = re.compile(lexicon_dates.TODAY_BEFORE_DATE)
_OTHER_DAY = re.compile(lexicon_dates.OTHER_DAY_BEFORE_DATE)
_WELCOME = re.compile(lexicon_speech.WELCOME_TO_CALL)
_SENTENCE_BREAK = re.compile(r"[.!?;:](?=\s)|\n")


def _clause_start(text: str, at: int) -> int:
    """Where the sentence (or clause after a colon) that ``at`` is in starts."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, at)]
    return breaks[-1] if breaks else 0


def _clause_end(text: str, at: int) -> int:
    m = _SENTENCE_BREAK.search(text, at)
    return m.start() if m else len(text)


def find_dates(text: str, language: str, date_order: str = "DMY") -> list[tuple[int, int, dt.date]]:
    """Every full date written in ``text``, in order, with where it starts and ends ("le 20 juin
    2016 et le 17 février 2020"). ``date_order`` "MDY" (``[display] date_order``) reads an English
    text's numeric dates month first ("10/12/2026": 12 October); French, Spanish and Portuguese
    write them day first whatever the group's setting."""
    return list(_dates(text, language, date_order))


def _dates(text: str, language: str, date_order: str = "DMY"):
    languages = [language] + [lang for lang in lexicon.LANGUAGES if lang != language]
    candidates = sorted((m.start(), m.group(0)) for rx in _DATE_PHRASES for m in rx.finditer(text))
    for start, phrase in candidates:
        end = start + len(phrase)
        phrase = re.sub(r"(?<=\d)(?:\.?º|\.?°|\.?ª|o|ro)(?=\s)", "", phrase)       # "1º de julio" -> "1 de julio"
        phrase = re.sub(r"^(?:primero|primeiro)\b", "1", phrase, flags=re.IGNORECASE)   # "primero de septiembre"
        order = "YMD" if re.match(r"\d{4}-", phrase) else (
            "MDY" if date_order == "MDY" and language == "en" else lexicon.NUMERIC_DATE_ORDER.get(language, "DMY"))
        parsed = _dateparser().parse(
            phrase, languages=languages,
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                      "PREFER_LOCALE_DATE_ORDER": False, "DATE_ORDER": order})
        if parsed and 1990 <= parsed.year <= 2100:
            yield start, end, _as_weekday_says(parsed.date(), phrase, text[max(0, start - 15):start])


def _as_weekday_says(date: dt.date, phrase: str, before: str) -> dt.date:
    """A numeric date read day first ("Tuesday, 11/03/2026": 11 March, a Wednesday) read month
    first when the weekday written before it says so (3 November is a Tuesday)."""
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}", phrase)
    short = _WEEKDAY_SHORT.search(before)          # "Tue, 11/03/2026"
    named = None if not numeric else _SHORT_DAYS.index(short.group(1).lower()[:3]) if short else named_weekday(before)
    if named is None or date.weekday() == named:
        return date
    try:
        other = date.replace(month=date.day, day=date.month)
    except ValueError:
        return date
    return other if other.weekday() == named else date


_SHORT_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAY_SHORT = re.compile(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*$", re.IGNORECASE)


def find_utc_time(text: str) -> dt.time | None:
    """The first time given in UTC ("23 h UTC", "23:00 UTC", "11 p.m. UTC", "20:00 UTC-3": 23:00)."""
    found = utc_times(text)
    return found[0][1] if found else None


def find_utc_start(text: str, date: dt.date) -> dt.datetime | None:
    """When a call on ``date`` (its local day, as the transcript says it) started, in UTC: the first
    time given in UTC, with its offset ("23:00 UTC-3" on 3 November is 02:00 UTC on the 4th). Noon
    ("noon UTC", "mediodía UTC-3") only as the time said now or the call's ("it is noon UTC", "son las
    12 del mediodía UTC", "Monday, 12 October 2026, noon PDT"; not "comments close at noon UTC"), and
    a time said as now or as the call's start ("It is 19:00 UTC", "we start at 19:00 UTC") over any
    other, said before it or not ("Comments close at 18:00 UTC. It is 19:00 UTC.": 19:00; "comments
    close at 1200 EDT. It is 1500 EDT."). Midnight is no start ("we start at midnight UTC")."""
    found = _utc_said(text, date, start=True)
    if not found:
        return None
    _, hour, minute, offset = found[0]
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=dt.timezone.utc) - offset


def utc_times(text: str) -> list[tuple[int, dt.time]]:
    """Every time given in UTC, with where it starts, in order ("11 p.m. UTC" read once)."""
    return [(start, time) for start, time, _ in utc_times_and_days(text)]


def utc_times_and_days(text: str) -> list[tuple[int, dt.time, int]]:
    """Every time given in UTC, with where it starts and the days its offset moves the day said
    by ("23:00 UTC-3" is 02:00 UTC the next day: 1)."""
    out = []
    for start, hour, minute, offset in _utc_said(text):
        said = dt.datetime.combine(dt.date(2000, 1, 1), dt.time(hour, minute))
        out.append((start, (said - offset).time(), ((said - offset).date() - said.date()).days))
    return out


def _utc_said(text: str, on: dt.date | None = None, start: bool = False) -> list[tuple[int, int, int, dt.timedelta]]:
    """Every time said in UTC: where it starts, the hour and minute said, and the offset after
    "UTC" ("UTC-3": minus 3 hours; none: 0), or of a North American zone ("2:00 PM EST": minus 5;
    "3:00 PM ET", "3 PM Eastern": New York's on the day ``on``, read only when it is given). Of a
    range ("14:00-15:30 UTC", "9:00 AM – 10:30 AM (UTC-5)"), the time it starts. "Las 12 de la
    noche" is 00:00 as the day ends: an offset a day more. ``start``: only the times a call's
    opening gives as its start (``find_utc_start``)."""
    weak = {}       # noon and four figures ("1500 EDT"): where, and how said (``_how_said``)
    found = {m.span(): (clock.hour_24(int(m.group(1)), m.group(3).lower() == "p"), int(m.group(2) or 0),
                        _offset(m.group(4))) for m in _UTC_12H.finditer(text)}
    for m in _UTC_DAYPART.finditer(text):
        hour, midnight = clock.daypart_hour(int(m.group(1)), m.group(3).lower())
        found[m.span()] = (hour, int(m.group(2) or 0),
                           _offset(m.group(_UTC_DAYPART.groups)) - (dt.timedelta(days=1) if midnight else dt.timedelta(0)))
    for m in _ZONE.finditer(text):      # "2:00 PM EST", "14:00 EDT"
        hour = clock.hour_24(int(m.group(1)), m.group(3).lower() == "p") if m.group(1) else int(m.group(4))
        found[m.span()] = (hour, int(m.group(2) or m.group(5) or 0),
                           dt.timedelta(hours=lexicon_dates.ZONE_OFFSETS[m.group(6)]))
    for m in _ZONE_HHMM.finditer(text):     # "1500 EDT" (not "12 October 2026 EDT": a year, nor "Room 1500 EDT")
        weak[m.span()] = _how_said(text, m.start())
        if weak[m.span()] and not _a_year(text, m.start(), m.group(1) + m.group(2)):
            found[m.span()] = (int(m.group(1)), int(m.group(2)), dt.timedelta(hours=lexicon_dates.ZONE_OFFSETS[m.group(3)]))
    for m in _NOON.finditer(text):          # "noon PDT", "mediodía UTC-3"
        weak[m.span()] = _how_said(text, m.start(), noon=True)
        if start and weak[m.span()] is None:
            continue                        # "comments close at noon UTC": no start
        found[m.span()] = (12, 0, dt.timedelta(hours=lexicon_dates.ZONE_OFFSETS[m.group(2)]) if m.group(2)
                           else _offset(m.group(1)))
    for m in _EASTERN.finditer(text) if on else ():       # "3:00 PM ET": EST or EDT, as the day has it
        hour = clock.hour_24(int(m.group(1)), m.group(3).lower() == "p") if m.group(1) else int(m.group(4))
        minute = int(m.group(2) or m.group(5) or 0)
        found[m.span()] = (hour, minute, _EASTERN_TZ().utcoffset(dt.datetime.combine(on, dt.time(hour, minute))))
    for m in _CLOCK_COMMA_UTC.finditer(text):      # "son las 23:00, UTC menos 3"
        found[m.span()] = (int(m.group(1)), int(m.group(2) or 0), _offset(m.group(3)))
    for m in _UTC.finditer(text):
        if m.group(3) and _a_year(text, m.start(), m.group(1) + m.group(3)):
            continue                        # "12 October 2026 UTC": a year, not 20:26
        if m.group(3):                      # "1500 UTC" said as a time, not "Room 1500 UTC"
            weak[m.span()] = _how_said(text, m.start())
            if not weak[m.span()]:
                continue
        if not any(start < m.end() and m.start() < end for start, end in found):
            found[m.span()] = (int(m.group(1)), int(m.group(2) or m.group(3) or 0), _offset(m.group(4)))
    out, now = [], []
    for span, (hour, minute, offset) in found.items():
        at = span[0]
        begun = _RANGE_START.search(text, max(0, at - 20), at)
        if begun:
            first = int(begun.group(1))
            if begun.group(3):                              # "9:00 AM – 10:30 AM"
                first = clock.hour_24(first, begun.group(3).lower() == "p")
            elif hour >= 12 and first < 12 and first + 12 <= hour and _UTC_12H.match(text, at):
                first += 12                                 # "2–3:30 pm UTC"
            at, hour, minute = begun.start(), first, int(begun.group(2) or 0)   # ("23:00–00:30 UTC" too)
        out.append((at, hour, minute, offset))
        if not start:
            continue            # (times said in a turn: which of them is "now" matters only to a start)
        said_now = weak[span] == "now" if span in weak else bool(_NOW_BEFORE.search(_before(text, at)))
        if said_now:
            now.append(out[-1])
    # "It is 19:00 UTC" over any time not said as now: a noon, four figures, "comments close at 18:00 UTC"
    return sorted(now if start and now else out)


def _a_year(text: str, at: int, figures: str) -> bool:
    """Are the four figures at ``at`` the year of a date written before them ("12 Oct, 2026 UTC"),
    not a time ("Monday, 12 October 2026, 1500 EDT")?"""
    return 1900 <= int(figures) < 2100 and bool(_YEAR_BEFORE.search(text, max(0, at - 30), at))


def _before(text: str, at: int) -> str:
    """What the clause says before ``at``."""
    return text[_clause_start(text, at):at]


def _how_said(text: str, at: int, noon: bool = False) -> str | None:
    """How a time at ``at`` is said in its clause: "now" as the time now or the call's ("it is",
    "son las", "il est", "the call starts at"), "placed" after a date or first in its clause
    ("Monday, 12 October 2026, noon PDT"), or four figures after a word that introduces a time ("at 1500
    EDT"), else None ("comments close at noon UTC", "Room 1500 EDT")."""
    before = _before(text, at)
    if noon:
        before = _TWELVE_BEFORE.sub("", before)         # "it is 12 noon", "son las 12 del mediodía"
    if _NOW_BEFORE.search(before):
        return "now"
    placed = not before.strip() or _DATE_BEFORE.search(before) or not noon and _INTRODUCED.search(before)
    return "placed" if placed else None


# The start of a range whose end is a time in UTC: "14:00-", "9:00 AM – ", "de 14h à ", "from 2 to "
# (a time, or an hour after "from": not "March 11 - 14:00 UTC", "Session 2 - 14:00 UTC").
_RANGE_START = re.compile(r"(?:(?<=from )|(?<=de )|(?<=du )|(?<=entre )|(?<=desde )|(?<=between )|"
                          r"(?<![\d/.:-])(?=\d+\s*(?:h|:|\.[0-5]\d|[ap]\.?\s*m\b)))"
                          r"\b([01]?\d|2[0-3])(?:\s*(?:h|:|\.(?=[0-5]\d))\s*([0-5]\d)?)?"
                          r"\s*(?:([ap])\.?\s*m\b\.?)?\s*(?:[-–—]|\b(?:to|until|a|à|au|hasta|até)\b)\s*$",
                          re.IGNORECASE)


@lru_cache(maxsize=1)
def _EASTERN_TZ() -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(lexicon_dates.EASTERN_ZONE)


def _offset(said: str | None) -> dt.timedelta:
    """ "-3" -> -3 hours, "+05:30" -> 5 h 30 min, "menos 3" -> -3 hours, None -> 0."""
    if not said:
        return dt.timedelta(0)
    word = said.split()[0].lower() if said[0].isalpha() else None
    sign = lexicon_dates.OFFSET_WORDS[word] if word else -1 if said[0] in "-−–" else 1
    digits = re.sub(r"\D", "", said)
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    return sign * dt.timedelta(hours=hours, minutes=minutes)


def from_filename(filename: str) -> tuple[dt.date | None, dt.time | None]:
    """A date (and Zoom's UTC time) in a file name such as GMT20200217-230000_Recording.vtt."""
    m = _FILE_DATE.search(filename)
    if not m:
        return None, None
    try:
        date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None, None
    time = None
    if m.group(4) and "GMT" in filename.upper():
        try:
            time = dt.time(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        except ValueError:
            time = None
    return date, time


def find_group(text: str) -> str | None:
    """The regional group that holds the call (LACRALO, AFRALO…), from the opening."""
    found = [m.group(0) for m in _GROUP.finditer(text)]
    regional = [g for g in found if g.endswith("RALO")]
    return (regional or found or [None])[0]


def find_kind(text: str) -> str:
    """monthly_call, webinar or call, from the welcome sentences."""
    folded = fold(text)
    hits = [(m.start(), kind) for kind, rx in _KINDS for m in [rx.search(folded)] if m]
    return min(hits)[1] if hits else "call"
