"""Language versions of one call: a call interpreted into several languages is published as one
transcript per channel (the same turns, translated). Ingesting them all must give one meeting that
can be read and searched in each language, not several meetings counted twice.

Versions are linked when they are ingested (``Store.save``): same group, kind and day, another
language, no conflicting start time, mostly the same speakers. The first version stored is the
family's root; every version's turns are aligned on the root's by their speakers' order, so a turn
found in one language can be cited in another.
"""
from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

# Share of the speakers two versions have in common (member and staff person ids): interpreters
# and operators differ by channel, the people who speak do not.
SAME_SPEAKERS = 0.5


def overlap(a: set, b: set) -> float:
    """The share of two speaker sets that both have (Jaccard; 0 when both are empty)."""
    return len(a & b) / len(a | b) if a | b else 0.0


def align(root: Sequence[object], other: Sequence[object]) -> dict[int, int]:
    """Which root turn each turn of another version is, from the order of their speakers
    (a person id per turn, None for voices nobody names). Turns a channel added or lost (an
    interpreter's aside, a label merged) stay unaligned."""
    # SequenceMatcher's junk heuristic would ignore a chair who speaks in every other turn.
    matcher = SequenceMatcher(None, list(root), list(other), autojunk=False)
    out: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for i in range(block.size):
            out[block.b + i] = block.a + i
    return out
