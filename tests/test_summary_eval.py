"""Summary evaluation: the budget rule, ROUGE, the baselines, and evaluate() on a tiny QMSum-style set."""
from __future__ import annotations

import json
import socket

import nltk
import pytest

from knowledge import summary_eval
from knowledge.summary_eval import (BASELINES, candidates, clean, evaluate, lead, lexrank, meeting_sentences,
                                    meeting_turns, random_sentences, score, table, textrank, truncate)

REFERENCE = ("The team discussed the remote control design. They agreed on a rubber case "
             "and a yellow colour, and the designer will send the drawings by Friday.")

MEETING = {"meeting_id": "M1", "domain": "Product", "turns": [
    {"speaker": "Project Manager", "text": "Okay . Um {vocalsound} so let 's start the meeting about the remote control ."},
    {"speaker": "Industrial Designer", "text": "Yeah ."},
    {"speaker": "Project Manager", "text": "Today we have to decide the case material and the colour of the remote ."},
    {"speaker": "Industrial Designer", "text": "I think a rubber case {disfmarker} a soft rubber case would feel good in the hand ."},
    {"speaker": "Marketing", "text": "Our survey says young people like a bright yellow colour for the remote control ."},
    {"speaker": "", "text": ""},
    {"speaker": "User Interface", "text": "Mm-hmm . The buttons should be big and easy to find in the dark room ."},
    {"speaker": "Project Manager", "text": "So we agree on a rubber case and a yellow colour for the remote ."},
    {"speaker": "Industrial Designer", "text": "I will send the drawings of the rubber case to everybody by Friday ."},
    {"speaker": "Marketing", "text": "Uh the price of the rubber case must stay under twelve euros per unit ."},
    {"speaker": "Project Manager", "text": "Okay . Thanks everybody , the meeting is closed for today ."},
]}
OTHER = {"meeting_id": "M2", "domain": "Product", "turns": [
    {"speaker": "A", "text": "This meeting has only a specific query and no general one at all ."}]}


def write_qmsum(directory, meetings, queries):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "meetings.jsonl").write_text("".join(json.dumps(m) + "\n" for m in meetings), encoding="utf-8")
    (directory / "queries.jsonl").write_text("".join(json.dumps(q) + "\n" for q in queries), encoding="utf-8")
    return directory


@pytest.fixture
def qmsum_dir(tmp_path):
    queries = [
        {"query_id": "M1#g0", "meeting_id": "M1", "domain": "Product", "query_type": "general",
         "query": "Summarize the whole meeting", "answer": REFERENCE, "relevant_spans": [], "relevant_turns": []},
        {"query_id": "M1#s0", "meeting_id": "M1", "domain": "Product", "query_type": "specific",
         "query": "What colour?", "answer": "Yellow.", "relevant_spans": [[4, 4]], "relevant_turns": [4]},
        {"query_id": "M2#s0", "meeting_id": "M2", "domain": "Product", "query_type": "specific",
         "query": "What?", "answer": "Nothing.", "relevant_spans": [[0, 0]], "relevant_turns": [0]},
    ]
    return write_qmsum(tmp_path / "qmsum", [MEETING, OTHER], queries)


@pytest.fixture
def turns():
    return meeting_turns(MEETING)


# --- the rules every system is held to ------------------------------------------------------

def test_truncate_keeps_whole_sentences_then_cuts_the_last_at_the_budget():
    sentences = ["one two three.", "four five six seven.", "eight nine."]
    assert ["one two three.", "four five six seven.", "eight"] == truncate(sentences, 8)
    assert ["one two three.", "four five"] == truncate(sentences, 5)
    assert ["one two three.", "four five six seven."] == truncate(sentences, 7)   # exact fit: no stub
    assert sentences == truncate(sentences, 100)
    assert [] == truncate(sentences, 0)
    assert ["a b", "c"] == truncate(["", "a   b", "  ", "c d"], 3)                 # blanks take no words


def test_clean_strips_qmsum_markers_and_the_spaces_they_leave():
    assert "which one which one you 're on" == clean("which one {disfmarker} which one you 're on {vocalsound}")
    assert "" == clean("{vocalsound} {gap}")


def test_rouge_of_the_reference_against_itself_is_one():
    assert {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0} == score(REFERENCE, REFERENCE)
    assert {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0} == score("", REFERENCE)


# --- what the systems see -------------------------------------------------------------------

def test_meeting_turns_are_acta_turns_without_markers(turns):
    assert 11 == len(turns)                                    # the empty turn is kept: indices align
    assert (3, "Industrial Designer", "member") == (turns[3].index, turns[3].speaker, turns[3].role)
    assert "I think a rubber case a soft rubber case would feel good in the hand ." == turns[3].text
    assert "Unknown" == turns[5].speaker and "" == turns[5].text
    assert not any("{" in t.text for t in turns)


def test_candidates_are_the_longest_sentences_kept_in_meeting_order(turns):
    pool = candidates(turns)
    assert all(len(s.split()) >= summary_eval.MIN_WORDS for s in pool)
    assert "Yeah ." not in pool and "Okay ." not in pool
    three = candidates(turns, limit=3)
    assert 3 == len(three)
    assert [s for s in pool if s in three] == three             # meeting order
    assert min(len(s.split()) for s in three) >= max(len(s.split()) for s in pool if s not in three)


# --- baselines --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(BASELINES))
def test_each_baseline_returns_sentences_of_the_meeting_within_the_budget(name, turns):
    output = BASELINES[name](turns, "en", 25)
    assert output
    assert set(output[:-1]) <= set(meeting_sentences(turns))   # the last one may be cut at the budget
    assert any(s.startswith(output[-1]) for s in meeting_sentences(turns))
    assert sum(len(s.split()) for s in truncate(output, 25)) <= 25
    assert not any("{" in s for s in output)


def test_lead_returns_the_first_sentences(turns):
    # "Okay ." comes first but is under MIN_WORDS; QMSum spaces its "." so it counts as a word.
    first = "Um so let 's start the meeting about the remote control ."              # 12 words
    second = "Today we have to decide the case material and the colour of the remote ."   # 15 words
    assert [first, second] == lead(turns, "en", 27)
    assert [first, "Today we have to decide"] == lead(turns, "en", 17)


def test_random_is_reproducible_with_a_seed(turns):
    assert random_sentences(turns, "en", 20, seed=1) == random_sentences(turns, "en", 20, seed=1)
    draws = {tuple(random_sentences(turns, "en", 20, seed=s)) for s in range(6)}
    assert len(draws) > 1


def test_sumy_baselines_need_no_nltk_data_and_no_network(turns, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("tried to reach the network or NLTK's data")

    empty = tmp_path / "nltk_data"
    empty.mkdir()
    monkeypatch.setenv("NLTK_DATA", str(empty))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(nltk.data, "path", [str(empty)])
    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    for summarizer in (lexrank, textrank):
        assert summarizer(turns, "en", 30)


@pytest.mark.parametrize("texts", [
    ["THE CASE MUST BE MADE OF RUBBER .", "AND THE COLOUR WILL BE BRIGHT YELLOW ."],   # capitals: not headings
    ["it is what it is and so on .", "it is what it is and so on ."],               # identical
    ["the and of to a in it .", "is it the and of to a ."],                         # stop words only
    ["{vocalsound}", "Yeah .", ""],                                                 # nothing to rank
])
def test_sumy_baselines_on_degenerate_meetings(texts):
    turns = meeting_turns({"turns": [{"speaker": "A", "text": t} for t in texts]})
    for summarizer in (lexrank, textrank):
        assert candidates(turns)[:2] == summarizer(turns, "en", 100)


def test_textrank_and_lexrank_prefer_the_sentences_the_meeting_keeps_coming_back_to(turns):
    # "rubber case" is said in four sentences: the graph's centre.
    for summarizer in (lexrank, textrank):
        assert any("rubber case" in s for s in summarizer(turns, "en", 15))


# --- evaluate and table ----------------------------------------------------------------------

def test_evaluate_scores_each_system_on_meetings_with_a_general_query(qmsum_dir):
    def oracle(turns, language, budget):
        return [REFERENCE, "and many more words past the budget that truncation must cut off"]

    results = evaluate(qmsum_dir, {**BASELINES, "oracle": oracle})
    assert set(BASELINES) | {"oracle"} == set(results)
    assert {"n": 1, "rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0} == {
        k: v for k, v in results["oracle"].items() if k != "seconds"}
    for name in BASELINES:
        assert 1 == results[name]["n"]
        assert all(0 < results[name][m] < 1 for m in ("rouge1", "rougeL"))


def test_evaluate_gives_its_seed_to_summarizers_that_take_one(qmsum_dir):
    seen = []

    def seeded(turns, language, budget, *, seed=0):
        seen.append((language, budget, seed, len(turns)))
        return []

    results = evaluate(qmsum_dir, {"seeded": seeded}, seed=7)
    assert [("en", len(REFERENCE.split()), 7, 11)] == seen
    assert 0.0 == results["seeded"]["rougeL"]


def test_evaluate_on_a_directory_without_general_queries(tmp_path):
    directory = write_qmsum(tmp_path / "empty", [OTHER], [])
    assert {"n": 0, "rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0, "seconds": 0.0} == evaluate(
        directory, {"lead": lead})["lead"]


def test_table_puts_the_best_rouge_l_first():
    results = {"lead": {"n": 2, "rouge1": 0.2, "rouge2": 0.03, "rougeL": 0.11},
               "textrank": {"n": 2, "rouge1": 0.25, "rouge2": 0.02, "rougeL": 0.13}}
    assert ("| system | ROUGE-1 | ROUGE-2 | ROUGE-L | n |\n"
            "|---|---|---|---|---|\n"
            "| textrank | 0.2500 | 0.0200 | 0.1300 | 2 |\n"
            "| lead | 0.2000 | 0.0300 | 0.1100 | 2 |") == table(results)
