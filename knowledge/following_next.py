"""Follow-ups past the meetings held: "And the next one?" after the latest meeting held is no
meeting not found: that was the latest (with the next call scheduled, when the calendar has one),
and "and the one before?" before the earliest, the earliest. After a next-call answer ("When is
the next call?"): "and the one after that?" is the call after the one shown, "ok and when was the
last one?" the latest meeting held (of that call), "and tomorrow?" what is on then, "¿es el 22?"
whether it is on that day (as "Is the December call on the 21st?" asks of that month's). A part of
``knowledge.answers.Answerer`` (which gives it ``store``, ``timezones`` and ``summary_of``)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from knowledge import announced, dates, events_asked, follow_up_words, lexicon_chat, lexicon_dates, which_days, which_meetings
from knowledge.models import Answer, Conversation, MeetingSummary
from knowledge.text import MONTH_WORD, fold

# "The call after next", "la llamada después de la próxima", "l'appel d'après le prochain" (folded)
_AFTER_NEXT = re.compile(r"\b(?:(?:call|meeting|webinar|one)s? after (?:the )?next|(?:llamada|reunion|la|el) (?:despues de|tras) "
                         r"(?:la|el) proxim[ao]|(?:appel|reunion|celui|celle|webinaire) (?:d )?apres (?:le|la) prochaine?|"
                         r"(?:chamada|reuniao|a|o) depois d[ao] proxim[ao])\b"
                         r"(?! (?:items?|points?|puntos?|temas?|pontos?|speakers?|orador))")     # (not an agenda's)
MAX_STEPS = 100          # calls stepped through to find the one before the one shown
# Whether a call is on a day (folded): "la llamada de diciembre es el 21?", "is the December call on
# the 21st?", "l'appel de décembre est le 21 ?", "a chamada de dezembro é no dia 21?"; after a
# next-call answer, "¿es el 22?", "is it on the 21st?". What is asked of: ``what``, before or after the verb.
_ON_DAY = re.compile(r"^(?:(?:and|y|et|e|ok|so|entonces|alors|entao)\s+)*(?:(?P<before>.+?)\s+)??"
                     r"(?:is|es|est|e|sera|cae|cai|tombe)\s+(?:(?P<after>.+?)\s+)??"
                     r"(?:on the|on|the|el dia|el|le|no dia|dia|o dia)\s+(?P<day>\d{1,2})(?:st|nd|rd|th|er|o)?$")
_ON_DAY_WORDS = frozenset("it there ce eso isso call llamada appel chamada reunion reuniao meeting".split())


class NextFollowUps:
    """Follow-ups past the meetings held (a part of ``Answerer``)."""

    def _beyond(self, on: list[MeetingSummary], step: int, question: str, lang: str,
                meetings: list[MeetingSummary], next_event) -> Answer:
        """ "And the next one?" after the latest meeting held (``step`` 1), "and the one before?"
        before the earliest (-1): an answer of kind "no_further" about that meeting; after the
        latest, with the next scheduled call of its group (else of any) as its part, occurrence
        None when none is scheduled (``next_event(titled)``, the asker's calendar)."""
        if step < 0:
            return Answer("no_further", lang, question, meeting=min(on, key=lambda m: m.date), flags=frozenset({"earliest"}))
        latest = max(on, key=lambda m: m.date)
        titled = events_asked.event_named(latest.group, meetings) if latest.group else None
        found = (next_event(titled) if titled else None) or next_event()
        return Answer("no_further", lang, question, meeting=latest, parts=(
            Answer("next", lang, question, occurrence=found, timezones=self.timezones),))

    def _after_next(self, question: str, context: Conversation, meetings: list[MeetingSummary], lang: str,
                    today: dt.date, next_event) -> Answer | None:
        """A question right after a next-call answer (``context``, of kind "next"): "and the one
        after that?" (the call after the one it showed, of the same kind), "ok and when was the
        last one?" (the latest meeting held of the call it showed, else of the group its question
        named, else any), "and tomorrow?", "¿y la semana que viene?" (what is on then); None for
        anything else."""
        step = follow_up_words.meeting_step(question)
        if step == 1 and context.shown is not None:
            found = announced.next_answer(
                self.store, context.topic, lang, meetings, next_event=next_event, today=today,
                summary_of=self.summary_of, timezones=self.timezones, after=context.shown.start_utc)
            return found if found.occurrence is not None else dataclasses.replace(found, parts=(), announced=())
        if step == -1 and context.shown is not None and (earlier := self._shown_before(context, meetings, next_event)):
            # ("and the one after that?", then "and the one before?": the call shown first again)
            return Answer("next", lang, context.topic, occurrence=earlier, timezones=self.timezones)
        if step == -1 or _asks_last_held(question, meetings):
            said = [context.shown.event.title] if context.shown is not None else []
            held = next((named for words in said + [context.topic] if words
                         and (named := which_meetings.meetings_named(words, meetings, lang, today))), None) or meetings
            return Answer("meetings", lang, question, meetings=tuple(held[-1:])) if held else None
        if follow_up_words.follows_up(question)[0] and which_days.days_asked(question, today) and \
                follow_up_words.only_frame(question, meetings, also=lexicon_dates.COMING_DAY_WORDS):
            return announced.next_answer(self.store, question, lang, meetings, next_event=next_event, today=today,
                                         summary_of=self.summary_of, timezones=self.timezones)
        return None

    def _on_day(self, question: str, context: Conversation | None, meetings: list[MeetingSummary], lang: str,
                today: dt.date, next_event) -> Answer | None:
        """ "Is the December call on the 21st?" (of the calls that month, of the kind asked for), or
        right after a next-call answer "¿es el 22?" (of the call it showed): a next-call answer
        flagged "on_day", "yes" when a call is on that day, with that call (else the one of that
        month, or the one shown; for a month with none scheduled, the next one after it); None for
        any other question, or when none is scheduled then or after."""
        found = _ON_DAY.match(fold(question))
        shown = context.shown if context is not None and context.kind == "next" else None
        if not found:
            return None
        what = " ".join(filter(None, (found.group("before"), found.group("after"))))
        months = [w for w in what.split() if MONTH_WORD.fullmatch(w)]
        if len(months) > 1 or not follow_up_words.only_frame(what, meetings, also=_ON_DAY_WORDS) or not (months or shown):
            return None
        titled = events_asked.event_named(what or context.topic, meetings) if (what or context.topic).strip() else None
        held: list[MeetingSummary] = []
        if months:
            month = dates.month_number(months[0])
            # A month gone by this year, or this one: the meetings held in it, if any (else a month
            # gone by is next year's); with the calls still to come this month.
            held = [m for m in meetings if m.date[:7] == f"{today.year:04d}-{month:02d}" and (titled is None or titled(m.title))]
            held = which_meetings.calls_if_said(what, held)      # "is the october call on the 13th?": its calls, not its webinar
            first = dt.date(today.year + (month < today.month and not held), month, 1)
            calls = _calls_within(next_event, titled, first)
        else:
            first, calls = shown.start_utc.date().replace(day=1), [shown]
        try:
            day = first.replace(day=int(found.group("day")))
        except ValueError:
            return None
        on_held = next((m for m in held if m.date == day.isoformat()), None)
        this_month = bool(months) and (first.year, first.month) == (today.year, today.month)
        if not any(c.start_utc.date() == day for c in calls) and (on_held or held and not calls or this_month and not calls):
            # "Is the October call on the 12th?" in November: yes, held then; or no, with those held
            # (none at all: "is the November call on the 16th?" on the 22nd, none held, none to come)
            return Answer("next", lang, question, meetings=tuple(held), meeting=on_held,
                          flags=frozenset({"on_day", "held"}), names={"day": [day.isoformat()]})
        if not calls and months:
            # "la llamada de LACRALO de diciembre es el 21?" with none that month: no, and the next one after it
            after = dt.datetime.combine(first.replace(day=dates.days_in(first.month, first.year)), dt.time.max, dt.timezone.utc)
            calls = [later] if (later := next_event(titled, after=after)) else []
        if not calls:
            return None
        on = next((c for c in calls if c.start_utc.date() == day), None)
        # (after the next call, what "¿A qué hora?" asks again is still its question)
        return Answer("next", lang, question if months else context.topic, occurrence=on or calls[0], timezones=self.timezones,
                      flags=frozenset({"on_day", "yes"} if on else {"on_day"}), names={"day": [day.isoformat()]})

    def _after_the_next(self, question: str, meetings: list[MeetingSummary], lang: str, today: dt.date,
                        next_event) -> Answer | None:
        """ "When is the call after next?", "¿La llamada después de la próxima?", "L'appel d'après le
        prochain ?": the call scheduled after the next one (of the kind asked for); None for any
        other question."""
        if not _AFTER_NEXT.search(fold(question)):
            return None
        titled = events_asked.event_named(question, meetings)
        first = next_event(titled)
        if first is None:
            return None
        return announced.next_answer(self.store, question, lang, meetings, next_event=next_event, today=today,
                                     summary_of=self.summary_of, timezones=self.timezones, after=first.start_utc)

    @staticmethod
    def _shown_before(context: Conversation, meetings: list[MeetingSummary], next_event):
        """The call scheduled before the one a next-call answer showed, from now on (of the kind
        its question asked for); None when it showed the next one."""
        titled = events_asked.event_named(context.topic, meetings) if context.topic.strip() else None
        earlier = None
        for found in _scheduled(next_event, titled):
            if found is None or found.start_utc >= context.shown.start_utc:
                return earlier
            earlier = found
        return None


def _asks_last_held(question: str, meetings: list[MeetingSummary]) -> bool:
    """ "Ok and when was the last one?", "¿Y cuándo fue la última?", "Et la dernière ?": the last
    meeting held, said with nothing else (not "and last week?", "who spoke last?")."""
    folded = fold(question)
    return bool(lexicon_dates.LAST_HELD_WORDS & set(re.findall(r"[a-z]+", folded))) and not follow_up_words.PERIOD.search(folded) \
        and follow_up_words.only_frame(question, meetings, also=lexicon_chat.WHEN_ALONE | lexicon_dates.HELD_WORDS)


def _calls_within(next_event, titled, first: dt.date) -> list:
    """The calls scheduled in the month that begins on ``first`` (of the kind ``titled``)."""
    calls = []
    for found in _scheduled(next_event, titled, after=dt.datetime.combine(first, dt.time(), dt.timezone.utc)):
        if found is None or (found.start_utc.year, found.start_utc.month) != (first.year, first.month):
            return calls
        calls.append(found)
    return calls


def _scheduled(next_event, titled, after: dt.datetime | None = None) -> Iterator:
    """The calls scheduled from ``after`` (now: None) on, one by one (of the kind ``titled``), then
    None when there is no other; at most MAX_STEPS of them."""
    found = next_event(titled, after=after)
    for _ in range(MAX_STEPS):
        yield found
        if found is None:
            return
        found = next_event(titled, after=found.start_utc)
