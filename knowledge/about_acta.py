"""Questions about Acta itself rather than the meetings: what it can do ("help", "¿sos un bot?",
"what can you do") and whether it reminds members of meetings ("¿me avisas un día antes?")."""
from __future__ import annotations

import re

from knowledge import lexicon_chat
from knowledge.text import fold

_ABOUT = {p: lang for lang, phrases in lexicon_chat.ABOUT_ACTA.items() for p in phrases.split("|")}
_ADDRESSED = frozenset("acta bot please pls por favor svp s il te plait s il vous plait pf pfv hey hola oi ola bonjour hi".split())
_REMINDERS = {lang: re.compile(pattern) for lang, pattern in lexicon_chat.ABOUT_REMINDERS.items()}


def asked_of_acta(question: str) -> tuple[str, str] | None:
    """("help", its language) for a message that only asks what Acta is or can do ("ayuda",
    "are you a bot?"); ("reminders", its language) for one asking whether it reminds of meetings;
    None for a question about the meetings ("Who offered help with the newsletter?")."""
    folded = fold(question)
    written = re.findall(r"[a-z0-9]+", folded)
    said = " ".join(w for w in written if w not in _ADDRESSED)
    for phrase in (said, " ".join(written)):        # ("acta help", "sos un bot?": the bot named)
        if phrase in _ABOUT:
            return "help", _ABOUT[phrase]
    spaced = " ".join(written)
    found = [lang for lang, pattern in _REMINDERS.items() if any(_only_of_reminders(spaced, m) for m in pattern.finditer(spaced))]
    return ("reminders", found[0]) if found else None


def _only_of_reminders(spaced: str, found: re.Match) -> bool:
    """Whether the words around what asks of the reminders only say when or to whom ("me avisas un dia
    antes?"), not a question of their own ("can you remind me what Priya said?", "hay recordatorios en la agenda?")."""
    around = spaced[:found.start()].split() + spaced[found.end():].split()
    return all(w in lexicon_chat.REMINDERS_AROUND for w in around)
