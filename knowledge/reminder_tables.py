"""The reminders' table (every reminder planned, claimed before it is sent, and what came of it)
and the events added from the chat or an .ics file that reminders are planned from. Mixed into
``store.Store``; the schema is in schema.py's migrations."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

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

    # --- events added from the chat or an .ics file ------------------------------------------

    def propose_event(self, title: str, start_utc: dt.datetime, timezone: str, minutes: int, chats: Sequence[int],
                      source: str, created_by: int | None, link: str = "", status: str = "proposed") -> int:
        """An event an admin asked for, waiting for confirmation (or already active)."""
        with self.db.atomic():
            return self.db["scheduled_events"].insert({
                "title": title, "start_utc": start_utc.astimezone(dt.timezone.utc).isoformat(), "timezone": timezone,
                "duration_minutes": minutes, "link": link, "chats": json.dumps(list(chats)), "status": status,
                "source": source, "created_by": created_by,
                "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}).last_pk

    def import_events(self, events: Sequence[tuple[str, dt.datetime, int, str, str]], chats: Sequence[int],
                      created_by: int | None, replacing: Iterable[str] = (), calendar: str | None = None,
                      now: dt.datetime | None = None) -> tuple[int, int]:
        """Coming events from an .ics file (title, start, minutes, link, UID), all saved or none.

        The file speaks for the UIDs in ``replacing`` and, when it is a named calendar's export,
        for everything imported from ``calendar`` before. Their coming occurrences imported for
        the same chats and no longer in ``events`` (moved, retitled, cancelled, deleted) are
        cancelled; the ones still there are kept as they are, so importing a calendar again adds
        nothing twice. Returns (added, cancelled)."""
        now = now or dt.datetime.now(dt.timezone.utc)
        target, replacing = json.dumps(list(chats)), set(replacing)
        with self.db.atomic():
            earlier = self.db.execute(
                "SELECT id, uid, calendar, title, start_utc, duration_minutes, link FROM scheduled_events "
                "WHERE source = 'ics' AND status = 'active' AND chats = ? AND start_utc > ?",
                [target, _iso(now)]).fetchall()
            kept: dict[tuple, list[int]] = {}
            replaced = set()
            for eid, uid, name, title, start, minutes, link in earlier:
                if uid is None or uid in replacing or (calendar and name == calendar):
                    # one imported before UIDs were kept (uid None) is only matched whole
                    kept.setdefault((uid, title, _iso(dt.datetime.fromisoformat(start)), minutes, link), []).append(eid)
                    if uid is not None:
                        replaced.add(eid)
            added = 0
            for title, start, minutes, link, uid in events:
                same = (uid, title, _iso(start), minutes, link)
                found = kept.pop(same, []) + kept.pop((None,) + same[1:], [])
                if found:
                    eid = found[0]
                    replaced.update(found[1:])          # imported twice before: once is enough
                else:
                    eid = self.propose_event(title, start, "UTC", minutes, chats, "ics", created_by, link,
                                             status="active")
                    added += 1
                replaced.discard(eid)
                self.db.execute("UPDATE scheduled_events SET uid = ?, calendar = ? WHERE id = ?", [uid, calendar, eid])
            self.db.conn.executemany("UPDATE scheduled_events SET status = 'cancelled' WHERE id = ?",
                                     [(eid,) for eid in replaced])
        return added, len(replaced)

    def set_event_status(self, eid: int, status: str, only_from: str | None = None) -> bool:
        """Confirm or cancel an event; False if there is no such event (in ``only_from`` status)."""
        with self.db.atomic():
            sql = "UPDATE scheduled_events SET status = ? WHERE id = ?" + (" AND status = ?" if only_from else "")
            cursor = self.db.conn.execute(sql, [status, eid] + ([only_from] if only_from else []))
            return cursor.rowcount == 1

    def scheduled_events(self, status: str = "active") -> list[dict]:
        keys = ("id", "title", "start_utc", "timezone", "duration_minutes", "link", "chats", "source")
        rows = [dict(zip(keys, r)) for r in self.db.execute(
            "SELECT id, title, start_utc, timezone, duration_minutes, link, chats, source FROM scheduled_events "
            "WHERE status = ? ORDER BY start_utc, id", [status])]
        for r in rows:
            r["chats"] = json.loads(r["chats"])
        return rows

    def scheduled_event(self, eid: int) -> dict | None:
        row = self.db.execute("SELECT id, title, start_utc, timezone, status FROM scheduled_events WHERE id = ?",
                              [eid]).fetchone()
        return dict(zip(("id", "title", "start_utc", "timezone", "status"), row)) if row else None
