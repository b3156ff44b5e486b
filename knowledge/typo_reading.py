"""Which answer a question with typos gets: as typed, or read with the archive's closest words
(``spelling.py``). The question's words no transcript says were read otherwise; that reading
answers only when it tells something else, and asks the same kind of question."""
from __future__ import annotations

import dataclasses

from knowledge.models import NOTHING_FOUND, Answer

# Answers that are no data question's: nothing found, or a quote found by search.
SEARCHED = NOTHING_FOUND | {"passage"}


def kept_as_typed(typed: Answer, read: Answer) -> bool:
    """Whether the answer to the question as typed stands, over the one to it read: when the
    reading finds nothing, or tells the same (``same``), or makes the data question it was typed
    as another kind of question ("any events with Augusto?" asks what is coming, which "August"
    would make a search; "¿Quién faltó al 50 por ciento…?" asks who attended less, not who sent
    apologies). The same kind with other data is a reading ("qien presento sobre la aceptasion…":
    Beatriz's webinar, not Lilian's 2020 line)."""
    if read.kind == "nothing" or typed.kind != "nothing" and same(read, typed):
        return True
    return typed.kind not in SEARCHED and _kind(read) != _kind(typed)


def same(one: Answer, other: Answer) -> bool:
    """Whether two answers tell the same: the same kind, quote, data, first source."""
    def told(a: Answer) -> Answer:
        return dataclasses.replace(a, question="", searched="", topic="", within=(),
                                   sources=tuple((h.meeting_id, h.turn_index) for h in a.sources[:1]))
    return told(one) == told(other)


def _kind(answer: Answer) -> str:
    """What an answer is, several answers being their first's kind (several presenters: "presenter")."""
    return answer.parts[0].kind if answer.kind == "several" and answer.parts else answer.kind
