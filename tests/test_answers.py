"""Answering: quotes with attribution, the reply's language, "nothing found", greetings, and a question's topic."""
from __future__ import annotations

import datetime as dt

import re

import pytest

from bot import i18n, render
from knowledge import analysis, written_names
from knowledge.answers import Answerer, reply_language


def test_the_montevideo_question(answerer):
    answer = answerer.ask("Quand aura lieu l'événement à Montevideo ?")
    assert ("passage", "fr") == (answer.kind, answer.language)
    assert "les 30 et 31 août, à Montevideo" in " ".join(answer.quote)
    text = render.plain(answer)
    assert "Aida Noblia — appel mensuel de LACRALO, 20 juin 2016" in text
    assert "Autres sources :" in text


def test_a_question_in_another_language_than_the_call(answerer):
    answer = answerer.ask("¿Cuándo es el evento en Montevideo?")
    assert ("es", "Aida Noblia") == (answer.language, answer.sources[0].speaker)
    assert "Aida Noblia — llamada mensual de LACRALO, 20 de junio de 2016" in render.plain(answer)


@pytest.mark.parametrize("question", ["Who spoke about the working group?", "¿Quién habló del grupo de trabajo?"])
def test_a_glossary_phrase_answers_across_languages(answerer, question):
    # "working" alone is in no French turn; the phrase's translation "groupe de travail" is.
    answer = answerer.ask(question)
    assert "passage" == answer.kind and "groupe de travail" in " ".join(answer.quote)


def test_the_client_language_wins_over_the_question(answerer):
    assert "pt" == answerer.ask("Montevideo", language="pt-BR").language


@pytest.mark.parametrize("question, language", [
    ("Quand aura lieu l'événement ?", "fr"), ("¿Cuándo es la reunión?", "es"),
    ("Quando será a reunião?", "pt"), ("When is the next call?", "en"), ("Montevideo", "en"),
    # Typed without accents, as phones often send them.
    ("resume de la derniere reunion", "fr"), ("resumen de la reunion de octubre", "es"),
    ("cuantas veces se menciono Toronto?", "es"), ("tem algo sobre bogota?", "pt"),
    ("hubo reunion en marzo?", "es"), ("summary of the last call", "en"),
    ("que pregunto Keisha?", "es"), ("o que perguntou o Thiago?", "pt"),
    # Words shared by the languages: the identifier decides, names left out.
    ("Havia intérpretes no webinário?", "pt"), ("Pode-se participar a distância?", "pt"), ("próximo webinário", "pt"),
    ("Peut-on suivre l'atelier d'Abidjan à distance ?", "fr"), ("Ela esteve presente?", "pt"),
    ("Did Rodrigo de La Parra send apologies?", "en"), ("So what can NARALO do?", "en"),
    ("Humberto a parlé ?", "fr"), ("Aida a parlé ?", "fr"), ("Peut-on parler de cyber-sécurité ?", "fr"),   # (a name first)
    ("Qui a preside?", "fr"), ("Humberto a parle?", "fr"), ("Proxima reunion?", "es"),     # no accents: the cues
    ("Et Rachid El Amrani ?", "fr"), ("A Priya Raman esteve ausente?", "pt"),     # ("El" in a name is no Spanish)
    ("Agenda de la reunion?", "es"), ("La reunion de Toronto?", "es"),      # tied cues, no accents: the identifier
    # Not one of ours: the group's.
    ("Когда следующая встреча?", "en"), ("Montevideo ?", "en"), ("Agenda?", "en"),
    ("Presupuesto?", "es"),
    # A verb first is no name: "Posso" is Portuguese.
    ("Posso participar?", "pt"), ("Puedo participar?", "es"), ("Puis-je y participer ?", "fr"), ("Can I join?", "en"),
    ("Y Maritza?", "es"), ("Y Linda?", "es"),
])
def test_reply_language_from_the_question(question, language):
    assert language == reply_language(question, default="en")


def test_nothing_relevant_says_so_and_suggests(answerer):
    answer = answerer.ask("What is the price of bananas in Tokyo?")
    assert "nothing" == answer.kind and not answer.sources
    text = render.plain(answer)
    assert text.startswith("I found nothing about that in the transcripts.")
    assert "17 February 2020 — LACRALO monthly call" in text


def test_the_chairs_announcement_is_not_the_answer(archive):
    # ("When is the outreach event in Toronto?" is the event announced, while it is still to come)
    answer = archive.ask("When will the outreach event in Toronto take place?")
    assert "3 December in Toronto" in " ".join(answer.quote) and "Nadine Tremblay" == answer.sources[0].speaker
    foro = archive.ask("¿Cuándo es el Foro Regional de Usuarios?")
    assert "14 y 15 de noviembre en Asunción" in " ".join(foro.quote)


def test_asking_for_comments_on_the_agenda_is_not_the_answer(archive):
    # Tamara's "Are there any comments or additions to the agenda?" shares "comments" (NARALO).
    for question in ("¿Cuál es el plazo para enviar comentarios sobre el abuso del DNS?",
                     "What is the deadline for comments on the DNS abuse statement?"):
        answer = archive.ask(question)
        assert "agenda" not in " ".join(answer.quote), question
    # The acronym is in Patricia's turn on DNS abuse, not in the passage with the deadline.
    deadline = archive.ask("¿Cuál es el plazo para enviar comentarios sobre el abuso del DNS?")
    assert ("Patricia Villanueva", ["El plazo para enviar comentarios vence el viernes 9 de octubre."]) == \
        (deadline.sources[0].speaker, list(deadline.quote))


@pytest.mark.parametrize("question", ["x" * 10_000, "'; DROP TABLE turns; --", "NEAR(\"AND\" * OR"])
def test_absurd_questions_get_a_sensible_reply(answerer, question):
    answer = answerer.ask(question)
    assert answer.kind in ("nothing", "passage")
    assert render.plain(answer)


@pytest.mark.parametrize("question", ["", "🙂", "?" * 50, " … !! "])
def test_a_question_without_words_is_asked_for_in_words(answerer, question):
    answer = answerer.ask(question)
    text = render.plain(answer)
    assert "no_words" == answer.kind and text.startswith("Ask your question in words, for example:")
    assert "I know 2 meeting(s)" in text and not answer.sources
    assert "Posez votre question avec des mots" in render.plain(answerer.ask(question, language="fr"))


@pytest.mark.parametrize("message, kind, said", [
    ("Merci !", "thanks", "Avec plaisir !"), ("¡Muchas gracias!", "thanks", "¡Con gusto!"),
    ("Obrigada, Acta", "thanks", "Por nada!"), ("thank you very much", "thanks", "You're welcome!"),
    ("Bonjour à tous", "greeting", "Bonjour ! Posez-moi une question"), ("¡Hola!", "greeting", "¡Hola! Hazme una pregunta"),
    ("Boa noite", "greeting", "Olá! Faça uma pergunta"), ("hi", "greeting", "Hello! Ask me a question"),
])
def test_thanks_and_greetings_are_answered_in_their_language(answerer, message, kind, said):
    answer = answerer.ask(message)
    assert (kind, ()) == (answer.kind, answer.sources) and render.plain(answer).startswith(said)
    assert render.plain(answerer.ask(message, language="pt-BR")).startswith(("Por nada!", "Olá!"))


def test_thanks_with_a_question_is_a_question(answerer):
    assert "passage" == answerer.ask("Merci ! Et quand aura lieu l'événement à Montevideo ?").kind


def test_every_string_exists_in_every_language_with_the_same_placeholders():
    import string
    for key, table in i18n.STRINGS.items():
        assert set(i18n.LANGUAGES) == set(table), key
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f} for lang, text in table.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, key


def test_dates_and_meeting_names_in_each_language():
    assert ["20 juin 2016", "20 de junio de 2016", "20 de junho de 2016", "20 June 2016"] == [
        i18n.date("2016-06-20", lang) for lang in i18n.LANGUAGES]
    assert "webinário de LACRALO" == i18n.meeting("LACRALO", "webinar", "pt")
    assert "call" == i18n.meeting(None, "call", "en")


def test_glossary_terms_are_the_same_notion_not_a_neighbour(archive):
    # "recording" is no "video" ("¿Puedes … apagar el video?" answered "Link to the recording?").
    assert "video" not in analysis.query_terms("Link to the recording?")
    assert "enregistrement" in archive.ask("Link to the recording?").sources[0].text
    # "declaración" is the "statement" of the English call.
    answer = archive.ask("¿Qué se decidió sobre la declaración de ALAC?")
    assert ("Priya Raman", "es") == (answer.sources[0].speaker, answer.language)


@pytest.mark.parametrize("question", ["¿Se grabarán los webinars?", "Os webinários serão gravados?"])
def test_the_verb_record_in_spanish_and_portuguese_is_the_recording(archive, question):
    # Koffi answers Fatou: "tous les webinaires seront enregistrés".
    answer = archive.ask(question)
    assert "Koffi Mensah" == answer.sources[0].speaker and "enregistrés" in " ".join(answer.quote)


@pytest.mark.parametrize("question, speaker, says", [
    ("que dijo priya sobre los dominios de codigo de pais?", "Priya Raman", "country code domains"),
    ("what did aicha say about participation rate?", "Aïcha Benali", "le taux de participation"),
    ("hasta cuando puedo mandar fotos para el boletin?", "Tamara Williams", "photos"),
])
def test_glossary_words_of_our_calls(archive, question, speaker, says):
    answer = archive.ask(question)
    assert (speaker, True) == (answer.sources[0].speaker, says in " ".join(answer.quote))


def test_a_word_named_as_written_is_never_searched_for():
    # "grabar" stems as English "grab": its forms name the recording entry, and are not
    # searched in English passages when someone asks about the recording.
    assert "enregistr" in analysis.query_terms("¿Se grabarán los webinars?")
    assert "grab" not in analysis.query_terms("Where is the recording?")
    assert "enregistr" not in analysis.query_terms("Can you grab the slides?")


@pytest.mark.parametrize("question", ["When is the Abidjan workshop?",
                                      # typed in lower case: the calls write it as a name only
                                      "quand a lieu l'atelier d'abidjan?", "when is the abidjan workshop"])
def test_a_named_place_must_be_in_the_answer(archive, question):
    answer = archive.ask(question)
    assert "Abidjan" in " ".join(answer.quote) and "afralo-2026-10-05-fr" == answer.sources[0].meeting_id


def test_a_regional_group_is_no_typo_of_another(archive):
    assert () == archive.speller.readings("who talked about APRALO?")        # (not "AFRALO")
    assert "nothing" == archive.ask("who talked about APRALO?").kind


def test_words_the_calls_write_only_as_names_are_names_in_lower_case_too(archive):
    def titled(*words):
        return written_names.written_as_names(archive.store, words)
    assert {"abidjan", "toronto", "montevideo", "olivia"} == titled("abidjan", "toronto", "montevideo", "olivia")
    # a word also written in lower case, a sentence's first word, an acronym, a month or weekday, a
    # word only ever in a name of several ("Latin America", "Amérique du Sud", "Nadine Tremblay") or
    # in one word ("WhatsApp"): no name
    assert not titled("workshop", "bienvenidos", "comme", "dns", "icann", "october", "friday", "english",
                      "latin", "sud", "tremblay", "whats")


def test_nothing_found_counts_every_meeting(archive):
    answer = archive.ask("What is the price of bananas in Tokyo?")
    assert "I know 6 meeting(s), including:" in render.plain(answer)


@pytest.mark.parametrize("question, language", [
    ("Qui a parlé de la journée d'Internet organisée en Colombie en mai ?", "fr"),
    ("Qui a présenté la cybersécurité en Amérique latine ?", "fr"),
    ("taux de présence de Aida", "fr"), ("Participación de Lucía", "es"),
    ("O que foi decidido sobre o guia?", "pt"), ("What was decided about the newsletter?", "en"),
    # Spanish typed without accents is no French nor Portuguese
    ("que se comprometio a hacer jose martinez?", "es"), ("que prometio jose?", "es"), ("Será grabado?", "es"),
    ("Vai ser gravado?", "pt"),
    # "se" is French too: the verb tells
    ("se disculpo humberto?", "es"), ("Gabriela se disculpo?", "es"), ("Olivia llegó tarde?", "es"),
    ("a Olivia chegou atrasada?", "pt"), ("Humberto s'est excusé ?", "fr"),
])
def test_reply_language_of_harder_questions(question, language):
    assert language == reply_language(question, default="en")


def test_a_place_asked_about_must_be_named_not_just_share_a_stem(archive):
    # Snowball stems "France" and "français" alike; the demo's French call says "français".
    assert "nothing" == archive.ask("Who is the president of France?").kind
    assert "passage" == archive.ask("When is the Abidjan workshop?").kind


def test_a_phrase_translation_belongs_to_the_words_another_language_writes_otherwise():
    by_word = analysis.translations_by_word("Qui a présenté le plan d'atténuation ?")
    assert (set(), True) == (by_word["plan"], frozenset({"mitig"}) in by_word["attenuation"])
    by_word = analysis.translations_by_word("the communication working group report")
    assert frozenset({"travail"}) in by_word["working"] and "travail" not in analysis.query_terms("working")


def test_a_translation_into_several_words_is_said_only_by_all_of_them():
    forms = analysis.word_forms("Quantas vagas financiadas?")["vagas"]
    assert frozenset({"plac", "finance"}) in forms.translations
    said = {text: forms.said_in(set(analysis.analyze(text, "fr"))) for text in
            ("Nous avons prévu douze places financées.", "Il faut mettre en place un budget.")}
    assert {"Nous avons prévu douze places financées.": True, "Il faut mettre en place un budget.": False} == said


def test_a_word_has_the_synonyms_of_its_own_language():
    assert frozenset({"sondag"}) in analysis.word_forms("les résultats de l'enquête")["enquete"].translations


@pytest.mark.parametrize("question", ["Who spoke about Universal Acceptance?",
                                      "What was said about the Bilingual Newsletter?"])
def test_a_title_in_capitals_is_matched_like_any_words(archive, question):
    assert "passage" == archive.ask(question).kind


@pytest.mark.parametrize("question", ["How many times was IPv6 mentioned?", "Combien de fois a-t-on parlé d'IPv6 ?",
                                      "¿Cuántas veces se mencionó IPv6?", "Quantas vezes falaram de IPv6?"])
def test_asking_how_often_is_about_the_topic_not_the_words_many_and_times(archive, question):
    assert ["ipv6"] == analysis.question_words(question)
    answer = archive.ask(question)
    # Not "I will be brief because I know time is limited.", nor "Many of the small providers…":
    # the turns on IPv6, counted (tests/test_mentions.py).
    assert "mentions" == answer.kind and all("IPv6" in h.passage for h in answer.sources)
    assert ["many", "times", "like"] == analysis.question_words("Were there many times like that?")


@pytest.mark.parametrize("question, words", [
    ("Qu'ont-ils dit sur l'IPv6 ?", ["ipv6"]), ("Que disent-elles du budget ?", ["disent", "budget"]),
    ("Falou-se sobre IPv6?", ["ipv6"]), ("Peut-on parler de cyber-sécurité ?", ["cyber", "securite", "cybersecurite"]),
])
def test_a_pronoun_after_a_hyphen_is_no_half_of_a_word(question, words):
    """"ont-ils" is not the word "ontils" (which no turn says, so the question went unanswered)."""
    assert words == analysis.question_words(question)
    assert analysis.analyze("Ont-ils parlé ?", "fr") == analysis.analyze("Ont ils parlé ?", "fr")


@pytest.mark.parametrize("question", ["Qu'ont-ils dit sur l'IPv6 ?", "Qu'a-t-elle dit sur l'IPv6 ?", "Falou-se sobre IPv6?"])
def test_an_inverted_question_finds_the_turns(archive, question):
    answer = archive.ask(question)
    assert "passage" == answer.kind and "IPv6" in answer.sources[0].passage


@pytest.mark.parametrize("question, words", [
    # "quantas" stems as French "quant" ("quant à"): asking how many is no topic.
    ("Quantas vagas haverá?", ["vagas"]), ("¿Cuántas plazas hay?", ["plazas"]), ("Quantos países?", ["paises"]),
])
def test_asking_how_many_is_no_topic(question, words):
    assert words == analysis.question_words(question)


@pytest.mark.parametrize("question, words", [
    ("Where will the outreach event take place?", ["outreach", "event"]),
    ("Où se tiendra l'assemblée générale ?", ["assemblee", "generale"]),
    ("¿Dónde tendrá lugar el taller?", ["taller"]), ("Onde vai acontecer o fórum?", ["forum"]),
    ("How long will the mediation take?", ["mediation", "take"]), ("Combien de temps dure la médiation ?", ["dure", "mediation"]),
    ("Is there a place for newcomers?", ["place", "newcomers"]), ("How long is the list?", ["list"]),
])
def test_saying_that_something_happens_or_asking_how_long_is_no_topic(question, words):
    assert words == analysis.question_words(question)


def test_where_an_event_takes_place_is_asked_of_the_event(archive):
    # "take" and "place" used to outweigh "outreach" and "event": the forum in Asunción answered.
    answer = archive.ask("Where will the outreach event take place?")
    assert ("Nadine Tremblay", True) == (answer.sources[0].speaker, "in Toronto" in " ".join(answer.quote))


@pytest.mark.parametrize("question, topic, said", [
    ("Was there a call on the budget?", ["budget"], "budget"),
    ("Em que chamada se falou de abuso do DNS?", ["abuso", "dns"], "DNS"),
    ("In which meeting was Toronto discussed?", ["toronto"], "Toronto"),
])
def test_what_a_question_calls_the_meetings_is_not_its_topic(archive, question, topic, said):
    # Not "webinars before the 58th ICANN meeting", "El grupo de trabajo se reunió dos veces…",
    # "we meet every other Thursday".
    assert topic == analysis.question_words(question)
    answer = archive.ask(question)
    assert said in " ".join(answer.quote) and said in answer.sources[0].passage
    assert ["meeting"] == analysis.question_words("the meeting")        # alone, it is the topic


@pytest.mark.parametrize("question, speakers, said", [
    ("Who is organizing an open day on online security?", {"Éric Nkurunziza"}, "journée portes ouvertes"),
    ("What is the mentoring programme for new ALSes?", {"Koffi Mensah"}, "programme de mentorat"),
    # AFRALO's deadline (16 October) and LACRALO's (6 November) both answer it.
    ("When is the deadline for travel support requests?", {"Yasmina Haddad", "Hernán Villalobos"}, "apoio de viagem|soutien pour les déplacements"),
    # "les demandes" are requests, not a question about questions asked
    ("date limite pour les demandes de soutien?", {"Yasmina Haddad"}, "vendredi 16 octobre"),
])
def test_the_passage_holding_most_of_the_question_across_languages(archive, question, speakers, said):
    # Another event scored as high on "online" and "security" is not the one asked about.
    answer = archive.ask(question, k=6)      # (as the chat asks: one more for "More results")
    quote = " ".join(answer.quote)
    assert answer.sources[0].speaker in speakers and re.search(said, quote), quote


def test_a_question_about_the_agenda_topics_is_no_chair_move(archive):
    # "Second question: were the agenda topics relevant to you?" (a survey question, NARALO)
    assert "were the agenda topics relevant" in " ".join(archive.ask("Were the agenda topics relevant?").quote)


@pytest.mark.parametrize("question, speaker, says", [
    # A long turn on webinars scores higher, but none of its sentences says they will be recorded.
    ("Les webinaires seront-ils enregistrés ?", "Koffi Mensah", "tous les webinaires seront enregistrés"),
    # (LACRALO's and AFRALO's working groups both met twice; "se réunir" is "meet")
    ("How often does the working group meet?", "Carlos Medina|Koffi Mensah", "The working group has met twice|le groupe de travail s'est réuni deux fois"),
])
def test_the_quote_holds_the_question_when_a_passage_scored_near_it_does(archive, question, speaker, says):
    answer = archive.ask(question)
    assert (True, True) == (answer.sources[0].speaker in speaker.split("|"),
                            any(said in " ".join(answer.quote) for said in says.split("|")))


def test_a_place_no_transcript_says_is_answered_by_none(tmp_path):
    """Without the 2016 call, "l'événement à Montevideo" is in no transcript: another event is no
    answer. A name said only as a translation ("Board": "Conseil d'administration") still is."""
    from knowledge import ingest
    from knowledge.search import Searcher
    from knowledge.store import Store
    from conftest import DEMO

    with Store(tmp_path / "demo.db") as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store), today=lambda: dt.date(2026, 11, 22))
        assert "nothing" == answerer.ask("Quand aura lieu l'événement à Montevideo ?").kind
        assert "next" == answerer.ask("Quand aura lieu l'événement à Toronto ?").kind        # (announced, to come)
        assert "passage" == answerer.ask("Quand a eu lieu l'événement à Toronto ?").kind


@pytest.mark.parametrize("question", ["health insurance", "contraseña del wifi", "senha do wifi", "assurance maladie"])
def test_a_few_words_one_of_which_no_turn_says_find_nothing(archive, question):
    # "santé" and "mot de passe" are said, "insurance" and "wifi" nowhere: no half match quoted
    assert "nothing" == archive.ask(question).kind


@pytest.mark.parametrize("question, says", [("health", "santé"), ("contraseña de twitter", "mot de passe de Twitter"),
                                            ("what was said about the budjet?", "budget")])
def test_a_few_words_all_said_or_misspelt_still_answer(archive, question, says):
    answer = archive.ask(question)
    assert ("passage", True) == (answer.kind, says in " ".join(answer.quote))


def test_a_name_said_only_as_a_translation_still_answers(archive):
    answer = archive.ask("What did the Board decide about the budget?")
    assert "passage" == answer.kind


@pytest.mark.parametrize("question, words", [
    ("Posso participar do webinário?", ["participar", "webinario"]), ("Can I join the webinar?", ["join", "webinar"]),
    ("¿Debo registrarme?", ["registrarme"]), ("Puis-je y participer ?", ["participer"]),
    ("Should we send comments?", ["send", "comments"]), ("What was said in May?", ["may"]),
])
def test_modal_verbs_are_no_topic(question, words):
    """"Posso participar?" is not about whatever "possam" was said of."""
    assert words == analysis.question_words(question)


@pytest.mark.parametrize("question, speaker, said", [
    ("What did Vanda say about travel?", "Vanda Scartezini", "voyage"),
    ("What did Patricio say about smart watches?", "Patricio Carranza", "montre intelligente"),
    ("What was said about machine translation?", "Vanda Scartezini", "traduction automatique"),
    ("What was said about consumer trust?", "Vanda Scartezini", "confiance des consommateurs"),
    ("Who asked about East Africa?", "Grace Wanjiru", "Afrique de l'Est"),
    ("is there a recording?", "Rodrigo Saucedo", "enregistrement audio"),       # (not "l'information doit être enregistrée")
    ("los casos de prueba van a estar en español?", "Michael Chen", "translated into Spanish"),    # (his reply to Sofía)
    ("How much money was approved for the RALOs?", "Vanda Scartezini", "deux mille dollars"),
])
def test_domain_words_asked_in_english_find_the_french_calls(archive, question, speaker, said):
    answer = archive.ask(question)
    assert (speaker, True) == (answer.sources[0].speaker, said in " ".join(answer.quote))


def test_every_reason_a_file_is_refused_is_said_in_every_language():
    """Each code= a transcript error is raised with has its words for the chat (else the admin
    reads the English reason)."""
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[1]
    codes = set()
    for path in (root / "knowledge").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes |= {m.group(1) for m in re.finditer(r'code="(\w+)"', text) if "TranscriptError(" in text[max(0, m.start() - 400):m.start()]}
    assert {"no_labels", "mostly_unread", "no_date"} <= codes
    assert [] == sorted(c for c in codes if f"reason_{c}" not in i18n.STRINGS)
