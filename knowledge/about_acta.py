"""Questions about Acta itself rather than the meetings: what it can do ("help", "¿sos un bot?",
"what can you do") and whether it reminds members of meetings ("¿me avisas un día antes?")."""
from __future__ import annotations

import re

from knowledge import lexicon, lexicon_chat
from knowledge.text import fold

# (a phrase -> the languages that say it: "comandos", "como funciona" are Spanish and Portuguese)
_ABOUT: dict[str, tuple[str, ...]] = {}
for _lang, _phrases in lexicon_chat.ABOUT_ACTA.items():
    for _phrase in _phrases.split("|"):
        _ABOUT[_phrase] = _ABOUT.get(_phrase, ()) + (_lang,)
_ADDRESSED = frozenset(("acta bot please pls por favor svp s il te plait s il vous plait pf pfv "
                        "hey hola oi ola bonjour hi").split())
_REMINDERS = {lang: re.compile(pattern) for lang, pattern in lexicon_chat.ABOUT_REMINDERS.items()}


def asked_of_acta(question: str, likely: str | None = None) -> tuple[str, str] | None:
    """("help", its language) for a message that only asks what Acta is or can do ("ayuda",
    "are you a bot?"); ("reminders", its language) for one asking whether it reminds of meetings;
    None for a question about the meetings ("Who offered help with the newsletter?"). Words several
    languages say ("comandos") are taken in ``likely`` (the conversation's) when it is one of them."""
    folded = fold(question)
    written = re.findall(r"[a-z0-9]+", folded)
    said = " ".join(w for w in written if w not in _ADDRESSED)
    spaced = " ".join(written)
    for phrase in (said, spaced):        # ("acta help", "sos un bot?": the bot named)
        if phrase in _ABOUT:
            said_in = _ABOUT[phrase]
            return "help", likely if likely in said_in else said_in[0]
    found = [lang for lang, pattern in _REMINDERS.items()
             if any(_only_of_reminders(spaced, m) for m in pattern.finditer(spaced))]
    return ("reminders", found[0]) if found else None


def _only_of_reminders(spaced: str, found: re.Match) -> bool:
    """Whether the words around what asks of the reminders only say when or to whom ("me avisas un dia
    antes?"), not a question of their own ("can you remind me what Priya said?", "hay recordatorios en la agenda?")."""
    around = spaced[:found.start()].split() + spaced[found.end():].split()
    # (of a group's calls too: "me avisas un día antes de la llamada de lacralo?")
    return all(w in lexicon_chat.REMINDERS_AROUND or w in lexicon.REGIONAL_GROUPS for w in around)
