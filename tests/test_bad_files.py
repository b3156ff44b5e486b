"""Files that are no transcript or cannot be read: one reason each and nothing written, the size limit,
a folder of good and bad files, and any text or bytes at all a transcript or a TranscriptError."""
from __future__ import annotations

import os
import shutil
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import formats, ingest, transcripts
from knowledge.errors import TranscriptError
from knowledge.models import Transcript

from conftest import DATA, DEMO

MAX = 20_000_000                     # bot.toml's default [ingest] max_file_mb
NARALO = DEMO / "naralo-2026-10-12-en.txt"


@pytest.fixture
def loaded_store(store):
    """A store that already holds one meeting, so that 'unchanged' means something."""
    assert ingest.ingest_file(store, str(NARALO), max_bytes=MAX).ok
    return store


# --- bad input ----------------------------------------------------------------------------------

def _empty(d):
    (d / "empty.txt").write_bytes(b"")
    return d / "empty.txt"


def _garbage(d):
    (d / "noise.txt").write_bytes(os.urandom(4096))
    return d / "noise.txt"


def _no_labels(d):
    (d / "notes.txt").write_text("We met on 12 October 2026 and talked about the newsletter.\n", encoding="utf-8")
    return d / "notes.txt"


def _missing(d):
    return d / "nowhere.txt"


def _directory(d):
    (d / "folder.txt").mkdir()
    return d / "folder.txt"


def _photo(d):
    shutil.copy(NARALO, d / "photo.jpg")       # a fine transcript, but not a file type we read
    return d / "photo.jpg"


@pytest.mark.parametrize("make, reason", [
    (_empty, "file is empty"),
    (_garbage, "binary file, not text"),
    (_no_labels, "not a transcript (no one speaks in it): no speaker labels found"),
    (_missing, "no such file or directory"),
    (_directory, "is a directory"),
    (_photo, "unsupported file type '.jpg'"),
])
def test_bad_input_fails_with_one_reason_and_writes_nothing(make, reason, loaded_store, tmp_path):
    path = make(tmp_path)
    before = loaded_store.counts()
    result = ingest.ingest_file(loaded_store, str(path), max_bytes=MAX)
    assert ("failed", None) == (result.status, result.meeting_id)
    assert result.error.startswith(reason)
    assert before == loaded_store.counts()


def test_a_file_over_the_limit_is_refused_unread(loaded_store, tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(100_000_001)                # sparse: 100 MB on paper, nothing on disk
    before = loaded_store.counts()
    tracemalloc.start()
    try:
        result = ingest.ingest_file(loaded_store, str(huge), max_bytes=MAX)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "failed" == result.status
    assert result.error.startswith("file is too large (100.0 MB; the limit is 20.0 MB")
    assert peak < 1_000_000                    # reading it would have allocated 100 MB
    assert before == loaded_store.counts()


def test_from_bytes_refuses_what_read_refuses_as_too_large(tmp_path):
    (tmp_path / "call.txt").write_bytes(b"x" * 2_500_001)
    with pytest.raises(TranscriptError) as from_disk:
        formats.read(tmp_path / "call.txt", 2_000_000)
    assert from_disk.value.reason.startswith("file is too large (2.5 MB; the limit is 2.0 MB")
    with pytest.raises(TranscriptError) as uploaded:
        formats.from_bytes(b"x" * 2_500_001, "call.txt", max_bytes=2_000_000)
    assert (from_disk.value.reason, "call.txt") == (uploaded.value.reason, uploaded.value.path)
    assert 10 == formats.from_bytes(b"x" * 10, "call.txt", max_bytes=10).size


def test_a_folder_of_good_and_bad_files(store, tmp_path):
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    shutil.copy(NARALO, folder / "naralo.txt")
    shutil.copy(DATA / "zoom-2026-11-02.vtt", folder / "sub" / "zoom.vtt")
    shutil.copy(DATA / "call-2026-11-04.srt", folder / "call.srt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(os.urandom(4096))
    (folder / "sub" / "notes.md").write_text("Nothing but notes.\n", encoding="utf-8")
    # Skipped: hidden files and folders, and types we do not read, even when they hold a transcript.
    for skipped in (".draft.txt", ".git/old.txt", "photo.jpg"):
        shutil.copy(DEMO / "afralo-2026-10-05-fr.txt", folder / skipped)

    results = ingest.ingest_paths(store, [folder], max_bytes=MAX)

    assert {"call.srt": "ingested", "empty.txt": "failed", "naralo.txt": "ingested", "scan.pdf": "failed",
            "sub/notes.md": "skipped", "sub/zoom.vtt": "ingested"} == {
        os.path.relpath(r.path, folder): r.status for r in results}
    assert {"empty.txt": "file is empty", "scan.pdf": "binary file, not text (is it a transcript?)"} == {
        os.path.relpath(r.path, folder): r.error for r in results if not r.ok}
    assert ("not a transcript: its heading ('Nothing but notes.') says it is the minutes (or notes) of a call, and no "
            "one speaks at length in it") == next(r.reason for r in results if r.status == "skipped")
    assert ["2026-10-12", "2026-11-02", "2026-11-04"] == [m.date for m in store.meetings()]


# --- anything at all ----------------------------------------------------------------------------

# Pieces of real transcripts and captions, so that random text also reaches the parser's later steps.
FRAGMENTS = ["JANE DOE: ", "MARÍA LÓPEZ :\n", "\n", "\n\n---\n\n", "Page 2 of 3\n", "**", "[Inaudible] ",
             "Nous sommes le 20 juin 2016. Il est 23 h UTC. ", "Today is Monday, 12 October 2026. ",
             "On the English channel we have Ana Pereira and Tom Li. ", "We have apologies from Bo Ek. ",
             "\ufeff", "\r\n", "WEBVTT\n\n", "1\n00:00:01,000 --> 00:00:02,500\n",
             "00:00:01.000 --> 00:00:02.500\n", "<v Ana Pereira>", "Ana Pereira: ", "- "]
transcript_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=15).map("".join)


def _transcript_or_error(content: bytes) -> None:
    try:
        result = transcripts.parse(formats.from_bytes(content, "x.txt"))
    except TranscriptError:
        return
    assert isinstance(result, Transcript)


@settings(max_examples=200, deadline=None, database=None)
@given(st.one_of(st.text(), transcript_like))
def test_any_text_is_a_transcript_or_a_transcript_error(text):
    _transcript_or_error(text.encode("utf-8"))


@settings(max_examples=200, deadline=None, database=None)
@given(st.binary())
def test_any_bytes_are_a_transcript_or_a_transcript_error(content):
    _transcript_or_error(content)


def test_an_upload_name_never_becomes_a_path():
    doc = formats.from_bytes(b"ANA LIMA: hello on 2 November 2026.", "../../etc/evil-2026-11-02.txt")
    assert "evil-2026-11-02.txt" == doc.filename
    assert "x.txt" == formats.from_bytes(b"ANA LIMA: hi", "C:\\\\temp\\\\x.txt").filename


def test_a_size_below_a_tenth_of_a_megabyte_is_said_in_kilobytes(tmp_path):
    from bot import i18n

    (tmp_path / "call.txt").write_bytes(b"x" * 40_000)
    with pytest.raises(TranscriptError) as refused:
        formats.read(tmp_path / "call.txt", 1_000)          # [ingest] max_file_mb = 0.001
    assert refused.value.reason.startswith("file is too large (40.0 KB; the limit is 1.0 KB, set by")
    assert "fichier trop gros (40,0 Ko ; limite 1,0 Ko)." == i18n.reason("too_large", "fr", refused.value.params)
    assert "archivo demasiado grande (2,5 MB; límite 1,0 KB)." == \
        i18n.reason("too_large", "es", {"size": 2_500_000, "limit": 1_000})
    assert "the file is too large (0.1 MB; the limit is 99.9 KB)." == \
        i18n.reason("too_large", "en", {"size": 100_000, "limit": 99_900})


# --- a copy in other bytes ----------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_a_copy_of_a_stored_transcript_in_another_encoding_is_unchanged(encoding, store, tmp_path):
    afralo = DEMO / "afralo-2026-10-05-fr.txt"
    assert "ingested" == ingest.ingest_file(store, str(afralo), max_bytes=MAX).status
    copy = tmp_path / "afralo-copy.txt"
    copy.write_bytes(afralo.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding))

    result = ingest.ingest_file(store, str(copy), max_bytes=MAX)

    assert ("unchanged", "afralo-2026-10-05-fr") == (result.status, result.meeting_id)
    assert str(afralo) == store.stored_document("afralo-2026-10-05-fr").path       # (its source stays the stored file)


def test_a_copy_with_one_word_changed_still_replaces_the_stored_one(loaded_store, tmp_path):
    copy = tmp_path / "naralo-copy.txt"
    copy.write_bytes(NARALO.read_text(encoding="utf-8").replace("Thank you", "Thanks", 1).encode("utf-16"))

    assert "replaced" == ingest.ingest_file(loaded_store, str(copy), max_bytes=MAX).status
    assert str(copy) == loaded_store.stored_document("naralo-2026-10-12-en").path
