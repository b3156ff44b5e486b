"""What a file is before it is read as a meeting: no transcript at all, or two calls in one file."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from knowledge import formats, ingest, transcripts
from knowledge.errors import NotATranscript, TranscriptError

from conftest import DEMO, run_cli

MAX = 20_000_000

README = """# NARALO transcripts

Transcripts of the NARALO monthly calls, one file per call, as published by staff.

Note: files are named GROUP-YYYY-MM-DD-LANG.txt. Ask Claudia if one is missing.

TODO: add the September call.
"""
NOTES = """Notes for the next call

- Ask about the ALS survey results
NOTE: the Zoom link changed.
Action items: send the agenda by Friday.
"""
AGENDA = """NARALO Monthly Call – 9 November 2026, 19:00 UTC

AGENDA
1. Welcome and roll call (Claudia Ruiz, ICANN staff)
2. Chair's report: Tom Baker
3. Policy update: DNS abuse, presented by Rachel O'Connor

Zoom: https://icann.zoom.us/j/123
"""
AGENDA_ES = """**ORDEN DEL DÍA – Llamada mensual de LACRALO, lunes 21 de septiembre de 2026, 23:00 UTC**

PUNTO 1: Bienvenida y pase de lista
PUNTO 2: Informe del presidente (Sergio Salinas Porto)
"""


def _parse(tmp_path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return transcripts.parse(formats.read(tmp_path / name, MAX))


@pytest.mark.parametrize("name, text, code", [
    ("README.md", README, "no_date"),           # ("TODO: …" read as a turn, and no date)
    ("notes.txt", NOTES, "minutes"),            # (its heading says what it is)
    ("agenda-2026-11-09.txt", AGENDA, "agenda"),         # (a date, but no one speaks)
    ("orden-del-dia.md", AGENDA_ES, "agenda"),
])
def test_a_file_no_one_speaks_in_is_not_a_transcript(tmp_path, name, text, code):
    with pytest.raises(NotATranscript) as e:
        _parse(tmp_path, name, text)
    assert (code, True) == (e.value.code, e.value.reason.startswith("not a transcript"))


MIXED_CASE = "\n".join(
    ["Welcome to the NARALO monthly call on Monday, 12 October 2026."] * 3
    + [f"{who}: {said}" for who, said in [
        ("Claudia Ruiz", "Good evening, everyone, and welcome to the call. " * 8),
        ("Tom Baker", "Thank you, Claudia. Let us start with the first item. " * 8),
        ("Claudia Ruiz", "Thank you, Tom. The next item is the newsletter. " * 8),
        ("Tom Baker", "Thanks. Any questions before we close? " * 8)]]
    + ["CLOSING SURVEY: please answer the questions on screen."])


def test_a_transcript_whose_labels_are_not_read_still_fails(tmp_path):
    """People speak in it ("Claudia Ruiz: …" lines, two people, each more than once): a real
    failure to report, never a file quietly skipped."""
    with pytest.raises(TranscriptError) as e:
        _parse(tmp_path, "call.txt", MIXED_CASE)
    assert ("no_labels", False) == (e.value.code, isinstance(e.value, NotATranscript))


def test_a_conversation_without_a_date_still_fails(tmp_path):
    text = "TOM BAKER: Welcome, everyone.\n\nCLAUDIA RUIZ: Thank you, Tom.\n\nTOM BAKER: Let us start.\n"
    with pytest.raises(TranscriptError) as e:
        _parse(tmp_path, "call.txt", text)
    assert ("no_date", False) == (e.value.code, isinstance(e.value, NotATranscript))


# Transcripts in shapes Acta does not read as labels (no "JANE DOE:"): an Otter.ai export, names
# in brackets, names and a dash. Each is a failure to report, never a file quietly skipped.
SAID = [("Marc-André Gagnon", "Welcome everyone to the NARALO monthly call on 10 November 2026. It is 19:00 UTC."),
        ("Tamara Williams", "Thank you Marc-André. The agenda has three items today, first the outreach event."),
        ("Marc-André Gagnon", "Thank you Tamara. Ethan, the floor is yours."),
        ("Ethan Brooks", "Thanks. I want to talk about IPv6 adoption in rural areas again."),
        ("Marc-André Gagnon", "Thank you Ethan. Any questions? Seeing none, the call is adjourned.")]
SHAPES = {
    "otter": "NARALO monthly call\n\n" + "\n\n".join(f"{who}  0:{i:02d}\n{said}" for i, (who, said) in enumerate(SAID)),
    "bracket": "\n".join(f"[{who}] {said}" for who, said in SAID),
    "dash": "\n".join(f"{who} - {said}" for who, said in SAID),
    "timed": "\n".join(f"{who} (00:{i:02d}): {said}" for i, (who, said) in enumerate(SAID)),
}
UNDATED = "Welcome everyone to the NARALO monthly call on 10 November 2026."


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("opened", [True, False])
def test_a_transcript_in_another_shape_still_fails(tmp_path, shape, opened):
    """Its speakers' names start its lines again and again (and, ``opened``, the call is opened
    with its date): people speak in it, whether or not Acta reads who."""
    text = SHAPES[shape] if opened else SHAPES[shape].replace(UNDATED, "Good evening, everyone.")
    with pytest.raises(TranscriptError) as e:
        _parse(tmp_path, f"{shape}.txt", text)
    assert False is isinstance(e.value, NotATranscript), e.value.reason


def test_a_call_opened_in_a_shape_not_known_still_fails(tmp_path):
    text = "\n".join(f"{who} >> {said}" for who, said in SAID)
    with pytest.raises(TranscriptError) as e:
        _parse(tmp_path, "call.txt", text)
    assert False is isinstance(e.value, NotATranscript)


@pytest.mark.parametrize("text", [
    # An agenda's items with a presenter each, after a dash or in brackets: each name once.
    "NARALO agenda, 9 November 2026\n\nWelcome and Roll Call - Claudia Ruiz\nPolicy Update - Rachel O'Connor\n"
    "Outreach Report - Tom Baker\nAny Other Business - Tom Baker, chair\n",
    "[Draft] NARALO agenda\n[Item 1] Welcome\n[Item 2] Policy update\n[Item 3] Any other business\n",
    # Notes with times: "Roll call 19:00", one name.
    "Call notes\n\nRoll Call  19:00\nClaudia, Tom and Ana\n\nAction Items  19:30\nsend the agenda\n",
])
def test_an_agenda_or_notes_in_those_shapes_is_still_no_transcript(tmp_path, text):
    with pytest.raises(NotATranscript):
        _parse(tmp_path, "agenda.txt", text)


def _folder(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DEMO / "naralo-2026-10-12-en.txt", folder / "naralo-2026-10-12-en.txt")
    (folder / "README.md").write_text(README, encoding="utf-8")
    (folder / "agenda-2026-11-09.txt").write_text(AGENDA, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "unread.txt").write_text(MIXED_CASE, encoding="utf-8")
    return folder


def test_in_a_folder_what_is_no_transcript_is_skipped_and_real_failures_still_fail(store, tmp_path):
    folder = _folder(tmp_path)
    results = ingest.ingest_paths(store, [folder], max_bytes=MAX)
    assert {"README.md": ("skipped", "no_date"), "agenda-2026-11-09.txt": ("skipped", "agenda"),
            "empty.txt": ("failed", "empty"), "naralo-2026-10-12-en.txt": ("ingested", None),
            "unread.txt": ("failed", "no_labels")} == {
        os.path.relpath(r.path, folder): (r.status, r.code) for r in results}
    assert all(r.ok for r in results if r.status == "skipped")


def test_a_file_named_that_is_no_transcript_is_an_error(store, tmp_path):
    folder = _folder(tmp_path)
    result = ingest.ingest_paths(store, [folder / "README.md"], max_bytes=MAX)[0]
    assert ("failed", "no_date") == (result.status, result.code)
    assert result.error.startswith("not a transcript (no one speaks in it): no meeting date found")


def test_the_cli_reports_skipped_files_and_exits_0_when_nothing_failed(tmp_path):
    folder = _folder(tmp_path)
    for bad in ("empty.txt", "unread.txt"):
        (folder / bad).unlink()
    result = run_cli("--db", tmp_path / "acta.db", "ingest", folder, "--json")
    assert 0 == result.exit_code, result.stderr
    report = json.loads(result.stdout)
    assert {"ingested": 1, "replaced": 0, "unchanged": 0, "failed": 0, "skipped": 2} == {
        k: v for k, v in report.items() if k != "files"}
    readme = next(f for f in report["files"] if f["path"].endswith("README.md"))
    assert {"path", "status", "code", "reason"} == set(readme) and "skipped" == readme["status"]
    assert f"skipped   {folder / 'README.md'}: not a transcript" in result.stderr
    # A folder of nothing but notes is no folder of transcripts: said, and exit status 1.
    (folder / "naralo-2026-10-12-en.txt").unlink()
    result = run_cli("--db", tmp_path / "acta.db", "ingest", folder)
    assert 1 == result.exit_code and f"none of the 2 files is a transcript: nothing ingested from {folder}" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("--db", tmp_path / "acta.db", "ingest", empty)
    assert 1 == result.exit_code and f"no transcript files found in {empty}" in result.stderr
    # Named on its own, a file that is no transcript fails.
    result = run_cli("--db", tmp_path / "acta.db", "ingest", folder / "agenda-2026-11-09.txt")
    assert 1 == result.exit_code and "failed" in result.stderr


def test_a_nightly_run_over_transcripts_in_other_shapes_exits_1(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DEMO / "naralo-2026-10-12-en.txt", folder / "naralo-2026-10-12-en.txt")
    for shape in ("otter", "bracket", "dash"):
        (folder / f"{shape}-2026-11-10.txt").write_text(SHAPES[shape], encoding="utf-8")
    result = run_cli("--db", tmp_path / "acta.db", "ingest", folder, "--json")
    report = json.loads(result.stdout)
    assert (1, 1, 3, 0) == (result.exit_code, report["ingested"], report["failed"], report["skipped"])


# --- a call's minutes and agenda: written about a call, no one speaking in them ----------------------

MINUTES = """NARALO Monthly Call – 12 October 2026 – Minutes

PRESENT: Marc-André Gagnon, Tamara Williams, Ethan Brooks, Priya Raman
APOLOGIES: Linda Okonkwo

1. IPv6 in rural broadband networks
ETHAN BROOKS: presented the survey of rural providers.
ACTION ITEM: Ethan to circulate the survey results.

2. DNS abuse statement
PRIYA RAMAN: presented the draft; comments due 30 October.

3. Toronto outreach
NADINE TREMBLAY: 3 December, volunteers needed.
"""
NEXT_AGENDA = """NARALO Monthly Call – Monday, 14 December 2026 – 19:00 UTC
DRAFT AGENDA

1. Welcome and roll call
RACHEL O'CONNOR: roll call and housekeeping (5 min)
2. IPv6 deployment survey: results
ETHAN BROOKS: presentation of the results (15 min)
3. ALAC statement on DNS abuse
PRIYA RAMAN: final text and vote (20 min)
"""
RECORDS = {
    "minutes": MINUTES,
    "agenda": NEXT_AGENDA,
    "acta": "Acta de la reunión mensual de LACRALO\nLunes 21 de septiembre de 2026\n\n"
            "LUCÍA DE LA FUENTE: presentó el informe de la presidencia.\nTOMÁS ECHEVERRÍA: propuso el evento en Bogotá.\n"
            "JOSE MARTINEZ: pidió más información.\n",
    "compte-rendu": "Compte rendu de l'appel mensuel d'AFRALO – 5 octobre 2026\n\n"
                    "LÉA DUBOIS : a présenté le rapport.\nKOFFI MENSAH : a proposé un atelier.\n",
    "ordre-du-jour": "ORDRE DU JOUR – appel mensuel d'AFRALO, lundi 2 novembre 2026\n\n"
                     "LÉA DUBOIS : accueil (5 min)\nKOFFI MENSAH : atelier à Dakar (20 min)\n",
    "ata": "Ata da reunião mensal da LACRALO – 26 de outubro de 2026\n\n"
           "THIAGO NASCIMENTO: apresentou o relatório.\nBEATRIZ SOUZA: propôs um webinário.\n",
    "pauta": "Pauta – chamada mensal da LACRALO, 23 de novembro de 2026\n\n"
             "THIAGO NASCIMENTO: boas-vindas (5 min)\nBEATRIZ SOUZA: webinário (15 min)\n",
}


@pytest.mark.parametrize("name, code", [("minutes", "minutes"), ("agenda", "agenda"), ("acta", "minutes"),
                                        ("compte-rendu", "minutes"), ("ordre-du-jour", "agenda"),
                                        ("ata", "minutes"), ("pauta", "agenda")])
def test_a_calls_minutes_or_agenda_is_no_transcript(tmp_path, name, code):
    """Their lines are "NAME: …", but each says a line or two under a heading that names the
    document: the minutes' speakers are no turns, the next call's agenda no call."""
    with pytest.raises(NotATranscript) as e:
        _parse(tmp_path, f"{name}-2026-10-12.txt", RECORDS[name])
    assert (code, True) == (e.value.code, e.value.reason.startswith("not a transcript: its heading ("))


SHORT_CALL = """NARALO Monthly Call - 9 November 2026
Agenda: 1. Welcome 2. Toronto event 3. AOB

MARC-ANDRÉ GAGNON: Hello everyone, welcome to the NARALO monthly call. It is 19:00 UTC.
PRIYA RAMAN: Hi Marc-André, Priya here.
MARC-ANDRÉ GAGNON: Thanks Priya. Let's start with the Toronto event. Nadine?
NADINE TREMBLAY: The venue is confirmed for 3 December. Registration opens next week.
PRIYA RAMAN: Will there be travel support for the event?
NADINE TREMBLAY: Yes, for ten participants, with priority for new ALSes.
MARC-ANDRÉ GAGNON: Great. Any other business? I see no hands.
ETHAN BROOKS: Just a quick note, the IPv6 survey closes on Friday.
MARC-ANDRÉ GAGNON: Thank you Ethan. The call is adjourned. Goodbye everyone.
"""


def test_a_short_call_with_an_agenda_line_in_its_heading_is_a_transcript(tmp_path):
    # short turns, no date in the welcome, "Agenda:" above: people take the floor back after others
    transcript = _parse(tmp_path, "naralo-2026-11-09-en.txt", SHORT_CALL)
    assert (9, "2026-11-09") == (len(transcript.turns), transcript.date.isoformat())


def test_minutes_never_take_the_calls_place_in_a_folder(store, tmp_path):
    """Read before the transcript (sorted first) or after it, the minutes of the same day are
    skipped: the call keeps its id, no "-2"; the next call's agenda is no future meeting."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DEMO / "naralo-2026-10-12-en.txt", folder / "naralo-2026-10-12-en.txt")
    (folder / "a-minutes-2026-10-12.txt").write_text(MINUTES, encoding="utf-8")
    (folder / "z-minutes-2026-10-12.txt").write_text(MINUTES.replace("Linda", "Lynda"), encoding="utf-8")
    (folder / "naralo-2026-12-14-agenda.txt").write_text(NEXT_AGENDA, encoding="utf-8")
    results = ingest.ingest_paths(store, [folder], max_bytes=MAX)
    assert {"a-minutes-2026-10-12.txt": ("skipped", "minutes", None),
            "naralo-2026-10-12-en.txt": ("ingested", None, "naralo-2026-10-12-en"),
            "naralo-2026-12-14-agenda.txt": ("skipped", "agenda", None),
            "z-minutes-2026-10-12.txt": ("skipped", "minutes", None)} == {
        os.path.relpath(r.path, folder): (r.status, r.code, r.meeting_id) for r in results}
    assert ["naralo-2026-10-12-en"] == store.meeting_ids()
    # Named on the command line, minutes are an error (exit status 1), stored nowhere.
    result = run_cli("--db", tmp_path / "acta.db", "ingest", folder / "a-minutes-2026-10-12.txt")
    assert 1 == result.exit_code and "failed    " in result.stderr and "the minutes (or notes)" in result.stderr


CALL = ("TOM BAKER: Good evening, everyone. Welcome to the NARALO monthly call on Monday, 9 November 2026. It is "
        "19:00 UTC. On the call we have Sam Wu, Jane Doe and Ana Silva. We have apologies from Lee Park.\n\n"
        "JANE DOE: Thank you, Tom. Before we go to the agenda, a reminder that the survey closes on Friday, and "
        "that we still need volunteers for the outreach event in Toronto in December.\n\n"
        "TOM BAKER: Thank you, Jane. {said}\n\n"
        "SAM WU: Thanks, Tom. The IPv6 survey had forty answers from rural providers, most of them small, and "
        "most of them say that training is what they lack, more than equipment or money.\n\n"
        "TOM BAKER: Thank you, Sam. Any other business? Seeing none, the call is adjourned. Thank you all.\n")


@pytest.mark.parametrize("heading, said", [
    ("", "Let's go to the agenda. The first item is the IPv6 survey, presented by Sam, then the statement."),
    ("", "First, the minutes of the last meeting: the minutes of the October call were approved without changes, "
         "and the action items were all done."),
    # A transcript's heading may name its agenda (a link to it) or its minutes: people speak in it.
    ("NARALO Monthly Call\nMonday, 9 November 2026\nAgenda: https://community.icann.org/x/naralo\n\n", "Let us start."),
    ("NARALO Monthly Call – 9 November 2026 – Transcript and minutes\n\n", "Let us start."),
    ("AGENDA\n\n", "Let us start."),
])
def test_a_call_that_speaks_of_its_agenda_or_minutes_is_a_transcript(tmp_path, heading, said):
    call = _parse(tmp_path, "naralo-2026-11-09-en.txt", heading + CALL.format(said=said))
    assert ("2026-11-09", 5) == (call.date.isoformat(), len(call.turns))


def test_a_transcript_headed_as_an_agenda_but_spoken_at_length_is_a_transcript(tmp_path):
    """No welcome with its date, but long turns and a chair who takes the floor again and again:
    a call, whatever its first line says."""
    said = "Let us start with the survey, then the statement on DNS abuse, and then the outreach event, which needs " \
           "volunteers. Sam, the floor is yours for the survey."
    text = ("Draft agenda\n\n" + CALL.format(said=said)).replace(
        "Welcome to the NARALO monthly call on Monday, 9 November 2026.", "Welcome.")
    call = _parse(tmp_path, "naralo-2026-11-09-en.txt", text)
    assert 5 == len(call.turns)


# --- minutes written without a heading that names them: a welcome and a date, no one speaking -------

WRITTEN = {
    # prose only, no turns: its welcome written as the minutes' first line
    "prose": "Welcome to the NARALO monthly call of 12 October 2026.\n\nAttendees: Marc-André Gagnon, Tamara Williams, "
             "Ethan Brooks, Priya Raman\n\nDiscussion: the IPv6 survey of rural providers was presented; comments on "
             "the DNS abuse statement are due on 30 October.\n",
    # a few "NAME:" lines in an action-items list (read as three turns, stored as a 3-turn call before)
    "actions": "NARALO Monthly Call – 12 October 2026\n\nWelcome to the NARALO monthly call of 12 October 2026. The "
               "chair opened the call at 19:00 UTC.\n\nPresent: Marc-André Gagnon, Tamara Williams, Ethan Brooks\n\n"
               "Action items:\nETHAN BROOKS: circulate the survey results by 30 October.\n"
               "PRIYA RAMAN: send the final draft of the statement to the list.\n"
               "NADINE TREMBLAY: confirm the venue for the Toronto event.\n",
    # …in Title case, and one person with two items
    "title-case": "Welcome to the NARALO monthly call of 12 October 2026.\n\nNext steps\nEthan: circulate the survey "
                  "results.\nPriya: send the final draft.\nEthan: book the room for December.\n",
    "acuerdos": "Bienvenidos a la llamada mensual de LACRALO del lunes 21 de septiembre de 2026.\n\nAcuerdos:\n"
                "LUCÍA DE LA FUENTE: enviar el informe a la lista.\nTOMÁS ECHEVERRÍA: preparar el evento en Bogotá.\n",
}


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_minutes_that_welcome_to_the_call_in_writing_are_no_transcript(store, tmp_path, name):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / f"{name}.txt").write_text(WRITTEN[name], encoding="utf-8")
    result = ingest.ingest_paths(store, [folder], max_bytes=MAX)[0]
    assert ("skipped", "minutes") == (result.status, result.code)
    assert result.reason.startswith("not a transcript: it welcomes to a call in writing ('")
    # Named on the command line, it fails, saying why.
    result = ingest.ingest_paths(store, [folder / f"{name}.txt"], max_bytes=MAX)[0]
    assert ("failed", "minutes", True) == (result.status, result.code, "the minutes (or notes) of a call" in result.error)
    assert [] == store.meetings()


SHORT_4 = """NARALO Monthly Call - 9 November 2026
Agenda: 1. Welcome 2. Toronto event 3. AOB

MARC-ANDRÉ GAGNON: Hello everyone, welcome to the NARALO monthly call of 9 November 2026. It is 19:00 UTC.
PRIYA RAMAN: Hi Marc-André, Priya here.
NADINE TREMBLAY: The venue is confirmed for 3 December.
MARC-ANDRÉ GAGNON: Thank you Nadine. The call is adjourned.
"""
# Its welcome written above, as a title, and a section heading: its turns greet, thank and ask.
TITLED_4 = """Welcome to the NARALO monthly call of 9 November 2026
Action items

MARC-ANDRÉ GAGNON: Hello everyone. Shall we start with the Toronto event?
PRIYA RAMAN: Hi Marc-André, Priya here.
NADINE TREMBLAY: The venue is confirmed for 3 December.
MARC-ANDRÉ GAGNON: Thank you Nadine. The call is adjourned.
"""


@pytest.mark.parametrize("text, turns", [
    (SHORT_4, 4),
    (TITLED_4, 4),
    # A minutes' section but the welcome said by someone, not written ("Tom: Welcome…", ">> TOM: …").
    ("Summary\n\nTom Baker: Welcome to the NARALO monthly call of 9 November 2026.\n\n" + CALL.format(said="Go on."), 5),
    # A call whose roll call and apologies are written above the turns, its welcome written too, with
    # "Decisions:" in its heading: people speak at length in it.
    ("Welcome to the NARALO monthly call of 9 November 2026.\nDecisions: none\n\n" + CALL.format(said="Go on."), 5),
])
def test_a_short_call_with_a_written_welcome_or_a_section_line_is_a_call(tmp_path, text, turns):
    call = _parse(tmp_path, "naralo-2026-11-09-en.txt", text)
    assert ("2026-11-09", turns) == (call.date.isoformat(), len(call.turns))


@pytest.mark.parametrize("text", [
    # Its welcome written above its turns, "Action items:" below, but "Claudia Ruiz: …" people speaking
    "Welcome to the NARALO monthly call of 9 November 2026.\n\n" + SHAPES["timed"] + "\n\nAction items:\n"
    "Ethan: circulate the survey.\n",
    # A CART transcript's ">> NAME:": its welcome said by someone, not written
    "Action items\n\n>> TOM BAKER: Welcome to the NARALO monthly call of 9 November 2026. It is 19:00 UTC.\n"
    ">> JANE DOE: The survey closes on Friday.\n>> SAM WU: Forty answers so far.\n",
])
def test_a_transcript_in_another_shape_with_a_written_welcome_and_a_section_still_fails(tmp_path, text):
    """A transcript whose labels are not read, with a minutes' section line: a failure to report."""
    with pytest.raises(TranscriptError) as e:
        _parse(tmp_path, "call.txt", text)
    assert False is isinstance(e.value, NotATranscript), e.value.reason
