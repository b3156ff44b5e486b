"""What a file is, before it is read as one meeting: no transcript at all (a README, notes, an
agenda sent round), or two calls pasted into one file."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from knowledge import lexicon_speech, opening, rollcall
from knowledge.models import PRESENT, RawTurn
from knowledge.text import fold

# A line written like someone speaking, whatever the case of the name: "Claudia Ruiz: …", "TOM: …",
# "**Ana Silva**: …" (a capital first, two to five words of a name).
_SPOKEN = re.compile(r"^[ \t]*[*_]*([A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|de|del|la|las|los|da|das|"
                     r"do|dos|du|van|von|der|di|le)){0,4})[*_]*[ \t]*[:：﹕][ \t]*\S", re.M)
MIN_SPOKEN_LINES = 3


def no_speech(labels: Iterable[str], text: str) -> bool:
    """Does a file hold no conversation: the turns read are fewer than two people's, and few of its
    lines are written like someone speaking (fewer than three "Name: …" lines, or no name twice,
    or one name only)? "TODO: …" and "Note: …" in a README, "Zoom: https://…" in an agenda are
    no one speaking; "Claudia Ruiz: …" throughout is a transcript whose labels Acta does not read."""
    if len({fold(label) for label in labels}) >= 2:
        return False
    said = Counter(fold(m.group(1)) for m in _SPOKEN.finditer(text))
    return not (len(said) >= 2 and sum(said.values()) >= MIN_SPOKEN_LINES and max(said.values()) >= 2)


_WELCOME = re.compile(lexicon_speech.WELCOME_TO_CALL)
OPENING_HEAD = 400          # a second call's welcome, date and time are said at the start of its first turn
MIN_TURNS_BEFORE = 4        # the first call's own opening turns are not a second call
MIN_TURNS_AFTER_END = 2     # a stray line after the end marker is no second call


def second_call(raw: Sequence[RawTurn], ends: Sequence[int], date: dt.date, group: str | None,
                language: str) -> tuple[int, str] | None:
    """Where a second call starts in a file that holds two, pasted one after the other: its line
    and what says so; None for one call. A second call is turns after the end marker of the first
    ("[END OF TRANSCRIPTION]" at line ``ends``), or a second opening after the first call's turns: a
    welcome to the call and a full date at the start of a turn, then a roll call read out, with
    another date or group than the meeting's (``date``, ``group``), or the same call's date and a
    time in UTC (the same call pasted twice). A chair who says the date again, welcomes latecomers
    or everyone back after a break, or announces another call ("welcome to the webinar on…"), opens
    no call."""
    for end in ends:
        after = [t for t in raw if t.line and t.line > end]
        if len(after) >= MIN_TURNS_AFTER_END:
            return after[0].line, f"the transcript ends at line {end} and turns follow"
    first: int | None = None        # the first call's opening turn
    for i, turn in enumerate(raw):
        head = turn.text[:OPENING_HEAD]
        if not turn.line or not _WELCOME.search(fold(head)):
            continue
        said = opening.find_date(head, language)
        if said is None:
            continue
        other = opening.find_group(head)
        differs = said != date or (other and group and other != group)
        if i - (first if first is not None else 0) >= MIN_TURNS_BEFORE and (first is not None or differs) and (
                differs or opening.utc_times(head)) and _roll_call(raw[i:i + ROLL_CALL_TURNS]):
            what = f"{other or 'a call'} on {said.isoformat()}" if differs else "the same call, its time and roll call"
            return turn.line, f"a second opening: {what}"
        first = i if first is None else first
    return None


ROLL_CALL_TURNS = 3         # a second opening's roll call is read in its first turn or the next two


def _roll_call(turns: Sequence[RawTurn]) -> bool:
    """Is a roll call read out in these turns (someone named present)? An announcement of another
    call ("welcome to the webinar on 3 December") reads none."""
    return any(e.status == PRESENT for e in rollcall.read_roll_call(list(turns)))
