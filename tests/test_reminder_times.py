"""When reminders go out, asked of Acta ("when do reminders go out?", "¿cuándo mandan los recordatorios?"):
how long before a meeting, as bot.toml's [reminders] offsets say, and with nothing scheduled, that none goes out."""
from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from bot import render
from bot.cli import cli
from bot.render_events import offsets_text
from conftest import DEMO
from knowledge import about_acta
from knowledge.answers import Answerer

DEFAULT = [dt.timedelta(days=1), dt.timedelta(hours=1), dt.timedelta(minutes=10)]


@pytest.mark.parametrize("question, language", [
    ("when do reminders go out?", "en"), ("when are the reminders sent?", "en"), ("when do you send reminders?", "en"),
    ("how long before do you remind us?", "en"), ("¿cuándo mandan los recordatorios?", "es"),
    ("a que hora llegan los recordatorios?", "es"), ("quand partent les rappels ?", "fr"),
    ("quand est-ce que vous envoyez les rappels ?", "fr"), ("quando saem os lembretes?", "pt"),
])
def test_when_reminders_go_out_is_asked_of_acta(question, language):
    assert ("reminders", language) == about_acta.asked_of_acta(question)


@pytest.mark.parametrize("question", [
    "when did Priya send the reminder?", "when do reminders about the survey go out?", "when is the reminder about the deadline?",
    "cuando mandan los recordatorios de la encuesta?", "quand partent les rappels du sondage ?",
])
def test_when_a_reminder_of_something_was_sent_is_no_question_about_acta(question):
    assert about_acta.asked_of_acta(question) is None


def _answerer(archive, offsets):
    return Answerer(archive.store, archive.searcher, reminder_offsets=offsets)


@pytest.mark.parametrize("question, language, said", [
    ("when do reminders go out?", "en", "1 day, 1 hour and 10 minutes before it, but none is scheduled"),
    ("¿cuándo mandan los recordatorios?", "es", "1 día, 1 hora y 10 minutos antes, pero por ahora no hay ninguna"),
    ("quand partent les rappels ?", "fr", "1 jour, 1 heure et 10 minutes avant, mais aucune ne l'est"),
    ("quando saem os lembretes?", "pt", "1 dia, 1 hora e 10 minutos antes, mas por enquanto não há nenhuma"),
])
def test_with_nothing_scheduled_the_reply_says_when_reminders_go_and_that_none_will(archive, question, language, said):
    """(With nothing scheduled it had stopped saying when they go.)"""
    answer = _answerer(archive, DEFAULT).ask(question)
    assert language == answer.language and said in render.plain(answer)


def test_with_a_meeting_coming_the_reply_says_when_reminders_go(archive):
    said = render.plain(_answerer(archive, DEFAULT).ask("me avisas un dia antes?", next_event=lambda titled=None, after=None: object()))
    assert said.startswith("Recuerdo en el grupo cada reunión programada 1 día, 1 hora y 10 minutos antes. /events")


def test_reminders_turned_off_are_said_to_be(archive):
    assert render.plain(_answerer(archive, []).ask("when do reminders go out?")).startswith(
        "The organisers have turned reminders off")


@pytest.mark.parametrize("minutes, language, said", [
    ([90], "en", "1 hour 30 minutes"), ([2880, 120], "fr", "2 jours et 2 heures"), ([1], "es", "1 minuto"),
    ([1500, 30, 5], "pt", "1 dia 1 hora, 30 minutos e 5 minutos"),
])
def test_offsets_in_words(minutes, language, said):
    assert said == offsets_text(minutes, language)


def test_acta_ask_says_the_offsets_bot_toml_sets(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[reminders]\noffsets = ["2h", "15m"]\n')
    db = str(tmp_path / "a.db")
    assert 0 == CliRunner().invoke(cli, ["ingest", "--config", str(path), "--db", db, str(DEMO / "naralo-2026-10-12-en.txt")]).exit_code
    result = CliRunner().invoke(cli, ["ask", "--config", str(path), "--db", db, "when do reminders go out?"])
    assert "each scheduled meeting 2 hours and 15 minutes before it, but none is scheduled" in result.stdout


def test_the_bot_says_the_offsets_bot_toml_sets(tmp_path):
    from bot import app
    from bot import config as config_mod
    (tmp_path / "bot.toml").write_text('[reminders]\noffsets = ["3d"]\n', encoding="utf-8")
    services = app.build_services(config_mod.load(tmp_path / "bot.toml", db=str(tmp_path / "a.db")))
    try:
        assert "3 días antes" in render.plain(services.answerer.ask("¿cuándo mandan los recordatorios?"))
    finally:
        services.close()
