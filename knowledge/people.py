"""Who is who: speaker labels, display names, typo merging and matching names to speakers."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from knowledge import lexicon
from knowledge.models import INTERPRETER, MEMBER, OPERATOR, UNIDENTIFIED
from knowledge.text import fold

_INTERPRETER = re.compile(lexicon.INTERPRETER_LABEL)
_OPERATOR = re.compile(lexicon.OPERATOR_LABEL)
_UNIDENTIFIED = re.compile(lexicon.UNIDENTIFIED_LABEL)

# A typo is at most this many edits away from the right spelling, on a name at least this long.
MAX_TYPO_EDITS = 2
MIN_TYPO_LENGTH = 8
# A label seen more often than this is a person in its own right, not a typo.
MAX_TYPO_COUNT = 2


_TITLE = re.compile(r"^(?:%s)\s+" % lexicon.TITLES, re.IGNORECASE)
_ROLE_IN_BRACKETS = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
_BRACKETS_AFTER = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*$")
_ARTICLES = frozenset("the el la le o a".split())     # "The Acting Chair (Mr. Bruce Stanton)"
_MC_NAME = re.compile(r"\bMc(\w)")
_DASH = re.compile(r"\s+[–—-]+\s+")


def is_role(words: str) -> bool:
    """ "CHAIR", "ALAC CHAIR", "ICANN STAFF", "PRESIDENTE DE LACRALO": only role words (and no name)."""
    folded = fold(words).split()
    roles = [w in lexicon.LABEL_ROLES or w.endswith("ralo") for w in folded]     # ("NARALO CHAIR")
    return any(roles) and all(r or w in lexicon.NAME_PARTICLES or w in _ARTICLES for r, w in zip(roles, folded))


@lru_cache(maxsize=4096)
def key(name: str) -> str:
    """The identity of a name: accent-folded, upper-case, single-spaced, no title
    ("León Sanchez" -> "LEON SANCHEZ", "Dr. Omar Haddad" -> "OMAR HADDAD")."""
    return fold(_TITLE.sub("", re.sub(r"[\[\]()]", " ", name).strip())).upper()


def clean_label(label: str) -> str:
    """A label as it should be shown: no brackets, timestamp, title or role ("JANE DOE, ALAC CHAIR",
    "CHAIR – JANE DOE", "JANE DOE (CHAIR)") beside the name."""
    label = re.sub(r"[(\[]?\b\d{1,2}:\d{2}(?::\d{2})?\b[)\]]?", " ", label)   # "JANE DOE (00:12:34)", "[00:00:05]"
    label = label.split(",")[0]                                          # "JANE DOE, ALAC CHAIR"
    label = _ROLE_IN_BRACKETS.sub(lambda m: " " if is_role(m.group(1)) else m.group(0), label)     # "(CHAIR)"
    after = _BRACKETS_AFTER.search(label)
    if after and any(c.isalpha() for c in label[:after.start()]):
        name = label[:after.start()]
        # after a name, brackets hold its role or organisation ("(ISOC ARGENTINA)", "(personal de ICANN)"),
        # but after a role, the name ("PRESIDENTE (SERGIO SALINAS PORTO)")
        inside = after.group(1)
        label = inside if is_role(name) and inside.isupper() and not is_role(inside) else name
    parts = _DASH.split(label)
    if len(parts) == 2 and is_role(parts[0]) != is_role(parts[1]):    # "CHAIR – JANE DOE", "JANE DOE - CHAIR"
        label = parts[1] if is_role(parts[0]) else parts[0]
    label = re.sub(r"[\[\]()]", " ", label).strip(" .-–—'")
    label = _TITLE.sub("", re.sub(r"\s+", " ", label))
    return label.strip(" .-'")


def label_words(label: str) -> str:
    """What a label says of its speaker, for search: the name with what is in brackets beside
    it ("Right Hon. Justin Trudeau (Prime Minister)": "Right Hon. Justin Trudeau Prime Minister"),
    which the display name leaves out."""
    label = re.sub(r"[(\[]?\b\d{1,2}:\d{2}(?::\d{2})?\b[)\]]?", " ", label.split(",")[0])
    return _TITLE.sub("", re.sub(r"\s+", " ", re.sub(r"[\[\]()]", " ", label)).strip(" .-–—'")).strip(" .-'")


def display_name(label: str) -> str:
    """ "LILIAN DE LUQUE" -> "Lilian de Luque", "JEAN-JACQUES O'BRIEN" -> "Jean-Jacques O'Brien"."""
    words = clean_label(label).split(" ")
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and lower in lexicon.NAME_PARTICLES:
            out.append(lower)
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), word))
    return _MC_NAME.sub(lambda m: "Mc" + m.group(1).upper(), " ".join(out))   # "McKNIGHT": McKnight


def best_spelling(written: str | None, label: str) -> str:
    """The display name for a person: the roll call's mixed-case spelling, unless the label
    carries accents it lacks ("Jose Martinez" read out, "JOSÉ MARTÍNEZ" as the label)."""
    from_label = display_name(label)
    if not written:
        return from_label
    accents = lambda s: sum(1 for c in s if not c.isascii())  # noqa: E731
    return from_label if accents(from_label) > accents(written) else written


def role_of(label: str) -> str:
    """Interpreter, operator or unidentified voice, from the label alone; else member."""
    folded = fold(label)
    if _INTERPRETER.search(folded):
        return INTERPRETER
    if _OPERATOR.search(folded):
        return OPERATOR
    if _UNIDENTIFIED.search(folded):
        return UNIDENTIFIED         # "UNIDENTIFIED SPEAKER", "MALE SPEAKER", "VOZ FEMENINA", "ALL"
    return MEMBER


def is_typo_of(variant: str, name: str) -> bool:
    """Could ``variant`` be ``name`` misspelled? Same number of words, ≤2 edits, all in the first
    name or all in the rest ("KOFI MENSAH" / "KOFFI MENSAH", "RAITME CITTIERO" / "RAITME CITTERIO")."""
    a, b = variant.split(), name.split()
    if len(a) != len(b) or min(len(variant), len(name)) < MIN_TYPO_LENGTH:
        return False
    if a[0] != b[0] and a[1:] != b[1:]:
        return False
    return (DamerauLevenshtein.distance(variant, name) <= MAX_TYPO_EDITS
            and fuzz.ratio(variant, name) >= 85)


def same_person(a: str, b: str) -> bool:
    """Do two keys name the same person? Equal, one's words within the other's, or a typo."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= 2 and short[0] == long_[0] and set(short) <= set(long_):
        return True
    return is_typo_of(a, b) or is_typo_of(b, a)


def cluster_labels(label_counts: Counter[str], protected: set[str] = frozenset()) -> dict[str, str]:
    """Map each label key to its canonical key, merging rare misspellings into frequent spellings.

    A label merges into another only when it is rare (≤2 turns), one or two edits away with the
    same first name, and the other is more common or is the spelling read out in the roll call
    (``protected``). Two names both read out in the roll call never merge.
    """
    canonical: dict[str, str] = {}
    chosen: list[str] = []
    # Roll-call spellings first, then the most frequent: they are the ones typos merge into.
    order = sorted(label_counts.items(), key=lambda kv: (kv[0] not in protected, -kv[1], kv[0]))
    for label, count in order:
        target = None
        if count <= MAX_TYPO_COUNT and label not in protected:
            for other in chosen:
                if ((other in protected or label_counts[other] > count)
                        and is_typo_of(label, other)):
                    target = other
                    break
        if target is None:
            chosen.append(label)
            canonical[label] = label
        else:
            canonical[label] = target
    return canonical


def match_name(name: str, candidates: dict[str, str]) -> str | None:
    """The candidate key that ``name`` refers to, if exactly one fits.

    ``candidates`` maps keys to display names. A first name alone ("Terri") matches a
    candidate with that first name when it is the only one.
    """
    k = key(name)
    if not k:
        return None
    if k in candidates:
        return k
    words = k.split()
    if len(words) == 1:
        hits = [c for c in candidates if c.split()[0] == k]
    else:
        hits = [c for c in candidates if same_person(k, c)]
    return hits[0] if len(hits) == 1 else None
