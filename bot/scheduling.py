"""Events from the chat: /schedule (echoed back for confirmation before it is saved), /events,
/cancel, /calendar (.ics), and dates found in a summary offered to admins as events. Mixed into
``Dialogue``; the calendar logic is in ``jobs/calendar.py``."""
from __future__ import annotations

import datetime as dt

from bot import i18n
from bot.render_events import announced_line, calendar_imported, event_when
from bot.telegram_text import escape
from jobs import calendar, calendar_import, destinations, ics, schedule_dates, zone_words
from knowledge import announced
from knowledge.announced import MAX_TITLE
from knowledge.reminder_tables import BY_BOT_ADMIN, BY_GROUP, DROPPED
from knowledge.text import fold

MAX_LISTED_EVENTS = 10
CALENDAR_DAYS = 120
MENTION_BUTTONS = 3      # dates of a summary offered as events
DEFAULT_MINUTES = 60


class SchedulingCommands:
    """Needs: self.store, self.events (bot.toml's), self.timezones, self.clock, self.date_order,
    self.default_chats, and Dialogue's Reply/Button helpers."""

    def all_events(self) -> list[calendar.Event]:
        """bot.toml's events and the ones admins added from the chat."""
        return calendar.with_stored(self.events, self.store)

    def events_for(self, member) -> list[calendar.Event]:
        """The events a chat sees: those of every chat (no chats of their own) and its own; in
        private, those of the groups the member was seen in too (a bot admin's: and those of groups
        no longer in [telegram] chats, orphaned); all of them in the console.
        A group is not told of another's meetings, whose reminders it never gets."""
        events = self.all_events()
        if member.chat is None:
            return events
        where = {member.chat} | (set(self.store.chats_of(member.id)) if member.chat > 0 else set())
        # A bot admin in private: also those of groups no longer served, to /cancel them.
        lost = member.bot_admin and member.chat > 0
        return [e for e in events if not e.chats or set(e.chats) & where
                or lost and destinations.orphaned(e, self.default_chats)]

    def next_event_for(self, member):
        """(titled=None) -> the next occurrence in ``events_for(member)``: what "/next" and "when
        is the next call?" look at."""
        now = self.clock()
        return calendar.next_finder(lambda: self.events_for(member), lambda: now)

    def _when(self, start: dt.datetime, lang: str) -> str:
        return event_when(start, self.timezones, lang)

    def _cmd_schedule(self, args: str, member, lang: str):
        from bot.dialogue import Reply

        if not member.admin:
            return [Reply(escape(i18n.t(lang, "admins_only")))]
        when, bar, title = args.partition("|")
        if not when.strip():
            return [Reply(escape(i18n.t(lang, "schedule_usage")))]
        languages = [lang] + [x for x in i18n.LANGUAGES if x != lang]
        try:
            start = schedule_dates.parse_when(when, languages, self.clock(), self.date_order, self.timezones[0])
        except calendar.CalendarError as e:
            # "/schedule 15 janvier 2027 18:00 Atelier IDN": the date, then the title without "|".
            # (not when zone words that name no place would be left in the title: "a las 18 hora central Call")
            vague = e.code == "bad_zone" and zone_words.vague_zone(when)
            found = None if bar or vague else self._date_then_title(when, languages)
            if found is None:
                reason = i18n.t(lang, f"date_{e.code}", **_words(e.details, lang)) if f"date_{e.code}" in i18n.STRINGS \
                    else str(e)
                return [Reply(escape(i18n.t(lang, "schedule_bad", reason=reason)))]
            start, when, title = found
        title = " ".join(title.split())[:MAX_TITLE]
        if not title:           # a reminder must say what it is about
            return [Reply(escape(i18n.t(lang, "schedule_needs_title", when=self._when(start, lang),
                                               args=" ".join(when.split()))))]
        chats = self._chats_for(member)
        same_time = self._at(start, chats)
        twin = _titled(same_time, title)
        if twin is not None:    # the same event twice: its reminders would go out twice
            return self._exists(twin, start, lang)
        eid = self.store.propose_event(title, start, "UTC", DEFAULT_MINUTES, chats, source="chat", created_by=member.id)
        said = zone_words.zone_said(when)       # "hora de México": the capital's, said when the country has others
        note = i18n.t(lang, "schedule_country_zone", words=said.words, zone=said.zone) if said and said.several else \
            i18n.t(lang, "schedule_region_zone", words=said.words, zone=said.zone, other=said.other) \
            if said and said.other else ""
        return self._confirmation(eid, title, start, lang, [e.title for e in same_time],
                                  "\n".join(filter(None, [note, self._where(chats, member, lang)])))

    def _at(self, start: dt.datetime, chats) -> list[calendar.Event]:
        """The coming events starting at ``start`` whose reminders go to one of ``chats``."""
        return [o.event for o in calendar.upcoming(self.all_events(), start - dt.timedelta(minutes=1), start)
                if o.start_utc == start and (not o.event.chats or set(o.event.chats) & set(chats))]

    def _exists(self, twin: calendar.Event, start: dt.datetime, lang: str):
        from bot.dialogue import Reply

        number = f"#{twin.stored_id} " if twin.stored_id else ""
        return [Reply(escape(i18n.t(lang, "schedule_exists", event=f"{number}{twin.title}",
                                           when=self._when(start, lang))))]

    def _date_then_title(self, text: str, languages: list[str]) -> tuple[dt.datetime, str, str] | None:
        """The longest start of ``text`` that is a date and time to come, and the rest as the title."""
        words = text.split()
        for n in range(len(words) - 1, 1, -1):
            said = zone_words.zone_said(" ".join(words[:n]))
            if said and said.bare and said.end == len(" ".join(words[:n])):
                continue        # "18:00 Eastern region call": the title's word, not a zone
            try:
                start = schedule_dates.parse_when(" ".join(words[:n]), languages, self.clock(), self.date_order,
                                           self.timezones[0])
            except calendar.CalendarError as e:
                if e.code == "twelve":      # ("12 h du matin Réunion": not "12 h" and a title "du matin Réunion")
                    return None
                continue
            return start, " ".join(words[:n]), " ".join(words[n:])
        return None

    def _chats_for(self, member) -> tuple[int, ...]:
        """Where an event's reminders go. A bot admin's (or the console's): [telegram] chats, else
        the chat it was scheduled from. A group administrator's: their group only, the one chat
        they administer (another group's members would get its reminders and its admins cancel it)."""
        if member.bot_admin or member.chat is None:
            return self.default_chats or ((member.chat,) if member.chat is not None else ())
        return (member.chat,)

    def _may_manage(self, chats, member) -> bool:
        """May the member cancel (or confirm) an event for ``chats``? A bot admin: any, from private
        or the console; in a group, that group's (and those of every chat). A group administrator:
        their group's alone."""
        if member.bot_admin or member.chat is None:
            return member.chat is None or member.chat > 0 or not chats or member.chat in chats
        return set(chats) == {member.chat}

    def _not_managed(self, event: dict, member, lang: str):
        """Why the member may not change that event: another group's, or several groups'."""
        from bot.dialogue import Reply

        shared = member.chat in event["chats"] or not event["chats"]
        return [Reply(escape(i18n.t(lang, "event_shared" if shared else "cancel_elsewhere", id=event["id"])))]

    def _where(self, chats: tuple[int, ...], member, lang: str) -> str:
        """Where a proposed event's reminders will go, said under it in a chat (the console runs
        the bot and knows bot.toml)."""
        if member.chat is None:
            return ""
        if chats != (member.chat,):
            return i18n.t(lang, "schedule_everywhere", n=len(chats))
        others = not self.default_chats or set(self.default_chats) - {member.chat}
        return i18n.t(lang, "schedule_group_only" if others and not member.bot_admin else "schedule_here")

    def import_calendar(self, read, member, now: dt.datetime, lang: str) -> str:
        """Save an .ics file's events (``jobs.ics.from_ics``) for the chats the member schedules
        for (as /schedule); the reply, with where reminders go. A bot admin's for [telegram] chats
        takes over what was imported for any chat (before a chat was added to it, or by a group's
        administrator)."""
        chats = self._chats_for(member)
        result = calendar_import.import_calendar(self.store, self.events, read, chats, member.id, now,
                                                 every_chat=member.bot_admin and chats == self.default_chats)
        where = self._where(chats, member, lang) if read.events else ""
        return "\n".join(filter(None, [calendar_imported(lang, result), where]))

    def _confirmation(self, eid: int, title: str, start: dt.datetime, lang: str, clash: list[str] = (),
                      where: str = ""):
        from bot.dialogue import Button, Reply

        text = i18n.t(lang, "schedule_confirm", title=title, when=self._when(start, lang))
        if clash:               # another event at that very time: worth a second look
            text += "\n" + i18n.t(lang, "schedule_clash", titles="; ".join(clash))
        if where:
            text += "\n" + where
        return [Reply(escape(text), (Button(i18n.t(lang, "button_confirm"), f"e:ok:{eid}"),
                                            Button(i18n.t(lang, "button_drop"), f"e:no:{eid}")))]

    def event_button(self, action: str, rest: str, member, lang: str):
        """e:ok:ID, e:no:ID (a proposal), e:m:MEETING:N (a date found in a summary), e:x:ID (undo)."""
        from bot.dialogue import Button, Reply

        if not member.admin:
            return [Reply(escape(i18n.t(lang, "admins_only")))]
        if action == "m":
            # One tap: the admin chose this very date in the summary; it is saved at once, with
            # a button to undo.
            mid, n = rest.rsplit(":", 1)
            summary = self.answerer.summary_of(mid)
            mention = _day_mentions(summary)[int(n)]
            title = announced.title(summary, mention)
            if not mention.time_utc:      # no time was said: the admin gives it
                return [Reply(escape(i18n.t(lang, "schedule_needs_time", title=title,
                                                   date=i18n.date(mention.date, lang))))]
            start = dt.datetime.fromisoformat(f"{mention.date}T{mention.time_utc}+00:00")
            chats = self._chats_for(member)          # (another group's tap scheduled it for that group only)
            existing = next((e for e in self.store.scheduled_events() if e["title"] == title
                             and e["start_utc"] == start.isoformat()
                             and (not e["chats"] or not chats or set(e["chats"]) & set(chats))), None)
            if existing:                                  # a second tap: already scheduled
                return [Reply(escape(i18n.t(lang, "schedule_done", id=existing["id"], title=title,
                                                   when=self._when(start, lang))))]
            eid = self.store.propose_event(title, start, "UTC", DEFAULT_MINUTES, chats,
                                           source="transcript", created_by=member.id, status="active")
            return [Reply(escape(i18n.t(lang, "schedule_done", id=eid, title=title, when=self._when(start, lang))),
                          (Button(i18n.t(lang, "button_drop"), f"e:x:{eid}"),))]
        eid = int(rest)
        event = self.store.scheduled_event(eid)
        if event is None:
            raise ValueError("no such event")
        if not self._may_manage(event["chats"], member):        # (forged data, or another group's admin)
            return self._not_managed(event, member, lang)
        if action == "x" and self.store.set_event_status(eid, "cancelled", only_from="active", by=_canceller(member)):
            return [Reply(escape(i18n.t(lang, "cancel_done", title=event["title"])))]
        if action == "no":
            self.store.set_event_status(eid, DROPPED, only_from="proposed")
            return [Reply(escape(i18n.t(lang, "schedule_dropped")))]
        if action == "ok" and event["status"] == "proposed":
            start = dt.datetime.fromisoformat(event["start_utc"])
            # Confirmed after the same event was confirmed from another proposal: dropped.
            twin = _titled(self._at(start, event["chats"]), event["title"])
            if twin is not None and self.store.set_event_status(eid, DROPPED, only_from="proposed"):
                return self._exists(twin, start, lang)
        if action == "ok" and self.store.set_event_status(eid, "active", only_from="proposed"):
            start = dt.datetime.fromisoformat(event["start_utc"])
            return [Reply(escape(i18n.t(lang, "schedule_done", id=eid, title=event["title"],
                                               when=self._when(start, lang))))]
        raise ValueError("not a proposal")

    def _cmd_events(self, args: str, member, lang: str):
        now = self.clock()
        found = calendar.upcoming(self.events_for(member), now, now + dt.timedelta(days=CALENDAR_DAYS))
        lines = [f"<b>{escape(i18n.t(lang, 'events_header'))}</b>"] if found else [escape(i18n.t(lang, "events_none"))]
        for o in found[:MAX_LISTED_EVENTS]:
            number = f"#{o.event.stored_id} " if o.event.stored_id else ""
            lost = i18n.t(lang, "events_orphaned", chats=", ".join(map(str, o.event.chats))) \
                if destinations.orphaned(o.event, self.default_chats) else ""
            lines.append(escape(f"{number}{o.event.title} — {self._when(o.start_utc, lang)}{lost}"))
        if len(found) > MAX_LISTED_EVENTS:
            lines.append(escape(i18n.t(lang, "events_more", n=len(found) - MAX_LISTED_EVENTS,
                                       date=i18n.date(found[-1].start_utc.date().isoformat(), lang))))
        said = self._announced(found, now, lang)
        if said:
            lines += ["", f"<b>{escape(i18n.t(lang, 'events_announced'))}</b>", *said]
        return self._paged("\n".join(lines))

    def _announced(self, scheduled: list, now: dt.datetime, lang: str) -> list[str]:
        """The events announced in recent calls and still to come, except those scheduled already
        (from a summary's button: the same day and title), as lines of /events."""
        taken = {(o.start_utc.date().isoformat(), fold(o.event.title)) for o in scheduled}
        return [escape(announced_line(a, self.timezones, lang))
                for a in announced.announced(self.store, now.date(), announced.AHEAD_DAYS,
                                             now.date() - dt.timedelta(days=announced.RECENT_DAYS), self.answerer.summary_of)
                if (a.mention.date, fold(a.title)) not in taken][:MAX_LISTED_EVENTS]

    def _cmd_cancel(self, args: str, member, lang: str):
        from bot.dialogue import Reply

        if not member.admin:
            return [Reply(escape(i18n.t(lang, "admins_only")))]
        number = args.strip().lstrip("#").strip()
        if not (number.isascii() and number.isdigit()):
            return [Reply(escape(i18n.t(lang, "cancel_usage")))]
        event = self.store.scheduled_event(int(number)) if len(number) <= 18 else None   # SQLite's integers
        if event is None or event["status"] in ("proposed", DROPPED):     # the admin saw no number
            return [Reply(escape(i18n.t(lang, "cancel_none", id=int(number))))]
        if not self._may_manage(event["chats"], member):
            return self._not_managed(event, member, lang)
        if event["status"] != "active":                         # cancelled, or withdrawn from its calendar
            return [Reply(escape(i18n.t(lang, "cancel_already", id=event["id"], title=event["title"])))]
        self.store.set_event_status(event["id"], "cancelled", by=_canceller(member))
        return [Reply(escape(i18n.t(lang, "cancel_done", title=event["title"])))]

    def _cmd_calendar(self, args: str, member, lang: str):
        from bot.dialogue import Reply

        now = self.clock()
        found = calendar.upcoming(self.events_for(member), now, now + dt.timedelta(days=CALENDAR_DAYS))
        return [Reply(escape(i18n.t(lang, "calendar_caption")),
                      document=("acta-events.ics", ics.to_ics(found, now)))]

    def _cmd_surveys(self, args: str, member, lang: str):
        """Open surveys (of every chat from the console, of this chat otherwise: the handlers say)."""
        from bot.dialogue import Reply

        in_group = member.chat is not None and member.chat < 0
        open_ = self.store.surveys("open", chat_id=member.chat if in_group else None)
        if not open_:
            return [Reply(escape(i18n.t(lang, "surveys_none")))]
        lines = []
        for s in open_:
            deadline = dt.datetime.fromisoformat(s["deadline_utc"])
            lines.append(escape(i18n.t(
                lang, "survey_line", title=s["title"], date=i18n.date(s["occurrence_utc"][:10], lang),
                deadline=self._when(deadline, lang), answered=len(self.store.answered(s["id"])))))
        return self._paged("\n".join(lines))

    def mention_buttons(self, summary, lang: str):
        """Buttons offering a summary's dates (day precision, still to come) as events to schedule:
        those said with a time or a place first (events more than deadlines), in spoken order."""
        from bot.dialogue import Button

        today = self.clock().date().isoformat()
        buttons = []
        dated = sorted(enumerate(_day_mentions(summary)), key=lambda nm: (not (nm[1].time_utc or nm[1].place), nm[0]))
        for n, m in dated:
            if m.date > today:
                when = i18n.date(m.date, lang) + (f", {m.place}" if m.place else "")
                buttons.append(Button(i18n.t(lang, "button_schedule_mention", when=when)[:60],
                                      f"e:m:{summary.meeting_id}:{n}"))
        return tuple(buttons[:MENTION_BUTTONS])


def _canceller(member) -> str:
    """Who cancels: a bot admin (or the console), whose cancellation holds wherever the event goes
    later, or a group's administrator (``store.import_calendar``)."""
    return BY_BOT_ADMIN if member.bot_admin or member.chat is None else BY_GROUP


def _titled(events: list[calendar.Event], title: str) -> calendar.Event | None:
    """The event of these with this title, whatever its case or accents."""
    return next((e for e in events if fold(e.title) == fold(title)), None)


def _day_mentions(summary):
    return [m for m in summary.mentions if m.precision == "day"]


def _words(details: dict, lang: str) -> dict:
    """A CalendarError's details as words of ``lang`` (dates, weekdays)."""
    out = dict(details)
    if "month" in out:            # a day the month never has: "30 février", "29 February 2027"
        out["when"] = i18n.day_month(out.pop("day"), out.pop("month"), out.pop("year", None), lang)
    if "date" in out:
        out["date"] = i18n.date(out["date"].isoformat(), lang)
    for key in ("actual", "named"):
        if key in out:
            out[key] = i18n.weekday(out[key], lang)
    return out
