"""What a call says of dates: its own date and start in UTC (the opening), and days said in it."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge import opening as opening_mod


@pytest.mark.parametrize("opening, language, date, time", [
    ("Nous sommes le 20/06/2016. Il est 23 h UTC.", "fr", "2016-06-20", "23:00"),
    ("Hoy es 1º de julio de 2016, son las 23:00 horas UTC.", "es", "2016-07-01", "23:00"),
    ("Hoje é 1º de julho de 2016, às 22:00 (UTC).", "pt", "2016-07-01", "22:00"),
    ("Today is the 20th of June 2016 and it is 1900 UTC.", "en", "2016-06-20", "19:00"),
    ("Welcome on June 20, 2016, at 11 p.m. UTC.", "en", "2016-06-20", "23:00"),
    # the first of the month, as Spanish writes it; hours as Latin America and France write them
    ("Hoy es martes primero de septiembre de 2026 y son las 23:00 hs UTC.", "es", "2026-09-01", "23:00"),
    ("Hoy es martes 1ro de septiembre de 2026, son las 23 hs. UTC.", "es", "2026-09-01", "23:00"),
    ("Hoy es lunes 1.º de septiembre de 2026, son las 11 de la noche UTC.", "es", "2026-09-01", "23:00"),
    ("Hoje é 1º de setembro de 2026, às 9 da manhã UTC.", "pt", "2026-09-01", "09:00"),
    ("Nous sommes le 5 octobre 2026. Il est 14 h 00 TU.", "fr", "2026-10-05", "14:00"),
    ("Welcome, 5 October 2026, 14:00Z.", "en", "2026-10-05", "14:00"),
])
def test_dates_and_utc_times_in_the_opening(opening, language, date, time):
    assert date == opening_mod.find_date(opening, language).isoformat()
    assert time == opening_mod.find_utc_time(opening).strftime("%H:%M")


@pytest.mark.parametrize("said, start", [
    ("3 November 2026, 06:00–07:30 UTC", "06:00"),               # a range: when it starts
    ("November 3, 2026 | 9:00 AM – 10:30 AM (UTC-5)", "14:00"),
    ("3 novembre 2026 de 14h à 15h30 UTC", "14:00"),
    ("3 November 2026, from 13:00 to 14:30 UTC", "13:00"),
    ("November 3, 2026, from 2 to 3:30 pm UTC", "14:00"),        # the end's "pm" is the start's
    ("November 3, 2026, from 11 to 1 pm UTC", "11:00"),
    ("November 3, 2026, 2pm–3:30 pm UTC", "14:00"),
    # A number before a dash that is no time starts no range.
    ("Tuesday, November 3 - 14:00 UTC", "14:00"), ("November 3, 2026 – 14:00 UTC", "14:00"),
    ("Session 2 - 14:00 UTC, 3 November 2026", "14:00"), ("Page 2 of 10 - 14:00 UTC", "14:00"),
    ("3 November 2026, 23:00–00:30 UTC", "23:00"),              # across midnight: the day said
    ("3 November 2026 at 14.00 UTC", "14:00"),                   # a dotted time is a time
    ("3 November 2026. It is 14:00 UTC.", "14:00"),
    ("3 November 2026, at 2 UTC", "02:00"),
    # A North American zone in capitals next to a time: its offset ("EST" is UTC-5, "EDT" UTC-4…).
    ("November 3, 2026. It is 2:00 PM EST.", "19:00"), ("November 3, 2026, 14:00 EDT", "18:00"),
    ("November 3, 2026 at 2 p.m. PDT", "21:00"), ("3 November 2026, 9:30 am NST", "13:00"),
    ("November 3, 2026, 2:00 PM (EST)", "19:00"), ("November 3, 2026, 14h30 CST", "20:30"),
    ("November 3, 2026, 1:00 PM EST / 18:00 UTC", "18:00"),         # the first time said
    # An offset after a part of the day: "las 11 de la noche UTC-3" is 02:00 UTC the next day.
    ("Hoy es 3 de noviembre de 2026 y son las 8 de la noche UTC-3.", "23:00"),
    ("3 de novembro de 2026, às 9 da manhã UTC-3", "12:00"),
])
def test_the_start_of_a_call_in_utc(said, start):
    assert f"2026-11-03T{start}:00+00:00" == opening_mod.find_utc_start(said, dt.date(2026, 11, 3)).isoformat()


@pytest.mark.parametrize("said, date", [
    ("Tuesday, 11/03/2026", "2026-11-03"),        # 11 March is a Wednesday: month first, as the weekday says
    ("Wednesday, 11/03/2026", "2026-03-11"),
    ("Friday, 11/03/2026", "2026-03-11"),         # neither: day first, as usual
    ("Tuesday 3 November 2026", "2026-11-03"),
    ("Friday, 13/03/2026", "2026-03-13"),
    ("Tue, 11/03/2026", "2026-11-03"), ("Tues. 11/03/2026", "2026-11-03"), ("Wed 11/03/2026", "2026-03-11"),
])
def test_a_weekday_says_which_way_round_a_numeric_date_is(said, date):
    assert date == opening_mod.find_date(said, "en").isoformat()


@pytest.mark.parametrize("said, first, last", [
    ("The general assembly will take place in Cairo from 22 to 24 March 2027.", "2027-03-22", "2027-03-24"),
    ("The assembly is from March 22 to 24, 2027, in Cairo.", "2027-03-22", "2027-03-24"),
    ("The workshop runs March 22nd through 24th.", "2027-03-22", "2027-03-24"),
    ("A oficina será de 22 até 24 de março.", "2027-03-22", "2027-03-24"),
    ("L'atelier aura lieu du 22 au 24 mars.", "2027-03-22", "2027-03-24"),
    ("The vote was 3 to 2 March, as planned.", "2027-03-02", None),      # no range runs backwards
    ("The call is on March 5, 2027.", "2027-03-05", None),
    ("On March 10 to 11 UTC we have the call.", "2027-03-10", None),        # a time, not a range
    ("We meet on March 3 to 5 people from each RALO.", "2027-03-03", None),
    ("We held on March 3 to 5 meetings with the RALOs.", "2027-03-03", None),     # any count (COUNTED_NOUNS)
    ("The workshop is March 3-5 and registration opens soon.", "2027-03-03", "2027-03-05"),
    ("The workshop runs March 3 to 5 (hybrid).", "2027-03-03", "2027-03-05"),
])
def test_a_range_of_days_said_in_a_call(said, first, last):
    from knowledge.dates import mentions
    from knowledge.models import Turn
    (found,) = mentions([Turn(0, "Ana Silva", "ANA SILVA", "member", said)], "2026-12-07", "en")
    assert (first, last) == (found.date, found.end)


def test_two_days_of_two_months_are_two_days():
    from knowledge.dates import mentions
    from knowledge.models import Turn
    said = mentions([Turn(0, "Ana Silva", "ANA SILVA", "member", "The deadline moved from March 5 to 12 April.")],
                    "2026-12-07", "en")
    assert [("2027-03-05", None), ("2027-04-12", None)] == sorted((m.date, m.end) for m in said)


@pytest.mark.parametrize("said", ["3 November 2026: the 2 TUs met", "3 November 2026, 3 Zoom calls", "Primero, 2026 fue bueno",
                                  "3 November 2026, at 11 de la mañana", "3 novembre 2026, point 2 tu as la parole",
                                  "3 November 2026, 14:00 Z",
                                  # a zone only in capitals, next to a time: "est" is French, "2 EST members" no time
                                  "3 novembre 2026, il est 14 h est", "November 3, 2026: 2:00 pm est",
                                  "November 3, 2026: we have 2 EST members", "November 3, 2026, 14:00 ESTONIA",
                                  "3 November 2026, 14:00 AST", "3 November 2026, 14:00 IST"])
def test_what_is_no_time_in_utc_gives_no_start(said):
    assert opening_mod.find_utc_start(said, dt.date(2026, 11, 3)) is None


def test_an_offset_after_a_part_of_the_day_moves_the_day():
    said = "Hoy es lunes 21 de septiembre de 2026 y son las 11 de la noche UTC-3."
    assert "2026-09-22T02:00:00+00:00" == opening_mod.find_utc_start(said, dt.date(2026, 9, 21)).isoformat()


def test_a_numeric_date_the_file_name_reads_the_other_way_round_is_read_its_way(tmp_path):
    from knowledge import formats, transcripts
    text = ("JANE DOE: Welcome to the NARALO monthly call on 10/12/2026. It is 19:00 UTC.\n"
            "JOHN ROE: Thank you, Jane. Glad to be here today with all of you.\n")
    for name, date in (("naralo-2026-10-12.txt", "2026-10-12"), ("naralo-call.txt", "2026-12-10"),
                       ("naralo-2026-12-10.txt", "2026-12-10")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert date == transcripts.parse(formats.read(str(tmp_path / name), 100_000)).date.isoformat()


# --- the call's own date among the dates its opening says ------------------------------------------

@pytest.mark.parametrize("said, language, date", [
    # said as today's, after the next call's, a deadline or another event's date
    ("Welcome to the NARALO monthly call. Before we start: our next call will be on Monday, 9 November 2026. "
     "Today is Monday, 12 October 2026, and it is 19:00 UTC.", "en", "2026-10-12"),
    ("Welcome. The deadline for comments is 30 November 2026, and our next call will be on Monday, 14 December "
     "2026. Today is Monday, 12 October 2026.", "en", "2026-10-12"),
    ("Welcome to the NARALO monthly call, the last one before ICANN78 on 6 March 2027. It is Monday, 12 October "
     "2026, 19:00 UTC.", "en", "2026-10-12"),
    ("Bienvenidos. La próxima llamada será el lunes 19 de octubre de 2026. Hoy es lunes 21 de septiembre de 2026.",
     "es", "2026-09-21"),
    ("Bienvenue. Notre prochain appel aura lieu le 2 novembre 2026. Nous sommes le lundi 5 octobre 2026.",
     "fr", "2026-10-05"),
    ("Bem-vindos. A próxima chamada será em 23 de novembro de 2026. Hoje é segunda-feira, 26 de outubro de 2026.",
     "pt", "2026-10-26"),
    ("Gracias por venir, este lunes 21 de septiembre de 2026; el plazo vence el 30 de septiembre de 2026.",
     "es", "2026-09-21"),
    # the welcome's date, before a date said as another day's
    ("Welcome to the NARALO monthly call on 12 October 2026. Our next call is on 9 November 2026.", "en", "2026-10-12"),
    ("Our last call on 14 September 2026 ran late. Welcome to the NARALO monthly call on 12 October 2026.", "en",
     "2026-10-12"),
    # no word says whose: the first, as always
    ("Monday, 12 October 2026. The report of 3 September 2026 is online.", "en", "2026-10-12"),
    ("The report of 3 September 2026 is online. Monday, 12 October 2026.", "en", "2026-09-03"),
    # "es", "it is" before no weekday say nothing ("la fecha límite es…" is no today)
    ("Lunes 21 de septiembre de 2026. La fecha es 30 de septiembre de 2026 para el informe.", "es", "2026-09-21"),
    ("Only dates to come: the next call will be on 9 November 2026.", "en", "2026-11-09"),    # (no better one)
    # "will", "by", "last" far from the date make no other day of it
    ("Good morning. Welcome, everyone, we will now begin the NARALO monthly call on Monday, 12 October 2026, at "
     "19:00 UTC. A reminder: the public comment on DNS abuse closes on 30 October 2026.", "en", "2026-10-12"),
    ("Welcome to this call, hosted by NARALO on Monday, 12 October 2026. The public comment closes on 30 October "
     "2026.", "en", "2026-10-12"),
    ("Welcome to the last NARALO call of the year, on Monday, 14 December 2026. Comments close on 18 December 2026.",
     "en", "2026-12-14"),
    ("Hello. Comments are due by 30 October 2026. This is the NARALO call of 12 October 2026.", "en", "2026-10-12"),
])
def test_the_calls_own_date_is_the_one_said_as_today(said, language, date):
    assert date == opening_mod.call_date(said, language).isoformat()


@pytest.mark.parametrize("said, file_date, date", [
    # A date said as today's, or by the welcome, wins over the file name's.
    ("Our next call will be on 9 November 2026. Today is Monday, 12 October 2026.", "2026-11-09", "2026-10-12"),
    ("Welcome to the NARALO monthly call on 12 October 2026.", "2026-11-09", "2026-10-12"),
    # Dates said without a word of whose: the file name's, when the opening says it too.
    ("12 October 2026 and 9 November 2026 are on the agenda.", "2026-11-09", "2026-11-09"),
    ("12 October 2026 and 9 November 2026 are on the agenda.", "2026-12-14", "2026-10-12"),
    # Only other days said: the file name's.
    ("Our next call will be on 9 November 2026.", "2026-10-12", "2026-10-12"),
])
def test_the_file_names_date_against_the_openings(said, file_date, date):
    assert date == opening_mod.call_date(said, "en", dt.date.fromisoformat(file_date)).isoformat()


@pytest.mark.parametrize("said, day, start", [
    # "las 12 de la noche" is midnight as the day said ends, not noon; "de la madrugada" as one begins
    ("Hoy es lunes 21 de septiembre de 2026 y son las 12 de la noche UTC.", "2026-09-21", "2026-09-22T00:00"),
    ("Hoy es lunes 21 de septiembre de 2026 y son las 12 de la noche UTC-3.", "2026-09-21", "2026-09-22T03:00"),
    ("Hoje é 21 de setembro de 2026, são 12 da noite UTC.", "2026-09-21", "2026-09-22T00:00"),
    ("Hoy es 21 de septiembre de 2026 y son las 12 de la tarde UTC.", "2026-09-21", "2026-09-21T12:00"),
    ("Hoy es 21 de septiembre de 2026 y son las 11 de la noche UTC.", "2026-09-21", "2026-09-21T23:00"),
    ("Hoy es 21 de septiembre de 2026 y es la 1 de la madrugada UTC.", "2026-09-21", "2026-09-21T01:00"),
    ("Hoy es 21 de septiembre de 2026 y son las 12 de la madrugada UTC.", "2026-09-21", "2026-09-21T00:00"),
    # "las 12 de la mañana" is noon, as Spanish says it; "12 in the morning" (noon or midnight?) as 12 a.m.
    ("Hoy es 21 de septiembre de 2026 y son las 12 de la mañana UTC.", "2026-09-21", "2026-09-21T12:00"),
    ("Monday, 21 September 2026, 12 in the morning UTC", "2026-09-21", "2026-09-21T00:00"),
    ("Nous sommes le lundi 21 septembre 2026, il est 2 de l'après-midi UTC.", "2026-09-21", "2026-09-21T14:00"),
    # New York's time, "ET" or "Eastern" next to a time: EDT or EST as the call's day has it
    ("Monday, 12 October 2026. It is 3:00 PM ET.", "2026-10-12", "2026-10-12T19:00"),
    ("Monday, 12 October 2026. It is 3:00 PM Eastern.", "2026-10-12", "2026-10-12T19:00"),
    ("Tuesday, 3 November 2026, 3 p.m. Eastern Time", "2026-11-03", "2026-11-03T20:00"),
    ("Monday, 11 January 2027, 15:00 ET", "2027-01-11", "2027-01-11T20:00"),
    ("Monday, 12 October 2026, 9:30 PM (ET)", "2026-10-12", "2026-10-13T01:30"),
])
def test_midnight_and_eastern_time(said, day, start):
    assert f"{start}:00+00:00" == opening_mod.find_utc_start(said, dt.date.fromisoformat(day)).isoformat()


@pytest.mark.parametrize("said, start", [
    # Offsets in words, times without their colon before a zone, noon in a zone
    ("Hoy es lunes 12 de octubre de 2026, son las 18:00 UTC menos 3.", "2026-10-12T21:00"),
    ("Hoy es lunes 12 de octubre de 2026, son las 18 horas GMT menos 3.", "2026-10-12T21:00"),
    ("Lundi 12 octobre 2026, il est 18h UTC moins 3.", "2026-10-12T21:00"),
    ("Hoje é 12 de outubro de 2026, são 18h UTC mais 1.", "2026-10-12T17:00"),
    ("Hoy es lunes 12 de octubre de 2026 y son las 11 de la noche UTC menos 3.", "2026-10-13T02:00"),
    ("Monday, 12 October 2026, 1500 EDT.", "2026-10-12T19:00"),
    ("Monday, 12 October 2026, 0930 PST.", "2026-10-12T17:30"),
    ("Monday, 12 October 2026, noon PDT.", "2026-10-12T19:00"),
    ("Monday, 12 October 2026, at noon UTC.", "2026-10-12T12:00"),
    ("Hoy es lunes 12 de octubre de 2026, a mediodía UTC-3.", "2026-10-12T15:00"),
    ("Monday, 12 October 2026. It is 1500 UTC.", "2026-10-12T15:00"),
])
def test_offsets_in_words_times_without_colon_and_noon_in_a_zone(said, start):
    assert f"{start}:00+00:00" == opening_mod.find_utc_start(said, dt.date(2026, 10, 12)).isoformat()


@pytest.mark.parametrize("said, start", [
    # A year is no time; words after UTC that are no offset; "après-midi" is no noon; midnight is not read
    ("Monday, 12 October 2026 UTC.", None), ("Monday, October 12, 2026 (EDT).", None),
    ("12/10/2026 UTC", None), ("Hoy es 12 de octubre de 2026 UTC.", None), ("Monday, 12 October 2026 EST.", None),
    ("Lundi 12 octobre 2026, cet après-midi UTC.", None), ("Monday, 12 October 2026, midnight UTC.", None),
    ("Hoy es lunes 12 de octubre de 2026, son las 18:00 UTC menos 30 minutos.", "2026-10-12T18:00"),
    ("Hoy es lunes 12 de octubre de 2026, son las 18:00 UTC, menos 3 personas.", "2026-10-12T18:00"),
    ("Hoy es lunes 12 de octubre de 2026, son las 18:00 UTC más o menos.", "2026-10-12T18:00"),
])
def test_what_is_no_offset_time_or_noon_is_not_read_so(said, start):
    found = opening_mod.find_utc_start(said, dt.date(2026, 10, 12))
    assert start == (found.isoformat()[:16] if found else None)


@pytest.mark.parametrize("said, start", [
    # Noon is the start only said as the time now or the call's, and a clock time said as now wins over it
    ("Monday, 12 October 2026. A reminder that comments on the ALAC statement close at noon UTC on Friday. "
     "It is 19:00 UTC.", "2026-10-12T19:00"),
    ("Comments are due by noon UTC Friday. It is 19:00 UTC.", "2026-10-12T19:00"),
    ("Monday, 12 October 2026. Comments close at noon UTC on Friday.", None),
    ("El plazo es mediodía UTC. Son las 19 UTC.", "2026-10-12T19:00"),
    ("Hoy es 12 de octubre de 2026. El plazo es mediodía UTC.", None),
    ("Les commentaires ferment à midi UTC vendredi. Il est 19 h UTC.", "2026-10-12T19:00"),
    ("O prazo é meio-dia UTC.", None),
    ("Monday, 12 October 2026, noon PDT. It is 19:00 UTC.", "2026-10-12T19:00"),
    # …and said so, it is the start
    ("It is noon UTC.", "2026-10-12T12:00"), ("It is 12 noon EDT.", "2026-10-12T16:00"),
    ("Hoy es lunes 12 de octubre de 2026 y son las 12 del mediodía UTC-3.", "2026-10-12T15:00"),
    ("Hoy es lunes 12 de octubre de 2026 y es mediodía UTC.", "2026-10-12T12:00"),
    ("Il est midi GMT, bienvenue.", "2026-10-12T12:00"), ("É meio-dia UTC.", "2026-10-12T12:00"),
    ("The call starts at noon UTC.", "2026-10-12T12:00"), ("Empezamos a las 12 del mediodía UTC.", "2026-10-12T12:00"),
])
def test_noon_is_the_start_only_said_as_now(said, start):
    found = opening_mod.find_utc_start(said, dt.date(2026, 10, 12))
    assert start == (found.isoformat()[:16] if found else None)


@pytest.mark.parametrize("said, start", [
    # A clock time said as now or as the start wins over one said before it otherwise, in each language…
    ("Comments close at 18:00 UTC. It is 19:00 UTC.", "2026-10-12T19:00"),
    ("The statement is due at 17:00 UTC on Friday; the call starts at 19:00 UTC.", "2026-10-12T19:00"),
    ("El plazo vence a las 18:00 UTC. Son las 23:00 UTC.", "2026-10-12T23:00"),
    ("Les commentaires ferment à 18 h UTC. Il est 19 h UTC.", "2026-10-12T19:00"),
    ("O prazo termina às 18:00 UTC. São 22:00 UTC.", "2026-10-12T22:00"),
    ("Comments close at 6 p.m. UTC. It is 7 p.m. UTC.", "2026-10-12T19:00"),
    ("Comments close at 18:00 UTC. It is 14:00–15:30 UTC.", "2026-10-12T14:00"),     # (a range: its start)
    # …the first wins when both or neither are said so…
    ("It is 19:00 UTC; the call starts at 19:05 UTC.", "2026-10-12T19:00"),
    ("Comments close at 18:00 UTC. The next call is at 20:00 UTC.", "2026-10-12T18:00"),
    # …and midnight is no start, said as one or not
    ("Comments close at 18:00 UTC. We start at midnight UTC.", "2026-10-12T18:00"),
    ("We start at midnight UTC.", None), ("Empezamos a medianoche UTC.", None), ("Il est minuit UTC.", None),
])
def test_the_time_said_as_now_is_the_start_wherever_it_is_said(said, start):
    found = opening_mod.find_utc_start(said, dt.date(2026, 10, 12))
    assert start == (found.isoformat()[:16] if found else None)


def test_noon_anywhere_is_still_a_time_said_in_the_call():
    # (dates said in the call keep their time: "comments close at noon UTC on Friday")
    assert [dt.time(12, 0)] == [t for _, t in opening_mod.utc_times("Comments close at noon UTC on Friday.")]


@pytest.mark.parametrize("said, start", [
    # Four figures before a zone are a time after a word that introduces one, first in a clause or after the date…
    ("The call starts at 1500 EDT.", "2026-10-12T19:00"), ("Monday, 12 October 2026 at 1500 EDT.", "2026-10-12T19:00"),
    ("Time: 1500 EDT.", "2026-10-12T19:00"), ("Nous commençons à 1500 UTC.", "2026-10-12T15:00"),
    ("1500 EDT. Welcome to the NARALO call.", "2026-10-12T19:00"), ("Monday, 1500 EDT.", "2026-10-12T19:00"),
    # …not a room, an ID, a year said alone
    ("Room 1500 EDT", None), ("Meeting ID 2026 EDT", None), ("We have 1500 EDT", None), ("in 2026 EDT and EST", None),
    ("Please join room 1500 UTC.", None),
    ("The 2026 EDT meeting starts at 3 PM EDT", "2026-10-12T19:00"), ("Room 1500 UTC. It is 19:00 UTC.", "2026-10-12T19:00"),
    # …and a time said as now wins over them
    ("Comments close at 1200 EDT on Friday. It is 1500 EDT.", "2026-10-12T19:00"),
])
def test_four_figures_are_a_time_only_said_as_one(said, start):
    found = opening_mod.find_utc_start(said, dt.date(2026, 10, 12))
    assert start == (found.isoformat()[:16] if found else None)


def test_four_figures_in_the_call_are_no_time_when_no_word_makes_them_one():
    assert [] == opening_mod.utc_times("The working group meets in room 1500 UTC, next to the lifts.")
    assert [dt.time(15, 0)] == [t for _, t in opening_mod.utc_times("The webinar is at 1500 UTC on Friday.")]


@pytest.mark.parametrize("said, start", [
    # A year (19xx, 20xx) right before a zone after its date is no time, however the date is written…
    ("on 12 Oct 2026 UTC", None), ("Mon 12 Oct, 2026 UTC", None), ("12 de octubre del 2026 UTC", None),
    ("12 octobre de l'an 2026 UTC", None), ("le 3 nov. 2026 UTC", None), ("12 set 2026 UTC", None),
    ("12 Oct 2026 EDT", None), ("Welcome to the NARALO call on Monday, 12 Oct 2026 UTC. It is 19:00 UTC.", "2026-10-12T19:00"),
    ("Hoy es 12 de octubre del 2026 UTC y son las 19 UTC", "2026-10-12T19:00"),
    # …but four figures that can be no year, after a date, are its time
    ("Lundi 12 octobre, 1500 UTC.", "2026-10-12T15:00"), ("2026-10-12 1500 EDT", "2026-10-12T19:00"),
])
def test_a_year_after_its_date_is_no_time(said, start):
    found = opening_mod.find_utc_start(said, dt.date(2026, 10, 12))
    assert start == (found.isoformat()[:16] if found else None)


@pytest.mark.parametrize("said, start", [
    # An offset in words ends its clause, or "and"/"y" and a word, or "de"/"of" a place or a zone follow it…
    ("Son las 23 UTC menos 3", "2026-10-13T02:00"), ("Son las 23 UTC menos 3 y damos comienzo.", "2026-10-13T02:00"),
    ("Son las 23 UTC menos 3 de Argentina.", "2026-10-13T02:00"), ("Il est 18 h UTC moins 3, bienvenue.", "2026-10-12T21:00"),
    ("son las 18:00 UTC menos 3 (Buenos Aires).", "2026-10-12T21:00"), ("It is 19:00 UTC plus 1 and we begin.", "2026-10-12T18:00"),
    # …not a number of people, hours, a quarter or a half
    ("It is 19:00 UTC plus 2 interpreters joining.", "2026-10-12T19:00"),
    ("la llamada es a las 20 UTC más 1 hora de preguntas", "2026-10-12T20:00"),
    ("It is 14:00 UTC plus 2 hours of Q&A.", "2026-10-12T14:00"), ("son las 20 UTC menos 1 cuarto", "2026-10-12T20:00"),
    ("São 20h UTC mais 1 e meia.", "2026-10-12T20:00"), ("It is 19:00 UTC plus 1 or 2 late joiners", "2026-10-12T19:00"),
    ("são 19 horas UTC mais 2 participantes entraram", "2026-10-12T19:00"), ("7 PM UTC minus 4 hours", "2026-10-12T19:00"),
    ("It is 19:00 UTC plus 2 of the interpreters.", "2026-10-12T19:00"),
])
def test_an_offset_in_words_is_no_number_of_things(said, start):
    found = opening_mod.find_utc_start(said, dt.date(2026, 10, 12))
    assert start == (found.isoformat()[:16] if found else None)


@pytest.mark.parametrize("said, start", [
    # UTC and its offset after a comma, in the same sentence
    ("Hoy es lunes 21 de septiembre de 2026 y son las 11 de la noche, UTC menos 3.", "2026-09-22T02:00"),
    ("Hoy es lunes 21 de septiembre de 2026 y son las 23:00, UTC menos 3.", "2026-09-22T02:00"),
    ("Hoy es lunes 21 de septiembre de 2026 y son las 23:00 UTC, menos 3.", "2026-09-22T02:00"),
    ("Monday, 21 September 2026. It is 7 p.m., UTC-4.", "2026-09-21T23:00"),
    ("Hoy es lunes 21 de septiembre de 2026 y son las 20h, UTC-3.", "2026-09-21T23:00"),
    # …not a day of the month before it, nor people after it, nor another sentence
    ("Hoy es el 21, UTC menos 3.", None), ("Hoy es lunes 21 de septiembre de 2026, UTC menos 3.", None),
    ("Son las 18:00 UTC, menos 3 personas.", "2026-09-21T18:00"),
    ("Son las 11 de la noche. UTC menos 3 es la hora de Buenos Aires.", None),
])
def test_utc_and_its_offset_after_a_comma(said, start):
    found = opening_mod.find_utc_start(said, dt.date(2026, 9, 21))
    assert start == (found.isoformat()[:16] if found else None)


@pytest.mark.parametrize("said", [
    "3 novembre 2026, DE 14:00 ET 15:00",                   # French "and" in capitals, a time after it
    "3 novembre 2026, de 14:00 et 15:00",
    "3 November 2026, 3 PM Eastern European Time",
    "3 November 2026, at 15:00 Eastern Africa time",
    "3 November 2026: the ET members will meet at 3",       # no time next to it
    "3 November 2026, 3 PM et les autres",
    "3 NOVEMBRE 2026, RÉUNION À 19H00 ET À 20H00",          # French in capitals, a time with "H"
    "3 novembre 2026, à 14h00 ET nous finirons",
    "3 November 2026, 19:00 Eastern Caribbean Time",        # the Caribbean's, not New York's
])
def test_what_is_no_eastern_time(said):
    assert opening_mod.find_utc_start(said, dt.date(2026, 11, 3)) is None


@pytest.mark.parametrize("said, language, order, date", [
    ("Welcome to the NARALO call on 03/04/2026.", "en", "MDY", "2026-03-04"),     # the group writes month first
    ("Welcome to the NARALO call on 03/04/2026.", "en", "DMY", "2026-04-03"),
    ("Welcome to the NARALO call on 10/12/2026.", "en", "MDY", "2026-10-12"),
    ("Bienvenidos a la llamada del 03/04/2026.", "es", "MDY", "2026-04-03"),       # Spanish writes day first anyway
    ("Bienvenue à l'appel du 03/04/2026.", "fr", "MDY", "2026-04-03"),
    ("Welcome to the call of 2026-03-04.", "en", "MDY", "2026-03-04"),
    ("Welcome to the call on Wednesday, 11/03/2026.", "en", "MDY", "2026-03-11"),   # the weekday still says
    ("Welcome to the call on 13/03/2026.", "en", "MDY", "2026-03-13"),             # (no 13th month: one way only)
])
def test_numeric_dates_in_the_groups_order(said, language, order, date):
    found = opening_mod.call_date(said, language, date_order=order)
    assert date == (found.isoformat() if found else None)


def test_the_groups_date_order_reads_transcripts_and_reads_them_again(tmp_path):
    """[display] date_order = "MDY": an English "10/12/2026" with no date in the file name is
    12 October, when ingested and when read again; a file name that says otherwise still wins."""
    import json

    from click.testing import CliRunner

    from bot.cli import cli
    config = tmp_path / "bot.toml"
    config.write_text('[display]\ndate_order = "MDY"\n', encoding="utf-8")
    text = ("JANE DOE: Welcome to the NARALO monthly call on 10/12/2026. It is 19:00 UTC.\n"
            "JOHN ROE: Thank you, Jane. Glad to be here today with all of you.\n")
    (tmp_path / "naralo-call.txt").write_text(text, encoding="utf-8")
    (tmp_path / "naralo-2026-12-10.txt").write_text(text.replace("Glad", "So glad"), encoding="utf-8")

    def run(*args):
        return CliRunner().invoke(cli, ["--config", str(config), "--db", str(tmp_path / "a.db"), *map(str, args)],
                                  catch_exceptions=False)
    result = run("ingest", "--json", tmp_path / "naralo-call.txt", tmp_path / "naralo-2026-12-10.txt")
    assert ["2026-10-12", "2026-12-10"] == [f["date"] for f in json.loads(result.stdout)["files"]]
    again = run("reingest", "--json")
    assert [("reread", "2026-10-12"), ("reread", "2026-12-10")] == [
        (m["status"], m["date"]) for m in json.loads(again.stdout)["meetings"]]


def test_an_upload_reads_numeric_dates_in_the_groups_order(tmp_path):
    from bot import app
    from bot import config as config_mod
    (tmp_path / "bot.toml").write_text('[display]\ndate_order = "MDY"\n', encoding="utf-8")
    services = app.build_services(config_mod.load(tmp_path / "bot.toml", db=str(tmp_path / "a.db")))
    try:
        text = ("JANE DOE: Welcome to the NARALO monthly call on 10/12/2026. It is 19:00 UTC.\n"
                "JOHN ROE: Thank you, Jane. Glad to be here today with all of you.\n")
        assert "2026-10-12" == services.ingest_upload(text.encode(), "naralo.txt", 100_000).date
    finally:
        services.close()


@pytest.mark.parametrize("opening, start", [
    # The hour's word before the part of the day; "12 at night" is midnight as the day said ends
    ("Nous sommes le 5 octobre 2026. Il est 2 heures de l'après-midi UTC.", "2026-10-05T14:00"),
    ("Nous sommes le 5 octobre 2026. Il est 8 h du soir UTC.", "2026-10-05T20:00"),
    ("Hoy es 5 de octubre de 2026 y son las 8 horas de la noche UTC.", "2026-10-05T20:00"),
    ("Today is 5 October 2026 and it is 12 at night UTC.", "2026-10-06T00:00"),
    ("Today is 5 October 2026 and it is 11 at night UTC.", "2026-10-05T23:00"),
])
def test_an_hour_said_with_its_word_and_the_part_of_the_day(opening, start):
    assert start == opening_mod.find_utc_start(opening, dt.date(2026, 10, 5)).strftime("%Y-%m-%dT%H:%M")


@pytest.mark.parametrize("opening", ["Nous sommes le 5 octobre 2026. Il dure 2 heures de l'après-midi.",
                                     "Today is 5 October 2026, we meet at night UTC time zones aside.",
                                     "Today is 5 October 2026 and it is 8 at nighttime UTC."])
def test_no_start_without_an_hour_a_part_of_the_day_and_utc(opening):
    assert opening_mod.find_utc_start(opening, dt.date(2026, 10, 5)) is None
