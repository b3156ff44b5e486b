"""Reminders of upcoming calls: planned into SQLite from the calendar, sent when due, exactly once.

Every reminder is a row, planned ahead for a rolling horizon and kept in step with bot.toml
(an edited or removed event updates or removes its pending reminders). A reminder is claimed
atomically before it is sent, so a restart or a second instance never sends it twice. One
missed while the bot was down is sent late, marked so, while the event is still to come (only
the latest of several due at once); otherwise it is skipped and logged, never silently dropped. A chat that refuses a message is
recorded and the others still get theirs."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from jobs import calendar
from jobs.calendar import Event
from knowledge.errors import TryAgain
from knowledge.reminder_tables import FAILED, LATE, SENT, SKIPPED
from knowledge.store import Store

log = logging.getLogger(__name__)

HORIZON = dt.timedelta(days=45)         # how far ahead reminders are planned
GRACE = dt.timedelta(minutes=2)         # sent later than this after its time: marked late
INTERRUPTED = dt.timedelta(minutes=10)  # claimed this long ago and not finished: the bot died sending


def event_key(event: Event) -> str:
    """What identifies an event across restarts: its title, first start, rule and zone."""
    return f"{event.title}|{event.start.isoformat()}|{event.rrule}|{event.timezone.key}"


@dataclass(frozen=True)
class Due:
    """A reminder to send now."""
    id: int
    event: Event | None
    title: str
    start_utc: dt.datetime
    chat_id: int
    late: bool


Send = Callable[[Due], Awaitable[None]]


def plan(store: Store, events: Sequence[Event], offsets: Sequence[dt.timedelta], now: dt.datetime,
         horizon: dt.timedelta = HORIZON) -> int:
    """Bring the planned reminders in line with the events; returns how many were added."""
    rows = []
    for occurrence in calendar.upcoming(list(events), now, now + horizon):
        for at in calendar.reminder_times(occurrence, list(offsets)):
            for chat in occurrence.event.chats:
                rows.append((event_key(occurrence.event), occurrence.event.title, occurrence.start_utc, at, chat))
    return store.plan_reminders(rows, keep_from=now)


async def deliver(store: Store, events: Sequence[Event], now: dt.datetime, send: Send,
                  grace: dt.timedelta = GRACE) -> list[tuple[int, str]]:
    """Send every due reminder once; returns (id, outcome) for each one handled."""
    by_key = {event_key(e): e for e in events}
    done = []
    for row in store.interrupted_reminders(now - INTERRUPTED):
        # Claimed, then the process died: whether it went out is unknown; said, not dropped.
        log.warning("reminder %s for %r to chat %s was interrupted while sending", row["id"], row["title"],
                    row["chat_id"])
        store.finish_reminder(row["id"], FAILED, now, "interrupted while sending")
        done.append((row["id"], FAILED))
    due = store.due_reminders(now)
    # The events as they occur then, expanded once for all the due ones: one known twice has the
    # link of either (bot.toml's, or the .ics's).
    starts = [dt.datetime.fromisoformat(r["occurrence_utc"]) for r in due]
    occurring = {(event_key(o.event), o.start_utc): o.event for o in calendar.upcoming(
        list(events), min(starts) - dt.timedelta(seconds=1), max(starts))} if starts else {}
    # Several reminders of one occurrence due at once (the bot was down, or the event was just
    # declared): only the latest is worth sending.
    latest = {}
    for row in due:
        latest[(row["event_key"], row["occurrence_utc"], row["chat_id"])] = row["id"]
    for row in due:
        if not store.claim_reminder(row["id"], now):
            continue                     # another instance has it
        if latest[(row["event_key"], row["occurrence_utc"], row["chat_id"])] != row["id"]:
            store.finish_reminder(row["id"], SKIPPED, now, "superseded by a later reminder")
            done.append((row["id"], SKIPPED))
            continue
        start = dt.datetime.fromisoformat(row["occurrence_utc"])
        if start <= now:
            log.warning("reminder %s for %r skipped: the event started at %s", row["id"], row["title"], start)
            store.finish_reminder(row["id"], SKIPPED, now, "the event had started")
            done.append((row["id"], SKIPPED))
            continue
        late = now - dt.datetime.fromisoformat(row["due_since"]) > grace     # (not one planned after its time)
        event = occurring.get((row["event_key"], start), by_key.get(row["event_key"]))
        due = Due(row["id"], event, row["title"], start, row["chat_id"], late)
        try:
            await send(due)
        except TryAgain as e:   # the network or Telegram, for now: sent at the next tick (until the event starts)
            log.warning("reminder %s to chat %s not sent for now: %s", row["id"], row["chat_id"], e)
            store.release_reminder(row["id"])
            continue
        except Exception as e:  # one chat's failure must not stop the others; it is recorded
            log.warning("reminder %s to chat %s failed: %s", row["id"], row["chat_id"], e.__class__.__name__)
            store.finish_reminder(row["id"], FAILED, now, e.__class__.__name__)
            done.append((row["id"], FAILED))
            continue
        store.finish_reminder(row["id"], LATE if late else SENT, now)
        done.append((row["id"], LATE if late else SENT))
    return done
