"""Which of several files of one call, named as its versions, an ingest run reads: the FINAL over
its draft, v3 over v2, a corrected one over the first; the later saved of two named alike ("call.txt",
"call (1).txt"). The others are superseded: left alone, so that running a folder again changes
nothing (reading the draft after the final would replace the final, on every run)."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from knowledge.text import fold

# Words a file name marks a version with (folded, between separators): "naralo-2026-10-12-en-FINAL",
# "…_definitivo", "… version finale", "…-v2", "… corregido", "… draft", "… (1)", "… - Copy".
_FINAL = {"final", "finale", "definitivo", "definitiva", "definitif", "definitive", "finalversion"}
_CORRECTED = {"corrected", "correction", "corregido", "corregida", "corrige", "corrigee", "corrigido", "corrigida",
              "revised", "revisado", "revisada", "revise", "revisee", "edited", "clean"}
_DRAFT = {"draft", "borrador", "rascunho", "brouillon", "preliminar", "preliminary", "prelim", "wip"}
_NOISE = {"version", "versao", "versione", "ver", "copy", "copia", "copie"}
_NUMBERED = re.compile(r"^(?:v|ver|version|rev|r)(\d{1,2})$")       # "v2", "rev3"
_COPY_NUMBER = re.compile(r"\s*\(\d{1,2}\)\s*$")                      # "call (1)": a browser's second download


def rank(name: str) -> tuple[int, int, int, int]:
    """How late a version its name says a file is: final, its number, corrected, not a draft."""
    words = _words(name)
    numbers = [int(m.group(1)) for w in words if (m := _NUMBERED.match(w))]
    return (int(bool(_FINAL & set(words))), max(numbers, default=0), int(bool(_CORRECTED & set(words))),
            int(not _DRAFT & set(words)))


def _words(name: str) -> list[str]:
    folded = fold(_COPY_NUMBER.sub("", Path(name).stem).replace("_", " "))
    return re.sub(r"\bfinal version\b|\bversion finale?\b", "finalversion", folded).split()


def _call(path: Path) -> tuple[str, str] | None:
    """The call a file is a version of, by its folder and its name without the version words; None
    when nothing is left of the name ("final.txt", "draft.docx")."""
    rest = [w for w in _words(path.name) if w not in _FINAL | _CORRECTED | _DRAFT | _NOISE and not _NUMBERED.match(w)]
    return (str(path.parent), " ".join(rest)) if rest else None


def superseded(paths: Sequence[str]) -> dict[str, str]:
    """The files of ``paths`` another one supersedes, each with the one that does: the highest
    ``rank``, the later saved of equal ranks."""
    calls: dict[tuple[str, str], list[tuple[Path, str]]] = defaultdict(list)
    for path in dict.fromkeys(paths):
        p = Path(path)
        if p.is_file() and (call := _call(p)):
            calls[call].append((p, path))
    out: dict[str, str] = {}
    for versions in calls.values():
        if len(versions) > 1:
            last = max(versions, key=lambda v: (rank(v[0].name), v[0].stat().st_mtime_ns, v[0].name))
            out.update((path, last[1]) for p, path in versions if path != last[1])
    return out
