"""What a question asks for (a deadline, when, where, how long, how often, how many) and whether a sentence gives it:
"When does the IDN working group meet?" is answered by "we meet every other Thursday at 17:00
UTC", not by "The IDN working group met twice", though the latter holds more of its words."""
from __future__ import annotations

import re
from collections.abc import Collection

from knowledge import analysis, dates, lexicon, lexicon_questions
from knowledge.text import fold

_ASKS_FOR = [(kind, re.compile(pattern)) for kind, pattern in lexicon_questions.ASKS_FOR]
_NUMBER = re.compile(lexicon_questions.NUMBER)
_FREQUENCY = re.compile(lexicon_questions.FREQUENCY)
# Where something is kept online ("…publiés sur la page wiki", "en el sitio web", "no site"): a place too
# ("onde ficam as gravacoes dos webinars").
_ONLINE = re.compile(r"\b(?:sur|dans|en|no|na|on|in)\s+(?:(?:la|le|l|el|the|a|o|our|notre|nuestro|nuestra|nosso|nossa)\s+)?"
                     r"(?:page|pagina|site|sitio|website|wiki)\b")
_DURATION = re.compile(r"(?:%s)\s+(?:\w+\s+){0,2}?%s" % (lexicon_questions.NUMBER, lexicon_questions.DURATION_UNITS))
_DEADLINE_SAID = re.compile(lexicon_questions.DEADLINE_SAID)
_LANGUAGE_NAMES = lexicon.LANGUAGE_WORDS
_HOUR = re.compile(lexicon_questions.ASKS_HOUR)
# A number counts what the question asks about when the thing comes this many words after it at
# most ("5 milliards d'objets connectés", not "quatre piliers : premièrement, l'objet").
COUNTED_WITHIN = 3


def asked_for(question: str) -> str | None:
    """What the question asks for: "deadline", "when", "where", "how_long", "how_often", "how_many", or None."""
    folded = fold(question)
    return next((kind for kind, rx in _ASKS_FOR if rx.search(folded)), None)


def asks_hour(question: str) -> bool:
    """Does the question ask for the time of day ("a que hora…?", "what time…?")?"""
    return bool(_HOUR.search(fold(question)))


def gives(kind: str | None, sentence: str, not_places: Collection[str] = ()) -> bool:
    """Does the sentence say what a question of this kind asks for? ``not_places``: folded words
    that name no place (people's names: ``dates.place``)."""
    if kind == "when":
        return dates.says_when(sentence)
    if kind == "deadline":      # a date said to be one ("…envoyées avant le vendredi 16 octobre")
        return dates.says_when(sentence) and bool(_DEADLINE_SAID.search(fold(sentence)))
    if kind == "where":
        return dates.place(sentence, not_places) is not None or bool(_ONLINE.search(fold(sentence)))
    if kind == "how_long":
        return bool(_DURATION.search(fold(sentence)))
    if kind == "how_often":
        return dates.says_when(sentence) or bool(_FREQUENCY.search(fold(sentence)))
    if kind == "language":      # "…en español", "in English and Spanish"
        return bool(set(re.findall(r"[a-z]+", fold(sentence))) & _LANGUAGE_NAMES)
    if kind == "how_many":
        return bool(_NUMBER.search(fold(dates.without_when(sentence))))
    return False


def counts(sentence: str, terms: set[str], language: str) -> bool:
    """Does the sentence count something the question asks about: a number (not a date's or a
    time's), followed within ``COUNTED_WITHIN`` words by one of the question's ``terms`` (stems)?"""
    text = fold(dates.without_when(sentence))
    spans = [m.span() for m in re.finditer(r"[^\W_]+", text)]
    ends = {m.end() for m in _NUMBER.finditer(text)}     # (at a number's last word: "tercera parte")
    numbers = [i for i, (_, end) in enumerate(spans) if end in ends]
    counted = [j for j, (start, end) in enumerate(spans) if set(analysis.analyze(text[start:end], language)) & terms]
    return any(0 < j - i <= COUNTED_WITHIN for i in numbers for j in counted)
