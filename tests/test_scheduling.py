"""Events from the chat: /schedule with confirmation, /events, /cancel, /calendar, and the zones a
time is said in; reminders follow."""
from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from bot.dialogue import Dialogue, Member
from jobs import calendar, reminders
from knowledge import ingest
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import DEMO
from scheduling_context import ADMIN, MEMBER, NOW, UTC, confirm_data


@pytest.fixture
def dialogue(tmp_path):
    with Store(tmp_path / "a.db") as store:
        monthly = calendar.Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC",
                                          "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,))
        yield Dialogue(store, Answerer(store, Searcher(store)), "en", events=[monthly], clock=lambda: NOW,
                       timezones=("UTC", "America/Bogota"), default_chats=(-100,))


def test_schedule_is_echoed_then_saved_on_confirmation(dialogue):
    (proposal,) = dialogue.command("schedule", "el próximo martes a las 15:00 UTC | Seminario IPv6", ADMIN)
    assert "Schedule “Seminario IPv6” on 24 November 2026 (15:00 UTC · 10:00 Bogota)?" == proposal.html
    assert [] == dialogue.store.scheduled_events()                 # nothing saved before confirmation
    (done,) = dialogue.button(confirm_data(proposal), ADMIN)
    assert done.html.startswith("Scheduled (#1): “Seminario IPv6”, 24 November 2026")
    listed = dialogue.command("events", "", MEMBER)[0].html
    assert "#1 Seminario IPv6 — 24 November 2026" in listed and "LACRALO monthly call — 21 December 2026" in listed
    assert "Seminario IPv6" in dialogue.command("next", "", MEMBER)[0].html
    again = dialogue.button(confirm_data(proposal), ADMIN)[0].html    # a second tap does nothing
    assert "no longer valid" in again


def test_reminders_follow_events_added_and_cancelled_from_the_chat(dialogue):
    (proposal,) = dialogue.command("schedule", "2 December 2026 15:00 | Webinar", ADMIN)
    dialogue.button(confirm_data(proposal), ADMIN)
    offsets = [calendar.duration("1h")]
    reminders.plan(dialogue.store, dialogue.all_events(), offsets, NOW)
    assert any(r["title"] == "Webinar" and r["status"] == "pending" for r in dialogue.store.reminders())
    assert "Cancelled: “Webinar”." == dialogue.command("cancel", "#1", ADMIN)[0].html
    reminders.plan(dialogue.store, dialogue.all_events(), offsets, NOW)
    assert not any(r["title"] == "Webinar" for r in dialogue.store.reminders())


@pytest.mark.parametrize("when, reason", [
    ("30 February 2027 10:00", "30 February 2027 does not exist."), ("lundi 30 février 23:00", "30 February does not exist."),
    ("April 31 10:00", "31 April does not exist."), ("31/04 10:00", "31 April does not exist."),
    ("29 February 2027 10:00", "29 February 2027 does not exist."), ("0 mars 2027 10:00", "0 March 2027 does not exist."),
    ("3 January 2020 10:00", "that date is in the past"), ("soon-ish", "I don't understand that date"),
    ("13/13 14:00", "I don't understand that date"), ("1 January 2035 10:00", "more than three years ahead"),
    ("25 December 2026", "the time of day is missing"),
    ("Monday 2 December 2027 15:00", "2 December 2027 is a Thursday, not a Monday."),
    ("2 December 2027 15:00 America/Nowhere", "I don't know the time zone “America/Nowhere”"),
])
def test_bad_dates_get_a_clear_message_and_nothing_is_saved(dialogue, when, reason):
    (reply,) = dialogue.command("schedule", f"{when} | Call", ADMIN)
    assert reply.html.startswith("I can't schedule that:") and reason in reply.html
    assert [] == dialogue.store.db.execute("SELECT * FROM scheduled_events").fetchall()


def test_an_impossible_day_is_named_in_the_admins_language(dialogue):
    for lang, when, said in [("fr", "30 février 18h", "Je ne peux pas programmer cela : le 30 février n'existe pas."),
                             ("es", "31 de setiembre de 2027 15:00", "No puedo programar eso: el 31 de septiembre de 2027 no existe."),
                             ("pt", "29 de fevereiro de 2027 às 15:00", "Não posso agendar isso: 29 de fevereiro de 2027 não existe.")]:
        assert said == dialogue.command("schedule", when, Member(1, lang, admin=True))[0].html
    (leap,) = dialogue.command("schedule", "29 February 2028 10:00 | Leap day", ADMIN)
    assert "Schedule “Leap day” on 29 February 2028" in leap.html


def test_cancel_says_why_an_event_cannot_be_cancelled(dialogue):
    assert "Write /cancel and the number /events gives." == dialogue.command("cancel", "soon", ADMIN)[0].html
    assert "Write /cancel and the number /events gives." == dialogue.command("cancel", "²", ADMIN)[0].html
    assert "There is no event #99. /events gives the numbers." == dialogue.command("cancel", "99", ADMIN)[0].html
    assert "There is no event #123456789012345678901234. /events gives the numbers." == \
        dialogue.command("cancel", "#123456789012345678901234", ADMIN)[0].html
    (proposal,) = dialogue.command("schedule", "2 December 2026 15:00 | Webinar", ADMIN)
    # Not confirmed yet: the admin was shown no number, and nothing is cancelled.
    assert "There is no event #1. /events gives the numbers." == dialogue.command("cancel", "1", ADMIN)[0].html
    dialogue.button(confirm_data(proposal), ADMIN)
    (declined,) = dialogue.command("schedule", "9 December 2026 15:00 | Draft", ADMIN)
    dialogue.button(next(b.data for b in declined.buttons if b.label == "Cancel"), ADMIN)
    # Declined: it never was an event, so it is not "already cancelled" either.
    assert "There is no event #2. /events gives the numbers." == dialogue.command("cancel", "2", ADMIN)[0].html
    assert "Cancelled: “Webinar”." == dialogue.command("cancel", "# 1", ADMIN)[0].html
    assert "“Webinar” (#1) is already cancelled." == dialogue.command("cancel", "1", ADMIN)[0].html
    assert "“Webinar” (#1) is already cancelled." == dialogue.command("cancel", "1", Member(1, "en", admin=True, chat=-100))[0].html
    (other,) = dialogue.command("schedule", "3 December 2026 15:00 | Call", ADMIN)
    dialogue.button(confirm_data(other), ADMIN)
    assert "Event #3 was scheduled for another group: it can only be cancelled from that group." == \
        dialogue.command("cancel", "3", Member(1, "en", admin=True, chat=-555))[0].html
    assert "active" == dialogue.store.scheduled_event(3)["status"]


def test_an_event_needs_a_title_and_is_not_scheduled_twice(dialogue):
    (untitled,) = dialogue.command("schedule", "2 December 2026 15:00", ADMIN)
    assert ("What is the event on 2 December 2026 (15:00 UTC · 10:00 Bogota) called? "
            "Write: /schedule 2 December 2026 15:00 | title") == untitled.html and not untitled.buttons
    assert "Écrivez : /schedule mercredi 2 décembre 15h | titre" in \
        dialogue.command("schedule", "mercredi   2 décembre 15h |  ", Member(1, "fr", admin=True))[0].html
    (first,) = dialogue.command("schedule", "2 December 2026 15:00 | IPv6 webinar", ADMIN)
    dialogue.button(confirm_data(first), ADMIN)
    (twice,) = dialogue.command("schedule", "2 décembre 2026 15h | ipv6  WEBINAR", ADMIN)
    assert "Already scheduled: “#1 IPv6 webinar”, 2 December 2026 (15:00 UTC · 10:00 Bogota)." == twice.html
    assert not twice.buttons and 1 == len(dialogue.store.db.execute("SELECT * FROM scheduled_events").fetchall())
    (other,) = dialogue.command("schedule", "2 December 2026 15:00 | Survey review", ADMIN)
    assert other.html.endswith("?\nAt the same time: IPv6 webinar.") and other.buttons
    (declared,) = dialogue.command("schedule", "21 December 2026 23:00 | LACRALO monthly call", ADMIN)
    assert "Already scheduled: “LACRALO monthly call”, 21 December 2026" in declared.html
    (later,) = dialogue.command("schedule", "2 December 2026 16:00 | IPv6 webinar", ADMIN)
    assert later.html.startswith("Schedule “IPv6 webinar” on 2 December 2026 (16:00 UTC") and "same time" not in later.html


def test_two_proposals_of_one_event_confirm_once(dialogue):
    (first,) = dialogue.command("schedule", "2 December 2026 15:00 | Test A", ADMIN)
    (second,) = dialogue.command("schedule", "2 December 2026 15:00 | test a", ADMIN)
    assert dialogue.button(confirm_data(first), ADMIN)[0].html.startswith("Scheduled (#1): “Test A”")
    assert dialogue.button(confirm_data(second), ADMIN)[0].html.startswith("Already scheduled: “#1 Test A”")
    assert ["Test A"] == [e["title"] for e in dialogue.store.scheduled_events()]


def test_the_same_title_for_another_group_is_another_event(dialogue):
    elsewhere = Member(1, "en", admin=True, chat=-555)
    with Store(dialogue.store.path) as store:
        d = Dialogue(store, dialogue.answerer, "en", clock=lambda: NOW)
        (ours,) = d.command("schedule", "2 December 2026 15:00 | Call", Member(1, "en", admin=True, chat=-777))
        d.button(confirm_data(ours), ADMIN)
        (theirs,) = d.command("schedule", "2 December 2026 15:00 | Call", elsewhere)
        assert theirs.html.startswith("Schedule “Call” on 2 December 2026") and theirs.buttons


def test_a_title_may_follow_the_date_without_a_bar(dialogue):
    (fr,) = dialogue.command("schedule", "15 janvier 2027 18:00 Atelier IDN", Member(1, "fr", admin=True))
    assert fr.html.startswith("Programmer « Atelier IDN » le 15 janvier 2027 (18:00 UTC")
    (en,) = dialogue.command("schedule", "next Tuesday 15:00 UTC IPv6 webinar", ADMIN)
    assert en.html.startswith("Schedule “IPv6 webinar” on 24 November 2026 (15:00 UTC")
    (bad,) = dialogue.command("schedule", "30 février 2027 18:00 Atelier IDN", Member(1, "fr", admin=True))
    assert "Je ne peux pas programmer cela : le 30 février 2027 n'existe pas." == bad.html


@pytest.mark.parametrize("when, reason", [("2027-13-01 10:00", "I don't understand that date"),
                                          ("2027-02-30 10:00", "30 February 2027 does not exist.")])
def test_iso_dates_are_checked_before_any_guess(dialogue, when, reason):
    (reply,) = dialogue.command("schedule", f"{when} | Call", ADMIN)
    assert reply.html.startswith("I can't schedule that:") and reason in reply.html


def test_ambiguous_numeric_dates_follow_the_groups_order(dialogue):
    (dmy,) = dialogue.command("schedule", "03/04/2027 14:00 | Call", ADMIN)
    assert "3 April 2027" in dmy.html
    dialogue.date_order = "MDY"
    (mdy,) = dialogue.command("schedule", "03/04/2027 14:00 | Call", ADMIN)
    assert "4 March 2027" in mdy.html


def test_members_cannot_schedule_or_cancel(dialogue):
    assert "Only admins can do that." == dialogue.command("schedule", "2 December 2026 15:00", MEMBER)[0].html
    assert "Only admins can do that." == dialogue.command("cancel", "1", MEMBER)[0].html
    (proposal,) = dialogue.command("schedule", "2 December 2026 15:00 | Call", ADMIN)
    assert "Only admins can do that." == dialogue.button(confirm_data(proposal), MEMBER)[0].html


def test_calendar_export_is_a_valid_ics(dialogue):
    (reply,) = dialogue.command("calendar", "", MEMBER)
    name, content = reply.document
    cal = icalendar.Calendar.from_ical(content)
    starts = [e.decoded("dtstart") for e in cal.walk("VEVENT")]
    assert "acta-events.ics" == name and dt.datetime(2026, 12, 21, 23, 0, tzinfo=UTC) == starts[0]
    assert all(e.get("summary") == "LACRALO monthly call" for e in cal.walk("VEVENT"))
    # DTSTAMP: when the file was written (the bot's clock), not each event's start
    assert {NOW} == {e.decoded("dtstamp") for e in cal.walk("VEVENT")}


def test_a_country_of_several_zones_is_its_capitals_and_the_admin_is_told(dialogue):
    (mexico,) = dialogue.command("schedule", "15 de enero de 2027 18:00 hora de México | Taller", Member(1, "es", admin=True))
    assert "16 de enero de 2027 (00:00 UTC" in mexico.html
    assert "«hora de México»: la hora de la capital (America/Mexico_City); el país tiene otras zonas" in mexico.html
    (colombia,) = dialogue.command("schedule", "15 de enero de 2027 18:00 hora de Colombia | Taller 2", Member(1, "es", admin=True))
    assert "15 de enero de 2027 (23:00 UTC" in colombia.html and "capital" not in colombia.html    # one zone: nothing to say
    (narnia,) = dialogue.command("schedule", "15 January 2027 18:00 hora de Narnia | Workshop", ADMIN)
    assert "I don't know the time zone “hora de Narnia”" in narnia.html


def test_times_like_10h_and_localised_reasons(dialogue):
    (proposal,) = dialogue.command("schedule", "demain 10h | Réunion", Member(1, "fr", admin=True))
    assert "22 novembre 2026 (10:00 UTC" in proposal.html
    (refused,) = dialogue.command("schedule", "13/13 10:00", Member(1, "fr", admin=True))
    assert refused.html.startswith("Je ne peux pas programmer cela : je ne comprends pas cette date")


def test_a_weekday_must_match_its_date_in_every_language(dialogue):
    for lang, when, reason in [
            ("fr", "lundi 2 décembre 2027 15h", "le 2 décembre 2027 est un jeudi, pas un lundi."),
            ("es", "lunes 2 de diciembre de 2027 15:00", "el 2 de diciembre de 2027 es jueves, no lunes."),
            ("pt", "segunda-feira, 2 de dezembro de 2027 às 15:00",
             "2 de dezembro de 2027 é quinta-feira, não segunda-feira.")]:
        (reply,) = dialogue.command("schedule", when, Member(1, lang, admin=True))
        assert reply.html.endswith(reason), reply.html
    (right,) = dialogue.command("schedule", "quinta-feira, 2 de dezembro de 2027 às 15:00", Member(1, "pt", admin=True))
    assert "2 de dezembro de 2027" in right.html and "Não posso" not in right.html
    (coming,) = dialogue.command("schedule", "terça-feira 15:00 | Chamada", Member(1, "pt", admin=True))
    assert "24 de novembro de 2026" in coming.html                 # NOW is Saturday 21 November 2026


def test_after_the_next_call_and_for_a_group_is_that_group_s(dialogue):
    ingest.ingest_paths(dialogue.store, [DEMO], max_bytes=10_000_000)
    assert "LACRALO monthly call</b> — 21 December 2026" in dialogue.question("When is the next call?", MEMBER)[0].html
    # (asked for a call: NARALO's outreach event in Toronto is none)
    followed = dialogue.question("And for NARALO?", MEMBER)[0].html
    assert followed.startswith("<b>Nothing like that is scheduled. The next event:</b>\n<b>LACRALO monthly call</b>")
    assert "LACRALO monthly call</b> — 21 December 2026" in dialogue.question("¿Y de LACRALO?", MEMBER)[0].html
    dialogue.question("When is the next event?", MEMBER)
    followed = dialogue.question("And for NARALO?", MEMBER)[0].html       # (an event: the outreach event is one)
    assert followed.startswith("<b>Announced in calls (not in the calendar yet):</b>\n• 3 December 2026, Toronto")
    alone = dialogue.question("And for NARALO?", Member(3, "en"))[0].html     # no conversation: not the next call
    assert "LACRALO monthly call" not in alone


def test_after_the_time_of_the_next_call_in_a_city_and_for_a_group_is_that_group_s_call_with_its_time(dialogue):
    ingest.ingest_paths(dialogue.store, [DEMO], max_bytes=10_000_000)
    first = dialogue.question("What time is the next call in Toronto?", MEMBER)[0].html
    assert first.endswith("23:00 UTC · 18:00 Toronto")
    followed = dialogue.question("And for NARALO?", MEMBER)[0].html.split("\n")
    # (no NARALO call, nor its outreach event, which is announced: not "…or announced"; when its last call started)
    assert followed[:2] == ["<b>Nothing like that is scheduled.</b>",
                            "Last time it started at 19:00 UTC · 15:00 Toronto: NARALO monthly call, 12 October 2026."]
    assert followed[-1] == "23:00 UTC · 18:00 Toronto"
    again = dialogue.question("¿Y de LACRALO?", MEMBER)[0].html
    assert again.startswith("<b>LACRALO monthly call</b> — 21 December 2026") and again.endswith("18:00 Toronto")
    dialogue.question("When is the next LACRALO call?", MEMBER)
    assert dialogue.question("And for NARALO?", MEMBER)[0].html.startswith(       # (NARALO's, not LACRALO's too)
        "<b>Nothing like that is scheduled. The next event:</b>")


@pytest.mark.parametrize("when, utc", [
    ("15 de enero de 2027 18:00 hora de la Ciudad de México", "16 January 2027 (00:00 UTC"),
    ("15 de enero de 2027 18:00 (hora de CDMX)", "16 January 2027 (00:00 UTC"),
    ("15 de enero de 2027 18:00 hora del centro de México", "16 January 2027 (00:00 UTC"),
    ("15 de enero de 2027 18:00 hora del centro", "16 January 2027 (00:00 UTC"),
    ("15 de enero de 2027 18:00 hora peninsular", "15 January 2027 (17:00 UTC"),
    ("15 janvier 2027 18h heure du Québec", "15 January 2027 (23:00 UTC"),
    ("15 janvier 2027 18h heure de l'Est", "15 January 2027 (23:00 UTC"),
    ("15 janvier 2027 18h heure du Congo", "15 January 2027 (17:00 UTC"),
    ("January 15 2027 6pm Eastern", "15 January 2027 (23:00 UTC"),
    ("January 15 2027 6pm US Eastern time", "15 January 2027 (23:00 UTC"),
    ("January 15 2027 3:00 PM Pacific time", "15 January 2027 (23:00 UTC"),
    ("15 de janeiro de 2027 18h hora de Lisboa", "15 January 2027 (18:00 UTC"),
    ("15 de enero de 2027 18:00 hora de Nueva York", "15 January 2027 (23:00 UTC"),
    ("15 de enero de 2027 18:00 hora de Miami", "15 January 2027 (23:00 UTC"),
    ("15 janvier 2027 18h heure de Genève", "15 January 2027 (17:00 UTC"),
    ("15 janvier 2027 18h heure de Bruxelles", "15 January 2027 (17:00 UTC"),
    ("January 15 2027 6pm Trinidad time", "15 January 2027 (22:00 UTC"),
])
def test_a_region_or_a_city_in_its_local_name_is_a_zone(dialogue, when, utc):
    (proposal,) = dialogue.command("schedule", f"{when} | Call", ADMIN)
    assert proposal.html.startswith(f"Schedule “Call” on {utc}"), proposal.html


@pytest.mark.parametrize("when, note", [
    ("15 de enero de 2027 18:00 hora del Pacífico", "«hora del Pacífico»: leído como America/Mazatlan; si es otra "
                                                    "zona, escriba su ciudad (p. ej. «hora de Los Ángeles»)."),
    ("15 de enero de 2027 18:00 hora del centro", "«hora del centro»: leído como America/Mexico_City; si es otra "
                                                  "zona, escriba su ciudad (p. ej. «hora de Chicago»)."),
    ("15 de enero de 2027 18:00 hora del Pacífico de México", None),
    ("15 de enero de 2027 18:00 hora del Pacífico de Estados Unidos", None),
    ("15 de enero de 2027 18:00 hora de Los Ángeles", None),
])
def test_a_region_said_in_spanish_that_may_mean_two_zones_says_which_was_taken(dialogue, when, note):
    (proposal,) = dialogue.command("schedule", f"{when} | Llamada", Member(1, "es", admin=True))
    assert proposal.html.startswith("¿Programar «Llamada»"), proposal.html
    assert (note in proposal.html) if note else ("leído como" not in proposal.html)


def test_pacific_islands_in_a_title_are_no_zone(dialogue):
    (proposal,) = dialogue.command("schedule", "15 de enero de 2027 18:00 Foro de las Islas del Pacífico", ADMIN)
    assert proposal.html.startswith("Schedule “Foro de las Islas del Pacífico” on 15 January 2027 (18:00 UTC"), \
        proposal.html


def test_rabat_is_casablancas_zone(dialogue):
    (rabat,) = dialogue.command("schedule", "15 janvier 2027 18h heure de Rabat | Call", ADMIN)
    (casablanca,) = dialogue.command("schedule", "15 janvier 2027 18h heure de Casablanca | Call 2", ADMIN)
    assert rabat.html.replace("“Call”", "“Call 2”").split("\n")[0] == casablanca.html.split("\n")[0]


@pytest.mark.parametrize("when, words", [
    ("15 de enero de 2027 18:00 hora local", "hora local"),
    ("15 de enero de 2027 18:00 hora de verano", "hora de verano"),
    ("15 de enero de 2027 18:00 hora de la reunión", "hora de la reunión"),
    ("15 janvier 2027 18h heure locale", "heure locale"),
    ("January 15 2027 6pm local time", "local time"),
])
def test_zone_words_that_name_no_zone_are_said_not_the_date(dialogue, when, words):
    (refused,) = dialogue.command("schedule", f"{when} | Call", ADMIN)
    assert f"I don't know the time zone “{words}”" in refused.html and "date" not in refused.html


@pytest.mark.parametrize("when, expected", [
    # not Chicago, Los Angeles or New York: another zone's name, or words of the title
    ("15 January 2027 18:00 Central European Time | Call", "I can't schedule that"),
    ("15 January 2027 18:00 Eastern region call", "Schedule “Eastern region call” on 15 January 2027 (18:00 UTC"),
    ("15 January 2027 18:00 Pacific Islands forum", "Schedule “Pacific Islands forum” on 15 January 2027 (18:00 UTC"),
    ("15 de enero de 2027 18:00 Centro de Estudios", "Schedule “Centro de Estudios” on 15 January 2027 (18:00 UTC"),
])
def test_region_words_that_are_no_zone_are_not_read_as_one(dialogue, when, expected):
    (reply,) = dialogue.command("schedule", when, ADMIN)
    assert reply.html.startswith(expected), reply.html
