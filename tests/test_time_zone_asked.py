"""A time zone said in "when is the next call…?" asks the time there, not an event there."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

BOT_TOML = Path(__file__).parent.parent / "bot.toml"


@pytest.mark.parametrize("question", [
    "when is the next call in UTC and buenos aires", "¿Cuándo es la próxima llamada en hora local de Bogotá?",
    "When is the next call, Toronto time zone?",
])
def test_a_time_zone_said_asks_the_next_calls_time_there(seeded, question):
    said = run_cli("--config", BOT_TOML, "--db", seeded, "ask", question).output
    assert said.startswith("LACRALO monthly call") and "UTC" in said.split("\n")[1]


def test_an_event_in_a_city_is_still_no_time_asked(seeded):
    said = run_cli("--config", BOT_TOML, "--db", seeded, "ask", "When is the next event in Paris?").output
    assert said.startswith("Nothing like that is scheduled. The next event:")
