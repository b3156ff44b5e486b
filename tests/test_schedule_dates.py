"""What /schedule reads of a day and time said with midnight, noon or a bare hour (jobs.schedule_dates)."""
import datetime as dt

import pytest

from jobs import schedule_dates
from jobs.calendar import UTC

NOW = dt.datetime(2026, 11, 24, 10, tzinfo=UTC)          # Tuesday, 07:00 in Montevideo (UTC-3)


def when(text: str) -> str:
    return schedule_dates.parse_when(text, ["en", "fr", "es", "pt"], NOW, default_zone="America/Montevideo").isoformat()


@pytest.mark.parametrize("text", [
    # Midnight said with a day is that day's end, in words as with "las 12 de la noche"…
    "el 15 de diciembre a medianoche", "el 15 de diciembre a las 12 de la noche", "le 15 décembre à minuit",
    "15 December at midnight", "15 de dezembro à meia-noite", "15 de dezembro às 12 da noite",
])
def test_midnight_with_a_day_is_as_the_day_ends(text):
    assert "2026-12-16T03:00:00+00:00" == when(text)


@pytest.mark.parametrize("text", [
    # …and 0 h, 00:00, 12 am, "12 de la madrugada" as it begins
    "le 15 décembre à 0 h", "15 December at 00:00", "December 15 at 12 am", "15 de diciembre a las 12 de la madrugada",
    "el 15 de diciembre a las 0:00",
])
def test_zero_hours_is_as_the_day_begins(text):
    assert "2026-12-15T03:00:00+00:00" == when(text)


@pytest.mark.parametrize("text, expected", [
    # A weekday's midnight: today's said on that day, not a week later; tonight's, tomorrow's
    ("el martes a medianoche", "2026-11-25T03:00:00+00:00"), ("mardi à minuit", "2026-11-25T03:00:00+00:00"),
    ("el martes a las 12 de la noche", "2026-11-25T03:00:00+00:00"),
    ("el próximo martes a medianoche", "2026-12-02T03:00:00+00:00"),
    ("el miércoles a medianoche", "2026-11-26T03:00:00+00:00"),
    ("ce soir à minuit", "2026-11-25T03:00:00+00:00"), ("demain à minuit", "2026-11-26T03:00:00+00:00"),
    ("el martes a las 15:00", "2026-11-24T18:00:00+00:00"),       # (a time of day: as before)
])
def test_midnight_of_a_weekday_or_tonight(text, expected):
    assert expected == when(text)
