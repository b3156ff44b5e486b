"""Time zones said in words when an admin schedules: a city's time ("hora de Buenos Aires",
"(horário de Brasília)", "heure de Paris", "Bogotá time") or a country's ("hora de México",
"heure du Sénégal", "hora argentina", "Brazil time"). A country is its capital's zone; one whose
people live in several zones is said to be so, for the admin to check (``ZoneSaid.several``)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from knowledge.lexicon_dates import COUNTRY_ZONES
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


def zone_said(text: str) -> ZoneSaid | None:
    """The first city's or country's time ``text`` names, if any: a city first ("hora de Panamá"
    is Panama City's), then a country. "hora de almorzar", "heure de pointe", "time in" a
    word no place has are none."""
    for m in _CITY_TIME.finditer(text):
        city = city_zones().get(fold(m.group(1) or m.group(2)))
        if city:
            return ZoneSaid(m.group(0).strip(), m.start(), m.end(), city)
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


# "hora de Brasília", "(horário de Brasília)", "heure de Paris", "Buenos Aires time"
_CITY_TIME = re.compile(r"\(?\b(?:hora|horario|horário|heure|heures|time)\s+(?:de|d'|d’|in)\s+"
                        r"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\)?|"
                        r"\(?\b([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s+time\)?")


@functools.lru_cache(maxsize=1)
def city_zones() -> dict[str, str]:
    """The zone of each city an IANA zone is named after (folded: "buenos aires", "sao paulo"),
    and Brasília's (Brazil's official time is São Paulo's)."""
    out = {fold(name.rsplit("/", 1)[1].replace("_", " ")): name for name in iana_zones().values()
           if "/" in name and name.split("/")[0] in _AREAS}
    return {**out, "brasilia": "America/Sao_Paulo"}


_AREAS = {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}


@functools.lru_cache(maxsize=1)
def iana_zones() -> dict[str, str]:
    """Every IANA zone name by its lower case ("america/bogota": "America/Bogota")."""
    from zoneinfo import available_timezones

    return {name.lower(): name for name in available_timezones()}
