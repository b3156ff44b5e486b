"""Dates announced in calls: offered to admins as events from a summary, scheduled in one tap (in
each group), and listed by /events until scheduled."""
from __future__ import annotations

import datetime as dt

from bot.dialogue import Dialogue, Member
from jobs import calendar
from knowledge import ingest
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import CALL_2016, DEMO, _need_corpus
from scheduling_context import ADMIN, MEMBER, NOW, UTC


def test_dates_in_a_summary_are_offered_to_admins_as_events(tmp_path):
    _need_corpus()
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_file(store, str(CALL_2016), max_bytes=10_000_000)
        then = dt.datetime(2016, 6, 21, tzinfo=UTC)
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: then, default_chats=(-100,))
        replies = d.summary("lacralo-2016-06-20-fr", "en")
        offer = next(b for b in replies[-1].buttons if "Montevideo" in b.label)
        assert "📅 Schedule: 30 August 2016, Montevideo" == offer.label
        # No time was said: nothing is saved at a made-up hour; the admin is given the command to send.
        (ask,) = d.button(offer.data, ADMIN)
        assert ask.html.endswith("/schedule 30 August 2016 HH:MM UTC | LACRALO · Montevideo")
        assert [] == store.scheduled_events()
        command = ask.html.rsplit("/schedule ", 1)[1].replace("HH:MM", "18:00")
        (proposal,) = d.command("schedule", command, ADMIN)
        assert proposal.html.startswith("Schedule “LACRALO · Montevideo” on 30 August 2016 (18:00 UTC")


def test_a_time_said_in_the_call_is_scheduled_in_one_tap_titled_by_its_item_or_sentence(tmp_path):
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=10_000_000)
        then = dt.datetime(2026, 10, 27, tzinfo=UTC)
        d = Dialogue(store, Answerer(store, Searcher(store)), "pt", clock=lambda: then, default_chats=(-100,))
        buttons = d.summary("lacralo-webinar-2026-10-26-pt", "pt")[-1].buttons
        bogota = next(b for b in buttons if "Bogotá" in b.label)
        (ask,) = d.button(bogota.data, Member(1, "pt", admin=True))
        assert "«Sobre o evento regional de LACRALO em Bogotá»" in ask.html      # the item it was said in
        timed = next(b for b in buttons if "29 de outubro" in b.label)
        (done,) = d.button(timed.data, Member(1, "pt", admin=True))
        [event] = store.scheduled_events()
        assert ("2026-10-29T14:00:00+00:00", "transcript") == (event["start_utc"], event["source"])
        assert event["title"].startswith("Eu só queria lembrar que na próxima quinta-feira") and event["title"].endswith("…")
        assert len(event["title"]) <= 101 and done.html.startswith("Agendado (n.º 1)")
        (again,) = d.button(timed.data, Member(1, "pt", admin=True))     # a second tap: already scheduled
        assert 1 == len(store.scheduled_events()) and "(n.º 1)" in again.html


def test_one_tap_in_two_groups_schedules_for_each(tmp_path):
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=10_000_000)
        then = dt.datetime(2026, 10, 27, tzinfo=UTC)
        d = Dialogue(store, Answerer(store, Searcher(store)), "pt", clock=lambda: then, default_chats=(-100, -200))
        timed = next(b for b in d.summary("lacralo-webinar-2026-10-26-pt", "pt")[-1].buttons if "29 de outubro" in b.label)
        for group in (-200, -100):       # each group's own administrator taps it
            d.button(timed.data, Member(7, "pt", chat=group, admin=True))
        assert [[-200], [-100]] == [e["chats"] for e in store.scheduled_events()]
    with Store(tmp_path / "b.db") as store:         # for every chat (none configured): a second tap, no second event
        ingest.ingest_paths(store, [DEMO], max_bytes=10_000_000)
        d = Dialogue(store, Answerer(store, Searcher(store)), "pt", clock=lambda: then)
        for _ in range(2):
            d.button(timed.data, Member(1, "pt", admin=True))
        assert 1 == len(store.scheduled_events())


def test_events_also_lists_the_dates_announced_in_recent_calls_until_scheduled(tmp_path):
    from knowledge import announced

    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=10_000_000)
        then = dt.datetime(2026, 10, 27, tzinfo=UTC)
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: then, default_chats=(-100,))
        said = announced.announced(store, then.date(), 120, then.date() - dt.timedelta(days=120))
        assert said and all("2026-10-27" <= a.mention.date <= "2027-02-24" for a in said)
        assert all(a.mention.place or a.mention.time_utc for a in said)     # events, not errands ("by Friday")
        assert [a.mention.date for a in said] == sorted(a.mention.date for a in said)
        lines = d.command("events", "", MEMBER)[0].html.split("\n")
        assert lines[:3] == ["No event is scheduled.", "", "<b>Announced in calls (not in the calendar):</b>"]
        assert len(lines) == 3 + len(said) and len(said) < 10
        toronto = next(line for line in lines if "Toronto" in line)
        assert toronto.startswith("• 3 December 2026, Toronto — «As you know, NARALO is organizing a community "
                                  "outreach event on 3 December in Toronto")
        assert toronto.endswith("» — Nadine Tremblay, NARALO monthly call, 12 October 2026")
        assert any(line.startswith("• 3–4 December 2026, Bogotá — «") for line in lines)
        # Scheduled from the summary's button: listed as scheduled, no longer as announced.
        timed = next(b for b in d.summary("lacralo-webinar-2026-10-26-pt", "en")[-1].buttons if "29 October" in b.label)
        d.button(timed.data, ADMIN)
        again = d.command("events", "", MEMBER)[0].html.split("\n")
        assert again[0] == "<b>Upcoming events:</b>" and again[1].startswith("#1 ")
        bullets = [line for line in lines if line.startswith("• ")]
        assert [line for line in again if line.startswith("• ")] == [b for b in bullets if not b.startswith("• 29 October")]
        assert len(bullets) == len(said) and any(b.startswith("• 29 October 2026 (14:00 UTC) — «") for b in bullets)
        # Calls held before the window are not read.
        assert [] == announced.announced(store, then.date(), 120, dt.date(2026, 10, 27))


def test_a_date_announced_in_several_calls_is_listed_once_as_the_latest_said_it(tmp_path):
    from knowledge import announced

    later = tmp_path / "naralo-2026-11-09-en.txt"
    later.write_text("RACHEL O'CONNOR: Welcome to the NARALO monthly call on Monday, 9 November 2026.\n\n"
                     "NADINE TREMBLAY: The outreach event on 3 December in Toronto now has forty places.\n",
                     encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DEMO / "naralo-2026-10-12-en.txt", later], max_bytes=10_000_000)
        said = announced.announced(store, dt.date(2026, 11, 10), 120, dt.date(2026, 7, 1))
    toronto = [a for a in said if a.mention.place == "Toronto"]
    assert [("2026-12-03", "naralo-2026-11-09-en")] == [(a.mention.date, a.meeting.id) for a in toronto]
    assert "forty places" in toronto[0].mention.text


def test_events_says_how_many_more_it_did_not_list(tmp_path):
    weekly = calendar.Event.declared("Weekly sync", "2026-11-23T15:00", "UTC", "FREQ=WEEKLY", chats=(-100,))
    with Store(tmp_path / "a.db") as store:
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", events=[weekly], clock=lambda: NOW)
        lines = d.command("events", "", MEMBER)[0].html.split("\n")
        listed = [line for line in lines if line.startswith("Weekly sync — ")]
        assert 10 == len(listed)
        assert "… and 7 more until 15 March 2027: /calendar gives them all (.ics)." == lines[len(listed) + 1]
        in_spanish = d.command("events", "", Member(2, "es"))[0].html
        assert "… y 7 más hasta el 15 de marzo de 2027: /calendar los da todos (.ics)." in in_spanish
        d.events = [calendar.Event.declared("Monthly", "2026-11-23T15:00", "UTC", "FREQ=MONTHLY", chats=(-100,))]
        assert "more until" not in d.command("events", "", MEMBER)[0].html
