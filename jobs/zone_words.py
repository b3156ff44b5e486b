"""Time zones said in words when an admin schedules: a city's time ("hora de Buenos Aires",
"(horário de Brasília)", "heure de Paris", "Bogotá time") or a country's ("hora de México",
"heure du Sénégal", "hora argentina", "Brazil time"). A country is its capital's zone; one whose
people live in several zones is said to be so, for the admin to check (``ZoneSaid.several``)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from knowledge.lexicon_dates import CITY_ZONES, COUNTRY_ZONES, REGION_WORDS, REGION_ZONES
from knowledge.text import fold


@dataclass(frozen=True)
class ZoneSaid:
    """A zone named in words: the words as written, where, the IANA zone, and for a country of
    several zones that its capital's was taken."""
    words: str
    start: int
    end: int
    zone: str
    country: bool = False
    several: bool = False
    bare: bool = False      # a region's word alone ("6pm Eastern"): a title may as well begin with it
    other: str = ""         # how to write another zone the words may mean ("hora del Pacífico": Mexico's,
                            # or "hora de Los Ángeles"), for the reply to say which was taken


def zone_said(text: str) -> ZoneSaid | None:
    """The first city's or country's time ``text`` names, if any: a city first ("hora de Panamá"
    is Panama City's), then a country. "hora de almorzar", "heure de pointe", "time in" a
    word no place has are none."""
    for m in _CITY_TIME.finditer(text):
        found = _city(m)
        if found:
            return found
    for pattern, zone, *other in _REGIONS:   # "hora peninsular", "hora del centro", "heure de l'Est"
        m = pattern.search(text)
        if m:
            return ZoneSaid(m.group(0).strip(), m.start(), m.end(), zone, other="".join(other))
    for m in _REGION_WORD.finditer(text):    # "6pm Eastern", "US Eastern time" (not "Eastern European Time")
        if m.group(2) or _TIME_BEFORE.search(text[:m.start()]) and _ENDS.match(text, m.end()):
            return ZoneSaid(m.group(0).strip(), m.start(), m.end(), REGION_WORDS[m.group(1).lower()],
                            bare=not m.group(2))
    for m in _ZONE_WORD.finditer(text):       # "hora de México", "hora argentina", "heure du Sénégal"
        found = _country(text, m.end(), forward=True)
        if found:
            end = found[0] + (text[found[0]:found[0] + 1] == ")")
            return ZoneSaid(text[m.start():end].strip(" ()"), m.start(), end, *found[1:])
    for m in _TIME_AFTER.finditer(text):      # "Mexico time", "(Brazil time)"
        found = _country(text, m.start(), forward=False)
        if found:
            start = found[0] - (found[0] > 0 and text[found[0] - 1] == "(")
            return ZoneSaid(text[found[0]:m.end()].strip(" ()"), start, m.end(), *found[1:])
    return None


def _city(m: re.Match) -> ZoneSaid | None:
    """The city a city's time names ("hora de la Ciudad de México", "heure de Genève"): the
    longest run of its words that is a city (a title may follow: "heure de Paris Atelier")."""
    after = m.group(1) is not None                    # "hora de X", else "X time"
    group = 1 if after else 2
    name, base = m.group(group), m.start(group)
    words = list(_WORDS.finditer(name))
    for n in range(len(words), 0, -1):
        part = words[:n] if after else words[-n:]
        zone = city_zones().get(fold(name[part[0].start():part[-1].end()]))
        if zone is None:
            continue
        whole = n == len(words)                       # (then with the brackets around it)
        start = m.start() if after or whole else base + part[0].start()
        end = m.end() if not after or whole else base + part[-1].end()
        return ZoneSaid(m.string[start:end].strip(" ()"), start, end, zone)
    return None


def unknown_zone_words(text: str) -> str | None:
    """Words that say a time is in some zone without naming one Acta knows ("hora local", "heure
    d'été", "hora de la reunión", "local time"): for the admin to be told which words were not
    understood, rather than that the date was not."""
    m = _ZONE_PHRASE.search(text)
    return m.group(0).strip(" ()") if m else vague_zone(text)


def vague_zone(text: str) -> str | None:
    """Words that say a zone without a place ("hora central", "heure normale", "hora oficial"): many
    places say them of their own, so the admin is asked to name one rather than have them dropped."""
    m = _VAGUE_ZONE.search(text)
    return m.group(0).strip(" ()") if m else None


_VAGUE_ZONE = re.compile(r"\(?\b(?:hora|horario|horário|heure|tiempo)\s+(?:central|centrale|oficial|officielle|est[aá]ndar|"
                         r"standard|normal|normale|legal|légale)\b\)?", re.IGNORECASE)


def unknown_city(text: str) -> str | None:
    """A city's time said of a capitalised place that is neither a city with a zone nor a
    country ("hora de Narnia"): the words, for the admin to be told, not a date misread."""
    m = _CITY_TIME.search(text)
    return m.group(0).strip(" ()") if m and not zone_said(text) else None


_ZONE_WORD = re.compile(r"\(?\b(?:hora|horario|horário|heure|heures|fuso horário|fuso|time)\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"(?<=\w)\s+time\b\)?", re.IGNORECASE)
_LINKS = {"de", "del", "do", "da", "du", "d", "in", "of"}            # "hora del Perú", "heure d'Haïti"
_ARTICLES = {"la", "el", "the", "o", "l", "le"}                      # "hora de la Argentina", "heure de l'Inde"
_WORDS = re.compile(r"[\w-]+")


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, bool]]:
    return {name: (zone, several) for names, zone, several in COUNTRY_ZONES for name in names}


def _country(text: str, at: int, forward: bool) -> tuple[int, str, bool, bool] | None:
    """The country named right after ``at`` (past a preposition and an article: "hora de la
    Argentina", "heure d'Haïti"), or right before it ("Brazil time"): where its name ends (or
    starts), its zone, True, and whether it has several zones."""
    base = at if forward else max(0, at - 60)
    span = text[base:at + 60] if forward else text[base:at]
    words = list(_WORDS.finditer(span))
    run, edge = [], 0 if forward else len(span)
    for w in words if forward else reversed(words):     # words that follow one another
        if (span[edge:w.start()] if forward else span[w.end():edge]).strip(" '’"):
            break
        run.append(w)
        edge = w.end() if forward else w.start()
    skip = 0
    while forward and skip < min(2, len(run)) and fold(run[skip].group(0)) in _LINKS | _ARTICLES:
        skip += 1
    for n in (3, 2, 1):
        chosen = run[skip:skip + n]
        if len(chosen) < n:
            continue
        first, last = (chosen[0], chosen[-1]) if forward else (chosen[-1], chosen[0])
        found = _countries().get(fold(span[first.start():last.end()]))
        if found:
            return base + (last.end() if forward else first.start()), found[0], True, found[1]
    return None


# "hora de Brasília", "(horário de Brasília)", "heure de Paris", "Buenos Aires time", "hora de la
# Ciudad de México", "heure du Québec"
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|do|del|da)\s+)?[A-ZÀ-Ý][\w'’-]+){0,2}"
_CITY_TIME = re.compile(r"\(?\b(?:hora|horario|horário|heure|heures|time)\s+(?:de|del|do|da|du|d'|d’|in)\s*"
                        r"(?<=\s|'|’)(?:(?:la|el|o|a|l['’])\s*)?(" + _NAME + r")\)?|"
                        r"\(?\b(" + _NAME + r")\s+time\)?")
_REGIONS = [(re.compile(p, re.IGNORECASE), zone, *other) for p, zone, *other in REGION_ZONES]
_REGION_WORD = re.compile(r"\b(?:U\.?S\.?\s+)?(" + "|".join(REGION_WORDS) + r")\b(\s+(?:standard\s+|daylight\s+)?time\b)?"
                          r"(?!\s+(?:europe|european|africa|african|asia|asian|australia|ocean|islands?|standard(?!\s+time)"
                          r"|daylight(?!\s+time))\b)", re.IGNORECASE)
_ENDS = re.compile(r"\s*(?:$|[),;/|])")                # "6pm Eastern", "(6pm Eastern)", not "6pm eastern region"
_TIME_BEFORE = re.compile(r"(?:\d\s*(?:[ap]\.?\s*m\.?)?|\b[ap]\.?m\.?)\s*$", re.IGNORECASE)
_ZONE_PHRASE = re.compile(r"\(?\b(?:hora|horario|horário|heure|heures|fuso horário)\s+"
                          r"(?:locale?|(?:de|del|do|da|du|d['’])\s*(?:(?:la|el|o|a|l['’])\s*)?[\w'’-]+)\)?|"
                          r"\blocal\s+time\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def city_zones() -> dict[str, str]:
    """The zone of each city an IANA zone is named after (folded: "buenos aires", "sao paulo"),
    and of cities by the names people write (``CITY_ZONES``: "lisboa", "geneve", "brasilia",
    Brazil's official time being São Paulo's)."""
    out = {fold(name.rsplit("/", 1)[1].replace("_", " ")): name for name in iana_zones().values()
           if "/" in name and name.split("/")[0] in _AREAS}
    return {**out, **CITY_ZONES}


_AREAS = {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}


@functools.lru_cache(maxsize=1)
def iana_zones() -> dict[str, str]:
    """Every IANA zone name by its lower case ("america/bogota": "America/Bogota")."""
    from zoneinfo import available_timezones

    return {name.lower(): name for name in available_timezones()}
