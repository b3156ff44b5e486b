"""Whether something was called off ("la reunion de cancun se cancela?", "was the Toronto event
cancelled?", "l'atelier d'Abidjan est annulé ?"): what the calls say of it, a turn naming it with a
word of cancelling or putting off; else that they do not say so, with the latest
turn that names it. (What is called off in the calendar is the organisers' word: /events.)"""
from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.analysis import ALL_STOPWORDS, QUESTION_WORDS
from knowledge.models import Answer, MeetingSummary
from knowledge.search import Hit
from knowledge.text import fold, sentences
from knowledge.which_days import MEETING_WORDS
from knowledge.which_meetings import frame_word

# Asking whether it is called off: "se cancela", "was cancelled", "est annulé", "foi adiado", "is it still on"
_ASKED = re.compile(r"\b(?:cancel\w*|call(?:ed)? off|postpone\w*|suspend\w*|suspendid[oa]s?|se suspende|suspens[oa]s?|"
                    r"pospuest[oa]s?|se pospone|aplazad[oa]s?|se aplaza|annule\w*|annulation|adiad[oa]s?|"
                    r"desmarcad[oa]s?|still on|sigue en pie|tient toujours|maintenue?s?|mantid[oa]s?)\b")
# Said of it in a turn: called off or put off (not "virtual", "à distance": "remote participation hubs" go on)
_SAID = re.compile(r"\b(?:cancel\w*|annul\w*|suspend\w*|suspens\w*|postpon\w*|pospu\w*|pospon\w*|aplaz\w*|adia\w*|"
                   r"desmarca\w*|called off)\b")
_NOT_TOPIC = ALL_STOPWORDS | QUESTION_WORDS | MEETING_WORDS | frozenset(
    "still on pie toujours tient sigue is it est ce se was were foi fue a ete been event evento evenement eventos".split())
MAX_TOPIC_WORDS = 3


def asked(question: str, meetings: Sequence[MeetingSummary]) -> list[str]:
    """The words naming what the question asks whether it was called off ("la reunion de cancun se
    cancela?": ["cancun"]); none when it asks no such thing, names nothing, or too much to be a name
    ("was the proposal to cancel the fee discussed?" is a search)."""
    folded = fold(question)
    if not _ASKED.search(folded):
        return []
    words = [w for w in _ASKED.sub(" ", folded).split()
             if w not in _NOT_TOPIC and len(w) > 1 and not frame_word(w, meetings) and not w.isdigit()]
    return words if 0 < len(words) <= MAX_TOPIC_WORDS and not _SAY.search(folded) else []


# (a question about what was said of a cancellation is a search: "who talked about cancelling the fee?")
_SAY = re.compile(r"\b(?:who|quien|quem|qui|what did|que dijo|o que disse|qu a dit|discuss\w*|talk\w*|propos\w*)\b")


def answer(store, question: str, lang: str, topic: list[str], meetings: Sequence[MeetingSummary]) -> Answer | None:
    """What the calls say of ``topic`` being called off: the latest turn naming it with such a word
    (flag "cancel_said"), else the latest naming it ("cancel_unsaid"); None when no turn names it."""
    said = latest = None
    for meeting in meetings:                    # (oldest first: a later call's word stands)
        detail = store.meeting(meeting.version(lang) or meeting.id)
        for turn in detail.turns:
            words = set(fold(turn.text).split())
            if not set(topic) <= words:
                continue
            latest = (detail.summary, turn)
            if _SAID.search(fold(turn.text)):
                said = (detail.summary, turn)
    found = said or latest
    if found is None:
        return None
    summary, turn = found
    naming = [s for s in sentences(turn.text) if set(topic) <= set(fold(s).split())]
    quote = tuple(s for s in naming if not said or _SAID.search(fold(s))) or tuple(naming) or (turn.text,)
    spelled = {fold(w): w for w in reversed(re.findall(r"[^\W_]+", turn.text))}     # (as the turn writes them: "Cancún")
    named = " ".join(spelled.get(w, w) for w in topic)
    return Answer("passage", lang, question, quote=quote[:2], sources=(Hit.of_turn(summary, turn),),
                  flags=frozenset({"cancel_said" if said else "cancel_unsaid"}),
                  names={"cancelled": [named]})
