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


@pytest.mark.parametrize("question, speaker, says", [
    # said in the sentence after the one on the mediation, in a long turn: quoted with it
    ("how long will the mediation take", "Humberto Carrasco", "entre quatre et six mois"),
    # "what time" is no topic ("so that we have time"): León's coronavirus meeting, tomorrow
    ("what time is the coronavirus meeting", "León Sanchez", "demain, il y aura une réunion"),
    # "community" is «communauté» (not NARALO's "community outreach event", which says no coronavirus)
    ("what time is the community meeting about coronavirus", "León Sanchez", "demain, il y aura une réunion"),
    ("¿a qué hora es la reunión con la comunidad sobre el coronavirus?", "León Sanchez", "demain, il y aura une réunion"),
    # how often: a sentence that says when or how often, not one with a number
    ("cada cuanto se reune el grupo idn de naralo", "Michael Chen", "every other Thursday"),
    # a number in the next sentence is no answer: numbers are everywhere («… trois thèmes»)
    ("how many funded seats for the abidjan workshop", "Yasmina Haddad", "douze places financées"),
    # how many: the sentence whose number counts the thing asked about, not an earlier one with a number
    ("how many connected objects in 2020", "Patricio Carranza", "5 milliards d'objets connectés"),
    ("¿cuántos objetos conectados hay?", "Patricio Carranza", "5 milliards d'objets connectés"),
])
def test_the_quote_gives_what_is_asked_for(archive, question, speaker, says):
    answer = archive.ask(question)
    assert ("passage", speaker, True) == (answer.kind, answer.sources[0].speaker, says in " ".join(answer.quote))


@pytest.mark.parametrize("question", ["¿cuál es el plazo para abidjan?", "qual é o prazo para abidjan?",
                                      "le délai pour abidjan ?", "what is the deadline for abidjan?"])
def test_a_deadline_word_finds_the_deadline_not_the_seats(archive, question):
    answer = archive.ask(question)
    assert ("Yasmina Haddad", True) == (answer.sources[0].speaker, "16 octobre" in " ".join(answer.quote))


def test_a_deadline_is_no_seat():
    # Spanish "plazo" (a deadline) stems as "plaza" (a seat) does: "plaza" names the seats as written.
    assert not {"plac", "seat"} & set(analysis.query_terms("el plazo"))
    assert {"plac", "seat"} <= set(analysis.query_terms("cuantas plazas"))


def test_a_number_counts_what_comes_right_after_it():
    from knowledge import asking
    terms = {"objet", "connect"}
    assert asking.counts("il y a 5 milliards d'objets connectés.", terms, "fr")
    assert not asking.counts("l'internet des objets est basé sur quatre piliers : premièrement, l'objet", terms, "fr")
    assert not asking.counts("le 12 octobre, les objets connectés", terms, "fr")     # a date's number counts nothing
    # A number of two words counts from its last: "la tercera parte de los formularios"
    assert asking.counts("menos de la tercera parte de los formularios aceptó", {"formulari"}, "es")
    assert not asking.counts("la tercera parte propone que haya más datos", {"formulari"}, "es")


@pytest.mark.parametrize("question, says", [
    # counted by a number of two words: not the sentence before it that counts forms too
    ("cuantos formularios aceptaron la direccion", "menos de la tercera parte"),
    ("cuantos formularios revisaron en el relevamiento", "unos cuarenta formularios"),
])
def test_how_many_quotes_the_count_of_what_is_asked(archive, question, says):
    answer = archive.ask(question)
    assert ("José Martínez", True) == (answer.sources[0].speaker, says in " ".join(answer.quote))


def test_again_is_not_new():
    # "de nuevo", "de novo" say "again": they name no entry of the glossary.
    assert "nouvel" not in analysis.query_terms("quien hablo de nuevo") + analysis.query_terms("quem falou de novo")
    assert "nouvel" in analysis.query_terms("cuantas ALS nuevas")


@pytest.mark.parametrize("question, kind", [
    ("cada cuanto se reune el grupo", "how_often"), ("de quanto em quanto se reune o grupo", "how_often"),
    ("how often do they meet", "how_often"),
    # not how often: how much, how many times (a count of mentions)
    ("cuanto dinero se aprobo", "how_many"), ("quanto custa", "how_many"), ("how many times was ipv6 mentioned", "how_many"),
])
def test_what_a_question_asks_for(question, kind):
    from knowledge import asking
    assert kind == asking.asked_for(question)


def test_how_often_is_said_by_when_or_how_often_not_by_a_number():
    from knowledge import asking
    assert asking.gives("how_often", "we meet every other Thursday at 17:00 UTC")
    assert asking.gives("how_often", "le groupe de travail s'est réuni deux fois")
    assert not asking.gives("how_often", "We hope to collect results from at least ten ALSes.")


@pytest.mark.parametrize("question, speaker, says", [
    ("what did mamadou sanogo say about african scripts", "Mamadou Sanogo", "écritures africaines"),
    ("qué dijo mamadou sobre las escrituras africanas", "Mamadou Sanogo", "écritures africaines"),
    ("qnd e a oficina de seguranca pra idosos", "Olivia Hartman", "seniors"),
    ("taller para personas mayores", "Olivia Hartman", "seniors"),
    ("who proposed a fact sheet on ipv6", "Jean-Baptiste Mukendi", "fiche d'information"),
])
def test_writing_systems_seniors_fact_sheets_and_liaisons_in_another_language(archive, question, speaker, says):
    # (were "I found nothing from Mamadou Sanogo on that", another workshop)
    answer = archive.ask(question)
    assert ("passage", speaker, True) == (answer.kind, answer.sources[0].speaker, says in " ".join(answer.quote))


def test_enlace_is_a_person_who_links_too():
    # "enlace" is a person who links too (Humberto, «notre liaison avec l'ALAC»), not only a link (was Vanda's «Le lien…»)
    assert "liaison" in analysis.query_terms("quien es el enlace de lacralo con el alac")


def test_words_like_the_new_entries_are_not_read_as_them():
    # "mayores" alone is "greater"; "por escrito" is "in writing", not a script; "ligação" a phone call
    assert "senior" not in analysis.query_terms("los mayores problemas")
    assert "ecritur" not in analysis.query_terms("enviar comentarios por escrito")
    assert "ecritur" in analysis.query_terms("as escritas africanas")
    assert "liaison" not in analysis.query_terms("a ligação caiu")
    assert "linguist" in analysis.query_terms("quien ofrecio ayuda con linguistas")
    assert "ecritur" in analysis.query_terms("african scripts") and "liaison" in analysis.query_terms("el enlace")


def test_a_number_is_searched_as_its_words_but_not_a_month_s_abbreviation():
    assert {"ten", "dix", "diez"} <= set(analysis.query_terms("dez pessoas faltaram"))     # a number's word: "ten" too
    assert {"three", "trois"} <= set(analysis.query_terms("les 3 webinaires"))
    assert not {"ten", "dix", "diez"} & set(analysis.query_terms("reuniao de 5 de dez"))     # December, no "ten"
