"""A call bot.toml declares whose occurrence an imported calendar cancels (STATUS:CANCELLED on
that occurrence, or an EXDATE in the .ics copy of the series): not reminded, not surveyed, not
listed, and `acta events` says it is cancelled."""
from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest

from click.testing import CliRunner

from bot import config as config_mod
from bot.cli import cli
from bot.dialogue import Dialogue, Member
from jobs import calendar, ics, reminders, surveys
from jobs.calendar import Event, duration
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store
from conftest import google_calendar, polls, run_cli

UTC = dt.timezone.utc
DEC = dt.datetime(2026, 12, 21, 23, 0, tzinfo=UTC)          # the December call (20:00 in Buenos Aires)
JAN = dt.datetime(2027, 1, 18, 23, 0, tzinfo=UTC)
FEB = dt.datetime(2027, 2, 15, 23, 0, tzinfo=UTC)
NOW = DEC - dt.timedelta(days=2)
TOML = ('[telegram]\nchats = [-100]\n[[events]]\ntitle = "LACRALO monthly call"\nstart = "2026-01-19T23:00"\n'
        'rrule = "FREQ=MONTHLY;BYDAY=3MO"\nsurvey = ["Useful?"]\nsurvey_options = ["yes", "no"]\n')
BA = "TZID=America/Argentina/Buenos_Aires"
SERIES = (f"UID:llamada@google.com\nSUMMARY:Llamada mensual de LACRALO\nDTSTART;{BA}:20260921T200000\n"
          f"DTEND;{BA}:20260921T210000\nRRULE:FREQ=MONTHLY;BYDAY=3MO")


def cancelled_instance(day: str, hour: str = "20", uid: str = "llamada@google.com",
                       title: str = "Llamada mensual de LACRALO") -> str:
    return (f"UID:{uid}\nRECURRENCE-ID;{BA}:{day}T{hour}0000\nSTATUS:CANCELLED\nSUMMARY:{title}\n"
            f"DTSTART;{BA}:{day}T{hour}0000\nDTEND;{BA}:{day}T{hour}3000")


def called_off(content: bytes, now: dt.datetime = NOW) -> list[tuple[str, str]]:
    return [(e.title, f"{e.slot_utc:%Y-%m-%d %H:%M}") for e in ics.from_ics(content, now).called_off]


def test_an_ics_names_the_occurrences_it_cancels_one_by_one():
    exdates = SERIES + f"\nEXDATE;{BA}:20261221T200000\nEXDATE:20270215T230000Z\nEXDATE:20260921T230000Z"
    assert [("Llamada mensual de LACRALO", "2026-12-21 23:00"), ("Llamada mensual de LACRALO", "2027-01-18 23:00"),
            ("Llamada mensual de LACRALO", "2027-02-15 23:00")] == \
        called_off(google_calendar(exdates, cancelled_instance("20270118")))         # (September's is past)
    one_off = "UID:w\nSUMMARY:IDN webinar\nSTATUS:CANCELLED\nDTSTART:20261222T150000Z"
    assert [("IDN webinar", "2026-12-22 15:00")] == called_off(google_calendar(one_off))
    invitation = cancelled_instance("20270118").replace("STATUS:CANCELLED\n", "")      # an e-mail cancelling one
    assert [("Llamada mensual de LACRALO", "2027-01-18 23:00")] == called_off(google_calendar(invitation, method="CANCEL"))
    # A floating EXDATE is in its series' zone.
    assert ["2026-12-21 23:00"] == [s for _, s in called_off(google_calendar(SERIES + "\nEXDATE:20261221T200000"))]


def test_a_whole_series_cancelled_or_a_days_exdate_cancels_no_occurrence():
    assert [] == called_off(google_calendar(SERIES + "\nSTATUS:CANCELLED"))
    assert [] == called_off(google_calendar(SERIES, method="CANCEL"))
    assert [] == called_off(google_calendar(SERIES + "\nEXDATE;VALUE=DATE:20261221"))
    assert [] == called_off(google_calendar(SERIES))
    moved = cancelled_instance("20270118").replace("STATUS:CANCELLED\n", "").replace("T200000\nDTEND", "T180000\nDTEND")
    assert [] == called_off(google_calendar(SERIES, moved))                 # moved, not cancelled


def _setup(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{tmp_path / "a.db"}"\n' + TOML)
    (call,) = config_mod.events(config_mod.load(path))
    return path, call


def _dialogue(store: Store, call: Event) -> Dialogue:
    return Dialogue(store, Answerer(store, Searcher(store)), "en", events=[call], clock=lambda: NOW,
                    timezones=("UTC",), default_chats=(-100,))


ADMIN = Member(1, "en", admin=True, bot_admin=True)


def coming(events, until: dt.datetime = FEB) -> list[tuple[str, str]]:
    return [(o.event.title, f"{o.start_utc:%m-%d %H:%M}") for o in calendar.upcoming(events, NOW, until)]


def test_a_call_its_imported_calendar_cancels_is_neither_listed_nor_reminded_nor_surveyed(tmp_path, monkeypatch):
    path, call = _setup(tmp_path)
    content = google_calendar(SERIES + f"\nEXDATE;{BA}:20261221T200000", cancelled_instance("20270118"))
    with Store(tmp_path / "a.db") as store:
        d = _dialogue(store, call)
        said = d.import_calendar(ics.from_ics(content, NOW), ADMIN, NOW, "es")
        assert said.endswith("Llamada(s) de bot.toml que este calendario cancela, ya no listada(s), recordada(s) ni "
                             "encuestada(s) en los chats para los que se importa: «LACRALO monthly call» "
                             "(21 de diciembre de 2026, 18 de enero de 2027).")
        events = d.all_events()
        assert [("LACRALO monthly call", "02-15 23:00")] == coming(events)          # one event, bot.toml's
        reminders.plan(store, events, [duration("1d")], NOW, horizon=dt.timedelta(days=60))
        assert [FEB.isoformat()] == [r["occurrence_utc"] for r in store.reminders()]
        posted, post_poll, nothing = polls()
        asyncio.run(surveys.tick(store, events, DEC + dt.timedelta(hours=2), post_poll, nothing, nothing))
        assert [] == posted
        listed = d.command("events", "", Member(2, "en", chat=-100))[0].html
        assert "21 December" not in listed and "18 January" not in listed and "15 February 2027" in listed
        assert "21 December" not in d.command("next", "", Member(2, "en", chat=-100))[0].html
    monkeypatch.setattr(dt, "datetime", _Frozen)
    shown = CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2027-02-28"])
    assert ["2026-12-21 23:00 UTC  LACRALO monthly call  (cancelled in the imported calendar: not reminded)",
            "2027-01-18 23:00 UTC  LACRALO monthly call  (cancelled in the imported calendar: not reminded)",
            "2027-02-15 23:00 UTC  LACRALO monthly call  (23:00 UTC)",
            "  reminders: 2027-02-14 23:00 UTC, 2027-02-15 22:00 UTC, 2027-02-15 22:50 UTC"] == shown.stdout.splitlines()
    listed = json.loads(CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2027-02-28",
                                                 "--json"]).stdout)
    assert [(True, []), (True, []), (False, [(FEB - dt.timedelta(days=1)).isoformat(),
                                              (FEB - dt.timedelta(hours=1)).isoformat(),
                                              (FEB - dt.timedelta(minutes=10)).isoformat()])] == \
        [(e["cancelled"], e["reminders"]) for e in listed]


class _Frozen(dt.datetime):
    """`acta events` at NOW."""
    @classmethod
    def now(cls, tz=None):
        return NOW.astimezone(tz)


def test_a_cancellation_taken_back_by_the_calendar_brings_the_call_back(tmp_path):
    _, call = _setup(tmp_path)
    with Store(tmp_path / "a.db") as store:
        d = _dialogue(store, call)
        d.import_calendar(ics.from_ics(google_calendar(SERIES), NOW), ADMIN, NOW, "en")
        assert ["12-21 23:00", "01-18 23:00", "02-15 23:00"] == [s for _, s in coming(d.all_events())]
        # The organiser cancels January's call: imported before, it is counted as withdrawn.
        said = d.import_calendar(ics.from_ics(google_calendar(SERIES, cancelled_instance("20270118")), NOW), ADMIN,
                                 NOW, "en")
        assert "1 imported before are no longer in the calendar and are cancelled" in said
        assert ["12-21 23:00", "02-15 23:00"] == [s for _, s in coming(d.all_events())]
        again = d.import_calendar(ics.from_ics(google_calendar(SERIES, cancelled_instance("20270118")), NOW), ADMIN,
                                  NOW, "en")
        assert "cancel" not in again.lower() and "withdrawn" not in again.lower()
        assert ["12-21 23:00", "02-15 23:00"] == [s for _, s in coming(d.all_events())]
        # ... and puts it back on: bot.toml's call is reminded again, once, and the reply says so, once.
        said = d.import_calendar(ics.from_ics(google_calendar(SERIES), NOW), ADMIN, NOW, "en")
        assert [("LACRALO monthly call", "12-21 23:00"), ("LACRALO monthly call", "01-18 23:00"),
                ("LACRALO monthly call", "02-15 23:00")] == coming(d.all_events())
        assert "No longer cancelled by this calendar, back on: “LACRALO monthly call” (18 January 2027)." == (
            said.splitlines()[-1])
        # Imported again, nothing is back
        assert "back on" not in d.import_calendar(ics.from_ics(google_calendar(SERIES), NOW), ADMIN, NOW, "en")
        # An EXDATE the organiser removes again: the day is back too.
        said = d.import_calendar(ics.from_ics(google_calendar(SERIES + "\nEXDATE:20261221T230000Z"), NOW), ADMIN, NOW,
                                 "en")
        assert ["01-18 23:00", "02-15 23:00"] == [s for _, s in coming(d.all_events())]
        assert "back on" not in said
        said = d.import_calendar(ics.from_ics(google_calendar(SERIES), NOW), ADMIN, NOW, "fr")
        assert ["12-21 23:00", "01-18 23:00", "02-15 23:00"] == [s for _, s in coming(d.all_events())]
        assert said.endswith("Plus annulé(s) par ce calendrier, de nouveau au programme : « LACRALO monthly call » "
                             "(21 décembre 2026).")


def test_two_calls_back_on_at_one_time_are_both_said_back(tmp_path):
    """bot.toml's call and another imported meeting at the same time, both cancelled and then back on
    in the calendar: both are said back (bot.toml's by its own title, once), not the first alone."""
    from jobs import calendar_import

    _, call = _setup(tmp_path)
    webinar = "UID:w@x\nSUMMARY:IDN webinar\nDTSTART:20270118T230000Z\nDTEND:20270119T000000Z"
    with Store(tmp_path / "a.db") as store:
        def imported(*parts):
            return calendar_import.import_calendar(store, [call], ics.from_ics(google_calendar(*parts), NOW), (-100,),
                                                   1, NOW)
        imported(SERIES, webinar)
        off = imported(SERIES, cancelled_instance("20270118"), webinar.replace("DTSTART", "STATUS:CANCELLED\nDTSTART"))
        assert [("LACRALO monthly call", JAN)] == list(off.called_off)
        back = imported(SERIES, webinar)
        assert [("IDN webinar", JAN), ("LACRALO monthly call", JAN)] == list(back.back)


def test_a_cancellation_cancels_only_that_call_at_that_time_for_a_chat_they_share(tmp_path):
    call = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,))
    naralo = Event.declared("NARALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,))
    with Store(tmp_path / "a.db") as store:
        for content, chats in (
                (google_calendar(cancelled_instance("20261221", title="Llamada mensual de LACRALO")), [-200]),  # another group's
                (google_calendar(cancelled_instance("20270118", hour="18")), [-100]),          # another time that day
                (google_calendar("UID:n\nSUMMARY:NARALO monthly call\nSTATUS:CANCELLED\nDTSTART:20270215T230000Z"),
                 [-100])):
            store.import_calendar(ics.from_ics(content, NOW), chats, 1, NOW)
        assert [("LACRALO monthly call", "12-21 23:00"), ("LACRALO monthly call", "01-18 23:00"),
                ("LACRALO monthly call", "02-15 23:00")] == coming(calendar.with_stored([call], store))
        assert [] == calendar.cancelled(calendar.with_stored([call], store), NOW, FEB)
        # NARALO's February call is off; LACRALO's is not.
        assert [("LACRALO monthly call", "01-18 23:00"), ("LACRALO monthly call", "02-15 23:00"),
                ("LACRALO monthly call", "12-21 23:00"), ("NARALO monthly call", "01-18 23:00"),
                ("NARALO monthly call", "12-21 23:00")] == sorted(coming(calendar.with_stored([call, naralo], store)))
        # A call of two groups, one of which imported its copy cancelled: still reminded to the other.
        both = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO",
                              chats=(-100, -200))
        (december, *_) = calendar.upcoming(calendar.with_stored([both], store), NOW, FEB)
        assert (DEC, (-100,)) == (december.start_utc, december.event.chats)
        assert [] == calendar.cancelled(calendar.with_stored([both], store), NOW, FEB)
        # An admin's /schedule of it at that time is kept (as an exdate does not hold it off).
        store.set_event_status(store.propose_event("NARALO monthly call", FEB, "UTC", 60, [-100], "chat", 1), "active")
        assert ("NARALO monthly call", "02-15 23:00") in coming(calendar.with_stored([call, naralo], store))


@pytest.mark.parametrize("title", [
    "Monthly call",                                             # which group's? not said
    "LACRALO monthly call - ALAC liaison prep (cancelled)",     # another meeting at that time
    "LACRALO Capacity Building Webinar",
    "LACRALO call",                                             # which of its calls?
])
def test_a_cancelled_meeting_whose_title_only_resembles_the_call_s_cancels_nothing_of_bot_toml_s(tmp_path, title):
    _, call = _setup(tmp_path)
    one_off = f"UID:u@x\nSUMMARY:{title}\nSTATUS:CANCELLED\nSEQUENCE:1\nDTSTART:20261221T230000Z\nDTEND:20261222T003000Z"
    with Store(tmp_path / "a.db") as store:
        d = _dialogue(store, call)
        said = d.import_calendar(ics.from_ics(google_calendar(one_off), NOW), ADMIN, NOW, "en")
        assert "cancels" not in said
        assert ["12-21 23:00", "01-18 23:00", "02-15 23:00"] == [s for _, s in coming(d.all_events())]
        assert [] == calendar.cancelled(d.all_events(), NOW, FEB)


@pytest.mark.parametrize("title", ["Llamada mensual de LACRALO", "Cancelled: LACRALO Monthly Call",
                                   "Chamada mensal da LACRALO (cancelada) – 21 de dezembro de 2026"])
def test_the_call_cancelled_under_its_title_in_any_language_is_cancelled_and_the_reply_says_so(tmp_path, title):
    _, call = _setup(tmp_path)
    one_off = f"UID:u@x\nSUMMARY:{title}\nSTATUS:CANCELLED\nDTSTART:20261221T230000Z\nDTEND:20261222T003000Z"
    with Store(tmp_path / "a.db") as store:
        d = _dialogue(store, call)
        said = d.import_calendar(ics.from_ics(google_calendar(one_off), NOW), ADMIN, NOW, "en")
        assert ["01-18 23:00", "02-15 23:00"] == [s for _, s in coming(d.all_events())]
        assert ("bot.toml's calls this calendar cancels, no longer listed, reminded or surveyed in the chats it is "
                "imported for: “LACRALO monthly call” (21 December 2026).") == said.splitlines()[-1]
        # Imported again: nothing new is cancelled, nothing said.
        assert "cancels" not in d.import_calendar(ics.from_ics(google_calendar(one_off), NOW), ADMIN, NOW, "en")


def test_the_reply_names_bot_toml_s_occurrences_the_import_cancels_for_its_own_chats(tmp_path):
    call = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,))
    cancelling = google_calendar(cancelled_instance("20270215"))
    with Store(tmp_path / "a.db") as store:
        d = Dialogue(store, None, "en", events=[call], clock=lambda: NOW, default_chats=(-100, -200))
        # Another group's administrator: bot.toml's call is not that group's, nothing of it is cancelled
        said = d.import_calendar(ics.from_ics(cancelling, NOW), Member(3, "fr", chat=-200, admin=True), NOW, "fr")
        assert "annule" not in said and ["12-21 23:00", "01-18 23:00", "02-15 23:00"] == [
            s for _, s in coming(d.all_events())]
        said = d.import_calendar(ics.from_ics(cancelling, NOW), Member(4, "fr", chat=-100, admin=True), NOW, "fr")
        assert said.endswith("Appel(s) de bot.toml que ce calendrier annule, plus listé(s), rappelé(s) ni sondé(s) dans "
                             "les chats pour lesquels il est importé : « LACRALO monthly call » (15 février 2027).")


def test_an_imported_event_whose_cancellation_is_taken_back_is_said_back_and_one_never_cancelled_is_not(tmp_path):
    """An .ics one-off cancelled (STATUS:CANCELLED), then imported again uncancelled: back, and said
    so, in the chat as by `acta import-ics` (the same words); another event merely imported is not."""
    webinar = "UID:w@x\nSUMMARY:IDN webinar\nDTSTART:20261222T150000Z\nDTEND:20261222T160000Z"
    other = "UID:o@x\nSUMMARY:ATLAS prep\nDTSTART:20261223T150000Z\nDTEND:20261223T160000Z"
    with Store(tmp_path / "a.db") as store:
        d = Dialogue(store, None, "en", events=[], clock=lambda: NOW, default_chats=(-100,))
        said = d.import_calendar(ics.from_ics(google_calendar(webinar + "\nSTATUS:CANCELLED", other), NOW), ADMIN, NOW,
                                 "en")
        assert "back on" not in said
        said = d.import_calendar(ics.from_ics(google_calendar(webinar, other), NOW), ADMIN, NOW, "en")
        assert "No longer cancelled by this calendar, back on: “IDN webinar” (22 December 2026)." == said.splitlines()[-1]
    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{tmp_path / "b.db"}"\n[telegram]\nchats = [-100]\n')
    day = dt.date.today() + dt.timedelta(days=30)           # (`acta import-ics` imports what is coming today)
    webinar, other = (e.replace("20261222", f"{day:%Y%m%d}").replace("20261223", f"{day:%Y%m%d}") for e in (webinar, other))
    for content, back in ((google_calendar(webinar + "\nSTATUS:CANCELLED", other), False), (google_calendar(webinar, other), True)):
        (tmp_path / "c.ics").write_bytes(content)
        result = run_cli("--config", path, "import-ics", tmp_path / "c.ics")
        assert (0, back) == (result.exit_code, "No longer cancelled by this calendar, back on: “IDN webinar” "
                                               f"({day.day} {day:%B %Y})." in result.stdout), result.stdout
