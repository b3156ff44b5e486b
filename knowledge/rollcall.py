"""The roll call read out at the start of a call: who is on which channel, apologies, staff,
interpreters ("Sur le canal espagnol, nous avons …", "Nous avons reçu les excuses de …")."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge import lexicon
from knowledge.models import APOLOGY, INTERPRETER_STATUS, PRESENT, STAFF_STATUS, RawTurn
from knowledge.people import display_name
from knowledge.text import fold, sentences

_LANGUAGE_WORDS = "|".join(w for words in lexicon.LANGUAGE_NAMES.values() for w in words)
_CUES = {
    PRESENT: re.compile(lexicon.ROLL_CALL["present"].replace("%s", _LANGUAGE_WORDS)),
    APOLOGY: re.compile(lexicon.ROLL_CALL["apology"]),
    STAFF_STATUS: re.compile(lexicon.ROLL_CALL["staff"]),
    INTERPRETER_STATUS: re.compile(lexicon.ROLL_CALL["interpreter"]),
}
# Checked in this order: "les excuses … du personnel" is about apologies, not staff.
_ORDER = (APOLOGY, INTERPRETER_STATUS, STAFF_STATUS, PRESENT)
_LATE_APOLOGY = re.compile(lexicon.LATE_APOLOGY)
_SENT_APOLOGY = re.compile(lexicon.SENT_APOLOGY)
_SAME_AGAIN = re.compile(lexicon.SAME_AGAIN)
_ELIDED = re.compile(r"^(?:[A-Za-z]|Qu)['’]")
# Between a name and "sent their apologies": "qui a", "who has", "que ya ha", "que também".
_BETWEEN = frozenset("""qui who que quien quem which a ont avait avaient has have had ha han habia tem tinha
    deja already ya ja aussi also tambien tambem""".split())
_NEGATIVE = re.compile(lexicon.NEGATIVE)
_SELF = re.compile(lexicon.SELF_REFERENCE)
_LIST_STOP = re.compile(lexicon.LIST_STOPS)
_CHANNEL = {w: code for code, words in lexicon.LANGUAGE_NAMES.items() for w in words}
# A word of a name: capitalised (Ávila, O'Brien, Jean-Jacques), or a bracketed uncertain name.
_HEADINGS = {status: re.compile(p, re.IGNORECASE) for status, p in lexicon.ROLL_CALL_HEADINGS.items()}
_NAMES_FIRST = re.compile(lexicon.NAMES_FIRST, re.IGNORECASE)
_HAVE_FIRST = re.compile(lexicon.HAVE_FIRST, re.IGNORECASE)
_CLAUSE = re.compile(r"\s*[,;]\s+(?=(?:and|et|y|e|but|mais|pero|mas)\s)|\s*;\s+", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*[-•*–—]\s*(?=\S)")
_NAME_WORD = re.compile(r"^\[?(?:[A-ZÀ-ÖØ-Þ]|(?:al|el)-[A-ZÀ-ÖØ-Þ])[\w'’.-]*\]?$")   # ("al-Hashimi", not "at-Large")
_SPLIT = re.compile(r",|;|\s(?:et|and|y|e|ainsi que|as well as|así como|assim como|with|avec|con|com)\s")
# How many lower-case words may stand before the name in a list item.
MAX_WORDS_BEFORE_NAME = 6
# How many opening turns may hold the roll call.
MAX_TURNS = 4
# The roll call is read out in the first minutes: only the start of a long turn is searched.
MAX_CHARS = 8000


@dataclass(frozen=True)
class RollCallEntry:
    name: str
    status: str
    channel: str | None = None


def read_roll_call(turns: list[RawTurn]) -> list[RollCallEntry]:
    """Attendees (with channel), apologies, staff and interpreters named in the first turns.

    The staff member who says "moi-même"/"myself" is the speaker of that turn.
    """
    entries: list[RollCallEntry] = []
    seen_turn_with_roll_call = False
    read = 0
    for read, turn in enumerate(turns[:MAX_TURNS], 1):
        found = False
        listing: tuple[str, str | None] | None = None     # a heading whose names follow as a list ("- Ana Silva")
        for sentence in (c for s in sentences(turn.text[:MAX_CHARS]) for c in _clauses(s)):
            item = _LIST_ITEM.match(sentence)
            if item and listing:
                name = _leading_name(sentence[item.end():])
                entries.extend([RollCallEntry(name, listing[0], listing[1])] if name else [])
                continue
            listing = None
            status, cue_end, cue_start = _classify(sentence)
            if status is None:
                continue
            found = True
            folded = fold(sentence)
            channel = _channel(folded) if status == PRESENT else None
            names = _names_after(sentence, cue_end)
            if not names and sentence.rstrip().endswith(":") and status in (PRESENT, APOLOGY, STAFF_STATUS):
                listing = (status, channel)     # "Participantes no canal português:" then "- João…"
                continue
            if not names and status in (APOLOGY, PRESENT):
                # Named first: "Lee Park e Sam Wu enviaram suas desculpas", "X et Y se sont excusés",
                # "We have Tom Baker and Jane Doe on the call" (full names, opening the sentence: not
                # "It's good to see so many people on the call", "As Humberto Carrasco said on the call").
                names = _names_first(sentence, _raw_offset(sentence, cue_start), status)
            if not names and status == STAFF_STATUS and _SELF.search(folded):
                # The names can come before the cue: "A et moi-même, Terri, comme personnel".
                names = _names_after(sentence, 0)
            if status == STAFF_STATUS and _SELF.search(folded) and turn.label:
                # "…ainsi que moi-même, Claudia Ruiz": the speaker, whose name may follow.
                first = fold(turn.label).split()[0] if turn.label.split() else ""
                names = [n for n in names if fold(n).split()[0] != first]
                names.append(display_name(turn.label))
            if status == INTERPRETER_STATUS:
                entries.extend(RollCallEntry(n, status, _interpreting(folded, n)) for n in names)
            else:
                entries.extend(RollCallEntry(n, status, channel) for n in names)
        if found:
            seen_turn_with_roll_call = True
        elif seen_turn_with_roll_call:
            break
    entries += _late_apologies(turns[read:])
    # Someone on the call sent no apologies ("apologies from me, I was on mute. Bruno…").
    present = {fold(e.name) for e in entries if e.status == PRESENT}
    return _dedupe([e for e in entries if len(e.name) > 1 and not (e.status == APOLOGY and fold(e.name) in present)])


def roll_call_turn(turns: Sequence) -> object | None:
    """The turn, among the opening ones, that reads the roll call out (a stored ``Turn`` or a
    ``RawTurn``): the first that names people present (not "Thank you for joining us today")."""
    for turn in turns[:MAX_TURNS]:
        if any(e.status == PRESENT for e in read_roll_call([RawTurn(turn.label, turn.text)])):
            return turn
    return None


def _clauses(sentence: str) -> list[str]:
    """A sentence, or its clauses when they say different things ("We have Tom Baker and Jane
    Doe on the call, and Lee Park has sent his apologies")."""
    parts = _CLAUSE.split(sentence)
    if len(parts) > 1 and len({_classify(p)[0] for p in parts} - {None}) > 1:
        return parts
    return [sentence]


def _late_apologies(turns: list[RawTurn]) -> list[RollCallEntry]:
    """Apologies announced after the roll call, as received ("Nous avons aussi reçu les excuses de
    Tomás"), of people not present."""
    entries = []
    for turn in turns:
        folded_turn = fold(turn.text)
        if not (_LATE_APOLOGY.search(folded_turn) or _SENT_APOLOGY.search(folded_turn)):
            continue
        for sentence in sentences(turn.text):
            folded = fold(sentence)
            if _NEGATIVE.search(folded):
                continue
            if cue := _LATE_APOLOGY.search(folded):
                names = _names_after(sentence, _raw_offset(sentence, cue.end()))
                entries.extend(RollCallEntry(n, APOLOGY) for n in names)
            elif cue := _SENT_APOLOGY.search(folded):
                # "Maritza Aguero a envoyé ses excuses, Alejandro Pisanty même chose."
                before = _name_before(sentence[:_raw_offset(sentence, cue.start())])
                rest = sentence[_raw_offset(sentence, cue.end()):]
                names = [before] if before else []
                same = _SAME_AGAIN.match(rest) if before else None
                names += [same.group(1)] if same else []
                entries.extend(RollCallEntry(n, APOLOGY) for n in names if n)
    return entries


def _name_before(text: str) -> str | None:
    """The name that ends ``text`` (its last clause: a comma ends it), give or take an auxiliary and
    a relative pronoun ("Je vois que Maritza Aguero a", "j'excuse Rodrigo de La Parra, qui", "Ana
    Silva has"): a first and a last name at least, so that "He", "Ella" or "Verisign" are none."""
    words = text.split()
    while words and fold(words[-1].strip(",")) in _BETWEEN:
        words.pop()
    name: list[str] = []
    for word in reversed(words):
        if name and word.endswith(","):         # "Malheureusement, Humberto Carrasco a…"
            break
        bare = word.strip(".;:,")
        if _NAME_WORD.match(bare) or name and fold(bare) in lexicon.NAME_JOINERS:
            name.insert(0, bare)
        else:
            break
    while name and (fold(name[0]) in lexicon.NAME_JOINERS or fold(name[0]) in lexicon.NOT_NAMES
                    or fold(name[0]) in lexicon.OPENERS or _ELIDED.match(name[0])):     # "J'excuse Rodrigo…"
        name.pop(0)
    capitals = [w for w in name if fold(w) not in lexicon.NAME_JOINERS]
    return " ".join(name) if 2 <= len(capitals) and len(name) <= 6 else None


def _names_first(sentence: str, cue_start: int, status: str) -> list[str]:
    """The full names a sentence opens with, before its cue ("Lee Park and Sam Wu have sent…";
    those present after "we have": "We have Tom Baker and Jane Doe on the call")."""
    start = (_HAVE_FIRST if status == PRESENT else _NAMES_FIRST).match(sentence)
    if start is None:
        return []
    before = sentence[start.end():cue_start]
    names = [n for n in _names_after(before, 0)
             if len([w for w in n.split() if fold(w) not in lexicon.NAME_JOINERS]) >= 2]
    return names if names and before.lstrip().startswith(names[0]) else []


def _classify(sentence: str) -> tuple[str | None, int, int]:
    """What a roll-call sentence says (present, apology, staff, interpreter), and where its cue
    ends and starts in the raw sentence (the names come after it, or before). A question is no
    roll call ("Is Humberto Carrasco on the line?")."""
    if sentence.rstrip().endswith("?"):
        return None, 0, 0
    for status, heading in _HEADINGS.items():       # "Participants: A, B"
        if m := heading.match(sentence):
            return status, m.end(), m.start()
    folded = fold(sentence)
    if _NEGATIVE.search(folded):
        return None, 0, 0
    for status in _ORDER:
        m = _CUES[status].search(folded)
        if m and status == INTERPRETER_STATUS and m.group(0).startswith("interpreta") and not _channel(folded):
            continue        # "the interpretation of the bylaws by Olga Petrova": of no language
        if m:
            return status, _raw_offset(sentence, m.end()), m.start()
    return None, 0, 0


def _raw_offset(sentence: str, folded_end: int) -> int:
    """Map an offset in the folded sentence back to the raw one (by counting words)."""
    words_before = len(fold(sentence)[:folded_end].split())
    offset = 0
    for i, m in enumerate(re.finditer(r"[^\W_]+", sentence)):
        if i == words_before - 1:
            offset = m.end()
            break
    return offset


def _channel(folded: str) -> str | None:
    for word in folded.split():
        if word in _CHANNEL:
            return _CHANNEL[word]
    return None


def _interpreting(folded: str, name: str) -> str | None:
    """The channel an interpreter named in this (folded) sentence works on: the language said
    after their name ("Veronica et Marina pour l'espagnol", "Claudia and Mateo on Spanish"),
    or before it when the sentence names the channel first ("Notre interprète de portugais est
    Bettina et nos interprètes de français sont Camila and Claire")."""
    named = re.search(rf"\b{re.escape(fold(name))}\b", folded)
    said = [(m.start(), _CHANNEL[m.group(0)]) for m in re.finditer(r"\w+", folded) if m.group(0) in _CHANNEL]
    if named is None or not said:
        return None
    at = named.start()
    if _CHANNEL_FIRST.search(folded):
        return next((code for pos, code in reversed(said) if pos < at), None)
    return next((code for pos, code in said if pos > at), None)


_CHANNEL_FIRST = re.compile(rf"\binterpret\w* (?:de |d |del |da |do |for |para |para o |in |into |en |al |au |ao |vers l )?"
                            rf"(?:{_LANGUAGE_WORDS})\b")


def _names_after(sentence: str, start: int) -> list[str]:
    """The people named in the list after the cue: "A, B et C", "d'A et de B"."""
    rest = sentence[start:].rstrip(" .!")
    names = []
    for part in _SPLIT.split(rest):
        part = re.sub(r"^\s*(?:nous avons|we have|tenemos a|tenemos|temos|hemos recibido|de|d'|from|a)\s+",
                      "", part.strip(), flags=re.IGNORECASE)
        part = re.sub(r"^(?:d'|de |from |of )", "", part.strip(), flags=re.IGNORECASE)
        name = _leading_name(part)
        if name:
            names.append(name)
    return names


def _leading_name(part: str) -> str | None:
    """The name in a list item ("de portugais est Bettina"), up to the first word not part of it."""
    words = []
    skipped = 0
    for word in part.split():
        if _LIST_STOP.fullmatch(fold(word)) and words:
            break
        bare = word.strip(",.;:")
        if _NAME_WORD.match(bare) and (words or fold(bare) not in lexicon.NOT_NAMES):
            words.append(bare)      # "Rachid El Amrani": inside a name, "El" is part of it
        elif words and fold(bare) in lexicon.NAME_JOINERS:
            words.append(bare)
        elif words:
            break
        elif skipped < MAX_WORDS_BEFORE_NAME and not bare[:1].isupper():
            skipped += 1        # "sont Veronica", "de portugais est Bettina"
        elif fold(bare) in lexicon.NOT_NAMES:
            continue
        else:
            break
    while words and fold(words[-1]) in lexicon.NAME_JOINERS:
        words.pop()
    if not words or len(words) > 6:
        return None
    return " ".join(w.strip("[]") for w in words)


def _dedupe(entries: list[RollCallEntry]) -> list[RollCallEntry]:
    seen, out = set(), []
    for e in entries:
        k = (fold(e.name), e.status)
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out
