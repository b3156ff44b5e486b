"""A member's question that another names ("Mais il y a une question de Dev avant de terminer", "a question
from Priya", "Dev's question"): what "What did Dev ask?" points to when the summary finds no question of theirs
(their words never asked as a question, or not in the record)."""
from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.models import Turn
from knowledge.text import fold

# (folded) "question(s) de/from/of/by X", "pregunta de X", "pergunta do X", "X's question"
_OF = r"\b(?:questions?|preguntas?|perguntas?|questao|questoes)\s+(?:de|d|del|do|da|from|of|by)\s+(?:(?:la|el|o|a)\s+)?(?:%s)\b"
_THEIRS = r"\b(?:%s)\s+s\s+questions?\b"
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def naming_their_question(turns: Iterable[Turn], person: str) -> list[tuple[Turn, str]]:
    """Others' turns that name a question of ``person``'s (by a word of their name of three letters or
    more), each with the sentence that names it."""
    words = [re.escape(w) for w in fold(person).split() if len(w) > 2]
    if not words:
        return []
    names = "|".join(words)
    said = re.compile(_OF % names + "|" + _THEIRS % names)
    found = []
    for turn in turns:
        if turn.speaker == person:
            continue
        sentence = next((s.strip() for s in _SENTENCE.findall(turn.text) if said.search(fold(s))), None)
        if sentence:
            found.append((turn, sentence))
    return found
