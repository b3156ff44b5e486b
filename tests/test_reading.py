"""Upgrades that read transcripts better: meetings an older version read are read again."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re

from click.testing import CliRunner

import knowledge.store
from bot import app
from bot import config as config_mod
from bot.cli import cli
from knowledge import formats, ingest, rollcall, transcripts
from knowledge.store import Store

from conftest import CALL_2016, CALL_2020, DEMO, ROOT, _need_corpus

MAX = 10_000_000
# The digest of what transcripts.READING reads from the demo and the two corpus calls. When a
# change reads them otherwise, bump READING (stored meetings are then read again) and record it.
READINGS = {1: "51aec996", 2: "51aec996", 3: "db1cd9b9", 4: "db1cd9b9", 5: "db1cd9b9", 6: "db1cd9b9", 7: "db1cd9b9",
            8: "db1cd9b9", 9: "db1cd9b9", 10: "db1cd9b9",
            11: "db1cd9b9", 12: "db1cd9b9", 13: "db1cd9b9", 14: "db1cd9b9", 15: "db1cd9b9", 16: "db1cd9b9", 17: "db1cd9b9",
            18: "db1cd9b9", 19: "db1cd9b9", 20: "db1cd9b9", 21: "db1cd9b9", 22: "db1cd9b9",
            23: "db1cd9b9", 24: "db1cd9b9"}
# 2 changed files with stray bytes only; 3 channels; 4 roles in labels, UTC offsets, more roll-call
# wordings; 5 agendas as lists; 6 names with particles; 7 page numbers and headers; 8 "interpretation … by"; 9 dates in words;
# 10 narrower roll-call cues; 11 roll calls as lists (4 to 11: the demo and corpus read the same)


def reading_digest() -> str:
    _need_corpus()
    readings = [dataclasses.asdict(transcripts.parse(formats.read(path, MAX)))
                for path in sorted(DEMO.glob("*.txt")) + [CALL_2016, CALL_2020]]
    return hashlib.sha256(json.dumps(readings, default=str, sort_keys=True).encode()).hexdigest()[:8]


def test_a_change_to_what_is_read_bumps_the_reading():
    assert READINGS.get(transcripts.READING) == reading_digest(), (
        "the reading of transcripts changed: bump knowledge.transcripts.READING and record its digest here")


def read_by_an_older_version(path, monkeypatch) -> None:
    """A database as an older Acta left it: apologies announced mid-call were not read."""
    with monkeypatch.context() as older, Store(path) as store:
        older.setattr(rollcall, "_SENT_APOLOGY", re.compile(r"(?!)"))
        older.setattr(knowledge.store, "READING", transcripts.READING - 1)
        ingest.ingest_paths(store, [CALL_2020, DEMO / "lacralo-2026-09-21-es.txt"], max_bytes=MAX)
        ingest.ingest_paths(store, [CALL_2016], max_bytes=MAX)
    with monkeypatch.context() as current, Store(path) as store:
        current.setattr(rollcall, "_SENT_APOLOGY", re.compile(r"(?!)"))
        # Ingested by this version (with the same reading, as far as this test goes): not stale.
        ingest.ingest_paths(store, [DEMO / "lacralo-2026-09-21-en.txt"], max_bytes=MAX)


def apologies(store: Store) -> list[str]:
    return store.meeting("lacralo-2020-02-17-fr").to_json()["apologies"]


def test_the_bot_reads_again_what_an_older_version_read_when_it_starts(tmp_path, monkeypatch, caplog):
    _need_corpus()
    path = tmp_path / "acta.db"
    read_by_an_older_version(path, monkeypatch)
    with Store(path) as store:
        assert ["lacralo-2020-02-17-fr", "lacralo-2026-09-21-es", "lacralo-2016-06-20-fr"] == store.stale_readings()
        assert ["Humberto Carrasco", "Sylvia Herlein Leite"] == apologies(store)
        order = store.meeting_numbers()
    caplog.set_level("INFO", logger="bot.app")
    services = app.build_services(config_mod.load(ROOT / "bot.toml", db=path))
    try:
        store = services.store
        assert [] == store.stale_readings()
        assert ["Humberto Carrasco", "Sylvia Herlein Leite", "Maritza Aguero", "Alejandro Pisanty"] == apologies(store)
        assert order == store.meeting_numbers() and [] == store.summaries_to_post([42])  # no news
        assert "read 3 meetings again" in caplog.text
        answer = services.answerer.ask("Who sent apologies to the LACRALO call of February 2020?")
        assert ("apologies", True) == (answer.kind, "Maritza Aguero" in str(answer.names))
    finally:
        services.close()
    caplog.clear()
    app.build_services(config_mod.load(ROOT / "bot.toml", db=path)).close()
    assert "again" not in caplog.text                 # once only


def test_a_meeting_that_no_longer_reads_keeps_what_was_read_and_stays_stale(tmp_path, monkeypatch, caplog):
    _need_corpus()
    path = tmp_path / "acta.db"
    read_by_an_older_version(path, monkeypatch)
    parse = transcripts.parse
    monkeypatch.setattr(transcripts, "parse", lambda doc, **kw: parse(doc, **kw) if "2020" not in doc.filename else 1 / 0)
    services = app.build_services(config_mod.load(ROOT / "bot.toml", db=path))
    try:
        assert ["lacralo-2020-02-17-fr"] == services.store.stale_readings()
        assert ["Humberto Carrasco", "Sylvia Herlein Leite"] == apologies(services.store)
        assert "could not read meeting lacralo-2020-02-17-fr again" in caplog.text
    finally:
        services.close()


def test_commands_that_read_say_when_meetings_need_reading_again(tmp_path, monkeypatch):
    _need_corpus()
    path = tmp_path / "acta.db"
    read_by_an_older_version(path, monkeypatch)
    runner = CliRunner()
    asked = runner.invoke(cli, ["--db", str(path), "ask", "--json", "Montevideo"])
    assert 0 == asked.exit_code and "Montevideo" in json.loads(asked.stdout)["answer"]
    assert "note: 3 meetings were read by an older version of Acta; `acta reingest`" in asked.stderr
    reread = runner.invoke(cli, ["--db", str(path), "reingest"])
    assert 0 == reread.exit_code and "note:" not in reread.stderr and "4 reread, 0 failed" in reread.stderr
    assert "note:" not in runner.invoke(cli, ["--db", str(path), "meetings"]).stderr


def test_a_database_from_before_readings_were_recorded_is_read_again(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        ingest.ingest_file(store, str(DEMO / "lacralo-2026-09-21-es.txt"), max_bytes=MAX)
    with Store(path) as store:      # as m013 leaves a meeting stored before it
        store.db.execute("UPDATE meetings SET read_with = 0")
        store.db.conn.commit()
        assert ["lacralo-2026-09-21-es"] == store.stale_readings()
        assert [("lacralo-2026-09-21-es", "reread")] == [(r.meeting_id, r.status) for r in ingest.reread_stale(store)]
        assert [] == store.stale_readings() and [] == ingest.reread_stale(store)


def test_while_another_process_writes_the_reading_again_waits_for_another_start(tmp_path, monkeypatch):
    import sqlite3

    _need_corpus()
    path = tmp_path / "acta.db"
    read_by_an_older_version(path, monkeypatch)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")           # another process holds the write lock
    try:
        with Store(path) as store:
            store.db.execute("PRAGMA busy_timeout = 50")
            results = ingest.reread_stale(store)
            # The first meeting found the database busy; the other two were not tried.
            assert [("failed", "busy")] == [(r.status, r.code) for r in results]
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with Store(path) as store:
        assert 3 == len(store.stale_readings())
        assert 3 == len(ingest.reread_stale(store)) and [] == store.stale_readings()


def test_a_windows_1252_file_a_former_version_read_as_mac_roman_is_read_right_again(tmp_path, monkeypatch):
    """READING 16 read Word's curly apostrophes in a Windows-1252 file as Mac Roman letters
    ("RACHEL OíCONNOR", turns lost); 17 reads the stored file again, as written."""
    curly = (DEMO / "naralo-2026-10-12-en.txt").read_text(encoding="utf-8").replace("'", "’")
    call = tmp_path / "naralo-2026-10-12-en.txt"
    call.write_bytes(curly.encode("cp1252", errors="replace"))
    path = tmp_path / "acta.db"
    with monkeypatch.context() as older, Store(path) as store:
        older.setattr(formats, "_legacy", lambda content: content.decode("mac_roman"))
        older.setattr(knowledge.store, "READING", 16)
        ingest.ingest_paths(store, [call], max_bytes=MAX)
        assert "Rachel O'Connor" not in _speakers(store)
    with Store(path) as store:
        assert [("naralo-2026-10-12-en", "reread")] == [(r.meeting_id, r.status) for r in ingest.reread_stale(store)]
        assert (38, True) == (len(store.meeting("naralo-2026-10-12-en").to_json()["turns"]), "Rachel O'Connor" in _speakers(store))


def _speakers(store: Store) -> list[str]:
    return [s["name"] for s in store.meeting("naralo-2026-10-12-en").to_json()["speakers"]]


def test_a_meeting_is_read_again_with_the_date_order_it_was_read_with(tmp_path, monkeypatch):
    """Read with date_order MDY ("10/12/2026": 12 October), then the setting changed back to DMY:
    the bot's rereading for a newer reading keeps the meeting's date (not "changed_identity" at every
    start); `acta reingest` applies the new setting, and says the meeting now reads as another."""
    text = (DEMO / "naralo-2026-10-12-en.txt").read_text(encoding="utf-8").replace("Monday, 12 October 2026", "10/12/2026")
    (tmp_path / "naralo.txt").write_text(text, encoding="utf-8")
    with Store(tmp_path / "acta.db") as store:
        with monkeypatch.context() as older:
            older.setattr(knowledge.store, "READING", transcripts.READING - 1)
            ingest.ingest_paths(store, [tmp_path / "naralo.txt"], max_bytes=MAX, date_order="MDY")
        assert (["naralo-2026-10-12-en"], "MDY") == (store.stale_readings(), store.read_order("naralo-2026-10-12-en"))
        assert [("reread", "naralo-2026-10-12-en", "2026-10-12")] == [
            (r.status, r.meeting_id, r.date) for r in ingest.reread_stale(store, date_order="DMY")]
        assert ([], "MDY") == (store.stale_readings(), store.read_order("naralo-2026-10-12-en"))
        result = ingest.reread(store, ["naralo-2026-10-12-en"], date_order="DMY")[0]
        assert ("failed", "changed_identity") == (result.status, result.code)
        # A meeting stored before Acta recorded it is read again with the current setting, which it then records.
        store.db.execute("UPDATE meetings SET date_order = NULL, read_with = 0")
        assert ["reread"] == [r.status for r in ingest.reread_stale(store, date_order="MDY")]
        assert "MDY" == store.read_order("naralo-2026-10-12-en")
