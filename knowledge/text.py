"""Text utilities shared by parsing and search: folding, language detection, sentences."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from knowledge import lexicon

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[«\"“(\[¿¡]?[A-ZÀ-Þ0-9])")
MARKER_RE = re.compile(r"\[\s*(%s)\s*\]" % lexicon.MARKERS, re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation: "LEÓN  Sánchez!" -> "leon sanchez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(stripped))


def normalize(text: str) -> str:
    """NFC, one kind of apostrophe and space, no control characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")


def normalize_markers(text: str) -> str:
    """``[Inaudible]`` -> ``[inaudible]``: one spelling for each marker."""
    return MARKER_RE.sub(lambda m: f"[{m.group(1).lower()}]", text)


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of fr/es/pt/en for a long text, by counting distinctive function words."""
    counts = Counter(_WORD.findall(fold(text[:200_000])))
    scores = {lang: sum(counts[w] for w in words) for lang, words in lexicon.STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else default


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (good enough for transcripts, not for abbreviations)."""
    out = []
    for paragraph in text.split("\n"):
        out.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
    return out
