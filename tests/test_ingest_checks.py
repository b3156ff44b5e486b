"""What an ingest run doubts or chooses for the operator: a meeting dated after today, the
final version of a call among its drafts."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from bot.cli import cli
from knowledge import ingest

from conftest import DEMO

MAX = 20_000_000
TODAY = dt.date(2026, 11, 22)
NARALO = DEMO / "naralo-2026-10-12-en.txt"


def _dated(tmp_path, day: str, name: str = "call.txt"):
    """The NARALO call, its opening saying another day ("Monday, 12 October 2026" -> ``day``)."""
    text = NARALO.read_text(encoding="utf-8").replace("on Monday, 12 October 2026", f"on {day}", 1)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / name


@pytest.mark.parametrize("day, warned", [
    ("12 October 2062", True),         # a typo in the year
    ("24 November 2026", True),
    ("23 November 2026", False),       # tomorrow here may be today where the call was held
    ("22 November 2026", False),
    ("12 October 2026", False),
])
def test_a_meeting_dated_after_today_is_stored_with_a_warning(store, tmp_path, day, warned):
    result = ingest.ingest_paths(store, [_dated(tmp_path, day)], max_bytes=MAX, today=TODAY)[0]
    assert "ingested" == result.status
    assert ([ingest.FUTURE_DATE] if warned else []) == [w.code for w in result.warnings]
    if warned:
        assert {"code": "future_date", "date": result.date, "today": "2026-11-22",
                "message": f"dated {result.date}, after today (2026-11-22): is the date in its opening (or its file "
                           "name) right?"} == result.to_json()["warnings"][0]
    else:
        assert "warnings" not in result.to_json()


def test_the_cli_says_the_warning_and_still_exits_0(tmp_path):
    path = _dated(tmp_path, "12 October 2062")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "acta.db"), "ingest", str(path), "--json"],
                                catch_exceptions=False)
    assert 0 == result.exit_code
    report = json.loads(result.stdout)
    assert (1, ["future_date"]) == (report["ingested"], [w["code"] for w in report["files"][0]["warnings"]])
    assert f"[1/1] warning   {path}: dated 2062-10-12, after today" in result.stderr
