"""Members' questions are kept for their More results button, and no longer: [answers] keep_questions_days."""
from __future__ import annotations

import datetime as dt

from bot import app
from bot.config import load
from bot.dialogue import Dialogue, Member
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import CALL_2016, CALL_2020

FR = Member(7, "fr")
START = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)


def _asked(talk: Dialogue, question: str) -> tuple[int, str]:
    (reply,) = talk.question(question, FR)
    more = next(b.data for b in reply.buttons if b.label == "Plus de résultats")
    return int(more.split(":")[1]), more


def test_a_question_is_deleted_once_it_is_older_than_kept(ingested):
    now = [START]
    with Store(ingested("kept", [CALL_2016, CALL_2020])) as store:
        talk = Dialogue(store, Answerer(store, Searcher(store)), clock=lambda: now[0],
                        keep_questions=dt.timedelta(days=7))
        first, more = _asked(talk, "Quand aura lieu l'événement à Montevideo ?")
        now[0] = START + dt.timedelta(days=6, hours=23)
        _asked(talk, "Qui a parlé du groupe de travail en juin 2016 ?")
        assert store.question(first) is not None                # a week is not over: still kept
        assert talk.button(more, FR)[0].html.startswith("6. <b>")
        now[0] = START + dt.timedelta(days=7, minutes=1)
        latest, _ = _asked(talk, "Quand aura lieu l'événement à Montevideo ?")
        assert store.question(first) is None                    # older than a week: gone
        assert "Ce bouton n'est plus valable" in talk.button(more, FR)[0].html
        assert store.question(latest) is not None


def test_how_long_questions_are_kept_comes_from_bot_toml(tmp_path):
    (tmp_path / "bot.toml").write_text('[storage]\ndb = "acta.db"\n[answers]\nkeep_questions_days = 2\n')
    services = app.build_services(load(tmp_path / "bot.toml"))
    try:
        assert dt.timedelta(days=2) == services.dialogue.keep_questions
    finally:
        services.store.close()


def test_questions_older_than_kept_are_deleted_when_the_bot_starts(tmp_path):
    # An idle bot keeps no question past keep_questions_days: they go at start-up too.
    (tmp_path / "bot.toml").write_text('[storage]\ndb = "acta.db"\n[answers]\nkeep_questions_days = 2\n')
    now = dt.datetime.now(dt.timezone.utc)
    with Store(tmp_path / "acta.db") as store:
        old = store.remember_question("¿Quién habló de IPv6?", "es", now=now - dt.timedelta(days=3))
        recent = store.remember_question("Who talked about IPv6?", "en", now=now - dt.timedelta(days=1))
    services = app.build_services(load(tmp_path / "bot.toml"))
    try:
        assert (None, "Who talked about IPv6?") == (services.store.question(old),
                                                   services.store.question(recent)["question"])
    finally:
        services.store.close()
