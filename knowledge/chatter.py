"""What is said around a question without being part of it: a greeting or "does anyone know"
before it, thanks after it, and messages that are only that ("Merci !", "ok", "jajaja")."""
from __future__ import annotations

import re

from knowledge import lexicon_chat
from knowledge.analysis import strip_accents
from knowledge.text import fold

_OPENER = re.compile(r"[¡¿\s]*" + lexicon_chat.OPENER)
_CLOSER = re.compile(lexicon_chat.CLOSER)
_LAUGHTER = re.compile(lexicon_chat.LAUGHTER)
_THANKED = {p: lang for lang, phrases in lexicon_chat.THANKS.items() for p in phrases.split("|")}
_GREETED = {p: lang for lang, phrases in lexicon_chat.GREETINGS.items() for p in phrases.split("|")}
_A_QUESTION = {p: lang for lang, phrases in lexicon_chat.A_QUESTION.items() for p in phrases.split("|")}
_ADDRESSEES = frozenset("""acta bot a todos todas tous tout le monde everyone all pessoal gente galera crack amigo amiga
    amigos mano bro guys folks""".split())


def courtesy(question: str) -> tuple[str, str | None] | None:
    """A message that only thanks or greets ("Merci !", "¡Hola a todos!", "thank you very much Acta"):
    ("thanks" or "greeting", its language); small talk ("ok", "jajaja", "d'accord", "ok gracias"):
    ("ack", None), or "thanks" when it thanks; None for anything else."""
    written = re.findall(r"[a-z0-9]+", fold(question))
    words = [w for w in written if w not in _ADDRESSEES]
    said = " ".join(words)
    for kind, table in (("thanks", lexicon_chat.THANKS), ("greeting", lexicon_chat.GREETINGS),
                        ("greeting", lexicon_chat.HOW_ARE_YOU)):
        for language, phrases in table.items():
            if said in phrases.split("|") or " ".join(written) in phrases.split("|"):    # ("thanks a lot")
                return kind, language
    if words and all(_LAUGHTER.match(w) for w in words) or said in lexicon_chat.SMALL_TALK:
        return "ack", None
    for n in range(len(words)):             # "buenas! una pregunta", "a question": go ahead
        first, last = " ".join(words[:n]), " ".join(words[n:])
        if (not first or first in _GREETED) and last in _A_QUESTION:
            return "greeting", _GREETED.get(first) or _A_QUESTION[last]
    for n in range(1, len(words)):          # "ok gracias", "perfecto, gracias", "Ok, thanks!", "obrigado, valeu!": thanks
        first, last = " ".join(words[:n]), " ".join(words[n:])
        if (first in lexicon_chat.SMALL_TALK or first in _THANKED) and last in _THANKED:
            return "thanks", _THANKED[last]
    return None


def unaddressed(question: str) -> str:
    """The question without the bot's @mention it opens with ("@acta_bot cuando es bogota": Telegram takes
    the bot's own out; typed elsewhere, or another bot's name, it is no word of the question). Telegram's
    bot usernames all end in "bot"; a person's ("@priya what did you say…") is who the question is about."""
    m = _MENTION.match(question)
    return question[m.end():] if m and any(c.isalnum() for c in question[m.end():]) else question


_MENTION = re.compile(r"\s*(?:@\w*bot\b[\s,:;!.—–-]*)+", re.IGNORECASE)


def without_chatter(question: str) -> str:
    """The question without the greeting or "does anyone know" it opens with, nor the thanks it
    closes with ("hola, ¿quién presidió…? gracias" -> "¿quién presidió…?"); itself when that is all."""
    rest = question
    while True:
        m = _OPENER.match(_folded_in_place(rest))
        if not m or not any(c.isalnum() for c in rest[m.end():]):
            break
        rest = rest[m.end():]
        if re.search(r"\b(?:if|whether)\s*$", m.group(0)):
            # "do you know if Priya was at the call?": asked as "was Priya at the call?"
            rest = _ASKED_AS.sub(r"\2 \1 ", rest, count=1)
    m = _CLOSER.search(_folded_in_place(rest))
    if m and any(c.isalnum() for c in rest[:m.start()]):
        rest = rest[:m.start()]
    return rest.strip()


_ASKED_AS = re.compile(r"^(\w[\w' .-]*?)\s+(was|were|is|are|did|does|do|has|have|had|will|can)\s+", re.IGNORECASE)


def _folded_in_place(text: str) -> str:
    """Folded, a character for a character (so that a match's span is the original's); an apostrophe
    or a hyphen is a space ("dis-moi", "savez-vous", "rappelle-moi")."""
    return "".join(" " if c in "'’-" else (strip_accents(c).casefold()[:1] or c) for c in text)


def spelled_out(question: str, names: set[str] = frozenset()) -> str:
    """Texting shorthand for question words written out ("q se decidió?" -> "que se decidió?",
    "kien presentó…", "whats happening in Toronto"); the rest as it is: people's names (``names``,
    folded: "Did Ki speak?"), a word with a capital but the first, a letter alone before no word
    ("Q & A", "10 k dollars", "Plan Q")."""
    def written(m: re.Match) -> str:
        token, before = m.group(1), question[:m.start(1)]
        if token.lower() in names or token[:1].isupper() and before.strip(" ¿¡\"'«") or \
                len(token) == 1 and (not re.match(r"\s+[^\W\d_]", question[m.end(1):]) or re.search(r"\d\s*$", before)):
            return token
        return lexicon_chat.SHORTHAND[token.lower()]

    return _SHORTHAND.sub(written, question)


_SHORTHAND = re.compile(r"(?<![\w&'’-])(%s)(?![\w&'’-])" % "|".join(sorted(lexicon_chat.SHORTHAND, key=len, reverse=True)),
                        re.IGNORECASE)


def link_alone(question: str) -> bool:
    """Whether the question is a link and nothing else ("https://community.icann.org/display/LACRALO"):
    its words name a page, which Acta does not read, not something said in a call."""
    return bool(_LINK_ALONE.match(question))


_LINK_ALONE = re.compile(r"^\W*(?:[a-z][a-z0-9+.-]*://|www\.)\S+\s*$", re.IGNORECASE)
