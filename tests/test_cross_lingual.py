"""Questions in one language about a call held in another: the glossary's everyday words and
places (``knowledge/glossary.py``), and what must not be read as them."""
from __future__ import annotations

import pytest

from knowledge import analysis


@pytest.mark.parametrize("question, speaker, says", [
    ("anything about brazil in 2016?", "Raitme Citterio", "brésiliennes"),
    ("o que o alberto soto disse sobre a saude dele", "Alberto Soto", "santé"),
    ("qui coordonne la contribution de naralo", "Priya Raman", "coordinate the NARALO input"),
    ("quem e o responsavel pelo grupo de capacitacao em 2020", "Sergio Salinas Porto", "responsable du groupe"),
    ("who lost the twitter password", "Lilian de Luque", "mot de passe de Twitter"),
    ("que porcentaje de participacion quieren alcanzar", "Harold Arcos", "pourcentage de 50 %"),
    ("what is the 5 year plan", "Sergio Salinas Porto", "plan quinquennal"),
    ("la encuesta de ethan separo proveedores inalambricos y de fibra?", "Ethan Brooks", "fiber"),
    ("will patricio come back", "Patricio Carranza", "revenir"),
])
def test_everyday_words_and_places_in_another_language(archive, question, speaker, says):
    answer = archive.ask(question)
    assert ("passage", speaker, True, frozenset()) == (
        answer.kind, answer.sources[0].speaker, says in " ".join(answer.quote), answer.flags & {"elsewhere"})


def test_glossary_words_that_are_other_words_too_are_not_searched():
    # Spanish "salud" greets ("saludos"), Portuguese "secretaria" stems as "secreto": they name
    # their entry, and are not searched for it.
    assert "sant" in analysis.query_terms("la salud de alberto")
    assert "salud" not in analysis.query_terms("sa santé")
    assert "sant" not in analysis.query_terms("saludos a todos")
    assert "secret" not in analysis.query_terms("le rapport du secrétariat")
    # May and March are no entries: "may" is a verb, "marco" a framework.
    assert "mai" not in analysis.query_terms("who may attend?")


def test_a_country_no_call_names_is_still_nothing(archive):
    assert "nothing" == archive.ask("anything about peru?").kind
