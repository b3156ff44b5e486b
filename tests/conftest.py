"""Shared fixtures: the real corpus beside the checkout, a real SQLite store in tmp_path."""
from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from jobs import tzdb
from knowledge import formats, transcripts
from knowledge.store import Store

tzdb.prefer_packaged()      # as `acta` does: the tzdata package's rules, whatever the host's are

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ACTA_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
CALL_2016 = CORPUS / "lacralo-2016-06-20-fr.txt"
CALL_2020 = CORPUS / "lacralo-2020-02-17-fr.txt"
DEMO = ROOT / "demo"
DATA = Path(__file__).resolve().parent / "data"


def _need_corpus() -> None:
    if not CALL_2016.exists():
        # CI always has ../shared; a missing corpus there is a failure, not a skip.
        if os.environ.get("CI"):
            pytest.fail(f"the shared corpus is missing at {CORPUS}")
        pytest.skip(f"shared corpus not found at {CORPUS}")


@pytest.fixture(scope="session")
def call_2016():
    _need_corpus()
    return transcripts.parse(formats.read(CALL_2016, 10_000_000))


@pytest.fixture(scope="session")
def call_2020():
    _need_corpus()
    return transcripts.parse(formats.read(CALL_2020, 10_000_000))


@pytest.fixture(scope="session")
def ingested(tmp_path_factory):
    """``ingested(name, paths)``: a database of those transcripts, ingested once per test process
    and copied for each module that asks for it (a copy opens in milliseconds; ingesting the
    archive takes over a second, and some fifty modules use it)."""
    from knowledge import ingest

    made: dict[str, Path] = {}

    def copy(name: str, paths: list[Path]) -> Path:
        _need_corpus()
        if name not in made:
            made[name] = tmp_path_factory.mktemp(f"{name}-template") / "acta.db"
            with Store(made[name]) as store:
                ingest.ingest_paths(store, paths, max_bytes=10_000_000)
        path = tmp_path_factory.mktemp(name) / "acta.db"
        shutil.copyfile(made[name], path)
        return path
    return copy


def _answering(path: Path):
    from knowledge.answers import Answerer
    from knowledge.search import Searcher

    store = Store(path)
    return Answerer(store, Searcher(store))


@pytest.fixture(scope="module")
def answerer(ingested):
    """An Answerer over the two corpus calls alone (one database per test module)."""
    answering = _answering(ingested("answers", [CALL_2016, CALL_2020]))
    yield answering
    answering.store.close()


@pytest.fixture(scope="module")
def archive(ingested):
    """An Answerer over the two corpus calls and the demo corpus (one database per test module)."""
    answering = _answering(ingested("archive", [CALL_2016, CALL_2020, DEMO]))
    yield answering
    answering.store.close()


@pytest.fixture
def corpus_dir():
    _need_corpus()
    return CORPUS


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "acta.db") as s:
        yield s


def turns_taken(answerer, mid: str, person: str) -> int:
    """How many turns a person took in a meeting version, counted from its stored turns."""
    return sum(t.speaker == person for t in answerer.store.meeting(mid).turns)


# --- the bot against the fake Bot API (tests/test_telegram*.py) ---------------------------------

ADMIN = 4242
GROUP = -4001


@pytest.fixture(scope="module")
def seeded(ingested):
    """A database of the two corpus calls (one per test module)."""
    return ingested("seed", [CALL_2016, CALL_2020])


def write_config(tmp_path, tg, db, *, more: str = "", **telegram):
    """A bot.toml for a bot talking to the fake Bot API ``tg``, over the database ``db`` (``more``:
    TOML after its [telegram] table: [reminders], [[events]]…)."""
    from bot import config as config_mod

    keys = {"base_url": tg.base_url, "base_file_url": tg.base_file_url, "admins": [str(ADMIN)], "rate_limit": 30,
            **telegram}
    lines = [f'[storage]\ndb = "{db}"\n[telegram]']
    for k, v in keys.items():
        lines.append(f"{k} = {v!r}".replace("'", '"') if not isinstance(v, list) else
                     f"{k} = [{', '.join(repr(x).replace(chr(39), chr(34)) for x in v)}]")
    path = tmp_path / "bot.toml"
    path.write_text("\n".join(lines) + "\n" + more)
    return config_mod.load(path)


@contextlib.asynccontextmanager
async def running(app, *, polling: bool = False, ready=None):
    """The application started as `acta run` starts it (its real job queue ticking; ``polling``:
    also reading updates), and stopped after; ``ready(app)`` runs once it is initialised, before
    it starts (a test setting the services' clock)."""
    await app.initialize()
    await app.post_init(app)
    if ready:
        ready(app)
    if polling:
        await app.updater.start_polling(poll_interval=0, timeout=1)
    await app.start()
    try:
        yield app
    finally:
        if polling:
            await app.updater.stop()
        await app.stop()
        await app.post_shutdown(app)
        await app.shutdown()


def polls():
    """The chats polls are posted to, and a Bot API that posts them and does nothing else."""
    posted = []

    async def post_poll(chat, question, options):
        posted.append(chat)
        return "p1", 1

    async def nothing(*args):
        return None
    return posted, post_poll, nothing


def run_cli(*args, env=None):
    """``acta`` with these arguments (in-process, as click runs it), its exceptions raised."""
    from click.testing import CliRunner

    from bot.cli import cli
    return CliRunner().invoke(cli, list(map(str, args)), env=env, catch_exceptions=False)


def docx_of(text: str) -> bytes:
    """A Word document of ``text``, a paragraph a line (as a transcript saved from Word)."""
    import io

    import docx
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def calendar_file(*vevents: str, method: str = "", prodid: str = "-//test//EN", stamp: str = "") -> bytes:
    """An .ics file of VEVENTs, each given as its lines joined by newlines (``stamp``: each one's
    DTSTAMP, last, as Google writes it)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}"] + ([f"METHOD:{method}"] if method else [])
    for v in vevents:
        lines += ["BEGIN:VEVENT", *v.strip().splitlines(), *([f"DTSTAMP:{stamp}"] if stamp else []), "END:VEVENT"]
    return ("\r\n".join(lines + ["END:VCALENDAR"]) + "\r\n").encode()


def google_calendar(*vevents: str, method: str = "") -> bytes:
    """An .ics file of VEVENTs as Google sends an invitation: its PRODID, a DTSTAMP in each event."""
    return calendar_file(*vevents, method=method, prodid="-//Google Inc//EN", stamp="20261120T120000Z")


def converse(answerer, *questions: str, talk=None, before=None) -> list:
    """The replies to each question, asked one after the other in a group (chat -100) by a member
    whose client says no language (so that the question's own language is the reply's); ``talk``:
    the conversation's Dialogue (else one over ``answerer``); ``before(question, context)``: called
    with the conversation as it stands before each question."""
    from bot.dialogue import Dialogue, Member

    talk = talk or Dialogue(answerer.store, answerer)
    ana = Member(1, None, chat=-100)
    replies = []
    for q in questions:
        if before:
            before(q, talk.conversations.on(ana.chat, ana.id))
        replies.append(talk.question(q, ana))
    return replies


def dialogue_answers(answerer, *questions: str) -> list:
    """The Answer the Dialogue gave each question (as ``converse`` asks them): what its Answerer
    returned to it, with the language, context and next event the Dialogue passed."""
    from bot.dialogue import Dialogue

    given = []

    class Recording:
        def __getattr__(self, name):
            return getattr(answerer, name)

        def ask(self, *args, **kwargs):
            given.append(answerer.ask(*args, **kwargs))
            return given[-1]

    converse(answerer, *questions, talk=Dialogue(answerer.store, Recording()))
    assert len(given) == len(questions)         # (one answer to each question)
    return given


def first_replies(answerer, *questions: str, talk=None) -> list[str]:
    """The first reply to each question (as ``converse`` asks them), bold tags taken out."""
    return [r[0].html.replace("<b>", "").replace("</b>", "") for r in converse(answerer, *questions, talk=talk)]
