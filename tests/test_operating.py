"""What an operator does besides ingesting: back up the database (`acta backup`), import a calendar
(`acta import-ics`)."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3

from knowledge.store import Store

from conftest import DEMO, calendar_file, run_cli


def meeting_ids(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT id FROM meetings ORDER BY id")]
    finally:
        con.close()


def test_a_backup_holds_the_writes_still_in_the_wal_while_the_bot_runs(tmp_path):
    db = tmp_path / "acta.db"
    assert 0 == run_cli("--db", db, "ingest", DEMO / "naralo-2026-10-12-en.txt", DEMO / "afralo-2026-10-05-fr.txt").exit_code
    with Store(db) as bot:              # the running bot: its write is in acta.db-wal, not yet in acta.db
        bot.db.execute("PRAGMA wal_autocheckpoint = 0")
        bot.delete("afralo-2026-10-05-fr")
        shutil.copy(db, tmp_path / "copied.db")
        result = run_cli("--db", db, "backup", tmp_path / "backup.db")
        assert 0 == result.exit_code, result.output
    assert ["afralo-2026-10-05-fr", "naralo-2026-10-12-en"] == meeting_ids(tmp_path / "copied.db")   # cp misses it
    assert ["naralo-2026-10-12-en"] == meeting_ids(tmp_path / "backup.db")
    assert f"Backed up {db} to {tmp_path / 'backup.db'}: " in result.stdout and ", 1 transcript." in result.stdout
    assert ["acta.db", "backup.db", "copied.db"] == sorted(p.name for p in tmp_path.iterdir()
                                                           if not p.name.startswith("acta.db-"))
    restored = run_cli("--db", tmp_path / "backup.db", "meetings", "--json")      # a backup is a database
    assert 0 == restored.exit_code and '"naralo-2026-10-12-en"' in restored.stdout


def test_a_backup_never_replaces_a_file_unless_forced(tmp_path):
    db, target = tmp_path / "acta.db", tmp_path / "backup.db"
    run_cli("--db", db, "ingest", DEMO / "naralo-2026-10-12-en.txt")
    target.write_text("last week's")
    result = run_cli("--db", db, "backup", target)
    assert (1, f"Error: {target} exists: choose another name, or --force to replace it\n") == \
        (result.exit_code, result.stderr)
    assert "last week's" == target.read_text()
    assert 0 == run_cli("--db", db, "backup", target, "--force").exit_code
    assert ["naralo-2026-10-12-en"] == meeting_ids(target)
    itself = run_cli("--db", db, "backup", db, "--force")
    assert (1, f"Error: {db} is the database itself\n") == (itself.exit_code, itself.stderr)
    with Store(tmp_path / "live.db"):       # another bot's database, open: its -wal would spoil the copy
        result = run_cli("--db", db, "backup", tmp_path / "live.db", "--force")
    assert 1 == result.exit_code and "live.db is a database in use (live.db-wal is beside it)" in result.stderr


def test_a_backup_of_no_database_or_into_no_folder_says_so_and_leaves_nothing(tmp_path):
    result = run_cli("--db", tmp_path / "none.db", "backup", tmp_path / "b.db")
    assert (1, f"Error: no database at {tmp_path / 'none.db'}\n") == (result.exit_code, result.stderr)
    db = tmp_path / "acta.db"
    run_cli("--db", db, "ingest", DEMO / "naralo-2026-10-12-en.txt")
    result = run_cli("--db", db, "backup", tmp_path / "gone" / "b.db")
    assert 1 == result.exit_code and "could not back up" in result.stderr
    assert not (tmp_path / "b.db").exists() and not (tmp_path / "gone").exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def calendar_path(tmp_path, *vevents: str):
    path = tmp_path / "calendar.ics"
    path.write_bytes(calendar_file(*vevents))
    return path


# (an .ics import looks 400 days ahead: the events are a month away)
FIRST = dt.datetime.combine(dt.date.today() + dt.timedelta(days=30), dt.time(15), dt.timezone.utc)
SERIES = f"UID:sync@naralo\nSUMMARY:Outreach sync\nDTSTART:{FIRST:%Y%m%dT%H%M%SZ}\nRRULE:FREQ=WEEKLY;COUNT=2"
SECOND = FIRST + dt.timedelta(days=7)


def test_import_ics_imports_as_an_admin_s_upload_does_and_the_events_are_listed(tmp_path):
    config = tmp_path / "bot.toml"
    config.write_text('[storage]\ndb = "acta.db"\n[telegram]\nchats = [-1001, -1002]\n[reminders]\noffsets = ["1h"]\n')
    ics_file = calendar_path(tmp_path, SERIES)
    result = run_cli("--config", config, "import-ics", ics_file)
    assert (0, "Calendar imported: 2 upcoming event(s); 0 left out (past, too far ahead or too many).\n"
               "Reminders go to chats -1001, -1002 (`acta events` lists them).\n") == (result.exit_code, result.stdout)
    listed = run_cli("--config", config, "events").stdout.splitlines()
    assert [f"{FIRST:%Y-%m-%d} 15:00 UTC  Outreach sync  (15:00 UTC)", f"  reminders: {FIRST:%Y-%m-%d} 14:00 UTC",
            f"{SECOND:%Y-%m-%d} 15:00 UTC  Outreach sync  (15:00 UTC)",
            f"  reminders: {SECOND:%Y-%m-%d} 14:00 UTC"] == listed
    again = run_cli("--config", config, "import-ics", ics_file)          # the same calendar: nothing twice
    assert "Of these, 2 were already imported (0 updated)." in again.stdout
    assert 4 == len(run_cli("--config", config, "events", "--until", f"{SECOND:%Y-%m-%d}").stdout.splitlines())
    workshop = calendar_path(tmp_path, f"UID:w@x\nSUMMARY:Workshop\nDTSTART:{SECOND:%Y%m%d}T160000Z")
    one = run_cli("--config", config, "import-ics", workshop, "--chat", -1002)
    assert "Reminders go to chat -1002 (`acta events` lists them)." in one.stdout
    events = json.loads(run_cli("--config", config, "events", "--until", f"{SECOND:%Y-%m-%d}", "--json").stdout)
    assert [("Outreach sync", [-1001, -1002])] * 2 + [("Workshop", [-1002])] == \
        [(e["title"], e["chats"]) for e in events]


def test_import_ics_refuses_what_would_remind_no_one_and_a_file_that_is_no_calendar(tmp_path):
    config = tmp_path / "bot.toml"
    config.write_text('[storage]\ndb = "acta.db"\n[telegram]\nchats = [-1001]\n')
    ics_file = calendar_path(tmp_path, SERIES)
    outside = run_cli("--config", config, "import-ics", ics_file, "--chat", -1002)
    assert 2 == outside.exit_code and "chat -1002 is not in [telegram] chats" in outside.stderr
    not_ics = tmp_path / "notes.ics"
    not_ics.write_text("Just notes, no calendar.")
    refused = run_cli("--config", config, "import-ics", not_ics)
    assert 1 == refused.exit_code and refused.stderr.startswith(f"Error: {not_ics}: not a readable .ics file")
    config.write_text('[storage]\ndb = "acta.db"\n')
    nowhere = run_cli("--config", config, "import-ics", ics_file)
    assert 2 == nowhere.exit_code and "[telegram] chats is empty: name the chat the events are for with --chat ID" \
        in nowhere.stderr
    assert [] == json.loads(run_cli("--config", config, "events", "--json").stdout)
    assert 0 == run_cli("--config", config, "import-ics", ics_file, "--chat", -5).exit_code       # any chat it is in
    assert [[-5], [-5]] == [e["chats"] for e in json.loads(run_cli("--config", config, "events", "--json").stdout)]
