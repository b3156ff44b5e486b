"""The `acta` command as scripts and operators use it: flags, JSON keys, exit status."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli

from conftest import CALL_2016, CALL_2020, DEMO, ROOT, SHARED, run_cli

SHARED_SEEDS = SHARED / "eval" / "seed-questions.jsonl"


@pytest.fixture
def db(tmp_path):
    return tmp_path / "acta.db"


def test_ingest_json_report_and_progress(db, corpus_dir):
    result = run_cli("--db", db, "ingest", corpus_dir, "--json")
    assert 0 == result.exit_code
    report = json.loads(result.stdout)
    assert {"ingested": 2, "replaced": 0, "unchanged": 0, "failed": 0} == {
        k: report[k] for k in ("ingested", "replaced", "unchanged", "failed")}
    first = report["files"][0]
    assert {"path", "status", "meeting_id", "date", "title", "language", "turns", "speakers", "attendees",
            "agenda"} <= set(first)
    assert ("ingested", "lacralo-2016-06-20-fr", 75) == (first["status"], first["meeting_id"], first["turns"])
    assert "[1/2]" in result.stderr and "[2/2]" in result.stderr


def test_ingest_exit_1_when_some_file_fails_and_the_others_still_land(db, tmp_path, corpus_dir):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_cli("--db", db, "ingest", CALL_2016, empty, tmp_path / "missing.txt", "--json")
    assert 1 == result.exit_code
    by_path = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert "ingested" == by_path[str(CALL_2016)]["status"]
    assert "file is empty" == by_path[str(empty)]["error"]
    assert "no such file or directory" == by_path[str(tmp_path / "missing.txt")]["error"]
    assert f"{empty}: file is empty" in result.stderr
    assert ["lacralo-2016-06-20-fr"] == [m["id"] for m in json.loads(run_cli("--db", db, "meetings", "--json").stdout)]


def test_a_folder_s_lock_and_hidden_files_are_skipped_but_a_file_named_is_read(db, tmp_path, corpus_dir):
    import shutil

    folder = tmp_path / "shared-drive"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(CALL_2016, folder / "lacralo.txt")
    shutil.copy(DEMO / "naralo-2026-10-12-en.txt", folder / "sub" / "naralo.txt")
    # What Word, LibreOffice and macOS leave beside the documents (a lock file holds who has it open).
    (folder / "~$naralo.docx").write_bytes(b"\x07Maria  ")
    (folder / "sub" / "~$lacralo.txt").write_text("Maria")
    (folder / ".~lock.naralo.docx#").write_text(",Maria,laptop,22.11.2026 14:58,file:///home/maria;")
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (folder / ".notes.txt").write_text("to do")
    shutil.copy(CALL_2016, folder / "~lacralo-2016.txt")       # a tilde alone is a name like any other
    result = run_cli("--db", db, "ingest", folder, "--json")
    assert 0 == result.exit_code, result.stdout
    report = json.loads(result.stdout)
    assert {"files", "ingested", "replaced", "unchanged", "failed", "skipped"} == set(report)
    assert ([("lacralo.txt", "ingested"), ("sub/naralo.txt", "ingested"), ("~lacralo-2016.txt", "unchanged")], 2, 0) == (
        [(os.path.relpath(f["path"], folder), f["status"]) for f in report["files"]], report["ingested"],
        report["failed"])
    named = run_cli("--db", db, "ingest", folder / "~$naralo.docx", "--json")        # named: read, and it is no transcript
    assert 1 == named.exit_code and ["failed"] == [f["status"] for f in json.loads(named.stdout)["files"]]


def test_usage_errors_exit_2(db, tmp_path):
    assert 2 == run_cli("--db", db, "ingest").exit_code                       # no path
    assert 2 == run_cli("--db", db, "ingest", "x", "--nope").exit_code         # unknown option
    bad = tmp_path / "bad.toml"
    bad.write_text("[storage]\ndatabase = 'x.db'\n")
    result = run_cli("--config", bad, "meetings")
    assert 2 == result.exit_code and "unknown key(s) database" in result.stderr


def test_meetings_json(db, corpus_dir):
    run_cli("--db", db, "ingest", CALL_2020)
    assert [{"id": "lacralo-2020-02-17-fr", "date": "2020-02-17", "start_utc": "2020-02-17T23:00:00+00:00",
             "title": "LACRALO monthly call", "group": "LACRALO", "kind": "monthly_call", "language": "fr",
             "turns": 51, "versions": [{"language": "fr", "id": "lacralo-2020-02-17-fr"}]}] == json.loads(
                run_cli("--db", db, "meetings", "--json").stdout)


def test_show_json(db, corpus_dir):
    run_cli("--db", db, "ingest", CALL_2016)
    data = json.loads(run_cli("--db", db, "show", "lacralo-2016-06-20-fr", "--json").stdout)
    assert {"id", "date", "title", "language", "attendees", "apologies", "staff", "interpreters", "agenda",
            "turns"} <= set(data)
    assert {"name": "Alyne Andrade", "channel": "pt"} == data["attendees"][-1]
    assert {"title": "Présentation du plan de mitigation pour LACRALO", "presenter": "Rodrigo Saucedo",
            "moderator": None} == data["agenda"][2]
    assert {"index", "speaker", "text"} <= set(data["turns"][0])


def test_show_human_and_unknown_meeting(db, corpus_dir):
    run_cli("--db", db, "ingest", CALL_2016)
    text = run_cli("--db", db, "show", "lacralo-2016-06-20-fr").stdout
    assert "Apologies (4): Carlos Raúl Gutiérrez, Javier Chandia, Carlos Dionisio Aguirre, Rodrigo de La Parra" in text
    missing = run_cli("--db", db, "show", "nope")
    assert 1 == missing.exit_code and "no meeting with id 'nope'" in missing.stderr


def test_db_from_environment_and_config_relative_paths(tmp_path, corpus_dir):
    env_db = tmp_path / "env.db"
    assert 0 == run_cli("ingest", CALL_2016, env={"ACTA_DB": str(env_db), "ACTA_CONFIG": ""}).exit_code
    assert env_db.exists()
    conf_dir = tmp_path / "conf"
    conf_dir.mkdir()
    (conf_dir / "bot.toml").write_text('[storage]\ndb = "data/k.db"\n')
    assert 0 == run_cli("--config", conf_dir / "bot.toml", "ingest", CALL_2016).exit_code
    assert (conf_dir / "data" / "k.db").exists()


def test_demo_ingests_the_shipped_corpus(tmp_path):
    conf = tmp_path / "bot.toml"
    conf.write_text(f'[storage]\ndb = "demo.db"\n[ingest]\ndemo_corpus = "{DEMO}"\n')
    result = run_cli("--config", conf, "demo")
    assert 0 == result.exit_code
    assert "Acta knows 4 meetings" in result.stdout
    assert "LACRALO monthly call (en, es, 45 turns)" in result.stdout     # one call, two versions
    again = run_cli("--config", conf, "demo")          # running the demo twice is harmless
    assert 0 == again.exit_code and "5 unchanged" in again.stderr


def test_console_script_and_python_m_bot(db, corpus_dir):
    acta = Path(sys.executable).parent / "acta"
    env = {**os.environ, "ACTA_DB": str(db)}
    done = subprocess.run([str(acta), "ingest", str(CALL_2016)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert 0 == done.returncode, done.stderr
    listed = subprocess.run([sys.executable, "-m", "bot", "meetings", "--json"], capture_output=True, text=True,
                            env=env, cwd=ROOT)
    assert ["lacralo-2016-06-20-fr"] == [m["id"] for m in json.loads(listed.stdout)]


def test_reingest_reads_stored_meetings_again(db, corpus_dir):
    run_cli("--db", db, "ingest", CALL_2020)
    result = run_cli("--db", db, "reingest", "--json")
    report = json.loads(result.stdout)
    assert (0, 1, 0) == (result.exit_code, report["reread"], report["failed"])
    assert ("lacralo-2020-02-17-fr", "reread") == (report["meetings"][0]["meeting_id"], report["meetings"][0]["status"])
    assert "[1/1] reread" in result.stderr and "1 reread, 0 failed" in result.stderr
    missing = run_cli("--db", db, "reingest", "nope")
    assert 1 == missing.exit_code and "no meeting with id 'nope'" in missing.stderr
    assert 1 == run_cli("--db", db.parent / "none.db", "reingest").exit_code


def test_read_only_commands_do_not_create_a_database(tmp_path):
    missing = tmp_path / "nowhere.db"
    result = run_cli("--db", missing, "meetings")
    assert 1 == result.exit_code and "no database at" in result.stderr
    assert not missing.exists()


def test_ask_json(db, corpus_dir):
    run_cli("--db", db, "ingest", corpus_dir)
    result = run_cli("--db", db, "ask", "Quand aura lieu l'événement à Montevideo ?", "--json", "--k", "3")
    data = json.loads(result.stdout)
    assert {"answer", "language", "sources"} <= set(data) and "fr" == data["language"]
    assert 3 == len(data["sources"])
    first = data["sources"][0]
    assert {"meeting_id": "lacralo-2016-06-20-fr", "date": "2016-06-20", "speaker": "Aida Noblia"} == {
        k: first[k] for k in ("meeting_id", "date", "speaker")}
    assert {"turn_index", "text", "score"} <= set(first)
    scores = [s["score"] for s in data["sources"]]
    assert scores == sorted(scores, reverse=True)


def test_ask_filters_and_plain_text(db, corpus_dir):
    run_cli("--db", db, "ingest", corpus_dir)
    data = json.loads(run_cli("--db", db, "ask", "groupe de travail", "--json", "--meeting", "lacralo-2020-02-17-fr",
                          "--speaker", "Sergio Salinas Porto", "--since", "2020-01-01").stdout)
    assert {("lacralo-2020-02-17-fr", "Sergio Salinas Porto")} == {(s["meeting_id"], s["speaker"]) for s in data["sources"]}
    both = json.loads(run_cli("--db", db, "ask", "groupe de travail", "--json", "--k", "10", "--speaker", "Alberto Soto",
                          "--speaker", "Humberto Carrasco").stdout)
    assert {"Alberto Soto", "Humberto Carrasco"} == {s["speaker"] for s in both["sources"]}
    text = run_cli("--db", db, "ask", "¿Quién habló del programa piloto con una universidad?").stdout
    assert "Raitme Citterio — llamada mensual de LACRALO, 17 de febrero de 2020" in text
    assert 2 == run_cli("--db", db, "ask", "x", "--since", "yesterday").exit_code


def test_eval_on_a_qmsum_style_directory_and_on_questions(db, tmp_path, corpus_dir):
    qdir = tmp_path / "mini"
    qdir.mkdir()
    turns = [{"speaker": "Project Manager", "text": "Let us talk about the remote control buttons."},
             {"speaker": "Marketing", "text": "Users want a bigger power button and fewer buttons."},
             {"speaker": "Industrial Designer", "text": "The battery should last a year."}]
    (qdir / "meetings.jsonl").write_text(json.dumps({"meeting_id": "M1", "domain": "Product", "turns": turns}) + "\n")
    (qdir / "queries.jsonl").write_text("\n".join(json.dumps(q) for q in [
        {"query_id": "q1", "meeting_id": "M1", "query_type": "specific", "query": "What about the battery?",
         "relevant_turns": [2]},
        {"query_id": "q2", "meeting_id": "M1", "query_type": "specific", "query": "power button size",
         "relevant_turns": [1]},
        {"query_id": "q3", "meeting_id": "M1", "query_type": "general", "query": "Summarise", "relevant_turns": [0]},
    ]) + "\n")
    result = json.loads(run_cli("eval", qdir, "--json").stdout)
    assert {"n": 2, "hit@1": 1.0, "hit@5": 1.0, "hit@10": 1.0, "mrr": 1.0} == result
    run_cli("--db", db, "ingest", corpus_dir)
    questions = SHARED_SEEDS
    text = run_cli("--db", db, "eval", "--questions", questions).stdout
    assert "| questions | 15 |" in text
    # What a member is told, not only what search finds: "Qui a présenté…" goes to the agenda first.
    assert "The answer given cites the expected turn first for 15 of 15." in text


def test_ask_with_an_unknown_meeting_or_speaker_says_so(db, corpus_dir):
    run_cli("--db", db, "ingest", corpus_dir)
    unknown = run_cli("--db", db, "ask", "budget", "--meeting", "nope")
    assert (1, "Error: no meeting 'nope' (see `acta meetings` for the ids)") == (unknown.exit_code, unknown.output.strip())
    no_one = run_cli("--db", db, "ask", "budget", "--speaker", "Nobody Atall")
    assert (1, True) == (no_one.exit_code, no_one.output.startswith("Error: no speaker called 'Nobody Atall'"))


@pytest.mark.parametrize("content, said", [
    (None, "cannot read it"), ('{"id": "d01", "q": "Qui…"\n', "line 1: not JSON"),
    ('{"id": "d01", "q": "Qui a présenté ?", "date": "2016-06-20", "speaker": "X", "any": ["x"]}\n{"id": "d02"}\n',
     "line 2: missing q, date, speaker, any"),
    (b"\xff\xfe\x00garbage", "not UTF-8 text"), ("", "no questions in it"),
    ('{"id": "d01", "q": "Qui ?", "date": "2016-06-20", "speaker": "X", "any": "deux mille dollars"}\n',
     "question 1: needs"),
])
def test_eval_of_a_missing_or_malformed_questions_file_says_what_is_wrong(db, tmp_path, corpus_dir, content, said):
    import subprocess
    import sys
    run_cli("--db", db, "ingest", corpus_dir)
    path = tmp_path / "q.jsonl"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "--db", str(db), "eval", "--questions", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert 1 == done.returncode and "Traceback" not in done.stderr
    assert f"Error: {path}" in done.stderr and said in done.stderr


def test_delete_asks_first_then_deletes_and_says_what(db, corpus_dir):
    run_cli("--db", db, "ingest", corpus_dir)
    declined = CliRunner().invoke(cli, ["--db", str(db), "delete", "lacralo-2016-06-20-fr"], input="n\n")
    assert 1 == declined.exit_code and "(LACRALO monthly call, 2016-06-20, 75 turns)?" in declined.stderr
    assert 2 == len(json.loads(run_cli("--db", db, "meetings", "--json").stdout))
    result = CliRunner().invoke(cli, ["--db", str(db), "delete", "lacralo-2016-06-20-fr", "--json"], input="y\n")
    assert 0 == result.exit_code
    assert [("lacralo-2016-06-20-fr", "2016-06-20", 75)] == [
        (m["id"], m["date"], m["turns"]) for m in json.loads(result.stdout[result.stdout.index("["):])]
    assert ["lacralo-2020-02-17-fr"] == [m["id"] for m in json.loads(run_cli("--db", db, "meetings", "--json").stdout)]


def test_delete_unknown_ids_exit_1_and_the_known_ones_go(db, corpus_dir):
    run_cli("--db", db, "ingest", corpus_dir)
    result = run_cli("--db", db, "delete", "--yes", "nope", "lacralo-2020-02-17-fr", "--json")
    assert 1 == result.exit_code and "no meeting 'nope'" in result.stderr
    assert ["lacralo-2020-02-17-fr"] == [m["id"] for m in json.loads(result.stdout)]
    assert 2 == run_cli("--db", db, "delete").exit_code                                     # no id
    assert 1 == run_cli("--db", db.with_name("none.db"), "delete", "--yes", "x").exit_code    # no database


def test_delete_while_another_process_writes_says_so(db, corpus_dir, monkeypatch):
    import sqlite3

    from knowledge.store import Store

    run_cli("--db", db, "ingest", CALL_2016)
    opened = Store.__init__

    def impatient(self, path):          # (not 10 s of waiting in a test)
        opened(self, path)
        self.db.execute("PRAGMA busy_timeout = 50")

    monkeypatch.setattr(Store, "__init__", impatient)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        result = run_cli("--db", db, "delete", "--yes", "lacralo-2016-06-20-fr")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert 1 == result.exit_code and "database stayed busy" in result.stderr and "Traceback" not in result.stderr
    assert ["lacralo-2016-06-20-fr"] == [m["id"] for m in json.loads(run_cli("--db", db, "meetings", "--json").stdout)]


def test_events_lists_when_each_occurrence_s_reminders_go_out(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{tmp_path / "a.db"}"\n[reminders]\noffsets = ["1h", "1d"]\n'
                    '[[events]]\ntitle = "Board call"\nstart = "2030-05-06T10:00"\nchats = [-1001]\n'
                    '[[events]]\ntitle = "Lone call"\nstart = "2030-05-08T10:00"\n')
    result = run_cli("events", "--config", path, "--until", "2030-12-31")
    assert 0 == result.exit_code, result.output
    assert ["2030-05-06 10:00 UTC  Board call  (10:00 UTC)",
            "  reminders: 2030-05-05 10:00 UTC, 2030-05-06 09:00 UTC",
            "2030-05-08 10:00 UTC  Lone call  (10:00 UTC)",
            "  reminders (to no chat: none is sent): 2030-05-07 10:00 UTC, 2030-05-08 09:00 UTC"] == \
        result.stdout.splitlines()
    path.write_text(path.read_text().replace('["1h", "1d"]', "[]"))
    assert "  reminders: none ([reminders] offsets is empty)" in run_cli("events", "--config", path, "--until",
                                                                     "2030-12-31").stdout.splitlines()


def test_events_marks_a_reminder_whose_time_is_past(tmp_path):
    import datetime as dt

    start = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=3)).replace(second=0, microsecond=0)
    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{tmp_path / "a.db"}"\n[reminders]\noffsets = ["1d", "1h"]\n[[events]]\n'
                    f'title = "Soon"\nstart = "{start:%Y-%m-%dT%H:%M}"\nchats = [-1001]\n')
    lines = run_cli("events", "--config", path).stdout.splitlines()
    assert f"  reminders: {start - dt.timedelta(days=1):%Y-%m-%d %H:%M} UTC (past), " \
           f"{start - dt.timedelta(hours=1):%Y-%m-%d %H:%M} UTC" == lines[1]


def test_events_until_a_past_day_says_it_is_past_and_an_empty_period_says_so(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{tmp_path / "a.db"}"\n[[events]]\ntitle = "Board call"\n'
                    'start = "2030-05-06T10:00"\n')
    past = run_cli("events", "--config", path, "--until", "2020-01-01")
    assert 2 == past.exit_code
    assert "Invalid value for --until: 2020-01-01 is past: the events listed are those to come" in past.stderr
    assert "No event up to 2029-01-01 (--until goes further).\n" == run_cli("events", "--config", path, "--until",
                                                                         "2029-01-01").stdout
    path.write_text(f'[storage]\ndb = "{tmp_path / "a.db"}"\n')
    assert "No event up to 2029-01-01. Declare recurring calls as [[events]] in bot.toml.\n" == \
        run_cli("events", "--config", path, "--until", "2029-01-01").stdout


def test_version_names_the_release_and_the_reading_of_transcripts():
    from knowledge.transcripts import READING

    result = run_cli("--version")
    assert 0 == result.exit_code
    assert result.stdout.startswith("acta ") and f", reading of transcripts {READING}, Python 3." in result.stdout
