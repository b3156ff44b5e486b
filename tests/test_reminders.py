"""Reminders with a controllable clock: planned in SQLite, sent once, late or skipped after downtime."""
from __future__ import annotations

import asyncio
import datetime as dt


from jobs import reminders
from jobs.calendar import Event, duration
from knowledge.store import Store

UTC = dt.timezone.utc
OFFSETS = [duration(x) for x in ("1d", "1h", "10m")]
CALL = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100, -200))
DEC = dt.datetime(2026, 12, 21, 23, 0, tzinfo=UTC)     # the December call


def at(**delta) -> dt.datetime:
    return DEC - dt.timedelta(**delta)


class Outbox:
    def __init__(self, fail_chats=()):
        self.sent, self.dues, self.fail_chats = [], [], set(fail_chats)

    async def __call__(self, due):
        if due.chat_id in self.fail_chats:
            raise PermissionError("bot was blocked")
        self.sent.append((due.chat_id, due.start_utc, due.late))
        self.dues.append(due)


def run(store, now, outbox, events=(CALL,)):
    reminders.plan(store, events, OFFSETS, now)
    return asyncio.run(reminders.deliver(store, events, now, outbox))


def test_planning_is_idempotent_and_follows_the_calendar(tmp_path):
    with Store(tmp_path / "a.db") as store:
        assert 2 * 3 * 2 == reminders.plan(store, [CALL], OFFSETS, at(days=2), horizon=dt.timedelta(days=40))
        assert 0 == reminders.plan(store, [CALL], OFFSETS, at(days=2), horizon=dt.timedelta(days=40))
        first = [r for r in store.reminders() if r["chat_id"] == -100][:3]
        assert ["2026-12-20T23:00:00+00:00", "2026-12-21T22:00:00+00:00", "2026-12-21T22:50:00+00:00"] == [
            r["send_at_utc"] for r in first]


def test_each_reminder_goes_out_once_on_time(tmp_path):
    with Store(tmp_path / "a.db") as store:
        outbox = Outbox()
        assert [] == run(store, at(days=2), outbox)
        run(store, at(days=1), outbox)                       # the one-day reminders
        run(store, at(days=1) + dt.timedelta(seconds=30), outbox)   # a later tick: nothing again
        assert [(-100, DEC, False), (-200, DEC, False)] == outbox.sent
        run(store, at(hours=1), outbox)
        run(store, at(minutes=10), outbox)
        assert 6 == len(outbox.sent) and not any(late for *_, late in outbox.sent)


def test_a_restart_or_a_second_instance_never_sends_twice(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as one, Store(path) as two:
        reminders.plan(one, [CALL], OFFSETS, at(days=2))
        outbox = Outbox()
        now = at(days=1)
        results = asyncio.run(_both(one, two, now, outbox))
        assert 2 == len(outbox.sent) == sum(len(r) for r in results)
    with Store(path) as restarted:                              # after a restart
        outbox2 = Outbox()
        run(restarted, at(days=1) + dt.timedelta(minutes=5), outbox2)
        assert [] == outbox2.sent


async def _both(one, two, now, outbox):
    return await asyncio.gather(reminders.deliver(one, [CALL], now, outbox),
                                reminders.deliver(two, [CALL], now, outbox))


def test_missed_while_down_is_sent_late_if_still_useful_else_skipped(tmp_path, caplog):
    with Store(tmp_path / "a.db") as store:
        reminders.plan(store, [CALL], OFFSETS, at(days=2))
        outbox = Outbox()
        run(store, at(minutes=30), outbox)          # down for a day: the 1h one goes late, the 1d one is superseded
        assert sorted([(-100, DEC, True), (-200, DEC, True)]) == sorted(outbox.sent)
        statuses = sorted((r["send_at_utc"][11:16], r["status"]) for r in store.reminders()
                          if r["occurrence_utc"].startswith("2026-12-21") and r["chat_id"] == -100)
        assert [("22:00", "late"), ("22:50", "pending"), ("23:00", "skipped")] == statuses
    with Store(tmp_path / "b.db") as store:
        reminders.plan(store, [CALL], OFFSETS, at(days=2))
        outbox = Outbox()
        asyncio.run(reminders.deliver(store, [CALL], DEC + dt.timedelta(minutes=5), outbox))   # after the start
        assert [] == outbox.sent
        assert 6 == sum(1 for r in store.reminders() if r["status"] == "skipped")
        assert "skipped: the event started" in caplog.text


def test_an_event_planned_after_its_reminder_times_is_reminded_now_not_late(tmp_path):
    with Store(tmp_path / "a.db") as store:
        outbox = Outbox()
        run(store, at(minutes=30), outbox)          # declared (or scheduled) half an hour before it starts
        assert sorted([(-100, DEC, False), (-200, DEC, False)]) == sorted(outbox.sent)
        statuses = sorted((r["send_at_utc"][11:16], r["status"]) for r in store.reminders()
                          if r["occurrence_utc"].startswith("2026-12-21") and r["chat_id"] == -100)
        assert [("22:00", "sent"), ("22:50", "pending"), ("23:00", "skipped")] == statuses
        # The bot down after that, the next one is late again.
        run(store, at(minutes=5), outbox)
        assert sorted([(-100, DEC, True), (-200, DEC, True)]) == sorted(outbox.sent[2:])


def test_a_failing_chat_is_recorded_and_the_others_still_get_theirs(tmp_path):
    with Store(tmp_path / "a.db") as store:
        outbox = Outbox(fail_chats={-100})
        reminders.plan(store, [CALL], OFFSETS, at(days=2))
        run(store, at(days=1), outbox)
        assert [(-200, DEC, False)] == outbox.sent
        failed = [r for r in store.reminders() if r["status"] == "failed"]
        assert [(-100, "PermissionError")] == [(r["chat_id"], r["error"]) for r in failed]


def test_a_reminder_telegram_could_not_take_for_now_is_sent_at_the_next_tick(tmp_path):
    from knowledge.errors import TryAgain

    class Flaky(Outbox):
        async def __call__(self, due):
            if due.chat_id == -100 and not self.failed:
                self.failed = True
                raise TryAgain("TimedOut")
            await super().__call__(due)

    with Store(tmp_path / "a.db") as store:
        outbox = Flaky()
        outbox.failed = False
        run(store, at(days=1), outbox)
        assert [(-200, DEC, False)] == outbox.sent
        assert "pending" == next(r["status"] for r in store.reminders() if r["chat_id"] == -100
                                 and r["send_at_utc"] == at(days=1).isoformat())
        run(store, at(days=1) + dt.timedelta(seconds=30), outbox)
        assert [(-200, DEC, False), (-100, DEC, False)] == outbox.sent
        assert not [r for r in store.reminders() if r["status"] == "failed"]


def test_editing_or_removing_an_event_updates_its_pending_reminders(tmp_path):
    with Store(tmp_path / "a.db") as store:
        now = at(days=3)
        reminders.plan(store, [CALL], OFFSETS, now)
        moved = Event.declared("LACRALO monthly call", "2026-01-19T22:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO",
                               chats=(-100,))
        reminders.plan(store, [moved], OFFSETS, now)
        pending = [r for r in store.reminders() if r["status"] == "pending"]
        assert pending and all(r["occurrence_utc"].endswith("22:00:00+00:00") and r["chat_id"] == -100
                               for r in pending)
        reminders.plan(store, [], OFFSETS, now)
        assert [] == [r for r in store.reminders() if r["status"] == "pending"]


def test_renaming_an_event_does_not_send_its_reminders_again(tmp_path):
    with Store(tmp_path / "a.db") as store:
        outbox = Outbox()
        run(store, at(hours=1), outbox)
        renamed = Event.declared("LACRALO monthly call (fixed)", "2026-01-19T23:00", "UTC",
                                 "FREQ=MONTHLY;BYDAY=3MO", chats=(-100, -200))
        sent = len(outbox.sent)
        run(store, at(minutes=55), outbox, events=(renamed,))
        assert sent == len(outbox.sent)


def test_a_reminder_interrupted_while_sending_is_reported_not_dropped(tmp_path, caplog):
    with Store(tmp_path / "a.db") as store:
        reminders.plan(store, [CALL], OFFSETS, at(days=2))
        (first, *_) = store.due_reminders(at(days=1))
        assert store.claim_reminder(first["id"], at(days=1))             # then the process died
        asyncio.run(reminders.deliver(store, [CALL], at(days=1) + dt.timedelta(minutes=15), Outbox()))
        row = next(r for r in store.reminders() if r["id"] == first["id"])
        assert ("failed", "interrupted while sending") == (row["status"], row["error"])
        assert "interrupted while sending" in caplog.text


def test_a_summary_cut_off_after_its_first_message_is_not_posted_again(tmp_path):
    from jobs.summaries import post_due_summaries
    from knowledge import ingest
    from knowledge.errors import TryAgain

    from conftest import DEMO

    calls = []

    async def send(mid, chat):
        calls.append((mid, chat))
        raise TryAgain("TimedOut", sent=1 if len(calls) == 1 else 0)

    with Store(tmp_path / "a.db") as store:
        store.summaries_to_post([-100, -200])           # the archive (none) is what the bot starts with
        ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=10_000_000)
        asyncio.run(post_due_summaries(store, [-100, -200], send))
        asyncio.run(post_due_summaries(store, [-100, -200], send))
        # -100 got its first message: recorded, never sent again; -200 got nothing: tried at each tick
        assert [-100, -200, -200] == [chat for _, chat in calls]
        rows = dict(store.db.execute("SELECT chat_id, error FROM summary_posts").fetchall())
        assert rows[-100].startswith("cut off after 1 message(s)") and -200 not in rows


def test_a_chat_added_later_gets_the_summaries_of_meetings_ingested_after(tmp_path):
    from knowledge import ingest

    from conftest import DEMO

    def ingested(name):
        ingest.ingest_file(store, str(DEMO / name), max_bytes=10_000_000)

    with Store(tmp_path / "a.db") as store:
        ingested("naralo-2026-10-12-en.txt")            # the archive the bot starts with: no summary
        assert [] == store.summaries_to_post([-100])
        ingested("afralo-2026-10-05-fr.txt")
        assert [("afralo-2026-10-05-fr", -100)] == store.summaries_to_post([-100])
        # -200 added to [telegram] chats now: not the summaries of what came before it
        assert [("afralo-2026-10-05-fr", -100)] == store.summaries_to_post([-100, -200])
        ingested("lacralo-2026-10-26-pt.txt")
        assert [("afralo-2026-10-05-fr", -100), ("lacralo-webinar-2026-10-26-pt", -100), ("lacralo-webinar-2026-10-26-pt", -200)
                ] == store.summaries_to_post([-100, -200])
        # -200 removed, then added again: what came meanwhile is no news to it either.
        assert [] == [p for p in store.summaries_to_post([-100]) if p[1] == -200]
        ingested("lacralo-2026-09-21-en.txt")
        assert [] == [p for p in store.summaries_to_post([-100, -200]) if p[1] == -200]


def test_a_call_in_bot_toml_and_in_an_imported_calendar_is_reminded_once(tmp_path):
    from jobs import calendar
    with Store(tmp_path / "a.db") as store:
        # The community calendar's export holds December's call (another chat too), and a webinar that
        # hour; a different call of another group at the same time stays another call.
        for title, chats in (("LACRALO Monthly Call – Spanish channel", [-100, -300]), ("IDN webinar", [-100]),
                             ("NARALO monthly call", [-100]), ("Monthly call", [-400])):     # (another group's)
            eid = store.propose_event(title, DEC, "UTC", 60, chats, "ics", 1, "https://zoom.example/j/1")
            store.set_event_status(eid, "active")
        events = calendar.with_stored([CALL], store)
        outbox = Outbox()
        run(store, at(minutes=10), outbox, events)
        assert sorted([(-100, DEC, False)] * 3 + [(-200, DEC, False), (-300, DEC, False), (-400, DEC, False)]
                      ) == sorted(outbox.sent)
        assert {"https://zoom.example/j/1"} == {due.event.link for due in outbox.dues if due.title == CALL.title}
        sent = {(r["chat_id"], r["title"]) for r in store.reminders()}
        assert {(-100, "LACRALO monthly call"), (-200, "LACRALO monthly call"), (-300, "LACRALO monthly call"),
                (-100, "IDN webinar"), (-100, "NARALO monthly call"), (-400, "Monthly call")} == sent
        (december,) = [o for o in calendar.upcoming(events, at(days=1), DEC) if o.event.title == CALL.title]
        assert ((-100, -200, -300), "https://zoom.example/j/1") == (december.event.chats, december.event.link)


def test_a_meeting_ingested_after_the_newest_was_deleted_is_news(tmp_path):
    from knowledge import ingest

    from conftest import DEMO

    with Store(tmp_path / "a.db") as store:
        for name in ("naralo-2026-10-12-en.txt", "afralo-2026-10-05-fr.txt"):
            ingest.ingest_file(store, str(DEMO / name), max_bytes=10_000_000)
        assert [] == store.summaries_to_post([-100])                 # the archive
        store.delete("afralo-2026-10-05-fr")
        ingest.ingest_file(store, str(DEMO / "lacralo-2026-10-26-pt.txt"), max_bytes=10_000_000)
        assert [("lacralo-webinar-2026-10-26-pt", -100)] == store.summaries_to_post([-100])
        assert ["naralo-2026-10-12-en", "lacralo-webinar-2026-10-26-pt"] == [
            mid for mid, _ in sorted(store.meeting_numbers().items(), key=lambda x: x[1])]


def test_deleting_the_version_a_summary_went_out_from_does_not_post_it_again(tmp_path):
    import asyncio as aio

    from jobs.summaries import post_due_summaries
    from knowledge import ingest

    from conftest import DEMO

    posted = []

    async def send(mid, chat):
        posted.append((mid, chat))

    with Store(tmp_path / "a.db") as store:
        store.summaries_to_post([-100])
        for name in ("lacralo-2026-09-21-en.txt", "lacralo-2026-09-21-es.txt"):
            ingest.ingest_file(store, str(DEMO / name), max_bytes=10_000_000)
        aio.run(post_due_summaries(store, [-100], send))
        store.delete("lacralo-2026-09-21-en")
        aio.run(post_due_summaries(store, [-100], send))
        assert [("lacralo-2026-09-21-en", -100)] == posted


def test_a_call_of_every_chat_and_its_imported_copy_are_one(tmp_path):
    from jobs import calendar
    everywhere = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO")
    with Store(tmp_path / "a.db") as store:
        eid = store.propose_event("LACRALO Monthly Call", DEC, "UTC", 60, [-100], "ics", 1, "")
        store.set_event_status(eid, "active")
        found = [o for o in calendar.upcoming(calendar.with_stored([everywhere], store), at(days=1), DEC)]
        assert [("LACRALO monthly call", (-100,))] == [(o.event.title, o.event.chats) for o in found]
