"""What the chat keeps between messages: members' questions, kept a few days so that their further
results can be shown later (even after a restart), and which post-call summaries were claimed and
posted to which chat. Mixed into ``store.Store``; the schema is in schema.py's migrations."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from knowledge.transactions import writing


class ChatTables:
    """The ``questions`` and ``summary_posts`` tables."""

    def remember_question(self, question: str, language: str, meeting: str | Sequence[str] | None = None,
                          speakers: Sequence[str] = (), since: str | None = None, *,
                          now: dt.datetime | None = None, keep: dt.timedelta | None = None) -> int:
        """Keep a question so that its further results can be shown later, even after a restart.
        ``meeting``: the meeting (or meetings) it searches; ``speakers``: the people whose words
        it searches; several are kept one a line. ``keep``: how long members' questions are kept;
        older ones are deleted in the same write (they are members' words, kept no longer than needed)."""
        if meeting is not None and not isinstance(meeting, str):
            meeting = "\n".join(meeting) or None
        now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
        with writing(self.db):
            if keep is not None:
                self._forget_questions(now - keep)
            return self.db["questions"].insert({
                "question": question, "language": language, "meeting": meeting,
                "speaker": "\n".join(speakers) or None, "since": since,
                "asked_at": now.isoformat(timespec="seconds")}).last_pk

    def forget_questions(self, before: dt.datetime) -> int:
        """Delete the questions kept from before ``before`` (at start-up, so that an idle bot keeps none
        longer than it should); how many were deleted."""
        with writing(self.db):
            return self._forget_questions(before.astimezone(dt.timezone.utc))

    def _forget_questions(self, before: dt.datetime) -> int:
        return self.db.execute("DELETE FROM questions WHERE asked_at < ?",
                               [before.isoformat(timespec="seconds")]).rowcount

    def question(self, qid: int) -> dict | None:
        """A kept question: its text, language, meeting (an id, or a list of several), speakers
        (a list) and since."""
        row = self.db.execute("SELECT question, language, meeting, speaker, since FROM questions WHERE id = ?",
                              [qid]).fetchone()
        if row is None:
            return None
        question, language, meeting, speakers, since = row
        if meeting and "\n" in meeting:
            meeting = meeting.split("\n")
        return {"question": question, "language": language, "meeting": meeting,
                "speakers": speakers.split("\n") if speakers else [], "since": since}

    def summaries_to_post(self, chats: Sequence[int]) -> list[tuple[str, int]]:
        """(meeting, chat) pairs whose summary is due: meetings ingested since the bot first
        looked for that chat (not the archive it started with, nor the meetings before a chat
        was added, or added again), not yet claimed for that chat."""
        with writing(self.db):       # the archive is what exists the first time the bot looks
            self.db.execute("INSERT OR IGNORE INTO index_meta SELECT 'summaries_after', coalesce(max(rowid), 0) "
                            "FROM meetings")
            # A chat no longer configured is forgotten: added again, it starts afresh.
            self.db.execute("DELETE FROM index_meta WHERE key LIKE 'summaries_after:%' AND key NOT IN "
                            f"({','.join('?' * len(chats))})", [f"summaries_after:{c}" for c in chats])
            for chat in chats:       # (a chat that had posts before chats had their own start: the bot's)
                self.db.execute(
                    "INSERT OR IGNORE INTO index_meta SELECT ?, CASE WHEN EXISTS (SELECT 1 FROM summary_posts "
                    "WHERE chat_id = ?) THEN (SELECT value FROM index_meta WHERE key = 'summaries_after') "
                    "ELSE coalesce(max(rowid), 0) END FROM meetings", [f"summaries_after:{chat}", chat])
        after = {c: self._meta(f"summaries_after:{c}") for c in chats}
        meetings = self.db.execute(      # a call's other language versions are not news
            "SELECT id, rowid FROM meetings WHERE rowid > ? AND id = family ORDER BY rowid",
            [min(after.values(), default=0)]).fetchall()
        done = set(self.db.execute("SELECT meeting_id, chat_id FROM summary_posts").fetchall())
        return [(m, c) for m, n in meetings for c in chats if n > after[c] and (m, c) not in done]

    def claim_summary_post(self, mid: str, chat: int) -> bool:
        """Claim the right to post a summary to a chat; False when someone (a restart, a second
        instance) already did. Atomic: the primary key decides."""
        with writing(self.db):
            cursor = self.db.conn.execute(
                "INSERT OR IGNORE INTO summary_posts (meeting_id, chat_id, claimed_at) VALUES (?, ?, ?)",
                [mid, chat, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")])
            return cursor.rowcount == 1

    def release_summary_post(self, mid: str, chat: int) -> None:
        """A claimed summary that could not be posted for now: due again."""
        with writing(self.db):
            self.db.execute("DELETE FROM summary_posts WHERE meeting_id = ? AND chat_id = ? AND sent_at IS NULL", [mid, chat])

    def summary_posted(self, mid: str, chat: int, error: str | None = None) -> None:
        with writing(self.db):
            self.db.execute("UPDATE summary_posts SET sent_at = ?, error = ? WHERE meeting_id = ? AND chat_id = ?",
                            [dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), error, mid, chat])
