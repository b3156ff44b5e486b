"""The demo corpus Acta ships (fr, es, en, pt, plus WebVTT and SRT exports) parses as its authors
wrote it: the facts in tests/data/demo_facts.json were written with the files, not from the parser."""
from __future__ import annotations

import json

import pytest
from rapidfuzz import fuzz

from knowledge import formats, people, transcripts
from knowledge.text import fold

from conftest import DATA, ROOT

FACTS = json.loads((DATA / "demo_facts.json").read_text(encoding="utf-8"))
TRANSCRIPTS = [p for p in FACTS if p.endswith(".txt")]


@pytest.fixture(scope="module", params=sorted(FACTS))
def parsed(request):
    path = request.param
    return FACTS[path], transcripts.parse(formats.read(ROOT / path, 10_000_000))


def test_every_demo_language_is_shipped():
    assert {"fr", "es", "en", "pt"} == {FACTS[p]["language"] for p in TRANSCRIPTS}
    assert all((ROOT / p).exists() for p in FACTS)


def test_metadata(parsed):
    facts, t = parsed
    assert facts["date"] == t.date.isoformat()
    assert facts["language"] == t.language
    if facts.get("start_utc"):
        assert facts["start_utc"] == t.start_utc.isoformat()
    if facts.get("group"):
        assert facts["group"] == t.group
    if facts.get("kind"):
        assert facts["kind"] == t.kind


def test_speakers_with_typos_merged_and_namesakes_apart(parsed):
    facts, t = parsed
    assert sorted(people.key(s) for s in facts["speakers"]) == sorted(people.key(s) for s in t.speakers)
    by_key = {p.key: p for p in t.people}
    for typo, right in facts.get("aliases", {}).items():
        assert people.key(typo) in by_key[people.key(right)].aliases
    for a, b in facts.get("not_merged", []):
        assert people.key(a) in by_key and people.key(b) in by_key


def test_turn_count(parsed):
    facts, t = parsed
    assert facts["turns"] == len(t.turns)


@pytest.mark.parametrize("path", TRANSCRIPTS)
def test_roll_call(path):
    facts = FACTS[path]
    t = transcripts.parse(formats.read(ROOT / path, 10_000_000))
    present = [(fold(a.name), a.channel) for a in t.attendance if a.status == "present" and a.source == "roll_call"]
    assert [(fold(a["name"]), a["channel"]) for a in facts["attendees"]] == present
    for status, key in (("apology", "apologies"), ("staff", "staff"), ("interpreter", "interpreters")):
        assert sorted(fold(n) for n in facts[key]) == sorted(fold(a.name) for a in t.attendance if a.status == status)
    late = [fold(a.name) for a in t.attendance if a.source == "spoke"]
    for name in facts["late_speakers"]:
        assert fold(name) in late


@pytest.mark.parametrize("path", TRANSCRIPTS)
def test_agenda(path):
    facts = FACTS[path]
    t = transcripts.parse(formats.read(ROOT / path, 10_000_000))
    assert [fold(i["presenter"] or "") for i in facts["agenda"]] == [fold(i.presenter or "") for i in t.agenda]
    for expected, item in zip(facts["agenda"], t.agenda):
        # The authors wrote short titles; the parser keeps the words read out.
        assert fuzz.token_set_ratio(fold(expected["title"]), fold(item.title)) >= 80, (expected, item.title)


@pytest.mark.parametrize("path", TRANSCRIPTS)
def test_clean_text(path):
    t = transcripts.parse(formats.read(ROOT / path, 10_000_000))
    for turn in t.turns:
        assert "---" not in turn.text and "**" not in turn.text
        assert not any(w in turn.text for w in ("présent document", "presente documento",
                                                "authoritative record", "registro oficial"))
    text = " ".join(turn.text for turn in t.turns)
    for marker in FACTS[path]["markers"]:
        assert marker.lower() in text


def test_timed_turns_keep_their_timestamps():
    t = transcripts.parse(formats.read(DATA / "zoom-2026-11-02.vtt", 1_000_000))
    starts = [turn.start for turn in t.turns]
    assert all(s is not None for s in starts) and starts == sorted(starts)
    assert all(turn.end > turn.start for turn in t.turns)
