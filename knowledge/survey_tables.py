"""Surveys' tables: members seen, surveys posted as polls, and the answers. Mixed into
``store.Store``; the schema is in schema.py's migrations."""
from __future__ import annotations

import datetime as dt
import json

from knowledge.transactions import writing


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class SurveyTables:
    def saw_member(self, user_id: int, chat_id: int, language: str | None) -> None:
        """Remember that a member wrote in a chat (a private chat: they started the bot)."""
        with writing(self.db):
            self.db.execute("INSERT OR REPLACE INTO members (user_id, chat_id, language, seen_at) VALUES (?, ?, ?, ?)",
                            [user_id, chat_id, language, _now()])

    def members_of(self, chat_id: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT user_id FROM members WHERE chat_id = ? AND user_id != chat_id",
                                              [chat_id])]

    def chats_of(self, user_id: int) -> list[int]:
        """The chats a member was seen writing in (their private chat too, once they started the bot)."""
        return [r[0] for r in self.db.execute("SELECT chat_id FROM members WHERE user_id = ?", [user_id])]

    def started_bot(self, user_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM members WHERE user_id = ? AND chat_id = ?",
                               [user_id, user_id]).fetchone() is not None

    def served_since(self, chats: list[int], now: dt.datetime) -> dict[int, dt.datetime]:
        """Since when the surveys have served each chat: the chats there were when they first ran
        (an upgrade) always; a chat added later (to [telegram] chats or an event's chats), since it
        was first seen; one no longer served is forgotten (added again, it starts afresh)."""
        with writing(self.db):
            first = self.db.conn.execute("INSERT OR IGNORE INTO index_meta VALUES ('surveys_since', ?)",
                                         [int(now.timestamp())]).rowcount == 1
            self.db.execute("DELETE FROM index_meta WHERE key LIKE 'surveys_since:%' AND key NOT IN "
                            f"({','.join('?' * len(chats))})", [f"surveys_since:{c}" for c in chats])
            self.db.conn.executemany("INSERT OR IGNORE INTO index_meta VALUES (?, ?)",
                                     [(f"surveys_since:{c}", 0 if first else int(now.timestamp())) for c in chats])
        return {c: dt.datetime.fromtimestamp(self._meta(f"surveys_since:{c}"), dt.timezone.utc) for c in chats}

    def claim_survey(self, event_key: str, title: str, occurrence: dt.datetime, chat_id: int,
                     deadline: dt.datetime, questions: list[tuple[str, list[str]]],
                     opened: dt.datetime | None = None) -> int | None:
        """Create a survey for an occurrence and chat, posted at ``opened``; None when it exists (a
        restart, another instance)."""
        with writing(self.db):
            cursor = self.db.conn.execute(
                "INSERT OR IGNORE INTO surveys (event_key, title, occurrence_utc, chat_id, deadline_utc, status, "
                "opened_utc) VALUES (?, ?, ?, ?, ?, 'posting', ?)",
                [event_key, title, occurrence.isoformat(), chat_id, deadline.isoformat(),
                 opened.isoformat() if opened else None])
            if cursor.rowcount != 1:
                return None
            sid = cursor.lastrowid
            self.db.conn.executemany(
                "INSERT INTO survey_polls (survey_id, position, question, options) VALUES (?, ?, ?, ?)",
                [(sid, i, q, json.dumps(o)) for i, (q, o) in enumerate(questions)])
            return sid

    def surveyed(self, occurrence: dt.datetime, chat_id: int) -> list[tuple[str, str, tuple[str, ...]]]:
        """(event key, title, questions) of the surveys of occurrences at this time in this chat."""
        return [(key, title, tuple(q.split("\x1f")) if q else ()) for key, title, q in self.db.execute(
            "SELECT s.event_key, s.title, group_concat(p.question, char(31)) FROM surveys s "
            "LEFT JOIN survey_polls p ON p.survey_id = s.id WHERE s.occurrence_utc = ? AND s.chat_id = ? "
            "GROUP BY s.id ORDER BY s.id", [occurrence.isoformat(), chat_id])]

    def release_survey(self, sid: int) -> None:
        """A survey claimed but none of its polls posted: due again (claimed anew)."""
        with writing(self.db):
            self.db.execute("DELETE FROM survey_polls WHERE survey_id = ?", [sid])
            self.db.execute("DELETE FROM surveys WHERE id = ?", [sid])

    def survey_polls(self, sid: int) -> list[dict]:
        return [{**r, "options": json.loads(r["options"]), "counted": json.loads(r["counted"]) if r["counted"] else None}
                for r in self.db.query(
                    "SELECT position, question, options, poll_id, message_id, counted FROM survey_polls "
                    "WHERE survey_id = ? ORDER BY position", [sid])]

    def poll_counted(self, sid: int, position: int, counted: list[int]) -> None:
        """The votes Telegram counted when the poll was stopped."""
        with writing(self.db):
            self.db.execute("UPDATE survey_polls SET counted = ? WHERE survey_id = ? AND position = ?",
                            [json.dumps(counted), sid, position])

    def poll_posted(self, sid: int, position: int, poll_id: str, message_id: int) -> None:
        with writing(self.db):
            self.db.execute("UPDATE survey_polls SET poll_id = ?, message_id = ? WHERE survey_id = ? AND position = ?",
                            [poll_id, message_id, sid, position])

    def set_survey_status(self, sid: int, status: str, only_from: str | None = None) -> bool:
        with writing(self.db):
            sql = "UPDATE surveys SET status = ? WHERE id = ?" + (" AND status = ?" if only_from else "")
            return self.db.conn.execute(sql, [status, sid] + ([only_from] if only_from else [])).rowcount == 1

    def claim_survey_reminder(self, sid: int) -> bool:
        with writing(self.db):
            return self.db.conn.execute("UPDATE surveys SET reminded = 1 WHERE id = ? AND reminded = 0",
                                        [sid]).rowcount == 1

    def surveys(self, status: str | None = None, chat_id: int | None = None) -> list[dict]:
        keys = ("id", "event_key", "title", "occurrence_utc", "chat_id", "deadline_utc", "status", "reminded",
                "opened_utc")
        sql = ("SELECT id, event_key, title, occurrence_utc, chat_id, deadline_utc, status, reminded, opened_utc "
               "FROM surveys")
        where, args = [], []
        if status:
            where.append("status = ?")
            args.append(status)
        if chat_id is not None:
            where.append("chat_id = ?")
            args.append(chat_id)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [dict(zip(keys, r)) for r in self.db.execute(sql + " ORDER BY deadline_utc, id", args)]

    def record_poll_answer(self, poll_id: str, user_id: int, option_ids: list[int]) -> bool:
        """Record (or withdraw) a member's answer to one of our polls; False for a poll not ours."""
        with writing(self.db):
            if self.db.execute("SELECT 1 FROM survey_polls WHERE poll_id = ?", [poll_id]).fetchone() is None:
                return False
            self.db.execute("INSERT OR REPLACE INTO poll_answers (poll_id, user_id, option_ids, answered_at) "
                            "VALUES (?, ?, ?, ?)", [poll_id, user_id, json.dumps(option_ids), _now()])
            return True

    def answered(self, sid: int) -> set[int]:
        """Members who answered every question of a survey."""
        polls = [r["poll_id"] for r in self.survey_polls(sid) if r["poll_id"]]
        if not polls:
            return set()
        marks = ",".join("?" * len(polls))
        rows = self.db.execute(
            f"SELECT user_id, count(*) FROM poll_answers WHERE poll_id IN ({marks}) AND option_ids != '[]' "
            "GROUP BY user_id", polls).fetchall()
        return {user for user, n in rows if n == len(polls)}

    def poll_counts(self, sid: int) -> list[tuple[str, list[tuple[str, int]]]]:
        """Each question with its options and how many chose each."""
        out = []
        for poll in self.survey_polls(sid):
            counts = [0] * len(poll["options"])
            for (ids,) in self.db.execute("SELECT option_ids FROM poll_answers WHERE poll_id = ?", [poll["poll_id"]]):
                for i in json.loads(ids):
                    if 0 <= i < len(counts):
                        counts[i] += 1
            out.append((poll["question"], list(zip(poll["options"], counts))))
        return out
