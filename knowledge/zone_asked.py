"""The time zone a question asks a time in ("what time did the AFRALO call start in Nairobi time?",
"¿a qué hora se reúne el grupo en hora de Toronto?", "a que horas começou em horário de Brasília"):
the zone, and the question without those words, which are no topic to search for."""
from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.announced import NOT_PLACES, time_asked, zone_of
from knowledge.text import fold

MAX_PLACE_WORDS = 3      # "rio de janeiro", "ciudad de mexico"


@dataclass(frozen=True)
class ZoneAsked:
    zone: str           # the IANA zone ("America/Toronto")
    place: str          # the place as written ("Toronto")
    rest: str           # the question without the words that ask it ("a que hora se reune el grupo de idn")


def zone_asked(question: str) -> ZoneAsked | None:
    """The city's or country's time a question asks for, in words that say so: "in Nairobi time",
    "(Toronto time)", "en hora de Toronto", "em horário de Brasília", "à l'heure de Paris", "hora local
    de Bogotá", "local time in Lima" (a place alone, "in Toronto", may be where an event is: not
    taken). None when no such words name a place with a known zone ("hora de almorzar")."""
    words = list(_WORD.finditer(question))
    folded = [fold(w.group()) for w in words]
    for i, word in enumerate(folded):
        if word in _TIME_WORDS:             # "hora de X", "heure de X", "time in X", "hora local de X"
            j = i + 1 + (i + 1 < len(folded) and folded[i + 1] in _LOCAL)
            if j < len(folded) and folded[j] in _LINKS:
                j += 1 + (j + 1 < len(folded) and folded[j + 1] in _ARTICLES)
                found = _place(words, folded, j, forward=True)
                if found:
                    start = _lead(folded, i)
                    return _asked(question, words, (start, found[0]), (j, found[0]), found[1])
        if word in _TIME_AFTER and i:       # "Nairobi time", "in Toronto time"
            found = _place(words, folded, i - 1, forward=False)
            if found:
                first = _lead(folded, found[0])
                return _asked(question, words, (first, i), (found[0], i - 1), found[1])
    return None


def asks_time(question: str) -> bool:
    """Does the question ask a time or when ("a que hora se reúne…", "when do they meet")?"""
    return time_asked(question) or bool(_WHEN.search(fold(question)))


def _place(words: list[re.Match], folded: list[str], at: int, *, forward: bool) -> tuple[int, str] | None:
    """The longest run of words from ``at`` (onwards, or back from it) that names a place with a
    zone: its other end (word index) and the zone."""
    for n in range(MAX_PLACE_WORDS, 0, -1):
        first, last = (at, at + n - 1) if forward else (at - n + 1, at)
        if first < 0 or last >= len(folded):
            continue
        said = folded[first:last + 1]
        # (the words of meetings and questions are no place: "hora de la reunión" is no Réunion's)
        zone = None if (set(said) - _NAME_WORDS) & NOT_PLACES else zone_of(" ".join(said))
        if zone:
            return (last if forward else first), zone
    return None


def _lead(folded: list[str], i: int) -> int:
    """Where the words asking the zone start: with "in"/"en"/"em"/"à l'" before them."""
    if i >= 2 and folded[i - 2] == "a" and folded[i - 1] == "l":          # "à l'heure de Paris"
        return i - 2
    if i and folded[i - 1] in _LOCAL:                                     # "local time in Lima"
        i -= 1
    return i - 1 if i and folded[i - 1] in _IN else i


def _asked(question: str, words: list[re.Match], said: tuple[int, int], named: tuple[int, int], zone: str) -> ZoneAsked:
    """``said``: the first and last words asking the zone; ``named``: those of the place."""
    a, b = words[said[0]].start(), words[said[1]].end()
    place = question[words[named[0]].start():words[named[1]].end()]
    rest = re.sub(r"\s+", " ", f"{question[:a].rstrip(' (,')} {question[b:].lstrip(' )')}").strip()
    if place.islower():         # ("toronto": "Toronto"; "rio de janeiro": "Rio de Janeiro")
        place = " ".join(w if w in _NAME_WORDS else w.capitalize() for w in place.split())
    return ZoneAsked(zone, place, re.sub(r"\s+([?!.,;:])", r"\1", rest))


_WORD = re.compile(r"[^\W_]+")
_WHEN = re.compile(r"\b(?:when|cuando|quando|quand)\b")
_TIME_WORDS = frozenset("hora horas horario heure heures time fuso".split())
_TIME_AFTER = frozenset({"time"})
_LOCAL = frozenset({"local", "locale"})
_LINKS = frozenset("de del do da du d of in".split())
_ARTICLES = frozenset("la el o a l le the".split())
_IN = frozenset("in en em at no na".split())
# (words of a place's name that are also common words: "Rio de Janeiro", "São Paulo", "Ciudad de México")
_NAME_WORDS = _LINKS | _ARTICLES | frozenset("sao san santa saint st ciudad cidade city".split())
