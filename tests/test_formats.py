"""Reading every supported format (text in any usual encoding, PDF, DOCX, WebVTT, SRT) into the same
meeting, on real files written in tmp_path (bad input: test_bad_files.py)."""
from __future__ import annotations

import io
import logging
import shutil
import unicodedata

import docx
import pytest
from fpdf import FPDF
from pypdf import PdfReader

from knowledge import formats, ingest, transcripts
from knowledge.errors import TranscriptError
from knowledge.models import Transcript

from conftest import CALL_2016, DATA, DEMO, _need_corpus, docx_of

MAX = 20_000_000                     # bot.toml's default [ingest] max_file_mb
NARALO = DEMO / "naralo-2026-10-12-en.txt"


def latin1(text: str) -> str:
    """What fpdf2's core fonts can write: Latin-1, anything else becomes '?'."""
    return text.encode("latin-1", "replace").decode("latin-1")


def pdf_of(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, latin1(text))
    return bytes(pdf.output())


AFRALO = DEMO / "afralo-2026-10-05-fr.txt"
HEADER = "AFRALO - Téléconférence mensuelle - 5 octobre 2026"
FOOTERS = ["{n}", "- {n} -", "Page {n}", "Page {n} of {nb}", "Página {n} de {nb}", "{n}/{nb}"]


class RunningPDF(FPDF):
    """A PDF with a running header and a page number in the footer of every page, as publishers make."""

    def __init__(self, header: str, footer: str):
        super().__init__()
        self.header_text, self.footer_text = header, footer

    def header(self):
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, latin1(self.header_text), align="C")
        self.ln(10)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, latin1(self.footer_text.format(n=self.page_no(), nb="{nb}")), align="C")


def running_pdf_of(text: str, header: str, footer: str) -> bytes:
    pdf = RunningPDF(header, footer)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, latin1(text))
    return bytes(pdf.output())


def parse(content: bytes, filename: str) -> Transcript:
    # File names without a date, so that the date has to come from the content.
    return transcripts.parse(formats.from_bytes(content, filename))


def roll_call(t: Transcript) -> list[str]:
    return [a.name for a in t.attendance if a.status == "present" and a.source == "roll_call"]


def squeezed(t: Transcript) -> list[tuple[str, str]]:
    """Each turn's label and text, whitespace collapsed (a PDF re-wraps lines)."""
    return [(turn.label, " ".join(turn.text.split())) for turn in t.turns]


@pytest.fixture(scope="module")
def text_2016() -> str:
    _need_corpus()
    return CALL_2016.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pdf_2016(text_2016) -> bytes:
    return pdf_of(text_2016)


# --- PDF ----------------------------------------------------------------------------------------

def test_pdf_with_a_text_layer_is_the_same_meeting_as_the_text(pdf_2016, text_2016, call_2016):
    doc = formats.from_bytes(pdf_2016, "call.pdf")
    t = transcripts.parse(doc)
    assert "pdf" == doc.format
    assert call_2016.date == t.date
    assert 75 == len(t.turns)
    assert call_2016.speakers == t.speakers
    assert 9 == len(roll_call(t))
    assert roll_call(call_2016) == roll_call(t)
    # The PDF has many pages, so page breaks fall inside turns: they must not cut or merge any.
    assert 10 < len(PdfReader(io.BytesIO(pdf_2016)).pages)
    assert squeezed(parse(latin1(text_2016).encode("utf-8"), "call.txt")) == squeezed(t)


@pytest.mark.parametrize("footer", FOOTERS)
def test_pdf_running_header_and_page_numbers_are_not_part_of_the_turns(footer):
    text = AFRALO.read_text(encoding="utf-8")
    content = running_pdf_of(text, HEADER, footer)
    assert 5 == len(PdfReader(io.BytesIO(content)).pages)
    t = parse(content, "call.pdf")
    assert squeezed(parse(latin1(text).encode("utf-8"), "call.txt")) == squeezed(t)
    assert not any(latin1(HEADER) in turn.text for turn in t.turns)


# (transcripts drops lines such as "Page 3 of 20" by itself.)
@pytest.mark.parametrize("footer", ["{n}", "- {n} -", "{n}/{nb}"])
def test_pdf_page_numbers_are_dropped_even_on_too_few_pages_to_repeat(footer):
    text = "\n\n".join(AFRALO.read_text(encoding="utf-8").split("\n\n")[:25])
    content = running_pdf_of(text, "", footer)
    assert 2 == len(PdfReader(io.BytesIO(content)).pages)
    assert squeezed(parse(latin1(text).encode("utf-8"), "call.txt")) == squeezed(parse(content, "call.pdf"))


def test_pdf_without_a_text_layer_says_so():
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)
    with pytest.raises(TranscriptError, match="no text layer"):
        parse(bytes(pdf.output()), "scan.pdf")


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_truncated_pdf_and_docx_are_damaged(kind):
    write = {"pdf": pdf_of, "docx": docx_of}[kind]
    whole = write(NARALO.read_text(encoding="utf-8"))
    with pytest.raises(TranscriptError, match="damaged or truncated") as e:
        parse(whole[: len(whole) // 2], f"call.{kind}")
    assert f"call.{kind}" == e.value.path


# --- DOCX ---------------------------------------------------------------------------------------

def test_docx_one_paragraph_per_line_is_the_same_meeting_as_the_text():
    expected = transcripts.parse(formats.read(NARALO, MAX))
    doc = formats.from_bytes(docx_of(NARALO.read_text(encoding="utf-8")), "naralo.docx")
    t = transcripts.parse(doc)
    assert "docx" == doc.format
    assert (expected.date, 38, expected.speakers) == (t.date, len(t.turns), t.speakers)
    assert [(x.label, x.text) for x in expected.turns] == [(x.label, x.text) for x in t.turns]
    assert roll_call(expected) == roll_call(t)


def test_docx_turns_in_a_two_column_table_are_the_same_meeting_as_the_text():
    expected = transcripts.parse(formats.read(NARALO, MAX))
    *in_table, last = expected.turns
    document = docx.Document()
    # Paragraphs before and after the table, which must keep their places.
    document.add_paragraph("NARALO monthly call")
    table = document.add_table(rows=0, cols=2)
    header = table.add_row().cells
    header[0].text, header[1].text = "Speaker", "Text"
    for turn in in_table:
        label, body = table.add_row().cells
        label.text = turn.label
        paragraphs = turn.text.split("\n")
        body.paragraphs[0].text = paragraphs[0]
        for paragraph in paragraphs[1:]:
            body.add_paragraph(paragraph)
    document.add_paragraph(f"{last.label}: {last.text}")
    buf = io.BytesIO()
    document.save(buf)
    t = parse(buf.getvalue(), "call.docx")
    assert [(x.label, x.text) for x in expected.turns] == [(x.label, x.text) for x in t.turns]
    assert (expected.date, expected.speakers) == (t.date, t.speakers)


# --- WebVTT and SRT -----------------------------------------------------------------------------

CAPTIONS = [
    # file, date, speakers, turns, (index, start, end) of a turn made of several cues
    ("zoom-2026-11-02.vtt", "2026-11-02", ["Rachel O'Connor", "Tendai Moyo", "Sofía Herrera", "Ethan Brooks"],
     9, (1, 16.7, 53.25)),
    ("teams-2026-11-03.vtt", "2026-11-03", ["Ana Pereira", "Carlos Medina", "Lucía de la Fuente", "Rubén Ocampo"],
     7, (0, 3.12, 17.9)),
    ("call-2026-11-04.srt", "2026-11-04", ["Léa Dubois", "Mamadou Sanogo", "Aïcha Benali", "Mamadou Cissé"],
     6, (1, 15.0, 38.0)),
]


@pytest.mark.parametrize("name, date, speakers, count, timed", CAPTIONS)
def test_captions_give_timed_turns_one_per_speaker_change(name, date, speakers, count, timed):
    fmt = name.rsplit(".", 1)[1]
    doc = formats.from_bytes((DATA / name).read_bytes(), f"call.{fmt}")
    t = transcripts.parse(doc)
    assert fmt == doc.format
    assert date == t.date.isoformat()              # said in the first cue, not taken from the name
    assert speakers == t.speakers
    assert count == len(t.turns)
    index, start, end = timed
    assert (start, end) == (t.turns[index].start, t.turns[index].end)
    assert all(a.speaker != b.speaker for a, b in zip(t.turns, t.turns[1:]))
    assert all(x.start < x.end <= y.start for x, y in zip(t.turns, t.turns[1:]))
    assert not any("<v" in x.text or "-->" in x.text for x in t.turns)


def test_cues_of_one_speaker_are_joined_in_order():
    t = parse((DATA / "call-2026-11-04.srt").read_bytes(), "call.srt")
    assert ("Merci, Léa. Je vais vous présenter les résultats des tests sur les formulaires en ligne. "
            "Sur les trente formulaires testés, moins de la moitié acceptent une adresse électronique avec "
            "des caractères accentués. Nous allons envoyer un rapport détaillé sur la liste de diffusion "
            "avant la fin du mois.") == t.turns[1].text


def test_captions_without_speaker_names_say_so():
    vtt = b"WEBVTT\n\n00:00:01.000 --> 00:00:04.500\nGood evening, 2 November 2026.\n\n" \
          b"00:00:04.500 --> 00:00:09.000\nlet us start.\n"
    with pytest.raises(TranscriptError, match="no speaker names in the captions"):
        parse(vtt, "call.vtt")


@pytest.mark.parametrize("content", [b"WEBVTT\n\nnot a cue", b"WEBVTT\n\n00:00:01.000 --> soon\nAna: hi\n"])
def test_malformed_webvtt(content):
    with pytest.raises(TranscriptError, match="malformed WebVTT"):
        parse(content, "call.vtt")


# --- the content decides, not the extension ------------------------------------------------------

def test_a_pdf_named_txt_and_a_text_named_pdf_are_read_by_content(store, tmp_path, pdf_2016):
    (tmp_path / "minutes.txt").write_bytes(pdf_2016)
    shutil.copy(NARALO, tmp_path / "minutes.pdf")
    as_txt = ingest.ingest_file(store, str(tmp_path / "minutes.txt"), max_bytes=MAX)
    as_pdf = ingest.ingest_file(store, str(tmp_path / "minutes.pdf"), max_bytes=MAX)
    assert ("ingested", "2016-06-20", 75) == (as_txt.status, as_txt.date, as_txt.turns)
    assert ("ingested", "2026-10-12", 38) == (as_pdf.status, as_pdf.date, as_pdf.turns)
    assert "pdf" == store.meeting(as_txt.meeting_id).source["format"]
    assert "txt" == store.meeting(as_pdf.meeting_id).source["format"]


# --- encodings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, lossless", [
    ("cp1252", False), ("latin-1", False), ("utf-8-sig", True), ("utf-16", True),      # utf-16 writes a BOM
    ("utf-16-le", True), ("utf-16-be", True)])                                         # these do not
def test_text_in_any_usual_encoding_keeps_its_accents(encoding, lossless, text_2016, call_2016):
    content = text_2016.encode(encoding, "replace")
    t = parse(content, "call.txt")
    # The same characters as UTF-8: decoding must not turn any byte into another character.
    same = parse(content.decode(encoding).encode("utf-8"), "call.txt")
    assert [(x.label, x.text) for x in same.turns] == [(x.label, x.text) for x in t.turns]
    assert "Enmanuel Alcántara" == roll_call(t)[0]
    assert roll_call(call_2016) == roll_call(t)
    assert (75, call_2016.speakers) == (len(t.turns), t.speakers)
    if lossless:
        assert [(x.label, x.text) for x in call_2016.turns] == [(x.label, x.text) for x in t.turns]


def test_utf8_with_one_stray_byte_is_still_utf8():
    raw = AFRALO.read_bytes()
    middle = raw.index(b"\n", len(raw) // 2)
    # Every accent as in the clean file ("Léa", not "LÃ©a"); the stray byte is read as Windows-1252.
    assert formats.decode(raw[:middle]) + " ÿ" + formats.decode(raw[middle:]) == formats.decode(
        raw[:middle] + b" \xff" + raw[middle:])


def test_a_name_pasted_in_latin_1_into_a_utf8_roll_call_is_still_the_name(tmp_path):
    # One "Gonçalves" of the roll call written as Windows-1252 (\xe7): she is still present,
    # not "Beatriz" plus two late arrivals.
    clean = (DEMO / "lacralo-2026-10-26-pt.txt").read_bytes()
    name = "Gonçalves".encode()
    stray = tmp_path / "lacralo-2026-10-26-pt.txt"
    stray.write_bytes(clean.replace(name, b"Gon\xe7alves", 1))
    assert clean.count(name) > 1 and formats.decode(stray.read_bytes()) == formats.decode(clean)


def test_a_cp1252_file_with_one_accent_is_still_cp1252():
    # One non-ASCII byte is as "nearly all valid UTF-8" as a stray byte, but nothing in it is UTF-8.
    content = "JANE DOE: It’s done. Thank you all.\n".encode("cp1252") + b"JOHN ROE: Fine.\n" * 200
    assert formats.decode(content).startswith("JANE DOE: It's done.")


@pytest.mark.parametrize("name", ["lacralo-2026-09-21-es.txt", "afralo-2026-10-05-fr.txt", "lacralo-2026-10-26-pt.txt"])
@pytest.mark.parametrize("encoding", ["mac_roman", "cp850", "cp1252"])
def test_a_file_a_mac_or_dos_wrote_reads_as_it_was_written(name, encoding):
    """Mac Roman's "Luc\x92a" is "Luc’a" in Windows-1252, and "Jos\x8e" "JosŽ": read as Mac Roman,
    every accent is itself (and Windows-1252 is still read as such)."""
    clean = formats.decode((DEMO / name).read_bytes())
    assert clean == formats.decode(clean.encode(encoding))


def test_what_mac_roman_would_read_no_better_stays_windows_1252():
    # Typographic quotes and dashes (bytes Mac Roman reads as letters: "’" is "Ō" there) and a
    # few accents: Windows-1252, as written.
    said = "JANE DOE: It’s “done” – café, señor, ça va, naïve, Zürich. Thank you.\n"
    for text in (said + "JOHN ROE: Fine.\n" * 3, "JOSÉ PÉREZ: Sí, señor.\n"):
        assert formats.decode(text.encode("utf-8")) == formats.decode(text.encode("cp1252"))


# Windows-1252 as Word and Outlook save it: its curly quotes and dashes are bytes Mac Roman and DOS
# read as accented letters ("’" is "í" in Mac Roman, "”" is "î", "–" is "ñ"; "¡" is "í" in DOS).
WORD_EN = ("RACHEL O’CONNOR: It’s 19:00 UTC. I don’t think we’re ready; José sends apologies. We’ll take "
           "the members’ “survey” first – it’s short… then the call—which Tom’s chairing—ends.\n")
WORD_ES = ("MARÍA PÉREZ: ¿Qué tal? ¡gracias! El «informe» está listo – “hoy” dijo ‘sí’. Aquí sólo "
           "pedimos a José la próxima reunión.\n")
WORD_FR = "CLAUDE: C’est l’appel qu’il faut – d’accord ? « oui »\n"
WORD_ES_LIGHT = "ANA: ¡hola! “Bueno” – dijo ‘vale’… ¡claro! «listo» ¿y tu?\n"


@pytest.mark.parametrize("said", [WORD_EN, WORD_EN * 20, WORD_ES, WORD_ES * 20, WORD_FR * 20, WORD_ES_LIGHT * 3,
                                  WORD_EN.replace("José", "Jose") * 5, "I don’t. It’s “done”. We’re – ready…\n" * 3])
def test_windows_1252_punctuation_is_no_mac_or_dos_letter(said):
    assert formats.decode(said.encode("utf-8")) == formats.decode(said.encode("cp1252"))


def test_a_transcript_word_saved_in_windows_1252_reads_as_in_utf_8(tmp_path):
    """The demo call without its accents, its apostrophes curly, saved as Windows-1252: every turn
    and speaker as in UTF-8 (read as Mac Roman, "RACHEL O’CONNOR:" was no label and 5 turns were lost)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", NARALO.read_text(encoding="utf-8"))
                    if not unicodedata.combining(c))
    (tmp_path / "plain.txt").write_text(plain, encoding="utf-8")
    curly = plain.replace("'", "’").replace(" - ", " – ")
    (tmp_path / "naralo-2026-10-12-en.txt").write_bytes(curly.encode("cp1252"))
    clean = transcripts.parse(formats.read(tmp_path / "plain.txt", MAX))
    read = transcripts.parse(formats.read(tmp_path / "naralo-2026-10-12-en.txt", MAX))
    assert (38, 12, "Rachel O'Connor") == (len(read.turns), len(read.speakers), read.turns[0].speaker)
    assert [(t.speaker, t.text) for t in clean.turns] == [(t.speaker, t.text) for t in read.turns]


def test_utf8_saved_again_as_windows_1252_is_mended():
    clean = (DEMO / "lacralo-2026-09-21-es.txt").read_text(encoding="utf-8")
    mangled = clean.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    assert "LucÃ­a" in mangled.decode("utf-8") and "Lucía de la Fuente" in formats.decode(mangled)
    # What only looks like it stays: "Ã" alone in a name, "Â" in a title
    assert "ÃRVORE Â Ãgua" == formats.decode("ÃRVORE Â Ãgua".encode())
    assert "«IRMÃ» e SÃO PAULO, JOÃO, AMANHÃ”" == formats.decode("«IRMÃ» e SÃO PAULO, JOÃO, AMANHÃ”".encode())


def test_a_damaged_pdf_is_reported_once_with_no_warning_of_pypdf_among_the_progress_lines(caplog):
    # pypdf logs "EOF marker not found" on a truncated file: the failure itself says it (x10).
    whole = pdf_of(NARALO.read_text(encoding="utf-8"))
    with caplog.at_level("WARNING"), pytest.raises(TranscriptError, match="damaged or truncated"):
        parse(whole[: len(whole) // 2], "call.pdf")
    assert [] == [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")]
    assert logging.NOTSET == logging.getLogger("pypdf").level       # (set back after reading)
