"""The reminders' table (every reminder planned, claimed before it is sent, and what came of it)
and the events added from the chat or an .ics file that reminders are planned from. Mixed into
``store.Store``; the schema is in schema.py's migrations."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence

from knowledge.models import CalendarFile, ImportCounts
from knowledge.transactions import writing

PENDING, CLAIMED, SENT, LATE, SKIPPED, FAILED = "pending", "claimed", "sent", "late", "skipped", "failed"
WITHDRAWN = "withdrawn"      # an imported event no longer in its calendar (an admin's cancel is "cancelled")
CALLED_OFF = "called_off"    # an imported occurrence its calendar cancels (STATUS:CANCELLED, EXDATE): bot.toml's
                             # copy of that call is off too (``jobs.calendar.with_stored``)
DROPPED = "dropped"          # a proposal declined, or confirmed after its twin: never an event
BY_BOT_ADMIN, BY_GROUP = "bot_admin", "group"    # who cancelled an event (scheduled_events.cancelled_by)


def _utc(stored: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stored).astimezone(dt.timezone.utc)


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def _within(chats: list[int], ours: set[int]) -> bool:
    """Is an event for some of these chats only (one for every chat, no chats, is not)?"""
    return set(chats) <= ours and bool(chats or not ours)


def _taken_over(chats: list[int], ours: set[int]) -> bool:
    """Does a bot admin's import for [telegram] chats (``ours``) take over an event for these
    chats: one for some of them, or for every chat, or an orphan, for groups none of which is in
    [telegram] chats any longer (removed from it: their administrators can no longer reach the bot)?
    Every event, then, when [telegram] chats is set, but one for a private chat (positive id: the
    bot always serves it, it is no orphan); those for every chat when it is not."""
    return not chats or bool(ours) and not any(c > 0 and c not in ours for c in chats)


def _orphan(chats: list[int], ours: set[int]) -> bool:
    """Was an event taken over by a bot admin's import for ``ours`` an orphan's: for groups none of
    which is among them (what such a group's administrator cancelled binds no group still served)?"""
    return bool(chats) and not set(chats) & ours


def _older(imported: int | None, read: int | None) -> bool:
    """Is a file older than what was imported of an event: its SEQUENCE lower? Not when either has
    none written (an exporter that writes none says nothing of how old its file is)."""
    return imported is not None and read is not None and imported > read


class ReminderTables:
    """Reads and writes of ``reminders``."""

    def plan_reminders(self, rows: Iterable[tuple[str, str, dt.datetime, dt.datetime, int]],
                       keep_from: dt.datetime) -> int:
        """Make the pending reminders exactly ``rows`` (event key, title, occurrence start,
        send at, chat) for occurrences from ``keep_from`` (now) on: new ones added, planned now,
        ones no longer planned (an event edited or removed) deleted; sent ones are history and stay."""
        rows = list(rows)
        wanted = {(key, _iso(start), _iso(at), chat) for key, _, start, at, chat in rows}
        with writing(self.db):
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
                "INSERT OR IGNORE INTO reminders (event_key, title, occurrence_utc, send_at_utc, chat_id, status, "
                "planned_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(key, title, _iso(start), _iso(at), chat, PENDING, _iso(keep_from)) for key, title, start, at, chat in rows
                 if (_iso(start), _iso(at), chat) not in handled])
            return self.db.execute("SELECT count(*) FROM reminders").fetchone()[0] - before

    def due_reminders(self, now: dt.datetime) -> list[dict]:
        """Pending reminders whose time has come, earliest first."""
        rows = self.db.execute(
            "SELECT id, event_key, title, occurrence_utc, send_at_utc, chat_id, max(send_at_utc, "
            "coalesce(planned_at, send_at_utc)) FROM reminders "
            "WHERE status = ? AND send_at_utc <= ? ORDER BY send_at_utc, id", [PENDING, _iso(now)]).fetchall()
        keys = ("id", "event_key", "title", "occurrence_utc", "send_at_utc", "chat_id", "due_since")
        return [dict(zip(keys, r)) for r in rows]

    def claim_reminder(self, rid: int, now: dt.datetime) -> bool:
        """Take a reminder for sending; False if a restart or another instance already did."""
        with writing(self.db):
            cursor = self.db.conn.execute(
                "UPDATE reminders SET status = ?, claimed_at = ? WHERE id = ? AND status = ?",
                [CLAIMED, _iso(now), rid, PENDING])
            return cursor.rowcount == 1

    def release_reminder(self, rid: int) -> None:
        """A claimed reminder that could not be sent for now: due again."""
        with writing(self.db):
            self.db.execute("UPDATE reminders SET status = ?, claimed_at = NULL WHERE id = ? AND status = ?",
                            [PENDING, rid, CLAIMED])

    def finish_reminder(self, rid: int, status: str, now: dt.datetime, error: str | None = None) -> None:
        with writing(self.db):
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
                      source: str, created_by: int | None, link: str = "", status: str = "proposed",
                      **origin: str | int | None) -> int:
        """An event an admin asked for, waiting for confirmation (or already active). ``origin``:
        where an imported one came from (uid, slot_utc, calendar, sequence)."""
        with writing(self.db):
            return self.db["scheduled_events"].insert({
                "title": title, "start_utc": start_utc.astimezone(dt.timezone.utc).isoformat(), "timezone": timezone,
                "duration_minutes": minutes, "link": link, "chats": json.dumps(list(chats)), "status": status,
                "source": source, "created_by": created_by,
                "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), **origin}).last_pk

    def import_calendar(self, file: CalendarFile, chats: Sequence[int], created_by: int | None,
                        now: dt.datetime, every_chat: bool = False) -> ImportCounts:
        """Save an .ics file's coming events for ``chats``, all or nothing, replacing what the file
        speaks for (see CalendarFile). An occurrence already imported (same UID and original
        start, its RECURRENCE-ID) is kept, and updated if it moved or its title, length, link or
        chats changed; one an admin cancelled stays cancelled (but one a group no longer served
        cancelled is active again for ``chats`` when a bot admin's import takes it over); one
        imported before and no longer in the calendar is withdrawn; what a newer version of an
        event (a higher SEQUENCE) imported is neither changed nor withdrawn by an older one (a
        file without SEQUENCE is no older one), and counted. Events imported before UIDs were kept are matched whole
        (title, start, length, link). What was imported for some of ``chats`` (with ``every_chat``,
        a bot admin's import for [telegram] chats: for any chat, those of groups removed from it
        too) is matched whatever chats it was for, and goes to ``chats`` now (a group added to
        [telegram] chats); otherwise what went only to another group is not touched."""
        ours = set(chats)
        last = max((e.start_utc for e in file.events), default=now)
        with writing(self.db):
            rows = [r for r in self.db.query(
                "SELECT id, uid, slot_utc AS slot, calendar, created_by, title, start_utc AS start, "
                "duration_minutes AS minutes, link, status, chats, sequence, cancelled_by FROM scheduled_events "
                "WHERE source = 'ics' AND start_utc > ? ORDER BY status = 'active' DESC, id", [_iso(now)])
                    if _within(json.loads(r["chats"]), ours) or every_chat and _taken_over(json.loads(r["chats"]), ours)]
            by_occurrence: dict[tuple, list[dict]] = {}
            for r in rows:
                r["chats"] = json.loads(r["chats"])
                r["start"] = _utc(r["start"])
                r["slot"] = _utc(r["slot"]) if r["slot"] else r["start"]
                if r["uid"] is not None:
                    by_occurrence.setdefault((r["uid"], r["slot"]), []).append(r)
                elif r["status"] == "active":
                    by_occurrence.setdefault((r["title"], r["start"], r["minutes"], r["link"]), []).append(r)
            seen, twice, merged, added, updated, older, restored, back = set(), [], [], 0, 0, 0, 0, []
            # What was imported from a newer version of an event (a higher SEQUENCE) is kept.
            newest, read = {}, dict(file.sequences)
            for r in rows:
                if r["sequence"] is not None:
                    newest[r["uid"]] = max(newest.get(r["uid"], 0), r["sequence"])
            in_file = {(e.uid, e.slot_utc) for e in file.events}
            once = {uid for uid, n in Counter(e.uid for e in file.events).items() if n == 1}
            for e in file.events:
                # Two entries may share a UID and start ("Board", "Board (public)"): the title tells them apart.
                mine = by_occurrence.get((e.uid, e.slot_utc), [])
                r = next((d for d in mine if d["title"] == e.title), mine[0] if mine else None)
                if r is None and e.uid in once:
                    # A one-off event moved (an invitation sent again, a new start under the same UID):
                    # the one stored under that UID that the file no longer holds.
                    left = [d for key, ds in by_occurrence.items() if key[0] == e.uid and key not in in_file
                            for d in ds if d["status"] != CALLED_OFF]
                    r = left[0] if len(left) == 1 else None
                    mine = by_occurrence[(r["uid"], r["slot"])] if r else mine
                if r is not None:
                    mine.remove(r)
                    # The same occurrence imported for other chats before (chats were added): one event.
                    merged += [d["id"] for d in mine if d["title"] == r["title"] and d["status"] == "active"
                               and r["status"] == "active"]
                    mine[:] = [d for d in mine if d["id"] not in merged]
                else:
                    same = by_occurrence.pop((e.title, e.start_utc, e.minutes, e.link), [])
                    r = same[0] if same else None
                    twice += [d["id"] for d in same[1:]]         # imported twice before UIDs were kept
                # A file older than what was imported of that event (its highest SEQUENCE lower: the
                # first e-mail of a Zoom meeting moved since) changes nothing of it. (Per event, not per
                # occurrence: a series' moved occurrences often have a higher one than the series.)
                if _older(r["sequence"] if r else newest.get(e.uid), read.get(e.uid)):
                    seen.update([r["id"]] if r else [])
                    older += 1
                    continue
                # (a file without SEQUENCE keeps the one imported: a still older invitation changes nothing)
                origin = {"uid": e.uid, "slot_utc": _iso(e.slot_utc), "calendar": file.calendar,
                          "sequence": e.sequence if e.sequence is not None or r is None else r["sequence"]}
                if r is None:
                    self.propose_event(e.title, e.start_utc, "UTC", e.minutes, chats, "ics", created_by, e.link,
                                       status="active", **origin)
                    added += 1
                    continue
                seen.add(r["id"])
                # An admin cancelled it here: it stays so; but what a group no longer served had
                # cancelled binds none of the groups a bot admin's import now takes it over for (what
                # a bot admin cancelled, from private too, does).
                revived = r["status"] == "cancelled" and every_chat and _orphan(r["chats"], ours) \
                    and r["cancelled_by"] != BY_BOT_ADMIN
                if r["status"] == "cancelled" and not revived:
                    continue
                # An invitation moving one occurrence, without a link: the series' still holds.
                link = e.link or (r["link"] if (e.uid, e.slot_utc) in file.instances else "")
                added += r["status"] in (WITHDRAWN, "cancelled", CALLED_OFF)      # back in the calendar, or for these chats
                restored += revived
                if r["status"] == CALLED_OFF:
                    back.append((e.title, e.start_utc))     # (a cancellation taken back)
                updated += r["status"] == "active" and (r["title"], r["start"], r["minutes"], r["link"], r["chats"]) != (
                    e.title, e.start_utc, e.minutes, link, list(chats))
                self.db["scheduled_events"].update(r["id"], {
                    "title": e.title, "start_utc": e.start_utc.astimezone(dt.timezone.utc).isoformat(),
                    "duration_minutes": e.minutes, "link": link, "status": "active", "chats": json.dumps(list(chats)),
                    **origin, "calendar": file.calendar or r["calendar"]})

            following = 0         # an invitation moving "this and the following": the later ones imported move too
            for e in sorted((e for e in file.events if (e.uid, e.slot_utc) in file.following),
                            key=lambda e: e.slot_utc, reverse=True):        # (a later such move holds for its own)
                for r in rows:
                    if r["uid"] != e.uid or r["slot"] <= e.slot_utc or r["status"] != "active" or r["id"] in seen \
                            or _older(r["sequence"], read.get(e.uid)):
                        continue
                    seen.add(r["id"])
                    start, link = r["slot"] + (e.start_utc - e.slot_utc), e.link or r["link"]
                    following += (r["title"], r["start"], r["minutes"], r["link"]) != (e.title, start, e.minutes, link)
                    self.db["scheduled_events"].update(r["id"], {
                        "title": e.title, "start_utc": _iso(start), "duration_minutes": e.minutes, "link": link,
                        "chats": json.dumps(list(chats))})

            def speaks_for(r: dict) -> bool:
                if r["uid"] is None or r["uid"] in file.unread or r["start"] >= file.until:
                    return False
                return (r["uid"] in file.uids or (r["uid"], r["slot"]) in file.instances
                        or (file.calendar is not None and r["calendar"] == file.calendar
                            and r["created_by"] == created_by and r["start"] <= last))

            off = {(e.uid, e.slot_utc): e for e in file.called_off}
            called_off = self._call_off(file, rows, off, seen | set(twice) | set(merged), chats, created_by, read)
            left = [r for r in rows if r["status"] == "active" and r["id"] not in seen
                    and r["id"] not in twice and r["id"] not in merged and speaks_for(r)]
            # (an older version withdraws nothing newer)
            gone = twice + [r["id"] for r in left if not _older(r["sequence"], read.get(r["uid"]))]
            older += sum(_older(r["sequence"], read.get(r["uid"])) for r in left)
            # (withdrawn by this version: an older one does not bring it back)
            sequence = {r["id"]: r["sequence"] if read.get(r["uid"]) is None else read[r["uid"]] for r in rows}
            self.db.conn.executemany("UPDATE scheduled_events SET status = ?, sequence = ? WHERE id = ?",
                                     [(CALLED_OFF if eid in called_off else WITHDRAWN, sequence[eid], eid)
                                      for eid in gone + merged])
            # A cancellation no longer in a calendar that speaks for it (the organiser took it back):
            # the call is no longer off.
            self.db.conn.executemany(f"UPDATE scheduled_events SET status = '{WITHDRAWN}' WHERE id = ?",
                                     [(r["id"],) for r in rows if r["status"] == CALLED_OFF and r["id"] not in seen
                                      and (r["uid"], r["slot"]) not in off and speaks_for(r)])
        named = sorted({(r["start"], r["title"]) for r in rows if r["id"] in gone and r["id"] not in twice})
        return ImportCounts(added, updated, len(gone), tuple((title, start) for start, title in named), following,
                            older, restored, tuple(sorted(back, key=lambda b: b[1])))

    def _call_off(self, file: CalendarFile, rows: list[dict], off: dict, handled: set[int], chats: Sequence[int],
                  created_by: int | None, read: dict[str, int | None]) -> set[int]:
        """The occurrences ``file`` cancels one by one (``called_off``) kept as such: one imported
        before (active) is counted as withdrawn, its id returned; one an admin cancelled, or a newer
        version of its event set (``read``: the file's SEQUENCE of each UID), stays; one never
        imported is added (for ``chats``)."""
        ids, known = set(), set()
        for r in rows:
            e = off.get((r["uid"], r["slot"]))
            if e is None or r["id"] in handled:
                continue
            known.add((r["uid"], r["slot"]))
            if r["status"] == "active" and not _older(r["sequence"], read.get(r["uid"])):
                ids.add(r["id"])
            elif r["status"] == WITHDRAWN:
                self.db.execute(f"UPDATE scheduled_events SET status = '{CALLED_OFF}' WHERE id = ?", [r["id"]])
        for (uid, slot), e in off.items():
            if (uid, slot) not in known:
                self.propose_event(e.title, e.start_utc, "UTC", e.minutes, chats, "ics", created_by, "",
                                   status=CALLED_OFF, uid=uid, slot_utc=_iso(slot), calendar=file.calendar,
                                   sequence=e.sequence)
        return ids

    def set_event_status(self, eid: int, status: str, only_from: str | None = None, by: str | None = None) -> bool:
        """Confirm or cancel an event (``by``: who cancels it, BY_BOT_ADMIN or BY_GROUP); False if
        there is no such event (in ``only_from`` status)."""
        with writing(self.db):
            sql = "UPDATE scheduled_events SET status = ?, cancelled_by = ? WHERE id = ?" + (
                " AND status = ?" if only_from else "")
            cursor = self.db.conn.execute(sql, [status, by if status == "cancelled" else None, eid]
                                          + ([only_from] if only_from else []))
            return cursor.rowcount == 1

    def scheduled_events(self, status: str = "active") -> list[dict]:
        return [{**r, "chats": json.loads(r["chats"])} for r in self.db.query(
            "SELECT id, title, start_utc, timezone, duration_minutes, link, chats, source, slot_utc FROM scheduled_events "
            "WHERE status = ? ORDER BY start_utc, id", [status])]

    def scheduled_event(self, eid: int) -> dict | None:
        row = self.db.execute("SELECT id, title, start_utc, timezone, status, chats FROM scheduled_events WHERE id = ?",
                              [eid]).fetchone()
        if row is None:
            return None
        return {**dict(zip(("id", "title", "start_utc", "timezone", "status"), row)), "chats": json.loads(row[5])}
