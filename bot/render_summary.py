"""A meeting's summary as Telegram HTML (posted after a call, and /summary) or plain text (the CLI)."""
from __future__ import annotations

from bot import i18n
from bot.render import meeting_name, outcome, when_said
from bot.render_events import times_in_zones
from bot.telegram_text import escape, html_to_text
from knowledge.models import MeetingSummary


def summary_html(summary, lang: str, timezones: tuple[str, ...] = ()) -> str:
    """A post-call summary in Telegram HTML: labels in the member's language, quotes in the
    transcript's, every line self-contained (so that long summaries split cleanly). The start is
    also shown in the group's ``timezones``."""
    import datetime as dt

    m = MeetingSummary(summary.meeting_id, summary.date, summary.start_utc, summary.title, summary.group,
                       summary.kind, summary.language, 0)
    time = f", {summary.start_utc[11:16]} UTC" if summary.start_utc else ""
    if summary.start_utc and summary.start_utc[:10] != summary.date:      # "23:00 UTC-3" on the 3rd: the 4th in UTC
        time = f" ({i18n.date(summary.start_utc[:10], lang)}, {summary.start_utc[11:16]} UTC)"
    name = meeting_name(m, lang)
    lines = [f"<b>{escape(name[:1].upper() + name[1:])}, {escape(i18n.date(summary.date, lang))}{time}</b>"]
    zones = [z for z in timezones if z != "UTC"]
    if summary.start_utc and zones:
        lines.append(escape(times_in_zones(dt.datetime.fromisoformat(summary.start_utc), zones, lang)))
    if "speech" in summary.missing:
        lines.append(escape(i18n.t(lang, "sum_missing_speech")))
    if "roll_call" in summary.missing:
        lines.append(escape(i18n.t(lang, "sum_missing_roll_call")))
        if summary.apologies:           # (read without a roll call naming anyone present)
            lines.append(escape(i18n.t(lang, "sum_apologies", apologies=", ".join(summary.apologies))))
    else:
        channels = ", ".join(f"{i18n.t(lang, 'channel', language=i18n.language_name(c, lang))} {n}"
                             for c, n in sorted(summary.channels.items()))
        lines.append(escape(i18n.t(lang, "sum_attendance", present=summary.present,
                                   channels=f" ({channels})" if channels else "", later=", ".join(summary.joined_later) or i18n.t(lang, "sum_no_one"),
                                   apologies=", ".join(summary.apologies) or i18n.t(lang, "sum_none"))))
    if "agenda" in summary.missing and "speech" not in summary.missing:
        lines.append(escape(i18n.t(lang, "sum_missing_agenda")))
    items = [i for i in summary.items if i.title or i.quotes]
    if items:
        lines += ["", f"<b>{escape(i18n.t(lang, 'sum_agenda' if items[0].title else 'sum_highlights'))}</b>"]
        for n, item in enumerate(items, 1):
            if item.title:
                by = i18n.t(lang, "sum_absent_presenter", name=item.presenter) if item.absent else item.presenter
                lines.append(f"{n}. <b>{escape(item.title)}</b>" + (f" — {escape(by)}" if item.presenter else ""))
            for q in item.quotes:
                lines.append(f"   «<i>{escape(q.text)}</i>» — {escape(q.speaker)}")
    colon = " :" if lang == "fr" else ":"        # (French typography spaces it)
    if summary.questions:
        lines += ["", f"<b>{escape(i18n.t(lang, 'sum_questions'))}</b>"]
        for q in summary.questions:
            lines.append(f"• {escape(q.asker)}{colon} «<i>{escape(q.question)}</i>» → {escape(outcome(q.answerer, q.deferred, lang))}")
    if summary.commitments:
        lines += ["", f"<b>{escape(i18n.t(lang, 'sum_commitments'))}</b>"]
        lines += [f"• {escape(c.speaker)}{colon} «<i>{escape(c.text)}</i>»" for c in summary.commitments]
    if summary.mentions:
        lines += ["", f"<b>{escape(i18n.t(lang, 'sum_dates'))}</b>"]
        for d in summary.mentions:
            lines.append(f"• <b>{escape(when_said(d, lang))}</b> — {escape(d.speaker)}{colon} «<i>{escape(d.text)}</i>»")
    if summary.survey:
        lines += ["", f"<b>{escape(i18n.t(lang, 'sum_survey'))}</b>"]
        lines += [f"{n}. {escape(q)}" for n, q in enumerate(summary.survey, 1)]
    return "\n".join(lines)


def summary_text(summary, lang: str, timezones: tuple[str, ...] = ()) -> str:
    return html_to_text(summary_html(summary, lang, timezones))
