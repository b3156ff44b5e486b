"""What a data question asks, read through the words members put around it: presence verbs ("apareceu",
"se presentó", "showed up"), words that only stress it ("mesmo assim", "aun así", "quand même",
"anyway"), a clause granting something ("even though he sent apologies"), the survey called "closing"
or "at the end"; and what stays a question of its own."""
from __future__ import annotations

import pytest

from knowledge import about_someone, chatter, intents

FEBRUARY_2020, JUNE_2016, NARALO = "lacralo-2020-02-17-fr", "lacralo-2016-06-20-fr", "naralo-2026-10-12-en"
HUMBERTO = ["Humberto Carrasco"]


@pytest.mark.parametrize("question", [
    "o humberto apareceu na chamada de 2020 mesmo tendo pedido desculpas?",     # (was "Não encontrei nada")
    "o humberto apareceu na chamada de 2020?",
    "¿humberto apareció en la llamada de 2020?",
    "¿humberto se presentó en la llamada de 2020?",
    "humberto showed up at the 2020 call?",
    "did humberto come to the 2020 call even though he sent apologies?",
    "¿humberto vino a la llamada de 2020 aunque se había disculpado?",
    "humberto est-il venu à l'appel de 2020 bien qu'il se soit excusé ?",
    "humberto s'est présenté à l'appel de 2020 ?",
])
def test_presence_asked_with_other_verbs_or_a_concession_is_presence(archive, question):
    answer = archive.ask(question)
    assert ("present", FEBRUARY_2020, HUMBERTO) == (answer.kind, answer.meeting.id, [p for p, *_ in answer.names["present"]])


@pytest.mark.parametrize("question", [
    "o humberto veio mesmo assim?",             # (was "Não encontrei nada")
    "¿vino humberto igual?",
    "¿humberto vino aun así?",
    "did humberto show up anyway?",
    "humberto est venu quand même ?",
    "was humberto there at all?",
])
def test_words_that_only_stress_a_question_about_someone_leave_it_one(archive, question):
    assert (HUMBERTO, []) == about_someone.was_there(question, archive.store.people(), archive.store.meetings())


@pytest.mark.parametrize("question", [
    "did humberto show up with the report?",         # more than which meeting after it
    "¿humberto apareció en el video?",
    "who showed up?",
    "o relatório apareceu na chamada de 2020?",      # no one
    "¿se presentó el informe en la llamada de 2020?",
    "was humberto's proposal approved in the end?",
])
def test_other_questions_with_those_verbs_or_words_ask_no_presence(archive, question):
    assert about_someone.was_there(question, archive.store.people(), archive.store.meetings()) is None


@pytest.mark.parametrize("question, meeting", [
    ("was there a closing survey in the june 2016 call", JUNE_2016),     # (was Maritza's «sondage Google»)
    ("was there a survey at the end of the june 2016 call", JUNE_2016),
    ("was there an end of call survey in the june 2016 call?", JUNE_2016),
    ("y a-t-il eu un sondage à la fin de l'appel de juin 2016 ?", JUNE_2016),
    ("¿hubo encuesta de cierre en la llamada de junio 2016?", JUNE_2016),
    ("houve pesquisa de encerramento na chamada de junho de 2016?", JUNE_2016),
    ("closing survey naralo?", NARALO),
])
def test_the_survey_called_closing_or_at_the_end_is_the_survey(archive, question, meeting):
    answer = archive.ask(question)
    assert ("no_survey", meeting) == (answer.kind, answer.meeting.id)


@pytest.mark.parametrize("question", [
    "was there a survey about mentoring?",          # a topic
    "was there a closing remark about the survey?",
])
def test_a_survey_with_a_topic_is_still_searched(archive, question):
    intent = intents.detect(question, archive.store.meetings(), archive.store.people())
    assert intent is None or intent.kind != "survey_held" and intent.kind != "survey"


@pytest.mark.parametrize("question", [
    "who chaired the naralo call in the end?",
    "who chaired the naralo call anyway?",
    "quem presidiu a chamada da naralo afinal?",
    "qui a présidé l'appel de naralo finalement ?",
])
def test_words_that_only_stress_a_data_question_are_no_topic(archive, question):
    intent = intents.detect(question, archive.store.meetings(), archive.store.people())
    assert ("chair", (NARALO,)) == (intent.kind, intent.meetings)


@pytest.mark.parametrize("typed, question", [
    ("just wondering, who chaired the naralo call?", "who chaired the naralo call?"),
    ("i was wondering who chaired the naralo call", "who chaired the naralo call"),
    ("I was wondering if Priya was at the call", "was Priya at the call"),
    ("je me demandais qui a présidé l'appel", "qui a présidé l'appel"),
    ("me preguntaba quién presidió la llamada", "quién presidió la llamada"),
    ("eu queria saber quem presidiu a chamada", "quem presidiu a chamada"),
    ("por curiosidad, quién presidió?", "quién presidió?"), ("wondering, who chaired?", "who chaired?"),
    ("curious: who chaired?", "who chaired?"),
    ("remind me who chaired the naralo call", "who chaired the naralo call"),
    ("recuérdame quién presidió la llamada", "quién presidió la llamada"),
    ("¿me recuerdas cuándo es la llamada?", "cuándo es la llamada?"),
    ("rappelle-moi qui a présidé l'appel", "qui a présidé l'appel"),
    ("me lembra quem presidiu a chamada?", "quem presidiu a chamada?"),
    ("dis-moi qui a présidé l'appel", "qui a présidé l'appel"),            # (a hyphen as a space)
    ("savez-vous qui a présidé ?", "qui a présidé ?"),
    ("who chaired the naralo call again?", "who chaired the naralo call"),
    # what asks something of its own
    ("remind me a day before the call", "remind me a day before the call"),
    ("can you remind me of the deadline?", "can you remind me of the deadline?"),
    ("wondering about the budget?", "wondering about the budget?"),
    ("again?", "again?"),
    ("Was Priya there again?", "Was Priya there"),
])
def test_words_that_open_or_close_a_question_are_no_part_of_it(typed, question):
    assert question == chatter.without_chatter(typed)


@pytest.mark.parametrize("question", [
    "just wondering, who chaired the naralo call?", "remind me who chaired the naralo call",
    "rappelle-moi qui a présidé l'appel de naralo", "who chaired the naralo call again?",
    "me preguntaba quién presidió la llamada de naralo",
])
def test_a_data_question_with_an_opener_or_again_is_that_data(archive, question):
    answer = archive.ask(question)
    assert ("chair", NARALO) == (answer.kind, answer.meeting.id)


@pytest.mark.parametrize("question, kind", [
    ("entonces quién presidió la llamada de naralo?", "chair"),
    ("who exactly chaired the naralo call?", "chair"),
    ("quién exactamente presidió la llamada de naralo?", "chair"),
    ("who chaired the naralo call, by the way?", "chair"),
    ("who chaired the naralo call though?", "chair"),
    ("qui a présidé l'appel de naralo alors ?", "chair"),
    ("quem presidiu a chamada da naralo então?", "chair"),
    ("did priya really attend the naralo call?", "present"),
    ("was priya actually at the naralo call?", "present"),
    ("¿de verdad estuvo priya en la llamada de naralo?", "present"),
    ("priya était vraiment à l'appel de naralo ?", "present"),
])
def test_adverbs_that_only_stress_a_data_question_leave_it_one(archive, question, kind):
    intent = intents.detect(question, archive.store.meetings(), archive.store.people())
    assert (kind, (NARALO,)) == (intent.kind, intent.meetings)


@pytest.mark.parametrize("question", [
    "what did the chair say then about the budget?",      # a topic still
    "was the decision really about the budget?",
])
def test_a_question_with_a_topic_stays_one_with_those_adverbs(archive, question):
    assert intents.detect(question, archive.store.meetings(), archive.store.people()) is None
