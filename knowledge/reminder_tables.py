"""The reminders' table: every reminder planned, claimed before it is sent, and what came of it.
Mixed into ``store.Store``; the schema is in store.py's migrations."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

PENDING, CLAIMED, SENT, LATE, SKIPPED, FAILED = "pending", "claimed", "sent", "late", "skipped", "failed"


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


class ReminderTables:
    """Reads and writes of ``reminders``."""

    def plan_reminders(self, rows: Iterable[tuple[str, str, dt.datetime, dt.datetime, int]],
                       keep_from: dt.datetime) -> int:
        """Make the pending reminders exactly ``rows`` (event key, title, occurrence start,
        send at, chat) for occurrences from ``keep_from`` on: new ones added, ones no longer
        planned (an event edited or removed) deleted; sent ones are history and stay."""
        rows = list(rows)
        wanted = {(key, _iso(start), _iso(at), chat) for key, _, start, at, chat in rows}
        with self.db.atomic():
            for rid, key, start, at, chat in self.db.execute(
                    "SELECT id, event_key, occurrence_utc, send_at_utc, chat_id FROM reminders "
                    "WHERE status = ? AND occurrence_utc >= ?", [PENDING, _iso(keep_from)]).fetchall():
                if (key, start, at, chat) not in wanted:
                    self.db.execute("DELETE FROM reminders WHERE id = ?", [rid])
            # A reminder already sent for that time and chat is not sent again because the event
            # was edited (its title or rule changed, so its key did).
            handled = set(self.db.execute(
                "SELECT occurrence_utc, send_at_utc, chat_id FROM reminders WHERE status != ? AND occurrence_utc >= ?",
                [PENDING, _iso(keep_from)]).fetchall())
            before = self.db.execute("SELECT count(*) FROM reminders").fetchone()[0]
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO reminders (event_key, title, occurrence_utc, send_at_utc, chat_id, status) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(key, title, _iso(start), _iso(at), chat, PENDING) for key, title, start, at, chat in rows
                 if (_iso(start), _iso(at), chat) not in handled])
            return self.db.execute("SELECT count(*) FROM reminders").fetchone()[0] - before

    def due_reminders(self, now: dt.datetime) -> list[dict]:
        """Pending reminders whose time has come, earliest first."""
        rows = self.db.execute(
            "SELECT id, event_key, title, occurrence_utc, send_at_utc, chat_id FROM reminders "
            "WHERE status = ? AND send_at_utc <= ? ORDER BY send_at_utc, id", [PENDING, _iso(now)]).fetchall()
        keys = ("id", "event_key", "title", "occurrence_utc", "send_at_utc", "chat_id")
        return [dict(zip(keys, r)) for r in rows]

    def claim_reminder(self, rid: int, now: dt.datetime) -> bool:
        """Take a reminder for sending; False if a restart or another instance already did."""
        with self.db.atomic():
            cursor = self.db.conn.execute(
                "UPDATE reminders SET status = ?, claimed_at = ? WHERE id = ? AND status = ?",
                [CLAIMED, _iso(now), rid, PENDING])
            return cursor.rowcount == 1

    def finish_reminder(self, rid: int, status: str, now: dt.datetime, error: str | None = None) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE reminders SET status = ?, sent_at = ?, error = ? WHERE id = ?",
                            [status, _iso(now), error, rid])

    def reminders(self) -> list[dict]:
        """Every reminder, for tests and `acta events`."""
        keys = ("id", "event_key", "title", "occurrence_utc", "send_at_utc", "chat_id", "status", "error")
        return [dict(zip(keys, r)) for r in self.db.execute(
            "SELECT id, event_key, title, occurrence_utc, send_at_utc, chat_id, status, error FROM reminders "
            "ORDER BY send_at_utc, chat_id, id")]

    def interrupted_reminders(self, before: dt.datetime) -> list[dict]:
        """Reminders claimed before ``before`` and never finished: the bot stopped while sending."""
        keys = ("id", "title", "chat_id")
        return [dict(zip(keys, r)) for r in self.db.execute(
            "SELECT id, title, chat_id FROM reminders WHERE status = ? AND claimed_at < ?", [CLAIMED, _iso(before)])]
