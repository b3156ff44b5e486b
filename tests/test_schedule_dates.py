"""What /schedule reads of a day and time said with midnight, noon or a bare hour (jobs.schedule_dates)."""
import datetime as dt

import pytest

from bot.dialogue import Dialogue, Member
from jobs import schedule_dates
from jobs.calendar import UTC, CalendarError
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

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
    # An hour of the morning said with its part of the day, "a la" or "h"…
    ("el 15 de diciembre a la 1 de la mañana", "2026-12-15T04:00:00+00:00"),
    ("le 15 décembre à 1 h du matin", "2026-12-15T04:00:00+00:00"),
    ("le 15 décembre à 1h30 du matin", "2026-12-15T04:30:00+00:00"),
    ("15 de dezembro à 1 da manhã", "2026-12-15T04:00:00+00:00"),
    ("15 December at 1 in the morning", "2026-12-15T04:00:00+00:00"),
    # …half past midnight as the day said ends, as midnight is ("12 y media de la noche": 00:30 of the 16th)…
    ("el 15 de diciembre a las 12 y media de la noche", "2026-12-16T03:30:00+00:00"),
    ("el 15 de diciembre a la medianoche y media", "2026-12-16T03:30:00+00:00"),
    ("le 15 décembre à minuit et demie", "2026-12-16T03:30:00+00:00"),
    ("15 de dezembro à meia-noite e meia", "2026-12-16T03:30:00+00:00"),
    ("15 December at half past midnight", "2026-12-16T03:30:00+00:00"),
    # …and as it begins said with 0 h or "de la madrugada"; other half hours, noon's too
    ("le 15 décembre à 0 h 30", "2026-12-15T03:30:00+00:00"),
    ("el 15 de diciembre a las 12 y media de la madrugada", "2026-12-15T03:30:00+00:00"),
    ("el 15 de diciembre a las 7 y media de la tarde", "2026-12-15T22:30:00+00:00"),
    ("le 15 décembre à 8 h et demie du soir", "2026-12-15T23:30:00+00:00"),
    ("15 de dezembro às 7 e meia", "2026-12-15T10:30:00+00:00"),
    ("15 December at half past 7 pm", "2026-12-15T22:30:00+00:00"),
    ("15 December at half past noon", "2026-12-15T15:30:00+00:00"),
])
def test_an_hour_of_the_morning_and_half_past(text, expected):
    assert expected == when(text)


@pytest.mark.parametrize("text", [
    # A half hour of a duration is no time of day
    "el 15 de diciembre en 2 y media horas", "le 15 décembre dans 2 heures et demie", "el 15 de diciembre, 2 y media horas",
])
def test_half_an_hour_of_a_duration_is_no_time(text):
    with pytest.raises(CalendarError):
        when(text)


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


@pytest.mark.parametrize("text, expected", [
    # "12" said with noon or midnight, a bare hour after "a las"/"à": no year 2112 or 2118
    ("15 de diciembre a las 12 del mediodía", "2026-12-15T15:00:00+00:00"),
    ("el 15 de diciembre a las 12 del día", "2026-12-15T15:00:00+00:00"),
    ("December 15 at 12 noon", "2026-12-15T15:00:00+00:00"),
    ("December 15 at 12 midnight", "2026-12-16T03:00:00+00:00"),
    ("el 15 de diciembre a las 18 UTC-03:00", "2026-12-15T21:00:00+00:00"),
    ("el 15 de diciembre a las 18 UTC", "2026-12-15T18:00:00+00:00"),
    ("el 15 de diciembre a las 18", "2026-12-15T21:00:00+00:00"), ("le 15 décembre à 18", "2026-12-15T21:00:00+00:00"),
    ("el martes a las 18 hora de Buenos Aires", "2026-11-24T21:00:00+00:00"),      # (a zone named: used)
])
def test_twelve_with_noon_or_midnight_and_a_bare_hour(text, expected):
    assert expected == when(text)


@pytest.mark.parametrize("text", [
    "15 de enero 2027 a las 6 menos 15 UTC",        # (a quarter to six, not UTC-15: still refused)
])
def test_what_is_no_hour_is_still_refused(text):
    with pytest.raises(CalendarError):
        when(text)


@pytest.mark.parametrize("text, words", [
    ("el martes a las 18 hora central", "hora central"), ("le 15 décembre à 18 h heure normale", "heure normale"),
    ("15 de diciembre a las 18:00 hora oficial", "hora oficial"),
])
def test_zone_words_that_name_no_place_are_refused_not_dropped(text, words):
    with pytest.raises(CalendarError) as refused:
        when(text)
    assert ("bad_zone", words) == (refused.value.code, refused.value.details["zone"])


def test_zone_words_that_name_no_place_are_not_split_into_the_title(tmp_path):
    admin = Member(1, "en", admin=True)
    with Store(tmp_path / "a.db") as store:
        talk = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: NOW, timezones=("UTC",))
        for said in ("el martes a las 18 hora central | Reunión", "el martes a las 18 hora central Reunión"):
            (refused,) = talk.command("schedule", said, admin)
            assert "I don't know the time zone “hora central”" in refused.html, refused.html
        (proposal,) = talk.command("schedule", "el martes a las 18 | Reunión", admin)
        assert proposal.html.startswith("Schedule “Reunión” on 24 November 2026 (18:00 UTC)"), proposal.html


@pytest.mark.parametrize("text, expected", [
    # "las 12 de la mañana" is noon, as Spanish says it; "12 de la noche" midnight as the day ends
    ("el 15 de diciembre a las 12 de la mañana", "2026-12-15T15:00:00+00:00"),
    ("el 15 de diciembre a las doce de la mañana", "2026-12-15T15:00:00+00:00"),
    ("el 15 de diciembre a las 12 y media de la mañana", "2026-12-15T15:30:00+00:00"),
    ("el 15 de diciembre a las doce de la noche", "2026-12-16T03:00:00+00:00"),
    # Hours in words before a part of the day, "heures", "horas" or "o'clock" with them or not
    ("el 15 de diciembre a la una de la mañana", "2026-12-15T04:00:00+00:00"),
    ("el 15 de diciembre a la una y media de la tarde", "2026-12-15T16:30:00+00:00"),
    ("le 15 décembre à une heure du matin", "2026-12-15T04:00:00+00:00"),
    ("le 15 décembre à une heure et demie du matin", "2026-12-15T04:30:00+00:00"),
    ("le 15 décembre à deux heures de l'après-midi", "2026-12-15T17:00:00+00:00"),
    ("le 15 décembre à 8 heures du soir", "2026-12-15T23:00:00+00:00"),
    ("15 December at one in the afternoon", "2026-12-15T16:00:00+00:00"),
    ("15 December at one o'clock in the afternoon", "2026-12-15T16:00:00+00:00"),
    ("15 de dezembro às duas da tarde", "2026-12-15T17:00:00+00:00"),
    ("15 de dezembro às três horas da tarde", "2026-12-15T18:00:00+00:00"),
])
def test_twelve_in_the_morning_in_spanish_and_hours_in_words(text, expected):
    assert expected == when(text)


@pytest.mark.parametrize("text", [
    # A length of time in words is no time of day; "once" in English is no Spanish eleven
    "el 15 de diciembre en una hora", "el 15 de diciembre, una hora", "le 15 décembre dans une heure",
    "15 December in one hour", "15 December once in the morning", "15 de dezembro em duas horas",
])
def test_an_hour_in_words_without_a_part_of_the_day_is_no_time(text):
    with pytest.raises(CalendarError):
        when(text)


@pytest.mark.parametrize("text, said", [
    # Noon or midnight? "12 in the morning" is said of both: asked, not taken as 00:00
    ("15 December at 12 in the morning", "12 in the morning"), ("15 December at twelve in the morning", "twelve in the morning"),
    ("le 15 décembre à 12 h du matin", "12 h du matin"), ("15 de dezembro às 12 da manhã", "12 da manhã"),
    # (quoted as typed)
    ("le 15 décembre à douze heures du matin", "douze heures du matin"), ("15 de dezembro às doze da manhã", "doze da manhã"),
])
def test_twelve_in_the_morning_in_english_french_or_portuguese_is_asked(text, said):
    with pytest.raises(CalendarError) as asked:
        when(text)
    assert ("twelve", said) == (asked.value.code, asked.value.details["said"])


def test_twelve_in_the_morning_is_asked_in_the_admins_language(tmp_path):
    admin = Member(1, "es", admin=True)
    with Store(tmp_path / "a.db") as store:
        talk = Dialogue(store, Answerer(store, Searcher(store)), "es", clock=lambda: NOW, timezones=("UTC",))
        (asked,) = talk.command("schedule", "15 December at 12 in the morning | Call", admin)
        assert ("No puedo programar eso: «12 in the morning»: ¿mediodía o medianoche? Escribe mediodía (12:00) o "
                "medianoche (00:00).") == asked.html
        (asked,) = talk.command("schedule", "15 décembre à 12 h du matin Réunion", admin)   # (not "12 h", "du matin…")
        assert "No puedo programar eso: «12 h du matin»: ¿mediodía o medianoche?" in asked.html, asked.html


@pytest.mark.parametrize("text, expected", [
    # An hour after "tonight": of the evening; 12 is midnight as today ends (not noon), the afternoon's noon
    ("tonight at 12", "2026-11-25T03:00:00+00:00"), ("esta noche a las 12", "2026-11-25T03:00:00+00:00"),
    ("ce soir à 12h", "2026-11-25T03:00:00+00:00"), ("ce soir à 12h30", "2026-11-25T03:30:00+00:00"),
    ("esta tarde a las 12", "2026-11-24T15:00:00+00:00"),
    ("tonight 8", "2026-11-24T23:00:00+00:00"), ("hoje à noite às 11", "2026-11-25T02:00:00+00:00"),
])
def test_an_hour_tonight(text, expected):
    assert expected == when(text)


@pytest.mark.parametrize("text, expected", [
    # An hour in words after "a la", "à", "às", "at" with no part of the day: as in figures ("a la 1" is 01:00)
    ("el 15 de diciembre a la una", "2026-12-15T04:00:00+00:00"), ("el 15 de diciembre a la 1", "2026-12-15T04:00:00+00:00"),
    ("el 15 de diciembre a las dos", "2026-12-15T05:00:00+00:00"),
    ("el 15 de diciembre a la una y media", "2026-12-15T04:30:00+00:00"),
    ("le 15 décembre à une heure", "2026-12-15T04:00:00+00:00"), ("15 de dezembro às três", "2026-12-15T06:00:00+00:00"),
    ("15 de dezembro à uma", "2026-12-15T04:00:00+00:00"),
    ("15 December at one", "2026-12-15T04:00:00+00:00"), ("15 December at 18", "2026-12-15T21:00:00+00:00"),
])
def test_an_hour_in_words_after_at_without_a_part_of_the_day(text, expected):
    assert expected == when(text)


@pytest.mark.parametrize("text", ["15 December at once", "el 15 de diciembre en una hora", "el 15 de diciembre, una hora"])
def test_what_follows_no_at_or_is_no_hour_is_still_no_time(text):
    with pytest.raises(CalendarError):
        when(text)


@pytest.mark.parametrize("text, expected", [
    # "12 at night" is midnight as the day said ends, as "12 de la noche"; "8 h du soir" is 20:00
    ("15 December at 12 at night", "2026-12-16T03:00:00+00:00"), ("15 December at 11 at night", "2026-12-16T02:00:00+00:00"),
    ("le 15 décembre à 8 h du soir", "2026-12-15T23:00:00+00:00"),
])
def test_twelve_at_night_and_an_hour_with_its_word(text, expected):
    assert expected == when(text)
