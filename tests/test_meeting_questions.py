"""Questions about the meetings: attendance, participation, who spoke, surveys, summaries and commitments."""
from __future__ import annotations

import pytest

from bot import i18n, render
from knowledge.summary import summarize


def test_attendance_of_a_named_meeting(answerer):
    answer = answerer.ask("Who attended the meeting of 20 June 2016?")
    assert ("attendance", "lacralo-2016-06-20-fr") == (answer.kind, answer.meeting.id)
    present = [name for name, _ in answer.names["present"]]
    assert present[:9] == ["Enmanuel Alcántara", "Carlos Vera Quintana", "Ricardo Holmquist", "Aida Noblia",
                           "Cristian Casas", "Alberto Soto", "Humberto Carrasco", "Maritza Aguero", "Alyne Andrade"]
    assert "Vanda Scartezini" in present              # spoke without being announced
    assert "Alyne Andrade (Portuguese channel)" in render.plain(answer)


def test_apologies_and_agenda_of_the_last_meeting(answerer):
    apologies = answerer.ask("Qui s'est excusé lors de la dernière réunion ?")
    # Maritza Aguero's and Alejandro Pisanty's were announced mid-call ("Je vois que Maritza Aguero a
    # envoyé ses excuses, Alejandro Pisanty même chose").
    assert ("apologies", ["Humberto Carrasco", "Sylvia Herlein Leite", "Maritza Aguero", "Alejandro Pisanty"]) == (
        apologies.kind, apologies.names["apologies"])
    # Humberto Carrasco sent apologies, then joined and spoke.
    assert "Humberto Carrasco (excusé·e, a rejoint l'appel ensuite), Sylvia Herlein Leite" in render.plain(apologies)
    attended = answerer.ask("Who attended the meeting of 17 February 2020?")
    assert ["Sylvia Herlein Leite", "Maritza Aguero", "Alejandro Pisanty"] == attended.names["apologies"]
    assert "Humberto Carrasco (sent apologies, joined later)" in render.plain(attended)
    agenda = answerer.ask("Qual foi a pauta de junho de 2016?")
    assert "agenda" == agenda.kind and "lacralo-2016-06-20-fr" == agenda.meeting.id
    assert "3. Présentation du plan de mitigation pour LACRALO — Rodrigo Saucedo" in render.plain(agenda)


def test_participation_against_the_target(answerer):
    answer = answerer.ask("Quel est le taux de participation de Humberto Carrasco ?")
    (p,) = answer.participation
    # 2016: present; 2020: sent apologies, then joined late and spoke: present counts, and so does the apology.
    assert ("Humberto Carrasco", 2, 1, 1, 2) == (p.name, p.attended, p.apologies, p.joined, p.meetings)
    assert ("Humberto Carrasco : 2 réunion(s) sur 2 (100 %), 1 excuse (a rejoint l'appel quand même : 1) — "
            "objectif de 50 % atteint") in render.plain(answer)
    everyone = answerer.ask("participation rate")
    rates = {p.name: p.rate for p in everyone.participation}
    assert 0.5 == rates["Aida Noblia"] and 1.0 == rates["Alberto Soto"]
    javier = next(p for p in everyone.participation if p.name == "Javier Chandia")
    assert (0, 1) == (javier.attended, javier.apologies)
    # Staff (listed as staff in every roll call) are not measured against the members' target,
    # but a member may still ask about one of them.
    assert not {"Silvia Vivanco", "Claudia Ruiz"} & set(rates)
    staff = answerer.ask("Quel est le taux de participation de Silvia Vivanco ?")
    assert [("Silvia Vivanco", 2, True)] == [(p.name, p.attended, p.staff) for p in staff.participation]
    assert render.plain(staff).endswith("Silvia Vivanco : 2 réunion(s) sur 2 (100 %), 0 excuse — personnel "
                                        "(l'objectif est celui des membres)")
    assert not any(p.staff for p in everyone.participation)


@pytest.mark.parametrize("question", ["What is Carlos's participation?", "Qual é a participação do Carlos?"])
def test_participation_of_a_first_name_some_share_is_each_of_theirs(archive, question):
    rows = archive.ask(question).participation
    assert 1 < len(rows) and all(p.name.startswith("Carlos ") for p in rows)
    assert {"Carlos Medina", "Carlos Mendoza"} <= {p.name for p in rows}


@pytest.mark.parametrize("question", ["Who attended the most meetings?", "Qui a assisté au plus grand nombre de réunions ?",
                                      "¿Quién asistió a más reuniones?", "Quem participou de mais reuniões?"])
def test_who_attended_most_is_by_meetings_attended(archive, question):
    rows = archive.ask(question).participation
    assert rows[0].attended == max(p.attended for p in rows) > min(p.attended for p in rows if p.rate == 1.0)
    assert [p.attended for p in rows] == sorted((p.attended for p in rows), reverse=True)
    by_rate = archive.ask("participation rates").participation
    # someone who attended more at a lower rate comes first here, after them by rate
    more, fewer = next((p, q) for p in rows for q in rows if q.rate == 1.0 > p.rate and q.attended < p.attended)
    assert rows.index(more) < rows.index(fewer) and by_rate.index(fewer) < by_rate.index(more)


def test_who_spoke_most(answerer):
    answer = answerer.ask("Who spoke the most in the last meeting?")
    assert "lacralo-2020-02-17-fr" == answer.meeting.id
    assert "Patricio Carranza" == answer.speaking[0][0]
    words = [w for _, _, w in answer.speaking]
    assert words == sorted(words, reverse=True)
    # Staff (Claudia Ruiz spoke 273 words) read the roll call and notices: not the members' say.
    assert "Humberto Carrasco" in {s for s, _, _ in answer.speaking}
    assert not {"Claudia Ruiz", "Silvia Vivanco"} & {s for s, _, _ in answer.speaking}
    assert "Humberto Carrasco — 54 words, 1 turn\n" in render.plain(answer) + "\n"


def test_content_questions_are_not_taken_for_data_questions(answerer):
    # ("Qui a présenté le plan de mitigation ?" is answered from the agenda: see test_presenters.py.)
    for question in ("Qui a parlé du plan de mitigation ?", "Qui a parlé du sondage Google ?"):
        assert "passage" == answerer.ask(question).kind


def test_the_survey_questions_come_from_the_data(answerer):
    answer = answerer.ask("What were the survey questions?")
    assert ("survey", "lacralo-2020-02-17-fr", 5) == (answer.kind, answer.meeting.id, len(answer.names["survey"]))
    assert "1. que pensez-vous de la technologie utilisée pour le webinaire ?" in render.plain(answer)


@pytest.mark.parametrize("question", [
    "What did the attendees say about the Toronto event?", "How many times was the IPv6 plan in Lagos a concern?",
    "Why was Humberto absent?", "What is the agenda for the Abidjan workshop?",
    "¿Qué dijeron los participantes sobre el abuso del DNS?",
])
def test_questions_about_a_topic_are_not_taken_for_data_questions(archive, question):
    assert archive.ask(question).kind in ("passage", "nothing")


@pytest.mark.parametrize("question, meeting, version", [
    ("Résumé de la dernière réunion", "lacralo-webinar-2026-10-26-pt", "lacralo-webinar-2026-10-26-pt"),
    ("Resumen de la llamada de septiembre", "lacralo-2026-09-21-en", "lacralo-2026-09-21-es"),   # in Spanish
    ("Resumo da reunião da AFRALO", "afralo-2026-10-05-fr", "afralo-2026-10-05-fr"),
    ("Summary of the NARALO call", "naralo-2026-10-12-en", "naralo-2026-10-12-en"),
])
def test_a_summary_asked_for_in_each_language(archive, question, meeting, version):
    answer = archive.ask(question)
    assert ("summary", meeting, version) == (answer.kind, answer.meeting.id, answer.summary.meeting_id)
    first = render.plain(answer).split("\n")[0]
    assert answer.summary.items and i18n.date(answer.meeting.date, answer.language) in first


@pytest.mark.parametrize("question", ["Summarize the discussion about the budget", "What did the minutes say about IPv6?"])
def test_a_summary_of_a_topic_is_a_search(archive, question):
    assert "passage" == archive.ask(question).kind


@pytest.mark.parametrize("question", [
    "Who attended both LACRALO calls in 2016 and 2020?", "Quem participou das duas reuniões, em 2016 e 2020?",
    "Qui était présent aux deux réunions de juin 2016 et février 2020 ?",
    "¿Quiénes asistieron a ambas llamadas, el 20 de junio de 2016 y el 17 de febrero de 2020?",
])
def test_who_attended_both_meetings(archive, question):
    answer = archive.ask(question)
    both = set(answer.names["present"])
    assert ("attended_all", ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"]) == (answer.kind, [m.id for m in answer.meetings])
    present = [{a.name for a in archive.store.meeting(m.id).attendance if a.status == "present"} for m in answer.meetings]
    assert both == present[0] & present[1] and {"Alberto Soto", "Humberto Carrasco"} <= both
    assert "Aida Noblia" not in both and "Silvia Vivanco" not in both          # one call only; staff
    assert render.plain(answer).endswith("\n" + ", ".join(answer.names["present"]))


def test_who_attended_all_meetings_may_be_no_one(archive):
    answer = archive.ask("Who attended all the LACRALO calls?")
    assert ("attended_all", 4, []) == (answer.kind, len(answer.meetings), answer.names["present"])
    assert render.plain(answer).startswith("No one was present at each of the 4 meetings (LACRALO monthly call, 20 June 2016;")
    french = archive.ask("Qui a assisté à toutes les réunions de LACRALO ?")
    assert ("attended_all", 4) == (french.kind, len(french.meetings))
    # Several groups' meetings are not one series; "each" asks for each meeting's list.
    assert "attended_all" != archive.ask("Qui a assisté à toutes les réunions ?").kind
    assert "several" == archive.ask("Who attended each of the LACRALO calls in 2016 and 2020?").kind


@pytest.mark.parametrize("question", [
    "¿Quiénes asistieron a todas las llamadas de LACRALO?", "Quem participou de todas as reuniões da LACRALO?",
    "Who attended every LACRALO meeting?", "Qui a assisté à toutes les réunions de LACRALO ?",
])
def test_who_attended_every_meeting_of_a_group_named_in_each_language(archive, question):
    answer = archive.ask(question)
    assert ("attended_all", 4, []) == (answer.kind, len(answer.meetings), answer.names["present"])


def test_who_attended_every_meeting_of_none_named_is_who_has_100_percent(archive):
    # Of no group, each person's own group's meetings: those at 100 %, not those at every meeting of all groups.
    for question in ("¿Quién asistió a todas?", "Who attended every meeting?", "Quem foi a todas as reuniões?"):
        answer = archive.ask(question)
        assert ("participation", 1.0) == (answer.kind, answer.target), question
    # Several groups' meetings named: each person's participation within them, not one series.
    assert "participation" == archive.ask("¿Quién asistió a todas las reuniones de 2026?").kind


@pytest.mark.parametrize("question, meeting, present", [
    ("How many people attended the AFRALO call?", "afralo-2026-10-05-fr", 11),
    ("Combien de participants à la dernière réunion ?", "lacralo-webinar-2026-10-26-pt", 12),
    ("¿Cuántas personas asistieron a la llamada de septiembre?", "lacralo-2026-09-21-en", 12),
])
def test_how_many_attended(archive, question, meeting, present):
    answer = archive.ask(question)
    assert ("attendance", meeting, present) == (answer.kind, answer.meeting.id, len(answer.names["present"]))


def test_the_survey_of_a_meeting_that_had_none(archive):
    answer = archive.ask("What were the survey questions in the NARALO call?")
    assert ("no_survey", "naralo-2026-10-12-en") == (answer.kind, answer.meeting.id)
    assert "No survey was read out at the end of the NARALO monthly call, 12 October 2026." == render.plain(answer)
    assert "survey" == archive.ask("What were the survey questions?").kind


@pytest.mark.parametrize("question, first", [
    ("how many people answered the survey?", "The transcripts don't say how many people answered the survey."),
    ("cuantas personas respondieron la encuesta?", "Las transcripciones no dicen cuántas personas respondieron la encuesta."),
    ("quantas pessoas responderam a pesquisa?", "As transcrições não dizem quantas pessoas responderam à pesquisa."),
    ("combien de personnes ont repondu au sondage ?",
     "Les transcriptions ne disent pas combien de personnes ont répondu au sondage."),
])
def test_how_many_answered_the_survey_is_not_said_and_which_survey_it_was(archive, question, first):
    answer = archive.ask(question)          # (not the attendance of the last meeting)
    assert ("survey", "lacralo-webinar-2026-10-26-pt") == (answer.kind, answer.meeting.id)
    assert render.plain(answer).split("\n")[0] == first and len(render.plain(answer).split("\n")) == 7
    naralo = archive.ask("how many answered the naralo survey?")          # a meeting that read none
    assert ("no_survey", "naralo-2026-10-12-en") == (naralo.kind, naralo.meeting.id)
    assert "September" in render.plain(archive.ask("How many responses did the survey of the September call get?"))


@pytest.mark.parametrize("question", ["how many providers answered the survey?", "how many answered the ipv6 survey?"])
def test_what_a_survey_the_calls_talk_of_found_is_searched(archive, question):
    assert "passage" == archive.ask(question).kind       # Ethan: «Out of the providers who answered…»
    assert "attendance" == archive.ask("how many people attended the naralo call?").kind


@pytest.mark.parametrize("question, mid", [
    ("quien estaba en la de naralo?", "naralo-2026-10-12-en"),
    ("quienes estaban en la llamada de afralo?", "afralo-2026-10-05-fr"),
    ("quem estava presente na reuniao de setembro?", "lacralo-2026-09-21-en"),
    ("ils etaient combien au webinaire ?", "lacralo-webinar-2026-10-26-pt"),
    ("eram quantos no webinario?", "lacralo-webinar-2026-10-26-pt"),
])
def test_attendance_asked_in_everyday_words(archive, question, mid):
    answer = archive.ask(question)
    assert ("attendance", mid) == (answer.kind, answer.meeting.id)


@pytest.mark.parametrize("question", ["¿Quién estaba a cargo del presupuesto?", "¿Quién estaba en contra?",
                                      "¿Quiénes estaban en desacuerdo?", "¿Quién estaba en lo cierto?"])
def test_who_was_for_or_in_charge_of_something_is_no_attendance(archive, question):
    assert "attendance" != archive.ask(question).kind


@pytest.mark.parametrize("question", ["summary of the afralo call pls", "Résumé de l'appel AFRALO svp"])
def test_please_is_no_topic(archive, question):
    answer = archive.ask(question)
    assert ("summary", "afralo-2026-10-05-fr") == (answer.kind, answer.meeting.id)


def test_who_spoke_most_names_people_and_is_still_speaking_time(archive):
    assert "speakers" == archive.ask("Who spoke most, Humberto or Aida?").kind
    assert "speakers" == archive.ask("¿Quién habló más, Humberto o Aida?").kind


@pytest.mark.parametrize("question, mid, first", [
    ("What are the action items from the NARALO call?", "naralo-2026-10-12-en", "Ethan Brooks"),
    ("¿Cuáles fueron los compromisos de la llamada de septiembre?", "lacralo-2026-09-21-en", "José Martínez"),
    ("Quels engagements ont été pris lors de la réunion AFRALO ?", "afralo-2026-10-05-fr", "Jean-Baptiste Mukendi"),
])
def test_commitments_of_a_meeting_are_its_summarys(archive, question, mid, first):
    answer = archive.ask(question)
    found = summarize(archive.store.meeting(answer.meeting.version(answer.language) or answer.meeting.id)).commitments
    assert ("commitments", mid) == (answer.kind, answer.meeting.id)
    assert [(c.speaker, c.text) for c in found] == answer.names["commitments"] and first == found[0].speaker
    assert [c.turn for c in found] == [h.turn_index for h in answer.sources]
    assert found[0].text in render.plain(answer)


@pytest.mark.parametrize("question, names", [
    ("¿Quién llegó tarde a la llamada de septiembre?", ["Rubén Ocampo"]),
    ("Who joined late to the NARALO call?", ["Olivia Hartman"]),
])
def test_who_joined_late_is_who_spoke_without_being_in_the_roll_call(archive, question, names):
    answer = archive.ask(question)
    assert ("late", names) == (answer.kind, answer.names["late"])
    assert names[0] in render.plain(answer)


@pytest.mark.parametrize("question, kind", [
    ("Who were the presenters at the AFRALO call?", "agenda"),
    ("Quem apresentou no webinário?", "agenda"),            # no item named: the agenda and its presenters
    ("¿De qué se habló en la última reunión?", "summary"),
    ("What was discussed in the AFRALO call?", "summary"),
    ("What was discussed about the budget?", "passage"),     # a topic: search
    ("Que s’est-il passé lors de la réunion AFRALO ?", "summary"), ("¿Qué pasó en la última reunión?", "summary"),
    ("O que aconteceu na reunião da NARALO?", "summary"), ("What was decided in the NARALO call?", "summary"),
    ("Qu'a-t-il été décidé ?", "summary"), ("O que foi decidido?", "summary"),
    ("Who was at the NARALO call?", "attendance"), ("who was in the last meeting?", "attendance"),
    ("Quem estava na reunião da NARALO?", "attendance"), ("Who was in favour of the proposal?", "passage"),
    ("¿Qué pasó con el presupuesto?", "passage"), ("What was decided about the budget?", "passage"),
    ("Qu'est-ce qui s'est passé à Montevideo ?", "passage"),
])
def test_questions_about_a_whole_meeting(archive, question, kind):
    assert kind == archive.ask(question).kind


@pytest.mark.parametrize("question, kind", [
    ("Qu'ont dit les intervenants sur le budget ?", "passage"),     # what presenters said: a search
    ("Who were the presenters on IPv6?", "passage"),
    ("What happened with Humberto?", "passage"),                   # about a person, not a meeting
    ("What were the survey questions on engagement?", "survey"),
    ("When is the follow-up call?", "nothing"),                     # not the last call's commitments
    ("Were any commitments made during the call in October?", "several"),
])
def test_meeting_questions_do_not_take_over_topical_ones(archive, question, kind):
    assert kind == archive.ask(question).kind


def test_who_joined_late_is_named_in_the_attendance_and_the_summary(archive):
    from bot import render_summary
    answer = archive.ask("Who attended the NARALO call?")
    assert ["Olivia Hartman"] == answer.names["late"]
    assert "Olivia Hartman (joined late)" in render.plain(answer)
    humberto = archive.ask("Who attended the 2020 call?")        # apologised, then joined: said so, once
    assert "Humberto Carrasco" not in humberto.names["late"]
    summary = archive.summary_of("naralo-2026-10-12-en")
    assert "Joined later: Olivia Hartman." in render_summary.summary_html(summary, "en", [])
