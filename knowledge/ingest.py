"""Ingesting files and folders: each file read, understood and stored on its own, so that one
bad file never stops (or half-writes) the others."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from knowledge import drafts, formats, opening, passages, transactions, transcripts
from knowledge.errors import MeetingNotFound, NotATranscript, TranscriptError
from knowledge.models import PRESENT, Document, Transcript
from knowledge.store import Store

log = logging.getLogger(__name__)

# Each ingested file adds an index segment; merge them now and then, and at the end of a batch.
MAX_SEGMENTS_WHILE_INGESTING = 64
# A new version of a stored meeting with less than this share of its words looks cut off: refused
# unless asked for (a whole meeting lost to a file saved half-way is worse than a refusal).
SHORTER = 0.5
MIN_ROLL_CALL = 3        # a stored roll call of this many people present is not lost without --replace

INGESTED, REPLACED, UNCHANGED, FAILED = "ingested", "replaced", "unchanged", "failed"
SKIPPED = "skipped"     # left alone on purpose: found in a folder and no transcript (a README, notes), or superseded
SUPERSEDED = "superseded"   # a skipped file's code: a file of the run, or the stored one, is a later version of its call
REREAD = "reread"       # a stored file read again by ``reread``
# A warning, not a refusal: a meeting dated after today ("2062" for "2026" in its opening). A day's
# margin: the call's day where it was held may be tomorrow here.
FUTURE_DATE = "future_date"
FUTURE_MARGIN = dt.timedelta(days=1)
FILE_DATE = "file_date"     # a warning: the opening's date (taken) is not the file name's


@dataclass(frozen=True)
class IngestWarning:
    """Something an ingested file made Acta doubt, stored all the same (``code``: FUTURE_DATE,
    FILE_DATE)."""
    code: str
    message: str                   # in English
    params: dict

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message, **self.params}


def future_date(date: dt.date, today: dt.date) -> IngestWarning | None:
    """A warning when a meeting is dated after today (with a day's margin), else None."""
    if date <= today + FUTURE_MARGIN:
        return None
    return IngestWarning(FUTURE_DATE, f"dated {date.isoformat()}, after today ({today.isoformat()}): is the date in its "
                                "opening (or its file name) right?", {"date": date.isoformat(), "today": today.isoformat()})


def file_date_differs(date: dt.date, filename: str, today: dt.date) -> IngestWarning | None:
    """A warning when a meeting's opening dates it otherwise than its file name does (by more than
    a day: Zoom names a file by the day in UTC) and the date is not after today (that one is warned
    of as ``future_date``), else None: one of the two is wrong, and Acta took the opening's."""
    named = opening.from_filename(filename)[0]
    if named is None or abs((date - named).days) <= 1 or date > today + FUTURE_MARGIN:
        return None
    return IngestWarning(FILE_DATE, f"dated {date.isoformat()} by its opening, but its file name says "
                                    f"{named.isoformat()}: which is right?",
                         {"date": date.isoformat(), "file_date": named.isoformat()})


@dataclass(frozen=True)
class FileResult:
    """What happened to one file."""
    path: str
    status: str                    # ingested, replaced, unchanged, skipped, failed
    meeting_id: str | None = None
    error: str | None = None       # failed: why, in English
    code: str | None = None        # failed, skipped: the same as a code (TranscriptError.code), for translations
    reason: str | None = None      # skipped: why, in English
    params: dict | None = None
    date: str | None = None
    title: str | None = None
    language: str | None = None
    turns: int | None = None
    speakers: int | None = None
    attendees: int | None = None
    agenda: int | None = None
    # replaced: the stored file (its path) this one's name says it is the later version of (the FINAL
    # of a draft an earlier run stored), which it replaced under the same meeting id
    supersedes: str | None = None
    warnings: tuple[IngestWarning, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status != FAILED

    def to_json(self) -> dict:
        out = {k: v for k, v in self.__dict__.items() if v is not None and k not in ("params", "warnings")}
        return out | ({"warnings": [w.to_json() for w in self.warnings]} if self.warnings else {})


def _found(paths: Iterable[str | Path]) -> list[tuple[str, bool]]:
    """Files to ingest, each with whether it was found in a folder (rather than named): named files
    as given (whatever their name), folders searched for transcript files (sorted), without
    editors' debris. A named path that does not exist is kept, so that it is reported as failed."""
    out: list[tuple[str, bool]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend((str(f), True) for f in sorted(p.rglob("*"))
                       if f.is_file() and f.suffix.lower() in formats.EXTENSIONS and not debris(f.relative_to(p)))
        else:
            out.append((str(raw), False))
    return out


def debris(relative: Path) -> bool:
    """Is a file found in a folder no document anyone saved: hidden (.DS_Store, a dotfile, anything
    under .git, LibreOffice's lock file .~lock.call.docx#) or Word's lock file (~$call.docx, a few
    bytes naming who has the document open)? Counted as failed transcripts, they fail every run."""
    return any(part.startswith(".") for part in relative.parts) or relative.name.startswith("~$")


def ingest_document(store: Store, doc: Document, *, replace: bool = False, again: str | None = None,
                    today: dt.date | None = None, date_order: str = "DMY",
                    transcript: Transcript | None = None) -> FileResult:
    """Understand and store one document already read (``transcript``: already parsed with
    ``date_order``, not parsed again); TranscriptError if it is not a transcript,
    or if it would replace a stored version of the meeting with much less of it (a file cut off),
    unless ``replace``. ``again``: the id of the meeting this stored document is read anew for.
    ``today`` (the machine's by default): a meeting dated after it is stored with a warning.
    ``date_order``: how the group writes numeric dates (``[display] date_order``), for English ones."""
    existing = None if again else store.meeting_for_document(doc.sha256)
    if existing:
        return FileResult(doc.path, UNCHANGED, meeting_id=existing)
    transcript = transcript or transcripts.parse(doc, date_order=date_order)
    if again:
        stored = store.meeting_summary(again)
        was = (stored.date, stored.group, stored.kind, stored.language)
        now = (transcript.date.isoformat(), transcript.group, transcript.kind, transcript.language)
        if was != now:      # its id, its language versions and its replacements would all be wrong
            return FileResult(doc.path, FAILED, meeting_id=again, code="changed_identity",
                              error=f"it now reads as another meeting ({', '.join(map(str, now))} instead of "
                                    f"{', '.join(map(str, was))}): ingest the file again as a new meeting")
    new_words = sum(len(t.text.split()) for t in transcript.turns)

    new_present = sum(1 for a in transcript.attendance if a.status == PRESENT and a.source == "roll_call")

    def not_cut_off(mid: str, turns: int, words: int, present: int, only_begins: bool) -> None:
        if new_words < SHORTER * words or only_begins:     # (its first turns and no more: a file cut off)
            raise TranscriptError(
                f"it would replace {mid} ({turns} turns) with {len(transcript.turns)} turns: it looks cut off "
                f"(to replace it anyway: acta ingest --replace)", code="shorter", meeting=mid, stored=turns,
                turns=len(transcript.turns))
        if present >= MIN_ROLL_CALL and new_present < SHORTER * present:
            # (labels or a roll call worded in a way Acta does not read: "OPERADORA – MARÍA JOSÉ:")
            raise TranscriptError(
                f"it would replace {mid} ({present} in the roll call) with a reading that finds {new_present} "
                f"in its roll call (to replace it anyway: acta ingest --replace)", code="lost_roll_call",
                meeting=mid, stored=turns, turns=len(transcript.turns))

    stored: list[str | None] = []       # the file of the stored version this one replaces

    def replacing(mid: str, path: str, turns: int, words: int, present: int, only_begins: bool) -> None:
        stored.append(path)
        if same_text(store.stored_document(mid), doc):
            raise _SameText(mid)            # (nothing written: the stored file stays its source)
        if not replace and path and drafts.later_by_name(path, doc.path):
            raise _StoredLater(mid)         # (the draft of a final stored before: nothing written)
        if not replace:
            not_cut_off(mid, turns, words, present, only_begins)

    try:
        mid, status = store.save(transcript, doc, passages.rows(transcript), mid=again, again=bool(again),
                                 replacing=None if again else replacing, date_order=date_order)
    except _SameText as e:
        return FileResult(doc.path, UNCHANGED, meeting_id=e.mid)
    except _StoredLater as e:
        return FileResult(doc.path, SKIPPED, meeting_id=e.mid, code=SUPERSEDED, params={"later": stored[-1]}, reason=(
            f"superseded by {stored[-1]}, stored before as {e.mid} (a later version of the same call, by its name; "
            "to store this one instead: acta ingest --replace)"))
    if status == "changed":
        return FileResult(doc.path, FAILED, meeting_id=mid, code="changed",
                          error="another version of it was stored meanwhile; it was kept")
    status = REREAD if again else status
    today = today or dt.date.today()
    warned = future_date(transcript.date, today) or file_date_differs(transcript.date, doc.filename, today)
    return FileResult(
        doc.path, status, meeting_id=mid, date=transcript.date.isoformat(), title=transcript.title,
        language=transcript.language, turns=len(transcript.turns), speakers=len(transcript.speakers),
        attendees=sum(1 for a in transcript.attendance if a.status == "present" and a.source == "roll_call"),
        agenda=len(transcript.agenda), warnings=(warned,) if warned else (),
        supersedes=stored[0] if status == REPLACED and stored and stored[0] and drafts.later_by_name(
            doc.path, stored[0]) else None)


def same_text(stored: Document, doc: Document) -> bool:
    """Does a file hold the stored one's text, in other bytes (a copy saved as Latin-1 or UTF-16, with
    Windows line ends)? A copy of a transcript is no new version of it."""
    if stored.format != doc.format:
        return False
    try:
        return formats.extract(stored) == formats.extract(doc)
    except TranscriptError:
        return False


class _SameText(Exception):
    """A file holds the text of the stored meeting ``mid``'s file (``same_text``)."""

    def __init__(self, mid: str):
        super().__init__(mid)
        self.mid = mid


class _StoredLater(Exception):
    """A file is an earlier version, by its name, of the stored meeting ``mid`` (a draft after its final)."""

    def __init__(self, mid: str):
        super().__init__(mid)
        self.mid = mid


def ingest_paths(store: Store, paths: Iterable[str | Path], *, max_bytes: int, replace: bool = False,
                 on_result: Callable[[int, int, FileResult], None] | None = None,
                 today: dt.date | None = None, date_order: str = "DMY") -> list[FileResult]:
    """Ingest every file under ``paths``; ``on_result(i, total, result)`` reports progress.
    ``replace``: store a new version of a meeting even when it is much shorter than the stored one.
    A file found in a folder that is no transcript (NotATranscript: a README, notes) is skipped;
    named, it fails. Of several files named as versions of one call (a draft and its FINAL, v2 and
    v3) that read as one call, the latest is read and the others are skipped as superseded (``drafts``)."""
    found = _found(paths)
    named = {path for path, in_folder in found if not in_folder}
    versions = _Versions(max_bytes, date_order)
    later = drafts.superseded([path for path, _ in found], versions)

    def one(path: str) -> FileResult:
        if path in later:       # (the draft read after its final would replace it, on every run)
            versions.read.pop(path, None)       # (its parse is no longer needed)
            why = ("a later version of the same call, by its name" if drafts.rank(later[path]) > drafts.rank(path)
                   else "the same call's file, saved later")
            return FileResult(path, SKIPPED, code=SUPERSEDED, reason=f"superseded by {later[path]} ({why})")
        return ingest_file(store, path, max_bytes=max_bytes, replace=replace, in_folder=path not in named, today=today,
                           date_order=date_order, parsed=versions.read.pop(path, None))
    return _each(store, [path for path, _ in found], one, on_result)


class _Versions:
    """Whether two files read as versions of one call (``drafts.one_call``: the same call when
    their names rank them apart, the same text when only a copy's mark does); a file that does not
    read is a version of none (it is ingested, and fails, on its own). Each file is read and parsed
    once: ``read`` keeps it for its ingest."""

    def __init__(self, max_bytes: int, date_order: str):
        self.max_bytes, self.date_order = max_bytes, date_order
        self.read: dict[str, tuple[Document, Transcript] | None] = {}

    def transcript(self, path: str) -> Transcript | None:
        if path not in self.read:
            try:
                doc = formats.read(path, self.max_bytes)
                self.read[path] = doc, transcripts.parse(doc, date_order=self.date_order)
            except Exception:  # (TranscriptError, or a bug on an odd file: reported when it is ingested)
                self.read[path] = None
        return self.read[path][1] if self.read[path] else None

    def __call__(self, a: str, b: str) -> bool:
        return (x := self.transcript(a)) is not None and (y := self.transcript(b)) is not None and drafts.one_call(
            x, y, named_apart=drafts.rank(a) != drafts.rank(b))


def reread(store: Store, meeting_ids: Sequence[str] = (), *,
           on_result: Callable[[int, int, FileResult], None] | None = None, date_order: str = "DMY") -> list[FileResult]:
    """Read stored meetings again from the files they were read from, with this version's reading
    of transcripts (after an upgrade that reads them better: apologies announced mid-call, say).
    Every meeting by default. Each keeps its id, in a transaction of its own: one that no longer
    reads keeps what was stored, and is reported as failed."""
    return _each(store, list(meeting_ids) or store.meeting_ids(),
                 lambda mid: _ingest(store, mid, lambda: store.stored_document(mid), again=mid, date_order=date_order),
                 on_result)


def reread_stale(store: Store, *, on_result: Callable[[int, int, FileResult], None] | None = None,
                 date_order: str = "DMY") -> list[FileResult]:
    """Read again the meetings an older version of Acta read (``Store.stale_readings``), as
    ``reread`` does, each with the ``[display] date_order`` it was read with (``date_order``, the
    current one, for those that do not record it): a setting changed since re-dates nothing unasked
    (``acta reingest`` reads with the current one); nothing when there are none. One that fails
    stays as it was, and stale; when the database stays busy with another process's write, the rest
    wait for another time."""
    results: list[FileResult] = []
    for mid in store.stale_readings():
        results += reread(store, [mid], on_result=on_result, date_order=store.read_order(mid) or date_order)
        if results[-1].code == "busy":      # another process writes: not now (the next start)
            break
    return results


def _each(store: Store, items: list[str], one: Callable[[str], FileResult],
          on_result: Callable[[int, int, FileResult], None] | None) -> list[FileResult]:
    """``one`` for every item, with progress, the index's segments merged now and then and at the end."""
    results = []
    for i, item in enumerate(items, 1):
        results.append(one(item))
        if on_result:
            on_result(i, len(items), results[-1])
        store.compact(MAX_SEGMENTS_WHILE_INGESTING)
    store.compact()
    return results


def ingest_file(store: Store, path: str, *, max_bytes: int, replace: bool = False,
                in_folder: bool = False, today: dt.date | None = None, date_order: str = "DMY",
                parsed: tuple[Document, Transcript] | None = None) -> FileResult:
    """Ingest one file; a failure is returned as a result naming the reason, never raised.
    ``in_folder``: found in a folder, so skipped, not failed, when it is no transcript. ``parsed``:
    the file already read and parsed (with ``date_order``), not read again."""
    known = Path(path).suffix.lower() in formats.EXTENSIONS
    doc, transcript = parsed if parsed and known else (None, None)

    def read() -> Document:
        if doc is not None:
            return doc
        if Path(path).is_file() and not known:
            raise TranscriptError(
                f"unsupported file type {Path(path).suffix or '(none)'!r} "
                f"(supported: {', '.join(sorted(formats.EXTENSIONS))})", path, code="unsupported")
        return formats.read(path, max_bytes)
    return _ingest(store, path, read, replace=replace, in_folder=in_folder, today=today, date_order=date_order,
                   transcript=transcript)


def ingest_bytes(store: Store, content: bytes, filename: str, *, max_bytes: int,
                 today: dt.date | None = None, date_order: str = "DMY") -> FileResult:
    """Ingest an uploaded file's content; a failure is returned as a result, never raised."""
    return _ingest(store, filename, lambda: formats.from_bytes(content, filename, max_bytes=max_bytes), today=today,
                   date_order=date_order)


def _ingest(store: Store, name: str, read: Callable[[], Document], *, replace: bool = False,
            again: str | None = None, in_folder: bool = False, today: dt.date | None = None,
            date_order: str = "DMY", transcript: Transcript | None = None) -> FileResult:
    try:
        return ingest_document(store, read(), replace=replace, again=again, today=today, date_order=date_order,
                               transcript=transcript)
    except NotATranscript as e:
        return FileResult(name, SKIPPED, code=e.code, reason=e.reason) if in_folder else failed(name, e)
    except TranscriptError as e:
        return failed(name, e)
    except MeetingNotFound as e:
        return FileResult(name, FAILED, error=str(e), code="unknown_meeting")
    except Exception as e:  # a bug on one odd file must not stop a bulk ingest
        if transactions.is_locked(e):
            return FileResult(name, FAILED, code="busy", error="the database stayed busy with another write; "
                              "nothing was stored: try again")
        log.exception("unexpected error while ingesting %s", name)
        return FileResult(name, FAILED, error=f"unexpected error ({e.__class__.__name__}); see the log",
                          code="unexpected")


def failed(path: str, error: TranscriptError) -> FileResult:
    return FileResult(path, FAILED, error=error.reason, code=error.code, params=error.params or None)
