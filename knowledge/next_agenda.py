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
# A presenting verb and a name after the sentence's first word, in a sentence on the next meeting: who
# presents at it ("At our next call Koffi will present the budget"; not "we will present it then")
_PRESENTING = re.compile(r"\b(?:present|presents|presenting|presentara|presentera|apresentara|apresentar|presentar|"
                         r"expondra)\b")
_NAMED = re.compile(r"(?<=\s)[A-ZÀ-Ý][a-zà-ÿ]+")
# Who presents, rather than what is on it
_PRESENTERS = re.compile(r"\b(?:presents?|presenting|presenter|presenters|presentara|presenta|presente|presentera|"
                         r"apresenta|apresentar|apresentara|presentar|expone|speaks?|speakers?)\b")


def said_for_next(store, meeting: MeetingSummary, lang: str) -> list[tuple[str, str]]:
    """The sentences of ``meeting`` (its version in ``lang``, if any) that put something on the next
    meeting's agenda ("Could we add a short item on the Toronto event to our next monthly call…?",
    "Tamara, please note that for the next agenda."), each with who said it."""
    detail = store.meeting(meeting.version(lang) or meeting.id)
    return [(said, turn.speaker) for turn in detail.turns for said in sentences(turn.text) if for_next(said)]


def for_next(said: str) -> bool:
    """Does a sentence put something on the next meeting's agenda ("Tamara, please note that for the
    next agenda.") or say who presents at it ("At our next call Koffi will present the budget")?"""
    folded = fold(said)
    return bool(_NEXT_MEETING.search(folded) and (_ITEM.search(folded) or _PRESENTING.search(folded) and _NAMED.search(said)))


def next_agenda(store, question: str, lang: str, meetings: list[MeetingSummary],
                agenda_of: Callable[[MeetingSummary], Answer]) -> Answer:
    """ "What will be on the next NARALO agenda?": what the latest of ``meetings`` (those the question
    names) said for the next one, and its own agenda (``agenda_of``), given as the last one. Of
    several groups (none named): the latest meeting of each, the latest that said something (else
    the latest meeting). "presenters": who presents was asked, and none of what was said says it."""
    latest = {m.group: m for m in meetings}         # (in order: the latest of each group)
    read = sorted(latest.values(), key=lambda m: m.date, reverse=True) if len(latest) > 1 else [meetings[-1]]
    target, said = next(((m, said) for m in read if (said := said_for_next(store, m, lang))), (meetings[-1], []))
    presenters = _PRESENTERS.search(fold(question)) and not any(_PRESENTING.search(fold(text)) for text, _ in said)
    return Answer("next_agenda", lang, question, meeting=target, names={"said": said},
                  flags=frozenset({"presenters"} if presenters else ()), parts=(agenda_of(target),))
