"""The database schema, as sqlite-utils migrations applied in order when a Store opens.

A new table or column is a new migration at the end; applied ones are never edited."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

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


@migrations()
def m002_search_index(db: Database) -> None:
    db.executescript("""
    CREATE TABLE passages (              -- paragraph-sized pieces of turns: what search ranks
        id INTEGER PRIMARY KEY,          -- the document number in the postings
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        turn_idx INTEGER NOT NULL,
        position INTEGER NOT NULL,       -- order within the turn
        text TEXT NOT NULL,
        tokens TEXT NOT NULL,            -- analysed stems, space-separated, as indexed
        length INTEGER NOT NULL,         -- number of tokens (BM25's document length)
        segment INTEGER NOT NULL
    );
    CREATE INDEX passages_turn ON passages(meeting_id, turn_idx);
    CREATE INDEX passages_segment ON passages(segment);
    CREATE TABLE postings (              -- the inverted index: per term and segment, who has it
        term TEXT NOT NULL,
        segment INTEGER NOT NULL,
        docs BLOB NOT NULL,              -- int64 passage ids, ascending
        tfs BLOB NOT NULL,               -- int64 term frequencies, same order
        PRIMARY KEY (term, segment)
    ) WITHOUT ROWID;
    CREATE TABLE index_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO index_meta VALUES ('version', 0), ('next_segment', 1);
    """)


@migrations()
def m003_questions(db: Database) -> None:
    db.executescript("""
    CREATE TABLE questions (             -- questions asked in the chat, so "more results" works after a restart
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL,
        language TEXT NOT NULL,
        meeting TEXT,
        speaker TEXT,
        since TEXT,
        asked_at TEXT NOT NULL
    );
    """)


@migrations()
def m004_postings_by_segment(db: Database) -> None:
    # Merging small segments reads and deletes their postings by segment.
    db.execute("CREATE INDEX postings_segment ON postings(segment)")


@migrations()
def m005_summary_posts(db: Database) -> None:
    db.executescript("""
    CREATE TABLE summary_posts (         -- which meeting's summary went to which chat: each exactly once
        meeting_id TEXT NOT NULL,
        chat_id INTEGER NOT NULL,
        claimed_at TEXT NOT NULL,
        sent_at TEXT,
        error TEXT,
        PRIMARY KEY (meeting_id, chat_id)
    );
    """)


@migrations()
def m006_reminders(db: Database) -> None:
    db.executescript("""
    CREATE TABLE reminders (             -- each reminder of each occurrence for each chat, exactly once
        id INTEGER PRIMARY KEY,
        event_key TEXT NOT NULL,         -- which event (its title and rule)
        title TEXT NOT NULL,
        occurrence_utc TEXT NOT NULL,
        send_at_utc TEXT NOT NULL,
        chat_id INTEGER NOT NULL,
        status TEXT NOT NULL,            -- pending, claimed, sent, late, skipped, failed
        claimed_at TEXT,
        sent_at TEXT,
        error TEXT,
        UNIQUE (event_key, occurrence_utc, send_at_utc, chat_id)
    );
    CREATE INDEX reminders_due ON reminders(status, send_at_utc);
    """)


@migrations()
def m007_scheduled_events(db: Database) -> None:
    db.executescript("""
    CREATE TABLE scheduled_events (      -- one-off events added from the chat (bot.toml holds the recurring ones)
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        start_utc TEXT NOT NULL,
        timezone TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        link TEXT NOT NULL DEFAULT '',
        chats TEXT NOT NULL,             -- JSON list of chat ids
        status TEXT NOT NULL,            -- proposed (waiting for the admin's confirmation), active, cancelled
        source TEXT NOT NULL,            -- chat, ics, transcript
        created_by INTEGER,
        created_at TEXT NOT NULL
    );
    """)


@migrations()
def m008_surveys(db: Database) -> None:
    db.executescript("""
    CREATE TABLE members (               -- who the bot has seen, where; private: they started the bot
        user_id INTEGER NOT NULL,
        chat_id INTEGER NOT NULL,
        language TEXT,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (user_id, chat_id)
    );
    CREATE TABLE surveys (               -- a survey posted after one occurrence of an event, in one chat
        id INTEGER PRIMARY KEY,
        event_key TEXT NOT NULL,
        title TEXT NOT NULL,
        occurrence_utc TEXT NOT NULL,
        chat_id INTEGER NOT NULL,
        deadline_utc TEXT NOT NULL,
        status TEXT NOT NULL,            -- posting, open, closed
        reminded INTEGER NOT NULL DEFAULT 0,
        UNIQUE (event_key, occurrence_utc, chat_id)
    );
    CREATE TABLE survey_polls (
        survey_id INTEGER NOT NULL REFERENCES surveys(id),
        position INTEGER NOT NULL,
        question TEXT NOT NULL,
        options TEXT NOT NULL,           -- JSON list
        poll_id TEXT UNIQUE,
        message_id INTEGER,
        PRIMARY KEY (survey_id, position)
    );
    CREATE TABLE poll_answers (
        poll_id TEXT NOT NULL,
        user_id INTEGER NOT NULL,
        option_ids TEXT NOT NULL,        -- JSON list; empty when the answer was withdrawn
        answered_at TEXT NOT NULL,
        PRIMARY KEY (poll_id, user_id)
    );
    """)


@migrations()
def m009_language_versions(db: Database) -> None:
    # Meetings stored before this have no family yet: the store links them when it opens.
    db.executescript("""
    ALTER TABLE meetings ADD COLUMN family TEXT;       -- the root version's id: the versions of one call share it
    CREATE INDEX meetings_family ON meetings(family);
    ALTER TABLE turns ADD COLUMN family_idx INTEGER;   -- the same turn in the root version (NULL: not aligned)
    """)


@migrations()
def m010_turn_words(db: Database) -> None:
    # "Who spoke most" adds up words per speaker: counted once at ingest, not read from every turn.
    db.execute("ALTER TABLE turns ADD COLUMN words INTEGER NOT NULL DEFAULT 0")
    db.conn.executemany("UPDATE turns SET words = ? WHERE rowid = ?",
                        ((len(text.split()), rowid) for rowid, text in
                         db.execute("SELECT rowid, text FROM turns").fetchall()))


@migrations()
def m011_analysis_version(db: Database) -> None:
    # The text analysis the passages were analysed with (knowledge.analysis.VERSION); indexes
    # built before this was recorded were built with version 1.
    db.execute("INSERT OR IGNORE INTO index_meta VALUES ('analysis', 1)")


@migrations()
def m012_imported_event_uids(db: Database) -> None:
    # An event imported from an .ics file keeps its UID and its calendar's name, so that importing
    # the calendar again updates it instead of adding it twice. Events imported before have neither.
    # An imported event no longer in its calendar gets status 'withdrawn'.
    db.executescript("""
    ALTER TABLE scheduled_events ADD COLUMN uid TEXT;
    ALTER TABLE scheduled_events ADD COLUMN calendar TEXT;    -- X-WR-CALNAME of the export it came from
    ALTER TABLE scheduled_events ADD COLUMN slot_utc TEXT;    -- its original start (RECURRENCE-ID)
    CREATE INDEX scheduled_events_uid ON scheduled_events(uid);
    """)


@migrations()
def m013_reading(db: Database) -> None:
    # The reading of transcripts a meeting was read with (knowledge.transcripts.READING). Meetings
    # stored before this was recorded have 0, unknown: they are read again from their stored file.
    db.execute("ALTER TABLE meetings ADD COLUMN read_with INTEGER NOT NULL DEFAULT 0")


@migrations()
def m014_reminder_planned_at(db: Database) -> None:
    # When a reminder was planned: one planned after its time (an event scheduled an hour ahead,
    # its one-day reminder) is not late for it. NULL for reminders planned before: their time.
    db.execute("ALTER TABLE reminders ADD COLUMN planned_at TEXT")


@migrations()
def m015_poll_counted(db: Database) -> None:
    # The votes Telegram counted when a poll was stopped (JSON list; anonymous polls send no
    # answers): kept, so that results posted at a later tick still have them.
    db.execute("ALTER TABLE survey_polls ADD COLUMN counted TEXT")


@migrations()
def m016_survey_opened(db: Database) -> None:
    # When a survey was posted: members are not reminded before it has been open half its time.
    # NULL for surveys posted before: their occurrence's start stands for it.
    db.execute("ALTER TABLE surveys ADD COLUMN opened_utc TEXT")


@migrations()
def m017_survey_opened_at_upgrade(db: Database) -> None:
    # A survey still open when m016 came did not record when it was posted, and the occurrence's
    # start is before it was (a survey opens at the event's end): it counts from the upgrade.
    db.execute("UPDATE surveys SET opened_utc = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') "
               "WHERE opened_utc IS NULL AND status != 'closed'")


@migrations()
def m018_imported_event_sequence(db: Database) -> None:
    # The SEQUENCE of the .ics version an imported event was read from: an older invitation sent
    # after a newer one (the first e-mail of a Zoom meeting moved since) does not undo the change.
    # NULL for events imported before, and from a file that writes none: unknown (no file is told
    # older than it, and it tells no file older).
    db.execute("ALTER TABLE scheduled_events ADD COLUMN sequence INTEGER")


@migrations()
def m019_meeting_date_order(db: Database) -> None:
    # The [display] date_order ("DMY", "MDY") a meeting was read with: an English opening's
    # "10/12/2026" is 10 December or 12 October by it. Read again for a newer reading of transcripts,
    # a meeting keeps its order, so that a setting changed since never re-dates it unasked (it
    # would read as another meeting: changed_identity, at every start). NULL for meetings stored
    # before: unknown, read again with the current setting.
    db.execute("ALTER TABLE meetings ADD COLUMN date_order TEXT")


@migrations()
def m020_cancelled_by(db: Database) -> None:
    # Who cancelled an event (/cancel, or the undo button): 'bot_admin' (a bot admin, or the console),
    # whose cancellation holds wherever the event goes, or 'group' (a group's administrator, from the
    # group), which a bot admin's import taking over a group no longer served does not bind. NULL for
    # events cancelled before: as a group's.
    db.execute("ALTER TABLE scheduled_events ADD COLUMN cancelled_by TEXT")
