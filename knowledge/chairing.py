"""Which sentences run the call rather than say something: the chair announcing the next item
or speaker, and the short sentence right after that gives someone the floor. Answers do not quote
them; summaries cut agenda items at the hand-overs. And who chaired: the member who gave the
floor most often."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from knowledge import lexicon, lexicon_speech
from knowledge.models import MEMBER, Turn
from knowledge.text import fold

HANDOVER_TAIL_WORDS = 15
# A chair gives the floor in more than one turn (the agenda's reader hands it back once).
MIN_CHAIR_HANDOVERS = 2
HANDOVER = re.compile(lexicon_speech.HANDOVER_CUES, re.IGNORECASE)
_SEQUENCE = re.compile(r"^(?:%s)\b" % "|".join(re.escape(w) for w in lexicon.SEQUENCE_WORDS), re.IGNORECASE)
# "Next, the outreach event in Toronto." runs the call; "Ensuite, un autre point important est lié à
# l'approbation des deux mille dollars pour les RALO." is a presenter's point, said at length.
SEQUENCE_MOVE_WORDS = 12
# …unless it announces what comes ("Next, we will talk about…", "Ensuite, il y aura un point sur … par Alberto Soto",
# "Luego, la actualización del grupo de trabajo…, que estará a cargo de Carlos Medina")
_COMING_UP = re.compile(r"\b(?:will|we ll|going to|il y aura|nous allons|on va|va (?:nous )?(?:parler|presenter)|vamos a|"
                        r"habra|tendremos|vai|vamos|teremos|presented by|presente par|presentado por|apresentado por|"
                        r"par [A-Z]|by [A-Z]|por [A-Z]|a cargo d[eao]s?\b)", re.IGNORECASE)    # ("que estará a cargo de Carlos")
# The sentence gives someone the floor: "Tamara, I believe…", "Go ahead, please".
_ADDRESS = re.compile(r"^[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?,|" + lexicon_speech.PROCEDURAL, re.IGNORECASE)
PROCEDURAL = re.compile(lexicon_speech.PROCEDURAL, re.IGNORECASE)     # greetings, thanks, "can you hear me"
_ASKING = re.compile(lexicon_speech.ASKING, re.IGNORECASE)
_AGENDA = re.compile(lexicon.AGENDA_CUE)
_AMENDING = re.compile(r"\b(?:comments?|additions?|changes?|objections?|commentaires?|ajouts?|modifications?|"
                       r"comentarios?|adiciones|cambios|objeciones|alteracoes|acrescimos|adopt\w*|approv\w*|"
                       r"aprob\w*|aprova\w*)\b")


def chairing(sents: list[str]) -> list[bool]:
    """Which sentences run the call: announcing the next item or speaker, and the short one
    after such an announcement ("Let's move to the next item, the newsletter. Tamara, I believe
    you have an update on that.")."""
    out: list[bool] = []
    for i, s in enumerate(sents):
        announces = bool(HANDOVER.search(s)) or bool(_SEQUENCE.search(s)) and (
            len(s.split()) <= SEQUENCE_MOVE_WORDS or bool(_COMING_UP.search(s)))
        out.append(announces or _about_agenda(s) or bool(
            i and HANDOVER.search(sents[i - 1]) and len(s.split()) <= HANDOVER_TAIL_WORDS and _ADDRESS.search(s)))
    return out


def _about_agenda(sentence: str) -> bool:
    """Asking for comments on the agenda itself: "Are there any comments or additions to the
    agenda?", "¿Hay comentarios sobre el orden del día?" (not "were the agenda topics relevant?")."""
    folded = fold(sentence)
    return sentence.rstrip().endswith("?") and bool(_AGENDA.search(folded)) and bool(_AMENDING.search(folded))


def chair(turns: Sequence[Turn]) -> Turn | None:
    """The chair's first turn in the call, or None when no one clearly chaired it. The chair is
    the member (not staff, who read the roll call and run the line) who gives the floor in the
    most turns, two at least; a tie names no one."""
    handovers: Counter[str] = Counter()
    first: dict[str, Turn] = {}
    for turn in turns:
        if turn.role != MEMBER:
            continue
        first.setdefault(turn.speaker, turn)
        handovers[turn.speaker] += bool(HANDOVER.search(turn.text))
    ranked = handovers.most_common(2)
    if not ranked or ranked[0][1] < MIN_CHAIR_HANDOVERS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return first[ranked[0][0]]


def says_something(sents: list[str]) -> list[bool]:
    """Which sentences say something: neither run the call nor greet, thank or check the line."""
    return [not runs and not PROCEDURAL.search(s) for s, runs in zip(sents, chairing(sents))]


def asks(sentence: str) -> bool:
    """Is the sentence a question: "…?", or "I would like to know whether…"?"""
    return sentence.rstrip().endswith("?") or bool(_ASKING.search(sentence))


def puts_question(sentence: str, min_words: int) -> bool:
    """Is it a question put to others, not about the line ("Is it better now?", "Raitme?")?"""
    return asks(sentence) and len(sentence.split()) >= min_words and not PROCEDURAL.search(sentence)
