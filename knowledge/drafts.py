"""Which of several files of one call, named as its versions, an ingest run reads: the FINAL over
its draft, v3 over v2, a corrected one over the first; the later saved of two named alike ("call.txt",
"call (1).txt"). The others are superseded: left alone, so that running a folder again changes
nothing (reading the draft after the final would replace the final, on every run). Versions are
found across the run's folders ("drafts/call-draft.txt" and "call-FINAL.txt"), a folder of drafts
marking its files as drafts. A name alone never supersedes a file: browsers save every
"Transcript.txt" of another call as "Transcript (1).txt", so the files must also read as one call
(``one_call``): the same call (its date, group, kind and language) when their names say which is
the later version (final, v3, corrected, draft, a drafts/ folder: ``rank``), however much of it was
rewritten; the same text, within a few typos, when only a copy's mark ("(1)", "- Copy", another
folder or format) tells them apart."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from knowledge import turn_texts
from knowledge.models import Transcript
from knowledge.text import fold

# Words a file name marks a version with (folded, between separators): "naralo-2026-10-12-en-FINAL",
# "…_definitivo", "… version finale", "…-v2", "… corregido", "… draft", "… (1)", "… - Copy".
_FINAL = {"final", "finale", "definitivo", "definitiva", "definitif", "definitive", "finalversion"}
_CORRECTED = {"corrected", "correction", "corregido", "corregida", "corrige", "corrigee", "corrigido", "corrigida",
              "revised", "revisado", "revisada", "revise", "revisee", "edited", "clean"}
_DRAFT = {"draft", "borrador", "rascunho", "brouillon", "preliminar", "preliminary", "prelim", "wip"}
_NOISE = {"version", "versao", "versione", "ver", "copy", "copia", "copie"}
# A folder's name marks the files in it as drafts ("drafts/", "Borradores/", "old versions/") or as
# final ("final/", "FINAL versions/"), as its words would in their names.
_DRAFT_FOLDER = _DRAFT | {"drafts", "borradores", "rascunhos", "brouillons", "old", "superseded", "obsolete"}
_FINAL_FOLDER = _FINAL | {"finals", "finales", "finaux", "definitivos", "definitivas", "definitifs"}
_NUMBERED = re.compile(r"^(?:v|ver|version|rev|r)(\d{1,2})$")       # "v2", "rev3"
_COPY_NUMBER = re.compile(r"\s*\(\d{1,2}\)\s*$")                      # "call (1)": a browser's second download


def rank(path: str) -> tuple[int, int, int, int]:
    """How late a version its name (and its folder's) says a file is: final, its number, corrected,
    not a draft."""
    words = _words(path)
    folder = set(fold(Path(path).parent.name).split())
    numbers = [int(m.group(1)) for w in words if (m := _NUMBERED.match(w))]
    return (int(bool(_FINAL & set(words) or _FINAL_FOLDER & folder)), max(numbers, default=0),
            int(bool(_CORRECTED & set(words))), int(not _DRAFT & set(words) and not _DRAFT_FOLDER & folder))


def _words(name: str) -> list[str]:
    folded = fold(_COPY_NUMBER.sub("", Path(name).stem).replace("_", " "))
    return re.sub(r"\bfinal version\b|\bversion finale?\b", "finalversion", folded).split()


def _call(path: Path) -> str | None:
    """The call a file's name says it is a version of, in whatever folder of the run: its name
    without the version words; None when nothing is left of it ("final.txt", "draft.docx")."""
    rest = [w for w in _words(path.name) if w not in _FINAL | _CORRECTED | _DRAFT | _NOISE and not _NUMBERED.match(w)]
    return " ".join(rest) if rest else None


def later_by_name(path: str, stored: str) -> bool:
    """Does a file's name say it is a later version of the call a stored file's name is of (the
    FINAL of a draft stored by an earlier run, v3 of v2): the same call's name, a higher ``rank``?
    Whether they are one call (its date, group, kind and language) is the caller's to say."""
    call = _call(Path(path))
    return call is not None and call == _call(Path(stored)) and rank(path) > rank(stored)


def one_call(a: Transcript, b: Transcript, *, named_apart: bool = False) -> bool:
    """Do two transcripts read as versions of one call: in one language, most of what one of them
    says (its turns of five words or more) said by the other within a few typos? A draft and its
    final, a file and its copy, one cut off and the whole are; two calls downloaded as
    "Transcript.txt", two sessions of one day, or a call's language versions are not; nor are
    two files that read alike but are dated apart (a recurring call's transcript reused for the
    next one), unless their names say they are versions. ``named_apart``: their names say which
    is the later version ("-draft", "-FINAL", "v2"): then the same call (date, group, kind) is
    enough, a draft rewritten at length and its final too — unless they start at different times
    (two sessions of one day, named by their date only)."""
    if a.language != b.language:
        return False
    same = (a.date, a.group, a.kind) == (b.date, b.group, b.kind)
    if named_apart and same and not (a.start_utc and b.start_utc and a.start_utc != b.start_utc):
        return True
    x, y = turn_texts.texts(a.turns), turn_texts.texts(b.turns)
    long = turn_texts.LONG_TURN_WORDS
    if not any(len(t.split()) >= long for t in x) or not any(len(t.split()) >= long for t in y):
        return False
    return (same or named_apart) and (turn_texts.alike(x, y) or turn_texts.alike(y, x))


def superseded(paths: Sequence[str], same_call: Callable[[str, str], bool]) -> dict[str, str]:
    """The files of ``paths`` another one supersedes, each with the one that does: of files named as
    versions of one call that ``same_call(later, earlier)`` finds are one, the highest ``rank``,
    the later saved of equal ranks."""
    calls: dict[str, list[tuple[Path, str]]] = defaultdict(list)
    for path in dict.fromkeys(paths):
        p = Path(path)
        if p.is_file() and (call := _call(p)):
            calls[call].append((p, path))
    out: dict[str, str] = {}
    for versions in calls.values():
        if len(versions) < 2:
            continue
        kept: list[str] = []        # the latest version of each call found among them
        for p, path in sorted(versions, key=lambda v: (rank(str(v[0])), v[0].stat().st_mtime_ns, v[0].name),
                              reverse=True):
            if later := next((k for k in kept if same_call(k, path)), None):
                out[path] = later
            else:
                kept.append(path)
    return out
