"""Turning answers into words: pure functions, testable without Telegram or a terminal."""
from __future__ import annotations

import datetime as dt

from bot import i18n, render_presence as presence, render_roles as roles, render_speaking as speaking
from bot.render_events import beyond_html, held_text, in_zone, next_html, offsets_text
from bot.render_words import MAX_LISTED, meeting_name, meetings_list, names_list, no_one_called, meeting_and_date
from bot.telegram_text import escape, html_to_text
from knowledge import dates
from knowledge.facts import MAX_PARTS
from knowledge.models import Answer, MeetingSummary
from knowledge.search import Hit


def attribution(hit: Hit, lang: str) -> str:
    return i18n.t(lang, "attribution", speaker=hit.speaker, meeting=meeting_name(hit, lang),
                  date=i18n.date(hit.date, lang))


def answer_text(answer: Answer) -> str:
    """The answer itself, without the list of further sources."""
    lang = answer.language
    render = _RENDERERS[answer.kind]
    return read_as(answer) + render(answer, lang)


def read_as(answer: Answer) -> str:
    """"(read «budjet» as «budget»)" above an answer found only once a typo was read so; the part
    answered of a question of several; "No later
    AFRALO meeting; the next meeting:" above another group's meeting, after "and the next one?"; which
    languages Acta reads, above the answer to a question in another one."""
    crossed = answer.names.get("crossed")
    note = i18n.t(answer.language, "crossed_after" if crossed[1] > 0 else "crossed_before", group=crossed[0]) + "\n" \
        if crossed else ""
    if "other_language" in answer.names:    # "Wann ist das nächste Treffen?"
        note = i18n.t(answer.language, "other_language") + "\n" + note
    if "part" in answer.names:      # "What did Priya say about DNS abuse and when is the deadline and…?"
        note = i18n.t(answer.language, "one_part", part=answer.names["part"][0]) + "\n" + note
    return "".join(i18n.t(answer.language, "read_as", typed=r.typed, read=r.read) + "\n" for r in answer.readings) + note


def sources_text(answer: Answer, start: int = 1) -> str:
    """ "Other sources:" and one line per source after the first."""
    if len(answer.sources) <= start:
        return ""
    lines = [i18n.t(answer.language, "other_sources" if start else "sources")]
    for n, hit in enumerate(answer.sources[start:], start + 1):
        lines.append(i18n.t(answer.language, "source_line", n=n, speaker=hit.speaker,
                            meeting=meeting_name(hit, answer.language), date=i18n.date(hit.date, answer.language)))
    return "\n".join(lines)


def plain(answer: Answer) -> str:
    """The whole reply as plain text (the CLI and the local console)."""
    return "\n\n".join(p for p in (answer_text(answer), sources_text(answer, _quoted(answer))) if p)


def _quoted(answer: Answer) -> int:
    """How many sources the answer quotes (one, or one per person asked about who spoke of it)."""
    return 1 + len(answer.also) if answer.kind == "passage" else 0 if answer.kind == "mentions" else 1


def _passage(answer: Answer, lang: str) -> str:
    quotes = [f"«{' '.join(quote)}»\n{attribution(hit, lang)}"
              for quote, hit in zip((answer.quote, *answer.also), answer.sources)]
    return _not_by(answer, lang) + "\n".join(quotes + in_zone(answer, lang))


def _not_by(answer: Answer, lang: str) -> str:
    """"Nothing from Alberto Soto on that; others spoke of it:" before a passage by someone else;
    "Nothing from Alberto Soto on that." when another person asked about did speak of it; "Nothing
    on that in the NARALO monthly call…; in other meetings:" before a follow-up found elsewhere."""
    unknown, by, not_by = (answer.names.get(key) for key in ("unknown", "by", "not_by"))
    if "cancelled" in answer.names:         # "la reunion de cancun se cancela?": what the calls say, or that they do not
        said = "cancel_said" if "cancel_said" in answer.flags else "cancel_unsaid"
        return i18n.t(lang, said, topic=answer.names["cancelled"][0]) + "\n"
    if "elsewhere" in answer.flags:         # meetings followed up on, dated or of a group, that hold nothing on it
        if len(answer.meetings) > 1 and answer.names.get("group"):
            return i18n.t(lang, "elsewhere_group", group=names_list(answer.names["group"], lang)) + "\n"
        where = names_list([f"{meeting_name(m, lang)} ({i18n.date(m.date, lang)})" for m in answer.meetings], lang)
        return i18n.t(lang, "elsewhere", where=where) + "\n"
    if "said_on" in answer.flags:           # "cuando fue eso?": the quote says no date; its meeting's
        hit = answer.sources[0]
        return i18n.t(lang, "said_on", date=i18n.date(hit.date, lang), meeting=meeting_name(hit, lang)) + "\n"
    if "no_more" in answer.flags:           # "y que dijo?": nothing more than the quote again
        return i18n.t(lang, "no_more", names=names_list(answer.names["persons"], lang)) + "\n"
    if unknown and not (by or not_by):
        return i18n.t(lang, "unknown_by", name=names_list(unknown, lang)) + "\n"
    lines = no_one_called(unknown, lang)
    if answer.names.get("spoke"):       # "Did Tamara speak?": yes, so many times, where the quote is from
        hit = answer.sources[0]
        lines += [i18n.t(lang, "spoke_yes_one" if turns == 1 else "spoke_yes", name=name, n=turns,
                         meeting=meeting_name(hit, lang), date=i18n.date(hit.date, lang))
                  for name, turns in answer.names["spoke"]]
    if not_by:
        lines.append(i18n.t(lang, "not_by_some" if by else "not_by", name=names_list(not_by, lang)))
    if answer.names.get("closest"):     # their turn ranked first, which says the question's words otherwise or not all
        lines.append(i18n.t(lang, "closest_by", name=names_list(answer.names["closest"], lang)))
    return "".join(line + "\n" for line in lines)


def _nothing(answer: Answer, lang: str) -> str:
    if not answer.meetings:
        return i18n.t(lang, "nothing_empty")
    said = no_one_called(answer.names.get("unknown"), lang)
    said.append(i18n.t(lang, "not_by_some", name=names_list(answer.names["not_by"], lang)) if answer.names.get("not_by")
                else i18n.t(lang, "nothing"))
    return "\n".join([*said, _known(answer, lang)])


def _no_words(answer: Answer, lang: str) -> str:
    return "\n".join([i18n.t(lang, "no_words"), _known(answer, lang)] if answer.meetings else [i18n.t(lang, "no_words")])


def _thanks(answer: Answer, lang: str) -> str:
    return i18n.t(lang, "thanks")


def _ack(answer: Answer, lang: str) -> str:
    return i18n.t(lang, "ack")


def _greeting(answer: Answer, lang: str) -> str:
    return i18n.t(lang, "greeting")


def _help(answer: Answer, lang: str) -> str:
    """"ayuda", "are you a bot?": who Acta is and how to ask (the chat adds the commands, as /help)."""
    return i18n.t(lang, "start") + "\n" + i18n.t(lang, "help_intro")


def _reminders(answer: Answer, lang: str) -> str:
    """Whether and when Acta reminds the group of meetings: how long before, when bot.toml's
    [reminders] offsets were told (none: turned off), and that none goes out with nothing scheduled."""
    idle = "idle" in answer.flags
    if "offsets" not in answer.names:
        return i18n.t(lang, "reminders_idle" if idle else "reminders")
    if not answer.names["offsets"]:
        return i18n.t(lang, "reminders_off")
    before = offsets_text(answer.names["offsets"], lang)
    return i18n.t(lang, "reminders_idle_at" if idle else "reminders_at", offsets=before)


def _known(answer: Answer, lang: str) -> str:
    """What Acta knows about: the latest meetings and their topics."""
    lines = [i18n.t(lang, "known_meetings", n=answer.known or len(answer.meetings))]
    lines += [i18n.t(lang, "meeting_line", date=i18n.date(m.date, lang), meeting=meeting_name(m, lang))
              for m in reversed(answer.meetings)]
    if answer.topics:
        lines.append(i18n.t(lang, "known_topics", topics="; ".join(answer.topics)))
    return "\n".join(lines)


def _meetings(answer: Answer, lang: str) -> str:
    n = len(answer.meetings)
    if answer.names.get("of"):      # "Which meetings did Carlos attend?" ("…speak in?", "…miss?")
        name, how = answer.names["of"][0], answer.names["how"][0]
        lines = [i18n.t(lang, f"meetings_{how}" if n else f"meetings_{how}_none", name=name, n=n)]
    else:       # ("When was the last NARALO call?": the one, without "1 meeting(s):")
        lines = [] if n == 1 else [i18n.t(lang, "meetings_header", n=n) if n <= MAX_LISTED else
                                   i18n.t(lang, "meetings_latest", n=n, shown=MAX_LISTED)]
    lines += [i18n.t(lang, "meeting_line", date=i18n.date(m.date, lang), meeting=meeting_name(m, lang) + _versions(m, lang))
              for m in answer.meetings[-MAX_LISTED:]]
    return "\n".join(lines)


def _versions(m: MeetingSummary, lang: str) -> str:
    """" (français, español)" for a call transcribed in several languages."""
    if len(m.languages) < 2:
        return ""
    return " (" + ", ".join(i18n.language_name(code, lang) for code in m.languages) + ")"


def _agenda(answer: Answer, lang: str) -> str:
    items = answer.names["agenda"]
    if not items:
        return i18n.t(lang, "no_agenda", **meeting_and_date(answer, lang))
    lines = [i18n.t(lang, "agenda_header", **meeting_and_date(answer, lang))]
    place, title = answer.names.get("item") or (None, None)
    if title or place and place > 0:    # "Who presented the sixth item?": what it is, or that there is none
        lines.insert(0, i18n.t(lang, "item_no_presenter", n=place, title=title) if title else
                     i18n.t(lang, "no_such_item", n=place))
    # A presenter the agenda did not name, but who said most of the item, is marked so.
    led = set(answer.names.get("led", ()))
    lines += [f"{n}. {title}" + (f" — {presenter}" if presenter else "") +
              (" " + i18n.t(lang, "agenda_led") if presenter and n in led else "")
              for n, (title, presenter) in enumerate(items, 1)]
    return "\n".join(lines)


def _commitments(answer: Answer, lang: str) -> str:
    found = answer.names["commitments"]
    if not found and answer.meeting is None:        # "What did Priya commit to?": nothing of hers
        return i18n.t(lang, "no_commitments_of", name=", ".join(answer.names.get("person", ())))
    if not found:
        return i18n.t(lang, "no_commitments", **meeting_and_date(answer, lang))
    return "\n".join([i18n.t(lang, "commitments_header", **meeting_and_date(answer, lang))]
                     + [f"• {speaker}: «{text}»" for speaker, text in found])


def _dates(answer: Answer, lang: str) -> str:
    found = answer.summary.mentions
    if not found:
        return i18n.t(lang, "no_dates", **meeting_and_date(answer, lang))
    return "\n".join([i18n.t(lang, "dates_header", **meeting_and_date(answer, lang))]
                     + [f"• {when_said(d, lang)} — {d.speaker}: «{d.text}»" for d in found])


def when_said(d: dates.Mention, lang: str) -> str:
    """When a date said in a call is: "3–4 December 2026, 15:00 UTC, Bogotá", "week of…", "October 2026"."""
    day = dt.date.fromisoformat(d.date)
    if d.precision == "month":
        text = i18n.t(lang, "sum_month", month=i18n.MONTHS[lang][day.month - 1], year=day.year)
    elif d.precision == "week":
        text = i18n.t(lang, "sum_week", date=i18n.date(d.date, lang))
    else:
        text = i18n.date_span(d.date, d.end, lang)
    if d.time_utc:
        text += f", {d.time_utc} UTC"
    if d.place:
        text += f", {d.place}"
    return text


def outcome(answerer: str | None, deferred: bool, lang: str) -> str:
    """What became of a member's question: "answered by …", put off, or not answered (answers
    and summaries)."""
    if answerer and deferred:
        return i18n.t(lang, "sum_deferred", name=answerer)
    if answerer:
        return i18n.t(lang, "sum_answered", name=answerer)
    return i18n.t(lang, "sum_unanswered")


def _questions(answer: Answer, lang: str) -> str:
    found, by = answer.names["questions"], answer.names.get("by")
    is_open = "open" in answer.flags
    if not found and answer.meeting is None:        # none of or to the people asked about
        # ("Who answered Priya?": of her own questions; "What did Priya ask?": of those from or to her)
        key = "no_open_questions_by" if is_open else "no_questions_from" if "theirs" in answer.flags else "no_questions_by"
        none = i18n.t(lang, key + "_in", names=", ".join(by), where=meetings_list(answer.meetings[-MAX_PARTS:], lang)) \
            if "named" in answer.flags else i18n.t(lang, key, names=", ".join(by), n=len(answer.meetings))
        # ("What did Dev ask?": others' turns that name a question of his, quoted)
        return "\n".join([none] + ([i18n.t(lang, "question_named_by_others")] if answer.sources else []) + [
            f"«{hit.passage}» — {hit.speaker}, {meeting_name(m, lang)}, {i18n.date(m.date, lang)}"
            for hit in answer.sources for m in answer.meetings if hit.meeting_id in m.ids])
    if not found:
        none_asked = "none_asked" in answer.flags or not is_open
        return i18n.t(lang, "no_questions" if none_asked else "no_open_questions", **meeting_and_date(answer, lang))
    by_header = "open_questions_by_header" if is_open else \
        "questions_from_header" if "theirs" in answer.flags else "questions_by_header"
    header = i18n.t(lang, by_header, names=", ".join(by), **meeting_and_date(answer, lang)) \
        if by else i18n.t(lang, "open_questions_header" if is_open else "questions_header", **meeting_and_date(answer, lang))
    return "\n".join([header] + [f"• {asker}: «{text}» → {outcome(answerer, deferred, lang)}"
                                  for asker, text, answerer, deferred in found])


def _presenter(answer: Answer, lang: str) -> str:
    [(title, presenter)] = answer.names["presenter"]
    key = "presenter_apologised" if answer.names.get("apologised") else \
        "presenter_absent" if answer.names.get("absent") else "presenter_led" if answer.names.get("led") else "presenter"
    return i18n.t(lang, key, presenter=presenter, title=title, **meeting_and_date(answer, lang))


MAX_MEETINGS_LISTED = 10      # a count's meetings (the latest)
MAX_SPEAKERS_LISTED = 5       # and who mentions it most


def _mentions(answer: Answer, lang: str) -> str:
    found, by = answer.mentions, answer.names.get("by")
    lines = [i18n.t(lang, "mentions_by" if by else "mentions", topic=found.topic, turns=found.turns,
                    meetings=len(found.by_meeting), name=names_list(by or [], lang))]
    lines += [i18n.t(lang, "mentions_line", date=i18n.date(m.date, lang), meeting=meeting_name(m, lang), n=n)
              for m, n in found.by_meeting[-MAX_MEETINGS_LISTED:]]
    if not by:
        lines.append(i18n.t(lang, "mentions_speakers", names=", ".join(
            f"{name} ({n})" for name, n in found.by_speaker[:MAX_SPEAKERS_LISTED])))
    return "\n".join(lines)


def _survey(answer: Answer, lang: str) -> str:
    lines = [i18n.t(lang, "survey_count_unknown")] if "count" in answer.flags else []    # "How many answered?"
    lines += [i18n.t(lang, "survey_header", **meeting_and_date(answer, lang))] if answer.meeting else []
    lines += [f"{n}. {q}" for n, q in enumerate(answer.names["survey"], 1)]
    return "\n".join(lines)


def _chair(answer: Answer, lang: str) -> str:
    chair = answer.names["chair"]
    if not chair:
        return i18n.t(lang, "no_chair", **meeting_and_date(answer, lang))
    asked = answer.names.get("asked")       # "Did Lucía chair the call?": whether she did, first
    if asked and chair[0] not in asked:
        return i18n.t(lang, "chair_no", name=chair[0], asked=asked[0], **meeting_and_date(answer, lang))
    chaired = i18n.t(lang, "chair", name=chair[0], **meeting_and_date(answer, lang))
    return f"{i18n.t(lang, 'verdict_yes')}, {chaired}" if asked else chaired


def _agenda_reader(answer: Answer, lang: str) -> str:
    """Who read the agenda out, or the roll call (kind ``roll_call_reader``)."""
    reader, what = answer.names["reader"], answer.kind
    if not reader:
        return i18n.t(lang, f"no_{what}", **meeting_and_date(answer, lang))
    return i18n.t(lang, what, name=reader[0], **meeting_and_date(answer, lang))


def _no_survey(answer: Answer, lang: str) -> str:
    counted = [i18n.t(lang, "survey_count_unknown")] if "count" in answer.flags else []
    return "\n".join(counted + [i18n.t(lang, "no_survey", **meeting_and_date(answer, lang))])


def _no_meeting(answer: Answer, lang: str) -> str:
    impossible = dates.impossible_day(answer.question)        # "Who attended on 30 February 2020?"
    groups = answer.names.get("groups")       # "How many calls did EURALO have?": none of that group
    lines = [i18n.t(lang, "no_such_day", when=i18n.day_month(*impossible, lang)) if impossible else
             i18n.t(lang, "no_group_meeting", group=names_list(groups, lang)) if groups else i18n.t(lang, "no_meeting")]
    lines += [i18n.t(lang, "meeting_line", date=i18n.date(m.date, lang), meeting=meeting_name(m, lang))
              for m in reversed(answer.meetings)]
    return "\n".join(lines)


def _which_person(answer: Answer, lang: str) -> str:
    return i18n.t(lang, "which_person", names=names_list(answer.names["persons"], lang, "or"))


def _no_speaker(answer: Answer, lang: str) -> str:
    return "\n".join(no_one_called(answer.names["speaker"], lang, answer.names.get("interpreted")))


def _next(answer: Answer, lang: str) -> str:
    return html_to_text(next_html(answer, lang))


def _next_agenda(answer: Answer, lang: str) -> str:
    """ "What will be on the next NARALO agenda?", "Who presents next time?": what the last call said
    for the next one, or that nothing was said; then the last agenda, as such."""
    said = answer.names["said"]
    where = meeting_and_date(answer, lang)
    lines = [i18n.t(lang, "next_presenters_none")] if "presenters" in answer.flags else []
    lines += [i18n.t(lang, "next_agenda_said", **where), *(f"• «{text}» — {speaker}" for text, speaker in said)] if said \
        else [] if lines else [i18n.t(lang, "next_agenda_none")]
    return "\n".join([*lines, "", i18n.t(lang, "last_agenda"), *(_agenda(part, lang) for part in answer.parts)])


def _several(answer: Answer, lang: str) -> str:
    return "\n\n".join(_RENDERERS[part.kind](part, lang) for part in answer.parts)


def _summary(answer: Answer, lang: str) -> str:
    from bot.render_summary import summary_text      # which imports this module's helpers
    return summary_text(answer.summary, lang, answer.timezones)


_RENDERERS = {"passage": _passage, "nothing": _nothing, "no_words": _no_words, "thanks": _thanks, "greeting": _greeting, "ack": _ack,
              "help": _help, "reminders": _reminders,
              "no_meeting": _no_meeting, "next": _next, "no_further": lambda answer, lang: html_to_text(beyond_html(answer, lang)), "interpreters": presence.interpreters, "survey": _survey, "no_speaker": _no_speaker, "which_person": _which_person,
              "whom": lambda answer, lang: i18n.t(lang, "whom"),
              "no_one_else": lambda answer, lang: i18n.t(lang, "no_one_else", names=names_list(answer.names["persons"], lang)),
              "no_survey": _no_survey, "chair": _chair, "agenda_reader": _agenda_reader, "roll_call_reader": _agenda_reader, "several": _several,
              "meetings": _meetings, "attendance": presence.attendance, "apologies": presence.apologies, "attended_all": presence.attended_all,
              "agenda": _agenda, "presenter": _presenter, "present": presence.present, "did_speak": presence.did_speak, "participation": presence.participation,
              "commitments": _commitments, "dates": _dates, "questions": _questions, "late": presence.late, "speakers": speaking.speakers_text, "silent": speaking.silent_text, "mentions": _mentions,
              "summary": _summary, "started": held_text, "lasted": held_text, "next_agenda": _next_agenda,
              "role": roles.role, "undefined": roles.undefined}


def answer_json(answer: Answer) -> dict:
    """``acta ask --json``: the answer text, its language, and the sources best first."""
    hits = answer.sources or tuple(h for part in answer.parts for h in part.sources)   # several: each one's
    out = {"answer": answer_text(answer), "language": answer.language, "kind": answer.kind,
           "sources": [h.to_json() for h in hits]}
    if answer.readings:             # "(read «budjet» as «budget»)", for scripts
        out["readings"] = [{"typed": r.typed, "read": r.read} for r in answer.readings]
    if answer.kind == "mentions":
        found = answer.mentions
        out["mentions"] = {"topic": found.topic, "turns": found.turns,
                           "meetings": [{"meeting_id": m.id, "date": m.date, "turns": n} for m, n in found.by_meeting],
                           "speakers": [{"speaker": name, "turns": n} for name, n in found.by_speaker]}
    return out


def html_answer(answer: Answer) -> str:
    """The answer in Telegram HTML, everything from transcripts escaped."""
    lang = answer.language
    if answer.kind == "passage":
        head = escape(_not_by(answer, lang)) + "\n".join(
            f"<i>«{escape(' '.join(quote))}»</i>\n"
            f"<b>{escape(hit.speaker)}</b> — {escape(meeting_name(hit, lang))}, {escape(i18n.date(hit.date, lang))}"
            for quote, hit in zip((answer.quote, *answer.also), answer.sources)) + "".join(
            f"\n{escape(line)}" for line in in_zone(answer, lang))
    elif answer.kind == "next":
        head = next_html(answer, lang)
    elif answer.kind == "no_further":
        head = beyond_html(answer, lang)
    elif answer.kind == "several":
        head = "\n\n".join(html_answer(part) for part in answer.parts)
    elif answer.kind == "summary":
        from bot.render_summary import summary_html
        head = summary_html(answer.summary, lang, answer.timezones)
    else:
        lines = _RENDERERS[answer.kind](answer, lang).split("\n")
        head = "\n".join([f"<b>{escape(lines[0])}</b>"] + [escape(line) for line in lines[1:]])
    more = sources_text(answer, _quoted(answer))
    return escape(read_as(answer)) + head + (f"\n\n{escape(more)}" if more else "")
