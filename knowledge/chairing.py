"""Which sentences run the call rather than say something: the chair announcing the next item
or speaker, and the short sentence right after that gives someone the floor. Answers do not quote
them; summaries cut agenda items at the hand-overs."""
from __future__ import annotations

import re

from knowledge import lexicon

HANDOVER_TAIL_WORDS = 15
HANDOVER = re.compile(lexicon.HANDOVER_CUES, re.IGNORECASE)
_ANNOUNCEMENT = re.compile(r"^(?:%s)\b|%s" % ("|".join(re.escape(w) for w in lexicon.SEQUENCE_WORDS),
                                              lexicon.HANDOVER_CUES), re.IGNORECASE)
# The sentence gives someone the floor: "Tamara, I believe…", "Go ahead, please".
_ADDRESS = re.compile(r"^[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?,|" + lexicon.PROCEDURAL, re.IGNORECASE)


def chairing(sents: list[str]) -> list[bool]:
    """Which sentences run the call: announcing the next item or speaker, and the short one
    after such an announcement ("Let's move to the next item, the newsletter. Tamara, I believe
    you have an update on that.")."""
    out: list[bool] = []
    for i, s in enumerate(sents):
        out.append(bool(_ANNOUNCEMENT.search(s)) or bool(
            i and HANDOVER.search(sents[i - 1]) and len(s.split()) <= HANDOVER_TAIL_WORDS and _ADDRESS.search(s)))
    return out
