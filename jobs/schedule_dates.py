"""The date and time an admin types after /schedule ("lundi 17 février 23:00 UTC", "el próximo
martes a las 15:00", "03/04 14:00", "demain 10h"), read in the words of the chat's languages and
the zone they name (``jobs.zone_words``), converted with the zone rules bot.toml, .ics and the
display use."""
from __future__ import annotations

import datetime as dt
import re

from jobs import zone_words
from jobs.calendar import UTC, CalendarError, _to_utc, zone
from knowledge import clock, dates, lexicon_speech
from knowledge.lexicon_dates import WEEKDAYS as _WEEKDAYS
from knowledge.text import fold, named_weekday

MAX_AHEAD = dt.timedelta(days=3 * 365)   # a date further than this is a misreading ("13/13" -> 2113)
_NEXT = re.compile(r"\b(?:next|prochain|prochaine|pr[oó]xim[oa]|que vem|que viene)\b", re.I)
_ANY_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])\s*(?::\s*[0-5]\d|h\s*(?:[0-5]\d)?\b)|\b(?:1[0-2]|0?[1-9])\s*[ap]\.?\s*m\b",
                       re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")


def parse_when(text: str, languages: list[str], now: dt.datetime, date_order: str = "DMY",
               default_zone: str = "UTC") -> dt.datetime:
    """A date and time in words ("lundi 17 février 23:00 UTC", "el próximo martes a las 15:00",
    "03/04 14:00", "demain 10h") as an aware datetime to come; CalendarError saying why not
    (with ``code``: bad_date, past, too_far)."""
    import dateparser

    typed = text.strip()            # (what the admin wrote, for what is said back)
    figures = _in_figures(typed)
    text, city = _as_said(typed, figures)
    default_zone = city or default_zone
    text = re.sub(r"\b(\d{4}-\d{1,2}-\d{1,2})T(?=\d)", r"\1 ", text)    # "2026-12-05T19:00"
    # "14.00", "10.30": a time (no month 00 or 30); "10.12" stays a date.
    text = re.sub(r"(?<![\d.])\b([01]?\d|2[0-3])\.(00|1[3-9]|[2-5]\d)\b(?!\.\d)", r"\1:\2", text)
    text = re.sub(r"(?<![\d.])\b(\d{1,2})\.(\d{1,2})\b(?!\.\d)", r"\1/\2", text)    # "10.12": 10/12
    named = _IANA.search(text)                        # "19:00 America/Bogota", "america/port-au-prince"
    if named:
        default_zone = zone(zone_words.iana_zones().get(named.group(0).lower(), named.group(0))).key
        text = (text[:named.start()] + text[named.end():]).strip()
    iso = _ISO.search(text)
    if iso:                                           # "2027-13-01" is no date, whatever dateparser guesses
        year, month, day = map(int, iso.groups())
        if not 1 <= month <= 12:
            raise CalendarError(f"not a date: {iso.group(0)!r}", code="bad_date")
        if not 1 <= day <= dates.days_in(month, year):
            raise CalendarError(f"no day {day} in month {month}", code="no_such_day", day=day, month=month, year=year)
    numeric = _NUMERIC.search(text)
    if numeric:
        a, b = int(numeric.group(1)), int(numeric.group(2))
        day, month = (a, b) if date_order == "DMY" else (b, a)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise CalendarError(f"not a date: {numeric.group(0)!r}", code="bad_date")
        if day > dates.days_in(month):                # "31/04", in any year
            raise CalendarError(f"no day {day} in month {month}", code="no_such_day", day=day, month=month, year=None)
    cleaned = re.sub(r"\b(?:el|la|le|o|a|the)\s+(?=pr[oó]xim|next|prochain)", "", text, flags=re.I)
    cleaned = re.sub(r"^\s*(?:el|le|la|o|the|on)\s+(?=\d)", "", cleaned, flags=re.I)   # "el 5 de diciembre"
    cleaned = re.sub(r"\b(?:a las|a la|às|as|à|at)\s+(?=\d)", "", cleaned, flags=re.I)   # ("a la 1 de la mañana")
    # "10h" and "18h30" are times of day, not durations.
    cleaned = re.sub(r"\b([01]?\d|2[0-3])\s*h\s*([0-5]\d)?\b", lambda m: f"{m.group(1)}:{m.group(2) or '00'}", cleaned)
    # dateparser reads the wall time only; zoneinfo puts it in the zone (pytz's rules, which
    # dateparser would use, are not the ones bot.toml, .ics and the display use). An offset or
    # abbreviation written in the text ("UTC-3", "EST") is fixed: dateparser applies it.
    written, local_zone = _written_zone(cleaned), zone(default_zone)
    base = now.astimezone(UTC if written is not None else local_zone).replace(tzinfo=None)
    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": base, "DATE_ORDER": date_order,
                "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True, "REQUIRE_PARTS": ["day"]}
    parsed = dateparser.parse(cleaned, languages=languages, settings=settings)
    if parsed is not None and written is None:
        parsed = _to_utc(parsed.replace(tzinfo=None), local_zone)
    named = named_weekday(text)
    written_zone = written or local_zone
    end_of_day = _end_of_day(figures)
    if named is not None and (parsed is None or end_of_day and not _has_day_number(text)):
        parsed = _weekday(named, text, now, written_zone, end_of_day)     # "el próximo martes", "terça-feira"
    impossible = dates.impossible_day(text) if parsed is None else None
    if impossible:                                 # "30 février": say so, not "I don't understand"
        day, month, year = impossible
        raise CalendarError(f"no day {day} in month {month}", code="no_such_day", day=day, month=month, year=year)
    if parsed is None:
        words = zone_words.unknown_zone_words(typed)      # "hora local", "heure d'été": the zone, not the date
        if words:
            raise CalendarError(f"unknown time zone {words!r}", code="bad_zone", zone=words)
        raise CalendarError(f"not a date I understand: {typed!r}", code="bad_date")
    if not _ANY_TIME.search(text):
        raise CalendarError(f"no time of day in {typed!r}", code="no_time")
    vague = None if city or written else zone_words.vague_zone(typed)
    if vague:                                      # "a las 18 hora central": not the group's zone unasked
        raise CalendarError(f"unknown time zone {vague!r}", code="bad_zone", zone=vague)
    if named is not None and _has_day_number(text):     # "Monday 2 December 2027": is it a Monday?
        local = parsed.astimezone(written_zone)          # the day as written
        if local.weekday() != named:
            raise CalendarError(f"{local:%Y-%m-%d} is a {_WEEKDAYS[local.weekday()][3]}, not a "
                                f"{_WEEKDAYS[named][3]}", code="weekday", date=local.date(),
                                actual=local.weekday(), named=named)
    if end_of_day:          # "el 15 a medianoche": as the 15th ends, as transcripts read it
        parsed = (parsed.astimezone(written_zone) + dt.timedelta(days=1)).astimezone(UTC)
    if parsed <= now:
        raise CalendarError(f"{parsed:%Y-%m-%d %H:%M} UTC is in the past", code="past")
    if parsed - now > MAX_AHEAD:
        raise CalendarError(f"{parsed:%Y-%m-%d} is more than three years ahead", code="too_far")
    return parsed.astimezone(UTC)


def _as_said(typed: str, text: str) -> tuple[str, str | None]:
    """An admin's date and time as dateparser reads them, and the zone of a city or country it
    names (``jobs.zone_words``): "à 18 heures", "às 18 horas", "18hs", "a las 6 de la tarde", "à
    midi", "ao meio-dia", "noon", "15 set 2027" (Portuguese September), "1º de fevereiro", "18:00
    UTC -3", "18:00 (hora de Brasília)", "18h heure de Paris", "Buenos Aires time", "hora de
    México" (``text``: its hours said in figures, ``_in_figures``; ``typed``: as the admin wrote it).
    CalendarError (bad_zone) for a place's time that names no zone ("hora de Narnia")."""
    twelve = _TWELVE_SAID.search(text)
    if twelve and twelve.group(twelve.re.groups).lower() in lexicon_speech.DAYPART_TWELVE_UNCLEAR:
        said = _TWELVE_TYPED.search(typed)      # (as typed: "twelve in the morning", not "12 in the morning")
        said = said.group(0) if said else twelve.group(0)
        raise CalendarError(f"{said!r}: noon or midnight?", code="twelve", said=said)
    said = zone_words.zone_said(text)
    unknown = None if said else zone_words.unknown_city(text)
    if unknown:
        raise CalendarError(f"unknown time zone {unknown!r}", code="bad_zone", zone=unknown)
    if said:
        text = text[:said.start] + " " + text[said.end:]
    for pattern, written in _AS_SAID:
        text = pattern.sub(written, text)
    return re.sub(r"\s+", " ", text).strip(), said.zone if said else None


def _daypart(m: re.Match) -> str:
    """ "6 de la tarde" -> "18:00", "9 de la mañana" -> "9:00", "12 de la noche" -> "0:00" (of the
    next day: ``_end_of_day``)."""
    return f"{clock.daypart_hour(int(m.group(1)), m.group(3).lower())[0]}:{m.group(2) or '00'}"


_OFFSET_HOURS = r"(?:1[0-4]|0?\d)(?::[0-5]\d)?(?!\d)(?!\s*(?:min|minutos?|minutes?)\b)"


def _a_year(m: re.Match) -> bool:
    """Is "2030" before a zone the year (no other four figures in the text), not 20:30?"""
    rest = m.string[:m.start()] + m.string[m.end():]
    return 1900 <= int(m.group(1) + m.group(2)) <= 2100 and not re.search(r"(?<!\d)\d{4}(?!\d)", rest)


_HALF = r"(?:y|e|et)\s+(?:media|meia|demie?)\b"            # "y media", "e meia", "et demie"
_MIDNIGHT_WORDS = r"(?:minuit|medianoche|meia[- ]noite|midnight)"
_NOON_WORDS = r"(?:midi|mediod[ií]a|meio[- ]dia|noon)"
# An hour after these is a duration, not a time of day: "dans 2 heures", "en 2 y media horas", "in 2 hours"…
_AFTER_DURATION = r"(?<!dans )(?<!en )(?<!em )(?<!in )"
# …and "18 heures" after these too ("de 2 horas", "a 2 heures", "d'ici 2 heures")
_AFTER_DURATION_OR_LENGTH = _AFTER_DURATION + r"(?<!de )(?<!a )(?<!ici )"
# Minutes after an hour said with a part of the day: "12:30 de la noche", "1 h du matin", "1 h 30 du matin"
_DAYPART_MINUTES = r"(?:\s*(?::(?=\s*[0-5]\d)|h(?![^\W\d_]))\s*([0-5]\d)?)?"
# (group 1: its minutes, if any; the last group: the part of the day)
_TWELVE_SAID = re.compile(r"\b12(?:\s+" + _HALF + "|" + _DAYPART_MINUTES + r")\s+" + lexicon_speech.DAYPART + r"\b",
                          re.IGNORECASE)
# …as typed, its hour in words or figures: "twelve in the morning", "douze heures du matin", "12 h du matin"
_TWELVE_TYPED = re.compile(r"\b(?:12|twelve|doce|douze|doze)(?:\s+(?:heures?|horas?|o['’]clock))?(?:\s+" + _HALF + "|"
                           + _DAYPART_MINUTES + r")\s+" + lexicon_speech.DAYPART + r"\b", re.IGNORECASE)
_MIDNIGHT = re.compile(r"\b" + _MIDNIGHT_WORDS + r"\b", re.IGNORECASE)


def _in_figures(text: str) -> str:
    """An hour said before a part of the day in figures, "heures", "horas" or "o'clock" left out: "la
    una de la mañana" -> "la 1 de la mañana", "une heure du matin" -> "1 du matin", "8 heures du soir" ->
    "8 du soir", "at one o'clock in the afternoon" -> "at 1 in the afternoon" (not "una hora": no part
    of the day, a duration); an hour in words after "a la", "à", "às", "at" with no part of the day as
    in figures too: "a la una" as "a la 1", "às duas" as "às 2" (not "en una hora", "at once")."""
    return _HOUR_AFTER_AT.sub(_at_figures, _HOUR_BEFORE_DAYPART.sub(_figures, text))


def _at_figures(m: re.Match) -> str:
    for joined in _AT_WORDS[fold(m.group("at")).lower()]:
        words = lexicon_speech.HOURS_IN_WORDS[joined].split()
        if fold(m.group("word")).lower() in words:
            return f"{m.group('at')} {words.index(fold(m.group('word')).lower()) + 1}"
    return m.group(0)


def _figures(m: re.Match) -> str:
    hour = m.group("figures")
    if hour is None:
        words = lexicon_speech.HOURS_IN_WORDS[fold(m.group("joined"))].split()
        if fold(m.group("words")) not in words:        # ("once in the morning": a Spanish eleven in English)
            return m.group(0)
        hour = str(words.index(fold(m.group("words"))) + 1)
    return f"{hour}{m.group('half') or ''} "


_HOUR_WORD = r"(?:heures?|horas?|o['’]clock)"
_HOUR_BEFORE_DAYPART = re.compile(
    r"\b(?:(?P<figures>1[0-2]|0?[1-9])\s+" + _HOUR_WORD + r"|(?P<words>"
    + "|".join(sorted({w for ws in lexicon_speech.HOURS_IN_WORDS.values() for w in ws.split()}, key=len, reverse=True))
    + r"|tr[eê]s)(?:\s+" + _HOUR_WORD + r")?)(?P<half>\s+" + _HALF + r")?\s+"
    r"(?=(?P<joined>de la|da|du|de l|in the)(?:\s+|['’]\s*)" + lexicon_speech.DAYPART_WORDS + r"\b)", re.IGNORECASE)


# The hours in words each word for "at" goes with (folded; by the words that join them to a part of the day)
_AT_WORDS = {"a la": ("de la",), "a las": ("de la",), "a": ("du", "da"), "as": ("da",), "at": ("in the",)}
_HOUR_AFTER_AT = re.compile(
    r"\b(?P<at>a\s+las|a\s+la|às|as|à|at)\s+(?P<word>"
    + "|".join(sorted({w for ws in lexicon_speech.HOURS_IN_WORDS.values() for w in ws.split()}, key=len, reverse=True))
    + r"|tr[eê]s)\b", re.IGNORECASE)


# Today's evening or afternoon, the day's word dateparser reads and the part of the day (folded)
_TONIGHT = {"ce soir": ("aujourd'hui", "soir"), "cet apres midi": ("aujourd'hui", "apres-midi"),
            "esta noche": ("hoy", "noche"), "esta tarde": ("hoy", "tarde"), "hoje a noite": ("hoje", "noite"),
            "hoje a tarde": ("hoje", "tarde"), "esta noite": ("hoje", "noite"), "tonight": ("today", "night")}
# An hour after them: "ce soir 8h", "esta noche a las 8", "tonight at 12" (not "tonight 8 pm": as written)
_TONIGHT_AT = re.compile(
    r"\b(ce soir|cet apr[eè]s-midi|esta noche|esta tarde|hoje (?:à|a) (?:noite|tarde)|esta noite|tonight)"
    r"(?:\s+(?:à|a las|às|at|a la))?\s+(1[0-2]|0?[1-9])(?:\s*(?:h|:)\s*([0-5]\d)?)?(?!\s*(?:pm|am|p\.m|a\.m)\b)(?=\W|$)",
    re.IGNORECASE)


def _tonight(m: re.Match) -> tuple[int, bool]:
    """The hour of the day of "ce soir 8h" (20), "esta tarde a las 12" (12), "tonight at 12" (0), and
    whether it is as the day ends ("tonight at 12")."""
    return clock.daypart_hour(int(m.group(2)), _TONIGHT[fold(m.group(1))][1])


def _end_of_day(text: str) -> bool:
    """Is the time midnight said as a word or "las 12 de la noche" ("medianoche", "minuit",
    "midnight", "12 da noite", "12 du soir"): midnight as the day said ends (00:00 the next day), as
    transcripts' openings read it; not "0 h", "00:00", "12 am", "12 de la madrugada" (as it begins),
    nor "12 de la tarde" (noon). (``text``: its hours said in figures, ``_in_figures``.)"""
    m = _TWELVE_SAID.search(text)
    tonight = _TONIGHT_AT.search(text)
    return (m is not None and m.group(m.re.groups).lower() in lexicon_speech.DAYPART_NIGHT
            or tonight is not None and _tonight(tonight)[1]
            or bool(_MIDNIGHT.search(text)))


# How admins say a day and time, as dateparser reads them (in this order).
_AS_SAID = [(re.compile(p, re.IGNORECASE), written) for p, written in (
    # Half past: "12 y media de la noche", "7 e meia", "1 h et demie", "half past 7"; "minuit et demie",
    # "medianoche y media", "meia-noite e meia", "half past midnight" (as the day said ends: ``_end_of_day``),
    # "mediodía y media", "midi et demi", "half past noon" (not "en 2 y media horas": no time of day)
    (r"\b" + _MIDNIGHT_WORDS + r"\s+" + _HALF + r"|\bhalf\s+past\s+midnight\b", " 00:30"),
    (r"\b" + _NOON_WORDS + r"\s+" + _HALF + r"|\bhalf\s+past\s+noon\b", " 12:30"),
    (_AFTER_DURATION + r"\b(1[0-2]|0?\d)(?:\s*h(?:eures?)?)?\s+" + _HALF + r"(?!\s*(?:horas?|heures?))",
     r"\1:30"),
    (r"\bhalf\s+past\s+(1[0-2]|0?[1-9])\b(?!\s*hours?)", r"\1:30"),
    (r"\b(\d{1,2})(?:\.?º|\.?°|\.?ª|ro|er)?\s+(?=de\s+[a-zç]{3,})", r"\1 "),                  # "1º de febrero"
    (r"\b(?:primero|primeiro)\s+(?=de\s)", "1 "),
    (r"(?<=\d)\s+set\.?(?=\s|$)", " sep"),                                                   # "15 set 2027": setembro
    # "a las 12 del mediodía", "12 noon", "12 midnight", "las 12 del día": the 12 is no year (2112)
    (r"\b(?:(?:a\s+)?las\s+|(?:à|a)s\s+)?(?:12|doce)\s+(?:(?:del|de\s+la|de|do|da)\s+)?"
     r"(?=(?:" + _NOON_WORDS + "|" + _MIDNIGHT_WORDS + r")\b)", ""),
    (r"\b(?:(?:a\s+)?las\s+)?(?:12|doce)\s+del\s+d[ií]a\b", " 12:00"),
    (r"(?:\b(?:à|a|ao|al|at)\s*)?(?<![-\w])" + _NOON_WORDS + r"\b", " 12:00"),   # (not "après-midi")
    (r"\b(?:à|a)?\s*" + _MIDNIGHT_WORDS + r"\b", " 00:00"),
    (r"\b(1[0-2]|0?[1-9])" + _DAYPART_MINUTES + r"\s+" + lexicon_speech.DAYPART + r"\b", _daypart),   # "6 de la tarde"
    # "ce soir 20h", "ce soir à 8h" (8 in the evening: "8 du soir"), "tonight at 12" (midnight: ``_end_of_day``)
    (_TONIGHT_AT.pattern, lambda m: f"{_TONIGHT[fold(m.group(1))][0]} {_tonight(m)[0]}:{m.group(3) or '00'}"),
    (r"\b(?:ce soir|cet apr[eè]s-midi|ce matin)\b", "aujourd'hui"),
    (r"(?:\bl')?\bapr[eè]s-midi\b", ""),                                                        # "demain après-midi à 15h"
    (r"\besta (?:noche|tarde)\b", "hoy"),
    (r"\b(?:hoje (?:à|a) (?:noite|tarde)|esta noite)\b", "hoje"),
    (r"\btonight\b", "today"),
    # "18 heures", "18 horas", "18hs", "18:00hs" (not "dans 2 heures": no time of day)
    (_AFTER_DURATION_OR_LENGTH + r"\b(\d{1,2}:[0-5]\d)\s*(?:heures?|horas?|hs\.?|hrs\.?)(?=\W|$)",
     r"\1"),
    (_AFTER_DURATION_OR_LENGTH + r"\b(\d{1,2})\s*(?:heures?|horas?|hs\.?|hrs\.?)(?=\W|$)",
     r"\1:00"),
    # "UTC menos 3", "GMT moins 3", "UTC mais 2" (not "UTC menos 30 minutos": no offset)
    (r"\b(UTC|GMT)\s*(?:menos|moins|minus)\s*(?=" + _OFFSET_HOURS + ")", r"\1-"),
    (r"\b(UTC|GMT)\s*(?:m[aá]s|mais|plus)\s*(?=" + _OFFSET_HOURS + ")", r"\1+"),
    (r"\b(UTC|GMT)\s+([+\-−])\s?(?=\d)", r"\1\2"),                                             # "UTC -3"
    # "1500 EDT", "0930 UTC", "1500 hrs": a time written without its colon, before a zone or "hrs" (not a
    # year: "15 January 2030 EDT" has no time of day)
    (r"(?<![\d:./-])\b([01]\d|2[0-3])([0-5]\d)(\s*(?:UTC|GMT|(?-i:Z|[A-Z]{1,4}T)|hrs?\.?|hs\.?|horas?|heures?))(?=\W|$)",
     lambda m: m.group(0) if _a_year(m) else f"{m.group(1)}:{m.group(2)}{m.group(3)}"),
    # "a las 18", "à 18", "às 18", "at 18": an hour of the day (not a year: "el 15 a las 18 UTC-03:00" is no 2118)
    (r"\b(a\s+las|a\s+la|às|à|at)\s+([01]?\d|2[0-3])(?![\d:.h])(?!\s*(?:[ap]\.?\s*m\b|heures?|horas?|hs?\b|de\s|du\s|da\s|"
     r"menos|moins|y\s|e\s|et\s))", r"\1 \2:00"),
)]
_TIME = re.compile(r"\b([01]?\d|2[0-3])\s*(?:h|:)\s*([0-5]\d)?\b")
_IANA = re.compile(r"\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|US|Canada|Brazil|Mexico)"
                   r"/[A-Za-z_+\-0-9]+(?:/[A-Za-z_+\-0-9]+)?\b", re.IGNORECASE)


def _weekday(day: int, text: str, now: dt.datetime, tz: dt.tzinfo, end_of_day: bool = False) -> dt.datetime | None:
    """ "el próximo martes a las 15:00" -> the coming Tuesday (``day``) at 15:00 in ``tz`` ("Tuesday
    15:00" on a Tuesday morning is today; "next Tuesday" is always a week or less ahead, never today).
    ``end_of_day``: midnight as that day ends ("martes a medianoche" on a Tuesday is tonight's), its
    start returned."""
    time = _TIME.search(text)
    if time is None or _has_day_number(text, time):
        return None          # "lundi 30 février": a day of the month that did not parse is no weekday
    local_now = now.astimezone(tz)
    at = dt.time(int(time.group(1)), int(time.group(2) or 0))
    ahead = (day - local_now.weekday()) % 7
    if ahead == 0 and (_NEXT.search(text) or at <= local_now.time() and not end_of_day):
        ahead = 7
    return dt.datetime.combine(local_now.date() + dt.timedelta(days=ahead), at, tzinfo=tz).astimezone(UTC)


def _written_zone(text: str) -> dt.tzinfo | None:
    """The time zone a text names ("15:00 EST", "23h30 UTC-3", "10:00 GMT"), if any."""
    from dateparser.timezone_parser import pop_tz_offset_from_string

    return pop_tz_offset_from_string(text)[1]


def _has_day_number(text: str, time: re.Match | None = None) -> bool:
    """Does the text hold a number besides its time of day and zone (a day of the month)?"""
    time = time or _TIME.search(text)
    rest = text[:time.start()] + text[time.end():] if time else text
    return bool(re.search(r"\d", re.sub(r"\b(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d\d)?", "", rest)))
