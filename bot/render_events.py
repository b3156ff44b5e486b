"""What the bot posts about coming events, as Telegram HTML: the next call, reminders, survey
messages, and the reply to a calendar file; times in the group's zones."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot import i18n
from bot.render_words import meeting_and_date, meeting_name
from bot.telegram_text import escape
from knowledge.announced import Announced
from knowledge.models import Answer, ImportCounts
from knowledge.text import shortened


def zone_label(name: str) -> str:
    """ "America/Buenos_Aires" -> "Buenos Aires"."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def times_in_zones(start_utc, timezones, lang: str, labels: dict[str, str] | None = None) -> str:
    """ "23:00 UTC · 20:00 Buenos Aires · 18:00 Bogota" (with the local date when it differs); ``labels``:
    a zone's name as the member wrote its place ("America/Sao_Paulo": "Brasilia")."""
    parts = []
    for name in timezones:
        local = start_utc.astimezone(ZoneInfo(name))
        day = "" if local.date() == start_utc.date() else f" ({i18n.date(local.date().isoformat(), lang)})"
        parts.append(f"{local:%H:%M} {(labels or {}).get(name) or zone_label(name)}{day}")
    return " · ".join(parts)


def held_text(answer: Answer, lang: str) -> str:
    """ "When did the AFRALO call start?": its start, in UTC and the group's display time zones, as the
    summary gives it; "How long was it?": the minutes its timed turns span, else that the
    transcript does not say (and when it started)."""
    where = meeting_and_date(answer, lang)
    start = answer.meeting.start_utc
    started = None
    if start:
        at = dt.datetime.fromisoformat(start)
        zones = [z for z in answer.timezones if z != "UTC"]
        asked = answer.names.get("in_zone")       # ("…in Nairobi time", "em horário de Brasília": as written)
        labels = {asked[0]: asked[1]} if asked else None
        started = f"{start[11:16]} UTC" + (f" ({times_in_zones(at, zones, lang, labels)})" if zones else "")
    if answer.kind == "lasted":
        minutes = answer.names.get("minutes")
        said = "lasted_unknown" if not minutes else "lasted_one" if minutes[0] == 1 else "lasted"    # ("About a minute")
        lines = [i18n.t(lang, said, n=minutes[0] if minutes else 0, **where)]
        return "\n".join(lines + ([i18n.t(lang, "started_at_short", time=started)] if started and not minutes else []))
    return i18n.t(lang, "started_at", time=started, **where) if started else i18n.t(lang, "started_unknown", **where)


def in_zone(answer: Answer, lang: str) -> list[str]:
    """A passage asked in a city's time ("…en hora de Toronto"): each UTC time its quote says, in that
    city's time on the day asked ("Las 17:00 UTC son las 12:00 en Toronto."); none: no lines."""
    if "in_zone" not in answer.names:
        return []
    zone, place, day = answer.names["in_zone"]
    lines = []
    for hour, minute in dict.fromkeys(_UTC_TIME.findall(" ".join(answer.quote))):
        at = dt.datetime.fromisoformat(f"{day}T{int(hour):02d}:{minute}+00:00")
        local = at.astimezone(ZoneInfo(zone))
        lines.append(i18n.t(lang, "utc_in_zone", utc=f"{at:%H:%M}", local=f"{local:%H:%M}", place=place))
    return lines


_UTC_TIME = re.compile(r"\b([01]?\d|2[0-3])[:h.]([0-5]\d)\s*(?:UTC|GMT)\b")


MAX_QUOTED = 160         # characters of the sentence that announced a date


def event_when(start_utc: dt.datetime, timezones, lang: str) -> str:
    """ "21 December 2026 (23:00 UTC · 20:00 Buenos Aires)"."""
    return f"{i18n.date(start_utc.date().isoformat(), lang)} ({times_in_zones(start_utc, timezones, lang)})"


def announced_line(said: Announced, timezones: Sequence[str], lang: str) -> str:
    """An event announced in a call (``knowledge.announced.Announced``), as a line of text: when,
    where, the sentence, who said it, in which call. "• 3–4 December 2026, Bogotá — «…» — Diego
    Alarcón, LACRALO webinar, 26 October 2026"."""
    m = said.mention
    when = event_when(dt.datetime.fromisoformat(f"{m.date}T{m.time_utc}+00:00"), timezones, lang) if m.time_utc \
        else i18n.date_span(m.date, m.end, lang)
    return (f"• {when}{', ' + m.place if m.place else ''} — «{shortened(m.text, MAX_QUOTED)}» — {m.speaker}, "
            f"{meeting_name(said.meeting, lang)}, {i18n.date(said.meeting.date, lang)}")


def next_html(answer: Answer, lang: str) -> str:
    """ "When is the next …?" (an ``Answer`` of kind next): the events announced in calls sooner
    than the next scheduled one of the kind asked for, then that one (else, saying so, the next
    of any)."""
    said = [escape(announced_line(a, answer.timezones, lang)) for a in answer.announced]
    if "held" in answer.flags:          # "Is the October call on the 12th?" in November: of those held
        day = i18n.date(answer.names["day"][0], lang)
        if answer.meeting is not None:
            return escape(f"{i18n.t(lang, 'on_day_yes', date=day)} {meeting_name(answer.meeting, lang)}.")
        if not answer.meetings:
            return escape(i18n.t(lang, "on_day_none", date=day))
        held = [f"• {escape(meeting_name(m, lang))}, {escape(i18n.date(m.date, lang))}" for m in answer.meetings]
        return "\n".join([f"<b>{escape(i18n.t(lang, 'on_day_not_held', date=day))}</b>", *held])
    if "on_day" in answer.flags:        # "Is the December call on the 21st?": yes or no, and the call
        verdict = "on_day_yes" if "yes" in answer.flags else "on_day_no"
        checked = i18n.t(lang, verdict, date=i18n.date(answer.names["day"][0], lang))
        return f"<b>{escape(checked)}</b>\n" + next_event_html(answer.occurrence, answer.timezones, lang)
    if answer.occurrence is not None and said:       # the soonest first
        return "\n".join([f"<b>{escape(i18n.t(lang, 'events_announced'))}</b>", *said, "",
                          f"<b>{escape(i18n.t(lang, 'next_scheduled'))}</b>",
                          next_event_html(answer.occurrence, answer.timezones, lang)])
    if answer.occurrence is not None:
        return next_event_html(answer.occurrence, answer.timezones, lang)
    then = "then" in answer.flags       # ("anything this week?", "any events in January?": nothing on those days)
    announced = _gone_by(answer, lang)
    gone = announced + [escape(_last_started(m, answer.timezones, lang)) for m in answer.names.get("held", [])]
    if answer.parts and gone:           # (a call held is no announcement: "nor announced" only over those announced)
        none_such = i18n.t(lang, _none_then(announced)) if then else _none_after(answer, lang) if announced else \
            i18n.t(lang, "next_none_such")
        return "\n".join([f"<b>{escape(none_such)}</b>", *gone, "", f"<b>{escape(i18n.t(lang, 'the_next_event'))}</b>",
                          next_html(answer.parts[0], lang)])
    if answer.parts:
        none_such = i18n.t(lang, "next_none_then" if then else "next_none_such")
        heading = f"{none_such} {i18n.t(lang, 'the_next_event')}"
        return "\n".join([f"<b>{escape(heading)}</b>", next_html(answer.parts[0], lang)])
    # (nothing at all, or nothing like it: "the next AFRALO event")
    empty = _none_then(announced) if then else "next_none_like" if "filtered" in answer.flags else "next_none"
    heading = i18n.t(lang, "next_announced_only") if said else _none_after(answer, lang) if announced and not then \
        else i18n.t(lang, empty)
    return "\n".join([f"<b>{escape(heading)}</b>", *said, *gone])


def _none_after(answer: Answer, lang: str) -> str:
    """Nothing like it to come, the last one announced being past: "Nothing like that is scheduled or
    announced after 3 December 2026." (not "nor announced" over the one announced, listed below it)."""
    last = answer.names["gone"][-1].mention
    return i18n.t(lang, "next_none_after", date=i18n.date(last.end or last.date, lang))


def _none_then(gone: list[str]) -> str:
    """Nothing on the days asked: "nor announced", unless those of them announced are listed, past
    ("any events in november?" late in November: "Nothing more is coming then.", then those)."""
    return "next_none_more_then" if gone else "next_none_then"


def _last_started(meeting, timezones, lang: str) -> str:
    """ "Last time it started at 19:00 UTC: NARALO monthly call, 12 October 2026." (of a meeting with a start)."""
    at = dt.datetime.fromisoformat(meeting.start_utc)
    return i18n.t(lang, "last_started_at", time=times_in_zones(at, timezones, lang), meeting=meeting_name(meeting, lang),
                  date=i18n.date(meeting.date, lang))


def _gone_by(answer: Answer, lang: str) -> list[str]:
    """Those like the events asked about that were announced and are past, under their heading ("The
    last one announced, now past:"); none: no lines."""
    gone = answer.names.get("gone", [])
    if not gone:
        return []
    heading = i18n.t(lang, "gone_announced" if len(gone) == 1 and "then" not in answer.flags else "gone_announced_then")
    return [escape(heading), *(escape(announced_line(a, answer.timezones, lang)) for a in gone)]


def beyond_html(answer: Answer, lang: str) -> str:
    """ "And the next one?" after the latest meeting held (an ``Answer`` of kind no_further): that
    was the latest, and the next call scheduled; "and the one before?" before the earliest: that
    is the earliest."""
    m = answer.meeting
    said = i18n.t(lang, "no_earlier" if "earliest" in answer.flags else "no_later", meeting=meeting_name(m, lang),
                  date=i18n.date(m.date, lang))
    lines = [f"<b>{escape(said)}</b>"]
    scheduled = answer.parts[0] if answer.parts else None
    if scheduled is not None and scheduled.occurrence is not None:
        lines += [escape(i18n.t(lang, "next_scheduled")), next_event_html(scheduled.occurrence, scheduled.timezones, lang)]
    elif answer.parts:
        lines.append(escape(i18n.t(lang, "next_none")))
    return "\n".join(lines)


def next_event_html(occurrence, timezones, lang: str) -> str:
    e = occurrence.event
    lines = [f"<b>{escape(e.title)}</b> — {escape(i18n.date(occurrence.start_utc.date().isoformat(), lang))}",
             escape(times_in_zones(occurrence.start_utc, timezones, lang))]
    if e.link:
        lines.append(escape(e.link))
    return "\n".join(lines)



def offsets_text(minutes: Sequence[int], lang: str) -> str:
    """How long before a meeting its reminders go out: [1440, 60, 10] -> "1 day, 1 hour and 10 minutes"
    ("1 jour, 1 heure et 10 minutes"; 90 -> "1 hour 30 minutes")."""
    def one(total: int) -> str:
        days, rest = divmod(total, 1440)
        hours, mins = divmod(rest, 60)
        return " ".join(i18n.t(lang, unit if n == 1 else f"{unit}s", n=n)
                        for n, unit in ((days, "offset_day"), (hours, "offset_hour"), (mins, "offset_minute")) if n)
    said = [one(m) for m in minutes]
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} {i18n.t(lang, 'and')} {said[-1]}"


def reminder_html(due, timezones, lang: str) -> str:
    """A reminder of a coming call: what, when in the group's zones, and the link."""
    label = i18n.t(lang, "reminder_late" if due.late else "reminder")
    lines = [f"⏰ <b>{escape(label)} — {escape(due.title)}</b>",
             escape(f"{i18n.date(due.start_utc.date().isoformat(), lang)}: "
                    f"{times_in_zones(due.start_utc, timezones, lang)}")]
    if due.event is not None and due.event.link:
        lines.append(escape(due.event.link))
    return "\n".join(lines)



def survey_message(what: str, values: dict, timezones, lang: str) -> str:
    """What the bot says about a survey: a private or group reminder, or the results."""
    if what == "results":
        lines = [f"<b>{escape(i18n.t(lang, 'survey_results', title=values['title'], answered=values['answered']))}</b>"]
        for n, (question, counts) in enumerate(values["results"], 1):
            lines.append(f"{n}. {escape(question)}")
            lines.append("   " + escape(" · ".join(f"{option}: {count}" for option, count in counts)))
        return "\n".join(lines)
    deadline = dt.datetime.fromisoformat(values["deadline"])
    when = f"{i18n.date(deadline.date().isoformat(), lang)} ({times_in_zones(deadline, timezones, lang)})"
    key = "survey_private" if what == "remind_private" else "survey_group"
    return escape(i18n.t(lang, key, title=values["title"], deadline=when, pending=values.get("pending", 0)))


def imported(lang: str, coming: int, skipped: int, counts: ImportCounts, unknown_zones: Sequence[str] = (),
             all_day: Sequence[tuple[str, dt.datetime]] = (), held: Sequence[tuple[str, dt.datetime]] = (),
             called_off: Sequence[tuple[str, dt.datetime]] = (), back: Sequence[tuple[str, dt.datetime]] = ()) -> str:
    """The reply to an .ics file: what is coming and, for a calendar imported again, how much of it
    was there (said right after, "of these" being the events coming), then what was left out for
    a time zone it could not tell (``CalendarFile.unknown_zones``), for having no time of day
    (``all_day``, named) or for falling on a day bot.toml's ``exdates`` skip (``held``: bot.toml's
    title, start), the occurrences of bot.toml's calls it cancels (``called_off``: title, start), those
    it no longer cancels (``back``: a cancellation the calendar took back), and
    what it changed (and what it left as a newer version set it, or brought back for the chats it is for)."""
    text = i18n.t(lang, "ics_done", n=coming, skipped=skipped - len(unknown_zones) - len(all_day))
    if coming > counts.added:
        text += " " + i18n.t(lang, "ics_again", kept=coming - counts.added, updated=counts.updated)
    if counts.cancelled:
        text += " " + i18n.t(lang, "ics_cancelled", cancelled=counts.cancelled)
    if counts.following:
        text += " " + i18n.t(lang, "ics_following", n=counts.following)
    if unknown_zones:
        text += " " + i18n.t(lang, "ics_unknown_zone", n=len(unknown_zones), zones="; ".join(dict.fromkeys(unknown_zones)))
    if all_day:
        text += "\n" + i18n.t(lang, "ics_all_day", n=len(all_day), events=withdrawn(all_day, lang))
    if held:
        text += "\n" + i18n.t(lang, "ics_exdates", events=withdrawn(held, lang))
    if called_off:
        text += "\n" + i18n.t(lang, "ics_called_off", events=withdrawn(called_off, lang))
    if back:
        text += "\n" + i18n.t(lang, "ics_back", events=withdrawn(back, lang))
    if counts.older:
        text += "\n" + i18n.t(lang, "ics_older", n=counts.older)
    if counts.restored:
        text += "\n" + i18n.t(lang, "ics_restored", n=counts.restored)
    if counts.withdrawn:
        text += "\n" + i18n.t(lang, "ics_gone", events=withdrawn(counts.withdrawn, lang))
    return text


MAX_NAMED_GONE = 5       # events withdrawn named in the reply to an .ics, each with its first dates
MAX_GONE_DATES = 3


def calendar_imported(lang: str, result) -> str:
    """The reply to an .ics file imported (a ``jobs.calendar_import.CalendarImport``), as ``imported``."""
    read = result.read
    return imported(lang, len(read.events), read.skipped, result.counts, read.unknown_zones, read.all_day,
                    result.held, result.called_off, result.back)


def withdrawn(gone: Sequence[tuple[str, dt.datetime]], lang: str) -> str:
    """ "“Webinar A” (10 December 2026); “Monthly call” (21 December 2026, 18 January 2027, …)": the
    events an import withdrew, by title, soonest first."""
    dates: dict[str, list[str]] = {}
    for title, start in gone:
        dates.setdefault(title, []).append(i18n.date(start.date().isoformat(), lang))
    named = [i18n.t(lang, "ics_gone_event", title=title, dates=", ".join(
        days[:MAX_GONE_DATES] + (["…"] if len(days) > MAX_GONE_DATES else [])))
        for title, days in list(dates.items())[:MAX_NAMED_GONE]]
    if len(dates) > MAX_NAMED_GONE:
        named.append(i18n.t(lang, "ics_gone_more", n=len(dates) - MAX_NAMED_GONE))
    return "; ".join(named)


def events_listing(found: Sequence, cancelled: Sequence, offsets, timezones, as_json: bool, now: dt.datetime, *,
                   last: dt.datetime, declared: bool) -> str:
    """`acta events`: the occurrences to come (``jobs.calendar.Occurrence``), each with a line saying
    when its reminders go out, and those of bot.toml an imported calendar cancels, said so, in
    order; or as JSON. ``last``: the last day looked at; ``declared``: whether any event exists."""
    from jobs.calendar import reminder_times

    both = sorted([(o, False) for o in found] + [(o, True) for o in cancelled], key=lambda x: x[0].start_utc)
    if as_json:
        return json.dumps([{
            "title": o.event.title, "start_utc": o.start_utc.isoformat(), "end_utc": o.end_utc.isoformat(),
            "timezone": o.event.timezone.key, "link": o.event.link, "chats": list(o.event.chats),
            "reminders": [] if off else [t.isoformat() for t in reminder_times(o, offsets)], "cancelled": off}
            for o, off in both], ensure_ascii=False, indent=2)
    if not both:        # (``last``: the last day looked at; ``declared``: some events exist, later)
        return f"No event up to {last:%Y-%m-%d}" + (
            " (--until goes further)." if declared else ". Declare recurring calls as [[events]] in bot.toml.")
    return "\n".join(f"{o.start_utc:%Y-%m-%d %H:%M} UTC  {o.event.title}  " + (
        "(cancelled in the imported calendar: not reminded)" if off else
        f"({times_in_zones(o.start_utc, timezones, 'en')})\n  {_reminders_line(reminder_times(o, offsets), o.event.chats, now)}")
        for o, off in both)


def _reminders_line(times, chats, now: dt.datetime) -> str:
    """When an occurrence's reminders go out (a time already past is not sent: it is marked so)."""
    if not times:
        return "reminders: none ([reminders] offsets is empty)"
    return (f"reminders{'' if chats else ' (to no chat: none is sent)'}: "
            + ", ".join(f"{t:%Y-%m-%d %H:%M} UTC" + (" (past)" if t < now else "") for t in times))
