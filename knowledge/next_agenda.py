"""What the calls said of a group's next meeting ("What will be on the next NARALO agenda?", "Who
presents next time?", "¿Quién presenta la próxima vez?"): the sentences of its latest meeting that
put something on the next one's agenda, else that nothing was; with the last agenda, as such."""
from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.models import Answer, MeetingSummary
from knowledge.text import fold, sentences

# The next meeting or its agenda ("our next monthly call", "the next agenda", "la próxima llamada
# mensual", "la prochaine réunion", "a próxima pauta"; folded)…
_NEXT_MEETING = re.compile(r"\b(?:next (?:\w+ )?(?:call|meeting|agenda|webinar)|"
                           r"prochaine? (?:\w+ )?(?:reunion|appel|ordre du jour|webinaire)|"
                           r"proxim[ao] (?:\w+ )?(?:llamada|reunion|agenda|orden del dia|chamada|reuniao|pauta|webinario))\b")
# …and something put on its agenda ("add a short item on…", "note that for the next agenda"); not
# "comments before the next monthly call", a survey's "¿qué temas le gustaría tratar en la próxima…?"
_ITEM = re.compile(r"\b(?:add|item|items|agenda|punto|puntos|ponto|pontos|point|points|agregar|anadir|incluir|"
                   r"ajouter|acrescentar|ordre du jour|orden del dia|pauta)\b")
# Who presents, rather than what is on it
_PRESENTERS = re.compile(r"\b(?:presents?|presenting|presenter|presenters|presentara|presenta|presente|presentera|"
                         r"apresenta|apresentar|apresentara|presentar|expone|speaks?|speakers?)\b")


def said_for_next(store, meeting: MeetingSummary, lang: str) -> list[tuple[str, str]]:
    """The sentences of ``meeting`` (its version in ``lang``, if any) that put something on the next
    meeting's agenda ("Could we add a short item on the Toronto event to our next monthly call…?",
    "Tamara, please note that for the next agenda."), each with who said it."""
    detail = store.meeting(meeting.version(lang) or meeting.id)
    return [(said, turn.speaker) for turn in detail.turns for said in sentences(turn.text)
            if _NEXT_MEETING.search(fold(said)) and _ITEM.search(fold(said))]


def next_agenda(store, question: str, lang: str, meetings: list[MeetingSummary],
                agenda_of: Callable[[MeetingSummary], Answer]) -> Answer:
    """ "What will be on the next NARALO agenda?": what the latest of ``meetings`` (those the question
    names) said for the next one, and its own agenda (``agenda_of``), given as the last one."""
    target = meetings[-1]
    said = said_for_next(store, target, lang)
    return Answer("next_agenda", lang, question, meeting=target, names={"said": said},
                  flags=frozenset({"presenters"} if _PRESENTERS.search(fold(question)) else ()),
                  parts=(agenda_of(target),))
