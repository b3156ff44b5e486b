"""A question of several questions ("¿Qué dijo Priya sobre el abuso del DNS y cuándo es la fecha
límite y quién más habló de eso?"): its parts. Searched as one, its words mix what each part asks,
and the passage found answers none of them (or a meeting it names seems to hold nothing on it);
each part asked alone may be answered."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from knowledge.lexicon_questions import INTERROGATIVES
from knowledge.models import NOTHING_FOUND, Answer

# A part has at least this many words: "…, and when?" asks when of what comes before it.
MIN_PART_WORDS = 3
# "if"/"whether" start a part too: "…and whether there was interpretation".
_STARTS = sorted({w for words in INTERROGATIVES.values() for w in words} | {"si", "if", "whether"}, key=len, reverse=True)
_ACCENTED = {"a": "[aáàâã]", "e": "[eéèê]", "i": "[iíî]", "o": "[oóôõ]", "u": "[uúü]", "c": "[cç]"}
# "and" (and "also", "then") before a question word: where a part ends and the next starts.
_JOIN = re.compile(r"\s*[,;]?\s+(?:and|et|y|e)\s+(?:(?:also|aussi|tambi[eé]n|tamb[eé]m|then|puis|luego|depois)\s+)?"
                   r"(?=[¿]?(?:%s)\b)" % "|".join("".join(_ACCENTED.get(c, c) for c in w) for w in _STARTS), re.IGNORECASE)


def parts(question: str) -> list[str]:
    """The questions ``question`` joins with "and" before a question word, in their order, each
    once; the question alone when it is one, or when a part would be too short to ask alone."""
    found = list(dict.fromkeys(p.strip() for p in _JOIN.split(question.strip())))
    if len(found) < 2 or any(len(p.split()) < MIN_PART_WORDS for p in found):
        return [question]
    return found


def unanswered(answer: Answer) -> bool:
    """Found nothing, only elsewhere than asked, or only someone's closest turn to it."""
    return answer.kind in NOTHING_FOUND or "elsewhere" in answer.flags or bool(answer.names.get("closest"))


def first_answered(question: str, ask: Callable[[str], Answer]) -> Answer | None:
    """Of a question of several, the answer (``ask``) to the first part answered, which it says;
    None for a question of one part, or when no part is answered either."""
    pieces = parts(question)
    for piece in pieces if len(pieces) > 1 else ():
        answer = ask(piece)
        if not unanswered(answer):
            return dataclasses.replace(answer, names={**answer.names, "part": [piece]})
    return None
