"""Days and times written with a weekday and a zone ("jeudi 2 décembre 2027 23h30 UTC-3"), and what is
no day and time or no zone (jobs.schedule_dates)."""
from __future__ import annotations

import datetime as dt

import pytest

from jobs import schedule_dates
from jobs.calendar import CalendarError

UTC = dt.timezone.utc


@pytest.mark.parametrize("text, expected", [
    # A weekday with a date is checked on the day as written, in the zone written.
    ("Thursday 2 December 2027 23:00 EST", "2027-12-03T04:00:00+00:00"),
    ("jeudi 2 décembre 2027 23h30 UTC-3", "2027-12-03T02:30:00+00:00"),
    ("vendredi 3 décembre 2027 00:30 CET", "2027-12-02T23:30:00+00:00"),
    # A weekday alone is the coming one, at the time in the zone written (else the group's).
    ("Thursday 15:00 EST", "2026-11-26T20:00:00+00:00"),
    ("quinta-feira 15h BRT", "2026-11-26T18:00:00+00:00"),
    ("Tuesday 15:00", "2026-11-24T18:00:00+00:00"),          # a Tuesday morning: today
    ("next Tuesday 15:00", "2026-12-01T18:00:00+00:00"),
    ("Tuesday 06:00", "2026-12-01T09:00:00+00:00"),          # already past today: next week
    # As an operator copies it from bot.toml, with a zone by its IANA name; dotted times.
    ("2026-12-05T19:00", "2026-12-05T22:00:00+00:00"),
    ("2026-12-05T19:00 America/Bogota", "2026-12-06T00:00:00+00:00"),
    ("5 December 19:00 America/Argentina/Buenos_Aires", "2026-12-05T22:00:00+00:00"),
    ("5/12 19:00 america/port-au-prince", "2026-12-06T00:00:00+00:00"),
    ("5/12 19:00 US/Eastern", "2026-12-06T00:00:00+00:00"),
    ("5 December 14.00", "2026-12-05T17:00:00+00:00"),
    ("5/12 10.30 UTC", "2026-12-05T10:30:00+00:00"),
    ("le 10.12 à 15h", "2026-12-10T18:00:00+00:00"),
    # As admins say the time: words for hours, parts of the day, noon, a city's time, "set" for September
    ("15 janvier 2027 à 18 heures", "2027-01-15T21:00:00+00:00"),
    ("15 de janeiro de 2027 às 18 horas", "2027-01-15T21:00:00+00:00"),
    ("15/01/2027 18hs", "2027-01-15T21:00:00+00:00"), ("15/01/2027 18:00hs", "2027-01-15T21:00:00+00:00"),
    ("15 de enero de 2027 a las 6 de la tarde", "2027-01-15T21:00:00+00:00"),
    ("15 de enero de 2027 a las 9 de la mañana", "2027-01-15T12:00:00+00:00"),
    ("15 janvier 2027 à midi", "2027-01-15T15:00:00+00:00"),
    ("15 de janeiro de 2027 ao meio-dia", "2027-01-15T15:00:00+00:00"),
    ("January 15 2027 at noon", "2027-01-15T15:00:00+00:00"),
    ("15 de enero 2027 18:00 (hora de Brasília)", "2027-01-15T21:00:00+00:00"),
    ("15 janvier 2027 18h heure de Paris", "2027-01-15T17:00:00+00:00"),
    ("15 de enero 2027 18:00 hora de Buenos Aires", "2027-01-15T21:00:00+00:00"),
    ("15/01/2027 18:00 UTC -3", "2027-01-15T21:00:00+00:00"), ("15 set 2027 18:00", "2027-09-15T21:00:00+00:00"),
    ("1º de fevereiro de 2027 18h", "2027-02-01T21:00:00+00:00"),
    ("primero de febrero de 2027 18:00", "2027-02-01T21:00:00+00:00"),
    ("ce soir 20h", "2026-11-24T23:00:00+00:00"), ("esta noche a las 20:00", "2026-11-24T23:00:00+00:00"),
    ("ce soir à 8h", "2026-11-24T23:00:00+00:00"), ("esta tarde a las 5", "2026-11-24T20:00:00+00:00"),
    ("demain après-midi à 15h", "2026-11-25T18:00:00+00:00"), ("mardi après-midi 14h30", "2026-11-24T17:30:00+00:00"),
    # "las 12 de la noche": midnight as the day said ends (as transcripts read it); not as it begins, not noon
    ("15 de enero de 2027 a las 12 de la noche", "2027-01-16T03:00:00+00:00"),
    ("viernes 15 de enero de 2027 a las 12 de la noche", "2027-01-16T03:00:00+00:00"),
    ("15 de janeiro de 2027 às 12:30 da noite", "2027-01-16T03:30:00+00:00"),
    ("15 de enero de 2027 a las 12 de la noche UTC", "2027-01-16T00:00:00+00:00"),
    ("el próximo martes a las 12 de la noche", "2026-12-02T03:00:00+00:00"),
    ("15 de enero de 2027 a las 12 de la madrugada", "2027-01-15T03:00:00+00:00"),
    ("15 de enero de 2027 a las 12 de la tarde", "2027-01-15T15:00:00+00:00"),
    ("15 de enero de 2027 a las 11 de la noche", "2027-01-16T02:00:00+00:00"),
    # A country's time: its capital's zone, whatever the admin's own is
    ("15 de enero 2027 18:00 hora de México", "2027-01-16T00:00:00+00:00"),
    ("15 de enero 2027 18:00 (hora de la Argentina)", "2027-01-15T21:00:00+00:00"),
    ("15 de enero 2027 18:00 hora argentina", "2027-01-15T21:00:00+00:00"),
    ("15 de enero 2027 18:00 hora de Colombia", "2027-01-15T23:00:00+00:00"),
    ("15 de enero 2027 18:00 hora de Chile", "2027-01-15T21:00:00+00:00"),          # (summer time there)
    ("15 de enero 2027 18:00 hora del Perú", "2027-01-15T23:00:00+00:00"),
    ("15 de enero 2027 18:00 hora de España", "2027-01-15T17:00:00+00:00"),
    ("15 janvier 2027 18h heure de France", "2027-01-15T17:00:00+00:00"),
    ("15 janvier 2027 18h heure du Sénégal", "2027-01-15T18:00:00+00:00"),
    ("15 de janeiro de 2027 18h horário do Brasil", "2027-01-15T21:00:00+00:00"),
    ("January 15 2027 6pm Mexico time", "2027-01-16T00:00:00+00:00"),
    ("15 de enero 2027 18:00 hora de Panamá", "2027-01-15T23:00:00+00:00"),          # the city first
    # Offsets and zones as written: "UTC menos 3", a time without its colon before a zone
    ("15 de enero 2027 18:00 UTC menos 3", "2027-01-15T21:00:00+00:00"),
    ("15 de enero 2027 18:00 GMT menos 3", "2027-01-15T21:00:00+00:00"),
    ("15 janvier 2027 18h UTC moins 3", "2027-01-15T21:00:00+00:00"),
    ("15 de janeiro 2027 18h UTC mais 1", "2027-01-15T17:00:00+00:00"),
    ("15 de enero 2027 18:00 UTC menos 3 horas", "2027-01-15T21:00:00+00:00"),
    ("July 15 2027 noon PDT", "2027-07-15T19:00:00+00:00"),
    ("July 15 2027 1500 EDT", "2027-07-15T19:00:00+00:00"),
    ("January 15 2027 0930 UTC", "2027-01-15T09:30:00+00:00"),
    ("January 15 2027 1500 hrs", "2027-01-15T18:00:00+00:00"),
    ("January 15 2027 2030 EDT", "2027-01-16T00:30:00+00:00"),      # (2027 is the year, 2030 the time)
    # "hora del Pacífico": Mexico's Pacific zone (UTC-7 all year), unless the United States' is said
    ("15 de enero 2027 18:00 hora del Pacífico", "2027-01-16T01:00:00+00:00"),
    ("15 de enero 2027 18:00 hora del pacifico de México", "2027-01-16T01:00:00+00:00"),
    ("15 de enero 2027 18:00 hora del Pacífico de EE. UU.", "2027-01-16T02:00:00+00:00"),
    ("15 de enero 2027 18:00 hora del centro de Estados Unidos", "2027-01-16T00:00:00+00:00"),
])
def test_weekdays_and_written_zones(text, expected):
    now = dt.datetime(2026, 11, 24, 10, tzinfo=UTC)          # Tuesday, 07:00 in Montevideo
    assert expected == schedule_dates.parse_when(text, ["en", "fr", "es", "pt"], now,
                                           default_zone="America/Montevideo").isoformat()


@pytest.mark.parametrize("text", ["dans 2 heures", "I set 15 reminders 18:00", "15 janvier 2027", "dentro de 2 horas",
                                  "daqui a 2 horas", "d'ici 2 heures",
                                  "January 15 2030 EDT",                  # a year, not 20:30
                                  "January 15 2027 1500 participants",    # a number, not 15:00
                                  "15 de enero 2027 a las 6 menos 15 UTC",   # not UTC-15
                                  "15 de enero 2027 18:00 UTC menos 30 minutos", "January 15 2027 2400 UTC"])
def test_what_is_no_day_and_time_is_refused(text):
    with pytest.raises(CalendarError):
        schedule_dates.parse_when(text, ["en", "fr", "es", "pt"], dt.datetime(2026, 11, 24, 10, tzinfo=UTC))


@pytest.mark.parametrize("text", ["15 de enero 2027 18:00 hora de almorzar", "15 janvier 2027 18h heure de pointe",
                                  "15 de enero 2027 18:00 | Hora de Chile en la ONU", "15 January 2027 18:00 time in"])
def test_words_after_hora_that_name_no_country_are_no_zone(text):
    from jobs import zone_words

    assert zone_words.zone_said(text.split("|")[0]) is None


def test_a_place_whose_time_is_said_but_that_has_no_zone_is_named_in_the_refusal():
    with pytest.raises(CalendarError) as refused:
        schedule_dates.parse_when("15 de enero 2027 18:00 hora de Narnia", ["es"], dt.datetime(2026, 11, 24, 10, tzinfo=UTC))
    assert ("bad_zone", "hora de Narnia") == (refused.value.code, refused.value.details["zone"])
