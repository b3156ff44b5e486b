"""Follow-ups that are only a question word, a pronoun and a light verb ("¿Y a qué hora?", "y que
dijo?", "quien?", "When do they meet?", "Et l'autre ?", "quem respondeu?"): they ask about what the
conversation is on (the turn the last answer quoted), not about the words they say, which any
turn of any meeting holds."""
from __future__ import annotations

import re

from knowledge import lexicon_chat
from knowledge.text import fold

# Most words such a follow-up says besides its question word (folded): "a que hora es esa reunion".
MAX_WORDS = 6
_WHO = dict(lexicon_chat.BARE_ASKS)["who"]
_WHICH = frozenset("which what cual que quel quelle qual".split())


def asks(question: str) -> str | None:
    """What a bare follow-up asks: "who" (who said it), "asker" (who asked what it answers: "qui a
    demandé ça ?"), "said" (what was said, answered, asked, talked about), "when", "where", "other"
    ("and the other one?"), "language" ("e em que língua?"), "meeting"
    ("dans quelle réunion ?"; not "and in that call?"), "what" (anything else about it);
    None for a question that names a thing of its own ("¿Y a qué hora es el webinar de NARALO?",
    "When is the Toronto event?") or says no question word ("y?", "ok")."""
    words = _words(question)
    if not words or len(words) > MAX_WORDS or set(words) - lexicon_chat.BARE_WORDS:
        return None
    said = set(words)
    for kind, kind_words in lexicon_chat.BARE_ASKS:
        if said & kind_words and (kind != "meeting" or said & _WHICH):     # (not "and in that call?")
            return kind if kind != "asker" or said & _WHO else "said"
    return None


def asks_hour(question: str) -> bool:
    """Does the follow-up ask the time of day ("¿Y a qué hora?", "what time?", "à quelle heure ?")?"""
    return bool(set(_words(question)) & lexicon_chat.HOUR_WORDS)


def asks_who(question: str) -> bool:
    """Does the follow-up say a who word ("quem disse isso?", "who said that?": who, not what was said)?"""
    return bool(set(_words(question)) & _WHO)


def of_the_quote(question: str) -> bool:
    """Is a bare follow-up asked of the quote rather than of the person a pronoun in it stands for?
    "Who answered him?", "qui lui a répondu ?" ask for the answers to that person (their
    questions, answered by whom); "¿Y le respondieron?", "When do they meet?" of the quote."""
    asked = asks(question)
    return bool(asked) and not (asked == "answered" and set(_words(question)) & _WHO)


def _words(question: str) -> list[str]:
    return re.findall(r"[a-z]+", fold(question))
