"""The events announced in calls, as "When is the next …?" gives them (knowledge/announced.py)."""
from __future__ import annotations

import datetime as dt

from bot import render
from knowledge import announced
from knowledge.answers import Answerer


def test_the_calls_announcements_are_read_once_per_question(archive, monkeypatch):
    # None tomorrow: the next event, with those announced sooner, from the same announcements
    read, announced_in = [], announced.announced
    monkeypatch.setattr(announced, "announced", lambda *a, **k: read.append(1) or announced_in(*a, **k))
    on_22_november = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 22))
    said = render.plain(on_22_november.ask("is there a call tomorrow?"))
    assert said.startswith("Nothing is scheduled or announced for then. The next event:") and "3 December 2026, Toronto" in said
    assert 1 == len(read)
