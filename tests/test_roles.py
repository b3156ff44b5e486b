""""Who is X?", "What is X's role?", "¿Quién es el enlace con el ALAC?": the roles the turns give people
(an apposition, "X is our chair", "He is our liaison…") and what they did in the meetings."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import roles
from knowledge.models import MEMBER, Turn

NAMES = {1: "Tomás Echeverría", 2: "Lucía de la Fuente", 3: "Humberto Carrasco", 4: "Carlos Medina", 5: "Carlos Reyes"}


def _said(*texts: str) -> dict[str, list[str]]:
    turns = [Turn(i, "Lucía de la Fuente", "LUCÍA DE LA FUENTE", MEMBER, text) for i, text in enumerate(texts)]
    return {person: [s.words for s in said] for person, said in roles.stated(turns, "m", NAMES).items()}


def test_a_role_is_read_from_an_apposition_a_predicate_or_a_pronoun_after_the_name():
    assert {"Tomás Echeverría": ["nuestro secretario"]} == _said(
        "Le doy la palabra a Tomás Echeverría, nuestro secretario, para que lea el orden del día.")
    assert {"Tomás Echeverría": ["our secretary"]} == _said("Tomas is our secretary.")
    assert {"Humberto Carrasco": ["notre liaison avec l'ALAC"]} == _said(
        "Humberto n'est pas là. Il n'a pas pu participer. Il est notre liaison avec l'ALAC donc voilà.")


def test_a_role_next_to_another_name_is_not_given_to_the_one_asked_about():
    # (the role is Tomás's: Lucía is named first, Carlos last before "he", a Carlos of two is no one)
    assert {"Tomás Echeverría": ["our secretary"]} == _said("Lucía, Tomás Echeverría, our secretary, will read it.")
    assert {"Carlos Medina": ["our chair"]} == _said("Tomás spoke to Carlos Medina. He is our chair.")
    assert {} == _said("Tomás spoke to Carlos. He is our chair.", "The secretary was late, Humberto.")
    assert {} == _said("Humberto said our secretary will send it.")     # (no apposition: said of no one)
    assert {} == _said("Carlos, our chair, opened the call.")      # (which Carlos?)


@pytest.mark.parametrize("question, expected", [
    ("q rol tiene tomas echeverria", ["Tomás Echeverría"]),
    ("Quel est le rôle de Humberto Carrasco ?", ["Humberto Carrasco"]),
    ("who is humberto carrasco", ["Humberto Carrasco"]),
    ("que hace tomas", ["Tomás Echeverría"]),
    ("What is Lucía's role?", ["Lucía de la Fuente"]),
    ("Who is Carlos?", ["Carlos Medina", "Carlos Reyes"]),
    # not who someone is: no one's name, or more than the name in the slot
    ("Who is the chair?", None), ("Qui est présent ?", None), ("who is humberto's replacement", None),
    ("What does the ALAC do?", None), ("Who is Batman?", None),
])
def test_who_is_asked_about(question, expected):
    assert expected == roles.asked_about(question, NAMES)


def test_the_role_asked_for_is_read_in_any_language():
    assert ["liaison", "secretary", "chair", None, None] == [roles.role_asked(q) for q in (
        "quien es el enlace de lacralo con el alac", "Qui est notre secrétaire ?", "who is the chair",
        "who is humberto", "Quién es el que habló de IPv6?")]


def test_who_is_someone_gives_the_role_said_and_what_they_did(archive):
    answer = archive.ask("q rol tiene tomas echeverria")
    assert ("role", [("nuestro secretario", "Lucía de la Fuente", "lacralo-2026-09-21-es")]) == (
        answer.kind, answer.names["roles"])
    text = render.plain(answer)
    assert "Tomás Echeverría, según las transcripciones:" in text
    assert "llamada mensual de LACRALO, 21 de septiembre de 2026: leyó el orden del día; tomó la palabra una vez" in text


def test_who_is_someone_no_turn_gives_a_role_says_so_and_what_they_did(archive):
    text = render.plain(archive.ask("quel est le role de aicha benali"))
    assert text.startswith("Les transcriptions ne disent pas quel est le rôle de Aïcha Benali.")
    assert "a lu l'ordre du jour; a présenté «Rapport du secrétariat»" in text


def test_who_holds_a_role_is_whom_a_turn_gives_it(archive):
    answer = archive.ask("quien es el enlace de lacralo con el alac")
    assert (["Humberto Carrasco"], [("notre liaison avec l'ALAC", "Alberto Soto", "lacralo-2020-02-17-fr")]) == (
        answer.names["person"], answer.names["roles"])
    assert "llamada mensual de LACRALO, 20 de junio de 2016: presidió" in render.plain(answer)


def test_who_is_a_first_name_of_several_asks_which_one(archive):
    answer = archive.ask("who is carlos")
    assert "which_person" == answer.kind
    assert {"Carlos Medina", "Carlos Mendoza"} <= set(answer.names["persons"])


def test_who_is_someone_staff_says_so_and_that_they_read_the_roll_call(archive):
    assert render.plain(archive.ask("qui est léa dubois")).endswith(
        "– appel mensuel d'AFRALO, 5 octobre 2026: membre du personnel, d'après l'appel; "
        "a fait l'appel; a pris la parole 6 fois")


def test_who_is_someone_lists_their_latest_meetings_and_counts_the_others(archive, monkeypatch):
    assert "earlier meeting" not in render.plain(archive.ask("who is humberto carrasco"))
    monkeypatch.setattr(roles, "MAX_MEETINGS", 1)
    answer = archive.ask("who is humberto carrasco")
    assert ["lacralo-2020-02-17-fr"] == [d[0] for d in answer.names["did"]]
    assert render.plain(answer).endswith("– LACRALO monthly call, 17 February 2020: took the floor once\n"
                                         "… and one earlier meeting")


def test_the_sieve_finds_a_name_however_accented_or_cased_and_no_other_word():
    pattern = roles.sieve(["Aicha", "tomas"])
    assert [True, True, True, False, False] == [bool(pattern.search(text)) for text in (
        "AÏCHA a lu l'ordre du jour", "Tomás dijo", "con TOMÁS", "Tom y Aisha", "Thomas")]


def test_who_is_someone_staff_opens_with_it_not_with_no_role_said(archive):
    # (was «The transcripts do not say what Daniel Whitfield's role is.», then "staff, as the roll call says")
    for question, opening in (("who is daniel whitfield", "Daniel Whitfield is staff, as the roll call says.\n"),
                              ("qui est léa dubois", "Léa Dubois fait partie du personnel, d'après l'appel.\n")):
        assert render.plain(archive.ask(question)).startswith(opening)
    assert render.plain(archive.ask("who is humberto carrasco")).startswith("Humberto Carrasco, as the transcripts say:")
