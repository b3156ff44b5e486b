"""Recurrence rules as bot.toml gives them: read leniently where nothing is lost, refused with what
is wrong otherwise; one event whose rule breaks at run time never stops the others."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest

from bot import config as config_mod
from jobs import calendar, ics, reminders, rules, surveys
from jobs.calendar import CalendarError, Event, duration
from conftest import google_calendar, polls

UTC = dt.timezone.utc
PASTED = "DTSTART:20260105T140000Z\nRRULE:FREQ=MONTHLY;BYDAY=1MO"     # as rrule.js prints a rule


@pytest.mark.parametrize("written", [
    "FREQ=MONTHLY;BYDAY=3MO",
    "RRULE:FREQ=MONTHLY;BYDAY=3MO",
    "FREQ=MONTHLY; BYDAY=3MO",
    "FREQ=MONTHLY;BYDAY=3MO;",
    " rrule:freq=monthly ; byday = 3mo ; ",
])
def test_a_prefix_spaces_a_trailing_semicolon_and_lower_case_are_the_same_rule(written):
    assert "FREQ=MONTHLY;BYDAY=3MO" == rules.clean(written)
    e = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", written)
    found = calendar.upcoming([e], dt.datetime(2026, 11, 21, tzinfo=UTC), dt.datetime(2027, 2, 1, tzinfo=UTC))
    assert ["2026-12-21T23:00:00+00:00", "2027-01-18T23:00:00+00:00"] == [o.start_utc.isoformat() for o in found]


@pytest.mark.parametrize("rule", ["FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=2", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12",
                                  "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20;UNTIL=20300101T000000Z"])
def test_a_rule_as_rfc_5545_writes_it_is_kept_as_it_is(rule):
    assert rule == rules.clean(rule)


@pytest.mark.parametrize("rule, message", [
    (PASTED, 'rrule must be the rule only (write rrule = "FREQ=MONTHLY;BYDAY=1MO"): remove the DTSTART line; '
             "the first occurrence is `start`, in `timezone`"),
    ("DTSTART;TZID=Europe/Paris:20260105T140000\nRRULE:FREQ=MONTHLY;BYDAY=1MO", "remove the DTSTART line"),
    ("DTSTART:20260105T140000Z\\nRRULE:FREQ=MONTHLY;BYDAY=1MO", "remove the DTSTART line"),   # (a TOML '…' string)
    ("FREQ=MONTHLY;BYDAY=1MO\nFREQ=WEEKLY", "it holds 2 rules; give one"),
    ("FREQ=MONTHLY BYDAY=3MO", "FREQ=MONTHLY BYDAY=3MO has a space inside its value"),
    ("FREQ=MONTHLY;3MO", "'3MO' is not NAME=VALUE (parts are separated by ';'"),
    ("FREQ=MONTHLY;BYDAY=", "BYDAY has no value"),
    ("FREQ=MONTHLY;DAY=MO", "DAY is no part of a rule (they are FREQ, UNTIL"),
    ("BYDAY=3MO", "FREQ is missing (e.g. FREQ=MONTHLY;BYDAY=3MO)"),
    ("FREQ=MONTLY;BYDAY=3MO", "FREQ=MONTLY is not a frequency (YEARLY, MONTHLY, WEEKLY or DAILY)"),
    ("FREQ=MONTHLY;FREQ=WEEKLY", "FREQ is given twice"),
    ("FREQ=MONTHLY;COUNT=3;UNTIL=20270101T000000Z", "it has both COUNT and UNTIL; give one of them"),
    ("FREQ=MONTHLY;BYDAY=9MO", "BYDAY=9MO is not a valid value"),
    ("FREQ=WEEKLY;WKST=ZZ", "WKST=ZZ is not a valid value"),
])
def test_what_is_wrong_with_a_rule_is_said_with_the_event_s_title(rule, message):
    with pytest.raises(CalendarError) as refused:
        Event.declared("AFRALO monthly call", "2026-01-05T14:00", "UTC", rule)
    assert str(refused.value).startswith("'AFRALO monthly call': ")
    assert message in str(refused.value)
    assert "unpack" not in str(refused.value)


def test_bot_toml_with_a_pasted_dtstart_is_refused_at_load_naming_the_event(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[[events]]\ntitle = "LACRALO monthly call"\nstart = "2026-01-19T23:00"\n'
                    'rrule = "FREQ=MONTHLY;BYDAY=3MO"\n'
                    '[[events]]\ntitle = "AFRALO monthly call"\nstart = "2026-01-05T14:00"\n'
                    'rrule = "DTSTART:20260105T140000Z\\nRRULE:FREQ=MONTHLY;BYDAY=1MO"\n')
    with pytest.raises(config_mod.ConfigError, match="'AFRALO monthly call': rrule must be the rule only"):
        config_mod.load(path)


# Events that got past the checks (built directly): one whose rule breaks every expansion.
GOOD = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,),
                      survey=("Useful?",), survey_options=("yes", "no"), survey_hours=24)
BROKEN = Event("AFRALO monthly call", dt.datetime(2026, 1, 5, 14), calendar.zone("UTC"), PASTED, chats=(-100,),
               survey=("Useful?",), survey_options=("yes", "no"))
DEC = dt.datetime(2026, 12, 21, 23, tzinfo=UTC)


def test_one_broken_event_is_skipped_and_logged_and_the_others_are_still_reminded(tmp_path, caplog):
    from knowledge.store import Store

    with Store(tmp_path / "a.db") as store, caplog.at_level(logging.WARNING):
        assert 2 * 3 == reminders.plan(store, [BROKEN, GOOD], [duration(x) for x in ("1d", "1h", "10m")],
                                   DEC - dt.timedelta(days=2))
        assert {"LACRALO monthly call"} == {r["title"] for r in store.reminders()}
    assert 1 == len(caplog.records)
    assert "event 'AFRALO monthly call' skipped: its occurrences cannot be computed (TypeError" in caplog.text
    assert "LACRALO" not in caplog.text


def test_a_broken_event_does_not_stop_the_others_surveys(tmp_path):
    from knowledge.store import Store

    posted, post_poll, nothing = polls()
    with Store(tmp_path / "a.db") as store:
        asyncio.run(surveys.tick(store, [BROKEN, GOOD], DEC + dt.timedelta(hours=1, minutes=5), post_poll, nothing,
                                 nothing))
        assert [-100] == posted and ["LACRALO monthly call"] == [s["title"] for s in store.surveys("open")]


def test_an_event_from_the_chat_is_logged_by_its_number_not_its_title(caplog):
    chat_event = Event("Réunion privée de Aïcha", dt.datetime(2026, 1, 5, 14), calendar.zone("UTC"), PASTED,
                       stored_id=7)
    with caplog.at_level(logging.WARNING):
        assert [] == calendar.upcoming([chat_event], DEC, DEC + dt.timedelta(days=60))
    assert "event #7 skipped" in caplog.text and "Aïcha" not in caplog.text


# Exdates: one occurrence of a recurring call cancelled in bot.toml (the December holiday).
HOLIDAY_TOML = ('[telegram]\nchats = [-100]\n[[events]]\ntitle = "LACRALO monthly call"\nstart = "2026-01-19T23:00"\n'
                'rrule = "FREQ=MONTHLY;BYDAY=3MO"\nsurvey = ["Useful?"]\nsurvey_options = ["yes", "no"]\n'
                'exdates = ["2026-12-21"]\n')


def test_an_exdate_skips_that_occurrence_in_listings_reminders_surveys_and_the_ics(tmp_path):
    import json

    from click.testing import CliRunner

    from bot.cli import cli
    from bot.dialogue import Dialogue, Member
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{tmp_path / "a.db"}"\n' + HOLIDAY_TOML)
    (call,) = config_mod.events(config_mod.load(path))
    now = DEC - dt.timedelta(days=2)
    assert ["2027-01-18T23:00:00+00:00", "2027-02-15T23:00:00+00:00"] == [
        o.start_utc.isoformat() for o in calendar.upcoming([call], now, now + dt.timedelta(days=60))]
    listed = CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2027-01-31", "--json"])
    assert ["2027-01-18T23:00:00+00:00"] == [e["start_utc"] for e in json.loads(listed.stdout)]
    with Store(tmp_path / "a.db") as store:
        reminders.plan(store, [call], [duration("1d")], now)
        assert ["2027-01-18T23:00:00+00:00"] == [r["occurrence_utc"] for r in store.reminders()]
        posted, post_poll, nothing = polls()
        asyncio.run(surveys.tick(store, [call], DEC + dt.timedelta(hours=1), post_poll, nothing, nothing))
        assert [] == posted
        dialogue = Dialogue(store, Answerer(store, Searcher(store)), "en", events=[call], clock=lambda: now,
                            timezones=("UTC",))
        member = Member(1, "en")
        assert "18 January 2027" in dialogue.command("next", "", member)[0].html
        listed = dialogue.command("events", "", member)[0].html
        assert "LACRALO monthly call — 18 January 2027" in listed and "21 December" not in listed
        (document,) = [r.document for r in dialogue.command("calendar", "", member) if r.document]
        assert b"20270118T230000Z" in document[1] and b"20261221" not in document[1]


def test_an_exdate_may_be_written_as_a_toml_date(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text(HOLIDAY_TOML.replace('exdates = ["2026-12-21"]', "exdates = [2026-12-21]"))
    (call,) = config_mod.events(config_mod.load(path))
    assert ["2027-01-18T23:00:00+00:00"] == [o.start_utc.isoformat() for o in calendar.upcoming(
        [call], DEC - dt.timedelta(days=2), DEC + dt.timedelta(days=30))]


def test_an_exdate_is_the_day_in_the_event_s_zone_and_withdraws_its_planned_reminders(tmp_path):
    from knowledge.store import Store

    # 19:00 in Toronto on Monday 21 December is 00:00 UTC on the 22nd: the local day is skipped.
    kept = Event.declared("NARALO call", "2026-01-19T19:00", "America/Toronto", "FREQ=MONTHLY;BYDAY=3MO", chats=(-5,))
    skipped = Event.declared("NARALO call", "2026-01-19T19:00", "America/Toronto", "FREQ=MONTHLY;BYDAY=3MO",
                             chats=(-5,), exdates=["2026-12-21"])
    assert reminders.event_key(kept) == reminders.event_key(skipped)      # an edit, not another event
    now = dt.datetime(2026, 12, 10, tzinfo=UTC)
    with Store(tmp_path / "a.db") as store:
        reminders.plan(store, [kept], [duration("1d")], now)
        assert ["2026-12-22T00:00:00+00:00", "2027-01-19T00:00:00+00:00"] == [
            r["occurrence_utc"] for r in store.reminders()]
        reminders.plan(store, [skipped], [duration("1d")], now)
        assert ["2027-01-19T00:00:00+00:00"] == [r["occurrence_utc"] for r in store.reminders()]
    with pytest.raises(CalendarError, match="2026-12-22 is no day the event occurs on"):
        Event.declared("NARALO call", "2026-01-19T19:00", "America/Toronto", "FREQ=MONTHLY;BYDAY=3MO",
                       exdates=["2026-12-22"])


@pytest.mark.parametrize("rule, exdates, message", [
    ("FREQ=MONTHLY;BYDAY=3MO", ["21/12/2026"], "exdates: '21/12/2026' is not a date such as 2026-12-21"),
    ("FREQ=MONTHLY;BYDAY=3MO", ["2026-12-21T23:00"], "is not a date such as 2026-12-21"),
    ("FREQ=MONTHLY;BYDAY=3MO", ["2026-02-30"], "exdates: '2026-02-30' is no day of the calendar"),
    ("FREQ=MONTHLY;BYDAY=3MO", ["2026-12-22"], "exdates: 2026-12-22 is no day the event occurs on (the nearest: "
                                               "2026-12-21)"),
    ("", ["2026-12-22"], "exdates: 2026-12-22 is no day the event occurs on (it is on 2026-01-19)"),
    ("FREQ=MONTHLY;BYDAY=3MO;COUNT=2", ["2026-12-21"], "no day the event occurs on (the nearest: 2026-02-16)"),
])
def test_exdates_that_skip_nothing_are_refused_with_the_event_s_title(rule, exdates, message):
    with pytest.raises(CalendarError) as refused:
        Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", rule, exdates=exdates)
    assert str(refused.value).startswith("'LACRALO monthly call': ") and message in str(refused.value)


def test_past_occurrences_and_a_one_off_s_own_day_may_be_skipped():
    e = Event.declared("Call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", exdates=["2026-01-19", "2026-02-16"])
    assert {dt.date(2026, 1, 19), dt.date(2026, 2, 16)} == e.exdates
    once = Event.declared("Webinar", "2026-12-02T15:00", "UTC", exdates=["2026-12-02"])
    assert [] == calendar.upcoming([once], dt.datetime(2026, 11, 1, tzinfo=UTC), dt.datetime(2027, 1, 1, tzinfo=UTC))
    assert "FREQ=MONTHLY;BYDAY=3MO" == rules.clean("FREQ=MONTHLY;BYDAY=3MO")


def test_an_exdate_line_pasted_in_the_rule_points_to_exdates():
    with pytest.raises(CalendarError, match=r'remove the EXDATE line; skip days with exdates = \["2026-12-21"\]'):
        Event.declared("Call", "2026-01-19T23:00", "UTC", "RRULE:FREQ=MONTHLY;BYDAY=3MO\nEXDATE:20261221T230000Z")


LLAMADA = ("UID:{uid}@google.com\nSUMMARY:{title}\nDTSTART;TZID=America/Argentina/Buenos_Aires:{day}T{hour}0000\n"
           "DTEND;TZID=America/Argentina/Buenos_Aires:{day}T{hour}3000\nDESCRIPTION:Zoom: https://icann.zoom.us/j/9555")


def test_an_invitation_does_not_bring_back_a_call_bot_toml_skips(tmp_path):
    """21 December is in the LACRALO call's exdates: the group's Google invitation of that call
    (another title, the same time) is not listed, reminded or surveyed, and the reply says why;
    January's invitation still merges with bot.toml's call; other calls that day are kept."""
    from bot.dialogue import Dialogue, Member
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{tmp_path / "a.db"}"\n' + HOLIDAY_TOML)
    (call,) = config_mod.events(config_mod.load(path))
    now = DEC - dt.timedelta(days=2)
    content = google_calendar(LLAMADA.format(uid="dec", title="Llamada mensual de LACRALO", day="20261221", hour="20"),
                          LLAMADA.format(uid="jan", title="Llamada mensual de LACRALO", day="20270118", hour="20"),
                          LLAMADA.format(uid="web", title="Seminario web IDN", day="20261221", hour="20"),
                          LLAMADA.format(uid="late", title="Llamada mensual de LACRALO", day="20261221", hour="22"))
    with Store(tmp_path / "a.db") as store:
        dialogue = Dialogue(store, Answerer(store, Searcher(store)), "en", events=[call], clock=lambda: now,
                            timezones=("UTC",), default_chats=(-100,))
        admin = Member(1, "es", admin=True, bot_admin=True)
        said = dialogue.import_calendar(ics.from_ics(content, now), admin, now, "es")
        assert "Ni listado(s) ni recordado(s), en una fecha que bot.toml excluye (exdates): «LACRALO monthly call» " \
               "(21 de diciembre de 2026)." in said
        events = dialogue.all_events()
        coming = [(o.event.title, f"{o.start_utc:%m-%d %H:%M}") for o in
                  calendar.upcoming(events, now, now + dt.timedelta(days=40))]
        assert [("Seminario web IDN", "12-21 23:00"), ("Llamada mensual de LACRALO", "12-22 01:00"),
                ("LACRALO monthly call", "01-18 23:00")] == coming
        reminders.plan(store, events, [duration("1d")], now)
        assert [("Seminario web IDN", "2026-12-21T23:00:00+00:00"), ("Llamada mensual de LACRALO",
                "2026-12-22T01:00:00+00:00"), ("LACRALO monthly call", "2027-01-18T23:00:00+00:00")] == \
            [(r["title"], r["occurrence_utc"]) for r in store.reminders()]
        posted, post_poll, nothing = polls()
        asyncio.run(surveys.tick(store, events, DEC + dt.timedelta(hours=2), post_poll, nothing, nothing))
        assert [] == posted                                     # (the survey is bot.toml's call's)
        listed = dialogue.command("events", "", Member(2, "en"))[0].html
        assert "Seminario web IDN — 21 December 2026" in listed and "LACRALO — 21 December" not in listed
        (document,) = [r.document for r in dialogue.command("calendar", "", Member(2, "en")) if r.document]
        assert b"20261221T230000Z" in document[1] and document[1].count(b"SUMMARY:Llamada mensual") == 1


def test_an_exdate_holds_off_only_its_own_chats_and_not_an_admins_schedule(tmp_path):
    from bot.dialogue import Dialogue, Member
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    call = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO",
                          chats=(-100,), exdates=["2026-12-21"])
    now = DEC - dt.timedelta(days=2)
    with Store(tmp_path / "a.db") as store:
        for title, chats, source in (("Llamada mensual de LACRALO", [-200], "ics"),     # another group's copy
                                     ("LACRALO monthly call", [-100], "chat")):        # an admin's /schedule
            store.set_event_status(store.propose_event(title, DEC, "UTC", 60, chats, source, 1), "active")
        events = calendar.with_stored([call], store)
        assert [("LACRALO monthly call", (-100,)), ("Llamada mensual de LACRALO", (-200,))] == sorted(
            (o.event.title, o.event.chats) for o in calendar.upcoming(events, now, DEC))
        assert calendar.held_off([call], "Llamada mensual de LACRALO", DEC, (-100,)) is call
        assert calendar.held_off([call], "Llamada mensual de LACRALO", DEC, (-200,)) is None
        assert calendar.held_off([call], "NARALO monthly call", DEC, (-100,)) is None
        for other in ("LACRALO monthly call - ALAC liaison prep", "Monthly call", "LACRALO webinar"):
            assert calendar.held_off([call], other, DEC, (-100,)) is None     # another meeting that day: listed
        assert calendar.held_off([call], "Llamada mensual de LACRALO", DEC + dt.timedelta(days=28), (-100,)) is None
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", events=[call], clock=lambda: now, timezones=("UTC",))
        said = d.import_calendar(ics.from_ics(google_calendar(LLAMADA.format(
            uid="jan", title="Llamada mensual de LACRALO", day="20270118", hour="20")), now),
            Member(1, "en", admin=True, bot_admin=True), now, "en")
        assert "exdates" not in said


def test_an_occurrence_the_calendar_moved_off_an_exdate_s_time_is_that_call_at_its_new_time(tmp_path):
    """bot.toml skips 21 December (exdates); the organiser's calendar moves that occurrence to 22:00
    the same day (its RECURRENCE-ID: the skipped time): the call moved is bot.toml's call (its title,
    chats and survey) at its new time, the exdate skipping only the time bot.toml had. Not moved, the
    calendar's occurrence at that time stays held off."""
    from knowledge.store import Store

    call = Event.declared("LACRALO monthly call", "2026-01-19T20:00", "America/Argentina/Buenos_Aires",
                          "FREQ=MONTHLY;BYDAY=3MO", chats=(-100, -200), survey=["Useful?"],
                          survey_options=["yes", "no"], exdates=["2026-12-21"])
    series = LLAMADA.format(uid="s", title="Llamada mensual de LACRALO", day="20260921", hour="20") + \
        "\nRRULE:FREQ=MONTHLY;BYDAY=3MO"
    moved = ("UID:s@google.com\nRECURRENCE-ID;TZID=America/Argentina/Buenos_Aires:20261221T200000\n"
             + LLAMADA.format(uid="s", title="Llamada mensual de LACRALO", day="20261221", hour="22").split("\n", 1)[1])
    other = LLAMADA.format(uid="o", title="Llamada mensual de LACRALO", day="20261221", hour="22")
    now = DEC - dt.timedelta(days=2)
    for content, expected in (
            (google_calendar(series, moved), [("LACRALO monthly call", "12-22 01:00", (-100, -200))]),
            (google_calendar(series), []),                                                   # not moved: held off
            # Another invitation at another time that day is kept, as its own event (not bot.toml's).
            (google_calendar(series, other), [("Llamada mensual de LACRALO", "12-22 01:00", (-100,))])):
        with Store(tmp_path / f"{len(content)}.db") as store:
            store.import_calendar(ics.from_ics(content, now), [-100], 1, now)
            events = calendar.with_stored([call], store)
            found = calendar.upcoming(events, now, DEC + dt.timedelta(days=1))
            assert expected == [(o.event.title, f"{o.start_utc:%m-%d %H:%M}", o.event.chats) for o in found]
            reminders.plan(store, events, [duration("1h")], now)
            assert {(e[1], c) for e in expected for c in e[2]} == {
                (f"{dt.datetime.fromisoformat(r['occurrence_utc']):%m-%d %H:%M}", r["chat_id"]) for r in store.reminders()
                if r["occurrence_utc"] < "2027"}
            posted, post_poll, nothing = polls()
            asyncio.run(surveys.tick(store, events, DEC + dt.timedelta(hours=3), post_poll, nothing, nothing))
            assert ([-200, -100] if expected and expected[0][0] == call.title else []) == sorted(posted)
