"""Surveys with a controllable clock: posted when the event ends, answers recorded, reminders to
those who have not answered, results at the deadline; each step once."""
from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace

import pytest

from jobs import surveys
from jobs.calendar import CalendarError, Event
from knowledge.store import Store

UTC = dt.timezone.utc
WEBINAR = Event.declared("DNS webinar", "2026-12-02T15:00", "UTC", length="1h", chats=(-100,),
                         survey=("Was the technology good?", "Did the speaker master the subject?"),
                         survey_options=("yes", "no"), survey_hours=24)
END = dt.datetime(2026, 12, 2, 16, 0, tzinfo=UTC)


class Telegram:
    """Stands for the chat: records polls, stops and messages."""

    def __init__(self):
        self.polls, self.stopped, self.said = [], [], []

    async def post_poll(self, chat, question, options):
        self.polls.append((chat, question, tuple(options)))
        return f"poll{len(self.polls)}", 100 + len(self.polls)

    async def stop_poll(self, chat, message_id):
        self.stopped.append((chat, message_id))

    async def say(self, chat, what, values):
        self.said.append((chat, what, values))


def tick(store, now, tg):
    asyncio.run(surveys.tick(store, [WEBINAR], now, tg.post_poll, tg.stop_poll, tg.say, dt.timedelta(hours=12)))


def test_a_survey_runs_from_the_end_of_the_event_to_its_results(tmp_path):
    with Store(tmp_path / "a.db") as store:
        for user, chat in ((1, -100), (2, -100), (3, -100), (2, 2)):     # member 2 has started the bot
            store.saw_member(user, chat, "en")
        tg = Telegram()
        tick(store, END - dt.timedelta(minutes=1), tg)
        assert [] == tg.polls                                               # not before the end
        tick(store, END + dt.timedelta(minutes=1), tg)
        tick(store, END + dt.timedelta(minutes=2), tg)                      # again: nothing twice
        assert [(-100, "Was the technology good?", ("yes", "no")),
                (-100, "Did the speaker master the subject?", ("yes", "no"))] == tg.polls
        assert store.record_poll_answer("poll1", 1, [0]) and store.record_poll_answer("poll2", 1, [1])
        assert store.record_poll_answer("poll1", 3, [1])                    # 3 answered one of two
        assert not store.record_poll_answer("someone-elses-poll", 1, [0])
        tick(store, END + dt.timedelta(hours=13), tg)                       # 11 h before the deadline
        tick(store, END + dt.timedelta(hours=14), tg)
        reminders = [(c, w, v.get("pending")) for c, w, v in tg.said]
        assert [(2, "remind_private", None), (-100, "remind_group", 1)] == reminders
        tick(store, END + dt.timedelta(hours=24), tg)
        tick(store, END + dt.timedelta(hours=25), tg)
        assert [(-100, 101), (-100, 102)] == tg.stopped
        (results,) = [v for c, w, v in tg.said if w == "results"]
        assert 1 == results["answered"]
        assert [("Was the technology good?", [("yes", 1), ("no", 1)]),
                ("Did the speaker master the subject?", [("yes", 0), ("no", 1)])] == results["results"]
        assert [] == store.surveys("open")


@pytest.mark.parametrize("hours, posted_after, silent_until, reminded_at", [
    # A window shorter than the 12 h lead: not as the poll is posted, but once it has been open half its time.
    (2, dt.timedelta(seconds=30), dt.timedelta(minutes=59), dt.timedelta(minutes=62)),
    (12, dt.timedelta(minutes=1), dt.timedelta(hours=6), dt.timedelta(hours=6, minutes=2)),
    # Posted late (the bot was down): half the time it is actually open.
    (24, dt.timedelta(hours=20), dt.timedelta(hours=21, minutes=59), dt.timedelta(hours=22, minutes=1)),
    # A window longer than twice the lead: the lead as before (12 h before the deadline).
    (48, dt.timedelta(minutes=1), dt.timedelta(hours=35, minutes=59), dt.timedelta(hours=36)),
])
def test_members_are_never_reminded_before_the_survey_was_open_half_its_time(tmp_path, hours, posted_after,
                                                                             silent_until, reminded_at):
    import dataclasses
    event = dataclasses.replace(WEBINAR, survey_hours=hours)
    with Store(tmp_path / "a.db") as store:
        store.saw_member(1, -100, "en")
        tg = Telegram()

        def at(delta):
            asyncio.run(surveys.tick(store, [event], END + delta, tg.post_poll, tg.stop_poll, tg.say,
                                     dt.timedelta(hours=12)))
        at(posted_after)
        at(posted_after + dt.timedelta(seconds=30))
        at(silent_until)
        assert 2 == len(tg.polls) and [] == tg.said
        at(reminded_at)
        at(reminded_at + dt.timedelta(minutes=1))
        assert [(-100, "remind_group", 1)] == [(c, w, v["pending"]) for c, w, v in tg.said]


def test_a_survey_open_when_its_opening_was_first_recorded_counts_from_the_upgrade(tmp_path):
    from knowledge import schema
    with Store(tmp_path / "a.db") as store:
        for status in ("open", "closed"):
            store.db["surveys"].insert({"event_key": f"k-{status}", "title": "Call", "chat_id": -100, "status": status,
                                        "occurrence_utc": (END - dt.timedelta(hours=1)).isoformat(),
                                        "deadline_utc": (END + dt.timedelta(hours=2)).isoformat()})
        schema.m017_survey_opened_at_upgrade(store.db)      # (as run on a database from before m016)
        opened = {r["status"]: r["opened_utc"] for r in store.db.query("SELECT status, opened_utc FROM surveys")}
    assert opened["closed"] is None
    upgraded = dt.datetime.fromisoformat(opened["open"])
    assert abs(upgraded - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)
    survey = {"deadline_utc": (upgraded + dt.timedelta(hours=2)).isoformat(), "opened_utc": opened["open"],
              "occurrence_utc": (END - dt.timedelta(hours=1)).isoformat()}
    assert not surveys.reminder_due(survey, upgraded + dt.timedelta(minutes=59), dt.timedelta(hours=12))
    assert surveys.reminder_due(survey, upgraded + dt.timedelta(minutes=61), dt.timedelta(hours=12))


def test_a_restart_or_a_second_instance_posts_a_survey_once(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as one, Store(path) as two:
        tg = Telegram()
        now = END + dt.timedelta(minutes=1)
        asyncio.run(_both(one, two, now, tg))
        assert 2 == len(tg.polls)


async def _both(one, two, now, tg):
    await asyncio.gather(surveys.tick(one, [WEBINAR], now, tg.post_poll, tg.stop_poll, tg.say),
                         surveys.tick(two, [WEBINAR], now, tg.post_poll, tg.stop_poll, tg.say))


@pytest.mark.parametrize("edit", [
    {"title": "DNS abuse webinar"},                                      # renamed
    {"title": "Security talk"},                                          # renamed, the same questions
    {"rrule": "FREQ=WEEKLY;COUNT=2", "survey": ("Good?",)},              # its rule and questions, the same title
])
def test_editing_an_event_after_its_survey_was_posted_does_not_post_it_again(tmp_path, edit):
    import dataclasses
    with Store(tmp_path / "a.db") as store:
        tg = Telegram()
        tick(store, END + dt.timedelta(minutes=1), tg)
        edited = dataclasses.replace(WEBINAR, **edit)                    # bot.toml edited, the bot restarted
        asyncio.run(surveys.tick(store, [edited], END + dt.timedelta(minutes=5), tg.post_poll, tg.stop_poll, tg.say))
        assert 2 == len(tg.polls)


@pytest.mark.parametrize("other", [
    {"title": "UA webinar", "survey": ("Useful?",)},
    {"title": "UA webinar"},            # the same questions, but the first event is still there: another survey
])
def test_another_event_at_that_time_gets_its_own_survey(tmp_path, other):
    import dataclasses
    with Store(tmp_path / "a.db") as store:
        tg = Telegram()
        tick(store, END + dt.timedelta(minutes=1), tg)
        both = [WEBINAR, dataclasses.replace(WEBINAR, **other)]
        asyncio.run(surveys.tick(store, both, END + dt.timedelta(minutes=5), tg.post_poll, tg.stop_poll, tg.say))
        assert [q for _, q, _ in tg.polls[2:]] == list(both[1].survey)


def test_polls_and_results_telegram_cannot_take_for_now_go_out_at_a_later_tick(tmp_path):
    from knowledge.errors import TryAgain

    class Busy(Telegram):
        def __init__(self, busy):
            super().__init__()
            self.busy = busy            # how many calls (of post_poll and of "results") fail for now

        async def post_poll(self, chat, question, options):
            if self.busy:
                self.busy -= 1
                raise TryAgain("TimedOut")
            return await super().post_poll(chat, question, options)

        async def say(self, chat, what, values):
            if what == "results" and self.busy:
                self.busy -= 1
                raise TryAgain("RetryAfter")
            await super().say(chat, what, values)

    with Store(tmp_path / "a.db") as store:
        tg = Busy(busy=1)
        tick(store, END + dt.timedelta(minutes=1), tg)
        assert [] == tg.polls
        tick(store, END + dt.timedelta(minutes=2), tg)
        assert 2 == len(tg.polls)
        tg.busy = 1
        tick(store, END + dt.timedelta(hours=24), tg)
        assert [] == [w for _, w, _ in tg.said if w == "results"]
        tick(store, END + dt.timedelta(hours=24, minutes=1), tg)
        assert ["results"] == [w for _, w, _ in tg.said if w == "results"] and [] == store.surveys("open")
    with Store(tmp_path / "b.db") as store:     # still refused hours after the deadline: given up, not tried forever
        tg = Busy(busy=0)
        tick(store, END + dt.timedelta(minutes=1), tg)
        tg.busy = 1
        tick(store, END + dt.timedelta(hours=24) + surveys.RETRY_RESULTS, tg)
        assert [] == store.surveys("open") and ["closed"] == [s["status"] for s in store.surveys()]


@pytest.mark.parametrize("questions, options, message", [
    (["   "], ["yes", "no"], "1 to 300 characters"),
    (["x" * 301], ["yes", "no"], "1 to 300 characters"),
    (["Good?"], ["only one"], "2 to 10 options"),
])
def test_bad_surveys_are_refused_when_bot_toml_is_read(questions, options, message):
    with pytest.raises(CalendarError, match=message):
        Event.declared("Webinar", "2026-12-02T15:00", "UTC", survey=questions, survey_options=options)


def test_a_chat_that_refuses_the_results_does_not_keep_the_others_waiting(tmp_path):
    two_chats = Event.declared("DNS webinar", "2026-12-02T15:00", "UTC", length="1h", chats=(-1, -2),
                               survey=("Good?",), survey_options=("yes", "no"), survey_hours=1)

    class Refusing(Telegram):
        async def say(self, chat, what, values):
            if chat == -1:
                raise PermissionError("blocked")
            await super().say(chat, what, values)

    with Store(tmp_path / "a.db") as store:
        tg = Refusing()
        tick_ = lambda now: asyncio.run(surveys.tick(store, [two_chats], now, tg.post_poll, tg.stop_poll, tg.say))  # noqa: E731
        tick_(END + dt.timedelta(minutes=1))
        tick_(END + dt.timedelta(hours=2))
        assert [(-2, "results")] == [(c, w) for c, w, _ in tg.said]
        assert [] == store.surveys("open") and [] == store.surveys("closing")


def test_anonymous_polls_report_telegrams_counts(tmp_path):
    class Anonymous(Telegram):
        async def stop_poll(self, chat, message_id):
            await super().stop_poll(chat, message_id)
            return [3, 1]                       # Telegram's tally; no poll_answer ever arrived

    with Store(tmp_path / "a.db") as store:
        tg = Anonymous()
        tick(store, END + dt.timedelta(minutes=1), tg)
        tick(store, END + dt.timedelta(hours=25), tg)
        (results,) = [v for _, w, v in tg.said if w == "results"]
        assert [("yes", 3), ("no", 1)] == results["results"][0][1]


def test_results_posted_at_a_later_tick_keep_telegrams_counts(tmp_path):
    from knowledge.errors import TryAgain

    class AnonymousBusy(Telegram):
        busy = 1

        async def stop_poll(self, chat, message_id):
            if (chat, message_id) in self.stopped:
                raise RuntimeError("poll has already been closed")
            await super().stop_poll(chat, message_id)
            return [3, 1]

        async def say(self, chat, what, values):
            if what == "results" and self.busy:
                self.busy -= 1
                raise TryAgain("TimedOut")
            await super().say(chat, what, values)

    with Store(tmp_path / "a.db") as store:
        tg = AnonymousBusy()
        tick(store, END + dt.timedelta(minutes=1), tg)
        tick(store, END + dt.timedelta(hours=24), tg)            # stopped, the results not taken
        tick(store, END + dt.timedelta(hours=24, minutes=1), tg)
        (results,) = [v for _, w, v in tg.said if w == "results"]
        assert [("yes", 3), ("no", 1)] == results["results"][0][1]
        assert 2 == len(tg.stopped)                               # each poll stopped once


def test_a_poll_telegram_cannot_stop_for_now_is_stopped_at_the_next_tick(tmp_path):
    from knowledge.errors import TryAgain

    class StopBusy(Telegram):
        busy = 1

        async def stop_poll(self, chat, message_id):
            if message_id == 101 and self.busy:
                self.busy -= 1
                raise TryAgain("TimedOut")
            await super().stop_poll(chat, message_id)
            return [3, 1]

    with Store(tmp_path / "a.db") as store:
        tg = StopBusy()
        tick(store, END + dt.timedelta(minutes=1), tg)
        tick(store, END + dt.timedelta(hours=24), tg)
        assert [] == [w for _, w, _ in tg.said if w == "results"]
        tick(store, END + dt.timedelta(hours=24, minutes=1), tg)
        (results,) = [v for _, w, v in tg.said if w == "results"]
        assert [("yes", 3), ("no", 1)] == results["results"][0][1] and [(-100, 101), (-100, 102)] == sorted(tg.stopped)


def test_a_chat_added_after_a_survey_opened_is_not_asked_about_a_call_it_never_had(tmp_path):
    weekly = Event.declared("DNS webinar", "2026-12-02T15:00", "UTC", "FREQ=WEEKLY", length="1h", chats=(-100,),
                            survey=("Was the technology good?",), survey_options=("yes", "no"), survey_hours=24)
    both = Event.declared("DNS webinar", "2026-12-02T15:00", "UTC", "FREQ=WEEKLY", length="1h", chats=(-100, -200),
                          survey=("Was the technology good?",), survey_options=("yes", "no"), survey_hours=24)

    def run(events, now, tg):
        asyncio.run(surveys.tick(store, events, now, tg.post_poll, tg.stop_poll, tg.say, dt.timedelta(hours=12)))

    with Store(tmp_path / "a.db") as store:
        tg = Telegram()
        run([weekly], END + dt.timedelta(minutes=1), tg)                   # the chats there were: -100
        run([both], END + dt.timedelta(hours=2), tg)                       # -200 added while the survey is open
        run([both], END + dt.timedelta(hours=25), tg)                      # …and after it closed
        assert [-100] == [c for c, _, _ in tg.polls]
        run([both], END + dt.timedelta(days=7, minutes=1), tg)             # the next call: both chats had it
        assert [-100, -100, -200] == [c for c, _, _ in tg.polls]
        run([weekly], END + dt.timedelta(days=8), tg)                      # -200 removed…
        run([weekly], END + dt.timedelta(days=14, minutes=1), tg)
        run([both], END + dt.timedelta(days=14, hours=1), tg)              # …and added again: it starts afresh
        assert [-100, -100, -200, -100] == [c for c, _, _ in tg.polls]
        run([both], END + dt.timedelta(days=21, minutes=-30), tg)          # (during a call: it has that one)
        run([both], END + dt.timedelta(days=21, minutes=1), tg)
        assert [-100, -100, -200, -100, -100, -200] == [c for c, _, _ in tg.polls]


def test_the_chats_there_are_when_surveys_first_run_get_the_survey_already_open(tmp_path):
    with Store(tmp_path / "a.db") as store:        # (an upgrade while a survey window is open)
        tg = Telegram()
        asyncio.run(surveys.tick(store, [replace(WEBINAR, chats=(-100, -200))], END + dt.timedelta(hours=3),
                                 tg.post_poll, tg.stop_poll, tg.say, dt.timedelta(hours=12)))
        assert [-100, -100, -200, -200] == [c for c, _, _ in tg.polls]


def test_a_survey_in_a_chat_removed_meanwhile_closes_silently_and_the_others_get_their_results(tmp_path):
    both = replace(WEBINAR, chats=(-100, -200))
    with Store(tmp_path / "a.db") as store:
        for user, chat in ((1, -100), (2, -200)):
            store.saw_member(user, chat, "en")
        tg = Telegram()

        def run(events, now, served):
            asyncio.run(surveys.tick(store, events, now, tg.post_poll, tg.stop_poll, tg.say, dt.timedelta(hours=12),
                                     served))

        run([both], END + dt.timedelta(minutes=1), [-100, -200])
        assert [-100, -100, -200, -200] == [c for c, _, _ in tg.polls]
        run([WEBINAR], END + dt.timedelta(hours=13), [-100])               # -200 removed: not reminded…
        run([WEBINAR], END + dt.timedelta(hours=25), [-100])               # …nor told the results
        assert [(-100, "remind_group"), (-100, "results")] == [(c, w) for c, w, _ in tg.said]
        assert [-100, -100] == [c for c, _ in tg.stopped]
        assert [] == store.surveys("open")


@pytest.mark.parametrize("events, served", [
    ([replace(WEBINAR, chats=(-100, -200))], [-100]),      # bot.toml names -200 (not in [telegram] chats): posted there
    ([WEBINAR], [-100, -200]),                              # still served, the event no longer names it
    ([WEBINAR], []),                                        # [telegram] chats empty: every chat is served
])
def test_a_survey_in_a_chat_the_bot_still_posts_to_gets_its_results(tmp_path, events, served):
    with Store(tmp_path / "a.db") as store:
        tg = Telegram()
        asyncio.run(surveys.tick(store, [replace(WEBINAR, chats=(-100, -200))], END + dt.timedelta(minutes=1),
                                 tg.post_poll, tg.stop_poll, tg.say, dt.timedelta(hours=12), [-100, -200]))
        asyncio.run(surveys.tick(store, events, END + dt.timedelta(hours=25), tg.post_poll, tg.stop_poll, tg.say,
                                 dt.timedelta(hours=12), served))
        assert [-200, -100] == sorted(c for c, w, _ in tg.said if w == "results")
