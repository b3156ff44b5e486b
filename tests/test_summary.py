"""Post-call summaries on the real calls, on the demo corpus, and on odd transcripts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from bot import render_summary
from bot.telegram_text import split_message
from knowledge import formats, ingest, transcripts
from knowledge.store import Store
from knowledge.models import Turn
from knowledge.summary import questions, summarize

from conftest import CALL_2016, CALL_2020, DEMO, _need_corpus


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    _need_corpus()
    s = Store(tmp_path_factory.mktemp("summary") / "acta.db")
    ingest.ingest_paths(s, [CALL_2016, CALL_2020, DEMO], max_bytes=10_000_000)
    yield s
    s.close()


def test_2016_call(store):
    s = summarize(store.meeting("lacralo-2016-06-20-fr"))
    assert (9, 5, {"pt": 1}) == (s.present, len(s.joined_later), s.channels)
    assert ("Carlos Raúl Gutiérrez", "Javier Chandia", "Carlos Dionisio Aguirre", "Rodrigo de La Parra") == s.apologies
    mediation = next(i for i in s.items if "médiation" in i.title)
    assert any("médiateur" in q.text and q.speaker == "Humberto Carrasco" for q in mediation.quotes)
    assert 2 <= len(mediation.quotes) <= 4
    deferred = [q for q in s.questions if q.deferred]
    assert [("Raitme Citterio", "Rodrigo Saucedo")] == [(q.asker, q.answerer) for q in deferred]
    assert "Quand est-ce que vous avez changé d'avis?" == deferred[0].question
    montevideo = next(m for m in s.mentions if m.place == "Montevideo")
    assert ("2016-08-30", "2016-08-31", "day", "Aida Noblia") == (montevideo.date, montevideo.end,
                                                                 montevideo.precision, montevideo.speaker)
    assert any(m.place == "Guadalajara" and m.date == "2016-12-01" and m.precision == "month" for m in s.mentions)
    assert any("sondage Google" in c.text and c.speaker == "Maritza Aguero" for c in s.commitments)
    assert any("liste de diffusion" in c.text and c.speaker == "Rodrigo Saucedo" for c in s.commitments)
    # Vanda's promise read out from the chat by Maritza («Elle dit : « je vais vous envoyer… »») is not hers.
    assert not any("texte final" in c.text for c in s.commitments)
    divers = next(i for i in s.items if i.title == "Divers")       # what was said, not the chair closing it
    assert divers.quotes and not any("Ne voyant pas" in q.text for q in divers.quotes)


def test_2020_call(store):
    s = summarize(store.meeting("lacralo-2020-02-17-fr"))
    webinar = s.items[0]
    assert ("Webinaire sur le DNS et l'internet des objets", "Patricio Carranza") == (webinar.title, webinar.presenter)
    assert all(q.speaker == "Patricio Carranza" for q in webinar.quotes) and webinar.quotes
    assert 5 == len(s.survey)
    assert s.survey[0] == "que pensez-vous de la technologie utilisée pour le webinaire ?"
    leaders = next(m for m in s.mentions if m.speaker == "León Sanchez")
    assert ("2020-02-18", "17:00") == (leaders.date, leaders.time_utc)
    assert any(m.place == "Cancún" and m.date.startswith("2020-03") for m in s.mentions)
    # Sylvia Herlein Leite sent apologies; the IDN report on the agenda is hers, but she never spoke.
    # Humberto Carrasco apologised, then joined and spoke.
    assert ("Sylvia Herlein Leite", "Maritza Aguero", "Alejandro Pisanty") == s.apologies
    idn = next(i for i in s.items if "IDN" in i.title)
    assert ("Sylvia Herlein Leite", True) == (idn.presenter, idn.absent)
    assert [webinar] == [i for i in s.items if i.presenter == "Patricio Carranza" and not i.absent]
    assert "Sylvia Herlein Leite (down to present, sent apologies)" in render_summary.summary_html(s, "en")


def test_items_start_in_agenda_order_and_quote_their_own_turns(store):
    for mid in ("lacralo-2016-06-20-fr", "lacralo-2020-02-17-fr"):
        s = summarize(store.meeting(mid))
        starts = [i.start_turn for i in s.items if i.start_turn is not None]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)
        for item, following in zip(s.items, s.items[1:] + (None,)):
            end = following.start_turn if following and following.start_turn is not None else 10_000
            assert all(item.start_turn <= q.turn < end for q in item.quotes)


@pytest.mark.parametrize("mid, survey", [("lacralo-2026-09-21-es", 4), ("lacralo-webinar-2026-10-26-pt", 5)])
def test_demo_surveys_and_rendering_in_every_language(store, mid, survey):
    s = summarize(store.meeting(mid))
    assert survey == len(s.survey)
    for lang, label in (("fr", "Questions du sondage"), ("es", "Preguntas de la encuesta"),
                        ("pt", "Perguntas da pesquisa"), ("en", "Survey questions")):
        html = render_summary.summary_html(s, lang)
        assert label in html
        assert all(len(p) <= 4096 for p in split_message(html))
        # "Name : «…»" in French typography only; "Name: «…»" in the others
        said = re.findall(r"• [^<«\n]*?( ?): «", html)
        assert said and set(said) == ({" "} if lang == "fr" else {""}), lang


def test_the_english_demo_commitments_and_dates(store):
    s = summarize(store.meeting("naralo-2026-10-12-en"))
    assert s.commitments and s.mentions
    assert all(m.date > "2026-10-12" for m in s.mentions)


@pytest.mark.parametrize("mid", ["afralo-2026-10-05-fr", "lacralo-2026-09-21-es", "lacralo-webinar-2026-10-26-pt"])
def test_showing_slides_is_no_question_nor_commitment(store, mid):
    # "Je vais partager mon écran. Est-ce que vous voyez la présentation ?"
    s = summarize(store.meeting(mid))
    said = [q.question for q in s.questions] + [c.text for c in s.commitments]
    assert not [x for x in said if re.search(r"écran|pantalla|tela|présentation \?|presentación\?|apresentação\?", x)]


@pytest.mark.parametrize("mid", ["lacralo-webinar-2026-10-26-pt", "naralo-2026-10-12-en", "afralo-2026-10-05-fr"])
def test_every_presented_item_quotes_its_presenter(store, mid):
    # A presenter's short reply to the chair ("Vocês me ouvem bem?") does not end their item.
    s = summarize(store.meeting(mid))
    for item in s.items:
        if item.presenter and not item.absent and item.title != "Sessão de perguntas e respostas":
            assert item.presenter in {q.speaker for q in item.quotes}, item.title


@pytest.mark.parametrize("mid, title, presenter", [
    ("afralo-2026-10-05-fr", "Point sur la préparation de l'atelier régional d'Abidjan", "Ousmane Ndiaye"),
    ("naralo-2026-10-12-en", "Update on the NARALO newsletter", "Tamara Williams"),
    ("lacralo-2016-06-20-fr", "Processus de médiation de LACRALO", "Humberto Carrasco"),
    ("lacralo-2016-06-20-fr", "Divers", None),       # any other business is everyone's
    # The chair called on Raul (who did not answer), then on Alberto: he presented nothing.
    ("lacralo-2020-02-17-fr", "Conversation régionale avec les membres de l'ALAC", None),
    ("lacralo-2020-02-17-fr", "Restez dans la salle Zoom pour remplir le questionnaire", None),   # one line
])
def test_an_item_the_agenda_names_no_one_for_was_presented_by_who_said_most_of_it(store, mid, title, presenter):
    s = summarize(store.meeting(mid))
    item = next(i for i in s.items if i.title == title)
    assert (presenter, presenter is not None) == (item.presenter, item.led)
    agenda = {i.title: i.presenter for i in store.meeting(mid).agenda}
    assert all(i.led == (agenda[i.title] is None and i.presenter is not None) for i in s.items)


@pytest.mark.parametrize("mid", ["lacralo-2026-09-21-en", "lacralo-2026-09-21-es"])
def test_a_time_goes_to_the_date_it_is_said_with(store, mid):
    # "the IPv6 webinar is next Tuesday at 15:00 UTC and … we will send the invitation … tomorrow";
    # "tomorrow at 17:00 UTC our ALS is organizing an open talk" (Rubén Ocampo).
    said = {(m.speaker, m.date, m.time_utc) for m in summarize(store.meeting(mid)).mentions}
    assert {("Carlos Medina", "2026-09-29", "15:00"), ("Carlos Medina", "2026-09-22", None),
            ("Rubén Ocampo", "2026-09-22", "17:00")} <= said
    assert ("Carlos Medina", "2026-09-22", "15:00") not in said


def test_three_dates_each_with_its_time_and_no_day_twice(store):
    from knowledge.dates import mentions

    said = "We meet on 9 October at 14:00 UTC, 16 October at 15:00 UTC and 23 October."
    found = mentions([Turn(0, "Ana Lima", "ANA LIMA", "member", said)], "2026-10-02", "en")
    assert [("2026-10-09", "14:00"), ("2026-10-16", "15:00"), ("2026-10-23", None)] == [(m.date, m.time_utc) for m in found]
    # «Donc demain… à 17:00 UTC» then «c'est une discussion pour demain»: the day once, with its time.
    days = [(m.date, m.time_utc) for m in summarize(store.meeting("lacralo-2020-02-17-fr")).mentions]
    assert [("2020-02-18", "17:00")] == [d for d in days if d[0] == "2020-02-18"]


@pytest.mark.parametrize("sentence", ["O projeto vai até a segunda fase.", "Vamos até a quarta reunião."])
def test_portuguese_ordinals_are_no_weekdays(sentence):
    from knowledge.dates import _dates_in

    assert [] == _dates_in(sentence, dt.date(2026, 10, 26), "pt")


def test_a_time_said_after_two_dates_goes_to_the_nearer():
    from knowledge.dates import mentions

    said = "We will send the invitation tomorrow, and the webinar itself is next Tuesday at 15:00 UTC."
    found = mentions([Turn(0, "Ana Lima", "ANA LIMA", "member", said)], "2026-09-21", "en")
    assert [("2026-09-22", None), ("2026-09-29", "15:00")] == [(m.date, m.time_utc) for m in found]


@pytest.mark.parametrize("mid, speaker, date, shown", [
    ("afralo-2026-10-05-fr", "Ousmane Ndiaye", "2026-10-09", "9 October 2026"),                # "d'ici vendredi"
    ("naralo-2026-10-12-en", "Tamara Williams", "2026-10-16", "16 October 2026"),              # "by Friday"
    ("lacralo-webinar-2026-10-26-pt", "Diego Alarcón", "2026-10-30", "30 October 2026"),       # "até sexta-feira"
    ("lacralo-webinar-2026-10-26-pt", "Beatriz Gonçalves", "2026-11-02", "week of 2 November 2026"),  # "na próxima semana"
    ("lacralo-2016-06-20-fr", "Humberto Carrasco", "2016-06-27", "week of 27 June 2016"),      # "La semaine prochaine"
])
def test_deadlines_by_a_weekday_and_next_week(store, mid, speaker, date, shown):
    s = summarize(store.meeting(mid))
    assert date in {m.date for m in s.mentions if m.speaker == speaker}
    assert f"<b>{shown}</b> — {speaker}" in render_summary.summary_html(s, "en")


@pytest.mark.parametrize("said, meeting_day, day", [
    ("next Tuesday", "2026-09-21", "2026-09-29"),         # said on a Monday: not tomorrow
    ("el próximo martes", "2026-09-21", "2026-09-29"),
    ("mardi prochain", "2026-09-17", "2026-09-22"),       # said on a Thursday: the coming one
    ("by Friday", "2026-10-16", "2026-10-23"),            # said on a Friday: not the call's own day
    ("après-demain", "2026-09-21", "2026-09-23"),
    ("d’ici vendredi", "2026-09-21", "2026-09-25"),       # a curly apostrophe, as in the 2016 call
    ("mañana", "2026-09-21", "2026-09-22"),
])
def test_days_said_relative_to_the_call(said, meeting_day, day):
    from knowledge.dates import _dates_in

    base = dt.date.fromisoformat(meeting_day)
    assert [day] == [d for d, _, _, _ in _dates_in(f"Lo haremos {said}.", base, "es")]


@pytest.mark.parametrize("sentence", ["Nos vemos esta mañana.", "La reunión es por la mañana.", "El viernes pasado fue bueno."])
def test_the_morning_and_a_bare_weekday_are_no_dates(sentence):
    from knowledge.dates import _dates_in

    assert [] == _dates_in(sentence, dt.date(2026, 9, 21), "es")


def parse(text: str):
    doc = formats.from_bytes(text.encode(), "odd-2026-11-05.txt")
    return doc, transcripts.parse(doc)


@pytest.mark.parametrize("text, missing", [
    ("ANA LIMA: Today we talk about the budget for the outreach event and the travel support.\n", ("agenda", "roll_call")),
    ("INTERPRETER: The interpreter cannot hear the speaker.\nOPERATOR: The recording has started.\n",
     ("agenda", "roll_call", "speech")),
])
def test_odd_transcripts_get_a_shorter_summary_that_says_what_is_missing(tmp_path, text, missing):
    with Store(tmp_path / "odd.db") as store:
        doc, t = parse(text)
        mid, _ = store.save(t, doc)
        s = summarize(store.meeting(mid))
        assert missing == s.missing
        html = render_summary.summary_html(s, "en")
        assert html.strip() and "No agenda was read out." in html or "speech" in missing


def test_three_thousand_turns(tmp_path):
    lines = ["JANE DOE: Welcome to the NARALO monthly call on 5 November 2026."]
    for i in range(3000):
        speaker = ("ANA LIMA", "BEN COLE", "CARLA DIAZ")[i % 3]
        lines.append(f"{speaker}: Point {i} about the outreach budget and the newsletter schedule for the region.")
    with Store(tmp_path / "big.db") as store:
        doc, t = parse("\n".join(lines))
        mid, _ = store.save(t, doc)
        s = summarize(store.meeting(mid))
        assert 3001 == len(store.meeting(mid).turns) and s.items and len(s.items[0].quotes) <= 6
        assert split_message(render_summary.summary_html(s, "fr"))


def test_the_start_is_shown_in_the_groups_zones(store):
    s = summarize(store.meeting("lacralo-2016-06-20-fr"))
    html = render_summary.summary_html(s, "es", ("UTC", "America/Buenos_Aires", "America/Mexico_City"))
    assert html.split("\n")[1] == "20:00 Buenos Aires · 18:00 Mexico City"


@pytest.mark.parametrize("mid, asker, answerer, deferred, start", [
    # Asked without a question mark: "me gustaría saber…", "Eu queria saber…", "I would like to know…".
    ("lacralo-2026-09-21-es", "Keisha Thompson", "José Martínez", True, "José, me gustaría saber"),
    ("lacralo-webinar-2026-10-26-pt", "Paulo Mendes", "João da Silva", False, "Eu queria saber"),
    # Cut off ("…say anything about [inaudible] the…"), then asked again: once, as asked again.
    ("naralo-2026-10-12-en", "Alejandro Ruiz Paredes", "Priya Raman", True, "I was asking whether"),
    # The chair passes it on ("Buena pregunta. Hernán, ¿puedes responder tú?"): Hernán answers.
    ("lacralo-2026-09-21-es", "Thiago Nascimento", "Hernán Villalobos", False, "Quería saber"),
    # Not Tamara, whom the chair then asks to note it ("Tamara, please note that…").
    ("naralo-2026-10-12-en", "Michael Chambers", "Marc-André Gagnon", False, "Could we add a short item"),
])
def test_questions_asked_without_a_question_mark_and_who_answered(store, mid, asker, answerer, deferred, start):
    s = summarize(store.meeting(mid))
    assert [(asker, answerer, deferred)] == [(q.asker, q.answerer, q.deferred) for q in s.questions
                                             if q.question.startswith(start)]


@pytest.mark.parametrize("mid, asked", [
    ("afralo-2026-10-05-fr", "ajouter Éric"), ("lacralo-2026-09-21-es", "registrar la asistencia"),
    ("lacralo-2016-06-20-fr", "voulez poser une question"),
    ("lacralo-webinar-2026-10-26-pt", "registrar a presença"), ("lacralo-webinar-2026-10-26-pt", "ler as perguntas")])
def test_asking_staff_to_note_someone_or_inviting_questions_is_no_question(store, mid, asked):
    s = summarize(store.meeting(mid))
    assert s.questions and not [q for q in s.questions if asked in q.question]


def test_a_summary_is_made_once_while_the_archive_is_unchanged(tmp_path):
    from knowledge.answers import Answerer
    from knowledge.search import Searcher

    with Store(tmp_path / "acta.db") as store:
        ingest.ingest_paths(store, [DEMO / "afralo-2026-10-05-fr.txt"], max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store))
        first = answerer.summary_of("afralo-2026-10-05-fr")
        assert first is answerer.summary_of("afralo-2026-10-05-fr")
        assert first == summarize(store.meeting("afralo-2026-10-05-fr"))
        ingest.ingest_paths(store, [DEMO / "naralo-2026-10-12-en.txt"], max_bytes=10_000_000)     # the archive changed
        again = answerer.summary_of("afralo-2026-10-05-fr")
        assert again is not first and again == first


@pytest.mark.parametrize("asked, listed", [
    ("Et j'avais compris que ce n'était pas possible. Quand est-ce que vous avez changé d'avis ?", True),
    ("Voilà ce que je voulais dire. Et vous, qu'est-ce que vous en pensez ?", False),     # no topic
])
def test_a_question_needs_two_words_with_a_topic(asked, listed):
    turns = [Turn(0, "Ana Lima", "ANA LIMA", "member", asked),
             Turn(1, "Rui Costa", "RUI COSTA", "member", "Nous avons changé d'avis après la réunion de Marrakech, en mars.")]
    assert [("Ana Lima", "Rui Costa")] * listed == [(q.asker, q.answerer) for q in questions(turns)]


def test_a_question_cut_off_and_asked_again_is_listed_once(store):
    asked = [q for q in summarize(store.meeting("naralo-2026-10-12-en")).questions if q.asker == "Alejandro Ruiz Paredes"]
    assert [("I was asking whether", "Priya Raman")] == [(q.question[:20], q.answerer) for q in asked]
    # Two questions of the same member, neither cut off, stay two.
    turns = [Turn(0, "Ana Lima", "ANA LIMA", "member", "Rui, will the webinars be recorded and published on the wiki?"),
             Turn(1, "Rui Costa", "RUI COSTA", "member", "Yes, they will be recorded and published on the wiki page."),
             Turn(2, "Ana Lima", "ANA LIMA", "member", "Rui, and will the slides be translated into Portuguese too?"),
             Turn(3, "Rui Costa", "RUI COSTA", "member", "Yes, the slides will be translated into Portuguese as well.")]
    assert 2 == len(questions(turns))
    # Cut off by laughter, or asked again about something else: two questions.
    laughing = [dataclasses.replace(turns[0], text="Rui, will the webinars be recorded [laughter] and published on the wiki?"),
                turns[1], dataclasses.replace(turns[2], text="Rui, and will the webinars be translated into Portuguese too?"),
                turns[3]]
    assert 2 == len(questions(laughing))
    cut = [dataclasses.replace(turns[0], text="Rui, will the webinars be recorded [inaudible] and published on the wiki?"),
           turns[1], turns[2], turns[3]]
    assert 2 == len(questions(cut))                     # (the slides are another question)
    again = cut[:2] + [dataclasses.replace(turns[2], text="Rui, I was asking whether the webinars will be published on the wiki?"),
                       turns[3]]
    assert ["Rui, I was asking whether"] == [q.question[:25] for q in questions(again)]


@pytest.mark.parametrize("asked", ["Gostaria de saber se alguém pode responder se os webinários serão gravados no site?",
                                   "Onde se pode ler o relatório final do grupo de trabalho sobre aceitação universal?"])
def test_can_someone_in_a_members_question_is_still_a_question(asked):
    turns = [Turn(0, "Ana Lima", "ANA LIMA", "member", asked),
             Turn(1, "Rui Costa", "RUI COSTA", "member", "Sim, vamos publicar tudo na página wiki do grupo na próxima semana.")]
    assert [("Ana Lima", "Rui Costa")] == [(q.asker, q.answerer) for q in questions(turns)]


@pytest.mark.parametrize("mid, speaker, promise", [
    ("lacralo-2026-09-21-es", "Carlos Medina", "Te escribo después de la llamada"),
    ("lacralo-2026-09-21-en", "Carlos Medina", "I will write to you after the call"),
    ("afralo-2026-10-05-fr", "Mamadou Sanogo", "Je vous contacterai après l'appel"),
    ("naralo-2026-10-12-en", "Michael Chen", "We will have them translated"),
    ("lacralo-webinar-2026-10-26-pt", "Beatriz Gonçalves", "Vou entrar em contato com você"),
    ("lacralo-webinar-2026-10-26-pt", "Marcela Quintero", "Vou mandar o link pela lista"),
])
def test_promises_to_write_contact_or_translate_are_commitments(store, mid, speaker, promise):
    assert any(c.text.startswith(promise) and c.speaker == speaker for c in summarize(store.meeting(mid)).commitments)


@pytest.mark.parametrize("mid, said", [
    ("lacralo-2026-09-21-es", "Quería anunciar que mañana a las 17:00 UTC"), ("lacralo-2026-09-21-en", "I wanted to announce"),
])
def test_any_other_business_quotes_what_was_raised_not_the_chair_closing_it(store, mid, said):
    aob = summarize(store.meeting(mid)).items[-1]
    assert any(q.text.startswith(said) for q in aob.quotes)
    assert not any(re.search(r"other business|asuntos varios|desconecten|last item", q.text) for q in aob.quotes)


def test_a_member_raising_any_other_business_is_quoted_and_apologies_show_without_a_roll_call(tmp_path):
    text = ("2026-05-04\nANA SILVA: Welcome to the LACRALO monthly call. Apologies: Lee Park.\n"
            "BRUNO COSTA: Under any other business, I would like to raise the travel funding for the Bogotá "
            "regional event, which several members asked me about this week.\nANA SILVA: If there is no other "
            "business, I would like to thank everyone for joining.\n")
    path = tmp_path / "lacralo-2026-05-04-en.txt"
    path.write_text(text, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [path], max_bytes=100_000)
        s = summarize(store.meeting("lacralo-2026-05-04-en"))
    quoted = [q.text for i in s.items for q in i.quotes]
    assert any(q.startswith("Under any other business, I would like to raise the travel funding") for q in quoted)
    assert not any("If there is no other business" in q for q in quoted)
    assert () == s.joined_later and "roll_call" in s.missing            # (no roll call: no one is late)
    html = render_summary.summary_html(s, "en")
    assert "The transcript has no roll call." in html and "Apologies: Lee Park." in html
