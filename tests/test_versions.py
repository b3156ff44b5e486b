"""Language versions of one call: linked at ingest, aligned turn by turn, counted once, and
cited in the asker's language."""
from __future__ import annotations

import sqlite3

import pytest

from knowledge import ingest, versions
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import DATA, DEMO

MAX = 10_000_000

SPANISH = """\
ANA LIMA: Bienvenidos a la llamada mensual de LACRALO del lunes 2 de noviembre de 2026, son las 22:00 UTC. \
El plan de difusión para el Caribe está listo y lo presentaremos en Puerto España.
BEN COLE: Gracias Ana. La encuesta de satisfacción se enviará a todos los miembros después de la llamada.
INTÉRPRETE: Un momento, por favor, la intérprete cambia de canal.
CARLA DIAZ: El taller de Montevideo será el 14 de noviembre en la universidad de la República.
ANA LIMA: Gracias Carla. Se cierra la llamada.
"""
# The English channel's transcript of the same call: the interpreter's aside is not in it.
ENGLISH = """\
ANA LIMA: Welcome to the LACRALO monthly call of Monday, 2 November 2026, it is 22:00 UTC. \
The outreach plan for the Caribbean is ready and we will present it in Port of Spain.
BEN COLE: Thank you Ana. The satisfaction survey will be sent to all members after the call.
CARLA DIAZ: The Montevideo workshop will be on 14 November at the University of the Republic.
ANA LIMA: Thank you Carla. The call is closed.
"""
ES, EN = "lacralo-2026-11-02-es", "lacralo-2026-11-02-en"


@pytest.fixture
def pair(store, tmp_path):
    for name, text in (("es.txt", SPANISH), ("en.txt", ENGLISH)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        ingest.ingest_file(store, str(tmp_path / name), max_bytes=MAX)
    return store


def test_align_follows_the_speakers_order_across_a_missing_turn():
    assert {0: 0, 1: 1, 2: 3, 3: 4} == versions.align([1, 2, None, 3, 1], [1, 2, 3, 1])


def test_align_keeps_a_chair_who_speaks_every_other_turn():
    root = [1, 2, 1, 3, 1, 4, 1, 5] * 30
    assert {i: i for i in range(len(root))} == versions.align(root, root)


def test_versions_of_one_call_are_one_meeting(pair):
    [meeting] = pair.meetings()
    assert (ES, (("es", ES), ("en", EN))) == (meeting.id, meeting.versions)
    assert ("es", "en") == meeting.languages
    assert (("es", ES), ("en", EN)) == pair.meeting_summary(EN).versions
    assert [ES, EN] == pair.family([EN])


def test_turns_are_aligned_on_the_first_version(pair):
    assert (EN, 2) == pair.aligned_turn(ES, 3, "en")       # Carla, past the interpreter's aside
    assert (ES, 3) == pair.aligned_turn(EN, 2, "es")
    assert pair.aligned_turn(ES, 2, "en") is None           # the aside exists in Spanish only


def test_a_turn_found_in_two_versions_is_one_hit_in_the_askers_language(pair):
    searcher = Searcher(pair)
    hits = searcher.search("Montevideo workshop taller", k=5)
    assert 1 == len([h for h in hits if h.speaker == "Carla Diaz"])
    for language, meeting, word in (("en", EN, "workshop"), ("es", ES, "taller")):
        [carla] = [h for h in searcher.search("Montevideo", k=5, language=language) if h.speaker == "Carla Diaz"]
        assert (meeting, language) == (carla.meeting_id, carla.language)
        assert word in carla.passage


def test_a_meeting_filter_covers_every_version(pair):
    hits = Searcher(pair).search("workshop Montevideo", k=3, meeting=ES, language="en")
    assert [(EN, "Carla Diaz")] == [(h.meeting_id, h.speaker) for h in hits]


def test_the_answer_quotes_the_version_in_the_askers_language(pair):
    answerer = Answerer(pair, Searcher(pair))
    english = answerer.ask("When is the Montevideo workshop?")
    spanish = answerer.ask("¿Cuándo es el taller de Montevideo?")
    assert ("passage", EN) == (english.kind, english.sources[0].meeting_id)
    assert "14 November" in " ".join(english.quote)
    assert ("passage", ES) == (spanish.kind, spanish.sources[0].meeting_id)
    assert "14 de noviembre" in " ".join(spanish.quote)
    assert "passage" == answerer.ask("When is the workshop?", meeting=EN).kind   # any version's id names it


def test_participation_counts_a_call_once(pair):
    answerer = Answerer(pair, Searcher(pair))
    [ana] = answerer.participation("Ana Lima")
    assert (1, 1) == (ana.attended, ana.meetings)


def test_another_call_the_same_day_is_not_a_version(store, tmp_path):
    other = ENGLISH.replace("ANA LIMA", "ZOE PARK").replace("BEN COLE", "YURI TANAKA").replace("CARLA DIAZ", "XAVI ROS")
    for name, text in (("es.txt", SPANISH), ("other.txt", other)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        ingest.ingest_file(store, str(tmp_path / name), max_bytes=MAX)
    assert [(EN, ()), (ES, ())] == [(m.id, m.versions) for m in store.meetings()]


def test_a_later_call_of_the_same_people_is_not_a_version(pair, tmp_path):
    later = ENGLISH.replace("22:00 UTC", "23:30 UTC").replace("Port of Spain", "Kingston")
    (tmp_path / "later.txt").write_text(later, encoding="utf-8")
    ingest.ingest_file(pair, str(tmp_path / "later.txt"), max_bytes=MAX)
    assert [(f"{EN}-2", ("en",)), (ES, ("es", "en"))] == [(m.id, m.languages) for m in pair.meetings()]


def test_a_corrected_root_version_stays_linked_and_realigned(pair, tmp_path):
    corrected = SPANISH.replace("INTÉRPRETE: Un momento, por favor, la intérprete cambia de canal.\n", "")
    (tmp_path / "es.txt").write_text(corrected, encoding="utf-8")
    assert "replaced" == ingest.ingest_file(pair, str(tmp_path / "es.txt"), max_bytes=MAX).status
    assert [(("es", ES), ("en", EN))] == [m.versions for m in pair.meetings()]
    assert (EN, 2) == pair.aligned_turn(ES, 2, "en")


def test_a_new_version_of_a_posted_call_is_not_posted_again(store, tmp_path):
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    store.summaries_to_post([1])        # the archive is what exists when the bot first looks
    ingest.ingest_file(store, str(tmp_path / "es.txt"), max_bytes=MAX)
    assert [(ES, 1)] == store.summaries_to_post([1])
    assert store.claim_summary_post(ES, 1)
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    ingest.ingest_file(store, str(tmp_path / "en.txt"), max_bytes=MAX)
    assert [] == store.summaries_to_post([1])


def test_a_database_from_before_versions_links_them_when_opened(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        for name in ("lacralo-2026-09-21-es.txt", "lacralo-2026-09-21-en.txt"):
            ingest.ingest_file(store, str(DEMO / name), max_bytes=MAX)
    with sqlite3.connect(path) as db:        # as an older Acta left it
        db.execute("UPDATE meetings SET family = NULL")
        db.execute("UPDATE turns SET family_idx = NULL")
    with Store(path) as store:
        [call] = [m for m in store.meetings() if m.date == "2026-09-21"]
        assert ("es", "en") == call.languages
        assert 45 == store.db.execute("SELECT count(family_idx) FROM turns WHERE meeting_id = ?",
                                      [call.version("en")]).fetchone()[0]


def _crosslingual(tmp_path, files: list[str]) -> dict:
    from knowledge import evaluation

    with Store(tmp_path / f"{len(files)}.db") as store:
        others = [p for p in sorted(DEMO.glob("*.txt")) if "2026-09-21" not in p.name]
        ingest.ingest_paths(store, [*others, *(DEMO / f for f in files)], max_bytes=MAX)
        return evaluation.seed_questions(Searcher(store), DATA / "crosslingual.jsonl")


def test_linked_versions_answer_more_crosslingual_questions(tmp_path):
    # English, French and Portuguese questions about the Spanish demo call, without and with
    # its English version (README, "Cross-lingual").
    alone = _crosslingual(tmp_path, ["lacralo-2026-09-21-es.txt"])
    linked = _crosslingual(tmp_path, ["lacralo-2026-09-21-es.txt", "lacralo-2026-09-21-en.txt"])
    assert linked["answered@3"] > alone["answered@3"] and linked["mrr"] > alone["mrr"]
    english = [q["id"] for q in linked["questions"] if q["q"].split()[0] in ("When", "Where", "How", "What", "Who")]
    assert all(q["answered"] for q in linked["questions"] if q["id"] in english)


def test_a_question_in_one_language_from_a_member_reading_another_is_answered(store):
    # A member whose client is in English asks in Spanish: the Spanish passage answers; it is
    # cited in English only if the English one answers as well (here it does not).
    for name in ("lacralo-2026-09-21-es.txt", "lacralo-2026-09-21-en.txt"):
        ingest.ingest_file(store, str(DEMO / name), max_bytes=MAX)
    answer = Answerer(store, Searcher(store)).ask("¿Dónde se realizará el Foro Regional de Usuarios?", language="en")
    assert ("passage", "Lucía de la Fuente") == (answer.kind, answer.sources[0].speaker)
    assert "Asunción" in " ".join(answer.quote)


def test_chat_commands_read_the_members_version(pair):
    from bot.dialogue import Dialogue, Member

    dialogue = Dialogue(pair, Answerer(pair, Searcher(pair)))
    english = dialogue.command("summary", "", Member(1, "en"))[0]
    spanish = dialogue.command("summary", "", Member(2, "es"))[0]
    chosen = dialogue.command("summary", EN, Member(2, "es"))[0]      # an explicit id is kept
    assert "Montevideo workshop will be on 14 November" in english.html
    assert "Montevideo será el 14 de noviembre" in spanish.html
    assert "Montevideo workshop will be on 14 November" in chosen.html


def test_what_acta_knows_about_is_in_the_members_language_version(tmp_path):
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DEMO / "lacralo-2026-09-21-en.txt", DEMO / "lacralo-2026-09-21-es.txt"],
                            max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store))
        spanish = store.meeting("lacralo-2026-09-21-es").agenda[0].title
        english = store.meeting("lacralo-2026-09-21-en").agenda[0].title
        assert spanish != english
        assert spanish == answerer.ask("¿Cuál es el precio de las bananas en Tokio?").topics[0]
        assert english == answerer.ask("What is the price of bananas in Tokyo?").topics[0]
