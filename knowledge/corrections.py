"""Which stored meeting a new file is a version of: a corrected transcript, one cut off, or the
whole of one stored cut off, replaces it; another call held the same day is a meeting of its own.
Mixed into ``store.Store``."""
from __future__ import annotations

from knowledge import versions
from knowledge.models import Document, Transcript

# Two transcripts of one group, day and language are one meeting when this share of their
# speakers is the same (a corrected version); else they are two meetings held the same day.
SAME_MEETING_OVERLAP = 0.5
SAME_TEXT_SHARE = 0.8       # a file whose turns are mostly a stored meeting's is a version of it
SAME_TURN = 80             # a turn of a corrected version is nearly the stored one's (rapidfuzz ratio)…
SAME_TURNS = 0.5           # …for this share of the turns
MAX_TURNS_TAKEN_OUT = 2     # a corrected version may leave out the last turns, whole (the operator's closing lines)
LONG_TURN_WORDS = 5         # turns shorter than this ("Thank you.") tell no call from another


def part_of(part: list[str], whole: list[str]) -> bool:
    """Are most of ``part``'s turns of five words or more turns of ``whole``, its last one
    perhaps cut off (the start of one)?"""
    said = [t for t in part if len(t.split()) >= LONG_TURN_WORDS]
    if not said:
        return False
    known = set(whole)
    found = sum(text in known for text in said[:-1])
    found += said[-1] in known or any(t.startswith(said[-1]) for t in whole)
    return found >= SAME_TEXT_SHARE * len(said)


def alike(said: list[str], stored: list[str]) -> bool:
    """Are most turns of five words or more of one version nearly those of the other (a corrected
    version: typos fixed, a name spelled again)? Two sessions of one day with the same people
    share their roll call and agenda, and little more."""
    from rapidfuzz import fuzz, process

    long = [t for t in said if len(t.split()) >= LONG_TURN_WORDS]
    if not long:
        return True         # (nothing said to tell them apart: the speakers decide)
    found = sum(process.extractOne(t, stored, scorer=fuzz.ratio, score_cutoff=SAME_TURN) is not None for t in long)
    return found >= SAME_TURNS * len(long)


def texts(turns) -> list[str]:
    """Turns' texts (of anything with a ``text``), with their spaces as one (a line wrapped
    elsewhere is the same turn)."""
    return [" ".join(t.text.split()) for t in turns]


class Corrections:
    db: object      # the Store's sqlite_utils Database

    def _id_for(self, base: str, transcript: Transcript, document: Document) -> str:
        """The id to store a meeting under: ``base``, unless a different meeting already has it
        (two calls of one group on one day): then ``base-2``, ``base-3``… A stored meeting that
        looks like the same one (same file name, or same start and mostly the same speakers, or
        mostly the same turns) is the one a corrected version replaces, and so is the draft a file
        named as its final was stored from (``drafts.later_by_name``), however much it rewrote (and so
        is the final a file named as its draft would replace: ``ingest`` refuses that) — unless the two
        start at different times: two calls of one day, whatever their names say."""
        candidate, n = base, 1
        while True:
            row = self.db.execute(
                "SELECT m.start_utc, d.filename, d.path FROM meetings m JOIN documents d ON d.id = m.document_id "
                "WHERE m.id = ?", [candidate]).fetchone()
            if row is None or self._same_meeting(candidate, row, transcript, document):
                return candidate
            n += 1
            candidate = f"{base}-{n}"

    def _same_meeting(self, mid: str, row, transcript: Transcript, document: Document) -> bool:
        from knowledge import drafts        # (drafts reads turns as this module does)

        start, filename, path = row
        new_start = transcript.start_utc.isoformat() if transcript.start_utc else None
        apart = bool(start and new_start and start != new_start)      # (two calls of one day, whatever their names)
        if not apart and (drafts.later_by_name(document.path, path) or drafts.later_by_name(path, document.path)):
            return True         # (an earlier run stored the draft, or the final: one call, rewritten or not)
        said = texts(transcript.turns)
        if apart:
            # Two calls at two times, even under one file name ("am/transcript.txt",
            # "pm/transcript.txt"), unless each holds the other's turns: its start corrected.
            stored = self._stored_texts(mid)
            return part_of(said, stored) and part_of(stored, said)
        if filename == document.filename:
            return True
        old = {r[0] for r in self.db.execute(
            "SELECT DISTINCT speaker FROM turns WHERE meeting_id = ? AND role IN ('member', 'staff')", [mid])}
        stored = self._stored_texts(mid)
        if versions.overlap(old, set(transcript.speakers)) >= SAME_MEETING_OVERLAP and alike(said, stored):
            return True         # (the same people and another call: a morning and an afternoon session)
        # One is a part of the other (a file cut off after its first pages, mid-turn): most of its
        # turns are the other's, the last one perhaps only begun.
        return part_of(said, stored) or part_of(stored, said)

    def stored_path(self, mid: str) -> str | None:
        """The path of the file a stored meeting was read from (None: no such meeting)."""
        row = self.db.execute("SELECT d.path FROM meetings m JOIN documents d ON d.id = m.document_id "
                              "WHERE m.id = ?", [mid]).fetchone()
        return row[0] if row else None

    def _stored_texts(self, mid: str) -> list[str]:
        """A stored meeting's turns, their spaces as ``texts`` gives them."""
        return [" ".join(r[0].split()) for r in self.db.execute(
            "SELECT text FROM turns WHERE meeting_id = ? ORDER BY idx", [mid])]

    def _only_begins(self, mid: str, transcript: Transcript) -> bool:
        """Is the new version the stored meeting's first turns and no more (a file cut off: each of
        its turns the stored one's at its place, the last one perhaps only begun)? A version
        without its last turn or two, whole, is a corrected one (the operator's closing line
        taken out)."""
        stored, said = self._stored_texts(mid), texts(transcript.turns)
        if not said or len(said) >= len(stored):
            return False
        last = stored[len(said) - 1]
        begun = said[:-1] == stored[:len(said) - 1] and last.startswith(said[-1])
        return begun and (last != said[-1] or len(stored) - len(said) > MAX_TURNS_TAKEN_OUT)

    def _start_kept(self, mid: str, transcript: Transcript) -> str | None:
        """The start a new version of a stored meeting is stored with: its own, else the one
        stored (a corrected file without the opening's time keeps it)."""
        if transcript.start_utc:
            return transcript.start_utc.isoformat()
        row = self.db.execute("SELECT start_utc FROM meetings WHERE id = ?", [mid]).fetchone()
        return row[0] if row else None
