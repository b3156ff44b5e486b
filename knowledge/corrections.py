"""Which stored meeting a new file is a version of: a corrected transcript, one cut off, or the
whole of one stored cut off, replaces it; another call held the same day is a meeting of its own.
Mixed into ``store.Store``."""
from __future__ import annotations

from knowledge import drafts, versions
from knowledge.models import Document, Transcript
from knowledge.turn_texts import alike, part_of, texts

# Two transcripts of one group, day and language are one meeting when this share of their
# speakers is the same (a corrected version); else they are two meetings held the same day.
SAME_MEETING_OVERLAP = 0.5
MAX_TURNS_TAKEN_OUT = 2     # a corrected version may leave out the last turns, whole (the operator's closing lines)


class Corrections:
    db: object      # the Store's sqlite_utils Database

    def _id_for(self, base: str, transcript: Transcript, document: Document) -> tuple[str, str | None]:
        """The id to store a meeting under, and the path of the stored file it replaces (None: a
        new meeting): ``base``, unless a different meeting already has it
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
                return candidate, row and row[2]
            n += 1
            candidate = f"{base}-{n}"

    def _same_meeting(self, mid: str, row, transcript: Transcript, document: Document) -> bool:
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
