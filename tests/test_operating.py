"""What an operator does besides ingesting: back up the database (`acta backup`)."""
from __future__ import annotations

import shutil
import sqlite3

from click.testing import CliRunner

from bot.cli import cli
from knowledge.store import Store

from conftest import DEMO


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)


def meeting_ids(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT id FROM meetings ORDER BY id")]
    finally:
        con.close()


def test_a_backup_holds_the_writes_still_in_the_wal_while_the_bot_runs(tmp_path):
    db = tmp_path / "acta.db"
    assert 0 == run("--db", db, "ingest", DEMO / "naralo-2026-10-12-en.txt", DEMO / "afralo-2026-10-05-fr.txt").exit_code
    with Store(db) as bot:              # the running bot: its write is in acta.db-wal, not yet in acta.db
        bot.db.execute("PRAGMA wal_autocheckpoint = 0")
        bot.delete("afralo-2026-10-05-fr")
        shutil.copy(db, tmp_path / "copied.db")
        result = run("--db", db, "backup", tmp_path / "backup.db")
        assert 0 == result.exit_code, result.output
    assert ["afralo-2026-10-05-fr", "naralo-2026-10-12-en"] == meeting_ids(tmp_path / "copied.db")   # cp misses it
    assert ["naralo-2026-10-12-en"] == meeting_ids(tmp_path / "backup.db")
    assert f"Backed up {db} to {tmp_path / 'backup.db'}: " in result.stdout and ", 1 transcript." in result.stdout
    assert ["acta.db", "backup.db", "copied.db"] == sorted(p.name for p in tmp_path.iterdir()
                                                           if not p.name.startswith("acta.db-"))
    restored = run("--db", tmp_path / "backup.db", "meetings", "--json")      # a backup is a database
    assert 0 == restored.exit_code and '"naralo-2026-10-12-en"' in restored.stdout


def test_a_backup_never_replaces_a_file_unless_forced(tmp_path):
    db, target = tmp_path / "acta.db", tmp_path / "backup.db"
    run("--db", db, "ingest", DEMO / "naralo-2026-10-12-en.txt")
    target.write_text("last week's")
    result = run("--db", db, "backup", target)
    assert (1, f"Error: {target} exists: choose another name, or --force to replace it\n") == \
        (result.exit_code, result.stderr)
    assert "last week's" == target.read_text()
    assert 0 == run("--db", db, "backup", target, "--force").exit_code
    assert ["naralo-2026-10-12-en"] == meeting_ids(target)
    itself = run("--db", db, "backup", db, "--force")
    assert (1, f"Error: {db} is the database itself\n") == (itself.exit_code, itself.stderr)
    with Store(tmp_path / "live.db"):       # another bot's database, open: its -wal would spoil the copy
        result = run("--db", db, "backup", tmp_path / "live.db", "--force")
    assert 1 == result.exit_code and "live.db is a database in use (live.db-wal is beside it)" in result.stderr


def test_a_backup_of_no_database_or_into_no_folder_says_so_and_leaves_nothing(tmp_path):
    result = run("--db", tmp_path / "none.db", "backup", tmp_path / "b.db")
    assert (1, f"Error: no database at {tmp_path / 'none.db'}\n") == (result.exit_code, result.stderr)
    db = tmp_path / "acta.db"
    run("--db", db, "ingest", DEMO / "naralo-2026-10-12-en.txt")
    result = run("--db", db, "backup", tmp_path / "gone" / "b.db")
    assert 1 == result.exit_code and "could not back up" in result.stderr
    assert not (tmp_path / "b.db").exists() and not (tmp_path / "gone").exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]
