"""The bot's scheduled jobs through PTB's real job queue and HTTP client, against the fake Bot
API: post-call summaries, reminders and surveys."""
from __future__ import annotations

import asyncio
import contextlib
import shutil

import pytest

from bot.app import build_application
from knowledge import ingest
from knowledge.store import Store

from conftest import DEMO, GROUP, running, write_config
from fake_telegram import FakeTelegram, inline_buttons


@contextlib.asynccontextmanager
async def summary_poster(tmp_path, seeded, chats):
    """A started bot over a copy of the seeded archive, and the summary job as its queue runs it."""
    from bot.handlers import post_summaries

    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)           # the archive: ingested before, never posted
    async with FakeTelegram() as tg:
        app = build_application(write_config(tmp_path, tg, db, chats=chats), tg.token)
        await app.initialize()
        await app.post_init(app)
        context = type("Context", (), {"application": app, "bot": app.bot})()
        try:
            yield tg, app, db, lambda: post_summaries(context)
        finally:
            await app.post_shutdown(app)
            await app.shutdown()


@pytest.mark.asyncio
async def test_summaries_are_posted_once_per_new_meeting_and_chat(tmp_path, seeded):
    async with summary_poster(tmp_path, seeded, [GROUP, -4002]) as (tg, app, db, post_summaries):
        svc = app.bot_data["services"]
        await post_summaries()
        assert [] == tg.sent_messages()
        with Store(db) as other:      # `acta ingest` from another process while the bot runs
            ingest.ingest_file(other, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=10_000_000)
        tg.fail_next("sendMessage", error_code=403, times=1)     # the first chat has blocked the bot
        await post_summaries()
        posted = tg.sent_messages()
        assert {-4002} == {m["chat_id"] for m in posted}
        assert posted[0]["text"].startswith("NARALO monthly call, 12 October 2026, 19:00 UTC")
        assert "Full transcript" in [b["text"] for b in inline_buttons(posted[-1])]
        before = len(tg.sent_messages())
        await post_summaries()                                   # again, or after a restart: nothing new
        assert before == len(tg.sent_messages())
        failed = svc.store.db.execute("SELECT chat_id, error FROM summary_posts WHERE error IS NOT NULL").fetchall()
        assert [(GROUP, "Forbidden")] == failed


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore:Deprecated since version v22.2:DeprecationWarning")     # PTB's own, on retry_after
async def test_a_summary_telegram_could_not_take_for_now_is_posted_at_the_next_tick(tmp_path, seeded):
    async with summary_poster(tmp_path, seeded, [GROUP]) as (tg, app, db, post_summaries):
        await post_summaries()                                   # the archive: not posted
        with Store(db) as other:
            ingest.ingest_file(other, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=10_000_000)
        tg.fail_next("sendMessage", error_code=429, retry_after=1)   # flood control
        await post_summaries()
        tg.fail_next("sendMessage", error_code=502, times=1)     # Bad Gateway: the network, not the chat
        await post_summaries()
        assert [] == tg.sent_messages()
        await post_summaries()
        posted = tg.sent_messages()
        assert posted and posted[0]["text"].startswith("NARALO monthly call, 12 October 2026")
        svc = app.bot_data["services"]
        assert [(GROUP, None)] == svc.store.db.execute("SELECT chat_id, error FROM summary_posts").fetchall()


@pytest.mark.asyncio
async def test_a_call_in_two_languages_is_posted_once_in_the_chats_language(tmp_path, seeded):
    async with summary_poster(tmp_path, seeded, [GROUP]) as (tg, app, db, post_summaries):
        await post_summaries()
        with Store(db) as other:      # the Spanish channel arrives first: it is the call's root
            for name in ("lacralo-2026-09-21-es.txt", "lacralo-2026-09-21-en.txt"):
                ingest.ingest_file(other, str(DEMO / name), max_bytes=10_000_000)
        await post_summaries()
        posted = tg.sent_messages()
        assert posted and {GROUP} == {m["chat_id"] for m in posted}
        assert posted[0]["text"].startswith("LACRALO monthly call, 21 September 2026")
        assert "s:en:lacralo-2026-09-21-en" in [b["callback_data"] for b in inline_buttons(posted[-1])]


@pytest.mark.asyncio
async def test_the_job_queue_sends_a_due_reminder_once(tmp_path, seeded):
    import datetime as dt

    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    # The 10-minute reminder falls due within the last minute: on time, not late.
    start = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10)).replace(second=0, microsecond=0)
    async with FakeTelegram() as tg:
        config = write_config(tmp_path, tg, db, more=f'[reminders]\ncheck_seconds = 1\n[display]\ntimezones = ["UTC", '
                              f'"America/Bogota"]\n[[events]]\ntitle = "Webinar on DNS abuse"\n'
                              f'start = "{start:%Y-%m-%dT%H:%M}"\ntimezone = "UTC"\nlink = "https://example.org/j"\n'
                              f'chats = [{GROUP}]\n')
        async with running(build_application(config, tg.token)):     # the real job queue (APScheduler)
            await tg.wait_for("sendMessage", timeout=15)
            await asyncio.sleep(2.5)      # two more ticks: nothing more is sent
        sent_all = tg.sent_messages(GROUP)
        assert 1 == len(sent_all), [m["text"][:80] for m in sent_all]
        sent = sent_all[0]
        assert sent["text"].startswith("⏰ Reminder — Webinar on DNS abuse")
        assert f"{start:%H:%M} UTC · " in sent["text"] and "https://example.org/j" in sent["text"]


@pytest.mark.asyncio
async def test_a_survey_is_posted_as_polls_and_answers_are_recorded(tmp_path, seeded):
    import datetime as dt

    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    start = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=61)).replace(second=0, microsecond=0)
    async with FakeTelegram() as tg:
        config = write_config(tmp_path, tg, db, more=f'[reminders]\ncheck_seconds = 1\n[[events]]\ntitle = "DNS webinar"\n'
                              f'start = "{start:%Y-%m-%dT%H:%M}"\ntimezone = "UTC"\nduration = "1h"\nchats = [{GROUP}]\n'
                              'survey = ["Was the technology good?", "Did the speaker master the subject?"]\n'
                              'survey_options = ["yes", "no"]\n')
        app = build_application(config, tg.token)
        tg.fail_next("sendPoll", error_code=502, times=1)       # Bad Gateway: the survey is posted at a later tick
        async with running(app, polling=True):
            polls = (await tg.wait_for("sendPoll", count=3, timeout=15))[-2:]
            assert ["Was the technology good?", "Did the speaker master the subject?"] == [p["question"] for p in polls]
            assert all(p.get("is_anonymous") is False for p in polls)
            svc = app.bot_data["services"]
            (survey,) = svc.store.surveys("open")
            poll_ids = [p["poll_id"] for p in svc.store.survey_polls(survey["id"])]
            tg.push_poll_answer(poll_ids[0], user_id=71, option_ids=[0])
            for _ in range(50):
                if svc.store.db.execute("SELECT count(*) FROM poll_answers").fetchone()[0]:
                    break
                await asyncio.sleep(0.1)
            assert [("yes", 1), ("no", 0)] == svc.store.poll_counts(survey["id"])[0][1]


@pytest.mark.asyncio
async def test_an_ics_invitation_moving_one_call_of_bot_toml_moves_its_reminders(tmp_path, seeded):
    import datetime as dt

    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    start = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10)).replace(second=0, microsecond=0)
    moved = start + dt.timedelta(minutes=50)        # its one-hour reminder is due now, bot.toml's 10-minute one too
    with Store(db) as store:      # the Spanish invitation moving that call, imported for the group
        store.propose_event("Llamada mensual de LACRALO", moved, "UTC", 60, [GROUP], "ics", 5, status="active",
                            uid="call@lacralo", slot_utc=start.isoformat())
    async with FakeTelegram() as tg:
        config = write_config(tmp_path, tg, db, chats=[GROUP], more=f'[reminders]\ncheck_seconds = 1\n[[events]]\n'
                              f'title = "LACRALO monthly call"\nstart = "{start:%Y-%m-%dT%H:%M}"\ntimezone = "UTC"\n'
                              f'rrule = "FREQ=WEEKLY"\nlink = "https://example.org/j"\n')
        async with running(build_application(config, tg.token)):
            await tg.wait_for("sendMessage", timeout=15)
            await asyncio.sleep(2.5)
    sent = [m["text"] for m in tg.sent_messages(GROUP)]
    assert 1 == len(sent), [t[:80] for t in sent]
    assert sent[0].startswith("⏰ Reminder — LACRALO monthly call") and f"{moved:%H:%M} UTC" in sent[0]
    assert "https://example.org/j" in sent[0]              # (bot.toml's link goes with it)


@contextlib.asynccontextmanager
async def clocked_bot(tmp_path, seeded, events_toml: str, chats, stored=(), restart: bool = False):
    """A started bot (its real job queue ticking every second) over a copy of the seeded archive
    (``restart``: over the database a bot before it left), with ``stored`` events (propose_event's
    arguments) and a clock the test sets: ``clock[0]``."""
    import datetime as dt

    db = tmp_path / "acta.db"
    if not restart:
        shutil.copy(seeded, db)
    with Store(db) as store:
        for args, kwargs in stored:
            store.propose_event(*args, **kwargs)
    clock = [dt.datetime(2026, 12, 2, 12, tzinfo=dt.timezone.utc)]
    async with FakeTelegram() as tg:
        config = write_config(tmp_path, tg, db, chats=chats, more="[reminders]\ncheck_seconds = 1\n" + events_toml)
        def clocked(app):
            app.bot_data["services"].dialogue.clock = lambda: clock[0]
        async with running(build_application(config, tg.token), ready=clocked) as app:
            yield tg, app, clock


WEBINAR_AT = "2026-12-02T20:00"
SURVEYED = ('[[events]]\ntitle = "LACRALO monthly call"\nstart = "{start}"\ntimezone = "UTC"\nrrule = "{rrule}"\n'
            'duration = "1h"\nchats = {chats}\nsurvey = ["Was the call useful?"]\nsurvey_options = ["yes", "no"]\n')


@pytest.mark.asyncio
async def test_a_survey_goes_to_the_chats_its_reminders_go_to_not_to_a_group_no_longer_served(tmp_path, seeded):
    import datetime as dt

    start = dt.datetime(2026, 12, 2, 20, tzinfo=dt.timezone.utc)
    # The same call imported for this group, one since removed from [telegram] chats, and another still served
    imported = (("Llamada mensual de LACRALO", start, "UTC", 60, [GROUP, -4002, -4003], "ics", 5),
                {"status": "active", "uid": "call@lacralo"})
    toml = SURVEYED.format(start=WEBINAR_AT, rrule="", chats=f"[{GROUP}]")
    async with clocked_bot(tmp_path, seeded, toml, [GROUP, -4003], [imported]) as (tg, app, clock):
        clock[0] = start + dt.timedelta(minutes=30)            # the call is on: no survey yet
        await asyncio.sleep(2.5)
        assert [] == tg.calls_of("sendPoll")
        clock[0] = start + dt.timedelta(hours=1, minutes=1)    # it ended
        await tg.wait_for("sendPoll", count=2, timeout=15)
        await asyncio.sleep(2)
        polls = tg.calls_of("sendPoll")
    assert [-4003, GROUP] == sorted(p["chat_id"] for p in polls)     # not -4002, whose reminders stopped too
    assert {"Was the call useful?"} == {p["question"] for p in polls}


@pytest.mark.asyncio
async def test_a_call_an_invitation_moved_is_surveyed_after_it_ends_not_after_the_slot_it_left(tmp_path, seeded):
    import datetime as dt

    start = dt.datetime(2026, 12, 2, 20, tzinfo=dt.timezone.utc)
    moved = start + dt.timedelta(hours=3)
    # The Spanish invitation moving that week's call, for this group and one no longer served
    invitation = (("Llamada mensual de LACRALO", moved, "UTC", 60, [GROUP, -4002], "ics", 5),
                  {"status": "active", "uid": "call@lacralo", "slot_utc": start.isoformat()})
    toml = SURVEYED.format(start=WEBINAR_AT, rrule="FREQ=WEEKLY", chats=f"[{GROUP}]")
    async with clocked_bot(tmp_path, seeded, toml, [GROUP], [invitation]) as (tg, app, clock):
        clock[0] = start + dt.timedelta(hours=1, minutes=1)    # the end of the slot it left: nothing
        await asyncio.sleep(2.5)
        assert [] == tg.calls_of("sendPoll")
        clock[0] = moved + dt.timedelta(hours=1, minutes=1)    # the end of the call as moved
        await tg.wait_for("sendPoll", timeout=15)
        await asyncio.sleep(2)
        polls = tg.calls_of("sendPoll")
        (survey,) = app.bot_data["services"].store.surveys("open")
    assert [GROUP] == [p["chat_id"] for p in polls]
    assert ("LACRALO monthly call", moved) == (survey["title"], dt.datetime.fromisoformat(survey["occurrence_utc"]))


@pytest.mark.asyncio
async def test_survey_results_are_not_posted_to_a_group_removed_from_telegram_chats_meanwhile(tmp_path, seeded):
    import datetime as dt

    start = dt.datetime(2026, 12, 2, 20, tzinfo=dt.timezone.utc)
    toml = SURVEYED.format(start=WEBINAR_AT, rrule="", chats="[]")         # ([telegram] chats)
    async with clocked_bot(tmp_path, seeded, toml, [GROUP, -4002]) as (tg, app, clock):
        clock[0] = start + dt.timedelta(hours=1, minutes=1)
        await tg.wait_for("sendPoll", count=2, timeout=15)
    # The operator removes -4002 from [telegram] chats and restarts the bot while the survey is open.
    async with clocked_bot(tmp_path, seeded, toml, [GROUP], restart=True) as (tg, app, clock):
        clock[0] = start + dt.timedelta(hours=49, minutes=1)                # (survey_hours = 48)
        await tg.wait_for("sendMessage", timeout=15)
        await asyncio.sleep(2)
        store = app.bot_data["services"].store
        assert [] == store.surveys("open")
    assert [GROUP] == [m["chat_id"] for m in tg.sent_messages()]
    assert tg.sent_messages()[0]["text"].startswith("Results of the “LACRALO monthly call” survey")
    assert [GROUP] == [c["chat_id"] for c in tg.calls_of("stopPoll")]
