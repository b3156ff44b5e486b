"""Questions about the meetings: attendance, participation, surveys, summaries, commitments, and the dates and groups naming them."""
from __future__ import annotations

import datetime as dt

import pytest

from bot import i18n, render
from knowledge import ingest, which_days, which_meetings
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.summary import summarize
from knowledge.store import Store

from conftest import DEMO


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


def test_which_meetings(answerer):
    answer = answerer.ask("Quelles sont les réunions ?")
    assert ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"] == [m.id for m in answer.meetings]


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


def test_dates_not_named_together_keep_the_first(archive):
    from knowledge import which_days as its
    meetings = archive.store.meetings()
    for question, ids in [("In 2020, what did Humberto say about what was decided in 2016?", ["lacralo-2020-02-17-fr"]),
                          ("At the call of 12 October 2026, what was said about the webinar of 26 October 2026?",
                           ["naralo-2026-10-12-en"]),
                          ("Qu'a-t-on dit de la médiation en 2016, 2018 et 2020 ?", ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"])]:
        assert ids == [m.id for m in its.dated(question, meetings, "en")], question


def test_several_dates_years_or_months_name_several_meetings(archive):
    for question in ("Who attended the calls of June 2016 and February 2020?", "Who attended in 2016 and 2020?",
                     "Who attended on 20 June 2016 and on 17 February 2020?"):
        answer = archive.ask(question)
        assert ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"] == [p.meeting.id for p in answer.parts], question


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


def test_a_meeting_that_does_not_exist_is_said_so(archive):
    for question in ("Who attended the meeting of 31 December 2030?", "Qui était présent en mars 2019 ?"):
        answer = archive.ask(question)
        assert "no_meeting" == answer.kind and 6 == answer.known


@pytest.mark.parametrize("question, said", [
    ("how many calls did EURALO have?", "I have no EURALO meeting."),
    ("who attended the apralo call?", "I have no APRALO meeting."),
    ("quem participou da chamada da EURALO?", "Não tenho nenhuma reunião de EURALO."),
    ("résumé de la réunion d'EURALO", "Je n'ai aucune réunion de EURALO."),
    # What a group with no meeting said: none of its meetings (not what another group said of it)
    ("What did APRALO say about IPv6?", "I have no APRALO meeting."),
    ("¿Qué dijo APRALO sobre IPv6?", "No tengo ninguna reunión de APRALO."),
    ("Qu'a dit l'appel d'EURALO sur le budget ?", "Je n'ai aucune réunion de EURALO."),
    ("O que a APRALO disse sobre IPv6?", "Não tenho nenhuma reunião de APRALO."),
    ("What was said about IPv6 at APRALO?", "I have no APRALO meeting."),
])
def test_a_group_with_no_meeting_is_said_so(archive, question, said):
    # (not another group's meetings, nor the NARALO call for "APRALO")
    answer = archive.ask(question)
    assert ("no_meeting", ["EURALO" if "uralo" in question.lower() else "APRALO"]) == (answer.kind, answer.names["groups"])
    assert render.plain(answer).startswith(said + " /meetings")


@pytest.mark.parametrize("question", ["Who talked about EURALO?", "¿Qué se dijo de APRALO?", "What was said about APRALO?",
                                      "On a parlé d'EURALO ?", "O que se falou sobre a APRALO?"])
def test_a_group_with_no_meeting_talked_of_is_searched(archive, question):
    # The group is what was talked of, not whose meeting: a search (which finds nothing here)
    assert [] == which_meetings.group_without_meetings_asked(question, archive.store.meetings())
    assert "no_meeting" != archive.ask(question).kind


def test_a_group_with_meetings_or_no_group_is_no_missing_group(archive):
    meetings = archive.store.meetings()
    assert [] == which_meetings.groups_without_meetings("who attended the lacralo call?", meetings)
    assert [] == which_meetings.groups_without_meetings("¿Cómo páralo?", meetings)          # no group
    assert ["XYRALO"] == which_meetings.groups_without_meetings("the XYRALO call", meetings)  # written as one
    assert "attendance" == archive.ask("who attended the naralo call?").kind
    assert "nothing" == archive.ask("what was said about EURALO?").kind      # a search, as before


@pytest.mark.parametrize("question, person, how, ids", [
    ("which meetings did carlos medina attend?", "Carlos Medina", "attended", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("a quelles reunions a participe humberto ?", "Humberto Carrasco", "attended",      # (2020: apologies, then joined)
     ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"]),
    ("em quais reunioes o thiago estava?", "Thiago Nascimento", "attended", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("in which meetings did alberto soto speak?", "Alberto Soto", "spoke", ["lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"]),
    ("which calls did humberto miss?", "Humberto Carrasco", "missed", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("which meetings did priya miss?", "Priya Raman", "missed", []),
    ("which meetings did thiago miss?", "Thiago Nascimento", "missed", []),        # (not LACRALO's of 2016 and 2020)
    ("a quelles reunions rachid etait absent ?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("a quelles reunions rachid n'etait pas la ?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("which meetings was rachid not at?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    # negated with the subject inverted, or in Portuguese
    ("À quelles réunions Rachid n'était-il pas là ?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("Em quais reuniões o Rachid não esteve?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("¿En qué reuniones no estuvo Rachid?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("Which meetings wasn't Rachid at?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("À quelles réunions Rachid était-il présent ?", "Rachid El Amrani", "attended", []),
    ("Em quais reuniões o Thiago esteve?", "Thiago Nascimento", "attended", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("en que reuniones falto gabriela?", "Gabriela Fuentes", "missed", ["lacralo-2026-09-21-en", "lacralo-webinar-2026-10-26-pt"]),
    ("which meetings did priya attend in 2026?", "Priya Raman", "attended", ["naralo-2026-10-12-en"]),
    # asked "when": the meetings missed
    ("Quand Rachid n'était-il pas là ?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("When did Rachid miss a meeting?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("¿Cuándo faltó Rachid?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("Quando o Rachid não esteve?", "Rachid El Amrani", "missed", ["afralo-2026-10-05-fr"]),
    ("When was Priya absent?", "Priya Raman", "missed", []),
])
def test_the_meetings_someone_attended_spoke_in_or_missed(archive, question, person, how, ids):
    answer = archive.ask(question)
    assert ("meetings", [person], [how]) == (answer.kind, answer.names["of"], answer.names["how"])
    assert ids == [m.id for m in answer.meetings]


@pytest.mark.parametrize("question", ["When is the deadline for missing documents?", "When did Rachid present?",
                                      "When did Rachid talk about the missing funds?"])
def test_when_without_an_absence_of_someone_is_no_list_of_meetings_missed(archive, question):
    answer = archive.ask(question)
    assert "missed" not in answer.names.get("how", ())


@pytest.mark.parametrize("question", ["which meetings did he attend?", "which meetings did i attend?",
                                      "¿en qué reuniones estuvo él?", "which meetings did bob smith miss?"])
def test_the_meetings_of_no_one_known_ask_whom(archive, question):
    # (not every meeting, as if they had attended them all)
    assert "whom" == archive.ask(question).kind


def test_the_meetings_of_someone_in_an_empty_archive_are_none(store):
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    answer = Answerer(store, Searcher(store)).ask("which meetings did priya attend?")
    assert render.plain(answer) == i18n.t("en", "nothing_empty")


@pytest.mark.parametrize("question, kind", [
    ("¿En qué reuniones se habló de IPv6?", "mentions"), ("quelles réunions ont parlé d'IPv6 ?", "mentions"),
    ("em quais reuniões se falou de IPv6?", "mentions"), ("Which meetings spoke about IPv6?", "mentions"),
    ("which meetings were in 2026?", "meetings"),
])
def test_meetings_asked_of_no_one_are_no_whom(archive, question, kind):
    assert kind == archive.ask(question).kind
    assert "whom" != archive.ask("which webinars can I join?").kind


@pytest.mark.parametrize("question, short", [
    ("which meetings were in october?", "meetings in october?"), ("¿Qué reuniones hubo en 2026?", "¿reuniones de 2026?"),
    ("Quais reuniões houve em outubro?", "reuniões em outubro?"), ("which calls of NARALO?", "calls of NARALO?"), ("Quelles réunions en octobre ?", "réunions en octobre ?"),
])
def test_the_meetings_of_a_month_year_or_group_asked_in_two_words(archive, question, short):
    listed = archive.ask(short)
    assert ("meetings", [m.id for m in archive.ask(question).meetings]) == (listed.kind, [m.id for m in listed.meetings])
    assert 0 < len(listed.meetings) < len(archive.store.meetings())


def _on_22_november(archive) -> Answerer:
    """The archive on 22 November 2026, with the LACRALO monthly call scheduled (the third Monday)."""
    from jobs import calendar

    monthly = [calendar.Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO")]
    now = dt.datetime(2026, 11, 22, tzinfo=dt.timezone.utc)
    return Answerer(archive.store, archive.searcher, today=lambda: now.date(),
                    next_event=lambda titled=None, after=None: calendar.next_occurrence(monthly, now, titled=titled, after=after))


@pytest.mark.parametrize("short, question", [
    ("meetings in december?", "Is there some meeting in December?"), ("reuniones en diciembre?", "¿Hay alguna reunión en diciembre?"),
    ("appels en décembre ?", "Y a-t-il un appel en décembre ?"), ("reuniões em dezembro?", "Tem alguma reunião em dezembro?"),
])
def test_the_meetings_of_a_month_to_come_asked_in_two_words_are_those_scheduled(archive, short, question):
    # (none held then: what is scheduled or announced, not "I can't find that meeting")
    later = _on_22_november(archive)
    coming = later.ask(short)
    assert ("next", "2026-12-21") == (coming.kind, coming.occurrence.start_utc.date().isoformat())
    assert render.plain(later.ask(question)) == render.plain(coming)


@pytest.mark.parametrize("question, kind", [
    ("meetings in october?", "meetings"),                   # held then
    ("Which meetings were held in December?", "no_meeting"), ("how many calls did LACRALO have in december?", "no_meeting"),
    ("reuniones en agosto?", "no_meeting"),                 # gone by, none held
])
def test_the_meetings_of_a_month_gone_by_are_those_held(archive, question, kind):
    assert kind == _on_22_november(archive).ask(question).kind


@pytest.mark.parametrize("question", ["meetings in Toronto?", "calls in october about the budget?", "meetings in october went well?",
                                      "meetings in october budget?"])
def test_meetings_said_with_more_are_no_list(archive, question):
    assert "meetings" != archive.ask(question).kind


def test_the_meetings_someone_attended_are_said_in_the_member_s_language(archive):
    assert render.plain(archive.ask("en que reuniones estuvo carlos medina?")).startswith(
        "Carlos Medina asistió a 2 reunión(es):\n• 21 de septiembre de 2026")
    assert "Priya Raman missed none of their group's meetings I know of." == render.plain(archive.ask("which meetings did priya miss?"))
    # (no one named: the meetings, as before)
    listed = archive.ask("which meetings were in 2026?")
    assert ("meetings", 4, {}) == (listed.kind, len(listed.meetings), dict(listed.names))


def test_a_group_with_no_meeting_talked_about_is_searched(tmp_path):
    # Regional groups talk about each other: what was said of EURALO is a quotation, its calls none
    (tmp_path / "call.txt").write_text("""NARALO Monthly Call
12 October 2026

PRIYA RAMAN: Welcome everyone. EURALO already sent its comments on the statement on DNS abuse.

TAMARA WILLIAMS: Thank you Priya. The newsletter is out next week.
""", encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [tmp_path / "call.txt"], max_bytes=1_000_000)
        answerer = Answerer(store, Searcher(store))
        for question in ("who talked about EURALO?", "qui a parlé d'EURALO ?", "¿quién habló de EURALO?"):
            answer = answerer.ask(question)
            assert ("passage", "Priya Raman") == (answer.kind, answer.sources[0].speaker), question
        assert "no_meeting" == answerer.ask("how many calls did EURALO have?").kind


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


def test_several_meetings_are_all_answered(archive):
    answer = archive.ask("Who sent apologies in October 2026?")
    assert "several" == answer.kind
    assert ["afralo-2026-10-05-fr", "naralo-2026-10-12-en", "lacralo-webinar-2026-10-26-pt"] == [
        p.meeting.id for p in answer.parts]
    assert "Rachid El Amrani" in render.plain(answer)


def test_the_next_call_and_meetings_by_kind(archive):
    assert "next" == archive.ask("When is the next call?").kind
    agenda = archive.ask("Qual foi a pauta do webinário?")
    assert ("agenda", "lacralo-webinar-2026-10-26-pt") == (agenda.kind, agenda.meeting.id)


def test_a_month_without_a_year_is_its_latest_occurrence(archive):
    agenda = archive.ask("¿Cuál fue el orden del día de la llamada de septiembre?")
    assert ("agenda", "2026-09-21") == (agenda.kind, agenda.meeting.date)
    assert "Aceptación universal en la región" in render.plain(agenda)   # the call's Spanish version
    june = archive.ask("Who attended the call in June?")
    assert ("attendance", "lacralo-2016-06-20-fr") == (june.kind, june.meeting.id)
    assert "no_meeting" == archive.ask("Who attended the call in December?").kind
    assert "attendance" == archive.ask("may I know who attended the last call?").kind


def test_words_that_look_like_months_name_no_month(archive):
    assert "agenda" == archive.ask("May I see the agenda?").kind
    assert "no_meeting" != archive.ask("Who attended the march in Asunción?").kind
    fifth = archive.ask("Who attended on 5 October?")
    assert ("attendance", "afralo-2026-10-05-fr") == (fifth.kind, fifth.meeting.id)


@pytest.mark.parametrize("question, searched", [
    ("Qu'a dit Sergio sur la médiation en février 2020 ?", "Qu'a dit Sergio sur la médiation en ?"),
    ("What was said at the February 2020 meeting about the mediator?", "What was said at the about the mediator?"),
    ("¿Qué se dijo del presupuesto el 20 de junio de 2016?", "¿Qué se dijo del presupuesto el"),
    ("What was said on 20/06/2016 about Montevideo?", "What was said on about Montevideo?"),
    ("¿Qué se dijo del presupuesto el mes pasado?", "¿Qué se dijo del presupuesto"),
    ("Qu'a-t-on dit le mois passe sur l'IPv6 ?", "Qu'a-t-on dit sur l'IPv6 ?"),
    ("O que foi dito no mês passado sobre IDN?", "O que foi dito sobre IDN?"),
    ("What may we expect in May 2016?", "What may we expect in"),
    ("What was said about the webinar in September 2026?", "What was said about the webinar in"),  # the topic
])
def test_the_words_that_date_a_question(question, searched):
    assert searched == which_days.without_dates(question)


def test_a_date_in_a_question_chooses_the_meetings_searched(answerer):
    # Without the date Sergio's words on the mediator are found; with it, they still are (the
    # date's words no longer pull the welcome turn that says it).
    answer = answerer.ask("Qu'a dit Sergio sur la médiation en février 2020 ?")
    assert ("Sergio Salinas Porto", "2020-02-17") == (answer.sources[0].speaker, answer.sources[0].date)
    assert "médiateur" in " ".join(answer.quote) and {"2020-02-17"} == {h.date for h in answer.sources}
    assert answer.question == "Qu'a dit Sergio sur la médiation en février 2020 ?"
    in_2016 = answerer.ask("What was said about the mediation working group in June 2016?", k=10)
    assert in_2016.sources and {"2016-06-20"} == {h.date for h in in_2016.sources}
    # A date no meeting has is an event's date: searched like any words.
    event = answerer.ask("Quand aura lieu l'événement du 30 août à Montevideo ?")
    assert "Aida Noblia" == event.sources[0].speaker


def test_a_month_alone_is_a_deadline_not_a_meeting(archive):
    # The September call set the October deadline: a month alone does not choose the meetings.
    answer = archive.ask("¿Cuál es el plazo para enviar comentarios de octubre?")
    assert ("Patricia Villanueva", "2026-09-21") == (answer.sources[0].speaker, answer.sources[0].date)
    # Scoped to a month that finds nothing, the question is searched everywhere.
    assert "webinar" in " ".join(archive.ask("What was said about the webinar in September 2026?").quote)


def test_last_month_is_the_calendar_month_before_today(tmp_path):
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store), today=lambda: dt.date(2026, 11, 22))
        answer = answerer.ask("Who sent apologies last month?")
        assert ["2026-10-05", "2026-10-12", "2026-10-26"] == [part.meeting.date for part in answer.parts]
        assert "several" == answerer.ask("Qui s'est excusé le mois dernier ?").kind
        answerer.today = lambda: dt.date(2026, 10, 2)
        assert ["2026-09-21"] == [answerer.ask("¿Quién se disculpó el mes pasado?").meeting.date]


@pytest.mark.parametrize("question, kind, meetings", [
    ("¿Cuándo fue la última reunión de AFRALO?", "meetings", ["afralo-2026-10-05-fr"]),
    ("Was there a meeting in October 2026?", "meetings",
     ["afralo-2026-10-05-fr", "naralo-2026-10-12-en", "lacralo-webinar-2026-10-26-pt"]),
    ("hubo reunion en marzo?", "no_meeting", None),
    ("When was the last AFRALO call?", "meetings", ["afralo-2026-10-05-fr"]),
    ("Quand a eu lieu la dernière réunion de NARALO ?", "meetings", ["naralo-2026-10-12-en"]),
    # A topic makes it a search: "the last call for volunteers", "a call on the budget".
    ("When was the last call for volunteers?", "passage", None),
    ("Was there a call on the budget?", "passage", None),
    ("¿Hubo una reunión sobre el presupuesto?", "passage", None),
])
def test_when_was_the_last_meeting(archive, question, kind, meetings):
    answer = archive.ask(question)
    assert kind == answer.kind
    if meetings is not None:
        assert meetings == [m.id for m in answer.meetings]


@pytest.mark.parametrize("question", ["summary of the afralo call pls", "Résumé de l'appel AFRALO svp"])
def test_please_is_no_topic(archive, question):
    answer = archive.ask(question)
    assert ("summary", "afralo-2026-10-05-fr") == (answer.kind, answer.meeting.id)


def test_who_spoke_most_names_people_and_is_still_speaking_time(archive):
    assert "speakers" == archive.ask("Who spoke most, Humberto or Aida?").kind
    assert "speakers" == archive.ask("¿Quién habló más, Humberto o Aida?").kind


@pytest.mark.parametrize("question", ["Combien de places financées à AFRALO ?",
                                      "Combien de places financées lors de la réunion AFRALO ?"])
def test_a_group_named_chooses_its_meetings_and_is_not_a_word_to_find(archive, question):
    # Yasmina's answer does not say "AFRALO"; Jean-Baptiste's «Le rôle d'AFRALO…» is no answer.
    answer = archive.ask(question)
    assert ("Yasmina Haddad", "afralo-2026-10-05-fr") == (answer.sources[0].speaker, answer.sources[0].meeting_id)
    assert all(h.meeting_id == "afralo-2026-10-05-fr" for h in answer.sources)
    recorded = archive.ask("Will the AFRALO webinars be recorded?")
    assert "tous les webinaires seront enregistrés" in " ".join(recorded.quote)
    # Another group's passage that holds as much of it is not the group's answer.
    first = archive.ask("Quand a lieu le premier webinaire d'AFRALO ?")
    assert ("Koffi Mensah", "afralo-2026-10-05-fr") == (first.sources[0].speaker, first.sources[0].meeting_id)
    # The group as the topic is still found: only its meetings are searched, without its name.
    assert "Le rôle d'AFRALO" in " ".join(archive.ask("What is the role of AFRALO?").quote)


@pytest.mark.parametrize("question, said", [
    ("What was said about the budget in the AFRALO call?",
     "Nothing on that in the AFRALO monthly call (5 October 2026); in other meetings:"),
    ("Qu'a-t-on dit du budget à l'AFRALO ?",
     "Rien à ce sujet dans : appel mensuel d'AFRALO (5 octobre 2026) ; dans d'autres réunions :"),
    ("What was said about the Toronto event in the LACRALO meetings?",
     "Nothing on that in the LACRALO meetings; in other meetings:"),
])
def test_a_group_named_that_holds_nothing_on_it_is_said_so_before_other_meetings(archive, question, said):
    # Found by the group's name alone («Le rôle d'AFRALO…») or in another group's call: neither
    # answers for the group the member named.
    answer = archive.ask(question)
    group = answer.names["group"][0]
    assert {"elsewhere"} == answer.flags and all(m.group == group for m in answer.meetings)
    assert answer.sources[0].meeting_id not in {mid for m in answer.meetings for mid in m.ids}
    assert answer.searched and group not in answer.searched and not answer.within   # further pages: everywhere
    assert render.plain(answer).startswith(said + "\n«")


def test_a_group_named_and_no_meeting_holding_the_rest_is_nothing(archive):
    # «So what can NARALO do?» holds the group's name and nothing of xylophones.
    assert "nothing" == archive.ask("Did anyone mention xylophones in the NARALO call?").kind
    assert "nothing" == archive.ask("¿Se habló de xilófonos en la reunión de LACRALO?").kind


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


@pytest.mark.parametrize("question, speaker", [
    ("When is the LACRALO general assembly?", "Sergio Salinas Porto"),     # its own turn says LACRALO
    ("Who is the new NARALO chair?", None),                                # NARALO's «new faces» is no answer
    ("How many funded seats does the regional workshop offer to LACRALO ALSes?", None),
])
def test_a_group_named_is_a_preference_not_a_filter(archive, question, speaker):
    answer = archive.ask(question)
    assert speaker == (answer.sources[0].speaker if answer.kind == "passage" else None), " ".join(answer.quote)


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
