"""How members write in a group: a greeting or "does anyone know" before the question, thanks
after it, and small talk sent alone."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import chatter


@pytest.mark.parametrize("typed, question", [
    ("hola, quien presidio la llamada de naralo?", "quien presidio la llamada de naralo?"),
    ("Hola, ¿quién presidió la llamada de NARALO?", "¿quién presidió la llamada de NARALO?"),
    ("¡Hola a todos! ¿Quién presentó el plan?", "¿Quién presentó el plan?"),
    ("bonjour, qui a présidé la réunion afralo ?", "qui a présidé la réunion afralo ?"),
    ("quelqu'un sait qui a présenté l'IPv6 ?", "qui a présenté l'IPv6 ?"),
    ("olá, quem presidiu o webinário?", "quem presidiu o webinário?"),
    ("bom dia, alguém sabe quem apresentou no webinario?", "quem apresentou no webinario?"),
    ("sabes quien presidio la de 2016?", "quien presidio la de 2016?"),
    ("Hi Acta, when is the next call?", "when is the next call?"),
    ("Does anyone know who chaired the call? thanks!", "who chaired the call?"),
    ("Bonjour tout le monde, qui a parlé du budget ? merci d'avance", "qui a parlé du budget ?"),
    ("Merci. Qui a présidé la réunion AFRALO ?", "Qui a présidé la réunion AFRALO ?"),
    ("Gracias. Otra pregunta: ¿quién presidió?", "¿quién presidió?"), ("Excuse me, who chaired?", "who chaired?"),
    ("Est-ce que quelqu'un sait qui a présidé ?", "qui a présidé ?"),
    ("Bom dia, tenho uma dúvida: quem presidiu?", "quem presidiu?"), ("Je voudrais savoir qui a présidé", "qui a présidé"),
    ("quien presidio? gracias 🙏", "quien presidio?"), ("Question: who presented?", "who presented?"),
    ("Hola a todos, alguien sabe si Keisha estuvo en la llamada?", "Keisha estuvo en la llamada?"),
    ("vc sabe se a Priya estava na reuniao?", "a Priya estava na reuniao?"),
    ("tu sais si Grace était à la réunion ?", "Grace était à la réunion ?"),
    ("do you know if Priya was at the naralo call?", "was Priya at the naralo call?"),   # asked as a question
    ("Does anyone know whether the webinar will be recorded?", "will the webinar be recorded?"),
    ("anyone know if there was a call in march?", "was there a call in march?"),
    # what is all of it, or part of the question, stays
    ("se grabaran los webinars?", "se grabaran los webinars?"), ("Hola, se puede?", "se puede?"),
    ("Hola", "Hola"), ("Thanks", "Thanks"), ("Who sent thanks?", "Who sent thanks?"),
    ("Sabemos quién presidió?", "Sabemos quién presidió?"),
    ("oi, tudo bem? quem presidiu?", "quem presidiu?"), ("ça va être enregistré ?", "ça va être enregistré ?"),
    ("how are you? who chaired?", "who chaired?"), ("hola, ¿qué tal? ¿quién presidió?", "¿quién presidió?"),
    ("gracias crack, ¿qué presentó Patricio?", "¿qué presentó Patricio?"),
    ("gracias por la info, ¿quién presidió?", "¿quién presidió?"), ("thanks for that, who chaired?", "who chaired?"),
    ("thanks for the summary of Grace?", "thanks for the summary of Grace?"),
    ("Acta, who chaired the naralo call?", "who chaired the naralo call?"), ("btw who chaired?", "who chaired?"),
    ("ok cool, who chaired?", "who chaired?"), ("chicos, quien presidio?", "quien presidio?"),
    ("gente, quem apresentou?", "quem apresentou?"), ("oi tudo bem quem presidiu?", "quem presidiu?"),
    ("so what can NARALO do?", "so what can NARALO do?"), ("all the meetings?", "all the meetings?"),
    ("cool story about the budget?", "cool story about the budget?"),
    # asking how one is opens a question only before punctuation
    ("Comment ça va se passer pour les webinaires ?", "Comment ça va se passer pour les webinaires ?"),
    ("how are you planning the IPv6 webinar?", "how are you planning the IPv6 webinar?"),
    ("Salut ça va être enregistré ?", "ça va être enregistré ?"), ("tudo bem se eu faltar?", "tudo bem se eu faltar?"),
    ("¿Cómo están las inscripciones?", "¿Cómo están las inscripciones?"),
    ("Question 2 of the survey?", "Question 2 of the survey?"), ("Pregunta 2 de la encuesta", "Pregunta 2 de la encuesta"),
    # a change of topic, followed by punctuation
    ("ok another thing: when is toronto", "when is toronto"), ("otra cosa, cuando es bogota?", "cuando es bogota?"),
    ("outra coisa: quando é bogota?", "quando é bogota?"), ("ok autre chose : c'est quand abidjan", "c'est quand abidjan"),
    ("ok cambiando de tema, quien falto a la de naralo?", "quien falto a la de naralo?"),
    ("Sinon, qui a présidé ?", "qui a présidé ?"), ("mudando de assunto: quem presidiu?", "quem presidiu?"),
    ("otra cosa que dijo Lucía?", "otra cosa que dijo Lucía?"), ("another thing Priya said?", "another thing Priya said?"),
    ("autre chose à signaler ?", "autre chose à signaler ?"),
    ("changing subject: who missed the webinar?", "who missed the webinar?"),
    ("pour changer de sujet, qui a preside naralo ?", "qui a preside naralo ?"),
    ("to change the subject, who chaired?", "who chaired?"), ("new topic: who chaired?", "who chaired?"),
    ("para mudar de assunto, quem presidiu?", "quem presidiu?"), ("para cambiar de tema: quien presidio?", "quien presidio?"),
    ("new topic for the webinar?", "new topic for the webinar?"),       # (no punctuation: the question)
    ("changer de sujet de thèse ?", "changer de sujet de thèse ?"),
])
def test_the_question_without_what_opens_and_closes_it(typed, question):
    assert question == chatter.without_chatter(typed)


@pytest.mark.parametrize("said, kind", [
    ("ok", "ack"), ("jajaja", "ack"), ("kkkk", "ack"), ("lol", "ack"), ("blz", "ack"), ("bonne soirée", "ack"),
    ("d'accord", "ack"), ("Perfecto!", "ack"), ("ok gracias", "thanks"), ("Ok, thanks!", "thanks"),
    ("NOT", None), ("good point about the budget", None), ("ok, who presented?", None),
    ("Muy bien", "ack"), ("de acuerdo", "ack"), ("Excelente, gracias", "thanks"), ("jsjsjs", "ack"),
    ("You?", None), ("Later?", None), ("Top 5", None), ("Ok, 2016?", None),
    ("merci bcp", "thanks"), ("obg", "thanks"), ("vlw", "thanks"), ("gracias crack", "thanks"),
    ("oi, tudo bem?", "greeting"), ("tudo bem?", "greeting"), ("hola, ¿qué tal?", "greeting"), ("salut, ça va ?", "greeting"),
    ("ça va ?", None), ("tudo bem com a reunião?", None), ("gracias por el resumen de Grace", None),
    ("thanks a lot!!", "thanks"), ("thank u", "thanks"), ("mto obg", "thanks"), ("valeu demais", "thanks"),
    ("hi there", "greeting"), ("thanks for that", "thanks"), ("thanks for the info!", "thanks"),
    ("buenas! una pregunta", "greeting"), ("una pregunta", "greeting"), ("hi, quick question", "greeting"),
    ("bonjour, j'ai une question", "greeting"), ("oi, tenho uma dúvida", "greeting"),
    ("una pregunta sobre la encuesta", None), ("a question about Toronto", None), ("Question 2?", None),
    # a change of topic sent alone: go ahead
    ("otra cosa", "greeting"), ("another thing", "greeting"), ("Outra coisa", "greeting"), ("changing subject", "greeting"),
    ("otra cosa que dijo Lucía?", None), ("another thing Priya said?", None), ("autre chose à signaler ?", None),
])
def test_small_talk_is_no_question(said, kind):
    assert kind == (chatter.courtesy(said) or (None,))[0]


def test_a_greeting_before_a_question_gets_the_question_s_answer(archive):
    for plain, chatty in [("¿Quién presidió la llamada de NARALO?", "hola, quien presidio la llamada de naralo?"),
                          ("Qui a présidé la réunion AFRALO ?", "bonjour, qui a présidé la réunion afralo ?"),
                          ("Who presented the mitigation plan?", "does anyone know who presented the mitigation plan? thx")]:
        expected, answer = archive.ask(plain), archive.ask(chatty)
        assert expected.kind == answer.kind != "nothing"
        assert render.plain(expected) == render.plain(answer)


def test_small_talk_gets_a_nod_not_a_failed_search(archive):
    answer = archive.ask("jajaja")
    assert "ack" == answer.kind and "👍" == render.plain(answer)


@pytest.mark.parametrize("question, kind, meeting", [
    # (the call, not the webinar held since: she was at the call)
    ("Hola a todos, alguien sabe si Keisha estuvo en la llamada?", "present", "lacralo-2026-09-21"),
    ("sabes si Priya estuvo en la de naralo?", "present", "naralo-2026-10-12-en"),
    ("vc sabe se a Priya estava na reuniao da naralo?", "present", "naralo-2026-10-12-en"),
    ("do you know if Priya was at the naralo call?", "present", "naralo-2026-10-12-en"),
    ("tu sais si Grace etait a la reunion afralo ?", "present", "afralo-2026-10-05-fr"),
    ("alguien sabe si thiago fue al webinar", "present", "lacralo-webinar-2026-10-26-pt"),
    ("sabe alguien si Jose Martinez estuvo en el webinar?", "present", "lacralo-webinar-2026-10-26-pt"),
    ("o Thiago foi ao webinario?", "present", "lacralo-webinar-2026-10-26-pt"),
])
def test_asked_whether_someone_was_there_through_a_lead_in(archive, question, kind, meeting):
    answer = archive.ask(question)
    assert (kind, meeting) == (answer.kind, answer.meeting.id[:len(meeting)])



@pytest.mark.parametrize("typed, written", [
    ("q se decidio en la reunion?", "que se decidio en la reunion?"), ("kien presento?", "quien presento?"),
    ("ki a présenté ?", "qui a présenté ?"), ("whats happening in Toronto", "what is happening in Toronto"),
    ("Q&A session?", "Q&A session?"), ("What's the plan?", "What's the plan?"), ("¿Q se decidió?", "¿que se decidió?"),
    # names, capitals inside a sentence and letters alone are no shorthand
    ("Did Ki speak?", "Did Ki speak?"), ("Q & A", "Q & A"), ("10 k dollars", "10 k dollars"), ("Plan Q now", "Plan Q now"),
    ("k", "k"),
])
def test_texting_shorthand_is_written_out(typed, written):
    assert written == chatter.spelled_out(typed)


def test_a_persons_name_is_no_shorthand():
    assert "was kien at the call?" == chatter.spelled_out("was kien at the call?", {"kien", "tran"})


@pytest.mark.parametrize("question, kind, language", [
    ("ki a presente l ipv6 a la reunion afralo?", "presenter", "fr"),
    ("kien presento lo de aceptacion universal", "several", "es"),
    ("q se decidio en la reunion de septiembre?", "summary", "es"),
    ("whats happening in toronto", "passage", "en"),
])
def test_questions_typed_in_shorthand(archive, question, kind, language):
    answer = archive.ask(question)
    assert (kind, language) == (answer.kind, answer.language)


def test_a_change_of_topic_then_the_question(archive):
    answer = archive.ask("ok cambiando de tema, quien falto a la de naralo?")
    assert ("apologies", "naralo-2026-10-12-en", "es") == (answer.kind, answer.meeting.id, answer.language)
    assert "Toronto" in " ".join(archive.ask("ok another thing: when is toronto").quote)
    assert ("greeting", "es") == ((a := archive.ask("buenas! una pregunta")).kind, a.language)
