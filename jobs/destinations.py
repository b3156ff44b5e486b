"""Where reminders go, and the events whose reminders would go nowhere useful. The bot serves and
posts to ``[telegram] chats`` (when the list is empty: any chat it is added to). An event of
bot.toml with no chat at all reminds no one; one naming a chat outside ``[telegram] chats`` is
reminded there as bot.toml says, but the bot answers no one in it. An event added from the chat
or imported from an .ics for groups since removed from ``[telegram] chats`` is orphaned: its group's
administrator can no longer reach the bot, so it is neither reminded nor surveyed there (as
summaries stop), a bot admin sees it in /events (from private or the console) and may /cancel it,
and a bot admin's import of the same calendar takes it over. One for a private chat never is:
the bot always serves private chats."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from jobs.calendar import Event, describe, occurrences

NO_CHAT, NOT_SERVED, ORPHANED = "no_chat", "not_served", "orphaned"


MAX_NAMED = 10           # orphaned events named in one warning (a calendar import gives many)


@dataclass(frozen=True)
class Unreached:
    """Events whose reminders go nowhere, or to chats the bot does not serve (orphans: those for
    the same chats, together)."""
    events: tuple[Event, ...]
    why: str                     # NO_CHAT, NOT_SERVED, ORPHANED
    chats: tuple[int, ...]       # the chats outside [telegram] chats

    @property
    def event(self) -> Event:
        return self.events[0]

    def message(self, titled: bool = False) -> str:
        """For the operator: in the log by number (an event from the chat has a member's title),
        by title in `acta events` (``titled``)."""
        names = _names(self.events, titled)
        name = ", ".join(names[:MAX_NAMED]) + (f" and {len(names) - MAX_NAMED} more" if len(names) > MAX_NAMED else "")
        many = len(self.events) > 1
        chats = ", ".join(str(c) for c in self.chats)
        if self.why == NO_CHAT and self.event.stored_id is not None:    # (scheduled in the console, no chats then)
            return (f"event {name} was scheduled for no chat, and reminds no one: /cancel it, and schedule it "
                    "from the group it is for (or import it with `acta import-ics --chat ID`)")
        if self.why == NO_CHAT:
            return f"event {name} has no chat to remind: set [telegram] chats (or the event's chats) in bot.toml"
        if self.why == NOT_SERVED:
            return (f"event {name} reminds chat(s) {chats}, not in [telegram] chats: the bot posts there but answers "
                    "no one there; add them to [telegram] chats, or fix the event's chats")
        return (f"event{'s' if many else ''} {name} {'were' if many else 'was'} scheduled for "
                f"chat(s) {chats}, no longer in [telegram] chats: not reminded; a bot admin sees "
                f"{'them' if many else 'it'} in /events from private and may /cancel "
                f"{'them' if many else 'it'}, or add the chat back")


def _names(events: Sequence[Event], titled: bool) -> list[str]:
    """Each event once, an imported calendar's occurrences of one title together: "#3 'Call'",
    "'NARALO outreach sync' (#1, #3–#8: 7 occurrences)"; in the log by number only ("#1, #3–#8
    (7 occurrences)")."""
    groups: dict[object, list[Event]] = {}
    for e in events:
        groups.setdefault(e.title if e.stored_id is not None else id(e), []).append(e)
    out = []
    for same in groups.values():
        first = same[0]
        if first.stored_id is None:
            out.append(repr(first.title))
        elif len(same) == 1:
            out.append(f"#{first.stored_id} {first.title!r}" if titled else describe(first))
        else:
            numbers = _ranges(sorted(e.stored_id for e in same))
            out.append(f"{first.title!r} ({numbers}: {len(same)} occurrences)" if titled
                       else f"{numbers} ({len(same)} occurrences)")
    return out


def _ranges(ids: list[int]) -> str:
    """[1, 3, 4, 5, 8] -> "#1, #3–#5, #8"."""
    runs: list[list[int]] = []
    for n in ids:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"#{r[0]}" if len(r) == 1 else f"#{r[0]}–#{r[-1]}" for r in runs)


def served_chat(chat: int, served: Sequence[int]) -> bool:
    """Does the bot serve this chat: any when ``[telegram] chats`` is empty, else those listed, and
    private chats (positive ids) always, as it answers there (``handlers.in_scope``)?"""
    return not served or chat > 0 or chat in served


def orphaned(event: Event, served: Sequence[int]) -> bool:
    """An event from the chat or an .ics for chats none of which the bot serves any longer (one
    for a private chat, a bot admin's /schedule there, never is)."""
    return event.stored_id is not None and bool(event.chats) and not any(served_chat(c, served) for c in event.chats)


def unreached(events: Sequence[Event], served: Sequence[int], now: dt.datetime | None = None) -> list[Unreached]:
    """The events (bot.toml's and stored ones, each once) whose reminders reach no chat, or a chat
    the bot does not serve, in the order given (from the chat or an .ics: those still to come
    after ``now``)."""
    out, lost = [], {}
    for e in events:
        if now is not None and e.stored_id is not None and not occurrences(e, now, now + dt.timedelta(days=36500)):
            continue
        outside = tuple(c for c in e.chats if not served_chat(c, served))
        if not e.chats:
            out.append(Unreached((e,), NO_CHAT, ()))
        elif e.stored_id is None and outside:
            out.append(Unreached((e,), NOT_SERVED, outside))
        elif orphaned(e, served):
            lost.setdefault(e.chats, []).append(e)
    return out + [Unreached(tuple(found), ORPHANED, chats) for chats, found in lost.items()]


def deliverable(events: Sequence[Event], served: Sequence[int]) -> list[Event]:
    """The events as reminders go out: those from the chat or an .ics only to the chats the bot
    still serves (orphaned ones to none); bot.toml's as declared."""
    if not served:
        return list(events)
    out = []
    for e in events:
        if e.stored_id is None or not e.chats:
            out.append(e)
        elif not orphaned(e, served):
            out.append(dataclasses.replace(e, chats=tuple(c for c in e.chats if served_chat(c, served))))
    return out
