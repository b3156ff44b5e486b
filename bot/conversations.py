"""What each member's conversation is on: the meeting of the last answer they were given, so that
a question following up on it ("And who sent apologies?", "What about the budget in that call?")
is about that meeting. Per member and chat (two members talking in a group each have their own),
for a while after the last answer, bounded in memory, forgotten at a restart. Only meeting ids
are kept, never what was asked."""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable

from knowledge.models import Answer

FOLLOW_UP_MINUTES = 30    # how long a conversation stays on its meeting after the last answer
MAX_TRACKED = 10_000      # conversations remembered at once; the least recent are forgotten


class Conversations:
    def __init__(self, clock: Callable[[], dt.datetime], minutes: int = FOLLOW_UP_MINUTES):
        self.clock = clock
        self.lasts = dt.timedelta(minutes=minutes)
        self._on: OrderedDict[tuple, tuple[str, dt.datetime]] = OrderedDict()

    def meeting(self, chat: int | None, member: int) -> str | None:
        """The meeting this member's conversation in this chat is on, if it is still on one."""
        found = self._on.get((chat, member))
        if found is None or self.clock() - found[1] > self.lasts:
            return None
        return found[0]

    def answered(self, chat: int | None, member: int, answer: Answer) -> None:
        """The conversation is now on the meeting this answer is about, when it is about one; an
        answer about several meetings or none (nothing found, no such meeting) leaves it where it was."""
        meeting = about(answer)
        if meeting:
            self.on(chat, member, meeting)

    def on(self, chat: int | None, member: int, meeting: str) -> None:
        self._on.pop((chat, member), None)
        self._on[(chat, member)] = (meeting, self.clock())
        if len(self._on) > MAX_TRACKED:
            self._on.popitem(last=False)


def about(answer: Answer) -> str | None:
    """The one meeting an answer is about: its meeting, or the one its quotation is from."""
    if answer.meeting is not None:
        return answer.meeting.id
    if answer.kind == "passage" and answer.sources:
        return answer.sources[0].meeting_id
    return None
