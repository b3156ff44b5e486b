"""Cognates: a word written as another of our languages spells it. A Portuguese speaker writes
"Assunção" (or "assuncao") for the Asunción a Spanish call names, "interpretação" for
"interpretación"; the four languages share these words but not their spelling of double
letters and of some endings. A question word no transcript says is read as the archive's word
spelled the same way up to those differences (``key``), when there is one: unlike a typo
(``spelling.py``), this is no guess at what was meant, so it is done before searching, not as a
second chance, and not told to the member."""
from __future__ import annotations

import re

from knowledge import analysis

# Folded endings that the languages spell differently for the same word, each with one spelling
# for all: -ção/-ción/-tion/-sion (and -ções/-ciones/-tions), -ão/-ón ("Gabão", "Gabón").
_ENDINGS = ((re.compile(r"(?:coes|soes|ciones|siones|tions|sions)$"), "ciones"),
            (re.compile(r"(?:cao|sao|cion|sion|tion)$"), "cion"),
            (re.compile(r"ao$"), "on"))
# Letters spelled differently inside a word (folded): Portuguese "nh" and "lh" for Spanish "ñ"
# and "ll" (folded "n", "l" once doubled letters are single), "ph" for "f".
_INSIDE = ((re.compile(r"nh"), "n"), (re.compile(r"lh"), "l"), (re.compile(r"ph"), "f"))
_DOUBLED = re.compile(r"(.)\1+")


def key(word: str) -> str:
    """A folded word's spelling with what the four languages spell differently made one:
    "assuncao", "asuncion" -> "asuncion"; "interpretacao", "interpretation" -> "interpretacion"."""
    out = _DOUBLED.sub(r"\1", word)
    for rx, to in _INSIDE:
        out = rx.sub(to, out)
    for rx, to in _ENDINGS:
        if rx.search(out):
            return rx.sub(to, out)
    return out


def typo_alone(typed: str, said: str) -> bool:
    """Do the two words differ only in a doubled letter ("sumary", "summary")? That is a typo the
    speller reads and tells, no other language's spelling."""
    return _DOUBLED.sub(r"\1", typed) == _DOUBLED.sub(r"\1", said)


def unsaid(words: list[str], said) -> list[str]:
    """Those of these folded words that no transcript says in any form (``said``: terms ->
    postings, as ``Store.postings`` gives them), once each, in their order."""
    if not words:
        return []
    found = said(list({v for w in words for v in analysis.variants(w)}))
    return [w for w in dict.fromkeys(words) if not any(v in found for v in analysis.variants(w))]
