"""All SQL lives here: the schema (as sqlite-utils migrations) and every read and write.

A Store owns one SQLite connection; sqlite3 connections belong to the thread that made them,
so a worker thread opens its own Store on the same file (WAL mode lets readers and one writer
work side by side).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from sqlite_utils import Database

from knowledge import analysis, versions
from knowledge.transcripts import READING
from knowledge.schema import migrations
from knowledge.errors import MeetingNotFound
from knowledge.transactions import writing
from knowledge.postings import PassageRow, PostingsTables  # noqa: F401  (PassageRow is part of the API)
from knowledge.corrections import Corrections
from knowledge.people_tables import PeopleTables
from knowledge.reminder_tables import ReminderTables
from knowledge.survey_tables import SurveyTables
from knowledge.chat_tables import ChatTables
from knowledge.models import (
    INTERPRETER, OPERATOR, AgendaItem, Attendee, Document, MeetingDetail, MeetingSummary, Transcript, Turn,
    meeting_title)

def meeting_id(transcript: Transcript) -> str:
    """A readable, stable id: the same group, kind, day and language is the same meeting."""
    parts = [transcript.group.lower() if transcript.group else None,
             None if transcript.kind == "monthly_call" else transcript.kind,
             transcript.date.isoformat(), transcript.language]
    return "-".join(p for p in parts if p)


class Store(Corrections, PostingsTables, PeopleTables, ReminderTables, SurveyTables, ChatTables):
    """The knowledge base on disk (the search index's tables: ``postings.PostingsTables``)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.db = Database(self.path)
        self.db.execute("PRAGMA busy_timeout = 10000")
        if self.path != ":memory:":
            self.db.enable_wal()
        self.db.execute("PRAGMA foreign_keys = ON")
        if migrations.pending(self.db):
            with writing(self.db):  # two processes opening a new file: one applies, the other waits
                migrations.apply(self.db)
        self._link_unlinked()
        self._record_analysis_if_empty(analysis.VERSION)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writes ---------------------------------------------------------------------------

    def meeting_for_document(self, sha256: str) -> str | None:
        """The meeting a file with this content already made, if any."""
        row = self.db.execute(
            "SELECT m.id FROM documents d JOIN meetings m ON m.document_id = d.id WHERE d.sha256 = ?",
            [sha256]).fetchone()
        return row[0] if row else None

    def save(self, transcript: Transcript, document: Document,
             passages: Iterable[PassageRow] = (), *, mid: str | None = None,
             replacing: Callable[[str, str, int, int, int, bool], None] | None = None, again: bool = False,
             date_order: str | None = None) -> tuple[str, str]:
        """Store a meeting and index its passages in one transaction; returns its id and what
        happened: ``ingested`` (new), ``replaced`` (a corrected version) or ``unchanged`` (same file).
        ``mid`` overrides the id made from the group, kind, date and language. ``replacing`` is
        told the stored meeting a new version replaces (its id, the path of its file, its turns, words
        and people present in its roll call, and whether the new version is only its first turns) and may refuse
        by raising: nothing is written. ``again``: the stored file read anew (``mid`` is its
        meeting's id), which replaces what was read from it before. ``date_order``: the
        ``[display] date_order`` it was read with (``read_order``)."""
        with writing(self.db):
            existing = self.meeting_for_document(document.sha256)
            if again and existing != mid:       # replaced since it was read (a corrected version): keep that
                return mid, "changed"
            if existing and not again:
                return existing, "unchanged"
            mid, stored_path = self._id_for(mid or meeting_id(transcript), transcript, document)
            status = "ingested"
            start = self._start_kept(mid, transcript)
            old = self.db.execute("SELECT document_id, rowid FROM meetings WHERE id = ?", [mid]).fetchone()
            if old:
                status = "replaced"
                if replacing:
                    turns, words = self.db.execute(
                        "SELECT count(*), coalesce(sum(words), 0) FROM turns WHERE meeting_id = ?", [mid]).fetchone()
                    present = self.db.execute(
                        "SELECT count(*) FROM attendance WHERE meeting_id = ? AND status = 'present' "
                        "AND source = 'roll_call'", [mid]).fetchone()[0]
                    replacing(mid, stored_path, turns, words, present, self._only_begins(mid, transcript))
                self._unindex(mid)
                self.db.execute("DELETE FROM meetings WHERE id = ?", [mid])
                self.db.execute("DELETE FROM documents WHERE id = ?", [old[0]])
            now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            doc_id = self.db["documents"].insert({
                "sha256": document.sha256, "filename": document.filename, "path": document.path,
                "format": document.format, "size": document.size, "content": document.content,
                "ingested_at": now}).last_pk
            self.db["meetings"].insert({
                "id": mid, "date": transcript.date.isoformat(),
                "start_utc": start,
                "group_name": transcript.group, "kind": transcript.kind, "language": transcript.language,
                "document_id": doc_id, "turn_count": len(transcript.turns), "ingested_at": now,
                "read_with": READING, "date_order": date_order})
            if old:     # the same meeting: its place in the order of arrival too (a summary is for news)
                self.db.execute("UPDATE meetings SET rowid = ? WHERE id = ?", [old[1], mid])
            else:       # after all, even a deleted one's (SQLite would give its rowid again)
                self.db.execute("UPDATE meetings SET rowid = (SELECT max(max(rowid), coalesce((SELECT value FROM "
                                "index_meta WHERE key = 'deleted_meeting'), 0)) + 1 FROM meetings) WHERE id = ?", [mid])
            ids = self._people(transcript)
            self.db["turns"].insert_all(({
                "meeting_id": mid, "idx": t.index, "person_id": ids.get(t.person), "speaker": t.speaker,
                "label": t.label, "role": t.role, "text": t.text, "words": len(t.text.split()),
                "start_seconds": t.start, "end_seconds": t.end} for t in transcript.turns), batch_size=500)
            self.db["attendance"].insert_all({
                "meeting_id": mid, "position": i, "person_id": ids.get(a.person), "name": a.name,
                "status": a.status, "channel": a.channel, "source": a.source}
                for i, a in enumerate(transcript.attendance))
            self.db["agenda"].insert_all({
                "meeting_id": mid, "position": i, "title": item.title, "presenter": item.presenter,
                "presenter_id": self._person_id_by_name(item.presenter, transcript, ids),
                "moderator": item.moderator} for i, item in enumerate(transcript.agenda))
            self.index_passages(mid, passages)
            self._link(mid)
            return mid, status

    def delete(self, mid: str) -> MeetingSummary:
        """Remove one meeting (one language version of a call) in one transaction: what was read
        from it, its file, its passages in the index, and the people no other meeting names.
        Another version of the call takes its place. MeetingNotFound if no meeting has this id."""
        with writing(self.db):
            gone = self.meeting_summary(mid)
            family, doc = self.db.execute("SELECT family, document_id FROM meetings WHERE id = ?", [mid]).fetchone()
            self._unindex(mid)
            self.db.execute("INSERT INTO index_meta SELECT 'deleted_meeting', rowid FROM meetings WHERE id = ? "
                            "ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)", [mid])
            self.db.execute("DELETE FROM meetings WHERE id = ?", [mid])
            self.db.execute("DELETE FROM documents WHERE id = ?", [doc])
            heir = self.db.execute("SELECT id FROM meetings WHERE family = ? ORDER BY id != family, rowid",
                                   [family]).fetchone()
            if heir:
                self.db.execute("UPDATE meetings SET family = ? WHERE family = ?", [heir[0], family])
                self._align(heir[0])
                # The call's summary went out from the deleted version: it is not news from the other.
                self.db.execute("INSERT OR IGNORE INTO summary_posts (meeting_id, chat_id, claimed_at, sent_at, error) "
                                "SELECT ?, chat_id, claimed_at, sent_at, error FROM summary_posts WHERE meeting_id = ?",
                                [heir[0], mid])
            unnamed = ("SELECT id FROM people WHERE id NOT IN (SELECT person_id FROM turns WHERE person_id IS NOT NULL) "
                       "AND id NOT IN (SELECT person_id FROM attendance WHERE person_id IS NOT NULL) "
                       "AND id NOT IN (SELECT presenter_id FROM agenda WHERE presenter_id IS NOT NULL)")
            self.db.execute(f"DELETE FROM aliases WHERE person_id IN ({unnamed})")
            self.db.execute(f"DELETE FROM people WHERE id IN ({unnamed})")
        return gone

    # --- language versions (see versions.py) ------------------------------------------------

    def _link(self, mid: str) -> None:
        """Make a meeting a version of another language's meeting of the same call, if one
        is stored, else the root of its own family; then align the family's turns."""
        date, kind, group, language, start = self.db.execute(
            "SELECT date, kind, group_name, language, start_utc FROM meetings WHERE id = ?", [mid]).fetchone()
        speakers = self._speaker_ids(mid)
        family, best = mid, 0.0
        for other, other_family, other_start in self.db.execute(
                "SELECT id, family, start_utc FROM meetings WHERE date = ? AND kind = ? AND group_name IS ? "
                "AND language != ? AND family IS NOT NULL AND family != ? ORDER BY rowid",
                [date, kind, group, language, mid]).fetchall():
            if start and other_start and start != other_start:
                continue
            if self.db.execute("SELECT 1 FROM meetings WHERE family = ? AND language = ? AND id != ?",
                               [other_family, language, mid]).fetchone():
                continue        # that call already has this language: this is another meeting
            shared = versions.overlap(speakers, self._speaker_ids(other))
            if shared >= versions.SAME_SPEAKERS and shared > best:
                family, best = other_family, shared
        # A root replaced by a corrected version keeps its family; one that joins another takes it along.
        self.db.execute("UPDATE meetings SET family = ? WHERE id = ? OR family = ?", [family, mid, mid])
        self._align(family)

    def _link_unlinked(self) -> None:
        """Link the meetings stored before language versions were (oldest first)."""
        query = "SELECT id FROM meetings WHERE family IS NULL ORDER BY rowid"
        if self.db.execute(query).fetchone():
            with writing(self.db):  # read again under the lock: another process may have linked them
                for (mid,) in self.db.execute(query).fetchall():
                    self._link(mid)

    def _speaker_ids(self, mid: str) -> set[int]:
        return {r[0] for r in self.db.execute(
            "SELECT DISTINCT person_id FROM turns WHERE meeting_id = ? AND role IN ('member', 'staff') "
            "AND person_id IS NOT NULL", [mid])}

    def _align(self, family: str) -> None:
        """Point every version's turns at the root's (``turns.family_idx``)."""
        def speakers(mid: str) -> list:
            # An interpreter is labelled in the channel's language (INTÉRPRETE, INTERPRETER):
            # the same voice in every version.
            return [role if role in (INTERPRETER, OPERATOR) else pid if pid is not None else label
                    for pid, label, role in self.db.execute(
                        "SELECT person_id, label, role FROM turns WHERE meeting_id = ? ORDER BY idx", [mid])]

        self.db.execute("UPDATE turns SET family_idx = idx WHERE meeting_id = ?", [family])
        root = speakers(family)
        for (member,) in self.db.execute("SELECT id FROM meetings WHERE family = ? AND id != ?",
                                         [family, family]).fetchall():
            mapping = versions.align(root, speakers(member))
            self.db.execute("UPDATE turns SET family_idx = NULL WHERE meeting_id = ?", [member])
            self.db.conn.executemany("UPDATE turns SET family_idx = ? WHERE meeting_id = ? AND idx = ?",
                                     [(r, member, i) for i, r in mapping.items()])

    def _people(self, transcript: Transcript) -> dict[str, int]:
        """Person ids for the meeting's people: found by any known spelling, or created."""
        ids: dict[str, int] = {}
        for person in transcript.people:
            keys = (person.key, *person.aliases)
            found = None
            for k in keys:
                row = self.db.execute("SELECT person_id FROM aliases WHERE key = ?", [k]).fetchone()
                if row:
                    found = row[0]
                    break
            if found is None:
                found = self.db["people"].insert({"name": person.name, "key": person.key}).last_pk
            for k in keys:
                self.db.execute("INSERT OR IGNORE INTO aliases (key, person_id) VALUES (?, ?)", [k, found])
            ids[person.key] = found
        return ids

    @staticmethod
    def _person_id_by_name(name: str | None, transcript: Transcript, ids: dict[str, int]) -> int | None:
        for person in transcript.people:
            if name and person.name == name:
                return ids.get(person.key)
        return None

    # --- reads ----------------------------------------------------------------------------
    def meeting_numbers(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT id, rowid FROM meetings").fetchall())

    _SUMMARY = "SELECT id, date, start_utc, group_name, kind, language, turn_count, family FROM meetings"

    def meetings(self) -> list[MeetingSummary]:
        """Every meeting, oldest first: one per call, however many language versions it has
        (the first one stored stands for the call; the others are in its ``versions``)."""
        rows = self.db.execute(self._SUMMARY + " WHERE id = family ORDER BY date, id").fetchall()
        versions = self._versions()
        return [self._summary(r, versions) for r in rows]

    def _versions(self, family: str | None = None) -> dict[str, tuple[tuple[str, str], ...]]:
        """(language, id) of every version of the calls that have several, root first."""
        out: dict[str, tuple] = {}
        for fam, language, mid in self.db.execute(
                "SELECT family, language, id FROM meetings WHERE family IN (SELECT family FROM meetings "
                "WHERE id != family AND coalesce(family = ?, 1)) ORDER BY family, id != family, rowid", [family]):
            out[fam] = out.get(fam, ()) + ((language, mid),)
        return out

    @staticmethod
    def _summary(row, versions: dict) -> MeetingSummary:
        mid, date, start, group, kind, language, turns, family = row
        return MeetingSummary(id=mid, date=date, start_utc=start, title=meeting_title(group, kind),
                              group=group, kind=kind, language=language, turns=turns,
                              versions=versions.get(family, ()))

    def meeting_summary(self, mid: str) -> MeetingSummary:
        """One meeting's line (any version's id); MeetingNotFound if none has this id."""
        row = self.db.execute(self._SUMMARY + " WHERE id = ?", [mid]).fetchone()
        if row is None:
            raise MeetingNotFound(mid)
        return self._summary(row, self._versions(row[-1]))

    def family(self, mids: Sequence[str]) -> list[str]:
        """These meetings and their other language versions."""
        marks = ",".join("?" * len(mids))
        return [r[0] for r in self.db.execute(
            f"SELECT id FROM meetings WHERE family IN (SELECT family FROM meetings WHERE id IN ({marks})) "
            "ORDER BY rowid", list(mids))] if mids else []

    def versions_languages(self, mid: str) -> list[str]:
        """The languages of this meeting's versions (its own alone when it has no other)."""
        return [r[0] for r in self.db.execute(
            "SELECT language FROM meetings WHERE family = (SELECT family FROM meetings WHERE id = ?) ORDER BY rowid",
            [mid])] or [r[0] for r in self.db.execute("SELECT language FROM meetings WHERE id = ?", [mid])]

    def aligned_turn(self, mid: str, index: int, language: str) -> tuple[str, int] | None:
        """The same turn in the call's ``language`` version: (meeting id, turn index), if any."""
        row = self.db.execute(
            "SELECT t2.meeting_id, t2.idx FROM meetings m1 "
            "JOIN turns t1 ON t1.meeting_id = m1.id AND t1.idx = ? "
            "JOIN meetings m2 ON m2.family = m1.family AND m2.language = ? "
            "JOIN turns t2 ON t2.meeting_id = m2.id AND t2.family_idx = t1.family_idx "
            "WHERE m1.id = ?", [index, language, mid]).fetchone()
        return (row[0], row[1]) if row else None

    def meeting(self, mid: str) -> MeetingDetail:
        """One meeting with its source, attendance, agenda and turns; MeetingNotFound if none."""
        row = self.db.execute(self._SUMMARY + " WHERE id = ?", [mid]).fetchone()
        if row is None:
            raise MeetingNotFound(mid)
        source = self.db.execute(
            "SELECT d.filename, d.format, d.sha256, d.size, d.ingested_at FROM documents d "
            "JOIN meetings m ON m.document_id = d.id WHERE m.id = ?", [mid]).fetchone()
        attendance = tuple(
            Attendee(name=r[0], status=r[1], channel=r[2], source=r[3]) for r in self.db.execute(
                "SELECT name, status, channel, source FROM attendance WHERE meeting_id = ? ORDER BY position",
                [mid]))
        agenda = tuple(AgendaItem(title=r[0], presenter=r[1], moderator=r[2]) for r in self.db.execute(
            "SELECT title, presenter, moderator FROM agenda WHERE meeting_id = ? ORDER BY position", [mid]))
        turns = tuple(_turn(r) for r in self.db.execute(
            f"SELECT {_TURN_COLUMNS} FROM turns WHERE meeting_id = ? ORDER BY idx", [mid]))
        return MeetingDetail(
            summary=self._summary(row, self._versions(row[-1])),
            source=dict(zip(("filename", "format", "sha256", "size", "ingested_at"), source)),
            attendance=attendance, agenda=agenda, turns=turns)

    def turns_matching(self, *patterns: re.Pattern) -> dict[str, list[Turn]]:
        """The turns whose text each of ``patterns`` finds, by meeting, in order: a cheap first sieve
        (one scan in SQL, a regex or two per turn) before reading them closely."""
        out: dict[str, list[Turn]] = {}
        for mid, *row in self.db.execute(f"SELECT meeting_id, {_TURN_COLUMNS} FROM turns ORDER BY meeting_id, idx"):
            if all(p.search(row[4]) for p in patterns):
                out.setdefault(mid, []).append(_turn(row))
        return out

    def agendas(self, mids: Sequence[str]) -> dict[str, list[AgendaItem]]:
        """The agenda of each of these meetings (without reading their turns)."""
        out: dict[str, list[AgendaItem]] = {mid: [] for mid in mids}
        for start in range(0, len(mids), 500):
            chunk = list(mids[start:start + 500])
            for mid, title, presenter, moderator in self.db.execute(
                    f"SELECT meeting_id, title, presenter, moderator FROM agenda WHERE meeting_id IN "
                    f"({','.join('?' * len(chunk))}) ORDER BY meeting_id, position", chunk):
                out[mid].append(AgendaItem(title=title, presenter=presenter, moderator=moderator))
        return out

    def longest_turns(self, speakers: Sequence[str], meeting_ids: Sequence[str], limit: int,
                      offset: int = 0) -> list[tuple[str, Turn]]:
        """(meeting id, turn) of these speakers' longest turns in these meetings, longest first."""
        if not speakers or not meeting_ids:
            return []
        who, where = ",".join("?" * len(speakers)), ",".join("?" * len(meeting_ids))
        return [(r[0], _turn(r[1:])) for r in self.db.execute(
            f"SELECT meeting_id, {_TURN_COLUMNS} FROM turns WHERE speaker IN ({who}) "
            f"AND meeting_id IN ({where}) ORDER BY words DESC, meeting_id, idx LIMIT ? OFFSET ?",
            [*speakers, *meeting_ids, limit, offset])]

    def turn_window(self, mid: str, index: int, before: int = 2, after: int = 2) -> list[Turn]:
        """A turn and the ones around it (for "show context")."""
        return [_turn(r) for r in self.db.execute(
            f"SELECT {_TURN_COLUMNS} FROM turns WHERE meeting_id = ? AND idx BETWEEN ? AND ? ORDER BY idx",
            [mid, index - before, index + after])]

    def stored_document(self, mid: str) -> Document:
        """The file a meeting was read from, as it was read."""
        row = self.db.execute("SELECT d.path, d.filename, d.format, d.sha256, d.size, d.content FROM documents d "
                              "JOIN meetings m ON m.document_id = d.id WHERE m.id = ?", [mid]).fetchone()
        if row is None:
            raise MeetingNotFound(mid)
        return Document(*row)

    def meeting_ids(self) -> list[str]:
        """Every stored meeting's id, language versions included, in the order they were stored."""
        return [r[0] for r in self.db.execute("SELECT id FROM meetings ORDER BY rowid")]

    def stale_readings(self) -> list[str]:
        """The meetings read by an older version's reading of transcripts, in the order they were
        stored (``transcripts.READING``)."""
        return [r[0] for r in self.db.execute("SELECT id FROM meetings WHERE read_with < ? ORDER BY rowid",
                                              [READING])]

    def read_order(self, mid: str) -> str | None:
        """The ``[display] date_order`` a meeting was read with; None when unknown (stored before
        Acta recorded it)."""
        row = self.db.execute("SELECT date_order FROM meetings WHERE id = ?", [mid]).fetchone()
        return row[0] if row else None

    def document(self, mid: str) -> tuple[str, bytes]:
        """The original file a meeting was read from: its name and bytes."""
        stored = self.stored_document(mid)
        return stored.filename, stored.content

    def counts(self) -> dict[str, int]:
        """How many rows each table holds (for status lines and tests)."""
        return {t: self.db[t].count for t in ("documents", "meetings", "people", "turns", "attendance", "agenda")}


_TURN_COLUMNS = "idx, speaker, label, role, text, start_seconds, end_seconds"


def _turn(row: Sequence) -> Turn:
    """A turn read with ``_TURN_COLUMNS``."""
    return Turn(index=row[0], speaker=row[1], label=row[2], role=row[3], text=row[4], start=row[5], end=row[6])
