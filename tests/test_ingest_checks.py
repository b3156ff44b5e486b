"""What an ingest run doubts or chooses for the operator: a meeting dated after today, the
final version of a call among its drafts."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil

import pytest
from click.testing import CliRunner

from bot.cli import cli
from knowledge import drafts, ingest
from knowledge.store import Store

from conftest import DEMO, docx_of, run_cli

MAX = 20_000_000
TODAY = dt.date(2026, 11, 22)
NARALO = DEMO / "naralo-2026-10-12-en.txt"


def _dated(tmp_path, day: str, name: str = "call.txt"):
    """The NARALO call, its opening saying another day ("Monday, 12 October 2026" -> ``day``)."""
    text = NARALO.read_text(encoding="utf-8").replace("on Monday, 12 October 2026", f"on {day}", 1)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / name


@pytest.mark.parametrize("day, warned", [
    ("12 October 2062", True),         # a typo in the year
    ("24 November 2026", True),
    ("23 November 2026", False),       # tomorrow here may be today where the call was held
    ("22 November 2026", False),
    ("12 October 2026", False),
])
def test_a_meeting_dated_after_today_is_stored_with_a_warning(store, tmp_path, day, warned):
    result = ingest.ingest_paths(store, [_dated(tmp_path, day)], max_bytes=MAX, today=TODAY)[0]
    assert "ingested" == result.status
    assert ([ingest.FUTURE_DATE] if warned else []) == [w.code for w in result.warnings]
    if warned:
        assert {"code": "future_date", "date": result.date, "today": "2026-11-22",
                "message": f"dated {result.date}, after today (2026-11-22): is the date in its opening (or its file "
                           "name) right?"} == result.to_json()["warnings"][0]
    else:
        assert "warnings" not in result.to_json()


def test_the_cli_says_the_warning_and_still_exits_0(tmp_path):
    path = _dated(tmp_path, "12 October 2062")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "acta.db"), "ingest", str(path), "--json"],
                                catch_exceptions=False)
    assert 0 == result.exit_code
    report = json.loads(result.stdout)
    assert (1, ["future_date"]) == (report["ingested"], [w["code"] for w in report["files"][0]["warnings"]])
    assert f"[1/1] warning   {path}: dated 2062-10-12, after today" in result.stderr


# --- drafts and final versions ------------------------------------------------------------------

def ONE_CALL(later: str, earlier: str) -> bool:
    """(What the names say, alone: every file here reads as the same call.)"""
    return True


@pytest.mark.parametrize("earlier, later", [
    ("naralo-2026-10-12-en.txt", "naralo-2026-10-12-en-FINAL.txt"),
    ("naralo-2026-10-12-en_draft.txt", "naralo-2026-10-12-en.txt"),
    ("lacralo-2026-09-21-es.txt", "lacralo-2026-09-21-es_definitivo.docx"),
    ("afralo-2026-10-05-fr.txt", "afralo-2026-10-05-fr version finale.pdf"),
    ("naralo-2026-10-12-en-v2.txt", "naralo-2026-10-12-en-v3.txt"),
    ("naralo-2026-10-12-en-v3.txt", "naralo-2026-10-12-en final version.txt"),
    ("lacralo-2026-09-21-es.txt", "lacralo-2026-09-21-es corregido.txt"),
    ("lacralo-2026-10-26-pt rascunho.txt", "lacralo-2026-10-26-pt.txt"),
])
def test_a_later_version_by_its_name_supersedes_the_earlier_whenever_saved(tmp_path, earlier, later):
    for name, saved in ((later, 1_000_000), (earlier, 2_000_000)):       # the earlier one saved last
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (saved, saved))
    assert {str(tmp_path / earlier): str(tmp_path / later)} == drafts.superseded(
        [str(tmp_path / earlier), str(tmp_path / later)], ONE_CALL)


@pytest.mark.parametrize("names", [
    ("naralo-2026-10-12-en.txt", "naralo-2026-10-12-es.txt"),       # two language versions, by their names
    ("final.txt", "draft.txt"),                                     # nothing says which call
    ("call 2.txt", "call 3.txt"),                                   # numbers are no versions without a "v"
    ("naralo-2026-10-12-en.txt", "naralo-2026-11-09-en-final.txt"),
])
def test_files_of_different_calls_supersede_none(tmp_path, names):
    (tmp_path / "sub").mkdir()
    for name in names:
        (tmp_path / name).write_text("x")
    assert {} == drafts.superseded([str(tmp_path / name) for name in names], ONE_CALL)


@pytest.mark.parametrize("earlier, later", [
    # In another folder of the run: a version all the same, by its name…
    ("drafts/naralo-2026-10-12-en-draft.txt", "naralo-2026-10-12-en-FINAL.txt"),
    ("naralo-2026-10-12-en-draft.txt", "final/naralo-2026-10-12-en.txt"),
    ("2026/october/naralo-2026-10-12-en.txt", "naralo-2026-10-12-en-v2.txt"),
    # …or by its folder's: drafts, old versions, final ones
    ("drafts/naralo-2026-10-12-en.txt", "naralo-2026-10-12-en.txt"),
    ("zz-old/naralo-2026-10-12-en.txt", "NARALO-2026-10-12-en.txt"),
    ("Borradores/lacralo-2026-09-21-es.txt", "lacralo-2026-09-21-es.txt"),
    ("naralo-2026-10-12-en.txt", "FINAL versions/naralo-2026-10-12-en.txt"),
])
def test_a_version_in_another_folder_is_one_too(tmp_path, earlier, later):
    """Whichever sorts first and whichever was saved last (the earlier one, here), the later
    version wins: so a draft kept in "drafts/" is not read after its final on every run."""
    for name, saved in ((later, 1_000_000), (earlier, 2_000_000)):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (saved, saved))
    assert {str(tmp_path / earlier): str(tmp_path / later)} == drafts.superseded(
        [str(tmp_path / earlier), str(tmp_path / later)], ONE_CALL)


def test_files_named_alike_in_two_folders_are_two_calls_unless_they_read_as_one(store, tmp_path):
    """"2026-10/Meeting Transcript.txt" and "2026-11/Meeting Transcript.txt": two calls, both
    stored; a draft in "drafts/" and its final elsewhere: one, the final stored, and running the
    folder again changes nothing."""
    for folder, demo in (("2026-10", "naralo-2026-10-12-en.txt"), ("2026-11", "afralo-2026-10-05-fr.txt")):
        (tmp_path / "inbox" / folder).mkdir(parents=True)
        shutil.copy(DEMO / demo, tmp_path / "inbox" / folder / "Meeting Transcript.txt")
    results = ingest.ingest_paths(store, [tmp_path / "inbox"], max_bytes=MAX)
    assert ["ingested", "ingested"] == [r.status for r in results]
    sub = tmp_path / "sub"
    (sub / "drafts").mkdir(parents=True)
    draft = (DEMO / "lacralo-2026-09-21-es.txt").read_text(encoding="utf-8").replace("Buenos días", "Buenos dias", 1)
    (sub / "drafts" / "lacralo-2026-09-21-es-borrador.txt").write_text(draft, encoding="utf-8")
    shutil.copy(DEMO / "lacralo-2026-09-21-es.txt", sub / "lacralo-2026-09-21-es-FINAL.txt")
    for run, expected in ((1, ["skipped", "ingested"]), (2, ["skipped", "unchanged"])):
        results = ingest.ingest_paths(store, [sub], max_bytes=MAX)
        assert expected == [r.status for r in results], run
    assert "lacralo-2026-09-21-es-FINAL.txt" == store.meeting("lacralo-2026-09-21-es").to_json()["source"]["filename"]


def test_of_two_files_named_alike_the_later_saved_wins(tmp_path):
    for name, saved in (("naralo-2026-10-12-en (1).txt", 2_000_000), ("naralo-2026-10-12-en.txt", 1_000_000)):
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (saved, saved))
    assert {str(tmp_path / "naralo-2026-10-12-en.txt"): str(tmp_path / "naralo-2026-10-12-en (1).txt")} == (
        drafts.superseded(sorted(str(p) for p in tmp_path.iterdir()), ONE_CALL))


def test_a_folder_with_a_draft_and_its_final_keeps_the_final_and_does_not_churn(store, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    draft = NARALO.read_text(encoding="utf-8").replace("RACHEL O'CONNOR:", "RACHAEL O'CONNOR:", 3)
    (folder / "naralo-2026-10-12-en.txt").write_text(draft, encoding="utf-8")
    first = ingest.ingest_paths(store, [folder], max_bytes=MAX)          # the draft alone, stored
    assert ["ingested"] == [r.status for r in first]
    shutil.copy(NARALO, folder / "naralo-2026-10-12-en-FINAL.txt")        # ("-FINAL" sorts before ".txt")
    for run, expected in ((1, ["replaced", "skipped"]), (2, ["unchanged", "skipped"]), (3, ["unchanged", "skipped"])):
        results = ingest.ingest_paths(store, [folder], max_bytes=MAX)
        assert expected == [r.status for r in results], run
    assert ("superseded", f"superseded by {folder / 'naralo-2026-10-12-en-FINAL.txt'} (a later version of the same "
            "call, by its name)") == (results[1].code, results[1].reason)
    assert "naralo-2026-10-12-en-FINAL.txt" == store.meeting("naralo-2026-10-12-en").to_json()["source"]["filename"]


def test_what_the_names_call_versions_must_read_as_one_call(tmp_path):
    names = ["Transcript.txt", "Transcript (1).txt", "Transcript (2).txt", "Transcript (3).txt"]
    for i, name in enumerate(names):
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (1_000_000 * (i + 1),) * 2)
    calls = {"Transcript.txt": "a", "Transcript (1).txt": "b", "Transcript (2).txt": "a", "Transcript (3).txt": "c"}
    asked = []

    def same(later: str, earlier: str) -> bool:
        asked.append((os.path.basename(later), os.path.basename(earlier)))
        return calls[os.path.basename(later)] == calls[os.path.basename(earlier)]
    assert {str(tmp_path / "Transcript.txt"): str(tmp_path / "Transcript (2).txt")} == drafts.superseded(
        [str(tmp_path / name) for name in names], same)
    assert ("Transcript (3).txt", "Transcript (2).txt") == asked[0]      # (the latest saved first)


DEMO_CALLS = ["naralo-2026-10-12-en.txt", "afralo-2026-10-05-fr.txt", "lacralo-2026-09-21-en.txt"]


def test_different_calls_downloaded_under_one_name_are_all_ingested(store, tmp_path):
    """A browser saves each "Transcript.txt" of another call as "Transcript (1).txt", "(2)"…: a
    name alone supersedes nothing."""
    for i, (name, call) in enumerate(zip(["Transcript.txt", "Transcript (1).txt", "Transcript (2).txt"], DEMO_CALLS)):
        shutil.copy(DEMO / call, tmp_path / name)
        os.utime(tmp_path / name, (1_000_000 * (i + 1),) * 2)
    results = ingest.ingest_paths(store, [tmp_path], max_bytes=MAX)
    assert ["ingested"] * 3 == [r.status for r in results]
    assert sorted(c.removesuffix(".txt") for c in DEMO_CALLS) == sorted(m.id for m in store.meetings())


@pytest.mark.parametrize("other", [
    "lacralo-2026-09-21-es.txt",                # a call's Spanish version beside its English one
    "another session",                          # another session that day: the same opening, other turns
])
def test_files_named_alike_of_two_calls_of_one_day_are_both_ingested(store, tmp_path, other):
    text = NARALO.read_text(encoding="utf-8")
    if other != "another session":
        text, other_text = ((DEMO / name).read_text(encoding="utf-8") for name in ("lacralo-2026-09-21-en.txt", other))
    else:
        head, _, _ = text.partition("ETHAN BROOKS:")
        other_text = head + "\n\n".join(f"ETHAN BROOKS: In the afternoon session we look at item {i} of the "
                                        "workshop plan, with the volunteers who signed up." for i in range(12))
    (tmp_path / "call.txt").write_text(text, encoding="utf-8")
    (tmp_path / "call (1).txt").write_text(other_text, encoding="utf-8")
    assert ["ingested", "ingested"] == [r.status for r in ingest.ingest_paths(store, [tmp_path], max_bytes=MAX)]


def test_a_copy_saved_later_supersedes_the_file_and_json_says_so(tmp_path):
    """A file and its copy ("call - Copy.txt", a typo fixed in it, saved later): the copy is read,
    the first skipped as superseded, with the copy named, and a second run changes nothing."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(NARALO, folder / "naralo.txt")
    fixed = NARALO.read_text(encoding="utf-8").replace("Tamara, could you", "Tamara, would you", 1)
    assert fixed != NARALO.read_text(encoding="utf-8")
    (folder / "naralo - Copy.txt").write_text(fixed, encoding="utf-8")
    os.utime(folder / "naralo.txt", (1_000_000, 1_000_000))
    for run in (1, 2):
        result = CliRunner().invoke(cli, ["--db", str(tmp_path / "acta.db"), "ingest", str(folder), "--json"],
                                    catch_exceptions=False)
        report = json.loads(result.stdout)
        assert (0, 1, 1) == (result.exit_code, report["skipped"], report["ingested" if run == 1 else "unchanged"])
        assert [{"path": str(folder / "naralo - Copy.txt"), "status": "ingested" if run == 1 else "unchanged"},
                {"path": str(folder / "naralo.txt"), "status": "skipped", "code": "superseded",
                 "reason": f"superseded by {folder / 'naralo - Copy.txt'} (the same call's file, saved later)"}] == [
            {k: f[k] for k in ("path", "status", "code", "reason") if k in f} for f in report["files"]]


# --- the opening's date against the file name's -----------------------------------------------------

@pytest.mark.parametrize("name, day, warned", [
    ("naralo-2026-11-09-en.txt", "Monday, 12 October 2026", ["file_date"]),     # one of them is wrong
    ("naralo-2026-10-12-en.txt", "Monday, 12 October 2026", []),
    ("GMT20261013-000000_Recording.txt", "Monday, 12 October 2026", []),      # Zoom names it by its day in UTC
    ("call.txt", "Monday, 12 October 2026", []),
    ("naralo-2026-10-12-en.txt", "24 November 2026", ["future_date"]),          # (said once)
])
def test_an_opening_dated_otherwise_than_the_file_name_is_stored_with_a_warning(store, tmp_path, name, day, warned):
    result = ingest.ingest_paths(store, [_dated(tmp_path, day, name)], max_bytes=MAX, today=TODAY)[0]
    assert warned == [w.code for w in result.warnings]
    if warned == ["file_date"]:
        assert {"code": "file_date", "date": "2026-10-12", "file_date": "2026-11-09",
                "message": "dated 2026-10-12 by its opening, but its file name says 2026-11-09: which is right?"} == (
            result.to_json()["warnings"][0])


def test_a_call_that_first_says_the_next_calls_date_is_stored_under_its_own(store, tmp_path):
    """"Our next call will be on Monday, 9 November 2026. Today is Monday, 12 October 2026": the
    12 October call, not one of 9 November (which the real 9 November call would collide with)."""
    text = NARALO.read_text(encoding="utf-8").replace(
        "Welcome to the NARALO monthly call on Monday, 12 October 2026.",
        "Welcome to the NARALO monthly call. Before we start: our next call will be on Monday, 9 November 2026. "
        "Today is Monday, 12 October 2026.", 1)
    (tmp_path / "naralo.txt").write_text(text, encoding="utf-8")
    result = ingest.ingest_paths(store, [tmp_path / "naralo.txt"], max_bytes=MAX, today=TODAY)[0]
    assert ("naralo-2026-10-12-en", "2026-10-12T19:00:00+00:00") == (
        result.meeting_id, store.meeting_summary(result.meeting_id).start_utc)


# --- a draft rewritten at length: named as a version of its final, the same call ---------------------

def _rewritten() -> str:
    """The NARALO call's opening (its date, group, kind), then turns no version of the final says."""
    head, _, _ = NARALO.read_text(encoding="utf-8").partition("ETHAN BROOKS:")
    return head + "\n\n".join(f"ETHAN BROOKS: In this early draft item {i} was summarised by the scribe with "
                              "notes that the final text replaced entirely." for i in range(12))


@pytest.mark.parametrize("draft, final", [
    ("naralo-2026-10-12-en-draft.txt", "naralo-2026-10-12-en-FINAL.txt"),
    ("naralo-2026-10-12-en-v2.txt", "naralo-2026-10-12-en-v3.txt"),
    ("drafts/naralo-2026-10-12-en.txt", "naralo-2026-10-12-en.txt"),
])
def test_a_draft_rewritten_at_length_is_superseded_by_its_final(store, tmp_path, draft, final):
    """Named as versions of one call, with one date, group, kind and language: the final is the
    call, however much of the draft it rewrote; the draft is not stored as a second meeting."""
    inbox = tmp_path / "inbox"          # (not the test's folder: its name says "draft")
    (inbox / "drafts").mkdir(parents=True)
    (inbox / draft).write_text(_rewritten(), encoding="utf-8")
    shutil.copy(NARALO, inbox / final)
    os.utime(inbox / final, (1_000_000, 1_000_000))          # (saved before the draft)
    for run, expected in ((1, "ingested"), (2, "unchanged")):
        results = {os.path.relpath(r.path, inbox): (r.status, r.code) for r in
                   ingest.ingest_paths(store, [inbox], max_bytes=MAX)}
        assert {draft: ("skipped", "superseded"), final: (expected, None)} == results, run
    assert ["naralo-2026-10-12-en"] == store.meeting_ids()


@pytest.mark.parametrize("draft, final, other", [
    # Only a copy's mark tells them apart: two sessions of one day, both stored (as above).
    ("call.txt", "call (1).txt", None),
    ("naralo.txt", "naralo - Copy.txt", None),
    # Named draft and final, but another day's call, or the call's other language: both stored.
    ("naralo-draft.txt", "naralo-FINAL.txt", ("12 October 2026", "9 November 2026")),
    ("naralo-draft.txt", "naralo-FINAL.txt", "lacralo-2026-09-21-es.txt"),
    # Only a copy's mark, the same text but another date (a recurring call's title: Teams names each
    # export after it): two calls.
    ("NARALO Monthly Call.txt", "NARALO Monthly Call (1).txt", "9 November"),
])
def test_a_rewritten_file_named_as_a_copy_or_of_another_call_is_its_own(store, tmp_path, draft, final, other):
    text = _rewritten()
    if other == "9 November":
        text = NARALO.read_text(encoding="utf-8").replace("12 October 2026", "9 November 2026")
    elif isinstance(other, tuple):
        text = text.replace(*other)
    elif other:
        text = (DEMO / other).read_text(encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / draft).write_text(text, encoding="utf-8")
    shutil.copy(NARALO, inbox / final)
    assert ["ingested", "ingested"] == [r.status for r in ingest.ingest_paths(store, [inbox], max_bytes=MAX)]
    assert 2 == len(store.meeting_ids())


# --- a final arriving in a later run than its draft ----------------------------------------------------

@pytest.mark.parametrize("draft, final", [
    ("naralo-2026-10-12-en-draft.txt", "naralo-2026-10-12-en-FINAL.txt"),
    ("naralo-2026-10-12-en-v2.txt", "naralo-2026-10-12-en-v3.txt"),
    ("drafts/naralo-2026-10-12-en.txt", "naralo-2026-10-12-en.txt"),
    ("naralo-2026-10-12-en borrador.docx", "naralo-2026-10-12-en definitivo.txt"),
])
def test_a_final_ingested_after_its_rewritten_draft_replaces_it_under_its_id(tmp_path, draft, final):
    """The draft stored by one run, its final (rewritten at length) by the next: the final replaces
    the draft under the draft's id, and the report names the draft; not a second meeting "…-2"."""
    (tmp_path / "drafts").mkdir()
    if draft.endswith(".docx"):
        (tmp_path / draft).write_bytes(docx_of(_rewritten()))
    else:
        (tmp_path / draft).write_text(_rewritten(), encoding="utf-8")
    shutil.copy(NARALO, tmp_path / final)
    db = str(tmp_path / "acta.db")
    first = run_cli("--db", db, "ingest", tmp_path / draft, "--json")
    assert ["naralo-2026-10-12-en"] == [f["meeting_id"] for f in json.loads(first.stdout)["files"]]
    result = run_cli("--db", db, "ingest", tmp_path / final, "--json")
    report = json.loads(result.stdout)
    assert (0, 1) == (result.exit_code, report["replaced"])
    assert {"status": "replaced", "meeting_id": "naralo-2026-10-12-en", "supersedes": str(tmp_path / draft)} == {
        k: report["files"][0].get(k) for k in ("status", "meeting_id", "supersedes")}
    assert f"(the later version of {tmp_path / draft}, stored before: replaced)" in result.stderr
    with Store(db) as store:
        assert ["naralo-2026-10-12-en"] == store.meeting_ids()
        assert final.rpartition("/")[2] == store.meeting("naralo-2026-10-12-en").to_json()["source"]["filename"]


@pytest.mark.parametrize("stored, new", [
    ("naralo-2026-10-12-en.txt", "naralo-2026-10-12-en (1).txt"),       # only a copy's mark: another session
    ("Transcript-draft.txt", "Notes-FINAL.txt"),                        # named as versions of two calls
    ("naralo-2026-10-12-en-v2.txt", "lacralo-2026-10-12-en-v3.txt"),
])
def test_a_rewritten_file_of_a_later_run_not_named_as_the_stored_ones_final_is_a_meeting_of_its_own(
        store, tmp_path, stored, new):
    shutil.copy(NARALO, tmp_path / stored)
    (tmp_path / new).write_text(_rewritten(), encoding="utf-8")
    assert "ingested" == ingest.ingest_paths(store, [tmp_path / stored], max_bytes=MAX)[0].status
    result = ingest.ingest_paths(store, [tmp_path / new], max_bytes=MAX)[0]
    assert ("ingested", "naralo-2026-10-12-en-2", None) == (result.status, result.meeting_id, result.supersedes)
    assert stored == store.meeting("naralo-2026-10-12-en").to_json()["source"]["filename"]


@pytest.mark.parametrize("final, draft", [
    ("naralo-2026-10-12-en-FINAL.txt", "naralo-2026-10-12-en-draft.txt"),
    ("naralo-2026-10-12-en-v3.txt", "naralo-2026-10-12-en-v2.txt"),
])
@pytest.mark.parametrize("rewritten", [True, False])
def test_a_draft_ingested_after_its_final_is_skipped_and_the_final_kept(store, tmp_path, final, draft, rewritten):
    """A draft (rewritten at length, or a few typos apart) ingested in a run after its final:
    skipped as superseded by the stored final, which stays as it was; ``--replace`` stores it."""
    shutil.copy(NARALO, tmp_path / final)
    text = _rewritten() if rewritten else NARALO.read_text(encoding="utf-8").replace("Tamara, could you",
                                                                                     "Tamara, would you", 1)
    (tmp_path / draft).write_text(text, encoding="utf-8")
    ingest.ingest_paths(store, [tmp_path / final], max_bytes=MAX)
    before = store.meeting("naralo-2026-10-12-en").to_json()
    result = ingest.ingest_paths(store, [tmp_path / draft], max_bytes=MAX)[0]
    assert ("skipped", "superseded", "naralo-2026-10-12-en") == (result.status, result.code, result.meeting_id)
    assert (f"superseded by {tmp_path / final}, stored before as naralo-2026-10-12-en (a later version of the same "
            "call, by its name; to store this one instead: acta ingest --replace)") == result.reason
    assert (["naralo-2026-10-12-en"], before) == (store.meeting_ids(), store.meeting("naralo-2026-10-12-en").to_json())
    forced = ingest.ingest_paths(store, [tmp_path / draft], max_bytes=MAX, replace=True)[0]
    assert ("replaced", draft) == (forced.status, store.meeting("naralo-2026-10-12-en").to_json()["source"]["filename"])


def test_a_run_of_only_a_draft_whose_final_is_stored_says_so_and_succeeds(tmp_path):
    """`acta ingest` of a draft alone, its final stored by an earlier run: the draft is reported as
    superseded, and the run is no failure ("none of the 1 files is a transcript" would be false)."""
    shutil.copy(NARALO, tmp_path / "naralo-2026-10-12-en-FINAL.txt")
    (tmp_path / "naralo-2026-10-12-en-draft.txt").write_text(_rewritten(), encoding="utf-8")
    db = str(tmp_path / "acta.db")
    run_cli("--db", db, "ingest", tmp_path / "naralo-2026-10-12-en-FINAL.txt")
    result = run_cli("--db", db, "ingest", tmp_path / "naralo-2026-10-12-en-draft.txt")
    assert 0 == result.exit_code, result.stderr
    assert "is a transcript" not in result.stderr
    assert "superseded by" in result.stderr
    assert "0 ingested (1 draft superseded by its stored final), 0 replaced, 0 unchanged, 0 failed, 1 skipped" == (
        result.stderr.splitlines()[-1])
    # (a run that stores something does not say it)
    both = run_cli("--db", db, "ingest", tmp_path / "naralo-2026-10-12-en-draft.txt", DEMO / "afralo-2026-10-05-fr.txt")
    assert "1 ingested, 0 replaced, 0 unchanged, 0 failed, 1 skipped" == both.stderr.splitlines()[-1]


def test_a_run_of_only_drafts_whose_finals_are_stored_counts_them_in_the_plural(tmp_path):
    """Two drafts, each call's final stored by an earlier run: "2 drafts superseded by their stored finals"."""
    afralo = DEMO / "afralo-2026-10-05-fr.txt"
    opening, _, _ = afralo.read_text(encoding="utf-8").partition("\n\n")
    shutil.copy(NARALO, tmp_path / "naralo-2026-10-12-en-FINAL.txt")
    shutil.copy(afralo, tmp_path / "afralo-2026-10-05-fr-FINAL.txt")
    (tmp_path / "naralo-2026-10-12-en-draft.txt").write_text(_rewritten(), encoding="utf-8")
    (tmp_path / "afralo-2026-10-05-fr-draft.txt").write_text(opening + "\n\n" + "\n\n".join(
        f"LÉA DUBOIS : Dans ce premier brouillon, le point {i} est résumé par le secrétariat." for i in range(12)),
        encoding="utf-8")
    db = str(tmp_path / "acta.db")
    run_cli("--db", db, "ingest", tmp_path / "naralo-2026-10-12-en-FINAL.txt", tmp_path / "afralo-2026-10-05-fr-FINAL.txt")
    result = run_cli("--db", db, "ingest", tmp_path / "naralo-2026-10-12-en-draft.txt", tmp_path / "afralo-2026-10-05-fr-draft.txt")
    assert 0 == result.exit_code, result.stderr
    assert "0 ingested (2 drafts superseded by their stored finals), 0 replaced, 0 unchanged, 0 failed, 2 skipped" == (
        result.stderr.splitlines()[-1])


def test_a_final_refused_as_cut_off_leaves_its_stored_draft_as_it_was(store, tmp_path):
    """The final is a tenth of its draft: refused (``--replace`` stores it), and nothing of the
    draft is lost, nor a second meeting stored."""
    shutil.copy(NARALO, tmp_path / "naralo-draft.txt")
    head, _, _ = NARALO.read_text(encoding="utf-8").partition("ETHAN BROOKS:")
    (tmp_path / "naralo-FINAL.txt").write_text(head + "ETHAN BROOKS: Thanks, all, see you next month for "
                                               "the workshop and the rest.", encoding="utf-8")
    ingest.ingest_paths(store, [tmp_path / "naralo-draft.txt"], max_bytes=MAX)
    before = store.meeting("naralo-2026-10-12-en").to_json()
    result = ingest.ingest_paths(store, [tmp_path / "naralo-FINAL.txt"], max_bytes=MAX)[0]
    assert ("failed", "shorter", None) == (result.status, result.code, result.supersedes)
    assert (["naralo-2026-10-12-en"], before) == (store.meeting_ids(), store.meeting("naralo-2026-10-12-en").to_json())
    forced = ingest.ingest_paths(store, [tmp_path / "naralo-FINAL.txt"], max_bytes=MAX, replace=True)[0]
    assert ("replaced", str(tmp_path / "naralo-draft.txt")) == (forced.status, forced.supersedes)


def test_each_version_of_a_call_is_read_and_parsed_once_and_a_stored_one_is_unchanged(store, tmp_path, monkeypatch):
    """Choosing the final among its drafts parses each; the final's ingest uses that parse. A run
    that finds the final stored reports it unchanged, whatever it parsed."""
    parsed = []
    parse = ingest.transcripts.parse
    monkeypatch.setattr(ingest.transcripts, "parse", lambda doc, **kw: parsed.append(doc.filename) or parse(doc, **kw))
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "naralo-draft.txt").write_text(_rewritten(), encoding="utf-8")
    shutil.copy(NARALO, tmp_path / "naralo-FINAL.txt")
    shutil.copy(DEMO / "afralo-2026-10-05-fr.txt", tmp_path / "afralo.txt")
    for run, expected in ((1, "ingested"), (2, "unchanged")):
        parsed.clear()
        results = ingest.ingest_paths(store, [tmp_path], max_bytes=MAX, date_order="MDY")
        assert ["ingested" if run == 1 else "unchanged", "skipped", expected] == [r.status for r in results]
        assert ["afralo.txt"] * (run == 1) + ["naralo-FINAL.txt", "naralo-draft.txt"] == sorted(parsed), run
