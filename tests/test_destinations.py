"""Reminders that would go nowhere: events with no chat, bot.toml's events for chats the bot does
not serve, and events from the chat or an .ics for groups removed from [telegram] chats (orphans):
warned at start-up and by `acta events`, not reminded, seen and cancelled by a bot admin."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import shutil

import pytest
from click.testing import CliRunner

from bot.app import build_application
from bot.cli import cli
from bot.dialogue import Dialogue, Member
from jobs import calendar, destinations
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import GROUP, running, write_config
from fake_telegram import FakeTelegram

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, 12, tzinfo=UTC)
REMOVED = -4777                  # a group once in [telegram] chats


def declared(chats=(GROUP,), title="LACRALO monthly call") -> calendar.Event:
    return calendar.Event.declared(title, "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=chats)


def stored(eid: int, chats, title="Private workshop") -> calendar.Event:
    return calendar.Event(title, dt.datetime(2026, 12, 2, 15), calendar.zone("UTC"), chats=tuple(chats), stored_id=eid)


def test_which_events_reach_no_chat_or_one_not_served():
    events = [declared(chats=()), declared(chats=(GROUP, -999), title="Typo"), stored(7, [REMOVED]),
              declared(), stored(8, [GROUP]), stored(9, [GROUP, REMOVED]), stored(10, [REMOVED], "Call")]
    found = destinations.unreached(events, [GROUP])
    assert [("LACRALO monthly call", "no_chat", ()), ("Typo", "not_served", (-999,)),
            ("Private workshop", "orphaned", (REMOVED,))] == [(u.event.title, u.why, u.chats) for u in found]
    # in the log, an event from the chat by its number only (its title is a member's words); a
    # calendar's occurrences for one chat in one warning
    assert "events #7, #10 were scheduled for chat(s) -4777, no longer in [telegram] chats" in found[2].message()
    assert "Private workshop" not in found[2].message()
    assert "#7 'Private workshop', #10 'Call'" in found[2].message(titled=True)
    assert [] == destinations.unreached([stored(7, [REMOVED])], [GROUP], now=dt.datetime(2026, 12, 3, tzinfo=UTC))
    many = destinations.unreached([stored(n, [REMOVED], f"Call {n}") for n in range(1, 13)], [GROUP], NOW)
    assert "events #1, #2, #3, #4, #5, #6, #7, #8, #9, #10 and 2 more were scheduled" in many[0].message()
    # a calendar's series: one entry, its numbers and how many (not one entry per occurrence)
    series = [stored(n, [REMOVED], "NARALO outreach sync") for n in (1, 3, 4, 5, 6, 7, 8)] + [stored(2, [REMOVED])]
    (orphans,) = destinations.unreached(series, [GROUP], NOW)
    assert orphans.message(titled=True).startswith("events 'NARALO outreach sync' (#1, #3–#8: 7 occurrences), "
                                                   "#2 'Private workshop' were scheduled for chat(s) -4777")
    assert orphans.message().startswith("events #1, #3–#8 (7 occurrences), #2 were scheduled")
    (same,) = destinations.unreached([stored(4, [REMOVED], "Call"), stored(5, [REMOVED], "Call ")], [GROUP], NOW)
    assert "events #4 'Call', #5 'Call ' were" in same.message(titled=True)     # (another title: not one series)
    # without [telegram] chats the bot serves any chat: nothing is orphaned, nothing unserved
    assert [] == destinations.unreached([stored(7, [REMOVED]), declared(chats=(-999,))], [])


def test_orphans_are_not_reminded_and_partly_served_events_only_where_served():
    events = destinations.deliverable([declared(chats=(-999,)), stored(7, [REMOVED]), stored(9, [GROUP, REMOVED])],
                                      [GROUP])
    assert [(-999,), (GROUP,)] == [e.chats for e in events]          # bot.toml's as declared
    assert [(REMOVED,)] == [e.chats for e in destinations.deliverable([stored(7, [REMOVED])], [])]


def test_an_event_for_a_private_chat_is_never_orphaned_the_bot_always_serves_private_chats():
    admin = 4242         # a bot admin's /schedule in private when [telegram] chats was empty
    events = [stored(7, [admin]), stored(8, [admin, REMOVED]), declared(chats=(GROUP, admin))]
    assert [] == destinations.unreached(events, [GROUP])
    assert not destinations.orphaned(events[0], [GROUP]) and not destinations.orphaned(events[1], [GROUP])
    assert [(admin,), (admin,), (GROUP, admin)] == [e.chats for e in destinations.deliverable(events, [GROUP])]
    # (a group's, removed, still is)
    assert destinations.orphaned(stored(9, [REMOVED]), [GROUP])
    assert [] == destinations.deliverable([stored(9, [REMOVED])], [GROUP])


def test_acta_events_warns_on_stderr_and_lists_only_what_is_reminded(tmp_path):
    db = tmp_path / "acta.db"
    with Store(db) as store:
        store.propose_event("Private workshop", dt.datetime(2030, 5, 6, 15, tzinfo=UTC), "UTC", 60, [REMOVED], "ics",
                            1, status="active")
        for week in range(3):            # a calendar's weekly series, imported for the group
            store.propose_event("Outreach sync", dt.datetime(2030, 5, 7 + 7 * week, 15, tzinfo=UTC), "UTC", 60,
                                [REMOVED], "ics", 1, status="active", uid="sync")
    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{db}"\n[telegram]\nchats = [{GROUP}]\n[[events]]\ntitle = "Far call"\n'
                    'start = "2030-05-06T10:00"\nchats = [-999]\n')
    result = CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2030-12-31", "--json"])
    assert 0 == result.exit_code, result.output
    assert ["Far call"] == [e["title"] for e in json.loads(result.stdout)]       # (the orphan is not reminded)
    assert "warning: event 'Far call' reminds chat(s) -999, not in [telegram] chats" in result.stderr
    assert "warning: events #1 'Private workshop', 'Outreach sync' (#2–#4: 3 occurrences) were scheduled for " \
           "chat(s) -4777" in result.stderr
    assert 2 == len(result.stderr.splitlines())
    path.write_text(f'[storage]\ndb = "{db}"\n[telegram]\nchats = [{GROUP}, {REMOVED}]\n[[events]]\n'
                    f'title = "Far call"\nstart = "2030-05-06T10:00"\n')
    result = CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2030-12-31"])
    assert "warning" not in result.stderr and "Private workshop" in result.stdout       # served again


def test_a_bot_admin_sees_and_cancels_an_orphan_from_private_and_no_one_else_sees_it(tmp_path):
    with Store(tmp_path / "a.db") as store:
        eid = store.propose_event("Private workshop", dt.datetime(2026, 12, 2, 15, tzinfo=UTC), "UTC", 60, [REMOVED],
                                  "ics", 5, status="active")
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", events=[declared()], clock=lambda: NOW,
                     default_chats=(GROUP,))
        bot_admin = Member(1, "en", admin=True, bot_admin=True, chat=1)
        (listed,) = d.command("events", "", bot_admin)
        assert f"#{eid} Private workshop — 2 December 2026 (15:00 UTC) (for chat -4777, no longer in [telegram] " \
               "chats: no reminders; /cancel to cancel it)" in listed.html
        for other in (Member(2, "en", chat=GROUP), Member(1, "en", admin=True, bot_admin=True, chat=GROUP)):
            (seen,) = d.command("events", "", other)
            assert "Private workshop" not in seen.html and "LACRALO monthly call" in seen.html
        (cancelled,) = d.command("cancel", str(eid), bot_admin)
        assert "Cancelled: “Private workshop”." == cancelled.html


@pytest.mark.asyncio
async def test_start_up_warns_and_the_job_queue_does_not_remind_an_orphan(tmp_path, seeded, caplog):
    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    start = (dt.datetime.now(UTC) + dt.timedelta(minutes=10)).replace(second=0, microsecond=0)
    with Store(db) as store:
        for title, chats in (("Private workshop", [REMOVED]), ("Webinar on DNS abuse", [GROUP])):
            store.propose_event(title, start, "UTC", 60, chats, "ics", 5, status="active")
    async with FakeTelegram() as tg:
        app = build_application(write_config(tmp_path, tg, db, chats=[GROUP], more="[reminders]\ncheck_seconds = 1\n"),
                                tg.token)
        caplog.set_level(logging.WARNING)
        async with running(app):
            await tg.wait_for("sendMessage", timeout=15)
            await asyncio.sleep(2.5)
    assert [GROUP] == [m["chat_id"] for m in tg.sent_messages() if m["text"].startswith("⏰")]
    warned = [r.getMessage() for r in caplog.records if "no longer in [telegram] chats" in r.getMessage()]
    assert ["event #1 was scheduled for chat(s) -4777, no longer in [telegram] chats: not reminded; a bot "
            "admin sees it in /events from private and may /cancel it, or add the chat back"] == warned
    assert not any(tg.token in r.getMessage() or "Private workshop" in r.getMessage() for r in caplog.records)


def test_an_event_scheduled_for_no_chat_is_not_said_to_need_bot_toml(tmp_path):
    db = tmp_path / "acta.db"
    with Store(db) as store:            # /schedule in the console while [telegram] chats was empty
        store.propose_event("Atelier IDN", dt.datetime(2030, 5, 6, 15, tzinfo=UTC), "UTC", 60, [], "chat", 0,
                            status="active")
    path = tmp_path / "bot.toml"
    path.write_text(f'[storage]\ndb = "{db}"\n[[events]]\ntitle = "Far call"\nstart = "2030-05-06T10:00"\n')
    result = CliRunner().invoke(cli, ["events", "--config", str(path), "--until", "2030-12-31"])
    assert ["warning: event 'Far call' has no chat to remind: set [telegram] chats (or the event's chats) in bot.toml",
            "warning: event #1 'Atelier IDN' was scheduled for no chat, and reminds no one: /cancel it, and schedule "
            "it from the group it is for (or import it with `acta import-ics --chat ID`)"] == result.stderr.splitlines()
