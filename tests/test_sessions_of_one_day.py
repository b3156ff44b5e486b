"""Two calls of one group on one day, their files named as a draft and its final (folders named
by session, files by date only): each is stored, in one run or two, whatever the names say,
since they start at different times."""
from __future__ import annotations

import pytest

from knowledge import ingest

from conftest import CALL_2016, CALL_2020, _need_corpus

MAX = 10_000_000
EVENING = "lacralo-2020-02-17-fr"       # the real 2020 call: 23:00 UTC, 51 turns


def _sessions(tmp_path, first: str, second: str):
    """The 2020 call (23:00 UTC) as ``first``; another call of that day (the 2016 call dated
    17 February 2020, 15:00 UTC) as ``second``."""
    _need_corpus()
    a, b = tmp_path / first, tmp_path / second
    a.parent.mkdir(parents=True, exist_ok=True)
    b.parent.mkdir(parents=True, exist_ok=True)
    a.write_bytes(CALL_2020.read_bytes())
    other = CALL_2016.read_text(encoding="utf-8")
    assert "Nous sommes le 20 juin 2016. Il est 23 h UTC" in other
    b.write_text(other.replace("Nous sommes le 20 juin 2016. Il est 23 h UTC",
                               "Nous sommes le 17 février 2020. Il est 15 h UTC"), encoding="utf-8")
    return a, b


def _stored(store) -> dict[str, tuple[str, int]]:
    return {mid: (store.meeting(mid).to_json()["start_utc"][11:16], len(store.meeting(mid).turns))
            for mid in store.meeting_ids()}


@pytest.mark.parametrize("first, second", [
    (f"session1/{EVENING}-draft.txt", f"session2/{EVENING}-FINAL.txt"),
    (f"session1/{EVENING}-FINAL.txt", f"session2/{EVENING}-draft.txt"),
    (f"am/{EVENING}-v2.txt", f"pm/{EVENING}-v3.txt"),
])
def test_two_calls_of_one_day_named_as_versions_are_both_stored_over_two_runs(store, tmp_path, first, second):
    a, b = _sessions(tmp_path, first, second)
    assert "ingested" == ingest.ingest_paths(store, [a], max_bytes=MAX)[0].status
    result = ingest.ingest_paths(store, [b], max_bytes=MAX)[0]
    assert ("ingested", f"{EVENING}-2", None) == (result.status, result.meeting_id, result.supersedes)
    assert {EVENING: ("23:00", 51), f"{EVENING}-2": ("15:00", 75)} == _stored(store)


def test_two_calls_of_one_day_named_as_versions_are_both_stored_in_one_run(store, tmp_path):
    a, b = _sessions(tmp_path, f"session1/{EVENING}-draft.txt", f"session2/{EVENING}-FINAL.txt")
    results = ingest.ingest_paths(store, [tmp_path], max_bytes=MAX)
    assert ["ingested", "ingested"] == [r.status for r in results]
    assert {("23:00", 51), ("15:00", 75)} == set(_stored(store).values())
