"""Dates announced in recent calls that are still to come ("NARALO is organizing a community
outreach event on 3 December in Toronto"), for /events beside what is scheduled, and the title
an event gets when an admin schedules one of them."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.dates import Mention
from knowledge.models import MeetingSummary
from knowledge.summary import Summary, summarize
from knowledge.text import fold, shortened

MAX_TITLE = 200          # characters of an event's title
MENTION_TITLE = 100      # characters of a sentence kept as an event's title


@dataclass(frozen=True)
class Announced:
    mention: Mention             # the date, the sentence that says it, who said it
    meeting: MeetingSummary      # the call it was said in
    title: str                   # the event's title, were it scheduled (``title``)


def announced(store, today: dt.date, days: int, since: dt.date,
              summary_of: Callable[[str], Summary] | None = None) -> list[Announced]:
    """The events said in the calls held from ``since`` (a day with a place or a time) that fall
    within ``days`` from ``today``, earliest first; said in several calls (the same day and place,
    or sentence), the latest call's word stands. ``summary_of``: a meeting version's summary
    (default: made anew)."""
    summary_of = summary_of or (lambda mid: summarize(store.meeting(mid)))
    found: dict[tuple, Announced] = {}
    last = (today + dt.timedelta(days=days)).isoformat()
    for meeting in store.meetings():              # oldest first: a later call's mention replaces
        if meeting.date < since.isoformat():
            continue
        summary = summary_of(meeting.id)
        for mention in summary.mentions:
            # An event has a place or a time ("on 3 December in Toronto"); "send it by Friday" is an errand.
            if (mention.precision == "day" and today.isoformat() <= mention.date <= last
                    and (mention.place or mention.time_utc)):
                key = (mention.date, fold(mention.place) if mention.place else fold(mention.text))
                found[key] = Announced(mention, meeting, title(summary, mention))
    return sorted(found.values(), key=lambda a: (a.mention.date, a.mention.time_utc or "", a.meeting.date))


def title(summary: Summary, mention: Mention) -> str:
    """An event's title for a date said in a call: the agenda item it was said in when the item
    names its place ("Sobre o evento regional de LACRALO em Bogotá"), else the group and the
    place, else the sentence (shortened at a word)."""
    for item in summary.items:
        if (mention.place and item.start_turn is not None and item.start_turn <= mention.turn
                and (item.end_turn is None or mention.turn < item.end_turn)       # (the last item runs on)
                and fold(mention.place) in fold(item.title)):
            return item.title[:MAX_TITLE]
    if mention.place:
        return " · ".join(x for x in (summary.group, mention.place) if x)
    return shortened(mention.text, MENTION_TITLE, trim=",;:")
