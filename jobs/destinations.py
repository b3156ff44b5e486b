"""Where reminders go, and the events whose reminders would go nowhere useful. The bot serves and
posts to ``[telegram] chats`` (when the list is empty: any chat it is added to). An event of
bot.toml with no chat at all reminds no one; one naming a chat outside ``[telegram] chats`` is
reminded there as bot.toml says, but the bot answers no one in it. An event added from the chat
or imported from an .ics for groups since removed from ``[telegram] chats`` is orphaned: its group's
administrator can no longer reach the bot, so it is not reminded there (as summaries stop), a bot
admin sees it in /events (from private or the console) and may /cancel it, and a bot admin's
import of the same calendar takes it over."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from jobs.calendar import Event, describe

NO_CHAT, NOT_SERVED, ORPHANED = "no_chat", "not_served", "orphaned"


@dataclass(frozen=True)
class Unreached:
    """An event whose reminders go nowhere, or to chats the bot does not serve."""
    event: Event
    why: str                     # NO_CHAT, NOT_SERVED, ORPHANED
    chats: tuple[int, ...]       # the chats outside [telegram] chats

    def message(self, titled: bool = False) -> str:
        """For the operator: in the log by number (an event from the chat has a member's title),
        by title in `acta events` (``titled``)."""
        name = repr(self.event.title) if titled or self.event.stored_id is None else describe(self.event)
        if self.event.stored_id is not None and titled:
            name = f"#{self.event.stored_id} {name}"
        chats = ", ".join(str(c) for c in self.chats)
        if self.why == NO_CHAT:
            return f"event {name} has no chat to remind: set [telegram] chats (or the event's chats) in bot.toml"
        if self.why == NOT_SERVED:
            return (f"event {name} reminds chat(s) {chats}, not in [telegram] chats: the bot posts there but answers "
                    "no one there; add them to [telegram] chats, or fix the event's chats")
        return (f"event {name} was scheduled for chat(s) {chats}, no longer in [telegram] chats: it is not reminded; "
                "a bot admin sees it in /events from private and may /cancel it, or add the chat back")


def orphaned(event: Event, served: Sequence[int]) -> bool:
    """An event from the chat or an .ics for chats none of which the bot serves any longer."""
    return event.stored_id is not None and bool(served) and bool(event.chats) and not set(event.chats) & set(served)


def unreached(events: Sequence[Event], served: Sequence[int]) -> list[Unreached]:
    """The events (bot.toml's and stored ones, each once) whose reminders reach no chat, or a chat
    the bot does not serve, in the order given."""
    out = []
    for e in events:
        outside = tuple(c for c in e.chats if served and c not in served)
        if not e.chats:
            out.append(Unreached(e, NO_CHAT, ()))
        elif e.stored_id is None and outside:
            out.append(Unreached(e, NOT_SERVED, outside))
        elif orphaned(e, served):
            out.append(Unreached(e, ORPHANED, e.chats))
    return out


def deliverable(events: Sequence[Event], served: Sequence[int]) -> list[Event]:
    """The events as reminders go out: those from the chat or an .ics only to the chats the bot
    still serves (orphaned ones to none); bot.toml's as declared."""
    if not served:
        return list(events)
    out = []
    for e in events:
        if e.stored_id is None or not e.chats:
            out.append(e)
        elif set(e.chats) & set(served):
            out.append(dataclasses.replace(e, chats=tuple(c for c in e.chats if c in served)))
    return out
