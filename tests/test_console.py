"""The local chat console, driven through stdin as a user would (`acta chat`)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import CALL_2016, CALL_2020, ROOT, _need_corpus


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    _need_corpus()
    path = tmp_path_factory.mktemp("console") / "acta.db"
    env = {**os.environ, "ACTA_DB": str(path)}
    subprocess.run([sys.executable, "-m", "bot", "ingest", str(CALL_2016), str(CALL_2020)], env=env, check=True,
                   capture_output=True, cwd=ROOT)
    return path


def chat(db, *lines: str, command: str = "chat") -> str:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["ACTA_DB"] = str(db)
    done = subprocess.run([sys.executable, "-m", "bot", command], input="\n".join(lines) + "\n", text=True,
                          capture_output=True, env=env, cwd=ROOT, timeout=60)
    assert 0 == done.returncode, done.stderr
    return done.stdout


def test_a_question_then_its_buttons(db):
    out = chat(db, "Quand aura lieu l'événement à Montevideo ?", "1", "1", "/quit")   # context, then its source
    answer, context, source = out.split("\n> ")[1:4]
    assert "les 30 et 31 août, à Montevideo" in answer
    assert "Aida Noblia — appel mensuel de LACRALO, 20 juin 2016" in answer
    assert "[1] Contexte  [2] Source  [3] Plus de résultats" in answer
    assert context.startswith("Contexte — appel mensuel de LACRALO, 20 juin 2016 :")
    assert "Maritza Aguero: Oui. Allez-y, Aida." in context
    assert "[saved " in source and "lacralo-2016-06-20-fr.txt]" in source
    assert (db.parent / "lacralo-2016-06-20-fr.txt").read_bytes() == CALL_2016.read_bytes()


def test_a_saved_document_never_replaces_a_file(db):
    """The source asked for again, beside a file of its name: saved as "name (1).txt", "(2)"…"""
    mine = db.parent / "lacralo-2016-06-20-fr.txt"
    mine.write_text("my notes", encoding="utf-8")
    for n in (1, 2):
        source = chat(db, "Quand aura lieu l'événement à Montevideo ?", "2", "/quit").split("\n> ")[2]
        assert f"lacralo-2016-06-20-fr ({n}).txt]" in source
        assert (db.parent / f"lacralo-2016-06-20-fr ({n}).txt").read_bytes() == CALL_2016.read_bytes()
    assert "my notes" == mine.read_text(encoding="utf-8")


def test_more_results_pages(db):
    out = chat(db, "Qui a parlé du groupe de travail ?", "3")
    more = out.split("\n> ")[2]
    assert more.startswith("6. ") and "Contexte 6" in more


def test_a_number_that_is_no_button_keeps_the_buttons(db):
    out = chat(db, "Quand aura lieu l'événement à Montevideo ?", "9", "2", "/quit")
    wrong, source = out.split("\n> ")[2:4]
    assert wrong.startswith("Il n'y a pas de bouton 9 ici : tapez 1–3")
    assert "[saved " in source          # button 2 of the answer still works
    assert chat(db, "4").split("\n> ")[1].startswith("There are no buttons here")


def test_commands_in_the_console(db):
    out = chat(db, "/help", "/meetings", "/who 20 juin 2016", "/agenda", "/participation Aida", "/next", "/bogus")
    assert "/participation [name] — participation rates" in out
    assert "/next [group or kind] — the next call" in out
    assert "2 meeting(s):" in out
    assert "LACRALO monthly call, 20 June 2016 — 14 present" in out
    assert "1. Webinaire sur le DNS et l'internet des objets — Patricio Carranza" in out
    assert "Aida Noblia: 1 of 2 meetings (50%), 0 apologies — 50% target met" in out
    assert "LACRALO monthly call — " in out and "23:00 UTC · 20:00 Buenos Aires" in out   # bot.toml's [[events]]
    assert "I don't know that command." in out


def test_commands_speak_the_language_of_the_last_question(db):
    out = chat(db, "/meetings", "¿Quién habló de Montevideo?", "/meetings", "/agenda")
    before, _, after, agenda = out.split("\n> ")[1:5]
    assert "2 meeting(s):" in before and "2 reunión(es):" in after
    assert agenda.startswith("Orden del día — llamada mensual de LACRALO, 17 de febrero de 2020:")


def test_run_without_a_token_opens_the_console_at_a_terminal(db):
    import pty

    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["ACTA_DB"] = str(db)
    terminal, keyboard = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], stdin=keyboard, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        os.write(terminal, b"Who attended the last meeting?\n/quit\n")
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(terminal)
        os.close(keyboard)
    assert 0 == proc.returncode, err
    assert "No Telegram token in $TELEGRAM_BOT_TOKEN: here is the local chat console" in err
    assert "LACRALO monthly call, 17 February 2020 — 17 present" in out


def test_run_without_a_token_nor_a_terminal_fails_as_a_service_without_its_token_must(db):
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["ACTA_DB"] = str(db)
    done = subprocess.run([sys.executable, "-m", "bot", "run"], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=60)
    assert (1, "") == (done.returncode, done.stdout)
    assert "Error: no Telegram token in $TELEGRAM_BOT_TOKEN, and no terminal for the local chat console: set the " \
           "variable to run the Telegram bot (`acta chat` reads questions from a pipe)\n" == done.stderr


def test_a_failure_answering_one_message_is_said_and_the_console_goes_on(tmp_path, caplog):
    import io

    from bot import console
    from bot.dialogue import Dialogue
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    with Store(tmp_path / "a.db") as store:
        dialogue = Dialogue(store, Answerer(store, Searcher(store)), "en")
        answer = dialogue.question

        def question(text, member):
            if "boom" in text:
                raise RuntimeError("a bug")
            return answer(text, member)

        dialogue.question = question
        out = io.StringIO()
        console.run(dialogue, io.StringIO("boom secret question\nHello\n/meetings\n"), out, tmp_path)
        replies = out.getvalue().split("\n> ")[1:]
        assert replies[0].startswith("Sorry, something went wrong.")
        assert replies[1].startswith("Hello") and "meeting" in replies[2]
        assert "error while answering" in caplog.text and "boom" not in caplog.text     # never the message
