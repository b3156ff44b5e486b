"""The SQLite store: schema by migrations, WAL, idempotent and transactional writes."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3
import threading

import pytest

from knowledge import formats, ingest, passages, rollcall, transcripts
from knowledge.errors import TranscriptError
from knowledge.errors import MeetingNotFound
from knowledge.store import Store, migrations
from knowledge.transactions import writing

from conftest import CALL_2016, CALL_2020, DEMO

MAX = 10_000_000


def test_schema_comes_from_migrations_and_uses_wal(tmp_path):
    path = tmp_path / "a.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    assert "wal" == conn.execute("PRAGMA journal_mode").fetchone()[0]
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = 'acta'")]
    assert [m.name for m in migrations._migrations] == applied
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "meetings", "people", "aliases", "turns", "attendance", "agenda"} <= tables
    Store(path).close()   # opening again applies nothing twice
    assert len(applied) == conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]


def test_ingest_then_read_back(store, corpus_dir):
    result = ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX)
    assert ("ingested", "lacralo-2016-06-20-fr") == (result.status, result.meeting_id)
    detail = store.meeting("lacralo-2016-06-20-fr").to_json()
    assert (75, 11, 2) == (len(detail["turns"]), len(detail["speakers"]), len(detail["interjections"]))
    assert ["Carlos Raúl Gutiérrez", "Javier Chandia", "Carlos Dionisio Aguirre", "Rodrigo de La Parra"] == detail["apologies"]
    assert ["Silvia Vivanco", "Terri Agnew"] == detail["staff"]
    assert 9 == len(detail["attendees"])
    assert {"index": 0, "speaker": "Terri Agnew", "role": "staff"} == {
        k: detail["turns"][0][k] for k in ("index", "speaker", "role")}
    filename, content = store.document("lacralo-2016-06-20-fr")
    assert (CALL_2016.name, CALL_2016.read_bytes()) == (filename, content)


def test_the_same_file_twice_changes_nothing(store, corpus_dir):
    ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX)
    before = store.counts()
    again = ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX)
    assert ("unchanged", "lacralo-2016-06-20-fr") == (again.status, again.meeting_id)
    assert before == store.counts()


def test_a_corrected_version_replaces_the_meeting(store, corpus_dir, tmp_path):
    ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX)
    corrected = tmp_path / "lacralo-2016-06-20-fr-v2.txt"
    corrected.write_text(CALL_2016.read_text(encoding="utf-8").replace(
        "MARK DATYSGELD: Merci, Maritza.", "MARK DATYSGELD: Merci beaucoup, Maritza."), encoding="utf-8")
    result = ingest.ingest_file(store, str(corrected), max_bytes=MAX)
    assert ("replaced", "lacralo-2016-06-20-fr") == (result.status, result.meeting_id)
    assert 1 == len(store.meetings()) and 1 == store.counts()["documents"]
    texts = [t.text for t in store.meeting("lacralo-2016-06-20-fr").turns]
    assert any(t.startswith("Merci beaucoup, Maritza. Je suis Mark") for t in texts)
    assert 75 == store.counts()["turns"]


@pytest.mark.parametrize("cut, name", [
    (20_000, "lacralo-2016-06-20-fr.txt"),              # the same file name, saved half-way
    (8_000, "lacralo-2016-06-20-partial.txt"),          # another name: its turns are the stored ones
])
def test_a_cut_off_version_does_not_replace_the_meeting(store, corpus_dir, tmp_path, cut, name):
    ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX)
    before = store.counts()
    part = tmp_path / name
    part.write_bytes(CALL_2016.read_bytes()[:cut])
    result = ingest.ingest_file(store, str(part), max_bytes=MAX)
    assert ("failed", "shorter") == (result.status, result.code)
    assert "would replace lacralo-2016-06-20-fr (75 turns)" in result.error and "--replace" in result.error
    assert before == store.counts() and ["lacralo-2016-06-20-fr"] == [m.id for m in store.meetings()]
    forced = ingest.ingest_file(store, str(part), max_bytes=MAX, replace=True)
    assert ("replaced", "lacralo-2016-06-20-fr") == (forced.status, forced.meeting_id)
    assert store.counts()["turns"] < before["turns"]


@pytest.mark.parametrize("cut", [2_500, 8_000])
def test_the_whole_file_replaces_a_cut_off_one_stored_first(store, corpus_dir, tmp_path, cut):
    # (2,500 bytes: three turns, the last one cut in the middle of a sentence)
    part = tmp_path / "lacralo-2016-06-20-partial.txt"
    part.write_bytes(CALL_2016.read_bytes()[:cut])
    assert "ingested" == ingest.ingest_file(store, str(part), max_bytes=MAX).status
    result = ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX)
    assert ("replaced", "lacralo-2016-06-20-fr") == (result.status, result.meeting_id)
    assert ["lacralo-2016-06-20-fr"] == [m.id for m in store.meetings()]
    assert (75, 1) == (store.counts()["turns"], store.counts()["documents"])


def test_a_cut_off_file_stored_first_is_no_part_of_another_call_that_day(store, corpus_dir, tmp_path):
    part = tmp_path / "lacralo-2016-06-20-partial.txt"
    part.write_bytes(CALL_2016.read_bytes()[:2_500])
    ingest.ingest_file(store, str(part), max_bytes=MAX)
    other = tmp_path / "lacralo-2016-06-20-evening.txt"     # another call that day, other people
    other.write_text("Nous sommes le 20 juin 2016. Bienvenue à l'appel mensuel de LACRALO.\n\n" + "\n\n".join(
        f"{name}: Merci beaucoup. Nous allons parler du budget de la région et des élections, "
        f"c'est le sujet numéro {i} et il est très important pour nous tous."
        for i, name in enumerate(["ANA LOPEZ", "JUAN PEREZ", "ANA LOPEZ", "LUIS SOTO"] * 3)), encoding="utf-8")
    result = ingest.ingest_file(store, str(other), max_bytes=MAX)
    assert ("ingested", "lacralo-2016-06-20-fr-2") == (result.status, result.meeting_id)


def test_a_version_whose_roll_call_is_not_read_does_not_replace_the_meeting(store, corpus_dir, tmp_path):
    ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX)
    before = store.counts()
    unread = tmp_path / "lacralo-2016-06-20-fr-v2.txt"      # the roll call worded in a way Acta does not read
    unread.write_text(CALL_2016.read_text(encoding="utf-8").replace("Sur cet appel, nous avons", "Voici"),
                      encoding="utf-8")
    result = ingest.ingest_file(store, str(unread), max_bytes=MAX)
    assert ("failed", "lost_roll_call") == (result.status, result.code)
    assert "9 in the roll call) with a reading that finds 1 " in result.error and before == store.counts()   # (Alyne, on the Portuguese channel)
    forced = ingest.ingest_file(store, str(unread), max_bytes=MAX, replace=True)
    assert "replaced" == forced.status


def test_replacing_a_meeting_is_judged_inside_the_write(store, corpus_dir, tmp_path):
    ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX)
    before = store.counts()
    words = store.db.execute("SELECT sum(words) FROM turns").fetchone()[0]
    corrected = tmp_path / "lacralo-2016-06-20-fr.txt"
    corrected.write_text(CALL_2016.read_text(encoding="utf-8") + "\nMARK DATYSGELD: Merci à tous.\n",
                         encoding="utf-8")
    doc = formats.read(str(corrected), max_bytes=MAX)
    transcript = transcripts.parse(doc)
    told = []

    def refuse(mid, path, turns, stored_words, present, only_begins):
        told.append((mid, path, turns, stored_words, present, only_begins))
        raise ValueError("no")
    with pytest.raises(ValueError):
        store.save(transcript, doc, passages.rows(transcript), replacing=refuse)
    assert [("lacralo-2016-06-20-fr", str(CALL_2016), 75, words, 9, False)] == told and before == store.counts()
    assert ("lacralo-2016-06-20-fr", "replaced") == store.save(transcript, doc, passages.rows(transcript),
                                                               replacing=lambda *stored: None)


def test_a_failed_write_leaves_the_database_as_it_was(store, corpus_dir, monkeypatch):
    ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX)
    before = store.counts()

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")
    # Fails after the meeting and document rows are written, inside the transaction.
    monkeypatch.setattr(Store, "_people", broken)
    result = ingest.ingest_file(store, str(CALL_2020), max_bytes=MAX)
    assert "failed" == result.status and "OperationalError" in result.error
    assert before == store.counts()
    assert ["lacralo-2016-06-20-fr"] == [m.id for m in store.meetings()]


def test_reading_stored_meetings_again_applies_a_better_parser(store, corpus_dir, monkeypatch):
    # As an older version read it: apologies announced mid-call were not counted.
    with monkeypatch.context() as old_parser:
        old_parser.setattr(rollcall, "_SENT_APOLOGY", re.compile(r"(?!)"))
        ingest.ingest_paths(store, [CALL_2020, DEMO / "lacralo-2026-09-21-es.txt", DEMO / "lacralo-2026-09-21-en.txt"],
                            max_bytes=MAX)
    assert ["Humberto Carrasco", "Sylvia Herlein Leite"] == store.meeting("lacralo-2020-02-17-fr").to_json()["apologies"]
    order = store.meeting_numbers()
    assert [] == store.summaries_to_post([42])          # the archive the bot starts with is no news
    results = ingest.reread(store)
    assert [("lacralo-2020-02-17-fr", "reread"), ("lacralo-2026-09-21-es", "reread"),
            ("lacralo-2026-09-21-en", "reread")] == [(r.meeting_id, r.status) for r in results]
    assert ["Humberto Carrasco", "Sylvia Herlein Leite", "Maritza Aguero", "Alejandro Pisanty"] == store.meeting(
        "lacralo-2020-02-17-fr").to_json()["apologies"]
    # The same meetings: ids, order of arrival (no summary posted again), language versions linked.
    assert order == store.meeting_numbers() and [] == store.summaries_to_post([42])
    assert [("es", "lacralo-2026-09-21-es"), ("en", "lacralo-2026-09-21-en")] == sorted(
        next(m for m in store.meetings() if m.id == "lacralo-2026-09-21-es").versions, reverse=True)
    assert "failed" == ingest.reread(store, ["nope"])[0].status
    # Read as another day now: refused, not stored under an id that says another date.
    parse = transcripts.parse
    monkeypatch.setattr(transcripts, "parse", lambda doc, **kw: dataclasses.replace(parse(doc, **kw), date=dt.date(2020, 2, 18)))
    refused = ingest.reread(store, ["lacralo-2020-02-17-fr"])[0]
    assert ("failed", "changed_identity") == (refused.status, refused.code)
    assert "2020-02-17" == store.meeting_summary("lacralo-2020-02-17-fr").date


def test_reading_again_never_undoes_a_version_stored_meanwhile(store, tmp_path):
    naralo = DEMO / "naralo-2026-10-12-en.txt"
    mid = ingest.ingest_file(store, str(naralo), max_bytes=MAX).meeting_id
    read = store.stored_document(mid)             # reingest has read the stored file…
    corrected = tmp_path / naralo.name            # …when a corrected version arrives
    corrected.write_text(naralo.read_text(encoding="utf-8") + "\nMARC-ANDRÉ GAGNON: One more thing: thank you all.\n",
                         encoding="utf-8")
    assert "replaced" == ingest.ingest_file(store, str(corrected), max_bytes=MAX).status
    turns = store.meeting_summary(mid).turns
    result = ingest.ingest_document(store, read, again=mid)
    assert ("failed", "changed") == (result.status, result.code)
    assert turns == store.meeting_summary(mid).turns


def test_a_meeting_that_no_longer_reads_keeps_what_was_stored(store, corpus_dir, monkeypatch):
    ingest.ingest_file(store, str(CALL_2020), max_bytes=MAX)
    before = store.meeting("lacralo-2020-02-17-fr").to_json()

    def unreadable(doc, **kw):
        raise TranscriptError("no speaker labels", code="no_labels")
    monkeypatch.setattr(transcripts, "parse", unreadable)
    assert [("failed", "no_labels")] == [(r.status, r.code) for r in ingest.reread(store)]
    assert before == store.meeting("lacralo-2020-02-17-fr").to_json()


def test_people_are_the_same_across_meetings(store, corpus_dir):
    for path in (CALL_2016, CALL_2020):
        ingest.ingest_file(store, str(path), max_bytes=MAX)
    rows = store.db.execute(
        "SELECT p.name, count(DISTINCT t.meeting_id) FROM turns t JOIN people p ON p.id = t.person_id "
        "GROUP BY p.id HAVING count(DISTINCT t.meeting_id) = 2 ORDER BY p.name").fetchall()
    assert [("Alberto Soto", 2), ("Humberto Carrasco", 2), ("Raitme Citterio", 2),
            ("Silvia Vivanco", 2)] == rows
    # Every spelling seen is an alias of one person.
    raitme = {r[0] for r in store.db.execute(
        "SELECT a.key FROM aliases a JOIN people p ON p.id = a.person_id WHERE p.name = 'Raitme Citterio'")}
    assert {"RAITME CITTERIO", "RAITME CITTIERO"} == raitme


def test_meetings_list_and_unknown_meeting(store, corpus_dir):
    ingest.ingest_paths(store, [DEMO, CALL_2020], max_bytes=MAX)
    # The demo call in Spanish and English is one meeting, listed under the version stored first.
    assert ["lacralo-2020-02-17-fr", "lacralo-2026-09-21-en", "afralo-2026-10-05-fr",
            "naralo-2026-10-12-en", "lacralo-webinar-2026-10-26-pt"] == [m.id for m in store.meetings()]
    with pytest.raises(MeetingNotFound):
        store.meeting("nope")


def test_a_second_connection_sees_committed_meetings(tmp_path, corpus_dir):
    path = tmp_path / "shared.db"
    with Store(path) as writer, Store(path) as reader:
        writer.save(transcripts.parse(doc := formats.read(CALL_2016, MAX)), doc)
        assert ["lacralo-2016-06-20-fr"] == [m.id for m in reader.meetings()]


def test_a_second_writer_waits_for_the_first_instead_of_failing(tmp_path):
    # The second ingest reads (is the file known?) before it writes. Under a deferred transaction
    # it could not write after the first writer committed ("database is locked", at once).
    path = tmp_path / "shared.db"
    results = []

    def second_ingest():
        with Store(path) as second:
            results.append(ingest.ingest_file(second, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=MAX))
    with Store(path) as first:
        with writing(first.db):
            ingest.ingest_file(first, str(DEMO / "afralo-2026-10-05-fr.txt"), max_bytes=MAX)
            thread = threading.Thread(target=second_ingest)
            thread.start()
            thread.join(0.5)
            assert thread.is_alive() and not results        # waiting for the lock, not failed
        thread.join(10)
        assert ["ingested"] == [r.status for r in results]
        assert ["afralo-2026-10-05-fr", "naralo-2026-10-12-en"] == [m.id for m in first.meetings()]


def test_a_writer_kept_waiting_too_long_fails_cleanly(tmp_path):
    path = tmp_path / "shared.db"
    naralo = str(DEMO / "naralo-2026-10-12-en.txt")
    with Store(path) as first, Store(path) as second:
        second.db.execute("PRAGMA busy_timeout = 50")
        with writing(first.db):
            ingest.ingest_file(first, str(DEMO / "afralo-2026-10-05-fr.txt"), max_bytes=MAX)
            result = ingest.ingest_file(second, naralo, max_bytes=MAX)
        assert ("failed", "busy") == (result.status, result.code) and "try again" in result.error
        assert ["afralo-2026-10-05-fr"] == [m.id for m in second.meetings()]
        assert "ingested" == ingest.ingest_file(second, naralo, max_bytes=MAX).status


def test_two_different_meetings_on_one_day_are_both_kept(store, tmp_path):
    a, b = tmp_path / "wg-a.txt", tmp_path / "wg-b.txt"
    a.write_text("ANA LIMA: Welcome to the outreach call, 3 November 2026.\nBEN COLE: Thanks Ana.\n")
    b.write_text("CARLA DIAZ: Welcome to the policy call, 3 November 2026.\nDAN EVANS: Thanks Carla.\n")
    ra, rb = (ingest.ingest_file(store, str(p), max_bytes=MAX) for p in (a, b))
    assert [("ingested", "call-2026-11-03-en"), ("ingested", "call-2026-11-03-en-2")] == [
        (ra.status, ra.meeting_id), (rb.status, rb.meeting_id)]
    b.write_text("CARLA DIAZ: Welcome to the policy call, 3 November 2026.\nDAN EVANS: Thanks, Carla.\n")
    again = ingest.ingest_file(store, str(b), max_bytes=MAX)
    assert ("replaced", "call-2026-11-03-en-2") == (again.status, again.meeting_id)
    assert 2 == len(store.meetings())


def _sessions(tmp_path, afternoon: str):
    """The NARALO call, and another file of that day with its roll call and agenda (the same people)
    and then ``afternoon``'s turns instead of its own, neither giving a time."""
    text = (DEMO / "naralo-2026-10-12-en.txt").read_text(encoding="utf-8").replace(" It is 19:00 UTC.", "")
    morning, after = tmp_path / "naralo-am.txt", tmp_path / "naralo-pm.txt"
    morning.write_text(text, encoding="utf-8")
    turns = re.split(r"\n(?=[A-Z][A-Z' .-]+: )", text)
    said = [t for t in turns[3:] if len(t.split(":", 1)[1].split()) >= 5]
    done = {t: afternoon.format(i) if afternoon else t.replace("welcome", "welcom") for i, t in enumerate(said)}
    after.write_text("\n".join(turns[:3] + [t.split(":", 1)[0] + ": " + done[t].split(": ", 1)[-1] if t in done
                                           else t for t in turns[3:]]), encoding="utf-8")
    return morning, after


def test_a_second_session_that_day_with_the_same_people_is_kept_beside_the_first(store, tmp_path):
    """Same roll call and agenda, no time said, and nearly no turn in common: another session."""
    morning, afternoon = _sessions(tmp_path, "In the afternoon session we look at outreach budget line {} and its figures.")
    results = [ingest.ingest_file(store, str(p), max_bytes=MAX) for p in (morning, afternoon)]
    assert [("ingested", "naralo-2026-10-12-en"), ("ingested", "naralo-2026-10-12-en-2")] == [
        (r.status, r.meeting_id) for r in results]


def test_a_corrected_version_with_the_same_people_still_replaces(store, tmp_path):
    morning, corrected = _sessions(tmp_path, "")            # typos fixed (here: made) in its turns
    results = [ingest.ingest_file(store, str(p), max_bytes=MAX) for p in (morning, corrected)]
    assert [("ingested", "naralo-2026-10-12-en"), ("replaced", "naralo-2026-10-12-en")] == [
        (r.status, r.meeting_id) for r in results]


def test_who_spoke_most_is_counted_at_ingest_and_for_older_databases(tmp_path):
    path = tmp_path / "acta.db"
    with Store(path) as store:
        ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=10_000_000)
        expected = {}
        for speaker, role, text in store.db.execute("SELECT speaker, role, text FROM turns"):
            if role == "member":
                turns, words = expected.get(speaker, (0, 0))
                expected[speaker] = (turns + 1, words + len(text.split()))
        speaking = store.speaking(["naralo-2026-10-12-en"])
        assert expected == {s: (t, w) for s, t, w in speaking} and len(speaking) > 3
        assert [w for _, _, w in speaking] == sorted((w for _, _, w in speaking), reverse=True)
    with sqlite3.connect(path) as db:        # as an Acta from before the words column left it
        db.execute("ALTER TABLE turns DROP COLUMN words")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_turn_words'")
    with Store(path) as store:
        assert speaking == store.speaking(["naralo-2026-10-12-en"])


def test_deleting_a_meeting_removes_what_was_read_from_it_and_nothing_else(store, corpus_dir, tmp_path):
    from knowledge.search import Searcher
    for path in (CALL_2016, CALL_2020):
        ingest.ingest_file(store, str(path), max_bytes=MAX)
    searcher = Searcher(store)
    assert {"lacralo-2016-06-20-fr"} <= {h.meeting_id for h in searcher.search("plan de mitigation", k=10)}
    only_2016 = {r[0] for r in store.db.execute(
        "SELECT DISTINCT person_id FROM turns WHERE meeting_id = 'lacralo-2016-06-20-fr' AND person_id NOT IN "
        "(SELECT person_id FROM turns WHERE meeting_id = 'lacralo-2020-02-17-fr' AND person_id IS NOT NULL) "
        "AND person_id NOT IN (SELECT person_id FROM attendance WHERE meeting_id = 'lacralo-2020-02-17-fr' "
        "AND person_id IS NOT NULL)")}
    kept = store.meeting("lacralo-2020-02-17-fr").to_json()
    assert only_2016

    gone = store.delete("lacralo-2016-06-20-fr")
    assert ("lacralo-2016-06-20-fr", 75) == (gone.id, gone.turns)
    assert ["lacralo-2020-02-17-fr"] == [m.id for m in store.meetings()]
    assert {"lacralo-2020-02-17-fr"} == {h.meeting_id for h in searcher.search("plan de mitigation", k=10)}
    with Store(tmp_path / "fresh.db") as fresh:     # the index as if the meeting had never been stored
        ingest.ingest_file(fresh, str(CALL_2020), max_bytes=MAX)
        for q in ("plan de mitigation", "budget", "Humberto"):
            assert [(h.meeting_id, h.turn_index, round(h.score, 9)) for h in Searcher(fresh).search(q, k=10)] == [
                (h.meeting_id, h.turn_index, round(h.score, 9)) for h in searcher.search(q, k=10)]
    assert kept == store.meeting("lacralo-2020-02-17-fr").to_json()
    assert not only_2016 & set(store.people())
    assert 1 == store.counts()["documents"]
    assert 0 == store.db.execute("SELECT count(*) FROM aliases WHERE person_id NOT IN (SELECT id FROM people)").fetchone()[0]
    with pytest.raises(MeetingNotFound):
        store.delete("lacralo-2016-06-20-fr")
    # Ingested again, it is a new meeting like any other.
    assert "ingested" == ingest.ingest_file(store, str(CALL_2016), max_bytes=MAX).status


def test_deleting_the_first_version_of_a_call_leaves_the_other_as_the_call(store):
    for name in ("lacralo-2026-09-21-en.txt", "lacralo-2026-09-21-es.txt"):
        ingest.ingest_file(store, str(DEMO / name), max_bytes=MAX)
    assert ("en", "es") == tuple(lang for lang, _ in store.meeting_summary("lacralo-2026-09-21-es").versions)
    # (a turn only one version has, an interpreter's aside say, is aligned with none)
    store.db.execute("UPDATE turns SET family_idx = NULL WHERE meeting_id = 'lacralo-2026-09-21-es' AND idx = 5")
    store.delete("lacralo-2026-09-21-en")
    call = store.meetings()
    assert ["lacralo-2026-09-21-es"] == [m.id for m in call] and () == call[0].versions
    assert None is store.aligned_turn("lacralo-2026-09-21-es", 3, "en")
    assert 0 == store.db.execute("SELECT count(*) FROM turns WHERE family_idx IS NOT idx").fetchone()[0]
    # The English version ingested again joins it again.
    ingest.ingest_file(store, str(DEMO / "lacralo-2026-09-21-en.txt"), max_bytes=MAX)
    assert ("es", "en") == tuple(lang for lang, _ in store.meeting_summary("lacralo-2026-09-21-es").versions)
    assert ("lacralo-2026-09-21-en", 3) == store.aligned_turn("lacralo-2026-09-21-es", 3, "en")


def test_two_calls_at_two_times_under_one_file_name_are_two(store, tmp_path):
    (tmp_path / "am").mkdir()
    (tmp_path / "pm").mkdir()
    for part, at in (("am", "14:00"), ("pm", "19:00")):
        (tmp_path / part / "transcript.txt").write_text(
            f"ANA LIMA: Welcome to the AFRALO call, 3 November 2026, {at} UTC.\nBEN COLE: Thanks Ana.\n")
    results = [ingest.ingest_file(store, str(tmp_path / p / "transcript.txt"), max_bytes=MAX) for p in ("am", "pm")]
    assert ["ingested", "ingested"] == [r.status for r in results]
    assert ["2026-11-03T14:00:00+00:00", "2026-11-03T19:00:00+00:00"] == sorted(m.start_utc for m in store.meetings())


def test_a_corrected_start_with_the_same_turns_replaces_the_meeting(store, tmp_path):
    ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=MAX)
    corrected = tmp_path / "naralo-corrected.txt"
    text = (DEMO / "naralo-2026-10-12-en.txt").read_text(encoding="utf-8")
    corrected.write_text(text.replace("19:00 UTC", "18:00 UTC"), encoding="utf-8")
    result = ingest.ingest_file(store, str(corrected), max_bytes=MAX)
    assert ("replaced", "naralo-2026-10-12-en") == (result.status, result.meeting_id)
    assert ["2026-10-12T18:00:00+00:00"] == [m.start_utc for m in store.meetings()]


def test_a_corrected_version_without_the_time_keeps_the_start_stored(store, tmp_path):
    ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=MAX)
    timeless = tmp_path / "naralo-v2.txt"
    text = (DEMO / "naralo-2026-10-12-en.txt").read_text(encoding="utf-8")
    timeless.write_text(re.sub(r"\b19:00 UTC\b|\b1[0-9]:00 [A-Z][a-z]+\b", "", text), encoding="utf-8")
    assert transcripts.parse(formats.read(str(timeless), MAX)).start_utc is None
    assert "replaced" == ingest.ingest_file(store, str(timeless), max_bytes=MAX).status
    assert ["2026-10-12T19:00:00+00:00"] == [m.start_utc for m in store.meetings()]


@pytest.mark.parametrize("share", [0.55, 0.8, 0.97])
def test_a_file_that_is_only_the_first_turns_of_the_stored_one_is_cut_off(store, tmp_path, share):
    whole = (DEMO / "lacralo-2026-09-21-es.txt").read_bytes()
    ingest.ingest_file(store, str(DEMO / "lacralo-2026-09-21-es.txt"), max_bytes=MAX)
    before = store.counts()
    part = tmp_path / "lacralo-es-copy.txt"
    part.write_bytes(whole[:int(len(whole) * share)])
    result = ingest.ingest_file(store, str(part), max_bytes=MAX)
    assert ("failed", "shorter") == (result.status, result.code) and before == store.counts()


def test_a_file_cut_inside_its_last_character_is_read_without_it(store, tmp_path):
    whole = (DEMO / "lacralo-2026-09-21-es.txt").read_bytes()
    at = whole.index("José".encode(), len(whole) // 5) + 4      # between the two bytes of "é"
    part = tmp_path / "lacralo-es-cut.txt"
    part.write_bytes(whole[:at])
    assert formats.decode(whole[:at]).endswith("Jos")
    ingest.ingest_file(store, str(part), max_bytes=MAX)
    result = ingest.ingest_file(store, str(DEMO / "lacralo-2026-09-21-es.txt"), max_bytes=MAX)
    assert ("replaced", ["lacralo-2026-09-21-es"]) == (result.status, [m.id for m in store.meetings()])
    # (a Windows-1252 file ending in "é" keeps it: it writes no other character as UTF-8 does)
    assert "Caf\u00e9" == formats.decode("Caf\u00e9".encode("cp1252"))


def test_a_corrected_version_without_its_last_turn_whole_replaces_the_meeting(store, tmp_path):
    # (the operator's closing line taken out: no cut in the middle of a turn)
    ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=MAX)
    turns = store.meeting("naralo-2026-10-12-en").turns
    text = (DEMO / "naralo-2026-10-12-en.txt").read_text(encoding="utf-8")
    last = text.rindex(f"{turns[-1].label}:")
    shorter = tmp_path / "naralo-edited.txt"
    shorter.write_text(text[:last], encoding="utf-8")
    result = ingest.ingest_file(store, str(shorter), max_bytes=MAX)
    assert ("replaced", len(turns) - 1) == (result.status, len(store.meeting("naralo-2026-10-12-en").turns))


def test_a_file_cut_between_turns_is_still_cut_off(store, tmp_path):
    ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=MAX)
    turns = store.meeting("naralo-2026-10-12-en").turns
    text = (DEMO / "naralo-2026-10-12-en.txt").read_text(encoding="utf-8")
    half = tmp_path / "naralo-half.txt"
    half.write_text(text[:text.index(f"{turns[len(turns) // 2].label}:")], encoding="utf-8")
    assert ("failed", "shorter") == (lambda r: (r.status, r.code))(ingest.ingest_file(store, str(half), max_bytes=MAX))


def test_those_present_are_read_without_the_meetings(store, corpus_dir):
    for path in (CALL_2016, CALL_2020):
        ingest.ingest_file(store, str(path), max_bytes=MAX)
    mids = [m.id for m in store.meetings()]
    present = {mid: [a.name for a in store.meeting(mid).attendance if a.status == "present"] for mid in mids}
    assert present == store.present_at(mids) and all(present.values())
    assert {"lacralo-2016-06-20-fr": present["lacralo-2016-06-20-fr"]} == store.present_at(["lacralo-2016-06-20-fr"])
