"""Reading files: published text, PDF, DOCX, WebVTT and SRT, into text or timed cues.

The format is told by the content (magic bytes), not trusted from the file name.
"""
from __future__ import annotations

import codecs
import contextlib
import hashlib
import io
import logging
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from knowledge.errors import TranscriptError
from knowledge.models import Document, RawTurn
from knowledge.text import normalize

EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "txt", ".pdf": "pdf", ".docx": "docx",
              ".vtt": "vtt", ".srt": "srt"}

_SRT_START = re.compile(rb"^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->", re.S)
# "Ana Pereira: hello" in a cue: a short name-like prefix before a colon.
_CUE_SPEAKER = re.compile(r"^\s*(?:-\s*)?([^\W\d_][^:\n]{0,58}?)\s*:\s+(.*)$", re.S)
_TIMESTAMP = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})")
# A line that is only a page number: "3", "- 3 -", "Page 3", "Page 3 of 20", "Página 3 de 20", "3/20".
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:(?:page|página|pagina|pág\.?|p\.)\s*)?\d+"
                          r"(?:\s*(?:/|of|de|sur)\s*\d+)?[-–—\s]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Content:
    """What a file holds: running text (txt, pdf, docx) or timed cues (vtt, srt)."""
    text: str = ""
    cues: tuple[RawTurn, ...] = ()


def read(path: str | Path, max_bytes: int) -> Document:
    """Read a file from disk, refusing what is missing, empty or too large before loading it."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise TranscriptError("no such file or directory", str(path), code="not_found") from None
    if p.is_dir():
        raise TranscriptError("is a directory", str(path), code="not_found")
    if size == 0:
        raise TranscriptError("file is empty", str(path), code="empty")
    if size > max_bytes:
        raise _too_large(size, max_bytes, str(path))
    try:
        content = p.read_bytes()
    except OSError as e:
        raise TranscriptError(f"cannot read file ({e.strerror})", str(path)) from None
    return from_bytes(content, filename=p.name, path=str(path))


def from_bytes(content: bytes, filename: str, path: str | None = None,
               max_bytes: int | None = None) -> Document:
    """A document from bytes already in memory (e.g. a chat upload), refused as `read` refuses it.

    Only the last part of ``filename`` is kept: an upload named "../../x" must not become a path."""
    filename = Path(filename.replace("\\", "/")).name or "document"
    if not content:
        raise TranscriptError("file is empty", path or filename, code="empty")
    if max_bytes is not None and len(content) > max_bytes:
        raise _too_large(len(content), max_bytes, path or filename)
    return Document(path=path or filename, filename=filename, format=sniff(content, filename),
                    sha256=hashlib.sha256(content).hexdigest(), size=len(content), content=content)


def _too_large(size: int, max_bytes: int, path: str) -> TranscriptError:
    # One wording for files on disk and uploads, naming the setting that raises the limit.
    return TranscriptError(f"file is too large ({file_size(size)}; the limit is {file_size(max_bytes)}, "
                           "set by [ingest] max_file_mb in bot.toml)", path, code="too_large",
                           size=size, limit=max_bytes)


def file_size(n: int, mb: str = "MB", kb: str = "KB", point: str = ".") -> str:
    """ "2.5 MB"; below 0.1 MB in KB ("40.0 KB", not "0.0 MB")."""
    text = f"{n / 1e6:.1f} {mb}" if n >= 100_000 else f"{n / 1e3:.1f} {kb}"
    return text.replace(".", point, 1)


def sniff(content: bytes, filename: str = "") -> str:
    """The document's real format, from its first bytes; the extension only breaks ties."""
    head = content[:64]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
        return "vtt"
    if _SRT_START.match(content[:200].lstrip(b"\xef\xbb\xbf")):
        return "srt"
    return "txt"


def extract(doc: Document) -> Content:
    """The text or cues of a document; raises TranscriptError with the reason it cannot."""
    try:
        if doc.format == "pdf":
            return Content(text=_pdf_text(doc.content))
        if doc.format == "docx":
            return Content(text=_docx_text(doc.content))
        text = decode(doc.content)
        if doc.format == "vtt":
            return Content(cues=_vtt_cues(text))
        if doc.format == "srt":
            return Content(cues=_srt_cues(text))
        return Content(text=text)
    except TranscriptError as e:
        raise e.at(doc.path) from None


def decode(content: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM, a few stray bytes replaced), UTF-16 with BOM, else
    Windows-1252/Latin-1."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = content.decode("utf-16", errors="replace")
    elif utf16 := _utf16_without_bom(content[:65536]):
        text = content.decode(utf16, errors="replace")
    else:
        sample = content[:65536]
        if b"\x00" in sample or _control_ratio(sample) > 0.01:
            raise TranscriptError("binary file, not text (is it a transcript?)", code="binary")
        text = _mostly_utf8(content)
        if text is None:
            text = _legacy(content)
    return normalize(_unmangled(text).replace("\r\n", "\n").replace("\r", "\n"))


def _legacy(content: bytes) -> str:
    """Text not in UTF-8: Windows-1252 (Latin-1 for the five bytes it leaves undefined), unless Mac
    Roman (a Mac's old text files) or DOS's code page 850 reads many more of its accented letters as
    letters in words: Mac Roman's "Luc\x92a" and "Jos\x8e" are "Luc’a" and "JosŽ" in Windows-1252.

    The same bytes are Windows-1252's typographic punctuation (Word's "don’t", "“done”", " – "),
    which Mac Roman reads as letters in words ("donít", "doneî"): a letter where Windows-1252 reads
    punctuation in a place punctuation goes counts for neither."""
    try:
        windows = content.decode("cp1252")
    except UnicodeDecodeError:
        windows = content.decode("latin-1")
    punctuation = _punctuation_at(content.decode("cp1252", errors=_UNDEFINED_BYTES))
    best, score = windows, _accented(windows)
    for other in ("mac_roman", "cp850"):
        text = content.decode(other)
        if (found := _accented(text, punctuation)) >= MIN_ACCENTED and found > LEGACY_MARGIN * score and (
                found > _accented(best, punctuation)):
            best = text
    return best


# A letter with an accent of our languages, in a word of its case ("Lucía", "JOSÉ"; not "JosÈ", "Luc’a").
_ACCENTED = re.compile(r"(?<=[a-z])[áéíóúàèìòùâêîôûãõñçäëïöüœ]|[áéíóúàèìòùâêîôûãõñçäëïöüœ](?=[a-z])|"
                       r"(?<=[A-Z])[ÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÃÕÑÇÄËÏÖÜŒ]|[ÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÃÕÑÇÄËÏÖÜŒ](?=[A-Z])")
MIN_ACCENTED = 3
LEGACY_MARGIN = 2       # another code page wins only when it reads twice as many accented letters as letters

# Windows-1252's punctuation (bytes 0x80-0x9F, and ¡ ¿ « »: letters in Mac Roman or DOS) where
# punctuation goes: an apostrophe in a contraction or an elision ("don’t", "it’s", "we’re",
# "l’appel", "qu’il", "members’"); an opening mark before a word after none ("“Hola", "¡gracias",
# "‘yes"); a closing one after a word before none ("done”", "wait…", "Zoom™"); a dash between
# spaces or figures ("call – item", "14:00–15:30") or an em dash between words of three letters or
# more ("call—which"; not "reuni—n", "s—lo": Mac Roman's "reunión", "sólo"). A word's last "’"
# only when it closes a "‘" of its line ("‘yes’"), not otherwise ("aqu’ ", "as’": Mac Roman's
# "aquí", "así").
_PUNCTUATION = re.compile(
    r"(?<=[^\W\d_])’(?=(?:s|t|re|ve|ll|d|m|S|T|RE|VE|LL|D|M)(?![^\W\d_]))"
    r"|(?:(?<![^\W\d_])[ldjnmstcLDJNMSTC]|(?<![^\W\d_])(?:qu|jusqu|lorsqu|puisqu|QU))[’](?=[^\W\d_])"
    r"|(?<=[^\W\d_]{3}s)[’](?![^\W\d_])"
    r"|(?<![^\W\d_])[‘“‹¡¿«](?=[\w¡¿“‘])"
    r"|(?<=[\w.,!?…’”])[”›»™…](?![^\W\d_])"
    r"|(?<!\S)[–—•](?!\S)|(?<=\d)[–—](?=\d)|(?<=[^\W\d_]{3})—(?=[^\W\d_]{3})")
_QUOTED = re.compile(r"(?<![^\W\d_])‘[^‘’\n]{1,80}’(?![^\W\d_])")


def _punctuation_at(windows: str) -> frozenset[int]:
    """Where Windows-1252's reading of the bytes (one character per byte) has punctuation where
    punctuation goes (each match ends with the mark)."""
    return frozenset(m.end() - 1 for pattern in (_PUNCTUATION, _QUOTED) for m in pattern.finditer(windows))


def _accented(text: str, punctuation: frozenset[int] = frozenset()) -> int:
    return sum(m.start() not in punctuation for m in _ACCENTED.finditer(text))


def _as_latin_1(error: UnicodeDecodeError) -> tuple[str, int]:
    """A byte Windows-1252 leaves undefined, as Latin-1 (one character per byte, whatever it is)."""
    return "".join(map(chr, error.object[error.start:error.end])), error.end


_UNDEFINED_BYTES = "acta-undefined-latin-1"
codecs.register_error(_UNDEFINED_BYTES, _as_latin_1)


def _unmangled(text: str) -> str:
    """UTF-8 text that was read as Windows-1252 and saved again ("LucÃ­a", "â€™"), mended (ftfy:
    only what reads as such mangling is changed)."""
    mangled = len(_MOJIBAKE.findall(text))
    if mangled < MIN_MOJIBAKE:
        return text
    import ftfy      # (only for the files that need it)

    fixed = ftfy.fix_encoding(text)
    return fixed if len(_MOJIBAKE.findall(fixed)) < mangled else text


# What UTF-8 read as Windows-1252 looks like ("Ã­", "Ã©", "â€™", "Â°"): not "JOÃO", "SÃO", "«IRMÃ»".
_MOJIBAKE = re.compile(r"Ã[\u0080-\u00aa\u00ac-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€|Â[\u00a1-\u00bf]")
MIN_MOJIBAKE = 3


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 text saved without its byte-order mark: a NUL in
    nearly every other byte (Latin letters and punctuation), on the same side; else None."""
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even = sum(1 for b in sample[0:pairs * 2:2] if b == 0) / pairs
    odd = sum(1 for b in sample[1:pairs * 2:2] if b == 0) / pairs
    if odd >= 0.9 and even <= 0.05:
        return "utf-16-le"
    if even >= 0.9 and odd <= 0.05:
        return "utf-16-be"
    return None


def _mostly_utf8(content: bytes) -> str | None:
    """UTF-8 text, or None if the bytes are not UTF-8.

    One stray byte (a bad copy-paste, a cut at a buffer end) must not make a whole UTF-8 file read as
    Windows-1252, which mangles every accent ("Interprète" -> "InterprÃ¨te"). It stays UTF-8 when the
    stray bytes are few and the rest holds UTF-8's own multi-byte characters (a real Windows-1252
    file has almost none of those, so its accents are what fail); the stray bytes are read as
    Windows-1252, which is almost always what they are: a name pasted from another file
    ("Gon\\xe7alves" is "Gonçalves", which the roll call knows, not "Gon" and a replacement mark).
    """
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        # Cut off inside its last character (a download cut short), in a file that is UTF-8 (it
        # writes other characters so; a Windows-1252 "café" ends in a byte UTF-8 begins one with).
        if e.reason == "unexpected end of data" and re.search(rb"[\xc2-\xf4][\x80-\xbf]", content[:e.start]):
            return content[:e.start].decode("utf-8-sig")
    text = content.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - bad     # non-ASCII, well formed
    if bad < 100 and bad * 1000 < len(text) and valid >= 10 * bad:
        return content.decode("utf-8-sig", errors=_STRAY_BYTES)
    return None


def _as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """A byte UTF-8 cannot read, read as Windows-1252 (Latin-1 for the five it leaves undefined)."""
    stray = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in stray), error.end


_STRAY_BYTES = "acta-stray-cp1252"
codecs.register_error(_STRAY_BYTES, _as_cp1252)


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))


def _pdf_text(content: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with _pypdf_quiet():
            reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            raise TranscriptError("PDF is encrypted; export it without a password", code="pdf_encrypted")
        with _pypdf_quiet():
            pages = [page.extract_text() or "" for page in reader.pages]
    except TranscriptError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise TranscriptError(f"PDF is damaged or truncated ({e.__class__.__name__})", code="damaged") from None
    if not any(p.strip() for p in pages):
        raise TranscriptError("PDF has no text layer (a scan?); run OCR on it or send the text", code="pdf_no_text")
    # A page break is where the published format puts its "---" separator.
    return normalize("\n\n---\n\n".join(_without_running_lines(pages)))


@contextlib.contextmanager
def _pypdf_quiet() -> Iterator[None]:
    """pypdf's warnings ("EOF marker not found") silenced while a PDF is read: they would be printed
    among an ingest's progress lines, and a file it cannot read is reported once, as damaged."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _without_running_lines(pages: list[str]) -> list[str]:
    """Pages without their running headers, footers and page numbers.

    The text layer puts them in the text flow, so a turn cut by a page break would read "...we also
    3 NARALO Monthly Call - 12 October 2026 discussed...". Only the first and last two lines of a page
    are looked at, so that a line of the meeting itself is never taken for one.
    """
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip())        # "Page 3" and "Page 4" are the same footer

    split = [p.split("\n") for p in pages]
    edges = []
    for lines in split:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        edges.append(set(filled[:2] + filled[-2:]))
    seen = Counter(k for lines, at in zip(split, edges) for k in {key(lines[i]) for i in at})
    running = {k for k, n in seen.items() if n >= 3 and n >= 0.6 * len(pages)}
    return ["\n".join(line for i, line in enumerate(lines)
                      if i not in at or not (key(line) in running or _PAGE_NUMBER.match(line.strip())))
            for lines, at in zip(split, edges)]


def _docx_text(content: bytes) -> str:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(content))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise TranscriptError(f"DOCX is damaged or truncated ({e.__class__.__name__})", code="damaged") from None
    except Exception as e:  # python-docx raises its own PackageNotFoundError and XML errors
        raise TranscriptError(f"not a readable DOCX ({e.__class__.__name__})", code="damaged") from None
    # Paragraphs and tables in document order: some exports put the turns in a "Speaker | Text" table.
    blocks = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            blocks.extend(_row_text(row) for row in block.rows)
        else:
            blocks.append(block.text)
    return normalize("\n\n".join(blocks))


def _row_text(row) -> str:
    """A table row as a line: "LABEL: text" when its first cell looks like a speaker, else its cells."""
    cells = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:      # a merged cell is repeated once per column
            cells.append(cell)
    texts = [c.text.strip() for c in cells]
    if len(texts) == 2 and _looks_like_speaker(texts[0]):
        return f"{texts[0].rstrip(':').rstrip()}: {texts[1]}"
    return " ".join(t for t in texts if t)


def _looks_like_speaker(text: str) -> bool:
    """Short and not a sentence: "RACHEL O'CONNOR", "DR. OMAR HADDAD, ALAC CHAIR:", not "Thanks." or
    a time ("00:12:34")."""
    name = text.rstrip(":").strip()
    return (0 < len(name) <= 60 and len(name.split()) <= 7 and not re.search(r"[!?;:\n]", name)
            and not name.endswith((".", ",")))


def _seconds(stamp: str) -> float:
    m = _TIMESTAMP.search(stamp)
    if not m:
        raise TranscriptError(f"bad timestamp {stamp!r}", code="malformed_captions")
    hours, minutes, secs, frac = m.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + int(frac.ljust(3, "0")) / 1000


def _vtt_cues(text: str) -> tuple[RawTurn, ...]:
    import webvtt
    from webvtt.errors import MalformedFileError

    try:
        captions = webvtt.from_string(text)
    except (MalformedFileError, ValueError, IndexError) as e:
        raise TranscriptError(f"malformed WebVTT ({e})", code="malformed_captions") from None
    cues = []
    for c in captions:
        body = c.text
        speaker = c.voice
        if not speaker:
            speaker, body = _speaker_prefix(body)
        cues.append(RawTurn(label=speaker or "", text=body, start=_seconds(c.start), end=_seconds(c.end)))
    return _merge_cues(cues, "WebVTT")


def _srt_cues(text: str) -> tuple[RawTurn, ...]:
    import srt

    try:
        subtitles = list(srt.parse(text))
    except (srt.SRTParseError, ValueError) as e:
        raise TranscriptError(f"malformed SRT ({e.__class__.__name__})", code="malformed_captions") from None
    cues = []
    for s in subtitles:
        speaker, body = _speaker_prefix(s.content)
        cues.append(RawTurn(label=speaker or "", text=body,
                            start=s.start.total_seconds(), end=s.end.total_seconds()))
    return _merge_cues(cues, "SRT")


def _speaker_prefix(body: str) -> tuple[str | None, str]:
    m = _CUE_SPEAKER.match(body)
    if m and _looks_like_name(m.group(1)):
        return m.group(1).strip(), m.group(2)
    return None, body


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w.lower() in ("de", "da", "del", "do", "la", "van", "von")
                                        for w in words)


def _merge_cues(cues: list[RawTurn], fmt: str) -> tuple[RawTurn, ...]:
    """Consecutive cues of one speaker make one turn; a cue without a speaker continues the last."""
    merged: list[RawTurn] = []
    for cue in cues:
        body = " ".join(cue.text.split())
        if not body:
            continue
        if merged and (not cue.label or cue.label == merged[-1].label):
            last = merged[-1]
            merged[-1] = RawTurn(last.label, f"{last.text} {body}", last.start, cue.end)
        else:
            merged.append(RawTurn(cue.label, body, cue.start, cue.end))
    if not merged:
        # webvtt-py skips blocks it cannot read; without this, an empty result would be taken for
        # plain text and reported as "no speaker labels".
        raise TranscriptError(f"malformed {fmt} (no cue with text)", code="malformed_captions")
    return tuple(merged)
