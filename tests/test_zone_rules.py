"""One source of time-zone rules: /schedule, bot.toml, the display (and .ics, through zoneinfo)
put one local time at one UTC time; the rules are the tzdata package's unless the operator
sets PYTHONTZPATH."""
from __future__ import annotations

import datetime as dt
import importlib.resources
import os
import struct
import subprocess
import sys
import zoneinfo

import pytest

from bot.dialogue import Dialogue, Member
from jobs import calendar, tzdb, zone_words
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import ROOT

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
ADMIN = Member(1, "en", admin=True)


def scheduled(tmp_path, when: str, timezones=("UTC",), member=ADMIN) -> dt.datetime:
    """/schedule, confirmed: the stored start (UTC)."""
    with Store(tmp_path / "z.db") as store:
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: NOW, timezones=timezones)
        (proposal,) = d.command("schedule", f"{when} | Call", member)
        confirm = next((b.data for b in proposal.buttons if b.label in ("Confirm", "Confirmer", "Confirmar")), None)
        assert confirm, proposal.html
        d.button(confirm, member)
        (row,) = store.scheduled_events()
        return dt.datetime.fromisoformat(row["start_utc"])


def declared(local: str, zone: str) -> dt.datetime:
    """Where bot.toml puts a call at ``local`` in ``zone`` (UTC)."""
    event = calendar.Event.declared("Call", local, zone)
    (occurrence,) = calendar.occurrences(event, NOW, NOW + dt.timedelta(days=400))
    return occurrence.start_utc


@pytest.mark.parametrize("zone", ["America/Vancouver", "Africa/Casablanca", "America/Havana", "America/Edmonton",
                                  "America/Sao_Paulo", "Europe/Lisbon", "Asia/Kolkata"])
@pytest.mark.parametrize("local", ["2027-01-15T18:00", "2027-07-15T18:00"])
def test_schedule_and_bot_toml_put_one_wall_time_at_one_utc_time(tmp_path, zone, local):
    day = dt.datetime.fromisoformat(local)
    assert declared(local, zone) == scheduled(tmp_path, f"{day:%d %B %Y} 18:00 {zone}")


@pytest.mark.parametrize("when, zone, member", [
    ("15 January 2027 18:00 Vancouver time", "America/Vancouver", ADMIN),
    ("15 janvier 2027 18h heure de Casablanca", "Africa/Casablanca", Member(1, "fr", admin=True)),
    ("15 de enero de 2027 18:00 hora de Cuba", "America/Havana", Member(1, "es", admin=True)),
])
def test_a_zone_said_in_words_converts_as_bot_toml_does(tmp_path, when, zone, member):
    assert declared("2027-01-15T18:00", zone) == scheduled(tmp_path, when, member=member)


def test_the_groups_first_zone_too(tmp_path):
    assert declared("2027-01-15T18:00", "America/Vancouver") == \
        scheduled(tmp_path, "15 January 2027 18:00", timezones=("America/Vancouver", "UTC"))


def test_a_fixed_offset_written_stays_that_offset(tmp_path):
    """Not a zone's rules: "UTC-3" and "EST" are what they say, in any group."""
    assert dt.datetime(2027, 1, 15, 21, tzinfo=UTC) == scheduled(tmp_path, "15 January 2027 18:00 UTC-3",
                                                                 timezones=("America/Vancouver",))
    assert dt.datetime(2027, 7, 15, 23, tzinfo=UTC) == scheduled(tmp_path / "b", "15 July 2027 18:00 EST")


def test_tomorrow_is_the_groups_tomorrow(tmp_path):
    """At 12:00 UTC on 21 November it is already 01:00 on the 22nd in Auckland: tomorrow is the 23rd."""
    assert declared("2026-11-23T10:00", "Pacific/Auckland") == \
        scheduled(tmp_path, "tomorrow 10:00", timezones=("Pacific/Auckland",))


def _tzif(hours: int, abbr: str = "XMT") -> bytes:
    """A TZif file (RFC 8536, version 2) of one fixed offset: rules no other database has."""
    name = abbr.encode() + b"\0"
    block = struct.pack(">6l", 0, 0, 0, 0, 1, len(name)) + struct.pack(">lbb", hours * 3600, 0, 0) + name
    head = b"TZif2" + b"\0" * 15
    return head + block + head + block + f"\n<{abbr}>{'-' if hours > 0 else '+'}{abs(hours)}\n".encode()


@pytest.fixture
def vancouver_at_utc_minus_5(tmp_path):
    """zoneinfo reading a database in which Vancouver is UTC-5 all year (pytz, which dateparser
    would convert with, never says so)."""
    (tmp_path / "tz" / "America").mkdir(parents=True)
    (tmp_path / "tz" / "America" / "Vancouver").write_bytes(_tzif(-5))
    zone_words.iana_zones()                 # (cached from the full database)
    saved = zoneinfo.TZPATH
    zoneinfo.reset_tzpath([str(tmp_path / "tz")])
    zoneinfo.ZoneInfo.clear_cache()
    yield tmp_path / "tz"
    zoneinfo.reset_tzpath(saved)
    zoneinfo.ZoneInfo.clear_cache()


def test_schedule_converts_with_the_rules_everything_else_uses(tmp_path, vancouver_at_utc_minus_5):
    with Store(tmp_path / "z.db") as store:
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: NOW,
                     timezones=("UTC", "America/Vancouver"))
        (proposal,) = d.command("schedule", "15 January 2027 18:00 America/Vancouver | Call", ADMIN)
    assert "15 January 2027 (23:00 UTC · 18:00 Vancouver)" in proposal.html      # what the admin typed
    assert dt.datetime(2027, 1, 15, 23, tzinfo=UTC) == declared("2027-01-15T18:00", "America/Vancouver")


def test_the_tzdata_package_is_read_before_the_hosts_files():
    assert () == zoneinfo.TZPATH                 # (conftest does what `acta` does)
    assert f"tzdata {tzdb.packaged_version()}" == tzdb.prefer_packaged()


def _acta_events(tmp_path, env_extra: dict) -> str:
    config = tmp_path / "bot.toml"
    config.write_text('[display]\ntimezones = ["UTC"]\n[[events]]\ntitle = "Pacific call"\n'
                      'start = "2030-01-15T18:00"\ntimezone = "America/Vancouver"\n')
    env = {k: v for k, v in os.environ.items() if k != "PYTHONTZPATH"} | {"PYTHONPATH": str(ROOT)} | env_extra
    done = subprocess.run([sys.executable, "-m", "bot", "--config", str(config), "--db", str(tmp_path / "a.db"),
                           "events", "--until", "2030-01-31"], capture_output=True, text=True, env=env, check=True)
    return done.stdout


def test_acta_uses_the_package_unless_the_operator_names_the_hosts_rules(tmp_path, vancouver_at_utc_minus_5):
    assert "2030-01-15 23:00 UTC  Pacific call" in _acta_events(tmp_path, {"PYTHONTZPATH": str(vancouver_at_utc_minus_5)})
    with importlib.resources.files("tzdata.zoneinfo").joinpath("America/Vancouver").open("rb") as f:
        packaged = zoneinfo.ZoneInfo.from_file(f)
    expected = dt.datetime(2030, 1, 15, 18, tzinfo=packaged).astimezone(UTC)
    assert f"{expected:%Y-%m-%d %H:%M} UTC  Pacific call" in _acta_events(tmp_path, {})
