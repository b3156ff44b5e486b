"""Small numbers in a question: a digit and the number's words in the four languages say the same
number ("quels sont les 3 webinaires afralo": «Il y en aura trois»; "what are the 3 afralo
webinars" of the French call). Used when weighing what a passage holds of a question
(``quoting.py``), and in search, where a number in digits is also searched as its words
(``analysis.query_terms``: "les 3 webinaires" finds «trois»), but a month's abbreviation is no
number ("5 de dez" is December, not "ten")."""
from __future__ import annotations

from functools import lru_cache

from knowledge.lexicon import LANGUAGES

# The words of 2 to 12, by language, in order. One is left out ("un", "una", "um", "one" are also
# articles and pronouns), and so are words that are something else as often: French "sept" (Sept.,
# September) and Spanish "once" (English "once").
_WORDS = {
    "fr": "deux trois quatre cinq six - huit neuf dix onze douze",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez - doce",
    "pt": "dois|duas três quatro cinco seis sete oito nove dez onze doze",
    "en": "two three four five six seven eight nine ten eleven twelve",
}
FIRST = 2
SHORT = 4      # a stem this long or longer is the number's alone


@lru_cache(maxsize=1)
def _values() -> dict[str, int]:
    """Each folded number word, and each digit string, with its value."""
    from knowledge.analysis import words
    out: dict[str, int] = {}
    for written in _WORDS.values():
        for n, alternatives in enumerate(written.split(), FIRST):
            for word in alternatives.split("|"):
                if word != "-":
                    out.update((w, n) for w in words(word))
    out.update((str(n), n) for n in range(FIRST, FIRST + len(_WORDS["en"].split())))
    return out


def value(word: str) -> int | None:
    """The number a folded question word names ("3", "trois", "três"), or None."""
    return _values().get(word)


@lru_cache(maxsize=None)
def stems(word: str) -> frozenset[str]:
    """How a passage says the number ``word`` names: its digits and its words in each language, as
    that language's stems (empty when the word names no number)."""
    from knowledge.analysis import analyze, words
    n = value(word)
    if n is None:
        return frozenset()
    said = {str(n)}
    for language in LANGUAGES:
        for alternatives in _WORDS[language].split()[n - FIRST:n - FIRST + 1]:
            for w in alternatives.split("|"):
                if w != "-":
                    # (not a short stem that is another word's: Portuguese "sete" stems as "set", "doce" as "doc")
                    said |= {s for s in analyze(w, language) if len(s) >= SHORT or words(w) == [s]}
    return frozenset(said)
