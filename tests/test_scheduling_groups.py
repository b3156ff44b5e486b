"""Each group's events: scheduled from a group, seen by it and by every chat, managed by its
administrators, and a bot admin's .ics for the configured chats."""
from __future__ import annotations

import datetime as dt

import icalendar

from bot.dialogue import Dialogue, Member
from jobs import calendar
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from scheduling_context import ADMIN, NOW, confirm_data


def test_schedule_from_a_group_without_configured_chats_reminds_that_group(tmp_path):
    with Store(tmp_path / "b.db") as store:
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: NOW)
        admin_in_group = Member(1, "en", admin=True, chat=-555)
        (proposal,) = d.command("schedule", "2 December 2026 15:00 | Call", admin_in_group)
        d.button(confirm_data(proposal), admin_in_group)
        assert [[-555]] == [e["chats"] for e in store.scheduled_events()]
        assert "another group" in d.command("cancel", "1", Member(1, "en", admin=True, chat=-777))[0].html
        assert "Cancelled: “Call”." == d.command("cancel", "1", admin_in_group)[0].html


def test_a_group_sees_its_own_events_and_those_of_every_chat(tmp_path):
    with Store(tmp_path / "a.db") as store:
        every = calendar.Event.declared("Regional call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO")
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", events=[every], clock=lambda: NOW)
        admin_a = Member(1, "en", admin=True, chat=-1001)
        (proposal,) = d.command("schedule", "2 December 2026 15:00 | Group A board meeting", admin_a)
        d.button(confirm_data(proposal), admin_a)
        in_a, in_b = Member(3, "en", chat=-1001), Member(2, "en", chat=-1002)
        assert "Group A board meeting" in d.command("events", "", in_a)[0].html
        assert "Group A board meeting" in d.command("next", "", in_a)[0].html
        listed = d.command("events", "", in_b)[0].html
        assert "Regional call" in listed and "Group A board meeting" not in listed
        for asked in (d.command("next", "", in_b)[0].html, d.question("When is the next meeting?", in_b)[0].html):
            assert "Regional call" in asked and "Group A board meeting" not in asked
        exported = icalendar.Calendar.from_ical(d.command("calendar", "", in_b)[0].document[1])
        assert ["Regional call"] == sorted({str(e["summary"]) for e in exported.walk("VEVENT")})
        # In private: the events of the groups the member was seen in
        store.saw_member(3, -1001, "en")
        assert "Group A board meeting" in d.command("events", "", Member(3, "en", chat=3))[0].html
        assert "Group A board meeting" not in d.command("events", "", Member(2, "en", chat=2))[0].html
        assert "Group A board meeting" in d.command("events", "", Member(9, "en"))[0].html     # the console: all


def test_a_time_written_without_a_zone_is_in_the_group_s_first_zone(tmp_path):
    with Store(tmp_path / "a.db") as store:
        d = Dialogue(store, Answerer(store, Searcher(store)), "pt", clock=lambda: NOW,
                     timezones=("America/Sao_Paulo", "UTC"))
        (proposal,) = d.command("schedule", "10/12/2026 15:00 | Reunião", ADMIN)
        assert "10 December 2026 (15:00 Sao Paulo · 18:00 UTC)" in proposal.html     # (ADMIN writes in English)
        (proposal,) = d.command("schedule", "10/12/2026 15:00 UTC | Reunião", ADMIN)
        assert "(12:00 Sao Paulo · 15:00 UTC)" in proposal.html


def test_a_group_administrator_manages_their_group_s_events_only(tmp_path):
    with Store(tmp_path / "a.db") as store:
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: NOW, default_chats=(-1001, -1002))
        group_admin, bot_admin = Member(1, "en", admin=True, chat=-1001), Member(2, "en", admin=True, bot_admin=True, chat=-1001)
        (ours,) = d.command("schedule", "2 December 2026 15:00 | Group A board", group_admin)
        (everyone,) = d.command("schedule", "3 December 2026 15:00 | Regional call", bot_admin)
        # A bot admin's proposal for every chat is not confirmed by a group's administrator.
        assert d.button(confirm_data(everyone), group_admin)[0].html.startswith("Event #2 is for several groups")
        d.button(confirm_data(ours), group_admin)
        d.button(confirm_data(everyone), bot_admin)
        assert [("Group A board", [-1001]), ("Regional call", [-1001, -1002])] == [
            (e["title"], e["chats"]) for e in store.scheduled_events()]
        assert "Only admins can do that." == d.command("cancel", "2", Member(1, "en", chat=1))[0].html
        assert "Cancelled: “Regional call”." == d.command("cancel", "2", Member(2, "en", admin=True, bot_admin=True, chat=2))[0].html
        # An event for every chat (no chats of its own): a bot admin cancels it from a group, a group's administrator not.
        every = store.propose_event("Every chat", NOW + dt.timedelta(days=3), "UTC", 60, [], "chat", 2, status="active")
        assert d.command("cancel", str(every), group_admin)[0].html.startswith(f"Event #{every} is for several groups")
        assert "Cancelled: “Every chat”." == d.command("cancel", str(every), bot_admin)[0].html


def test_a_bot_admins_ics_follows_the_configured_chats_a_group_administrators_stays_in_the_group(tmp_path):
    from jobs import ics

    content = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:w@test\r\nSUMMARY:Webinar\r\n"
               b"DTSTART:20261210T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    with Store(tmp_path / "a.db") as store:
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: NOW, default_chats=(-1001, -1002))
        bot_admin = Member(2, "en", admin=True, bot_admin=True, chat=2)
        d.import_calendar(ics.from_ics(content, NOW), bot_admin, NOW, "en")
        # A group's administrator does not take over what goes to another group too.
        d.import_calendar(ics.from_ics(content, NOW), Member(1, "en", admin=True, chat=-1001), NOW, "en")
        assert [[-1001, -1002], [-1001]] == [e["chats"] for e in store.scheduled_events()]
        d.default_chats = (-1001,)                  # a group left [telegram] chats
        said = d.import_calendar(ics.from_ics(content, NOW), bot_admin, NOW, "en")
        assert "1 were already imported (1 updated)" in said and said.endswith("every chat the bot serves (1).")
        assert [[-1001]] == [e["chats"] for e in store.scheduled_events()]
