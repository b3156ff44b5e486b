"""Messages about Acta itself (what it can do, whether it reminds of meetings), thanks said twice,
and an @mention before a question."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import about_acta, chatter


@pytest.mark.parametrize("question, kind, language", [
    ("help", "help", "en"), ("ayuda", "help", "es"), ("aide", "help", "fr"), ("ajuda", "help", "pt"),
    ("what can you do?", "help", "en"), ("¿qué puedes hacer?", "help", "es"), ("sos un bot?", "help", "es"),
    ("Acta, help!", "help", "en"), ("tu es un bot ?", "help", "fr"), ("o que você pode fazer?", "help", "pt"),
    ("el bot avisa antes de las reuniones?", "reminders", "es"), ("me avisas un dia antes?", "reminders", "es"),
    ("do you send reminders?", "reminders", "en"), ("vc me avisa antes da reunião?", "reminders", "pt"),
    ("tu me previens la veille ?", "reminders", "fr"),
])
def test_questions_about_acta_itself(archive, question, kind, language):
    answer = archive.ask(question)
    assert (kind, language) == (answer.kind, answer.language)


@pytest.mark.parametrize("question", [
    "who offered help with the newsletter", "help promote the webinar", "¿Quién avisó del cambio de fecha?",
    "Who reminded everyone of the deadline?", "¿Quién ofreció ayuda con el boletín?", "Qui a proposé de l'aide ?",
    "vc me lembra do evento de bogota?", "¿me recuerdas de qué se habló en la llamada?",
])
def test_help_and_reminders_in_the_meetings_are_searched(archive, question):
    assert about_acta.asked_of_acta(question) is None
    assert archive.ask(question).kind not in ("help", "reminders")


def test_help_in_the_chat_lists_the_commands(archive):
    from conftest import first_replies
    said = first_replies(archive, "ayuda")[0]
    assert "Soy Acta" in said and "/summary" in said and "/next" in said


def test_what_acta_says_of_itself_and_its_reminders(archive):
    assert "/help" not in render.plain(archive.ask("help")) and "Acta" in render.plain(archive.ask("help"))
    assert "/events" in render.plain(archive.ask("me avisas un dia antes?", next_event=_a_call))


@pytest.mark.parametrize("question, language", [("obrigado, valeu!", "pt"), ("gracias, mil gracias", "es"), ("merci, merci beaucoup", "fr")])
def test_thanks_said_twice_are_thanks(archive, question, language):
    assert ("thanks", language) == (archive.ask(question).kind, archive.ask(question).language)


@pytest.mark.parametrize("question", ["obrigado pelo resumo da reuniao", "gracias a quien?"])
def test_thanks_within_a_question_are_no_thanks(question):
    assert chatter.courtesy(question) is None


def test_a_leading_mention_is_no_word_of_the_question(archive):
    plain, mentioned = archive.ask("cuando es bogota"), archive.ask("@acta_bot cuando es bogota")
    assert (plain.kind, plain.quote, plain.language) == (mentioned.kind, mentioned.quote, mentioned.language)
    assert "cuando es bogota" == chatter.unaddressed("@acta_bot cuando es bogota") == chatter.unaddressed("@acta_bot, cuando es bogota")
    assert "@acta_bot" == chatter.unaddressed("@acta_bot") and "what did @priya say" == chatter.unaddressed("what did @priya say")


@pytest.mark.parametrize("question", [
    "can you remind me what Priya said about the budget?", "could you remind me when the next call is?",
    "will you notify me of the result of the vote?", "can you warn me about the deadline?",
    "tu me rappelles ce qu'a dit Priya ?", "tu me rappelles la date de Bogota ?", "me recuerdas quien presidio la llamada?",
    "me avisas cuando es la reunion?", "¿nos avisas cuando sea la próxima llamada?", "vc me lembra quem presidiu?",
    "il y a un rappel sur la date limite ?", "il y a des rappels dans le rapport ?", "hay recordatorios en la agenda?",
    "quienes mandan recordatorios?", "quem envia lembrete pros membros?", "is there a reminder about the deadline?",
    "are there reminders for the survey?",
])
def test_remind_me_of_something_is_a_question_of_its_own(archive, question):
    assert about_acta.asked_of_acta(question) is None
    assert archive.ask(question).kind != "reminders"


@pytest.mark.parametrize("question, language", [
    ("hey acta, do you remind us an hour before each call?", "en"), ("tu nous rappelles avant les réunions ?", "fr"),
    ("hay recordatorios?", "es"), ("acta manda lembretes?", "pt"), ("will I get a reminder before the next meeting?", "en"),
])
def test_reminders_asked_with_when_or_to_whom(question, language):
    assert ("reminders", language) == about_acta.asked_of_acta(question)


@pytest.mark.parametrize("question", ["comandos", "como funciona?", "como te uso"])
def test_help_said_alike_in_spanish_and_portuguese_is_in_the_conversations_language(archive, question):
    from conftest import dialogue_answers
    quoted, helped = dialogue_answers(archive, "que se dijo de la mediacion", question)
    assert ("es", "help", "es") == (quoted.language, helped.kind, helped.language)
    in_portuguese = archive.ask(question, usual_language="pt")
    assert ("help", "pt") == (in_portuguese.kind, in_portuguese.language)
    assert [("help", "es"), ("help", "pt")] == [about_acta.asked_of_acta(question, usual) for usual in ("es", "pt")]


@pytest.mark.parametrize("language", ["fr", "es", "pt", "en"])
def test_the_reminders_reply_does_not_say_offsets_bot_toml_may_change(archive, language):
    said = render.plain(archive.ask("do you send reminders?", language=language, next_event=_a_call))
    assert "/events" in said and not any(c.isdigit() for c in said)


def _a_call(titled=None, after=None):
    """A calendar with a call coming (what it is does not matter to the reminders reply)."""
    return object()


@pytest.mark.parametrize("language, word", [("fr", "aucun rappel"), ("es", "ningún recordatorio"),
                                            ("pt", "nenhum lembrete"), ("en", "no reminder")])
def test_the_reminders_reply_says_none_go_out_with_nothing_scheduled(archive, language, word):
    said = render.plain(archive.ask("el bot avisa antes de las reuniones?", language=language))
    assert word in said and not said.startswith(("Sí", "Yes", "Oui", "Sim"))
    assert "idle" not in archive.ask("el bot avisa antes de las reuniones?", next_event=_a_call).flags


def test_a_leading_mention_of_a_person_is_who_the_question_is_about(archive):
    # Telegram bot usernames end in "bot": "@priya" is a member, and the question is about her
    assert "@priya what did you say?" == chatter.unaddressed("@priya what did you say?")
    assert "cuando es bogota" == chatter.unaddressed("@AnotherBot @acta_bot cuando es bogota")
    assert "Priya Raman" == archive.ask("@priya what did you say about DNS abuse?").sources[0].speaker
