"""A time zone said in "when is the next call…?" asks the time there, not an event there."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

BOT_TOML = Path(__file__).parent.parent / "bot.toml"


@pytest.mark.parametrize("question, there", [
    ("when is the next call in UTC and buenos aires", "Buenos Aires"),
    ("¿Cuándo es la próxima llamada en hora local de Bogotá?", "Bogota"),
    ("When is the next call, Toronto time zone?", "Toronto"),        # (not among bot.toml's display zones)
])
def test_a_time_zone_said_asks_the_next_calls_time_there(seeded, question, there):
    said = run_cli("--config", BOT_TOML, "--db", seeded, "ask", question).output
    times = said.split("\n")[1]
    assert said.startswith("LACRALO monthly call") and "UTC" in times and there in times


def test_an_event_in_a_city_is_still_no_time_asked(seeded):
    said = run_cli("--config", BOT_TOML, "--db", seeded, "ask", "When is the next event in Paris?").output
    assert said.startswith("Nothing like that is scheduled. The next event:")
