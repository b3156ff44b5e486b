"""Which agenda item a question names by its place: "the first item", "le deuxième point",
"el último tema", "item 3", "¿Quién presentó el 2do?"."""
from __future__ import annotations

import re

from knowledge import lexicon
from knowledge.text import fold

_NUMBERED_ITEM = re.compile(r"\b%s\s+%s\b" % (lexicon.NUMBERED, lexicon.ITEM_NOUNS))
_ITEM_NUMBER = re.compile(r"\b%s\s+(?:n[o°º]\.?\s*)?([1-9]\d?)\b(?!\s*%%)" % lexicon.ITEM_NOUNS)   # "item 2", "point n° 3"
# After an article: "na quinta" is on Thursday, "o quinto ponto" an item.
_ORDINAL_ITEM = re.compile(r"\b(?:the|le|la|l|el|o|a|du|del|do|da|au|al|ao|os|um|un|une)\s+(%s)\s+%s\b"
                           % ("|".join(lexicon.ORDINALS), lexicon.ITEM_NOUNS))
# …or alone, ending the question: "¿Quién presentó el 2do?", "Who presented the second (one)?" (not a day:
# "Who presented on the 5th?", "¿Quién presentó en el 5?")
_PLACE_ALONE = re.compile(r"\b(?:the|le|la|l|el|o|a)\s+(%s)(?:\s+one)?\W*$" % ("|".join(lexicon.ORDINALS) + "|" + lexicon.NUMBERED))
_PLACE = re.compile(r"(%s)|%s|([1-9]\d?)" % ("|".join(lexicon.ORDINALS), lexicon.NUMBERED))
# A day is said as a place is after these: "on 21st", "on the 21st", "en el 5", "no 2º" ("no, the
# second" is no day: Portuguese "no" holds its article).
_DAY_PREPOSITIONS = frozenset({"on", "en", "em", "au", "no"})
_DAY_BEFORE_ARTICLE = _DAY_PREPOSITIONS - {"no"}


def place(folded: str) -> int | None:
    """The place the last word of folded text names by itself, from 1 (-1: the last): "el 2do" 2,
    "the second" 2, "le dernier" -1, "and the 21st" 21, "item 3" 3; None for another word, or a day
    said as a place is ("on the 21st", "en el 5")."""
    words = folded.split()
    m = _PLACE.fullmatch(words[-1]) if words else None
    before = words[-3:-1]
    if not m or before[-1:] and before[-1] in _DAY_PREPOSITIONS or len(before) == 2 and before[0] in _DAY_BEFORE_ARTICLE:
        return None
    return lexicon.ORDINALS[m.group(1)] if m.group(1) else int(m.group(2) or m.group(3))


def ordinal_item(question: str) -> int | None:
    """The agenda item a question names by its place: "Who presented the first item?" 1, "Qui a
    présenté le dernier point ?" -1, "le 2e point" or "item 2" 2; None when it names none."""
    folded = fold(question)
    m = _ORDINAL_ITEM.search(folded)
    if m:
        return lexicon.ORDINALS[m.group(1)]
    lowered = question.lower()                          # "2º tema", "point n° 3", "5 %": before folding
    m = _NUMBERED_ITEM.search(lowered) or _ITEM_NUMBER.search(lowered)
    if m:
        return int(m.group(1))
    m = _PLACE_ALONE.search(folded)
    return place(folded[:m.start(1)] + m.group(1).replace(" ", "")) if m else None     # ("le 2 e")
