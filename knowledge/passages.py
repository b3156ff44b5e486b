"""Cutting turns into passages: paragraph-sized pieces, so that a long presentation does not
drown (BM25 favours short texts) and an answer can quote the part that matters. Search ranks
passages and cites their turn."""
from __future__ import annotations

from knowledge import people
from knowledge.analysis import analyze
from knowledge.models import NON_MEMBER_ROLES, Transcript
from knowledge.store import PassageRow
from knowledge.text import sentences

# A passage holds about this many words: a paragraph or two of speech.
TARGET_WORDS = 90
MAX_WORDS = 160
# A passage with fewer content words than this ("Oui, allez-y.") answers nothing; not indexed.
MIN_TOKENS = 3


def chunk(text: str) -> list[str]:
    """Paragraphs, merged while short and split at sentence ends while long."""
    pieces: list[str] = []
    for paragraph in (p.strip() for p in text.split("\n")):
        if not paragraph:
            continue
        if len(paragraph.split()) <= MAX_WORDS:
            pieces.append(paragraph)
        else:
            pieces.extend(_split_long(paragraph))
    passages: list[str] = []
    for piece in pieces:
        if passages and len(passages[-1].split()) + len(piece.split()) <= TARGET_WORDS:
            passages[-1] = f"{passages[-1]}\n{piece}"
        else:
            passages.append(piece)
    return passages


def _split_long(paragraph: str) -> list[str]:
    out: list[str] = []
    for sentence in sentences(paragraph):
        words = sentence.split()
        while len(words) > MAX_WORDS:            # a "sentence" with no full stop in sight
            out.append(" ".join(words[:MAX_WORDS]))
            words = words[MAX_WORDS:]
        sentence = " ".join(words)
        if out and len(out[-1].split()) + len(words) <= TARGET_WORDS:
            out[-1] = f"{out[-1]} {sentence}"
        elif sentence:
            out.append(sentence)
    return out


def rows(transcript: Transcript) -> list[PassageRow]:
    """The passages to index for a meeting. Interpreters' and operators' asides are not indexed;
    the speaker's name is, with every passage of the turn ("what did Humberto say about…")."""
    out = []
    for turn in transcript.turns:
        if turn.role in NON_MEMBER_ROLES or not turn.text.strip():
            continue
        name = analyze(people.label_words(turn.label) if turn.label else turn.speaker, transcript.language)
        for position, text in enumerate(chunk(turn.text)):
            tokens = analyze(text, transcript.language)
            if len(tokens) >= MIN_TOKENS:
                out.append(PassageRow(turn.index, position, text, tokens + name))
    return out
