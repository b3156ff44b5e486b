"""Dates said in a call, resolved against the meeting's date: "les 30 et 31 août, à Montevideo",
"demain … à 17:00 UTC", "d'ici vendredi", "next Tuesday", "la semaine prochaine". For the
summary's "dates and events mentioned" and the events admins schedule from it."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from knowledge import lexicon, lexicon_dates, lexicon_speech, opening
from knowledge.models import Turn
from knowledge.text import fold, named_weekday, sentences

_DAY_MONTH = re.compile(r"\b(?:les?\s+|el\s+|los días\s+|os dias\s+|on\s+)?(?<![:.\d])(\d{1,2})(?:er|º)?(?:\s*(?:et|y|e|and|to|through|-|–|au|al|a|até)\s*(\d{1,2}))?"
                        r"\s+(?:de\s+)?(%s)(?:\s+(?:de\s+)?(\d{4}))?\b" % lexicon_dates.MONTHS_PATTERN, re.IGNORECASE)
_COUNTS = "|".join(sorted(lexicon_dates.COUNTED_NOUNS))
# (the last day of a range unless a month, a time or a count follows it: not "from March 5 to 12
# April", "March 10 to 11 UTC", "March 3 to 5 people")
_MONTH_DAY = re.compile(r"\b(%s)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to|through)\s*(\d{1,2})(?:st|nd|rd|th)?"
                        r"(?!\s*(?:%s|utc|gmt|h\b|[:.]\d|[ap]\.?m\b|o clock|%s|%%)))?(?:,?\s+(\d{4}))?\b"
                        % (lexicon_dates.MONTHS_PATTERN, lexicon_dates.MONTHS_PATTERN, _COUNTS), re.IGNORECASE)
_MONTH_ONLY = re.compile(r"\b(?:en|au mois de|in|en el mes de|em|no mês de|in the month of)\s+(%s)(?:\s+(?:de\s+)?(\d{4}))?\b"
                         % lexicon_dates.MONTHS_PATTERN, re.IGNORECASE)
# Numeric days, day first as our members write them: "31/09/2026", "30/02", "2026-09-31".
# Without a year only when that is all there is (a command's argument: "/who 30/02"): "the vote was
# 30/2" is a score.
_NUMERIC_DAY = re.compile(r"(?<![\d/.-])(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2}(?![\d/.-]))|(\d{4})[-/](\d{1,2})[-/](\d{1,2}))(?![\d/-])"
                          r"|^\s*(\d{1,2})/(\d{1,2})\s*$")
# A numeric day and month: "10/12", "10/12/2026", "10-12-2026", "10.12.26" (not "10.30", a time).
_MONTH_FIRST = re.compile(r"(?<![\d/.-])(\d{1,2})(?:(/)(\d{1,2})(/(?:\d{4}|\d{2}))?|([.-])(\d{1,2})(\5(?:\d{4}|\d{2})))"
                          r"(?![\d/-]|\.\d)")
_RELATIVE = re.compile(lexicon_dates.RELATIVE_DAYS, re.IGNORECASE)
_NEXT_WEEK = re.compile(lexicon_dates.RELATIVE_WEEK, re.IGNORECASE)
_NEXT = re.compile(lexicon_dates.NEXT_WEEKDAY)
_PAST = re.compile(lexicon_speech.PAST_CUES, re.IGNORECASE)
_PERIOD = re.compile(lexicon_speech.WHEN_PERIOD, re.IGNORECASE)
_CLOCK = re.compile(lexicon_dates.CLOCK_TIME, re.IGNORECASE)
_PLACE = re.compile(r"\b(?:à|a|en|in|em|no|na|au|at)\s+([A-ZÀ-Ý][\w'’-]+(?:[ -](?:de |del |da )?[A-ZÀ-Ý][\w'’-]+)?)")


@dataclass(frozen=True)
class Mention:
    """A date said in the call, resolved against the meeting's date."""
    date: str                    # YYYY-MM-DD (the first of the month when only the month is said)
    precision: str               # day, week (its Monday: "next week") or month
    speaker: str
    text: str                    # the sentence
    turn: int
    end: str | None = None       # "les 30 et 31 août": the last day
    time_utc: str | None = None  # HH:MM when a UTC time is said
    place: str | None = None


def mentions(turns: list[Turn], meeting_date: str, language: str) -> list[Mention]:
    """Dates said in the call, after the meeting, resolved against its date. A UTC time said
    with several dates goes to the nearest ("the webinar is next Tuesday at 15:00 UTC, and we
    will send the invitation tomorrow": Tuesday at 15:00, tomorrow without a time)."""
    base = dt.date.fromisoformat(meeting_date)
    out: list[Mention] = []
    seen = set()
    for t in turns:
        sents = sentences(t.text)
        for n, s in enumerate(sents):
            dates = _dates_in(s, base, language)
            said = opening.utc_times_and_days(s)
            shifts = {time: days for _, time, days in said}        # ("5 December at 23:00 UTC-3": the 6th in UTC)
            times = _times_for(dates, [(at, time) for at, time, _ in said])
            if len(dates) == 1 and not times:
                # "Demain, il y aura une réunion… C'est une réunion qui aura lieu à 17:00 UTC."
                later = next((opening.find_utc_time(x) for x in sents[n + 1:] if opening.find_utc_time(x)), None)
                times = {0: later} if later else {}
            where = place(s)
            for i, (start, end, precision, _) in enumerate(dates):
                time = times.get(i)
                if time is not None and shifts.get(time) and precision == "day":
                    start, end = (_shifted(x, shifts[time]) for x in (start, end))
                key = (start, end, where, time)
                if key in seen or time is None and (start, end, where) in seen:
                    continue
                seen |= {key, (start, end, where)}
                out.append(Mention(date=start, precision=precision, speaker=t.speaker, text=s, turn=t.index,
                                   end=end, time_utc=time.strftime("%H:%M") if time else None, place=where))
    return out


def without_when(sentence: str) -> str:
    """The sentence without the dates and times it says (their numbers are no quantity)."""
    for rx in (_DAY_MONTH, _MONTH_DAY, _CLOCK):
        sentence = rx.sub(" ", sentence)
    return sentence


def says_time(sentence: str) -> bool:
    """Does the sentence say a time of day ("à 17:00 UTC", "at 3 pm")?"""
    return bool(_CLOCK.search(sentence))


def says_when(sentence: str) -> bool:
    """Does the sentence say when: a date, a month, a weekday, "tomorrow", "next week", "at the
    end of the month", a time of day?"""
    return bool(any(rx.search(sentence) for rx in (_DAY_MONTH, _MONTH_DAY, _MONTH_ONLY, _RELATIVE, _NEXT_WEEK, _PERIOD, _CLOCK))
                or named_weekday(sentence) is not None)


def _times_for(dates: list[tuple], times: list[tuple[int, dt.time]]) -> dict[int, dt.time]:
    """Each UTC time given to the date said nearest it, the one just before it first ("on 9
    October at 14:00 UTC, 16 October at 15:00 UTC"); a date keeps the nearest time it is given."""
    def distance(i: int, at: int) -> int:
        ends = dates[i][3]
        return at - ends if at >= ends else 2 * (ends - at)      # a date said after its time is rarer
    out: dict[int, tuple[int, dt.time]] = {}
    for at, time in times:
        if not dates:
            break
        i = min(range(len(dates)), key=lambda i: distance(i, at))
        if i not in out or distance(i, at) < out[i][0]:
            out[i] = (distance(i, at), time)
    return {i: time for i, (_, time) in out.items()}


def _shifted(day: str | None, days: int) -> str | None:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat() if day else None


def days_in(month: int, year: int | None = None) -> int:
    """How many days the month has (in any year when none is given: February has 29)."""
    return calendar.monthrange(year or 2024, month)[1]       # 2024: a leap year


def day_first(text: str, date_order: str = "DMY") -> str:
    """The text with its numeric dates written day first, as questions are read, when the group
    writes them month first (``[display] date_order`` MDY): "on 10/12" is "on 12/10". A first
    number past 12 is a day already ("25/10")."""
    if date_order != "MDY":
        return text

    def swapped(m: re.Match) -> str:
        month, sep, day, year = (m.group(1), *(m.group(2, 3, 4) if m.group(2) else m.group(5, 6, 7)))
        return m.group(0) if int(month) > 12 else f"{day}{sep}{month}{year or ''}"
    return _MONTH_FIRST.sub(swapped, text)


def impossible_day(text: str) -> tuple[int, int, int | None] | None:
    """A day its month never has, as written ("30 février", "April 31", "29 de febrero de 2027",
    "31/09/2026", "31-02-2020", "2020/02/31", "31/2/20"):
    (day, month number, year or None)."""
    written = ([(m.group(1), month_number(m.group(3)), m.group(4)) for m in _DAY_MONTH.finditer(text)]
               + [(m.group(2), month_number(m.group(1)), m.group(4)) for m in _MONTH_DAY.finditer(text)]
               + [(m.group(1), int(m.group(2)), m.group(3)) if m.group(1) else (m.group(6), int(m.group(5)), m.group(4))
                  if m.group(4) else (m.group(7), int(m.group(8)), None) for m in _NUMERIC_DAY.finditer(text)])
    written = [(day, number, f"20{year}" if year and len(year) == 2 else year) for day, number, year in written]  # "31/2/20"
    for day, number, year in written:
        if 1 <= number <= 12 and int(day) <= 31 and not 1 <= int(day) <= days_in(number, int(year) if year else None):
            return int(day), number, int(year) if year else None
    return None


def month_number(name: str) -> int:
    return next(n for n, names in enumerate(lexicon_dates.MONTHS, 1) if fold(name) in names)


def _dates_in(sentence: str, base: dt.date, language: str) -> list[tuple[str, str | None, str, int]]:
    """(first day, last day or None, precision, where it ends in the sentence) of each date said."""
    found = []
    month_first = [m.span(2) for m in _MONTH_DAY.finditer(sentence)]
    for m in _DAY_MONTH.finditer(sentence):
        if any(a <= m.start(1) < b for a, b in month_first):
            # "from March 5 to 12 April": March 5 is the other's; this one is 12 April
            if not m.group(2):
                continue
            start = _resolve(f"{m.group(2)} {m.group(3)} {m.group(4) or ''}", base, language, m.group(4) is None)
            if start:
                found.append((start.isoformat(), None, "day", m.end()))
            continue
        start = _resolve(f"{m.group(1)} {m.group(3)} {m.group(4) or ''}", base, language, m.group(4) is None)
        if start:
            end = _resolve(f"{m.group(2)} {m.group(3)} {start.year}", base, language, False) if m.group(2) else None
            if end and end <= start:        # "the vote was 3 to 2 March": no range, the 2nd
                start, end = _resolve(f"{m.group(2)} {m.group(3)} {m.group(4) or ''}", base, language,
                                      m.group(4) is None), None
            if start:
                found.append((start.isoformat(), end.isoformat() if end else None, "day", m.end()))
    for m in _MONTH_DAY.finditer(sentence):
        start = _resolve(f"{m.group(2)} {m.group(1)} {m.group(4) or ''}", base, "en", m.group(4) is None)
        end = _resolve(f"{m.group(3)} {m.group(1)} {start.year}", base, "en", False) if start and m.group(3) else None
        if start:       # ("March 22 to 24, 2027")
            found.append((start.isoformat(), end.isoformat() if end and end > start else None, "day", m.end()))
    if not found:
        for m in _MONTH_ONLY.finditer(sentence):
            if _PAST.search(sentence):
                continue
            start = _resolve(f"1 {m.group(1)} {m.group(2) or ''}", base, language, m.group(2) is None)
            if start:
                found.append((start.isoformat(), None, "month", m.end()))
        for m in _RELATIVE.finditer(sentence):
            found.append((_relative(m.group(0), base).isoformat(), None, "day", m.end()))
        for m in _NEXT_WEEK.finditer(sentence):
            monday = base + dt.timedelta(days=7 - base.weekday())
            found.append((monday.isoformat(), None, "week", m.end()))
    return [f for f in found if base < dt.date.fromisoformat(f[0]) <= base + dt.timedelta(days=730)]


def _resolve(phrase: str, base: dt.date, language: str, future: bool) -> dt.date | None:
    parser = opening._dateparser()
    languages = [language] + [lang for lang in lexicon.LANGUAGES if lang != language]
    settings = {"RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)), "PREFER_DAY_OF_MONTH": "first",
                "PREFER_DATES_FROM": "future" if future else "current_period", "REQUIRE_PARTS": ["day", "month"]}
    parsed = parser.parse(phrase.strip(), languages=languages, settings=settings)
    return parsed.date() if parsed else None


def _relative(phrase: str, base: dt.date) -> dt.date:
    """A day said relative to the call ("demain", "by Friday", "el próximo martes"). A weekday is
    the coming one, never the call's own day; "next Tuesday" said on a Monday is not tomorrow
    (one would say tomorrow) but a week later."""
    folded = fold(phrase)
    if folded in lexicon_dates.RELATIVE_OFFSETS:
        return base + dt.timedelta(days=lexicon_dates.RELATIVE_OFFSETS[folded])
    ahead = (named_weekday(folded) - base.weekday()) % 7 or 7      # RELATIVE_DAYS names one
    if ahead == 1 and _NEXT.search(folded):
        ahead = 8
    return base + dt.timedelta(days=ahead)


def place(sentence: str, not_places: Collection[str] = ()) -> str | None:
    """The first place the sentence says ("…qui sera fêté à Guadalajara"); ``not_places``: folded
    words that are no place where they stand after "à", "en"… (people's names: "Comme je disais
    à Humberto")."""
    for m in _PLACE.finditer(sentence):
        word = m.group(1)
        if word not in lexicon.NOT_PLACES and not re.fullmatch(lexicon_dates.MONTHS_PATTERN, word.lower()) \
                and not (not_places and set(re.findall(r"[^\W_]+", fold(word))) & set(not_places)):
            return word
    return None
