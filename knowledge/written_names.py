"""The words the archive only writes as names: with a capital inside sentences ("…les 19 et 20
novembre à Abidjan"; not "Bienvenidos", which starts one, nor "DNS", nor "WhatsApp"), at least once
on their own (not "Latin", only ever in "Latin America"; not "Tremblay", only in "Nadine
Tremblay"), never in lower case, and no month, weekday or language. A member typing "abidjan"
asks about a place as one typing "Abidjan" does (``knowledge.quoting``).

Read from the passages that hold each word asked about (a few hundred at most), not from the
whole archive: a question pays for its own words."""
from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge import analysis, lexicon, lexicon_dates

# Words written with a capital that name no place or person: months, weekdays, languages.
_NOT_NAMES = frozenset({analysis.strip_accents(m) for names in lexicon_dates.MONTHS for m in names}
                       | {w for names in lexicon_dates.WEEKDAYS for w in names}
                       | {w for name in lexicon.NOT_PLACES for w in analysis.words(name)})
# A word written with a capital inside a sentence, one in a name of several words ("Latin
# America", "Amérique du Sud"), and one written in lower case.
_TITLED = re.compile(r"(?<=[^\W\d_] |[,;:] |[^\W\d_]['’])[A-ZÀ-ÝŒ][^\W\d_A-ZÀ-ÝŒ]+(?![^\W\d_])")
_IN_NAME = re.compile(r"[A-ZÀ-ÝŒ][^\W\d_]*(?:\s+(?:(?:de|du|del|des|da|do|dos|das|la|le|y)\s+)?[A-ZÀ-ÝŒ][^\W\d_]*)+")
_LOWER = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-ÝŒ][^\W\d_]*")
MAX_PASSAGES = 500      # read per question: a name is seldom said more; a common word shows its lower case soon


def written_as_names(store, words: Iterable[str]) -> frozenset[str]:
    """Of these (folded) words, those the archive only writes as names."""
    asked = [w for w in dict.fromkeys(words) if w not in _NOT_NAMES and w not in analysis.ALL_STOPWORDS]
    if not asked:
        return frozenset()
    stems_of = {w: set(analysis.variants(w)) for w in asked}
    found = store.postings(sorted(set().union(*stems_of.values())))
    ids = sorted({int(d) for docs, _ in found.values() for d in docs})[:MAX_PASSAGES]
    texts = store.passage_texts_of(ids)
    titled = {w: 0 for w in asked}
    in_names = dict(titled)
    lower: set[str] = set()
    for text in texts:
        for w in analysis.words(" ".join(_TITLED.findall(text))):
            if w in titled:
                titled[w] += 1
        for w in analysis.words(" ".join(_IN_NAME.findall(text))):
            if w in in_names:
                in_names[w] += 1
        lower.update(w for w in analysis.words(" ".join(_LOWER.findall(text))) if w in titled)
    # (written alone at least once: "Costa Rica" makes no name of "costa")
    return frozenset(w for w in asked if titled[w] > in_names[w] and w not in lower)
