"""Search: BM25 with a non-negative idf, exact candidate generation, filters, and bad queries."""
from __future__ import annotations

import json
import math
import random

import pytest
from rank_bm25 import BM25Okapi

from knowledge import analysis, ingest
from knowledge.index import Index, LuceneBM25, lucene_idf
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import CALL_2016, CALL_2020, DEMO, SHARED

MAX = 10_000_000


# --- idf: the edges rank_bm25's Okapi gets wrong --------------------------------------------

def test_a_term_in_exactly_half_the_passages_still_counts():
    corpus = [["vote", "budget"], ["vote"], ["budget"], ["agenda"]]   # "vote" in 2 of 4
    assert 0.0 == BM25Okapi(corpus).idf["vote"]                       # Okapi: ln(1) = 0
    assert math.log(1 + 2.5 / 2.5) == LuceneBM25(corpus).idf["vote"]
    scores = LuceneBM25(corpus).get_scores(["vote"])
    assert scores[0] > 0 and scores[1] > 0 and scores[2] == scores[3] == 0


def test_a_term_in_every_passage_is_positive_not_negative():
    corpus = [["ok", "yes"], ["ok"], ["ok", "no"]]
    assert BM25Okapi(corpus).idf["ok"] != lucene_idf(3, 3)            # Okapi floors a negative idf
    assert 0 < LuceneBM25(corpus).idf["ok"] == lucene_idf(3, 3) < LuceneBM25(corpus).idf["yes"]


def test_tiny_corpus_of_one_passage():
    scores = LuceneBM25([["seul", "mot"]]).get_scores(["seul"])
    assert scores[0] > 0


def test_an_empty_database_answers_nothing(tmp_path):
    with Store(tmp_path / "empty.db") as store:
        searcher = Searcher(store)
        assert [] == searcher.search("Montevideo")
        assert [] == searcher.index.top(["montevideo"], 10)


# --- exactly the full scan's top-k ----------------------------------------------------------

@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("archive") / "acta.db"
    store = Store(path)
    paths = [DEMO] + ([CALL_2016, CALL_2020] if CALL_2016.exists() else [])
    ingest.ingest_paths(store, paths, max_bytes=MAX)
    yield store
    store.close()


def full_scan_top(store: Store, terms: list[str], k: int) -> list[tuple[int, float]]:
    """rank_bm25's get_scores over every passage, best first, ties by id, zero scores dropped."""
    ids, corpus = zip(*store.all_tokens())
    scores = LuceneBM25(list(corpus)).get_scores(terms)
    order = sorted(range(len(ids)), key=lambda i: (-scores[i], ids[i]))
    return [(ids[i], float(scores[i])) for i in order[:k] if scores[i] > 0]


def queries(store: Store) -> list[list[str]]:
    """Real questions, and random ones made of indexed words (rare, common, and both)."""
    out = []
    seeds = SHARED / "eval" / "seed-questions.jsonl"
    if seeds.exists():
        out += [analysis.query_terms(json.loads(line)["q"]) for line in seeds.read_text().splitlines()]
    out += [analysis.query_terms(q) for q in ("Montevideo", "webinaire DNS internet des objets", "budget",
                                              "IPv6 adoption rural", "encuesta", "LACRALO")]
    vocab = sorted({t for _, tokens in store.all_tokens() for t in tokens})
    rng = random.Random(7)
    out += [rng.sample(vocab, rng.randint(1, 6)) for _ in range(40)]
    return out


def test_candidates_from_the_index_give_exactly_the_full_scan_top_10(archive):
    index = Index(archive)
    for terms in queries(archive):
        expected = full_scan_top(archive, terms, 10)
        got = index.top(terms, 10)
        assert [i for i, _ in expected] == [s.passage_id for s in got], terms
        assert [s for _, s in expected] == [s.score for s in got]   # the same floats, not just close


def test_ties_are_broken_by_passage_id_like_the_full_scan(archive):
    index = Index(archive)
    common = max(archive.postings(["lacralo", "meeting", "reunion"]).items(), key=lambda kv: len(kv[1][0]))[0]
    expected = full_scan_top(archive, [common], 25)
    assert [i for i, _ in expected] == [s.passage_id for s in index.top([common], 25)]


def test_the_index_follows_new_and_replaced_meetings(tmp_path):
    with Store(tmp_path / "a.db") as store:
        searcher = Searcher(store)
        assert [] == searcher.search("Nadine Tremblay Toronto")
        ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=MAX)
        assert "naralo-2026-10-12-en" == searcher.search("outreach event in Toronto")[0].meeting_id
        before = store.counts()["turns"]
        changed = tmp_path / "naralo.txt"
        changed.write_text((DEMO / "naralo-2026-10-12-en.txt").read_text(encoding="utf-8")
                           .replace("Toronto", "Winnipeg"), encoding="utf-8")
        assert "replaced" == ingest.ingest_file(store, str(changed), max_bytes=MAX).status
        assert before == store.counts()["turns"]
        assert [] == searcher.search("Toronto")
        assert "Winnipeg" in searcher.search("outreach event in Winnipeg")[0].passage
        for terms in queries(store)[-10:]:
            assert [i for i, _ in full_scan_top(store, terms, 10)] == [
                s.passage_id for s in searcher.index.top(terms, 10)]


def test_compacting_segments_changes_no_result(tmp_path):
    with Store(tmp_path / "a.db") as store:
        files = sorted(DEMO.glob("*.txt"))
        for path in files:
            ingest.ingest_file(store, str(path), max_bytes=MAX)
        index = Index(store)
        before = {tuple(t): index.top(t, 10) for t in queries(store)[-15:]}
        assert store.segments() == len(files) and store.compact(max_segments=1) and store.segments() == 1
        assert before == {t: index.top(list(t), 10) for t in before}


# --- citations and filters ------------------------------------------------------------------

def test_a_hit_cites_speaker_meeting_and_date(archive, corpus_dir):
    hit = Searcher(archive).search("Quand aura lieu l'événement à Montevideo ?", k=3)[0]
    assert ("Aida Noblia", "lacralo-2016-06-20-fr", "2016-06-20", "LACRALO monthly call") == (
        hit.speaker, hit.meeting_id, hit.date, hit.title)
    assert "Montevideo" in hit.passage and hit.passage in hit.text


def test_filters_by_meeting_speaker_and_date(archive, corpus_dir):
    searcher = Searcher(archive)
    assert {"lacralo-2020-02-17-fr"} == {h.meeting_id for h in searcher.search(
        "groupe de travail", k=10, meeting="lacralo-2020-02-17-fr")}
    assert {"Alberto Soto"} == {h.speaker for h in searcher.search("réunion", k=10, speaker="alberto soto")}
    assert {"Alberto Soto"} == {h.speaker for h in searcher.search("réunion", k=10, speaker="Alberto")}
    assert all(h.date >= "2026-01-01" for h in searcher.search("groupe de travail", k=10, since="2026-01-01"))
    assert [] == searcher.search("réunion", speaker="Nobody Atall")


# --- British and American spellings ---------------------------------------------------------

@pytest.mark.parametrize("british, american", [
    ("We organised it", "We organized it"), ("the organisation", "the organization"),
    ("analyse the colours", "analyze the colors"), ("our favourite centres", "our favorite centers"),
    ("the programme of the theatre", "the program of the theater"), ("she travelled", "she traveled"),
])
def test_british_spellings_are_the_american_words(british, american):
    assert analysis.analyze(british, "en") == analysis.analyze(american, "en")


def test_only_english_is_read_so():
    assert ["organis"] == analysis.analyze("organisé", "fr")            # French keeps its spelling
    assert {"organis", "organiz"} <= set(analysis.query_terms("organise"))  # asked both ways
    assert ["hour", "tour", "four"] == analysis.analyze("hour tour four", "en")  # no "-our" ending


def test_a_question_in_british_spelling_finds_the_american_turn(tmp_path):
    (tmp_path / "call.txt").write_text("""NARALO Monthly Call
12 October 2026

PRIYA RAMAN: Thank you. The workshop in Toronto will be attended by two of our ALSes.

MICHAEL CHEN: The library network organized the workshop in Toronto.
""", encoding="utf-8")
    with Store(tmp_path / "acta.db") as store:
        ingest.ingest_paths(store, [tmp_path / "call.txt"], max_bytes=MAX)
        assert "Michael Chen" == Searcher(store).search("Who organised the workshop in Toronto?")[0].speaker


# --- bad queries ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "", "   ", "?!…", "🙂🙂🙂", "\x00\x01", "x" * 10_000, "Montevideo " * 2000,
    '"', 'Montevideo AND', "budget*", "NEAR(budget, vote)", "'; DROP TABLE meetings; --",
    "SELECT * FROM turns WHERE 1=1", "什么时候开会", "Когда следующая встреча?",
])
def test_bad_queries_never_crash(archive, question):
    hits = Searcher(archive).search(question, k=5)
    assert len(hits) <= 5
    assert archive.counts()["meetings"] >= 4


def test_a_long_query_is_bounded(archive):
    searcher = Searcher(archive)
    assert len(searcher.terms("budget réunion " * 5000)) <= 64


def test_tiered_merging_joins_the_smallest_segments_and_changes_no_result(tmp_path):
    from knowledge import formats, transcripts
    from knowledge.store import PassageRow

    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(300)]
    with Store(tmp_path / "a.db") as store:
        for m in range(25):
            n = rng.randint(1, 40)
            text = f"2026-01-{m + 1:02d}\n" + "".join(f"SPEAKER {i}: words\n" for i in range(n))
            doc = formats.from_bytes(text.encode(), f"m{m}.txt")
            rows = [PassageRow(i, 0, "x", rng.choices(vocab, k=rng.randint(3, 30))) for i in range(n)]
            store.save(transcripts.parse(doc), doc, rows, mid=f"m{m}")
        index = Index(store)
        queries = [rng.sample(vocab, rng.randint(1, 5)) for _ in range(30)]
        before = [index.top(q, 10) for q in queries]
        expected = [full_scan_top(store, q, 10) for q in queries]
        assert [[i for i, _ in e] for e in expected] == [[s.passage_id for s in b] for b in before]
        sizes = dict(store.db.execute("SELECT segment, count(*) FROM passages GROUP BY segment").fetchall())
        smallest = sorted(sizes, key=lambda s: (sizes[s], s))[:10]
        largest = max(sizes, key=lambda s: (sizes[s], -s))
        assert store.compact(max_segments=16) and 16 == store.segments()
        still = {r[0] for r in store.db.execute("SELECT DISTINCT segment FROM passages")}
        assert largest in still and not still & set(smallest)
        assert before == [index.top(q, 10) for q in queries]
        assert store.compact(max_segments=0) and 1 == store.segments()
        assert before == [index.top(q, 10) for q in queries]


def test_a_query_reads_one_snapshot_while_an_ingest_commits(tmp_path):
    """A question asked while an upload is ingested: the postings or the filter of one version
    of the index, the lengths of another, must not crash it (they did: an IndexError)."""
    first, second = tmp_path / "naralo-2026-10-12-en.txt", tmp_path / "naralo-2026-11-09-en.txt"
    first.write_text("2026-10-12\nPRIYA RAMAN: The Toronto outreach event needs volunteers.\n", encoding="utf-8")
    second.write_text("2026-11-09\nMICHAEL CHEN: The Toronto outreach event was a success, thanks to the volunteers.\n"
                      * 3, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_file(store, str(first), max_bytes=MAX)
        (earlier,) = [m.id for m in store.meetings()]
        index = Index(store)
        before = index.cols
        mask = index.mask(meetings=list(store.meeting_numbers().values()))     # made before the ingest
        ingest.ingest_file(store, str(second), max_bytes=MAX)
        terms = analysis.query_terms("Toronto volunteers")
        # A mask of the older version: the passages it did not know are not allowed
        found = index.top(terms, 5, mask)
        assert found and {store.passages([s.passage_id for s in found])[s.passage_id]["meeting_id"] for s in found} == {earlier}
        # Postings newer than the snapshot the query started with: left for the next query
        index.refresh = lambda: before
        assert [s.passage_id for s in found] == [s.passage_id for s in index.top(terms, 5)]


def test_a_replaced_meeting_s_passages_never_take_the_old_ones_ids(tmp_path):
    """A filter made before a corrected version replaced the latest meeting allows the passages it
    knew, not new ones under their ids ("--speaker Michael Chen" finding Zara Okafor's)."""
    first, second = tmp_path / "naralo-2026-10-12-en.txt", tmp_path / "naralo-2026-11-09-en.txt"
    first.write_text("2026-10-12\nPRIYA RAMAN: The Toronto outreach event needs volunteers.\n", encoding="utf-8")
    second.write_text("2026-11-09\nMICHAEL CHEN: The Toronto outreach event was a success, thanks to the volunteers.\n",
                      encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [first, second], max_bytes=MAX)
        index = Index(store)
        michael = [pid for pid, name in store.people().items() if name == "Michael Chen"]
        mask = index.mask(persons=michael)
        second.write_text("2026-11-09\nZARA OKAFOR: Toronto volunteers, Toronto outreach volunteers everywhere.\n",
                          encoding="utf-8")
        assert "replaced" == ingest.ingest_file(store, str(second), max_bytes=MAX, replace=True).status
        found = index.top(analysis.query_terms("Toronto volunteers"), 5, mask)
        assert "Zara Okafor" not in {row["speaker"] for row in store.passages([s.passage_id for s in found]).values()}


def test_a_long_turn_does_not_crowd_out_the_other_turns(tmp_path):
    from knowledge import search

    paragraph = "The solar panel project needs solar funding and solar training. " * 6
    long_turn = "\n".join([paragraph] * (3 * search.PASSAGES_PER_TURN))
    text = ("2026-03-02\nANA SILVA: " + long_turn + "\nBRUNO COSTA: I agree about the solar panels here.\n"
            "CARLA DIAZ: Solar energy is cheap, said the survey.\n")
    path = tmp_path / "lacnic-2026-03-02-en.txt"
    path.write_text(text, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_file(store, str(path), max_bytes=MAX)
        turns = store.db.execute("SELECT turn_idx, count(*) FROM passages GROUP BY turn_idx").fetchall()
        assert max(n for _, n in turns) > 2 * search.PASSAGES_PER_TURN   # one turn fills a page
        hits = Searcher(store).search("solar", k=3)
        assert ["Ana Silva", "Bruno Costa", "Carla Diaz"] == sorted(h.speaker for h in hits)


# --- rebuilding the index -------------------------------------------------------------------

def _results(searcher: Searcher) -> list:
    return [[(h.meeting_id, h.turn_index, round(h.score, 9)) for h in searcher.search(q, k=5)]
            for q in ("Montevideo", "outreach event in Toronto", "budget", "IPv6 rural", "questionnaire")]


def test_an_index_built_by_another_analysis_is_rebuilt_the_same_as_a_fresh_one(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=MAX)
        fresh = _results(Searcher(store))
        passages = store.db.execute("SELECT count(*) FROM passages").fetchone()[0]
        # As an older Acta with another analysis left it: other tokens, another version.
        store.db.execute("UPDATE postings SET term = 'x' || term")
        store.db.execute("UPDATE index_meta SET value = 0 WHERE key = 'analysis'")
        store.db.conn.commit()
    with Store(path) as store:
        assert fresh == _results(Searcher(store))
        assert analysis.VERSION == store.analysis_version() and 1 == store.segments()
        assert passages == store.db.execute("SELECT count(*) FROM passages").fetchone()[0]


def test_a_failed_rebuild_leaves_the_index_as_it_was(tmp_path, monkeypatch):
    from knowledge import passages, search

    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=MAX)
        before = _results(Searcher(store))
        calls = []

        def failing(transcript):
            calls.append(1)
            if len(calls) == 3:
                raise OSError("disk full")
            return real(transcript)
        real = passages.rows
        monkeypatch.setattr(passages, "rows", failing)
        with pytest.raises(OSError):
            search.reindex(store)
        monkeypatch.undo()
        assert 3 == len(calls) and before == _results(Searcher(store))


def test_acta_reindex(tmp_path):
    from click.testing import CliRunner

    from bot.cli import cli

    db = tmp_path / "a.db"
    with Store(db) as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=MAX)
        n = store.db.execute("SELECT count(*) FROM passages").fetchone()[0]
    result = CliRunner().invoke(cli, ["--db", str(db), "reindex"])
    assert 0 == result.exit_code and f"Reindexed {n} passages of 5 transcripts." == result.output.strip()
    missing = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "reindex"])
    assert 0 != missing.exit_code and "no database" in missing.output


def test_a_new_database_is_at_the_current_analysis_version(tmp_path, monkeypatch):
    from knowledge import search

    monkeypatch.setattr(analysis, "VERSION", analysis.VERSION + 1)     # an upgrade bumped it
    with Store(tmp_path / "new.db") as store:
        assert analysis.VERSION == store.analysis_version()            # nothing to rebuild later
        ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=MAX)
        assert 0 == search.reindex(store, stale_only=True)
