"""All SQL lives here: the schema (as sqlite-utils migrations) and every read and write.

A Store owns one SQLite connection; sqlite3 connections belong to the thread that made them,
so a worker thread opens its own Store on the same file (WAL mode lets readers and one writer
work side by side).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from knowledge.errors import MeetingNotFound
from knowledge.models import (
    AgendaItem, Attendee, Document, MeetingDetail, MeetingSummary, Transcript, Turn, meeting_title)

migrations = Migrations("acta")


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript("""
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        filename TEXT NOT NULL,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        size INTEGER NOT NULL,
        content BLOB NOT NULL,           -- the original file, for the chat's "source" button
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE meetings (
        id TEXT PRIMARY KEY,             -- lacralo-2016-06-20-fr: one meeting per group, kind, day, language
        date TEXT NOT NULL,
        start_utc TEXT,
        group_name TEXT,
        kind TEXT NOT NULL,
        language TEXT NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        turn_count INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX meetings_date ON meetings(date);
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE
    );
    CREATE TABLE aliases (               -- every spelling seen of a person, folded
        key TEXT PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id)
    );
    CREATE TABLE turns (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,            -- stable position in the meeting, from 0
        person_id INTEGER REFERENCES people(id),
        speaker TEXT NOT NULL,
        label TEXT NOT NULL,
        role TEXT NOT NULL,
        text TEXT NOT NULL,
        start_seconds REAL,
        end_seconds REAL,
        PRIMARY KEY (meeting_id, idx)
    );
    CREATE INDEX turns_person ON turns(person_id);
    CREATE TABLE attendance (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id INTEGER REFERENCES people(id),
        name TEXT NOT NULL,
        status TEXT NOT NULL,            -- present, apology, staff, interpreter
        channel TEXT,
        source TEXT NOT NULL,            -- roll_call or spoke
        PRIMARY KEY (meeting_id, position)
    );
    CREATE INDEX attendance_person ON attendance(person_id);
    CREATE TABLE agenda (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        presenter TEXT,
        presenter_id INTEGER REFERENCES people(id),
        moderator TEXT,
        PRIMARY KEY (meeting_id, position)
    );
    """)


def meeting_id(transcript: Transcript) -> str:
    """A readable, stable id: the same group, kind, day and language is the same meeting."""
    parts = [transcript.group.lower() if transcript.group else None,
             None if transcript.kind == "monthly_call" else transcript.kind,
             transcript.date.isoformat(), transcript.language]
    return "-".join(p for p in parts if p)


class Store:
    """The knowledge base on disk."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.db = Database(self.path)
        self.db.execute("PRAGMA busy_timeout = 10000")
        if self.path != ":memory:":
            self.db.enable_wal()
        self.db.execute("PRAGMA foreign_keys = ON")
        migrations.apply(self.db)

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

    def save(self, transcript: Transcript, document: Document) -> tuple[str, str]:
        """Store a meeting in one transaction; returns its id and what happened:
        ``ingested`` (new), ``replaced`` (a corrected version) or ``unchanged`` (same file)."""
        with self.db.atomic():
            existing = self.meeting_for_document(document.sha256)
            if existing:
                return existing, "unchanged"
            mid = meeting_id(transcript)
            status = "ingested"
            old = self.db.execute("SELECT document_id FROM meetings WHERE id = ?", [mid]).fetchone()
            if old:
                status = "replaced"
                self.db.execute("DELETE FROM meetings WHERE id = ?", [mid])
                self.db.execute("DELETE FROM documents WHERE id = ?", [old[0]])
            now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            doc_id = self.db["documents"].insert({
                "sha256": document.sha256, "filename": document.filename, "path": document.path,
                "format": document.format, "size": document.size, "content": document.content,
                "ingested_at": now}).last_pk
            self.db["meetings"].insert({
                "id": mid, "date": transcript.date.isoformat(),
                "start_utc": transcript.start_utc.isoformat() if transcript.start_utc else None,
                "group_name": transcript.group, "kind": transcript.kind, "language": transcript.language,
                "document_id": doc_id, "turn_count": len(transcript.turns), "ingested_at": now})
            ids = self._people(transcript)
            self.db["turns"].insert_all(({
                "meeting_id": mid, "idx": t.index, "person_id": ids.get(t.person), "speaker": t.speaker,
                "label": t.label, "role": t.role, "text": t.text, "start_seconds": t.start,
                "end_seconds": t.end} for t in transcript.turns), batch_size=500)
            self.db["attendance"].insert_all({
                "meeting_id": mid, "position": i, "person_id": ids.get(a.person), "name": a.name,
                "status": a.status, "channel": a.channel, "source": a.source}
                for i, a in enumerate(transcript.attendance))
            self.db["agenda"].insert_all({
                "meeting_id": mid, "position": i, "title": item.title, "presenter": item.presenter,
                "presenter_id": self._person_id_by_name(item.presenter, transcript, ids),
                "moderator": item.moderator} for i, item in enumerate(transcript.agenda))
            return mid, status

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

    _SUMMARY = "SELECT id, date, start_utc, group_name, kind, language, turn_count FROM meetings"

    def meetings(self) -> list[MeetingSummary]:
        """Every meeting, oldest first."""
        rows = self.db.execute(self._SUMMARY + " ORDER BY date, id").fetchall()
        return [self._summary(r) for r in rows]

    @staticmethod
    def _summary(row) -> MeetingSummary:
        mid, date, start, group, kind, language, turns = row
        return MeetingSummary(id=mid, date=date, start_utc=start, title=meeting_title(group, kind),
                              group=group, kind=kind, language=language, turns=turns)

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
        turns = tuple(
            Turn(index=r[0], speaker=r[1], label=r[2], role=r[3], text=r[4], start=r[5], end=r[6])
            for r in self.db.execute(
                "SELECT idx, speaker, label, role, text, start_seconds, end_seconds FROM turns "
                "WHERE meeting_id = ? ORDER BY idx", [mid]))
        return MeetingDetail(
            summary=self._summary(row),
            source=dict(zip(("filename", "format", "sha256", "size", "ingested_at"), source)),
            attendance=attendance, agenda=agenda, turns=turns)

    def document(self, mid: str) -> tuple[str, bytes]:
        """The original file a meeting was read from: its name and bytes."""
        row = self.db.execute("SELECT d.filename, d.content FROM documents d JOIN meetings m "
                              "ON m.document_id = d.id WHERE m.id = ?", [mid]).fetchone()
        if row is None:
            raise MeetingNotFound(mid)
        return row[0], row[1]

    def counts(self) -> dict[str, int]:
        """How many rows each table holds (for status lines and tests)."""
        return {t: self.db[t].count for t in ("documents", "meetings", "people", "turns", "attendance", "agenda")}
