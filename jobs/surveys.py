"""Surveys after a call: its questions posted as Telegram polls when the event ends, answers
recorded from poll_answer updates, members who have not answered reminded before the deadline
(in private if they have started the bot, else one group message counting them), and the
results posted when it closes. Every step is claimed in SQLite first, so a restart or a second
instance never repeats it."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence

from jobs import calendar, destinations
from jobs.calendar import Event
from jobs.reminders import event_key
from knowledge.errors import TryAgain
from knowledge.store import Store

log = logging.getLogger(__name__)

RETRY_RESULTS = dt.timedelta(hours=6)    # results Telegram cannot take for now are tried again this long

# (chat, question, options) -> (poll id, message id)
PostPoll = Callable[[int, str, Sequence[str]], Awaitable[tuple[str, int]]]
# (chat, message id) -> the votes per option Telegram counted (what anonymous polls give), or None
StopPoll = Callable[[int, int], Awaitable[list[int] | None]]
Say = Callable[[int, str, dict], Awaitable[None]]     # (chat, what, values): "remind_private", "remind_group", "results"


async def tick(store: Store, events: Sequence[Event], now: dt.datetime, post_poll: PostPoll, stop_poll: StopPoll,
               say: Say, remind_before: dt.timedelta = dt.timedelta(hours=12),
               served: Sequence[int] | None = None) -> None:
    """Open the surveys that are due, remind, and close the ones whose time is up. A survey in a
    chat the bot no longer posts to (neither in ``served``, [telegram] chats, nor named by one of
    ``events``) is closed silently at its deadline, its members not reminded."""
    await _open(store, events, now, post_poll)
    named = {c for e in events for c in e.chats}
    for s in store.surveys("open"):
        deadline = dt.datetime.fromisoformat(s["deadline_utc"])
        if s["chat_id"] not in named and (served is None or not destinations.served_chat(s["chat_id"], served)):
            if now >= deadline and store.set_survey_status(s["id"], "closed", only_from="open"):
                log.info("survey %s closed without its results: chat %s is no longer served", s["id"], s["chat_id"])
            continue
        try:
            if now >= deadline:
                await _close(store, s, stop_poll, say, again=now - deadline < RETRY_RESULTS)
            elif reminder_due(s, now, remind_before) and store.claim_survey_reminder(s["id"]):
                await _remind(store, s, say)
        except Exception as e:  # one chat's failure must not stop the other surveys
            log.warning("survey %s in chat %s: %s", s["id"], s["chat_id"], e.__class__.__name__)


def reminder_due(survey: dict, now: dt.datetime, remind_before: dt.timedelta) -> bool:
    """Are members who have not answered to be reminded now: ``remind_before`` the deadline, but
    never before the survey has been open half its time (a survey open 2 hours, reminded 12 hours
    ahead, would tell everyone they have not answered as it is posted)?"""
    deadline = dt.datetime.fromisoformat(survey["deadline_utc"])
    opened = dt.datetime.fromisoformat(survey["opened_utc"] or survey["occurrence_utc"])   # (closed ones, from before m016)
    return deadline - now <= min(remind_before, (deadline - opened) / 2)


def ended(events: Sequence[Event], now: dt.datetime) -> list[calendar.Occurrence]:
    """The occurrences with a survey whose survey is open at ``now`` (ended, and not longer ago
    than its ``survey_hours``), as reminders see them (``calendar.upcoming``): one call known in
    bot.toml and an .ics once, an occurrence an imported invitation moved at its new time."""
    if not any(e.survey for e in events):
        return []
    back = max(dt.timedelta(hours=e.survey_hours) + e.duration for e in events) + dt.timedelta(days=1)
    return [o for o in calendar.upcoming(list(events), now - back, now) if o.event.survey and o.event.chats
            and o.end_utc <= now < o.end_utc + dt.timedelta(hours=o.event.survey_hours)]


async def _open(store: Store, events: Sequence[Event], now: dt.datetime, post_poll: PostPoll) -> None:
    found = ended(events, now)
    keys = {event_key(e) for e in events} | {event_key(o.event) for o in found}
    # A chat added after a survey opened (to [telegram] chats, or the event's chats) never had that call.
    since = store.served_since(sorted({c for e in events for c in e.chats}), now)
    for occurrence in found:
        event, window = occurrence.event, dt.timedelta(hours=occurrence.event.survey_hours)
        for chat in event.chats:
            if since[chat] > occurrence.end_utc:
                continue
            if _edited(event, store.surveyed(occurrence.start_utc, chat), keys):
                continue        # posted before the event was edited (its title or rule): not again
            sid = store.claim_survey(event_key(event), event.title, occurrence.start_utc, chat,
                                     occurrence.end_utc + window,
                                     [(q, list(event.survey_options)) for q in event.survey], opened=now)
            if sid is None:
                continue
            try:
                for poll in store.survey_polls(sid):
                    poll_id, message_id = await post_poll(chat, poll["question"], poll["options"])
                    store.poll_posted(sid, poll["position"], poll_id, message_id)
            except TryAgain as e:   # Telegram, for now: posted at the next tick, unless a poll went out
                if not any(p["message_id"] for p in store.survey_polls(sid)):
                    log.warning("survey %s not posted to chat %s for now: %s", sid, chat, e)
                    store.release_survey(sid)
                    continue
                log.warning("survey %s cut off in chat %s: %s", sid, chat, e)
                store.set_survey_status(sid, "failed")
                continue
            except Exception as e:  # recorded; the other chats still get theirs
                log.warning("survey %s could not be posted to chat %s: %s", sid, chat, e.__class__.__name__)
                store.set_survey_status(sid, "failed")
                continue
            store.set_survey_status(sid, "open", only_from="posting")


def _edited(event: Event, surveyed: list[tuple[str, str, tuple[str, ...]]], keys: set[str]) -> bool:
    """Was one of these surveys of the occurrence this event's, before it was edited: an event no
    longer in bot.toml (its key) by a title like it or with the same questions?"""
    return any(key not in keys and (_renamed(title, event.title) or questions == event.survey)
               for key, title, questions in surveyed)


def _renamed(a: str, b: str) -> bool:
    """Might an event of bot.toml titled ``a`` be the one now titled ``b`` (the operator edited its
    title: "DNS webinar" -> "DNS abuse webinar")? One title's words (``calendar.call_words``) hold
    the other's, two at least. Looser than ``calendar.same_call``: it compares bot.toml with
    itself, for the surveys already posted of an occurrence, and errs towards not posting one twice."""
    shorter, longer = sorted((calendar.call_words(a), calendar.call_words(b)), key=len)
    return bool(shorter) and (shorter == longer or len(shorter) >= 2 and shorter <= longer)


async def _remind(store: Store, survey: dict, say: Say) -> None:
    pending = sorted(set(store.members_of(survey["chat_id"])) - store.answered(survey["id"]))
    in_private = [u for u in pending if store.started_bot(u)]
    for user in in_private:
        try:
            await say(user, "remind_private", {"title": survey["title"], "deadline": survey["deadline_utc"]})
        except Exception as e:  # a member who blocked the bot: the others are still reminded
            log.info("could not remind member in private: %s", e.__class__.__name__)
    others = len(pending) - len(in_private)
    if others:
        await say(survey["chat_id"], "remind_group", {"title": survey["title"], "pending": others,
                                                      "deadline": survey["deadline_utc"]})


async def _close(store: Store, survey: dict, stop_poll: StopPoll, say: Say, again: bool = False) -> None:
    """Stop the polls and post the results; ``again``: if Telegram cannot take them for now
    (TryAgain), the survey stays open to be closed at the next tick."""
    if not store.set_survey_status(survey["id"], "closing", only_from="open"):
        return
    results = store.poll_counts(survey["id"])
    for n, poll in enumerate(store.survey_polls(survey["id"])):
        counted = poll["counted"]           # (stopped at an earlier tick whose results did not go out)
        if poll["message_id"] and counted is None:
            try:
                counted = await stop_poll(survey["chat_id"], poll["message_id"])
            except TryAgain as e:   # Telegram, for now: closed at the next tick (the polls stopped so far are kept)
                if again:
                    return _later(store, survey, "its polls were not stopped", e)
                log.info("could not stop poll: %s", e.__class__.__name__)
                continue
            except Exception as e:  # already closed by hand, or deleted: the results still go out
                log.info("could not stop poll: %s", e.__class__.__name__)
                continue
            if counted:
                store.poll_counted(survey["id"], poll["position"], counted)
        if counted and sum(counted) > sum(c for _, c in results[n][1]):   # anonymous polls: only Telegram knows the votes
            results[n] = (results[n][0], list(zip(poll["options"], counted)))
    try:
        await say(survey["chat_id"], "results", {"title": survey["title"], "results": results,
                                                 "answered": len(store.answered(survey["id"]))})
    except TryAgain as e:
        if again:
            return _later(store, survey, "its results were not posted", e)
        raise
    finally:                 # closed otherwise: a chat that refuses the results is logged by tick
        store.set_survey_status(survey["id"], "closed", only_from="closing")


def _later(store: Store, survey: dict, what: str, e: TryAgain) -> None:
    """A survey Telegram could not close for now: open again, closed at the next tick."""
    log.warning("survey %s: %s for now: %s", survey["id"], what, e)
    store.set_survey_status(survey["id"], "open", only_from="closing")
