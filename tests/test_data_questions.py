"""Questions answered from the data however members word them: who spoke most, how many times a
person spoke or was mentioned, the commitments of a meeting."""
from __future__ import annotations

import pytest

from bot import i18n, render
from knowledge.mentions import mentions
from knowledge.models import Answer, Participation
from knowledge.text import fold


@pytest.mark.parametrize("question", ["Qui a parlé le plus lors de la réunion de juin 2016 ?", "Qui a parlé le plus ?",
                                      "Qui a le plus parlé en juin 2016 ?", "¿Quién más habló en junio de 2016?"])
def test_who_spoke_most_in_any_word_order(archive, question):
    answer = archive.ask(question)
    assert "speakers" == answer.kind and len(answer.speaking) > 1


@pytest.mark.parametrize("question, person", [
    ("Quantas vezes o Humberto falou?", "Humberto Carrasco"), ("How many times did Aida speak?", "Aida Noblia"),
])
def test_how_many_times_a_person_spoke_is_their_line_of_speaking_time(archive, question, person):
    answer = archive.ask(question)
    turns = sum(n for name, n, _ in archive.store.speaking([m.id for m in archive.store.meetings()]) if name == person)
    assert ("speakers", [person], [turns]) == (answer.kind, [r[0] for r in answer.speaking], [r[1] for r in answer.speaking])


@pytest.mark.parametrize("question, name", [
    ("How many times was Humberto mentioned?", "Humberto"),
    ("Combien de fois a-t-on mentionné Aida ?", "Aida"),
    ("¿Cuántas veces se mencionó a Humberto?", "Humberto"),
])
def test_how_many_times_a_person_was_mentioned_counts_the_turns_naming_them(archive, question, name):
    answer = archive.ask(question)
    assert ("mentions", name) == (answer.kind, answer.mentions.topic)
    # Their own turns carry their name in the index: those counted say it ("Humbert" too: one stem).
    assert answer.sources and all(fold(name)[:6] in fold(h.text) for h in answer.sources)
    # Only turns that name them ("Aida" is not French "aide": both stem "aid").
    texts = {(mid, t.index): t.text for mid, _ in answer.mentions.turn_keys
             for t in archive.store.meeting(mid).turns}
    assert [] == [k for k in answer.mentions.turn_keys if fold(name)[:6] not in fold(texts[k])]


def test_a_person_who_mentions_a_topic_is_who_spoke_not_the_topic(archive):
    answer = archive.ask("How many times did Aida mention Montevideo?")
    assert "“Montevideo” from Aida Noblia: 1 turn(s)" in render.plain(answer)


@pytest.mark.parametrize("question", ["¿Qué compromisos se tomaron en la reunión de septiembre?",
                                      "¿Qué compromisos hubo en la llamada de LACRALO de septiembre?",
                                      "Quels engagements ont été pris lors de l'appel d'AFRALO ?"])
def test_the_commitments_of_a_meeting_however_asked(archive, question):
    assert "commitments" == archive.ask(question).kind


@pytest.mark.parametrize("apologies, text", [(0, "0 apologies"), (1, "1 apology"), (2, "2 apologies")])
def test_apologies_are_counted_in_good_english(apologies, text):
    answer = Answer("participation", "en", "participation", target=0.5,
                    participation=(Participation("Aida Noblia", 1, apologies, 2),))
    assert f"Aida Noblia: 1 of 2 meetings (50%), {text} — 50% target met" in render.plain(answer)


@pytest.mark.parametrize("group, kind, name", [
    ("AFRALO", "monthly_call", "appel mensuel d'AFRALO"), ("LACRALO", "webinar", "webinaire de LACRALO"),
    ("EURALO", "call", "appel d'EURALO"),
])
def test_french_elides_de_before_a_vowel(group, kind, name):
    assert name == i18n.meeting(group, kind, "fr")


@pytest.mark.parametrize("question, kind", [
    ("Did the NARALO call have a survey?", "no_survey"),        # not Nadine's Doodle poll
    ("¿Hubo una encuesta en la llamada de septiembre?", "survey"),
    ("Was there a survey in the webinar?", "survey"),
])
def test_whether_a_call_had_a_survey(archive, question, kind):
    assert kind == archive.ask(question).kind


@pytest.mark.parametrize("question, kind", [
    # A verb of saying alone is no topic of a data question.
    ("What was announced on the agenda of the NARALO call?", "agenda"),
    ("Qui a annoncé les excuses lors de l'appel d'AFRALO ?", "apologies"),
    # A survey about something is a search ("Nous allons envoyer un sondage… mentors").
    ("Was there a survey about mentoring?", "passage"), ("Did Ethan have a survey?", "passage"),
    # "How many times did Batman speak?": no one known, said by search.
    ("How many times did Batman speak?", "no_speaker"),
    # "on the call" is no "on a" ("a-t-on mentionné"): her speaking time.
    ("How many times did Aida speak about it on the call?", "speakers"),
])
def test_data_questions_and_searches_told_apart(archive, question, kind):
    assert kind == archive.ask(question).kind


def test_a_person_who_did_not_speak_in_the_meeting_has_no_speaking_time(archive):
    # (not "0 words, 0 turns", as if she had been there: she was not)
    answer = archive.ask("How many times did Olivia speak in the AFRALO call?")
    assert ("did_speak", "No, Olivia Hartman was not there: AFRALO monthly call, 5 October 2026 — not in the roll call, "
            "and did not speak.") == (answer.kind, render.plain(answer))


@pytest.mark.parametrize("topic", ["Universal Acceptance", "DNS Abuse"])
def test_a_title_cased_topic_is_counted_like_any_topic(archive, topic):
    assert mentions(archive.store, topic.lower()).turns == mentions(archive.store, topic).turns


@pytest.mark.parametrize("question, said", [
    ("¿Hubo encuesta en la llamada de NARALO?", "No se leyó ninguna encuesta al final de: llamada mensual de NARALO"),
    ("Y a-t-il eu un sondage lors de la réunion AFRALO ?", "Aucun questionnaire n'a été lu à la fin de : appel mensuel d'AFRALO"),
    ("Il y a eu un sondage à la réunion AFRALO ?", "Aucun questionnaire n'a été lu à la fin de : appel mensuel d'AFRALO"),
    ("Y avait-il un sondage dans la réunion AFRALO ?", "Aucun questionnaire n'a été lu à la fin de : appel mensuel d'AFRALO"),
    ("¿Había una encuesta en la llamada de NARALO?", "No se leyó ninguna encuesta al final de: llamada mensual de NARALO"),
    ("Havia uma pesquisa na reunião da NARALO?", "Nenhuma pesquisa foi lida no final de: chamada mensal de NARALO"),
])
def test_whether_a_meeting_had_a_survey_in_the_questions_language(archive, question, said):
    answer = archive.ask(question)
    assert ("no_survey", True) == (answer.kind, render.plain(answer).startswith(said)), render.plain(answer)


@pytest.mark.parametrize("question, language", [
    ("Who missed the most meetings?", "en"), ("Qui a raté le plus de réunions ?", "fr"),
    ("¿Quién faltó más a las reuniones?", "es"), ("Quem faltou mais?", "pt")])
def test_who_missed_most_is_by_meetings_missed(archive, question, language):
    answer = archive.ask(question)
    missed = [p.meetings - p.attended for p in answer.participation]
    assert "participation" == answer.kind and missed == sorted(missed, reverse=True) and missed[0] > missed[-1]
    assert language == answer.language


@pytest.mark.parametrize("question", ["How often did Carlos attend?", "¿Cuántas veces asistió Carlos?"])
def test_how_often_a_first_name_some_share_attended_is_each_of_theirs(archive, question):
    answer = archive.ask(question)
    carlos = {name for name in archive.store.people().values() if name.startswith("Carlos ")}
    assert "participation" == answer.kind and {p.name for p in answer.participation} == carlos


def test_a_presenter_who_was_there_but_had_their_report_given_did_not_speak(tmp_path):
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store
    from conftest import DEMO

    # Michael Chen is in the roll call, and Michael Chambers gives the report down to him.
    call = tmp_path / "naralo-2026-10-12-en.txt"
    call.write_text((DEMO / call.name).read_text(encoding="utf-8").replace("MICHAEL CHEN:", "MICHAEL CHAMBERS:"),
                    encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [call], max_bytes=10_000_000)
        answer = Answerer(store, Searcher(store)).ask("Who presented the IDN working group report?")
    assert (["Michael Chen"], []) == (answer.names["absent"], answer.names["apologised"])
    assert render.plain(answer).startswith("Michael Chen was down to present “Internationalized domain names working "
                                           "group report” but did not speak in the call")


@pytest.mark.parametrize("question, dates", [
    ("Who attended on 5 and 12 October?", ["2026-10-05", "2026-10-12"]),
    ("Qui était présent le 5 et le 12 octobre ?", ["2026-10-05", "2026-10-12"]),
    ("Who attended on October 5 and 12?", ["2026-10-05", "2026-10-12"]),
    ("Who attended on September 21 and October 12?", ["2026-09-21", "2026-10-12"]),
    ("¿Quién asistió el 21 de septiembre y el 12 de octubre?", ["2026-09-21", "2026-10-12"]),
    ("Who attended the calls in September and October?", ["2026-09-21", "2026-10-05", "2026-10-12", "2026-10-26"]),
    ("Who attended the September and October calls?", ["2026-09-21", "2026-10-05", "2026-10-12", "2026-10-26"]),
    ("Who attended on 5 October?", ["2026-10-05"]),
])
def test_days_and_months_without_a_year_named_together(archive, question, dates):
    answer = archive.ask(question)
    parts = answer.parts or (answer,)
    assert {"attendance"} == {p.kind for p in parts} and dates == sorted(p.meeting.date for p in parts)


@pytest.mark.parametrize("question, searched", [
    ("What was said about IPv6 on 5 and 12 October?", "What was said about IPv6 on"),
    ("Qu'a-t-on dit le 5 et le 12 octobre sur IPv6 ?", "Qu'a-t-on dit le sur IPv6 ?"),
    ("What about IPv6 on October 5 and 12?", "What about IPv6 on"),
    ("IPv6 in September and October", "IPv6 in"),
    ("the 3 speakers and the 2 items of June 2016", "the 3 speakers and the 2 items of"),
    ("What is on page 12 of the 2016 report?", "What is on page 12 of the report?"),    # not named together
])
def test_the_words_of_dates_named_together_are_not_searched(question, searched):
    from knowledge import which_days
    assert searched == which_days.without_dates(question)


@pytest.mark.parametrize("question, meeting", [
    ("Who attended the last call?", "naralo-2026-10-12-en"),              # the webinar came after it
    ("¿Quién asistió a la última llamada?", "naralo-2026-10-12-en"),
    ("Who attended the last LACRALO call?", "lacralo-2026-09-21-en"),
    ("Who attended the last meeting?", "lacralo-webinar-2026-10-26-pt"),
    ("Who attended the last webinar?", "lacralo-webinar-2026-10-26-pt"),
    ("Who attended the call on 26 October?", "lacralo-webinar-2026-10-26-pt"),   # only a webinar that day
    ("Who was in the roll call of the last meeting?", "lacralo-webinar-2026-10-26-pt"),   # a roll call is no call
    ("Who attended the call?", "naralo-2026-10-12-en"),                   # "the call" too
    ("who attended the lacralo call?", "lacralo-2026-09-21-en"),           # one call of a group: its last
    ("quien estuvo en la llamada mensual?", "naralo-2026-10-12-en"),
    ("Who attended?", "lacralo-webinar-2026-10-26-pt"),
    # How many came, as members ask it
    ("cuantos eran en la de afralo?", "afralo-2026-10-05-fr"), ("cuanta gente hubo en el webinar?", "lacralo-webinar-2026-10-26-pt"),
    ("quantos tinha na reuniao?", "lacralo-webinar-2026-10-26-pt"), ("how many were on the naralo call?", "naralo-2026-10-12-en"),
    ("how many ppl attended the webinar", "lacralo-webinar-2026-10-26-pt"),
    ("combien étaient présents à la réunion AFRALO ?", "afralo-2026-10-05-fr"),
])
def test_the_last_call_is_the_last_monthly_call(archive, question, meeting):
    answer = archive.ask(question)
    assert ("attendance", meeting) == (answer.kind, answer.meeting.id)


@pytest.mark.parametrize("question, kind", [
    ("qui était à la dernière réunion ?", "attendance"), ("c'était quand la dernière réunion ?", "meetings"),
    ("who was absent most often?", "participation"), ("qui est le plus assidu ?", "participation"),
    ("Carlos a participé combien de fois ?", "participation"), ("combien de fois carlos etait present", "participation"),
    ("how many meetings are there?", "meetings"), ("combien de réunions y a-t-il ?", "meetings"),
    ("quien preside la llamada de NARALO?", "chair"),
    ("Give me a summary of the NARALO call", "summary"), ("quick summary of naralo", "summary"),
    ("resumo rapido do webinario", "summary"), ("resume rapide de naralo", "summary"), ("tl;dr naralo", "summary"),
    ("what did they say about the short film?", "passage"), ("Can you summarize the NARALO call?", "summary"),
    ("When was the AFRALO meeting?", "meetings"), ("¿Cuándo fue la reunión de NARALO?", "meetings"),
    ("Quand a eu lieu la réunion d'AFRALO ?", "meetings"), ("What was the date of the webinar?", "meetings"),
    ("Quando foi a reunião da AFRALO?", "meetings"), ("Who else attended the NARALO meeting?", "attendance"),
    # What is coming
    ("que eventos vienen?", "next"), ("eventos en diciembre", "next"), ("¿Hay algo en diciembre?", "next"),
    ("any events in december?", "next"), ("cuando es el proximo webinar?", "next"), ("le prochain webinar ?", "next"),
    ("c'est quand le prochain call?", "next"), ("qual a proxima call?", "next"), ("la proxima call cuando es", "next"),
    ("con que frecuencia asiste Thiago?", "participation"), ("com que frequencia o Thiago participa?", "participation"),
    ("Thiago esta debajo de la meta?", "participation"), ("con que frecuencia se habló de IPv6?", "mentions"),
    ("Quels événements à venir ?", "next"), ("Tem algo em dezembro?", "next"),
    ("anything coming up?", "next"), ("what's coming up?", "next"), ("what came up in the discussion?", "passage"),
    ("how many showed up?", "attendance"),
    # how many meetings there were, and which of a kind: a list
    ("how many meetings in 2026?", "meetings"), ("¿cuántas reuniones hubo en 2026?", "meetings"),
    ("list the webinars", "meetings"), ("quais webinarios teve?", "meetings"),
    ("o que tem em dezembro sobre aceitação universal?", "passage"), ("and who presented the mitigation plan?", "presenter"),
    ("y quien presento el segundo punto de naralo?", "presenter"),
    ("is there a call in december?", "next"), ("hay llamada en diciembre?", "next"), ("y a-t-il un appel en décembre ?", "next"),
    ("how many calls did lacralo have?", "meetings"), ("hubo reunion en marzo?", "no_meeting"),
    ("how many LACRALO calls this year?", "meetings"), ("cuantas llamadas de lacralo hubo este año?", "meetings"),
    ("how many meetings did Humberto attend?", "participation"), ("cuantas reuniones tuvo Humberto?", "participation"),
    ("que eventos se anunciaron en la llamada de septiembre?", "dates"),        # what a call announced
    ("what events were announced in the NARALO call?", "dates"),
    ("what events were discussed in the NARALO call?", "passage"), ("quais eventos foram mencionados?", "passage"),
    ("events of the AFRALO call?", "passage"), ("hay algo en la agenda sobre ipv6?", "agenda"),
])
def test_more_ways_members_word_data_questions(archive, question, kind):
    assert kind == archive.ask(question).kind


@pytest.mark.parametrize("question, kind", [
    ("¿Cuántas reuniones hay?", "meetings"), ("Quantas reuniões existem?", "meetings"),
    ("How many times did Ethan present?", "passage"),          # presenting is no attending
    ("Julio, ¿quién presidió la reunión de NARALO?", "chair"),  # a name, not July
    ("When was the meeting about the budget?", "passage"),     # a topic
    ("Can you tell me what was said about the budget?", "passage"),
])
def test_data_questions_told_apart_from_their_lookalikes(archive, question, kind):
    assert kind == archive.ask(question).kind


def test_a_topic_in_the_plural_is_counted_in_every_meeting(archive):
    answer = archive.ask("How many times were webinars mentioned?")
    assert "mentions" == answer.kind and len(answer.mentions.by_meeting) > 1


def test_who_missed_most_within_the_meetings_named(archive):
    answer = archive.ask("Who missed the most calls in 2026?")
    in_2026 = {m.id for m in archive.store.meetings() if m.date.startswith("2026")}
    assert {m.id for m in answer.meetings} == in_2026
    gabriela = next(p for p in answer.participation if p.name == "Gabriela Fuentes")
    assert (0, 2, 2) == (gabriela.attended, gabriela.meetings, gabriela.apologies)     # both LACRALO calls of 2026
    assert not {"Alejandro Pisanty", "Carlos Dionisio Aguirre"} & {p.name for p in answer.participation}   # 2016 only
    assert render.plain(answer).startswith("Participation in the 4 meeting(s) from 21 September 2026 to 26 October 2026")
    one = archive.ask("Taux de participation de Humberto Carrasco en 2020")
    assert render.plain(one).startswith("Participation — appel mensuel de LACRALO, 17 février 2020 (objectif 50 %) :")
    assert [(1, 1)] == [(p.attended, p.meetings) for p in one.participation]


@pytest.mark.parametrize("question, mid", [
    ("Who spoke in the NARALO call?", "naralo-2026-10-12-en"), ("¿Quién habló en la llamada de NARALO?", "naralo-2026-10-12-en"),
    ("Quem falou na reunião da AFRALO?", "afralo-2026-10-05-fr"), ("Qui a pris la parole en juin 2016 ?", "lacralo-2016-06-20-fr"),
    ("Who spoke?", "lacralo-webinar-2026-10-26-pt"), ("Who else spoke?", "lacralo-webinar-2026-10-26-pt"),
])
def test_who_spoke_is_the_speaking_time_of_the_meeting_named_or_the_last(archive, question, mid):
    answer = archive.ask(question)
    assert ("speakers", mid) == (answer.kind, answer.meeting.id)
    assert list(answer.speaking) == archive.store.speaking([mid], staff=True)[:len(answer.speaking)] and answer.speaking


def test_who_spoke_about_a_topic_is_a_search_and_who_spoke_follows_up(archive):
    assert "passage" == archive.ask("Who spoke about Toronto?").kind
    assert "speakers" != archive.ask("Who took the floor first?").kind      # (a topic word: no list)
    for question in ("Who spoke about Humberto?", "¿Quién habló de Humberto?", "Who spoke last?"):
        assert "speakers" != archive.ask(question).kind, question
    every_meeting = [m.id for m in archive.store.meetings()]
    assert ["speakers", every_meeting] == [(a := archive.ask("Who spoke most overall?")).kind, [m.id for m in a.meetings]]
    from knowledge.models import Conversation
    assert "naralo-2026-10-12-en" == archive.ask("Who spoke?", context=Conversation(("naralo-2026-10-12-en",))).meeting.id


@pytest.mark.parametrize("question, kind", [
    ("Lucía presidió?", "chair"), ("Did Lucía chair the call?", "chair"), ("Humberto a-t-il présidé en 2016 ?", "chair"),
    ("Hay encuesta?", "survey"), ("Tem pesquisa?", "survey"), ("Is there a survey?", "survey"), ("Y a-t-il un sondage ?", "survey"), ("Il y a un sondage ?", "survey"),
    ("Há pesquisa no webinário?", "survey"),
])
def test_short_ways_of_asking_who_chaired_and_whether_there_was_a_survey(archive, question, kind):
    assert kind == archive.ask(question).kind


@pytest.mark.parametrize("question, place", [("tem algo sobre bogota?", "Bogotá"), ("¿Hay algo sobre Toronto?", "Toronto")])
def test_something_is_no_topic(archive, question, place):
    assert place in " ".join(archive.ask(question).quote)


@pytest.mark.parametrize("question, meeting", [
    ("¿Quién faltó a la llamada de septiembre?", "lacralo-2026-09-21"), ("Who missed the NARALO call?", "naralo-2026-10-12-en"),
    ("¿Quiénes no vinieron a la reunión de septiembre?", "lacralo-2026-09-21"),
    ("Qui manquait à la réunion AFRALO ?", "afralo-2026-10-05-fr"), ("Quem faltou na reunião da AFRALO?", "afralo-2026-10-05-fr"),
    ("Who wasn't there in the NARALO call?", "naralo-2026-10-12-en"),
])
def test_who_missed_a_call_is_who_sent_apologies(archive, question, meeting):
    answer = archive.ask(question)
    assert "apologies" == answer.kind and answer.meeting.id.startswith(meeting)


@pytest.mark.parametrize("question, meeting", [
    ("Tu peux me résumer la dernière réunion ?", None), ("Pouvez-vous résumer la réunion du 5 octobre ?", "afralo-2026-10-05-fr"),
    ("¿Me haces un resumen de la reunión de febrero de 2020?", "lacralo-2020-02-17-fr"),
    ("Você pode me fazer um resumo da última reunião?", None), ("Can you make a summary of the NARALO call?", "naralo-2026-10-12-en"),
])
def test_a_summary_asked_for_politely(archive, question, meeting):
    answer = archive.ask(question)
    assert "summary" == answer.kind and answer.meeting.id == (meeting or archive.store.meetings()[-1].id)


@pytest.mark.parametrize("question, person, meeting, promise", [
    ("What did Priya commit to?", "Priya Raman", "naralo-2026-10-12-en", "I will check with them"),
    ("Quels sont les engagements de Koffi Mensah ?", "Koffi Mensah", "afralo-2026-10-05-fr", "Nous allons envoyer un sondage"),
    ("¿Qué se comprometió a hacer José Martínez?", "José Martínez", "lacralo-2026-09-21-es", "Le enviaré la respuesta"),
    ("What did Rodrigo Saucedo promise?", "Rodrigo Saucedo", "lacralo-2016-06-20-fr", "Je vous enverrais la réponse"),
])
def test_what_someone_committed_to_in_any_meeting(archive, question, person, meeting, promise):
    answer = archive.ask(question)
    assert ("commitments", meeting) == (answer.kind, answer.sources[0].meeting_id)      # (in the member's language)
    assert {person} == {who for who, _ in answer.names["commitments"]}
    assert answer.names["commitments"][0][1].startswith(promise)
    assert all(h.speaker == person for h in answer.sources) and len(answer.sources) == len(answer.names["commitments"])


def test_someone_who_committed_to_nothing(archive):
    answer = archive.ask("What did Tamara Williams promise?")
    assert "I found no commitment by Tamara Williams in the transcripts." == render.plain(answer)
    assert "commitments" == archive.ask("Quelles sont les actions à suivre de la réunion AFRALO ?").kind


@pytest.mark.parametrize("question, meeting, first", [
    ("What dates were announced in the NARALO call?", "naralo-2026-10-12-en", "• 20 October 2026, 16:00 UTC — Ethan Brooks: «"),
    ("Quelles dates ont été annoncées à la réunion AFRALO ?", "afralo-2026-10-05-fr", "• 13 octobre 2026, 15:00 UTC — Koffi Mensah: «"),
    ("Quais datas foram anunciadas no webinário?", "lacralo-webinar-2026-10-26-pt", "• semana de 2 de novembro de 2026 — Beatriz"),
])
def test_the_dates_a_call_announced(archive, question, meeting, first):
    answer = archive.ask(question)
    lines = render.plain(answer).split("\n")
    assert ("dates", meeting) == (answer.kind, answer.sources[0].meeting_id)
    assert lines[1].startswith(first) and len(answer.summary.mentions) == len([x for x in lines if x.startswith("• ")])
    assert [h.turn_index for h in answer.sources] == [d.turn for d in answer.summary.mentions]
    assert "dates" != archive.ask("What deadlines were mentioned for the DNS abuse statement?").kind      # a topic: search


def test_the_webinars_listed_are_the_webinars(archive):
    assert {"webinar"} == {m.kind for m in archive.ask("list the webinars").meetings}
    assert 2026 == {int(m.date[:4]) for m in archive.ask("how many meetings in 2026?").meetings}.pop()


@pytest.mark.parametrize("question, mid", [
    ("quien fue el chair de afralo?", "afralo-2026-10-05-fr"), ("quem foi o chair da naralo?", "naralo-2026-10-12-en"),
    ("qui était le chair à la réunion AFRALO ?", "afralo-2026-10-05-fr"), ("chair?", "lacralo-webinar-2026-10-26-pt"),
    ("chair naralo?", "naralo-2026-10-12-en"),
])
def test_the_anglicism_chair_asks_who_chaired(archive, question, mid):
    answer = archive.ask(question)
    assert ("chair", mid) == (answer.kind, answer.meeting.id)


def test_one_word_questions_ask_for_the_data(archive):
    from knowledge.models import Conversation
    assert ("survey", "lacralo-webinar-2026-10-26-pt") == ((a := archive.ask("survey?")).kind, a.meeting.id)
    assert ("no_survey", "naralo-2026-10-12-en") == ((a := archive.ask("encuesta naralo?")).kind, a.meeting.id)
    assert "next" == archive.ask("next?").kind == archive.ask("¿próxima?").kind
    # after an agenda item, "next?" is the next item; with a topic, a survey or a chair is searched
    after_item = archive.ask("next?", context=Conversation(("naralo-2026-10-12-en",), "presenter", item=1))
    assert "presenter" == after_item.kind
    for question in ("survey about mentoring?", "chair of the working group?", "chair of alac?", "next steps for toronto?"):
        assert archive.ask(question).kind not in ("survey", "chair", "next"), question
