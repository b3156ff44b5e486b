"""Understanding a transcript: clean the published text, cut it into speaker turns, and put
together the meeting (date, people, roll call, agenda) from them (who is who: ``identities.py``)."""
from __future__ import annotations

import datetime as dt
import re

from knowledge import agenda as agenda_mod
from knowledge import formats, lexicon, opening, people, rollcall, screening
from knowledge.errors import NotATranscript, TranscriptError, WrittenRecord
from knowledge.identities import attendance_of, identify
from knowledge.models import INTERPRETER, MEMBER, OPERATOR, Document, RawTurn, Transcript, Turn
from knowledge.text import detect_language, fold, normalize_markers

_DISCLAIMER = re.compile(r"[*_]*%s.{0,1500}?%s[*_]*" % (lexicon.DISCLAIMER_START, lexicon.DISCLAIMER_END),
                         re.IGNORECASE | re.DOTALL)
_END_MARKER = re.compile(r"^[\s*_#]*\[?\s*(?:%s)\s*\]?[\s*_]*$" % lexicon.END_MARKERS, re.IGNORECASE | re.M)
# Page separators and what a PDF export repeats on each page: "---", "Page 4 of 12", a bare page
# number ("12", "- 13 -"), the running header of published transcripts ("NARALO Monthly Call – 9
# November 2026          EN": the language code after a wide gap).
_SEPARATOR = re.compile(r"^\s*(?:[-_*=]\s*){3,}$|^\s*\f\s*$|^\s*(?:page|página|pagina)\s+\d+(?:\s+(?:of|de|sur)\s+\d+)?\s*$"
                        r"|^.{0,150}\S\s{4,}(?-i:EN|ES|FR|PT)\s*$", re.IGNORECASE)
# A page number alone on its line ("12", "- 13 -"): not when it is all a speaker said ("JANE DOE:" then "42").
_PAGE_NUMBER = re.compile(r"^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$")
# "HUMBERTO CARRASCO:", "SERGIO SALINAS PORTO :", "**LEÓN SANCHEZ:**", "[00:12:34] JANE DOE:",
# "JANE DOE (00:12:34):", "DR. OMAR HADDAD, ALAC CHAIR:", "SPEAKER 2:" at the start of a line.
_LABEL = re.compile(r"^\s*[*_]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?"
                    # a name in capitals ("GLENN McKNIGHT"), its particles perhaps not ("LUCÍA de la FUENTE")
                    r"([A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ0-9'’.,\-–— \[\]()]|(?<=\bM)a?c(?=[A-Z])|"
                    r"(?<= )(?:de|del|la|las|los|da|das|do|dos|du|van|von|der|di|le)(?= )){1,80}?"
                    r"(?:\s*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]])?"
                    # a role or organisation written in lower case beside the name: "(ICANN staff)", ", ICANN Staff"
                    r"(?:\s*\([^()\n:]{1,60}\)|\s*(?:,|\s[–—-])\s*[A-Za-zÀ-ÿ][\w .'’-]{0,40})?)"
                    r"[*_]*\s*:[*_]*(?:\s+(.*))?$")
_MC = re.compile(r"\bMa?c(?=[A-Z])")       # "McKNIGHT", "MacDONALD": capitals all the same
# …and so are a name's particles between capitals: "LUCÍA de la FUENTE", "JOÃO da SILVA".
_PARTICLE = re.compile(r"(?<= )(?:de|del|la|las|los|da|das|do|dos|du|van|von|der|di|le)(?= (?:[a-z]+ )*[A-ZÀ-ÖØ-Þ])")
# …but not between the words of a heading: "PUNTO 3 de la AGENDA", "RESUMEN de la LLAMADA" (folded).
_HEADING_NOUNS = frozenset("""punto puntos tema temas item items point points ponto pontos agenda orden ordem pauta
    resumen resumo resume summary llamada chamada appel call reunion reuniao meeting sesion sessao session seance
    comentarios comentario commentaires comments preguntas pregunta perguntas questions informe relatorio
    rapport report acta ata minuta notas nota notes comunidad comunidade communaute community""".split())
# What a label is not: a numbered agenda heading ("AGENDA ITEM 1", "PUNTO 3"; "PANELIST 2" is
# someone) or the call's title, a group's call or a transcript ("NARALO WEBINAR: DNS ABUSE 101",
# "WEBINARIO DE LACRALO: …", "TRANSCRIPT: …"; "MEETING CHAIR", "JOHN CALL" are people).
_NUMBERED_HEADING = re.compile(r"^%s (?:\d{1,3}|one|two|three|uno|dos|tres|un|deux|trois|um|dois)[.)]?$|"
                               r"^(?:first|second|third|primer|segundo|tercer|premier|deuxieme|troisieme|primeiro|"
                               r"terceiro) %s$" % (lexicon.ITEM_NOUNS, lexicon.ITEM_NOUNS))
_CALL = r"(?:webinars?|webinaires?|webinarios?|call|llamada|chamada|appel|meeting|reunion|reuniao)"
_CALL_TITLE = re.compile(r"^(?:transcript|transcription|transcripcion|transcricao)\b|"
                         r"\b(?:\w*ralo|alac)\b.*\b%s\b|\b%s\b.*\b(?:\w*ralo|alac)\b" % (_CALL, _CALL))
_LIST_LINE = re.compile(r"^(?:[-•*–—]|\d{1,2}[.)])\s+\S")
_TIMESTAMP = re.compile(r"[\[(](\d{1,2}:\d{2}(?::\d{2})?)[\])]\s*")     # at the start of a turn
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
# A paragraph that ends like this is a finished sentence; otherwise a page break cut it.
_SENTENCE_END = re.compile(r"[.!?…:;»\"”')\]]\s*$")
# A file with more words than this before its first label, and more than in its turns, is not
# read as it was written (its labels are not the ones found).
MAX_UNREAD_WORDS = 60
# How much of the start of the call is "the opening" (date, group, roll call).
OPENING_CHARS = 3000
# The reading of transcripts this version of Acta gives, bumped by any change to what is read
# from a file (turns, speakers, roll call, apologies, agenda). Meetings read by an older one are
# read again from their stored file: by the bot when it starts, or by `acta reingest`.
# tests/test_reading.py fails when the reading of the demo and corpus changes and this does not.
READING = 24       # 2: a stray byte in a UTF-8 file is read as Windows-1252 ("Gonçalves", not a replacement mark)
#                    3: interpreters' channels ("Veronica et Marina pour l'espagnol")
#                    4: roles in labels ("CHAIR – JANE DOE:", "JANE DOE (CHAIR):"), a timestamp opening a
#                       turn, more ways of reading the roll call and apologies
#                    5: agendas read out as lists ("1) …", "- …", "Item 2: …") or counted ("Second, …")
#                    6: names with particles ("Pieter ter Horst", "Leila al-Hashimi", "Javier de la Vega")
#                    7: bare page numbers and running page headers ("…  EN") are no text
#                    8: interpreters named after "interpretation … by"; UTF-16 without a byte-order mark
#                    9: dates and times said in words ("tres de noviembre de dos mil veintiséis")
#                   10: roll-call cues of 4 and 8 narrowed to lists and headings ("participants from Brazil"
#                       is no one); an agenda list ends with its last item
#                   11: roll calls as lists under headings; an agenda list needs the agenda named in its
#                       heading; organisations beside a name in a label; a number all a speaker said is kept
#                   12: roles in lower case beside a name of two words or more ("JANE DOE (ICANN staff):",
#                       ", ALAC Member:"); numbered agenda headings, a group's call title and voices ("MALE
#                       SPEAKER") name no one; a roll call before the first label; a file mostly unread is refused
#                   13: a call's start from a range ("14:00-15:30 UTC": 14:00) or a dotted time ("14.00 UTC");
#                       a numeric date read month first when the weekday before it says so
#                   14: a name's particles in lower case between capitals ("LUCÍA de la FUENTE:"); a
#                       header's fields before the first turn ("IDIOMA: ESPAÑOL", "LOCATION: Zoom",
#                       "MODERADOR: Lucía") name no one; a UTF-8 file cut inside its last character is read without it;
#                       "primero / 1ro / 1.º de septiembre"; "23 hs UTC", "11 de la noche UTC", "14 h 00 TU", "14:00Z";
#                       UTF-8 saved again as Windows-1252 ("LucÃ­a") mended; a numeric date the file name reads the
#                       other way round is read its way; words a PDF's text broke at line ends joined
#                   15: (14 as released with fewer of these) "TU" only in capitals, "Z" only after a figure
#                   16: a start in a North American zone ("2:00 PM EST", "14:00 EDT"); an offset after a part of the
#                       day ("las 11 de la noche UTC-3"); two calls in one file refused; a file Mac Roman wrote
#                       read as Mac Roman
#                   17: Windows-1252's curly quotes and dashes no Mac Roman letters ("don’t" is not "donít")
#                   18: a call's minutes, notes or agenda, named so in their heading and spoken in by no one, are
#                       no transcript; of several dates in the opening, the one said as today's ("our next call will be
#                       on 9 November. Today is 12 October": 12 October); "las 12 de la noche" is midnight, not noon;
#                       "de la madrugada"; "3:00 PM ET" / "Eastern" (New York's time on the call's day)
#                       (and with [display] date_order = "MDY", an English opening's numeric dates month first)
#                   19: "will", "by", "last" said far before a date make it no other day's ("we will now begin the
#                       call on 12 October", "hosted by NARALO on…"); a date said as today's wins over another day's
#                   20: "ET" after a time written with "h" is French "and" ("19H00 ET À 20H00"); "Eastern Caribbean
#                       Time" is not New York's
#                   21: a second call after the end marker opened in its second or third turn, with no roll call,
#                       refused when a call's turns follow and no annex heading ("ZOOM CHAT LOG:"); minutes that
#                       welcome to the call in writing above "Action items:", no one speaking in them, are no transcript;
#                       "18:00 UTC menos 3" / "UTC moins 3" / "UTC mais 1" are offsets; "1500 EDT", "noon PDT",
#                       "mediodía UTC-3" are starts; a year before UTC or a zone ("12 October 2026 UTC") is no 20:26;
#                       noon only said as now or the call's ("it is noon UTC"; not "comments close at noon UTC"),
#                       and a clock time said as now ("It is 19:00 UTC") over it; four figures before a zone only
#                       after "at"/"a las"/"it is"…, first in a clause or after the date (not "Room 1500 EDT"); a year
#                       after a date however written ("Mon 12 Oct, 2026 UTC", "12 de octubre del 2026 UTC") no 20:26;
#                       an offset in words ends its clause ("UTC plus 2 interpreters", "más 1 hora…" are none);
#                       UTC and its offset after a comma ("son las 11 de la noche, UTC menos 3")
#                   22: a time said as now or as the start over any said before it otherwise ("Comments close at
#                       18:00 UTC. It is 19:00 UTC.": 19:00)
#                   23: "las 12 de la mañana UTC" in an opening is noon, as Spanish says it (not 00:00); "2 de
#                       l'après-midi UTC" is 14:00 (no time was read); a day before a count of meetings is no range
#                       ("on March 3 to 5 meetings": 3 March)
#                   24: an hour's word before the part of the day ("8 h du soir UTC", "2 heures de l'après-midi
#                       UTC", "8 horas de la noche UTC") and "12 at night UTC" (midnight as the day ends) are starts


def parse(doc: Document, *, date_order: str = "DMY") -> Transcript:
    """Everything Acta understands of one document; TranscriptError if it is not a transcript.
    ``date_order``: how the group writes numeric dates ("MDY": an English "10/12/2026" is 12 October)."""
    content = formats.extract(doc)
    if content.cues:
        preamble = ""
        raw = [RawTurn(t.label, normalize_markers(t.text), t.start, t.end) for t in content.cues if t.label]
        if not raw:
            raise TranscriptError("no speaker names in the captions (expected 'Name: text' or <v Name>)",
                                  doc.path, code="no_labels")
    else:
        text = clean(content.text)
        preamble, raw = split_turns(text)
        if record := screening.written_record(text, raw):
            # (stored, the minutes would take the call's id and push its transcript to "-2")
            what = "the minutes (or notes) of a call" if record[0] == screening.MINUTES else "an agenda"
            raise WrittenRecord(f"not a transcript: its heading ({record[1]!r}) says it is {what}, and no one "
                                "speaks at length in it", doc.path, code=record[0])
        if welcome := screening.written_minutes(text, raw):
            raise WrittenRecord(f"not a transcript: it welcomes to a call in writing ({welcome!r}) above a minutes' "
                                "section, and no one speaks in it: the minutes (or notes) of a call", doc.path,
                                code=screening.MINUTES)
        if not raw:
            raise _screened(TranscriptError("no speaker labels found (expected lines such as 'JANE DOE: …')",
                                            doc.path, code="no_labels"), raw, text)
        before, read = len(preamble.split()), sum(len(t.text.split()) for t in raw)
        if before > MAX_UNREAD_WORDS and before > read:
            # "Claudia Ruiz: …" throughout, then "CLOSING SURVEY:": one turn, and the call lost
            raise _screened(TranscriptError(
                f"most of the file comes before the first speaker label read ({raw[0].label!r}): {before} words "
                f"before it, {read} after; are the speakers written otherwise than 'JANE DOE: …'?", doc.path,
                code="mostly_unread"), raw, text)
        try:
            transcript = build(raw, preamble, filename=doc.filename, path=doc.path, date_order=date_order)
        except TranscriptError as e:
            if e.code != "no_date":
                raise
            raise _screened(e, raw, text) from None
        ends = [content.text.count("\n", 0, m.start() + len(m.group(0)) - len(m.group(0).lstrip())) + 1
                for m in _END_MARKER.finditer(content.text)]
        second = screening.second_call(raw, ends, transcript.date, transcript.group, transcript.language,
                                       date_order=date_order, text=text)
        if second:
            raise TranscriptError(
                f"two calls in one file: a second one starts at line {second[0]} ({second[1]}); split the file "
                "there and ingest each part", doc.path, code="two_calls", line=second[0])
        return transcript
    return build(raw, preamble, filename=doc.filename, path=doc.path, date_order=date_order)


def _screened(error: TranscriptError, raw: list[RawTurn], text: str) -> TranscriptError:
    """The error, as NotATranscript when no one speaks in the file (a README, notes, an agenda)."""
    if screening.no_speech([t.label for t in raw], text):
        return NotATranscript(error.reason, error.path, code=error.code, **error.params)
    return error


def clean(text: str) -> str:
    """Remove what the publisher added: disclaimers, end markers, markdown emphasis; and words
    a PDF's text broke at line ends ("outr-\neach"), in a file that breaks words so. Each line
    stays on its line (blank lines where some were taken out), so that a turn's line is the file's."""
    text = _DISCLAIMER.sub(lambda m: "\n" * m.group(0).count("\n") or _apart(m), text)
    text = _END_MARKER.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    if len(_BROKEN_WORD.findall(text)) >= MIN_BROKEN_WORDS:
        text = _joined(text)
    return normalize_markers(text)


def _apart(m: re.Match) -> str:
    """What keeps the text on each side of a match taken out of one line apart: nothing when it was
    the whole line, else a line break."""
    text, start, end = m.string, m.start(), m.end()
    return "" if text[start - 1:start] in ("", "\n") and text[end:end + 1] in ("", "\n") else "\n"


def _joined(text: str) -> str:
    """Words broken at line ends joined again, the line breaks taken out put back after the line
    they joined ("pres-\nented it\n" -> "presented it\n\n")."""
    lines, out, taken = text.split("\n"), [], 0
    for line in lines:
        if out and _BROKEN_WORD.search(out[-1] + "\n" + line[:2]):
            out[-1] = out[-1][:-1] + line
            taken += 1
            continue
        out.extend([""] * taken)
        out.append(line)
        taken = 0
    out.extend([""] * taken)
    return "\n".join(out)


# A word broken at a line's end by a hyphen, its rest in lower case on the next line ("pres-\nented").
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_]{2})-\n(?=[a-zà-ÿ]{2})")
MIN_BROKEN_WORDS = 3      # (a compound cut at a line's end once or twice, "well-\nknown", stays)


def split_turns(text: str) -> tuple[str, list[RawTurn]]:
    """Cut clean text into turns; returns the text before the first label and the turns.

    A line that follows a finished sentence starts a new paragraph; otherwise the sentence was cut
    (by a page break, a separator, a blank line or a line wrap) and is joined again.
    """
    # A paragraph is a list of pieces, joined at the end (joining as we go is quadratic).
    preamble: list[list[str]] = []
    turns: list[tuple[str, list[list[str]], float | None, int]] = []
    sentence_ended = True        # did the last line of text end a sentence?
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if not stripped or _SEPARATOR.match(stripped) or _PAGE_NUMBER.match(stripped) and turns and turns[-1][1]:
            continue
        m = _LABEL.match(stripped)
        if m and not turns and _header_field(m.group(1), m.group(2) or ""):
            preamble.append([_strip_emphasis(stripped)])     # "IDIOMA: ESPAÑOL", "LOCATION: Zoom"
            sentence_ended = True
            continue
        if m and is_heading(people.clean_label(m.group(1))):
            _append(turns[-1][1] if turns else preamble, _strip_emphasis(stripped))
            sentence_ended = True           # "PUNTO 2: EVENTO EN BOGOTÁ", then "PRESIDENTE: …" speaks
            continue
        if m and _is_label(m.group(1), m.group(2) or "", sentence_ended):
            rest = _strip_emphasis(m.group(2) or "")
            stamp = _TIMESTAMP.match(rest)          # "PRESIDENTE – FERNANDO: [00:02:15] Muchas gracias…"
            turns.append((people.clean_label(m.group(1)), [], _seconds(stamp) if stamp else None, number))
            rest = rest[stamp.end():] if stamp else rest
            _append(turns[-1][1], rest)
            sentence_ended = not rest or bool(_SENTENCE_END.search(rest))
            continue
        if turns:
            _append(turns[-1][1], _strip_emphasis(stripped))
        else:                   # a header's lines are each their own ("Apologies: …", then "Staff: …")
            preamble.append([_strip_emphasis(stripped)])
        sentence_ended = bool(_SENTENCE_END.search(stripped))
    raw = [RawTurn(label, "\n".join("".join(p) for p in paras), start, line=number)
           for label, paras, start, number in turns]
    return "\n".join("".join(p) for p in preamble), raw


def _seconds(stamp: re.Match) -> float:
    """ "[00:02:15]" -> 135.0; "[02:15]" -> 135.0."""
    parts = [int(x) for x in stamp.group(1).split(":")]
    return float(sum(x * 60 ** i for i, x in enumerate(reversed(parts))))


def _is_label(label: str, rest: str, after_sentence_end: bool) -> bool:
    """Upper-case, a few words, not a heading ("NOTE:", "ACTION ITEMS:"), and a lone word only
    where a sentence ended or for an interpreter (a capitalised "ICANN:" in mid-sentence is not
    someone speaking)."""
    name = people.clean_label(label)
    if re.search(r"\s[–—]\s", name):
        return False        # a dash with no role beside it: a heading ("PHASE 1 – PILOT (2026):"), not someone
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or _in_capitals(name) != name.upper() or len(name.split()) > 7 or rest.startswith("//"):
        return False
    if label != label.upper() and not (len(name.split()) > 1 and _role_beside(label)):
        return False        # lower case only in a role beside a name ("JANE DOE (ICANN staff)"; not "DNS (the …)")
    if _PARTICLE.search(name) and (re.search(r"\d", name) or _HEADING_NOUNS & set(fold(name).split())):
        return False        # particles in lower case in a heading, not a name ("PUNTO 3 de la AGENDA")
    if is_heading(name):
        return False
    # Interpreters do cut in mid-sentence ("INTERPRETER: we cannot hear the speaker").
    # ("ICANN:" is a role word too, but none who speaks)
    role = people.role_of(name)
    return after_sentence_end or len(name.split()) > 1 or role in (INTERPRETER, OPERATOR) or (
        role != MEMBER and not people.is_role(name))


def _in_capitals(text: str) -> str:
    """The text with "Mc"/"Mac" before a capital, and a name's particles between capitals, in
    capitals too ("GLENN McKNIGHT", "LUCÍA de la FUENTE" are all capitals)."""
    return _PARTICLE.sub(lambda m: m.group(0).upper(), _MC.sub(lambda m: m.group(0).upper(), text))


def is_heading(name: str) -> bool:
    """A line that looks like a label but heads a part of the transcript ("ROLL CALL", "AGENDA ITEM 1",
    "NARALO WEBINAR"): no one speaks, and what follows starts afresh."""
    folded = fold(name)
    return folded in lexicon.NOT_LABELS or bool(_CALL_TITLE.search(folded) or _NUMBERED_HEADING.match(folded))


# A header's fields before the first turn ("LUGAR: Zoom", "LANGUE : français", "DURATION: 90 minutes"),
# and the roles it may name someone for ("MODERADOR: Lucía de la Fuente"; "MODERATOR: Welcome,
# everyone." is someone speaking). Folded.
_HEADER_FIELDS = frozenset("""lugar lieu location local venue place idioma idiomas langue langues language languages
    lingua duracion duree duration duracao plataforma platform plateforme grabacion recording enregistrement gravacao
    horario horaire hours canal canais channel channels""".split()) | {"idioma original", "langue originale",
                                                                       "original language", "lingua original"}
_HEADER_ROLES = frozenset("""moderador moderadora moderator moderateur moderatrice relator relatora rapporteur
    rapporteuse""".split())     # (not "HOST": Zoom's name for whoever hosts, speaking)


def _header_field(label: str, rest: str) -> bool:
    """Is a label before the first turn a field of the header, not someone speaking? A role's
    field names someone: its words are a name's ("MODERADOR: Lucía de la Fuente"; "MODERATOR:
    Good evening everyone" speaks)."""
    folded = fold(people.clean_label(label))
    words = rest.split()
    return folded in _HEADER_FIELDS or (folded in _HEADER_ROLES and 1 <= len(words) <= 5 and all(
        w[:1].isupper() or w in lexicon.NAME_PARTICLES for w in words) and not _SENTENCE_END.search(rest))


def _role_beside(label: str) -> bool:
    """Is what a label writes in lower case a role or organisation beside the name: in brackets,
    or after a comma or dash and made of role words ("JANE DOE, ICANN staff")?"""
    outside = _in_capitals(re.sub(r"\([^()]*\)", " ", label))
    if outside == outside.upper():
        return True
    tail = re.split(r",|\s[–—-]\s", outside, maxsplit=1)
    if len(tail) != 2 or tail[0] != tail[0].upper():
        return False
    # "ICANN staff", "ALAC Member", "Chair of NARALO", "Vice-présidente d'AFRALO", "ISOC Argentina"
    words = fold(tail[1]).split()
    return people.is_role(tail[1]) or len(words) <= 5 and (
        any(w in lexicon.LABEL_ROLES for w in words) or bool(re.search(r"\b[A-Z]{2,}\b", tail[1])))


def _strip_emphasis(text: str) -> str:
    return _EMPHASIS.sub("", text).strip()


def _append(paragraphs: list[list[str]], line: str) -> None:
    if not line:
        return
    last = paragraphs[-1][-1] if paragraphs else ""
    # (a list item is a line of its own: "- Ana Silva" under "Participants:")
    if not paragraphs or _SENTENCE_END.search(last) or _LIST_LINE.match(line) or _LIST_LINE.match(paragraphs[-1][0]):
        paragraphs.append([line])
    elif last.endswith("-") and not last.endswith(" -"):
        paragraphs[-1].append(line)          # "cyber-" + "sécurité"
    else:
        paragraphs[-1].append(" " + line)    # a sentence cut by a page break or a line wrap


def build(raw: list[RawTurn], preamble: str = "", *, filename: str = "", path: str | None = None,
          date_order: str = "DMY") -> Transcript:
    """Put together a meeting from its turns: language, date, people, roll call, agenda."""
    full_text = "\n".join(t.text for t in raw)
    language = detect_language(full_text)
    opening_text = (preamble + "\n" + "\n".join(t.text for t in raw[:6]))[:OPENING_CHARS]

    file_date, file_time = opening.from_filename(filename)
    # (the call's own date: "Today is 12 October", not "our next call will be on 9 November" said first)
    date = opening.call_date(opening_text, language, file_date, date_order)
    if date is None or not opening.utc_times(opening_text):
        # Said in words: "martes, tres de noviembre de dos mil veintiséis", "vingt-trois heures UTC"
        # (in the transcript's language first: an opening may be in another).
        for lang in [language] + [x for x in lexicon.LANGUAGES if x != language]:
            said = opening.in_digits(opening_text, lang)
            if (date is None and opening.find_date(said, language)) or (date and opening.utc_times(said)):
                opening_text, date = said, date or opening.call_date(said, language, file_date, date_order)
                break
    if date and file_date and date != file_date and (date.year, date.month, date.day) == (
            file_date.year, file_date.day, file_date.month):
        date = file_date        # "10/12/2026" read day first, in a file named 2026-10-12: month first
    date = date or file_date
    if date is None:
        raise TranscriptError("no meeting date found in the opening or the file name "
                              "(expected e.g. 'Nous sommes le 20 juin 2016' or 2016-06-20 in the name)", path, code="no_date")
    start_utc = opening.find_utc_start(opening_text, date) or (
        dt.datetime.combine(date, file_time, tzinfo=dt.timezone.utc) if file_time and date == file_date else None)

    # (a roll call written before the first label, under "ROLL CALL:" or as "Present: …", counts too)
    roll = rollcall.read_roll_call(([RawTurn("", preamble)] if preamble.strip() else []) + list(raw))
    identities = identify(raw, roll)
    turns = tuple(
        Turn(index=i, speaker=identities.name_of(t.label), label=t.label, role=identities.role_of(t.label),
             text=t.text, person=identities.person_of(t.label), start=t.start, end=t.end)
        for i, t in enumerate(raw))
    attendance = attendance_of(roll, turns, identities)
    items = agenda_mod.read_agenda(raw, language, identities.resolve)
    return Transcript(date=date, start_utc=start_utc, group=opening.find_group(opening_text),
                      kind=opening.find_kind(opening_text), language=language, turns=turns,
                      people=identities.people(), attendance=attendance, agenda=tuple(items))
