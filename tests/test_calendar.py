"""Recurring calls from bot.toml: rules in local wall time, DST, reminder times, bad input."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from click.testing import CliRunner

from bot import config as config_mod
from bot import render
from bot.cli import cli
from bot.dialogue import Dialogue, Member
from jobs import calendar, schedule_dates
from jobs.calendar import CalendarError, Event
from knowledge import ingest
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import DEMO

UTC = dt.timezone.utc


def test_third_monday_of_each_month_at_23_utc():
    e = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", "90m")
    found = calendar.upcoming([e], dt.datetime(2026, 11, 21, tzinfo=UTC), dt.datetime(2027, 3, 1, tzinfo=UTC))
    assert ["2026-12-21T23:00:00+00:00", "2027-01-18T23:00:00+00:00", "2027-02-15T23:00:00+00:00"] == [
        o.start_utc.isoformat() for o in found]
    assert dt.timedelta(minutes=90) == found[0].end_utc - found[0].start_utc


def test_the_local_hour_is_kept_across_daylight_saving_changes():
    # 19:00 in Toronto every Monday: 23:00 UTC in summer time, 00:00 UTC (next day) in winter.
    e = Event.declared("NARALO call", "2026-10-26T19:00", "America/Toronto", "FREQ=WEEKLY;BYDAY=MO")
    found = calendar.upcoming([e], dt.datetime(2026, 10, 25, tzinfo=UTC), dt.datetime(2026, 11, 10, tzinfo=UTC))
    assert ["2026-10-26T23:00:00+00:00", "2026-11-03T00:00:00+00:00", "2026-11-10T00:00:00+00:00"] == [
        o.start_utc.isoformat() for o in found]


def test_a_one_off_event_and_reminder_times():
    e = Event.declared("Webinar", "2026-12-02T15:00", "America/Sao_Paulo")
    (o,) = calendar.upcoming([e], dt.datetime(2026, 11, 1, tzinfo=UTC), dt.datetime(2027, 1, 1, tzinfo=UTC))
    assert dt.datetime(2026, 12, 2, 18, 0, tzinfo=UTC) == o.start_utc
    offsets = [calendar.duration(x) for x in ("1d", "1h", "10m")]
    assert ["2026-12-01T18:00:00+00:00", "2026-12-02T17:00:00+00:00", "2026-12-02T17:50:00+00:00"] == [
        t.isoformat() for t in calendar.reminder_times(o, offsets)]
    assert [] == calendar.upcoming([e], dt.datetime(2026, 12, 3, tzinfo=UTC), dt.datetime(2027, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("start, tz, rule, length, message", [
    ("2026-02-30T19:00", "UTC", "", "1h", "not a date and time"),
    ("next tuesday", "UTC", "", "1h", "not a date and time"),
    ("2026-12-01T19:00+02:00", "UTC", "", "1h", "local wall time"),
    ("2026-12-01T19:00", "Mars/Olympus", "", "1h", "unknown time zone"),
    ("2026-12-01T19:00", "UTC", "FREQ=SOMETIMES", "1h", "not an RFC 5545 rule"),
    ("2026-12-01T19:00", "UTC", "", "a while", "'Call': duration: not a duration"),
    ("2026-12-01T19:00", "UTC", "", "0m", "'0m' is no time at all"),
    ("2026-12-01T19:00", "UTC", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "1h", "never occurs from 2026-12-01T19:00"),
    ("2026-12-01T19:00", "UTC", "FREQ=MONTHLY;UNTIL=20261101T000000Z", "1h", "never occurs"),
    ("2026-12-01T19:00", "UTC", "FREQ=MINUTELY", "1h", "recurs within a day"),
    ("2026-12-01T19:00", "UTC", "freq=hourly;count=3", "1h", "recurs within a day"),
    ("2026-12-01T10:00", "UTC", "FREQ=DAILY;BYMINUTE=" + ",".join(map(str, range(60))), "1h", "more than 4 times a day"),
    ("2026-12-01T10:00", "UTC", "FREQ=DAILY;BYHOUR=10,11,12,13,14", "1h", "more than 4 times a day"),
    ("2026-12-01T10:00", "UTC", "FREQ=WEEKLY;INTERVAL=0", "1h", "INTERVAL=0; it must be 1 or more"),
    ("2026-12-01T10:00", "UTC", "FREQ=WEEKLY;INTERVAL=-1", "1h", "INTERVAL=-1"),
    ("2026-12-01T10:00", "UTC", "FREQ=WEEKLY;UNTIL=20261301T000000Z", "1h", "not an RFC 5545 rule"),
    ("2026-12-01T10:00", "UTC", "FREQ=MONTHLY;BYDAY=9MO", "1h", "not an RFC 5545 rule"),
])
def test_bad_events_are_refused_with_the_reason(start, tz, rule, length, message):
    with pytest.raises(CalendarError, match=message):
        Event.declared("Call", start, tz, rule, length)


def test_a_few_occurrences_a_day_are_a_call_s_rule():
    e = Event.declared("Twice daily", "2026-12-01T10:00", "UTC", "FREQ=DAILY;BYHOUR=10,22")
    assert 2 == len(calendar.occurrences(e, dt.datetime(2026, 12, 2, tzinfo=UTC), dt.datetime(2026, 12, 3, tzinfo=UTC)))


def test_a_rule_that_never_stops_is_bounded():
    e = Event.declared("Daily", "2026-01-01T00:00", "UTC", "FREQ=DAILY")
    found = calendar.occurrences(e, dt.datetime(2026, 1, 1, tzinfo=UTC), dt.datetime(2036, 1, 1, tzinfo=UTC))
    assert calendar.MAX_OCCURRENCES == len(found)


def test_bot_toml_events_and_their_errors(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[[events]]\ntitle = "Call"\nstart = "2026-12-01T19:00"\ntimezone = "Europe/Paris"\n'
                    'rrule = "FREQ=MONTHLY;BYDAY=1TU"\n[display]\ntimezones = ["UTC", "America/Bogota"]\n')
    loaded = config_mod.load(path)
    assert ["Call"] == [e.title for e in config_mod.events(loaded)]
    path.write_text('[[events]]\ntitle = "Call"\nstart = "2026-12-01T19:00"\ntimezone = "Nowhere/Land"\n')
    with pytest.raises(config_mod.ConfigError, match="unknown time zone"):
        config_mod.load(path)
    path.write_text('[reminders]\noffsets = ["1d", "soon"]\n')
    with pytest.raises(config_mod.ConfigError, match=r"\[reminders\] offsets: not a duration"):
        config_mod.load(path)
    path.write_text('[reminders]\noffsets = ["1h", "0m"]\n')      # (sent as the event starts: never)
    with pytest.raises(config_mod.ConfigError, match="'0m' is no time at all"):
        config_mod.load(path)
    path.write_text('[reminders]\noffsets = ["60d"]\n')
    with pytest.raises(config_mod.ConfigError, match="at most 45d before an event"):
        config_mod.load(path)
    path.write_text('[[events]]\ntitle = "Call"\nstart = "2026-12-01T19:00"\ncolour = "blue"\n')
    with pytest.raises(config_mod.ConfigError, match="unknown key"):
        config_mod.load(path)


def test_acta_events_json(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[telegram]\nchats = [-100123]\n[[events]]\ntitle = "Far call"\nstart = "2030-05-06T10:00"\n'
                    'timezone = "America/Mexico_City"\n')
    result = CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2030-12-31", "--json"])
    assert 0 == result.exit_code, result.output
    assert [{"title": "Far call", "start_utc": "2030-05-06T16:00:00+00:00", "end_utc": "2030-05-06T17:00:00+00:00",
             "timezone": "America/Mexico_City", "link": "", "chats": [-100123],
             "reminders": ["2030-05-05T16:00:00+00:00", "2030-05-06T15:00:00+00:00", "2030-05-06T15:50:00+00:00"],
             "cancelled": False}
            ] == json.loads(result.stdout)


def test_acta_ask_knows_the_next_call(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[[events]]\ntitle = "Yearly call"\nstart = "2026-05-06T10:00"\ntimezone = "America/Mexico_City"\n'
                    'rrule = "FREQ=YEARLY"\n[display]\ntimezones = ["UTC", "America/Bogota"]\n')
    db = str(tmp_path / "a.db")
    assert 0 == CliRunner().invoke(cli, ["ingest", "--config", str(path), "--db", db, str(DEMO / "naralo-2026-10-12-en.txt")]).exit_code
    result = CliRunner().invoke(cli, ["ask", "--config", str(path), "--db", db, "¿Cuándo es la próxima llamada?"])
    assert re.fullmatch(r"Yearly call — 6 de mayo de 20\d\d\n16:00 UTC · 11:00 Bogota", result.stdout.strip())


def test_ask_for_the_next_event_of_a_kind_or_group(tmp_path):
    events = [Event.declared("NARALO monthly call", "2026-05-06T10:00", "UTC", "FREQ=MONTHLY"),
              Event.declared("LACRALO monthly call", "2026-05-04T10:00", "UTC", "FREQ=MONTHLY")]
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    with Store(tmp_path / "a.db") as store:
        for name in ("naralo-2026-10-12-en.txt", "lacralo-2026-09-21-en.txt"):
            ingest.ingest_file(store, str(DEMO / name), max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store), next_event=lambda titled=None, after=None: calendar.next_occurrence(
            events, now, titled=titled, after=after))

        def ask(question: str) -> str:
            return render.plain(answerer.ask(question))
        assert "LACRALO monthly call — 4 December 2026\n10:00 UTC" == ask("When is the next call?")
        assert "NARALO monthly call — 6 December 2026\n10:00 UTC" == ask("When is the next NARALO call?")
        # none such: the next event, not what other groups' calls announced
        assert ("Rien de tel n'est programmé. Le prochain événement :\nLACRALO monthly call — 4 décembre 2026\n"
                "10:00 UTC") == ask("Quand est le prochain webinaire ?")


def test_what_is_coming_in_a_month_is_of_that_month(tmp_path):
    events = [Event.declared("LACRALO monthly call", "2026-05-04T10:00", "UTC", "FREQ=MONTHLY")]
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    with Store(tmp_path / "a.db") as store:
        for name in ("naralo-2026-10-12-en.txt", "lacralo-2026-10-26-pt.txt"):
            ingest.ingest_file(store, str(DEMO / name), max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store), today=lambda: now.date(),
                            next_event=lambda titled=None, after=None: calendar.next_occurrence(
                                events, now, titled=titled, after=after))

        def ask(question: str) -> list[str]:
            return render.plain(answerer.ask(question)).split("\n")
        # January: its call, not December's announcements nor the next call
        assert ask("any events in january?") == ["LACRALO monthly call — 4 January 2027", "10:00 UTC"]
        assert ask("¿Hay algo en enero?") == ["LACRALO monthly call — 4 de enero de 2027", "10:00 UTC"]
        assert ask("When is the March LACRALO call?") == ["LACRALO monthly call — 4 March 2027", "10:00 UTC"]
        # December: what was announced for it, then its call
        found = ask("¿Qué hay en diciembre?")
        assert found[0] == "Anunciado en las llamadas (no programado):" and len(found) == 7
        assert found[-2:] == ["LACRALO monthly call — 4 de diciembre de 2026", "10:00 UTC"]
        assert ask("what's happening in december")[0] == "Announced in calls (not scheduled):"
        # A month gone by is no question about what is coming; of a year gone by, nothing is
        assert "next" != answerer.ask("when is the october call?").kind
        assert ask("any events in March 2025?")[0] == "Nothing is scheduled or announced for then. The next event:"
        # "may" is no month, unless it is one
        assert ask("When is the next call? I may not make it") == ["LACRALO monthly call — 4 December 2026", "10:00 UTC"]
        assert ask("What is coming up — anything in May?") == ["LACRALO monthly call — 4 May 2027", "10:00 UTC"]
        assert "next" == answerer.ask("any events in December in Toronto?").kind      # a place is no topic
        # Nothing that month: said so, and the next event
        once = [Event.declared("Regional workshop", "2027-02-10T15:00", "UTC")]
        later = Answerer(store, Searcher(store), today=lambda: now.date(),
                         next_event=lambda titled=None, after=None: calendar.next_occurrence(once, now, titled=titled, after=after))
        found = render.plain(later.ask("any events in january?")).split("\n")
        assert found[:2] == ["Nothing is scheduled or announced for then. The next event:", "Announced in calls (not scheduled):"]
        assert found[-4:] == ["", "Next scheduled:", "Regional workshop — 10 February 2027", "15:00 UTC"] and len(found) == 8


def test_next_also_gives_the_events_announced_in_calls_sooner(tmp_path):
    """"When is the next …?" also answers with what a call announced and no one scheduled yet:
    of the group, kind or place asked about, sooner than the next scheduled event."""
    events = [Event.declared("NARALO monthly call", "2026-05-06T10:00", "UTC", "FREQ=MONTHLY"),
              Event.declared("LACRALO monthly call", "2026-05-04T10:00", "UTC", "FREQ=MONTHLY")]
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    toronto = ("• 3 December 2026, Toronto — «As you know, NARALO is organizing a community outreach event on "
               "3 December in Toronto")
    with Store(tmp_path / "a.db") as store:
        for name in ("naralo-2026-10-12-en.txt", "lacralo-2026-10-26-pt.txt"):
            ingest.ingest_file(store, str(DEMO / name), max_bytes=10_000_000)

        def ask(question: str, scheduled=events, today=now.date()) -> list[str]:
            answerer = Answerer(store, Searcher(store), today=lambda: today,
                                next_event=lambda titled=None, after=None: calendar.next_occurrence(
                                    scheduled, now, titled=titled, after=after))
            return render.plain(answerer.ask(question)).split("\n")

        found = ask("When is the next NARALO event?")           # the soonest first
        assert found[0] == "Announced in calls (not scheduled):" and found[1].startswith(toronto)
        assert found[1].endswith("» — Nadine Tremblay, NARALO monthly call, 12 October 2026")
        assert found[2:] == ["", "Next scheduled:", "NARALO monthly call — 6 December 2026", "10:00 UTC"]
        # Announced for after the next scheduled one: not yet.
        sooner = [Event.declared("NARALO monthly call", "2026-05-01T10:00", "UTC", "FREQ=MONTHLY")]
        assert ask("When is the next NARALO event?", scheduled=sooner) == ["NARALO monthly call — 1 December 2026", "10:00 UTC"]
        # A call: the outreach event is none.
        assert ask("When is the next NARALO call?") == ["NARALO monthly call — 6 December 2026", "10:00 UTC"]
        # Of any kind: both announced before the LACRALO call of 4 December, in the member's language.
        found = ask("Quand est le prochain événement ?")
        assert found[0] == "Annoncé dans les appels (non programmé) :" and found[1].startswith("• 3 décembre 2026, Toronto — «")
        assert found[2].startswith("• 3–4 décembre 2026, Bogotá — «Dizia")
        assert found[3:] == ["", "Prochain événement programmé :", "LACRALO monthly call — 4 décembre 2026", "10:00 UTC"]
        # A place: that event, not the next call.
        found = ask("¿Cuándo es el próximo evento en Bogotá?")
        assert found[0] == "Aún no programado; anunciado en las llamadas:"
        assert len(found) == 2 and found[1].startswith("• 3–4 de diciembre de 2026, Bogotá — «Dizia que o evento regional")
        assert found[1].endswith("» — Diego Alarcón, seminario web de LACRALO, 26 de octubre de 2026")
        # The event of a place, asked with no "next": the same
        bogota = ask("When is the next event in Bogotá?")
        assert ask("When is the Bogotá event?") == ask("When is the event in Bogotá?") == bogota
        found = ask("¿Cuándo es el evento de Toronto?")
        assert found[0] == "Aún no programado; anunciado en las llamadas:" and found[1].startswith("• 3 de diciembre de 2026, Toronto")
        # (none to come there: what the calls said of it, searched — "Quand aura lieu l'événement à Montevideo ?")
        assert not ask("When is the Paris event?")[0].startswith("Nothing like that")
        # A place nothing was announced at: said so (a month is no place).
        assert ask("When is the next event in Paris?") == ["Nothing like that is scheduled. The next event:",
                                                         "LACRALO monthly call — 4 December 2026", "10:00 UTC"]
        assert ask("When is the next event in December?")[0] == "Announced in calls (not scheduled):"
        # The time in a city whose time is shown: the next call, not an event there.
        shown = Answerer(store, Searcher(store), today=lambda: now.date(), timezones=("UTC", "America/Mexico_City"),
                         next_event=lambda titled=None, after=None: calendar.next_occurrence(
                             events, now, titled=titled, after=after))
        assert render.plain(shown.ask("¿A qué hora es la próxima llamada en México?")).split("\n") == [
            "LACRALO monthly call — 4 de diciembre de 2026", "10:00 UTC · 04:00 Mexico City"]
        assert render.plain(shown.ask("When is the next event in Mexico?")).startswith("Nothing like that is scheduled.")
        # a country's time is its capital's
        assert render.plain(shown.ask("¿A qué hora es la próxima llamada en Colombia?")).split("\n")[1] == \
            "10:00 UTC · 04:00 Mexico City · 05:00 Bogota"
        assert render.plain(shown.ask("¿A qué hora es la próxima llamada en Narnia?")).split("\n")[1] == \
            "10:00 UTC · 04:00 Mexico City"
        # …and in a city whose time is not shown, its time too
        assert render.plain(shown.ask("What time is the next call in Toronto?")).split("\n") == [
            "LACRALO monthly call — 4 December 2026", "10:00 UTC · 04:00 Mexico City · 05:00 Toronto"]
        # a city of several words; a word several cities share is none of them ("Port")
        assert render.plain(shown.ask("What time is the next call in Port of Spain?")).endswith("06:00 Port of Spain")
        assert render.plain(shown.ask("What time is the next call in Port?")).endswith("04:00 Mexico City")
        # (a province's or an old alias's zone is no city's: San Juan is not Argentina's, Victoria not Australia's)
        assert render.plain(shown.ask("What time is the next call in Victoria?")).split("\n")[1] == \
            "10:00 UTC · 04:00 Mexico City"
        assert render.plain(shown.ask("When is the next event in Paris this time?")).startswith("Nothing like that")
        found = ask("And the next LACRALO one?")           # (the group's: Bogotá, not Toronto)
        assert len(found) == 6 and found[1].startswith("• 3–4 December 2026, Bogotá") and found[4:] == [
            "LACRALO monthly call — 4 December 2026", "10:00 UTC"]
        # Nothing scheduled.
        found = ask("When is the next NARALO event?", scheduled=[])
        assert found[0] == "Not scheduled yet; announced in calls:" and len(found) == 2 and found[1].startswith(toronto)
        found = ask("When is the next event?", scheduled=[])
        assert found[0] == "Not scheduled yet; announced in calls:" and len(found) == 3
        # Once they are past, as before.
        later = dt.date(2026, 12, 5)
        assert ask("When is the next event?", scheduled=[], today=later) == ["No call is scheduled yet."]
        assert ask("When is the next NARALO event?", scheduled=[], today=later) == ["Nothing like that is scheduled or announced."]
        # A group (or other acronym) no event or call of ours names: nothing like that, not another's call.
        assert ask("When is the next EURALO call?")[0] == "Nothing like that is scheduled. The next event:"
        assert ask("When is the next IDN working group meeting?")[0] == "Nothing like that is scheduled. The next event:"
        assert ask("the next IDN working group meeting")[0] == "Nothing like that is scheduled. The next event:"
        assert ask("When is the next meeting at 10:00 UTC?")[0] != "Nothing like that is scheduled. The next event:"
        assert ask("WHEN IS THE NEXT NARALO CALL?") == ["NARALO monthly call — 6 December 2026", "10:00 UTC"]
        assert ask("When is the NEXT NARALO call?") == ["NARALO monthly call — 6 December 2026", "10:00 UTC"]  # (stress)
        assert ask("When is the next NARALO event?", scheduled=events[:1], today=later) == [
            "NARALO monthly call — 6 December 2026", "10:00 UTC"]


def test_the_next_event_in_telegram_html_escapes_what_calls_said(tmp_path):
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=10_000_000)
        html = render.html_answer(Answerer(store, Searcher(store), today=lambda: dt.date(2026, 11, 22)).ask(
            "When is the next NARALO event?"))
    lines = html.split("\n")
    assert lines[0] == "<b>Not scheduled yet; announced in calls:</b>"
    assert lines[1].startswith("• 3 December 2026, Toronto — «") and "<" not in lines[1]


@pytest.mark.parametrize("start, end, lang, written", [
    ("2026-12-03", "2026-12-04", "en", "3–4 December 2026"),
    ("2026-12-03", "2026-12-04", "es", "3–4 de diciembre de 2026"),
    ("2026-11-30", "2026-12-02", "fr", "30 novembre – 2 décembre 2026"),
    ("2026-12-30", "2027-01-02", "pt", "30 de dezembro de 2026 – 2 de janeiro de 2027"),
    ("2026-12-03", None, "en", "3 December 2026"),
    ("2026-12-03", "2026-12-03", "en", "3 December 2026"),
])
def test_a_span_of_days_is_written_once_where_it_can(start, end, lang, written):
    from bot import i18n
    assert i18n.date_span(start, end, lang) == written


@pytest.mark.parametrize("question", ["When is the event?", "¿Cuándo es el evento?", "When was the Bogotá event announced?",
                                      "When is the deadline for the Abidjan event?", "When is the event about?"])
def test_when_an_event_is_asked_with_no_name_or_of_the_past_is_no_next_event(archive, question):
    assert "next" != archive.ask(question).kind


@pytest.mark.parametrize("question", ["Who will be the next one to speak?", "What happens in the next one or two years?",
                                      # a few words before "meeting" name one only with an acronym
                                      "What are the next steps for the working group meeting?",
                                      "the next steps of our working group meeting",
                                      "Will the next budget review meeting be recorded?",
                                      "What should we prepare for the next outreach planning call?",
                                      "What did Michael say about the next IDN working group meeting?"])
def test_the_next_one_of_something_else_is_no_event(archive, question):
    assert "next" != archive.ask(question).kind


def test_the_next_command_gives_what_calls_announced_sooner_first(archive):
    events = [Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO")]
    talk = Dialogue(store=archive.store, answerer=archive, events=events,
                    clock=lambda: dt.datetime(2026, 11, 22, 12, tzinfo=UTC))
    lines = talk.command("next", "", Member(1, "en"))[0].html.split("\n")
    assert lines[0] == "<b>Announced in calls (not scheduled):</b>" and lines[1].startswith("• 3 December 2026, Toronto")
    assert lines[-3:] == ["<b>Next scheduled:</b>", "<b>LACRALO monthly call</b> — 21 December 2026", "23:00 UTC"]
    # Of a group: its events.
    naralo = talk.command("next", "NARALO", Member(1, "en"))[0].html.split("\n")
    assert len(naralo) == 2 and naralo[1].startswith("• 3 December 2026, Toronto")
    assert naralo[0] == "<b>Not scheduled yet; announced in calls:</b>"
    euralo = talk.command("next", "EURALO", Member(1, "en"))[0].html.split("\n")     # no such group's
    assert euralo[0] == "<b>Nothing like that is scheduled. The next event:</b>" and len(euralo) == 3
    # Once they are past: the next call alone.
    later = Dialogue(store=archive.store, answerer=archive, events=events,
                     clock=lambda: dt.datetime(2026, 12, 10, tzinfo=UTC))
    assert later.command("next", "", Member(1, "en"))[0].html == "<b>LACRALO monthly call</b> — 21 December 2026\n23:00 UTC"


def test_next_shows_the_time_in_the_groups_zones(tmp_path):
    e = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO",
                       link="https://example.org/join")
    clock = lambda: dt.datetime(2026, 12, 21, 22, 59, tzinfo=UTC)  # noqa: E731
    with Store(tmp_path / "a.db") as store:
        dialogue = Dialogue(store=store, answerer=None, events=[e], clock=clock,
                            timezones=("UTC", "America/Buenos_Aires", "Asia/Tokyo"))
        (reply,) = dialogue.command("next", "", Member(1, "es"))
    assert ("<b>LACRALO monthly call</b> — 21 de diciembre de 2026\n"
            "23:00 UTC · 20:00 Buenos Aires · 08:00 Tokyo (22 de diciembre de 2026)\n"
            "https://example.org/join") == reply.html


def test_acta_events_includes_events_added_from_the_chat(tmp_path):
    from knowledge.store import Store as _Store

    db = tmp_path / "acta.db"
    with _Store(db) as store:
        eid = store.propose_event("Chat event", dt.datetime(2031, 3, 4, 15, 0, tzinfo=UTC), "UTC", 30, [-5],
                                  "chat", 1)
        store.set_event_status(eid, "active")
    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{db}"\n')
    result = CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2031-12-31", "--json"])
    assert [("Chat event", "2031-03-04T15:00:00+00:00", [-5])] == [
        (e["title"], e["start_utc"], e["chats"]) for e in json.loads(result.stdout)]


def test_until_in_utc_is_accepted_and_applied_in_local_time():
    e = Event.declared("Call", "2026-01-19T19:00", "America/Toronto", "FREQ=MONTHLY;BYDAY=3MO;UNTIL=20261231T235959Z")
    found = calendar.upcoming([e], dt.datetime(2026, 11, 1, tzinfo=UTC), dt.datetime(2027, 6, 1, tzinfo=UTC))
    assert ["2026-11-17T00:00:00+00:00", "2026-12-22T00:00:00+00:00"] == [o.start_utc.isoformat() for o in found]


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


def test_it_after_the_next_event_is_that_event(archive):
    answerer = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 22))
    talk = Dialogue(archive.store, answerer, clock=lambda: dt.datetime(2026, 11, 22, tzinfo=UTC))
    ana = Member(1, "en", chat=-100)
    (bogota,) = talk.question("When is the next LACRALO event?", ana)
    assert "Bogotá" in bogota.html
    (support,) = talk.question("How many travel support places for it?", ana)
    assert "Diego Alarcón</b> — LACRALO webinar, 26 October 2026" in support.html      # who announced it, where


def test_the_time_asked_right_after_the_next_call_and_in_the_conversations_language(archive):
    answerer = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 22))
    monthly = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,))
    talk = Dialogue(archive.store, answerer, events=[monthly], clock=lambda: dt.datetime(2026, 11, 22, tzinfo=UTC),
                    timezones=("UTC", "America/Mexico_City"))
    ana = Member(1, None, chat=-100)         # (no client language: the messages' own)
    (call,) = talk.question("hola, cuando es la proxima llamada?", ana)
    assert "<b>LACRALO monthly call</b> — 21 de diciembre de 2026" in call.html
    (time,) = talk.question("a que hora?", ana)              # Spanish as much as Portuguese: the conversation's
    assert time.html == call.html
    (events,) = talk.question("proximos eventos?", ana)
    assert "Anunciado en las llamadas" in events.html
    bea = Member(2, None, chat=-100)
    (first,) = talk.question("proximos eventos?", bea)        # no conversation yet: whatever the identifier says
    assert first.html.split("\n")[0] in ("<b>Anunciado en las llamadas (no programado):</b>",
                                          "<b>Anunciado nas chamadas (não agendado):</b>")


@pytest.mark.parametrize("question, places", [
    ("When is the next event in Panama?", ["Ciudad de Panamá"]), ("¿Y en Ciudad de Panamá?", ["Ciudad de Panamá"]),
    ("When is the next event in Bogota?", ["Bogotá"]), ("Quando é o evento em São Paulo?", ["São Paulo"]),
    ("When is the next event in the city?", []), ("When is the next event?", []),
])
def test_an_announced_event_at_the_place_asked_about(question, places):
    from knowledge.announced import Announced, at_place_named
    from knowledge.dates import Mention
    said = [Announced(Mention("2027-03-15", "day", "Ana", "…", 1, place=p), None, p)
            for p in ("Ciudad de Panamá", "Bogotá", "São Paulo")]
    assert places == [a.mention.place for a in at_place_named(said, question)]


@pytest.mark.parametrize("a, b, same", [
    ("LACRALO monthly call", "LACRALO Monthly Call – Spanish channel", True),
    ("LACRALO monthly call", "lacralo MONTHLY call", True),
    ("LACRALO call", "NARALO call", False),
    # Not one title holding the other's words: no group named, not which of the group's calls, another meeting
    ("Monthly call", "LACRALO monthly call", False),
    ("LACRALO call", "LACRALO monthly call", False),
    ("LACRALO monthly call - ALAC liaison prep", "LACRALO monthly call", False),
    ("LACRALO monthly call - ALAC liaison prep (cancelled)", "LACRALO monthly call", False),
    ("LACRALO Capacity Building Webinar", "LACRALO webinar", False),
    ("Llamada mensual de LACRALO y NARALO", "Llamada mensual de LACRALO", False),
    ("Segunda chamada mensal da LACRALO", "LACRALO monthly call", False),      # ("segunda": a second one)
    ("Cancelled", "Cancelado", False),                                         # no call named at all
    ("Monthly call", "Monthly call", True),                                    # (the same words: the same)
    # …but a cancellation mark, its date or time, its language channel name no other meeting
    ("Cancelled: LACRALO monthly call", "LACRALO monthly call", True),
    ("Llamada mensual de LACRALO (cancelada)", "LACRALO monthly call", True),
    ("LACRALO monthly call – December 2026", "LACRALO monthly call", True),
    ("Chamada mensal da LACRALO, segunda-feira 21 de dezembro, 20h UTC", "LACRALO monthly call", True),
    ("Appel mensuel du LACRALO en espagnol", "LACRALO monthly call", True),
    ("Call", "NARALO call", False),          # one word says too little
    ("IDN webinar", "UA webinar", False),
    # an invitation in another language: the call's words in any of the four
    ("LACRALO monthly call", "Llamada mensual de LACRALO", True),
    ("Appel mensuel d'AFRALO", "AFRALO Monthly Call", True),
    ("Reunião mensal da LACRALO", "LACRALO monthly call", True),
    ("Llamada mensual de LACRALO", "NARALO monthly call", False),
    ("Webinario de LACRALO", "LACRALO monthly call", False),
    ("Llamada de la ONU", "Llamada de la OEA", False),
])
def test_which_titles_at_one_time_are_one_call(a, b, same):
    assert same == calendar.same_call(a, b) == calendar.same_call(b, a)


def _imported(eid, title, start, slot, chats=(-100,)):
    return calendar.from_stored({"id": eid, "title": title, "start_utc": start, "slot_utc": slot, "timezone": "UTC",
                                 "duration_minutes": 60, "link": "", "chats": list(chats)})


def test_an_imported_occurrence_moved_from_a_bot_toml_ones_time_is_that_one():
    monthly = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,),
                             link="https://example.org/zoom")
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    moved = _imported(7, "Llamada mensual de LACRALO", "2026-12-22T23:00:00+00:00", "2026-12-21T23:00:00+00:00",
                      chats=(-100, -200))
    found = calendar.upcoming([monthly, moved], now, dt.datetime(2027, 1, 31, tzinfo=UTC))
    assert [("LACRALO monthly call", "2026-12-22", (-100, -200), "https://example.org/zoom", 7),
            ("LACRALO monthly call", "2027-01-18", (-100,), "https://example.org/zoom", None)] == [
        (o.event.title, f"{o.start_utc:%Y-%m-%d}", o.event.chats, o.event.link, o.event.stored_id) for o in found]
    # …whatever the window looks at (the reminders of the moved one alone)
    assert [] == calendar.upcoming([monthly, moved], now, dt.datetime(2026, 12, 21, 23, 30, tzinfo=UTC))
    # Not another call moved from that time, not one for another group, nor one not moved
    for other in (_imported(8, "NARALO monthly call", "2026-12-22T23:00:00+00:00", "2026-12-21T23:00:00+00:00"),
                  _imported(9, "LACRALO monthly call", "2026-12-22T23:00:00+00:00", "2026-12-21T23:00:00+00:00",
                            chats=(-300,)),
                  _imported(10, "LACRALO monthly call", "2026-12-22T23:00:00+00:00", "2026-12-22T23:00:00+00:00"),
                  # …nor a meeting whose title holds the call's words, or some of them (which group's?)
                  _imported(11, "LACRALO monthly call - ALAC liaison prep", "2026-12-22T23:00:00+00:00",
                            "2026-12-21T23:00:00+00:00"),
                  _imported(12, "Monthly call", "2026-12-22T23:00:00+00:00", "2026-12-21T23:00:00+00:00")):
        found = calendar.upcoming([monthly, other], now, dt.datetime(2026, 12, 31, tzinfo=UTC))
        assert ["2026-12-21", "2026-12-22"] == [f"{o.start_utc:%Y-%m-%d}" for o in found]
        assert ["LACRALO monthly call", other.title] == [o.event.title for o in found]


def test_an_imported_meeting_at_a_bot_toml_call_s_time_is_merged_with_it_only_if_it_is_that_call():
    monthly = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,))
    now, until = dt.datetime(2026, 11, 22, tzinfo=UTC), dt.datetime(2026, 12, 31, tzinfo=UTC)
    at_its_time = "2026-12-21T23:00:00+00:00"
    copy = _imported(7, "Llamada mensual de LACRALO (canal español)", at_its_time, at_its_time, chats=(-100, -200))
    assert [("LACRALO monthly call", (-100, -200))] == [
        (o.event.title, o.event.chats) for o in calendar.upcoming([monthly, copy], now, until)]
    for title in ("LACRALO monthly call - ALAC liaison prep", "Monthly call", "LACRALO Capacity Building Webinar"):
        other = _imported(8, title, at_its_time, at_its_time)
        assert sorted([("LACRALO monthly call", (-100,)), (title, (-100,))]) == sorted(
            (o.event.title, o.event.chats) for o in calendar.upcoming([monthly, other], now, until))
