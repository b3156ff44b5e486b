"""Whether two transcripts say the same turns: one a corrected version of the other (typos fixed,
a name spelled again), or a part of it (a file cut off after its first pages). Read by
``corrections`` (which stored meeting a new file is a version of), ``drafts`` (which of a call's
files named as its versions a run reads) and ``screening`` (one call pasted twice in a file)."""
from __future__ import annotations

SAME_TEXT_SHARE = 0.8       # a file whose turns are mostly a stored meeting's is a version of it
SAME_TURN = 80             # a turn of a corrected version is nearly the stored one's (rapidfuzz ratio)…
SAME_TURNS = 0.5           # …for this share of the turns
LONG_TURN_WORDS = 5         # turns shorter than this ("Thank you.") tell no call from another


def part_of(part: list[str], whole: list[str]) -> bool:
    """Are most of ``part``'s turns of five words or more turns of ``whole``, its last one
    perhaps cut off (the start of one)?"""
    said = [t for t in part if len(t.split()) >= LONG_TURN_WORDS]
    if not said:
        return False
    known = set(whole)
    found = sum(text in known for text in said[:-1])
    found += said[-1] in known or any(t.startswith(said[-1]) for t in whole)
    return found >= SAME_TEXT_SHARE * len(said)


def alike(said: list[str], stored: list[str]) -> bool:
    """Are most turns of five words or more of one version nearly those of the other (a corrected
    version: typos fixed, a name spelled again)? Two sessions of one day with the same people
    share their roll call and agenda, and little more."""
    from rapidfuzz import fuzz, process

    long = [t for t in said if len(t.split()) >= LONG_TURN_WORDS]
    if not long:
        return True         # (nothing said to tell them apart: the speakers decide)
    found = sum(process.extractOne(t, stored, scorer=fuzz.ratio, score_cutoff=SAME_TURN) is not None for t in long)
    return found >= SAME_TURNS * len(long)


def texts(turns) -> list[str]:
    """Turns' texts (of anything with a ``text``), with their spaces as one (a line wrapped
    elsewhere is the same turn)."""
    return [" ".join(t.text.split()) for t in turns]
