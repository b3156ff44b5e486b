"""What a file is, before it is read as one meeting: no transcript at all (a README, notes, an
agenda sent round, a call's minutes), or two calls pasted into one file."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from knowledge import lexicon_chat, lexicon_speech, opening, rollcall, turn_texts
from knowledge.models import PRESENT, RawTurn
from knowledge.text import detect_language, fold

# A name at the start of a line, whatever its case: "Claudia Ruiz", "TOM", "Marc-André Gagnon",
# "**Ana Silva**" (a capital first, two to five words of a name).
_NAME = (r"[*_]*([A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|de|del|la|las|los|da|das|do|dos|du|van|"
         r"von|der|di|le)){0,4})[*_]*")
_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
# The ways transcripts write who speaks, each a name then what they said: "Claudia Ruiz: …", "Claudia
# Ruiz (00:01): …", "[Claudia Ruiz] …", "Claudia Ruiz - …" on one line; "Claudia Ruiz  0:03" alone
# on its line, what she said on the next (an Otter.ai export).
_SPEAKING = tuple(re.compile(pattern, re.M) for pattern in (
    r"^[ \t]*%s[ \t]*(?:\(%s\)[ \t]*)?[:：﹕][ \t]*\S" % (_NAME, _CLOCK),
    r"^[ \t]*\[%s\][ \t]*[:\-–—]?[ \t]*\S" % _NAME,
    r"^[ \t]*%s[ \t]+[-–—][ \t]+\S" % _NAME,
    r"^[ \t]*%s[ \t]+(?:\(%s\)|\[%s\]|%s)[ \t]*\n[ \t]*\S" % (_NAME, _CLOCK, _CLOCK, _CLOCK)))
MIN_SPOKEN_LINES = 3


def no_speech(labels: Iterable[str], text: str) -> bool:
    """Does a file hold no conversation? Only when nothing in it says someone speaks: the turns read
    are fewer than two people's, no call is opened in it (a welcome to the call and its date on one
    line), and few of its lines are written like someone speaking, in any of the ways transcripts
    write it (``_SPEAKING``: fewer than three such lines, or no name twice, or one name only).
    "TODO: …" and "Note: …" in a README, "Zoom: https://…" in an agenda are no one speaking; "Claudia
    Ruiz: …", "[Claudia Ruiz] …" or Otter's "Claudia Ruiz  0:03" throughout is a transcript whose
    labels Acta does not read: a failure to report, not a file to skip."""
    if len({fold(label) for label in labels}) >= 2 or _opens_a_call(text):
        return False
    for pattern in _SPEAKING:
        said = Counter(fold(m.group(1)) for m in pattern.finditer(text))
        if len(said) >= 2 and sum(said.values()) >= MIN_SPOKEN_LINES and max(said.values()) >= 2:
            return False
    return True


def _opens_a_call(text: str) -> bool:
    """Is a call opened on some line: a welcome to the call and a full date ("Welcome everyone to
    the NARALO monthly call on 10 November 2026")? An agenda's "Welcome and roll call" is none."""
    language = detect_language(text)
    return any(_WELCOME.search(fold(line)) and opening.find_date(line, language)
               for line in text.split("\n") if len(line) < 2000)


_WELCOME = re.compile(lexicon_speech.WELCOME_TO_CALL)
HEADING_LINES = 3           # a document's heading: its first lines…
HEADING_CHARS = 150         # …each of a title's length, not a paragraph
LONG_TURN = 30              # words: someone speaking at length, as in a call and not in minutes' lines
MIN_SPEECHES = 3            # a call has this many turns that long…
MIN_CHAIR_TURNS = 3         # …and someone (the chair, staff) who speaks this often
_RULE = re.compile(r"^\s*(?:[-_*=#]\s*){3,}$")
_SEGMENT = re.compile(r"\s+[-–—|/]\s+|[:|\[\]()*#,;]")
_RECORD_AT_START = re.compile(r"^%s(?:(?P<minutes>%s)|(?P<agenda>%s))\b(?! ?%s)" % (
    lexicon_speech.RECORD_QUALIFIER, lexicon_speech.MINUTES_HEADING, lexicon_speech.AGENDA_HEADING,
    lexicon_speech.NOT_RECORD_AFTER))
_RECORD_AT_END = re.compile(r"\b(?:(?P<minutes>%s)|(?P<agenda>%s))$" % (
    lexicon_speech.MINUTES_HEADING, lexicon_speech.AGENDA_HEADING))
_TRANSCRIPT = re.compile(lexicon_speech.TRANSCRIPT_HEADING)
MINUTES, AGENDA = "minutes", "agenda"


def written_record(text: str, raw: Sequence[RawTurn]) -> tuple[str, str] | None:
    """What written record of a call a file is, ``MINUTES`` (minutes, notes, a summary) or
    ``AGENDA``, and the heading line that says so; None for anything else. Its heading (its first
    lines before anyone speaks, or the first label) names it so — "NARALO Monthly Call – 12 October 2026 – Minutes", "DRAFT AGENDA", "Acta de
    la reunión…", "Compte rendu", "Ordre du jour", "Pauta" — without calling it a transcript, and no
    one speaks in it: no call is opened at the start of a turn, and it does not have three turns of 30
    words or more with someone who takes three turns. The minutes' "ETHAN BROOKS: presented the
    survey" lines are no call; a chair who says "let's go to the agenda", or reads the last call's
    minutes, speaks in the transcript, not in its heading."""
    lines = text.split("\n")[:raw[0].line - 1] if raw and raw[0].line else text.split("\n")
    heading = [line.strip() for line in lines if line.strip() and not _RULE.match(line)][:HEADING_LINES]
    if raw and len(heading) < HEADING_LINES:
        heading.append(raw[0].label)        # ("MINUTES: NARALO call, 12 October" read as someone speaking)
    if any(_TRANSCRIPT.search(fold(line)) for line in heading):
        return None
    for line in heading:
        kind = _names_a_record(line) if len(line) <= HEADING_CHARS else None
        if kind:
            return (kind, line) if not _spoken(raw, detect_language(text)) else None
    return None


def written_minutes(text: str, raw: Sequence[RawTurn]) -> str | None:
    """The line that shows a file to be a call's minutes or notes written without a heading that
    names them ("Welcome to the NARALO monthly call of 12 October 2026." written above "Attendees:"
    and "Action items:"), else None. A call is welcomed, with its date, in a line written before
    anyone speaks (not after a name: "Rachel: Welcome…", ">> RACHEL: Welcome…"); the file has a
    minutes' section ("Action items:", "Decisions", "Summary of the discussion:", "Acuerdos:") on a
    line of its own; and no one speaks in it: in its turns (``_spoken``, nor two that ask, thank or
    greet someone: "Hi Marc-André, Priya here."), nor in lines written in any of the ways
    transcripts write who speaks (``_conversation``). A call whose chair welcomes
    everyone with its date in the first turn, or in which people take the floor back, is a call."""
    lines = text.split("\n")
    if not any(_section(line) for line in lines):
        return None
    language = detect_language(text)
    before = lines[:raw[0].line - 1] if raw and raw[0].line else lines
    welcome = next((line.strip() for line in before if len(line) < 2000 and _written_welcome(line, language)), None)
    if welcome is None:
        return None
    speaking = _spoken(raw, language) or _addressed([t.text for t in raw]) or _conversation(text)
    return None if speaking else welcome


def _written_welcome(line: str, language: str) -> bool:
    """Does a line welcome to a call, with its date, as written prose: the welcome among its first
    words, no one's name and colon (or ">>", "]") before it?"""
    folded = fold(line)
    m = _WELCOME.search(folded)
    said = _WELCOME_WORD.search(line)       # (where it starts in the line as written: fold drops ":" and ">")
    return bool(m and said) and not re.search(r"[:>\]]", line[:said.start()]) and len(folded[:m.start()].split()) \
        <= WELCOME_AFTER_WORDS and opening.find_date(line, language) is not None


_WELCOME_WORD = re.compile(r"welcome|bienvenid|bienvenue|bem[- ]vind|boas[- ]vindas", re.IGNORECASE)


def _conversation(text: str) -> bool:
    """Do people speak in lines written in any of the ways transcripts write it (``_SPEAKING``):
    several taking the floor back after others, asking, thanking or greeting, or speaking at length? (An action items list's
    "Ethan: circulate the survey", each a line or two, does neither.)"""
    for pattern in _SPEAKING:
        found = list(pattern.finditer(text))
        names = [fold(m.group(1)) for m in found]
        returns = _returns(names)
        said = [text[m.end() - 1:text.find("\n", m.end()) % (len(text) + 1)] for m in found]
        if len(names) >= MIN_DIALOGUE_TURNS and returns >= MIN_RETURNS or _addressed(said) \
                or sum(len(line.split()) >= LONG_TURN for line in said) >= MIN_SPEECHES:
            return True
    return False


def _addressed(said: Sequence[str]) -> bool:
    """Do several of these turns ask, thank or greet someone ("Hi Marc-André, Priya here.")?"""
    return sum("?" in text or bool(_ADDRESS.search(fold(text))) for text in said) >= MIN_ADDRESSED


def _section(line: str) -> bool:
    """Is a line a minutes' section heading: its words alone, or before a colon ("Action items:")?"""
    return bool(_SECTION.fullmatch(fold(line.split(":")[0] if ":" in line else line)))


_SECTION = re.compile(lexicon_speech.RECORD_SECTION)
# Someone thanked or greeted: said to someone in a call, not written in its minutes ("thanked the volunteers").
_ADDRESS = re.compile(r"\b(?:%s)\b" % "|".join(sorted({p for said in (lexicon_chat.THANKS, lexicon_chat.GREETINGS)
                                                        for phrases in said.values() for p in phrases.split("|")})))
MIN_ADDRESSED = 2           # turns that ask, thank or greet: people speaking
WELCOME_AFTER_WORDS = 4     # "Good evening everyone, welcome to…": a welcome among a line's first words


def _names_a_record(line: str) -> str | None:
    """ "minutes" or "agenda" when a part of a heading line (between dashes, colons, brackets)
    begins or ends with what a written record calls itself."""
    for part in _SEGMENT.split(line):
        folded = fold(part)
        m = _RECORD_AT_START.match(folded) or _RECORD_AT_END.search(folded)
        if m:
            return MINUTES if m.group("minutes") else AGENDA
    return None


def _spoken(raw: Sequence[RawTurn], language: str) -> bool:
    """Do people speak in these turns: a call opened at the start of one (a welcome to the call
    and its date), or several long turns and someone who takes the floor again and again?"""
    if any(_WELCOME.search(fold(t.text[:OPENING_HEAD])) and opening.find_date(t.text[:OPENING_HEAD], language)
           for t in raw):
        return True
    if _a_call(raw):
        return True
    # …or a conversation, however short: people taking the floor back after others (a chair
    # handing over and back), which a call's minutes or agenda, a line per person, never do
    labels = [fold(t.label) for t in raw]
    return len(labels) >= MIN_DIALOGUE_TURNS and _returns(labels) >= MIN_RETURNS


def _returns(names: list[str]) -> int:
    """How often someone takes the floor back after another."""
    return sum(1 for i, name in enumerate(names) if name in names[:i] and names[i - 1] != name)
MIN_DIALOGUE_TURNS = 6      # a short call: turns…
MIN_RETURNS = 3             # …in which people take the floor back after someone else, this often
OPENING_HEAD = 400          # a second call's welcome, date and time are said at the start of its first turn
MIN_TURNS_BEFORE = 4        # the first call's own opening turns are not a second call
OPENING_TURNS = 3           # after an end marker, a second call opens in its first turns (not in a chat log's)
ROLL_CALL_TURNS = 3         # a second opening's roll call is read in its first turn or the next two


def second_call(raw: Sequence[RawTurn], ends: Sequence[int], date: dt.date, group: str | None,
                language: str, *, date_order: str = "DMY", text: str = "") -> tuple[int, str] | None:
    """Where a second call starts in a file that holds two, pasted one after the other: its line
    and what says so; None for one call. A second call opens with a welcome to the call and a full
    date at the start of a turn. It is another call when that date or its group is not the
    meeting's (``date``, ``group``): in the first turn after the first call's end marker
    ("[END OF TRANSCRIPTION]" at line ``ends``), or with a roll call read out in one of the first
    turns after it or anywhere after the first call's turns, or — opened in one of the first turns
    after the end marker (after "the recording has started") — when the turns from the marker on
    are a call's (``_a_call``) and no annex heading ("ZOOM CHAT LOG:", "Annex") stands between the
    marker and them (``text``: the file's text, its lines the turns'). It is the same call pasted twice when the turns from there say again most of
    what the turns before it said. A chair who says the date again, welcomes latecomers or
    everyone back after a break or a lost connection (and reads the roll call again), announces
    another call ("welcome to the webinar on…"), or a chat log after the end marker, opens no call."""
    for end in ends:
        after = [i for i, t in enumerate(raw) if t.line and t.line > end]
        for i in after[:OPENING_TURNS]:
            found = _opened(raw, i, date, group, language, date_order)
            if found and (_repeats(raw[i:], raw[:i]) if not found[1] else
                          i == after[0] or _roll_call(raw[i:i + ROLL_CALL_TURNS])
                          or _a_call(raw[after[0]:]) and not _annex(text, end, raw[i].line, raw[after[0]:i + 1])):
                return raw[after[0]].line, f"the transcript ends at line {end} and {found[0]} follows"
    first: int | None = None        # the first call's opening turn
    for i, turn in enumerate(raw):
        if not (found := _opened(raw, i, date, group, language, date_order)):
            continue
        what, differs = found
        if i - (first if first is not None else 0) >= MIN_TURNS_BEFORE and (
                _roll_call(raw[i:i + ROLL_CALL_TURNS]) if differs else first is not None and _repeats(raw[i:], raw[:i])):
            return turn.line, f"a second opening: {what}"
        first = i if first is None else first
    return None


def _opened(raw: Sequence[RawTurn], i: int, date: dt.date, group: str | None,
            language: str, date_order: str = "DMY") -> tuple[str, bool] | None:
    """Does turn ``i`` open a call (a welcome to the call and a full date at its start)? Then which
    one, and whether it differs from the meeting (another date or group); else None."""
    head = raw[i].text[:OPENING_HEAD]
    if not raw[i].line or not _WELCOME.search(fold(head)) or (said := opening.call_date(head, language, date_order=date_order)) is None:
        return None
    other = opening.find_group(head)
    if said != date or (other and group and other != group):
        return f"{other or 'a call'} on {said.isoformat()}", True
    return "the same call again", False


def _a_call(turns: Sequence[RawTurn]) -> bool:
    """Are these turns a call's, not a chat log's or an annex's lines: several turns of 30 words
    or more, and someone (its chair, staff) who takes the floor again and again?"""
    most = max(Counter(fold(t.label) for t in turns).values(), default=0)
    return sum(len(t.text.split()) >= LONG_TURN for t in turns) >= MIN_SPEECHES and most >= MIN_CHAIR_TURNS


def _annex(text: str, end: int, line: int, turns: Sequence[RawTurn]) -> bool:
    """Is what follows an end marker headed as an annex ("ZOOM CHAT LOG:", "Annex 1 – action
    items"): a short line of its own, or a turn's label, between the marker (line ``end``) and the
    turn on ``line``?"""
    lines = text.split("\n")[end:line - 1] + [t.label for t in turns]
    return any(len(heading) <= ANNEX_CHARS and not heading.rstrip().endswith((".", "?", "!")) and _ANNEX.search(fold(heading))
               for heading in (ln.strip() for ln in lines) if heading)


_ANNEX = re.compile(lexicon_speech.ANNEX_HEADING)
ANNEX_CHARS = 60            # an annex's heading is a title's length, not a sentence


def _repeats(part: Sequence[RawTurn], before: Sequence[RawTurn]) -> bool:
    """Do most turns of ``part`` say again what turns ``before`` it said (within a few typos): the
    same call pasted twice? A session restarted says its opening again, then new things."""
    said = turn_texts.texts(part)
    if not any(len(t.split()) >= turn_texts.LONG_TURN_WORDS for t in said):
        return False
    return turn_texts.alike(said, turn_texts.texts(before))


def _roll_call(turns: Sequence[RawTurn]) -> bool:
    """Is a roll call read out in these turns (someone named present)? An announcement of another
    call ("welcome to the webinar on 3 December") reads none."""
    return any(e.status == PRESENT for e in rollcall.read_roll_call(list(turns)))
