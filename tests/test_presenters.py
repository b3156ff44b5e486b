"""Who presented an agenda item: named by its title in any language or by its place, from the agenda or the turns."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import agenda_places, follow_up_words


@pytest.mark.parametrize("question", ["Who presented the mitigation plan?", "¿Quién presentó el plan de mitigación?",
                                      "Qui a présenté le plan d'atténuation ?"])
def test_who_presented_an_item_comes_from_the_agenda(archive, question):
    answer = archive.ask(question)
    assert ("presenter", "lacralo-2016-06-20-fr") == (answer.kind, answer.meeting.id)
    assert [("Présentation du plan de mitigation pour LACRALO", "Rodrigo Saucedo")] == answer.names["presenter"]


@pytest.mark.parametrize("question, presenter", [
    # The French item matches every word once "working group" is "groupe de travail"; the English
    # "IDN working group report" lacks "communication".
    ("Who presented the communication working group report?", "Lilian de Luque"),
    ("¿Quién presentó el informe de comunicación?", "Lilian de Luque"),
    ("quem fez o relatorio do grupo de formação em 2020?", "Adrian Carballo"),
    ("Who gave the capacity building report at AFRALO?", "Koffi Mensah"),
])
def test_who_presented_a_report_named_in_another_language(archive, question, presenter):
    answer = archive.ask(question)
    assert ("presenter", presenter) == (answer.kind, answer.names["presenter"][0][1])


@pytest.mark.parametrize("question", ["quem apresentou o webinar sobre internet das coisas em 2020?",
                                      "Who presented the webinar on the internet of things in 2020?",
                                      "¿Quién presentó el webinar sobre el internet de las cosas en 2020?",
                                      "Qui a présenté le webinaire sur l'internet des objets en 2020 ?"])
def test_a_webinar_that_is_no_meeting_is_an_item_of_that_years_meeting(archive, question):
    answer = archive.ask(question)
    assert ("presenter", "lacralo-2020-02-17-fr", "Patricio Carranza") == (
        answer.kind, answer.meeting.id, answer.names["presenter"][0][1])


@pytest.mark.parametrize("question", ["Who presented the webinar on the internet of things in 2019?",
                                      "Who attended the webinar in 2020?"])
def test_a_webinar_in_a_year_without_meetings_or_not_asked_who_presented_is_none(archive, question):
    assert "no_meeting" == archive.ask(question).kind


def test_who_presented_answers_with_the_title_in_the_members_language(archive):
    spanish = archive.ask("¿Quién presentó el plan de difusión?")
    english = archive.ask("Who presented the outreach plan?")
    assert ["Plan de difusión para las ALS del Caribe"] == [t for t, _ in spanish.names["presenter"]]
    assert "Daniela Rojas presented “Outreach plan for the Caribbean ALSes”" in render.plain(english)


def test_who_presented_gives_every_item_that_matches_as_well(archive):
    answer = archive.ask("Who presented IPv6?")
    assert "several" == answer.kind
    assert ["naralo-2026-10-12-en", "afralo-2026-10-05-fr"] == [p.meeting.id for p in answer.parts]


@pytest.mark.parametrize("question, meeting, said", [
    # Without a meeting named: the latest (the Portuguese webinar), its title as the agenda has it.
    ("Who presented the first item?", "lacralo-webinar-2026-10-26-pt",
     "João da Silva presented “Apresentação sobre nomes de domínio internacionalizados”"),
    ("Qui a présenté le deuxième point de l'appel de juin 2016 ?", "lacralo-2016-06-20-fr",
     "Raitme Citterio a présenté « Présentation sur la cybersécurité pour l'Amérique latine"),
    # The last item is not "any other business"; the agenda named no one for it.
    ("¿Quién presentó el último tema de la llamada de NARALO?", "naralo-2026-10-12-en",
     "Tamara Williams presentó «Update on the NARALO newsletter» (el orden del día no nombraba a nadie"),
    ("Quem apresentou o terceiro ponto da pauta da chamada da AFRALO?", "afralo-2026-10-05-fr", "Mamadou Sanogo apresentou «"),
    ("Qui a présenté le 2e point de la réunion AFRALO ?", "afralo-2026-10-05-fr", "Koffi Mensah a présenté"),
    ("Who presented item 2 of the AFRALO call?", "afralo-2026-10-05-fr", "Koffi Mensah presented"),
    ("¿Quién presentó el 2º tema de la llamada de AFRALO?", "afralo-2026-10-05-fr", "Koffi Mensah presentó"),
])
def test_who_presented_an_item_named_by_its_place(archive, question, meeting, said):
    answer = archive.ask(question)
    assert ("presenter", meeting) == (answer.kind, answer.meeting.id) and said in render.plain(answer), render.plain(answer)
    assert answer.sources and answer.sources[0].speaker == answer.names["presenter"][0][1]


def test_a_report_is_also_an_update(archive):
    answer = archive.ask("Who gave the capacity building report?")
    given = {p.names["presenter"][0][1] for p in answer.parts}
    assert {"Koffi Mensah", "Carlos Medina"} <= given           # "Update from the capacity building working group"


def test_an_item_named_by_its_place_and_topic_is_found_by_its_topic(archive):
    answer = archive.ask("Who presented the first agenda item on DNS abuse?")
    assert "Priya Raman" in {p.names["presenter"][0][1] for p in (answer.parts or (answer,))}
    assert agenda_places.ordinal_item("Quem apresentou na quinta temas sobre IPv6?") is None     # Thursday
    assert 5 == agenda_places.ordinal_item("Quem apresentou o quinto tema?")


@pytest.mark.parametrize("question, place", [
    ("¿Quién presentó el 2do?", 2), ("Qui a présenté le 2e ?", 2), ("Who presented the second?", 2), ("Quem apresentou o 3º?", 3),
    ("Who presented the second one?", 2), ("Quem apresentou o primeiro?", 1), ("Who presented the first one?", 1), ("Who presented the one on IPv6?", None),
    ("Who presented on the 2nd one?", None),
    ("Who presented the budget?", None), ("Who presented in the second half?", None), ("Quem apresentou na quinta?", None),
    ("Who presented on the 5th?", None), ("¿Quién presentó en el 5?", None), ("Quem apresentou no 2º?", None),
])
def test_an_item_named_by_its_place_alone(archive, question, place):
    assert place == agenda_places.ordinal_item(question)
    if place:
        latest = archive.store.meetings()[-1]
        answer = archive.ask(question)
        assert ("presenter", latest.id) == (answer.kind, answer.meeting.id)


def test_an_item_the_agenda_does_not_have_gets_the_agenda(archive):
    answer = archive.ask("Who presented the tenth item of the NARALO call?")
    assert ("agenda", "naralo-2026-10-12-en") == (answer.kind, answer.meeting.id)


def test_who_presented_something_no_item_is_about_goes_to_search(archive):
    assert "presenter" != archive.ask("Who presented the budget of the moon?").kind


def test_who_presented_an_item_nobody_was_announced_for_is_who_said_most_of_it(answerer):
    # The matching agenda item names no presenter; another item that does is not the answer:
    # Raitme Citterio said most of the cybersecurity item, and the answer says how it was told.
    for question, said in (("Qui a présenté la cybersécurité en Amérique latine ?", "l'ordre du jour ne nommait personne"),
                           ("¿Quién presentó la ciberseguridad en América Latina?", "el orden del día no nombraba a nadie")):
        answer = answerer.ask(question)
        assert ("presenter", ["Raitme Citterio"]) == (answer.kind, answer.names["led"])
        assert "Raitme Citterio" == answer.sources[0].speaker
        assert render.plain(answer).startswith("Raitme Citterio") and said in render.plain(answer)


def test_who_presented_an_item_the_chair_took_himself(archive):
    # "Passons au point suivant, la préparation de l'atelier régional. Je vais en parler moi-même."
    answer = archive.ask("Who presented the preparation of the Abidjan workshop?")
    assert ("presenter", "Ousmane Ndiaye", "afralo-2026-10-05-fr") == (answer.kind, answer.names["led"][0], answer.meeting.id)
    assert "Ousmane Ndiaye" == answer.sources[0].speaker and "Abidjan" in answer.sources[0].text


def test_an_item_no_one_said_most_of_is_searched_in_its_meeting(answerer):
    # "Restez dans la salle Zoom pour remplir le questionnaire": a line, not a presentation.
    answer = answerer.ask("Qui a présenté le point sur la salle Zoom ?")
    assert ("passage", "lacralo-2020-02-17-fr") == (answer.kind, answer.sources[0].meeting_id)


def test_a_presenter_who_never_spoke_was_down_to_present(answerer):
    answer = answerer.ask("Who presented the IDN report?")
    assert ("presenter", ["Sylvia Herlein Leite"], ()) == (answer.kind, answer.names["absent"], answer.sources)
    assert ["Sylvia Herlein Leite"] == answer.names["apologised"]       # she sent apologies
    assert render.plain(answer).startswith("Sylvia Herlein Leite was down to present “Rapport sur les IDN” but sent apologies")


def test_a_presenters_turn_is_the_source(archive):
    answer = archive.ask("Who presented universal acceptance in September 2026?")
    assert [("José Martínez", "2026-09-21")] == [(h.speaker, h.date) for h in answer.sources]
    assert "universal acceptance" in answer.sources[0].text
    assert render.answer_json(answer)["sources"][0]["speaker"] == "José Martínez"


def test_who_presented_is_the_question_not_a_clause_of_it(archive):
    asked = archive.ask("What did the person who presented the draft policy comment say about registrars?")
    assert "presenter" != asked.kind
    dated = archive.ask("Who presented universal acceptance in September 2026?")
    assert ("presenter", "José Martínez") == (dated.kind, dated.names["presenter"][0][1])


def test_who_presented_an_item_whose_agenda_names_no_one_is_who_took_it(archive):
    # NARALO, 12 Oct 2026: "Update on the NARALO newsletter" has no presenter on the agenda;
    # the chair hands over ("Tamara, I believe you have an update on that.") and Tamara speaks.
    answer = archive.ask("Who presented the newsletter update?")
    assert ("presenter", ["Tamara Williams"]) == (answer.kind, answer.names["led"])
    assert [("naralo-2026-10-12-en", "Tamara Williams")] == [(h.meeting_id, h.speaker) for h in answer.sources]
    assert "The fall edition of the newsletter is almost ready." in answer.sources[0].text


def test_an_acronym_and_its_words_are_one_agenda_item(archive):
    # "IDN" is "Internationalized domain names": only Michael Chen's item holds every word.
    answer = archive.ask("Who presented the IDN working group report?")
    assert ("presenter", [("Internationalized domain names working group report", "Michael Chen")]) == \
        (answer.kind, answer.names["presenter"])


@pytest.mark.parametrize("first, then, presenter", [
    ("quien presento el primer punto de la de afralo?", "y el segundo?", "Koffi Mensah"),
    ("quien presento el primer punto de la de afralo?", "¿Y el tercero?", "Mamadou Sanogo"),
    ("Qui a présenté le premier point de la réunion AFRALO ?", "Et le deuxième ?", "Koffi Mensah"),
    ("Agenda of the NARALO call", "And the second one?", "Priya Raman"),
    ("Quem apresentou o primeiro ponto da NARALO?", "E o terceiro ponto?", "Nadine Tremblay"),
    ("Agenda of the NARALO call", "and item 4?", "Michael Chen"),
    ("Who presented the second item of the NARALO call?", "and the next one?", "Nadine Tremblay"),
    ("Who presented the fourth item of the NARALO call?", "¿y el anterior?", "Nadine Tremblay"),
    ("Agenda of the NARALO call", "Who presented the second one?", "Priya Raman"),
])
def test_an_item_named_by_its_place_after_an_agenda_is_of_that_meeting(archive, first, then, presenter):
    from bot.dialogue import Dialogue, Member
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "es", chat=-100)
    talk.question(first, ana)
    answer = archive.ask(then, context=talk.conversations.on(-100, 1))
    assert ("presenter", presenter) == (answer.kind, answer.names["presenter"][0][1])


@pytest.mark.parametrize("question, place", [
    ("y el segundo?", 2), ("Et le troisième ?", 3), ("And the last one?", -1),
    ("E o terceiro ponto?", 3), ("and the second speaker?", None), ("el segundo día", None),
    ("Who presented?", None), ("first", 1),
    # numbered
    ("and the 3rd?", 3), ("y el numero 3?", 3), ("and item 3?", 3), ("el 2do?", 2), ("et le 2e ?", 2),
    ("e o 4o?", 4), ("y el n° 5?", 5), ("and #3?", 3), ("3?", 3),
    ("and the 10th?", 10), ("y el 10?", 10), ("y el 4to?", 4), ("and the 3 speakers?", None), ("y el 2 de octubre?", None), ("and 2020?", None), ("and 50%?", None),
    # from the item talked about (the second)
    ("and the next one?", 3), ("¿y el siguiente?", 3), ("et le suivant ?", 3), ("e o próximo?", 3),
    ("and the previous one?", 1), ("¿y el anterior?", 1),
])
def test_an_item_place_alone(question, place):
    assert place == follow_up_words.item_place(question, current=2)


@pytest.mark.parametrize("question, follow_up, place", [
    ("Who presented the 21st?", "and the 21st?", 21), ("Who presented on the 21st?", "and on the 21st?", None),     # a day
    ("¿Quién presentó el 9no?", "¿y el 9no?", 9), ("¿Quién presentó en el 5to?", "¿y en el 5to?", None),
    ("¿Quién presentó en el 5?", "¿y en el 5?", None),
    ("Qui a présenté le dernier ?", "Et le dernier ?", -1), ("Who presented, no, the second?", "no, the second one?", 2),
])
def test_a_place_reads_the_same_asked_and_followed_up(question, follow_up, place):
    assert place == agenda_places.ordinal_item(question) == follow_up_words.item_place(follow_up, current=2)


@pytest.mark.parametrize("then, says", [
    ("and the 6th?", "The agenda names no one for “Any other business”."), ("and the 9th?", "The agenda has no item 9."),
])
def test_an_item_no_one_presented_is_said_before_the_agenda(archive, then, says):
    from bot import render
    from bot.dialogue import Dialogue, Member
    talk = Dialogue(archive.store, archive)
    talk.question("Who presented the first item of the NARALO call?", Member(1, "en", chat=-100))
    answer = archive.ask(then, context=talk.conversations.on(-100, 1))
    text = render.plain(answer)
    assert "agenda" == answer.kind and text.startswith(says) and "6. Any other business" in text


def test_no_next_item_without_an_item_talked_about():
    assert follow_up_words.item_place("and the next one?") is None and follow_up_words.item_place("¿y el anterior?", 1) is None


@pytest.mark.parametrize("question, presenter, title", [
    ("what did koffi present?", "Koffi Mensah", "Rapport du groupe de travail sur le renforcement des capacités"),
    ("qu'a présenté Koffi ?", "Koffi Mensah", "Rapport du groupe de travail sur le renforcement des capacités"),
    ("¿Qué presentó Patricio?", "Patricio Carranza", "Webinaire sur le DNS et l'internet des objets"),
    ("o que apresentou a Beatriz?", "Beatriz Gonçalves", "Preparação para a aceitação universal nos sites de governo da região"),
])
def test_what_someone_presented_is_on_the_agenda(archive, question, presenter, title):
    answer = archive.ask(question)
    assert ("presenter", [(title, presenter)]) == (answer.kind, answer.names["presenter"])
    assert presenter == answer.sources[0].speaker


@pytest.mark.parametrize("question", ["what did koffi present about IPv6?", "Qué presentó?", "what did the group present?",
                                      "What did Aïcha say?"])
def test_what_someone_presented_only_of_someone_and_no_topic(archive, question):
    assert "presenter" != archive.ask(question).kind


@pytest.mark.parametrize("question, marked", [
    ("What is the agenda of the NARALO call?", "— Tamara Williams (the agenda named no one; they said most of it)"),
    ("¿Cuál es el orden del día de la llamada de NARALO?", "— Tamara Williams (el orden del día no nombraba a nadie"),
    ("Quel est l'ordre du jour de l'appel AFRALO ?", "(l'ordre du jour ne nommait personne ; c'est la personne qui en a dit le plus)"),
    ("Qual é a pauta da chamada da NARALO?", "— Tamara Williams (a pauta não indicava ninguém"),
])
def test_the_agenda_marks_the_presenters_it_did_not_name(archive, question, marked):
    shown = render.plain(archive.ask(question))
    assert marked in shown, shown


def test_the_agenda_does_not_mark_the_presenters_it_named(archive):
    lines = render.plain(archive.ask("What is the agenda of the June 2016 call?")).split("\n")
    # The agenda named Rodrigo for item 3; it named no one for item 6, nor for "Divers" (no presenter)
    assert lines[3].endswith("— Rodrigo Saucedo") and lines[6].endswith("(the agenda named no one; they said most of it)")
    assert lines[7].endswith("Divers")


@pytest.mark.parametrize("question, text", [
    ("When did Koffi present?", "Koffi Mensah presented “Rapport du groupe de travail sur le renforcement des capacités”"
                                " — AFRALO monthly call, 5 October 2026."),
    ("quando o João apresentou?", "João da Silva apresentou «Apresentação sobre nomes de domínio internacionalizados»"
                                  " — webinário de LACRALO, 26 de outubro de 2026."),
    ("When did Koffi present at the AFRALO call?", "Koffi Mensah presented “Rapport du groupe de travail sur le renforcement"
                                                   " des capacités” — AFRALO monthly call, 5 October 2026."),
    ("¿Cuándo presentó Koffi?", "Koffi Mensah presentó «Rapport du groupe de travail sur le renforcement des capacités»"
                                " — llamada mensual de AFRALO, 5 de octubre de 2026."),
])
def test_when_someone_presented_is_what_they_presented_where(archive, question, text):
    assert text == render.plain(archive.ask(question))


@pytest.mark.parametrize("question", ["When did Koffi present the report?", "when did they present?"])
def test_when_someone_presented_something_named_or_of_no_one_is_a_search(archive, question):
    assert "passage" == archive.ask(question).kind
