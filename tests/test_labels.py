"""Speaker labels and what only looks like one: headings, the call's title, acronyms defined,
voices; roles beside a name; a roll call before the first label; a file mostly unread."""
from __future__ import annotations

import pytest

from knowledge import formats, transcripts
from knowledge.errors import TranscriptError


@pytest.mark.parametrize("line", [
    "AGENDA ITEM 1: WELCOME", "ITEM 2: DNS ABUSE", "PUNTO 3: VARIOS", "POINT 2 : DIVERS", "ROLL CALL:",
    "CLOSING SURVEY:", "QUESTIONS AND ANSWERS:", "PRESENTATION: The new website", "DECISION: adopted",
    "TOPIC: outreach", "WEBINARIO DE LACRALO: INTRODUCCIÓN AL DNS", "NARALO WEBINAR: DNS ABUSE 101",
    "TRANSCRIPT: NARALO MONTHLY CALL", "JANE DOE, thank you: it was a pleasure.",
    "DNS (the domain name system): it is how names resolve.", "EPDP (phase 2): still open.",
    "NARALO, ICANN Staff: hello", "OUTCOME: agreed", "PREGUNTA DEL CHAT: ¿hay grabación?", "PRIMER PUNTO: presupuesto",
])
def test_headings_and_titles_are_no_speakers(line):
    _, turns = transcripts.split_turns(f"JANE DOE: Welcome.\n{line}\nJOHN SMITH: Thanks.")
    assert ["JANE DOE", "JOHN SMITH"] == [t.label for t in turns]


@pytest.mark.parametrize("label, name", [
    ("CHAIR OF THE MEETING", "CHAIR OF THE MEETING"), ("MEETING CHAIR", "MEETING CHAIR"), ("JOHN CALL", "JOHN CALL"),
    ("PETER APPEL", "PETER APPEL"), ("GUEST 1", "GUEST 1"), ("PANELIST 2", "PANELIST 2"),
    ("PRESIDENTE DE LA REUNIÓN", "PRESIDENTE DE LA REUNIÓN"), ("PRIYA RAMAN, ALAC Member", "PRIYA RAMAN"),
    ("AÏCHA BENALI, Vice-présidente d'AFRALO", "AÏCHA BENALI"), ("BOB SMITH, Chair of NARALO", "BOB SMITH"),
    ("ICANN STAFF (call host)", "ICANN STAFF"),
])
def test_people_whose_labels_look_like_headings_still_speak(label, name):
    _, turns = transcripts.split_turns(f"JANE DOE: Welcome.\n{label}: I agree.\nJOHN SMITH: Thanks.")
    assert ["JANE DOE", name, "JOHN SMITH"] == [t.label for t in turns]


@pytest.mark.parametrize("label, name", [
    ("LUCÍA de la FUENTE", "LUCÍA de la FUENTE"), ("JOÃO da SILVA", "JOÃO da SILVA"),
    ("RODRIGO de LA PARRA", "RODRIGO de LA PARRA"), ("PIETER van der BERG", "PIETER van der BERG"),
])
def test_a_names_particles_in_lower_case_between_capitals(label, name):
    _, turns = transcripts.split_turns(f"JANE DOE: Welcome.\n{label}: Gracias, Jane.\nJOHN SMITH: Thanks.")
    assert ["JANE DOE", name, "JOHN SMITH"] == [t.label for t in turns]


@pytest.mark.parametrize("line", ["ICANN de Lima: hello", "JANE de la: hi", "Lucía de la FUENTE: hola",
                                  "PUNTO 3 de la AGENDA: ALS", "RESUMEN de la LLAMADA: se aprobó",
                                  "COMENTARIOS de la COMUNIDAD: nada", "DNS y IDN: two topics today"])
def test_lower_case_words_other_than_particles_between_capitals_are_no_label(line):
    _, turns = transcripts.split_turns(f"JANE DOE: Welcome.\n{line}\nJOHN SMITH: Thanks.")
    assert ["JANE DOE", "JOHN SMITH"] == [t.label for t in turns]


@pytest.mark.parametrize("header", [
    "LUGAR: Zoom", "IDIOMA: ESPAÑOL", "DURACIÓN: 90 minutos", "LOCATION: Zoom", "LANGUAGE: English",
    "LANGUE : français", "DURÉE : 1 h 30", "PLATAFORMA: Zoom", "GRABACIÓN: sí", "HORÁRIO: 22:00 UTC",
    "MODERADOR: Lucía de la Fuente", "MODERATOR: Jane Doe", "IDIOMA ORIGINAL: español",
])
def test_a_headers_fields_before_the_first_turn_name_no_one(header):
    preamble, turns = transcripts.split_turns(f"TRANSCRIPT\n{header}\nJANE DOE: Welcome.\nJOHN SMITH: Thanks.")
    assert ["JANE DOE", "JOHN SMITH"] == [t.label for t in turns] and header in preamble


@pytest.mark.parametrize("first", ["MODERATOR: Welcome, everyone, to the call.", "MODERATOR: Good evening everyone",
                                   "MODERADORA: Buenas noches a todos", "HOST: Welcome everyone to the call"])
def test_a_moderator_speaking_is_someone_and_fields_later_are_what_they_are(first):
    _, turns = transcripts.split_turns(f"{first}\nJANE DOE: Thanks.\nMODERADOR: Gracias a todos.")
    assert [first.split(":")[0], "JANE DOE", "MODERADOR"] == [t.label for t in turns]


def test_after_a_heading_a_one_word_label_speaks():
    _, turns = transcripts.split_turns("HUMBERTO CARRASCO: Gracias por el informe de capacidades\n"
                                       "PUNTO 2: EVENTO EN BOGOTÁ\nPRESIDENTE: Lucía, ¿nos cuentas del evento?")
    assert ["HUMBERTO CARRASCO", "PRESIDENTE"] == [t.label for t in turns]


def test_a_roll_call_written_before_the_first_label_is_read():
    text = ("NARALO monthly call, 11 January 2027, 19:00 UTC\nROLL CALL:\nPresent: Eduardo Diaz, Marita Moll\n"
            "Apologies: Bill Jouris, Joanna Kulesza\nStaff: Heidi Ullrich\n"
            "EDUARDO DIAZ: Welcome everyone to the call.\nMARITA MOLL: Thank you, Eduardo.\n")
    call = transcripts.parse(formats.from_bytes(text.encode(), "naralo-2027-01-11-en.txt"))
    assert [("Bill Jouris", "apology"), ("Eduardo Diaz", "present"), ("Heidi Ullrich", "staff"),
            ("Joanna Kulesza", "apology"), ("Marita Moll", "present")] == sorted((a.name, a.status) for a in call.attendance)


def test_an_operator_or_interpreter_cuts_in_where_no_sentence_ended():
    _, turns = transcripts.split_turns("NARALO Monthly Call\nTranscript – December 7, 2026\nOPERATOR: Welcome, the "
                                       "recording has started.\nJANE DOE: Hi, and\nICANN: is a role word, not a speaker.")
    assert [("OPERATOR", "Welcome, the recording has started."), ("JANE DOE", "Hi, and ICANN: is a role word, not a speaker.")
            ] == [(t.label, t.text) for t in turns]


@pytest.mark.parametrize("label", ["MALE SPEAKER", "FEMALE VOICE", "VOZ FEMENINA", "SEVERAL VOICES", "ALL",
                                   "PLUSIEURS VOIX"])
def test_voices_are_no_members(label):
    t = transcripts.build([transcripts.RawTurn("JANE DOE", "Welcome to the call of 12 October 2026."),
                           transcripts.RawTurn(label, "Thank you.")])
    assert ["member", "unidentified"] == [turn.role for turn in t.turns]
    assert ["Jane Doe"] == t.speakers           # no one joined late, counts in participation, …


def test_a_file_mostly_before_its_first_label_is_refused():
    said = " ".join(["We discussed the budget and the outreach plan at length."] * 12)
    text = f"LACRALO monthly call, 4 May 2026\nClaudia Ruiz: Welcome. {said}\nEduardo Diaz: {said}\nVANDA: Thanks."
    with pytest.raises(TranscriptError, match="most of the file comes before the first speaker label read") as e:
        transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    assert "mostly_unread" == e.value.code
    short = "LACRALO monthly call\nHeld on 4 May 2026, 19:00 UTC, with interpretation.\nJANE DOE: Welcome.\nVANDA: Thanks."
    assert 2 == len(transcripts.parse(formats.from_bytes(short.encode(), "lacralo-2026-05-04-en.txt")).turns)


def test_what_a_label_given_whole_says_beside_the_name_is_searched_not_shown(tmp_path):
    """Labels given whole (QMSum's "Right Hon. Justin Trudeau (Prime Minister)") index their role with
    the name; the name shown is the name."""
    import json

    from knowledge import analysis, evaluation
    from knowledge.store import Store

    (tmp_path / "meetings.jsonl").write_text(json.dumps({"meeting_id": "covid_x", "turns": [
        {"speaker": "Right Hon. Justin Trudeau (Prime Minister)", "text": "We moved quickly on the emergency benefit."},
        {"speaker": "Jane Doe", "text": "Thank you for the emergency benefit."}]}) + "\n", encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        evaluation.load_qmsum(store, tmp_path / "meetings.jsonl")
        rows = store.db.execute("SELECT turn_idx, tokens FROM passages ORDER BY turn_idx").fetchall()
        assert set(analysis.analyze("prime minister", "en")) <= set(rows[0][1].split())
        assert not set(analysis.analyze("prime minister", "en")) & set(rows[1][1].split())
        assert "Justin Trudeau" in store.meeting("covid_x").turns[0].speaker
