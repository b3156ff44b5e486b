"""Turning answers into words: pure functions, testable without Telegram or a terminal."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from bot import i18n
from bot.render_events import next_html
from bot.telegram_text import escape, html_to_text
from knowledge import dates
from knowledge.facts import MAX_PARTS
from knowledge.models import Answer, MeetingSummary
from knowledge.search import Hit

MAX_LISTED = 25


def meeting_name(m: MeetingSummary | Hit, lang: str) -> str:
    return i18n.meeting(m.group, m.kind, lang)


def attribution(hit: Hit, lang: str) -> str:
    return i18n.t(lang, "attribution", speaker=hit.speaker, meeting=meeting_name(hit, lang),
                  date=i18n.date(hit.date, lang))


def answer_text(answer: Answer) -> str:
    """The answer itself, without the list of further sources."""
    lang = answer.language
    render = _RENDERERS[answer.kind]
    return read_as(answer) + render(answer, lang)


def read_as(answer: Answer) -> str:
    """"(read «budjet» as «budget»)" above an answer found only once a typo was read so."""
    return "".join(i18n.t(answer.language, "read_as", typed=r.typed, read=r.read) + "\n" for r in answer.readings)


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
    return _not_by(answer, lang) + "\n".join(quotes)


def _not_by(answer: Answer, lang: str) -> str:
    """"Nothing from Alberto Soto on that; others spoke of it:" before a passage by someone else;
    "Nothing from Alberto Soto on that." when another person asked about did speak of it; "Nothing
    on that in the NARALO monthly call…; in other meetings:" before a follow-up found elsewhere."""
    unknown, by, not_by = (answer.names.get(key) for key in ("unknown", "by", "not_by"))
    if "elsewhere" in answer.flags:         # meetings followed up on, dated or of a group, that hold nothing on it
        if len(answer.meetings) > 1 and answer.names.get("group"):
            return i18n.t(lang, "elsewhere_group", group=names_list(answer.names["group"], lang)) + "\n"
        where = names_list([f"{meeting_name(m, lang)} ({i18n.date(m.date, lang)})" for m in answer.meetings], lang)
        return i18n.t(lang, "elsewhere", where=where) + "\n"
    if unknown and not (by or not_by):
        return i18n.t(lang, "unknown_by", name=names_list(unknown, lang)) + "\n"
    lines = _no_one_called(unknown, lang)
    if not_by:
        lines.append(i18n.t(lang, "not_by_some" if by else "not_by", name=names_list(not_by, lang)))
    return "".join(line + "\n" for line in lines)


def _meetings_list(meetings, lang: str) -> str:
    """"NARALO monthly call, 12 October 2026; AFRALO monthly call, 5 October 2026"."""
    return "; ".join(f"{meeting_name(m, lang)}, {i18n.date(m.date, lang)}" for m in meetings)


def names_list(names: list[str], lang: str, joined_by: str = "and") -> str:
    """"Aida Noblia", "Aida Noblia and Humberto Carrasco", "A, B and C" (or "A, B or C") in the member's language."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {i18n.t(lang, joined_by)} {names[-1]}"


def _nothing(answer: Answer, lang: str) -> str:
    if not answer.meetings:
        return i18n.t(lang, "nothing_empty")
    said = _no_one_called(answer.names.get("unknown"), lang)
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


def _where(answer: Answer, lang: str) -> dict:
    return {"meeting": meeting_name(answer.meeting, lang), "date": i18n.date(answer.meeting.date, lang)}


def _attendance(answer: Answer, lang: str) -> str:
    present = answer.names["present"]
    joined, late = set(answer.names.get("joined", ())), set(answer.names.get("late", ()))
    names = [name + (f" ({i18n.t(lang, 'channel', language=i18n.language_name(ch, lang))})" if ch else "")
             + (f" ({i18n.t(lang, 'joined_after_apology')})" if name in joined else "")
             + (f" ({i18n.t(lang, 'joined_late')})" if name in late else "") for name, ch in present]
    lines = [i18n.t(lang, "attendance_header", n=len(present), **_where(answer, lang)),
             f"{i18n.t(lang, 'present')}: {', '.join(names)}"]
    for key in ("apologies", "staff", "interpreters"):
        if answer.names.get(key):
            lines.append(f"{i18n.t(lang, key)}: {', '.join(answer.names[key])}")
    return "\n".join(lines)


def _attended_all(answer: Answer, lang: str) -> str:
    where = _meetings_list(answer.meetings, lang)
    names = answer.names["present"]
    if not names:
        return i18n.t(lang, "attended_all_none", n=len(answer.meetings), meetings=where)
    return i18n.t(lang, "attended_all", n=len(answer.meetings), meetings=where, count=len(names)) + "\n" + ", ".join(names)


def _present(answer: Answer, lang: str) -> str:
    """"Yes, Priya Raman was there: NARALO monthly call, 12 October 2026 — in the roll call. Took
    the floor 2 times.", a line per person asked about."""
    lines = _no_one_called(answer.names.get("unknown"), lang, answer.names.get("interpreted"))
    lines += [i18n.t(lang, "why_not_said")] if "why" in answer.flags else []     # "Why not?"
    for name, state, turns in answer.names["present"]:
        line = i18n.t(lang, f"was_{state}", name=name, **_where(answer, lang))
        if state in ("roll_call", "staff", "joined", "took_floor"):
            line += " " + (i18n.t(lang, "was_turns", n=turns) if turns > 1 else
                           i18n.t(lang, "was_turns_one" if turns else "was_silent"))
        if answer.flags & {"absent", "late"} and state != "unknown":
            # "Was Priya absent?", "Did Priya join late?": the same facts, the verdict of that
            # ("Yes — Priya Raman was not there: …", "No — Priya Raman was there: … in the roll call")
            yes = ("absent", "apology", "none") if "absent" in answer.flags else ("spoke", "joined")
            line = f"{i18n.t(lang, 'verdict_yes' if state in yes else 'verdict_no')} — {_VERDICT.sub('', line, count=1)}"
        lines.append(line)
    return "\n".join(lines)


_VERDICT = re.compile(r"^(?:Yes|No|Oui|Non|Sí|Sim|Não), ")     # how the was_… lines start


def _did_speak(answer: Answer, lang: str) -> str:
    """"Yes, Priya Raman took the floor 2 times: NARALO monthly call, 12 October 2026.", or why
    not (was there but silent, sent apologies, was not there), a line per person asked about."""
    lines = _no_one_called(answer.names.get("unknown"), lang, answer.names.get("interpreted"))
    for name, state, turns in answer.names["present"]:
        key = ("spoke_yes" if turns > 1 else "spoke_yes_one") if turns else \
            "spoke_silent" if state in ("roll_call", "staff", "joined") else \
            f"was_{state}" if state in ("apology", "absent") else \
            "spoke_none" if state == "none" else "spoke_no"
        line = i18n.t(lang, key, name=name, n=turns, **_where(answer, lang))
        said = _VERDICT.sub("", line, count=1) if "said" in answer.flags else line     # "What did Linda say?": no verdict
        lines.append(said[:1].upper() + said[1:])
    return "\n".join(lines)


def _apologies(answer: Answer, lang: str) -> str:
    """"No, Sergio Salinas Porto did not send apologies…" for each person asked about, then
    everyone who did."""
    if "nowhere" in answer.flags:           # "Did Priya send apologies?": for none of the meetings
        return "\n".join(i18n.t(lang, "apologised_never", name=name, n=len(answer.meetings)) for name in answer.names["asked"])
    names, joined = answer.names["apologies"], set(answer.names.get("joined", ()))
    lines = [i18n.t(lang, "apologised_joined" if name in joined else "apologised_yes" if name in names else "apologised_no",
                    name=name, **_where(answer, lang)) for name in answer.names.get("asked", ())]
    if not names:
        return "\n".join(lines or [i18n.t(lang, "no_apologies", **_where(answer, lang))])
    names = [name + (f" ({i18n.t(lang, 'joined_after_apology')})" if name in joined else "") for name in names]
    return "\n".join([*lines, i18n.t(lang, "apologies_header", **_where(answer, lang)), ", ".join(names)])


def _interpreters(answer: Answer, lang: str) -> str:
    names = answer.names["interpreters"]
    if not names:
        return i18n.t(lang, "no_interpreters", **_where(answer, lang))
    # A line per channel, in the order the roll call names them: "Spanish channel: Veronica, Marina".
    by_channel: dict = {}
    for name, channel in zip(names, answer.names.get("channels") or [None] * len(names)):
        by_channel.setdefault(channel, []).append(name)
    lines = [(f"{i18n.t(lang, 'channel', language=i18n.language_name(channel, lang))}: " if channel else "") + ", ".join(group)
             for channel, group in by_channel.items()]
    return "\n".join([i18n.t(lang, "interpreters_header", **_where(answer, lang)), *lines])


def _agenda(answer: Answer, lang: str) -> str:
    items = answer.names["agenda"]
    if not items:
        return i18n.t(lang, "no_agenda", **_where(answer, lang))
    lines = [i18n.t(lang, "agenda_header", **_where(answer, lang))]
    place, title = answer.names.get("item") or (None, None)
    if title or place and place > 0:    # "Who presented the sixth item?": what it is, or that there is none
        lines.insert(0, i18n.t(lang, "item_no_presenter", n=place, title=title) if title else
                     i18n.t(lang, "no_such_item", n=place))
    lines += [f"{n}. {title}" + (f" — {presenter}" if presenter else "") for n, (title, presenter) in
              enumerate(items, 1)]
    return "\n".join(lines)


def _commitments(answer: Answer, lang: str) -> str:
    found = answer.names["commitments"]
    if not found and answer.meeting is None:        # "What did Priya commit to?": nothing of hers
        return i18n.t(lang, "no_commitments_of", name=", ".join(answer.names.get("person", ())))
    if not found:
        return i18n.t(lang, "no_commitments", **_where(answer, lang))
    return "\n".join([i18n.t(lang, "commitments_header", **_where(answer, lang))]
                     + [f"• {speaker}: «{text}»" for speaker, text in found])


def _dates(answer: Answer, lang: str) -> str:
    found = answer.summary.mentions
    if not found:
        return i18n.t(lang, "no_dates", **_where(answer, lang))
    return "\n".join([i18n.t(lang, "dates_header", **_where(answer, lang))]
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
        if "named" in answer.flags:
            where = _meetings_list(answer.meetings[-MAX_PARTS:], lang)
            return i18n.t(lang, "no_open_questions_by_in" if is_open else "no_questions_by_in", names=", ".join(by), where=where)
        return i18n.t(lang, "no_open_questions_by" if is_open else "no_questions_by", names=", ".join(by), n=len(answer.meetings))
    if not found:
        none_asked = "none_asked" in answer.flags or not is_open
        return i18n.t(lang, "no_questions" if none_asked else "no_open_questions", **_where(answer, lang))
    header = i18n.t(lang, "open_questions_by_header" if is_open else "questions_by_header", names=", ".join(by), **_where(answer, lang)) \
        if by else i18n.t(lang, "open_questions_header" if is_open else "questions_header", **_where(answer, lang))
    return "\n".join([header] + [f"• {asker}: «{text}» → {outcome(answerer, deferred, lang)}"
                                  for asker, text, answerer, deferred in found])


def _late(answer: Answer, lang: str) -> str:
    if "no_roll_call" in answer.flags:
        return i18n.t(lang, "late_no_roll_call", **_where(answer, lang))
    names = answer.names["late"]
    if not names:
        return i18n.t(lang, "no_late", **_where(answer, lang))
    return i18n.t(lang, "late_header", **_where(answer, lang)) + "\n" + ", ".join(names)


def _presenter(answer: Answer, lang: str) -> str:
    [(title, presenter)] = answer.names["presenter"]
    key = "presenter_apologised" if answer.names.get("apologised") else \
        "presenter_absent" if answer.names.get("absent") else "presenter_led" if answer.names.get("led") else "presenter"
    return i18n.t(lang, key, presenter=presenter, title=title, **_where(answer, lang))


def _participation(answer: Answer, lang: str) -> str:
    if not answer.participation and answer.flags & {"below", "above"}:   # "Who is below the target?": no one
        return i18n.t(lang, "no_one_below" if "below" in answer.flags else "no_one_above", target=round(answer.target * 100))
    if not answer.participation or not any(p.meetings for p in answer.participation):
        return i18n.t(lang, "no_participation")
    target = round(answer.target * 100)
    lines = [i18n.t(lang, "participation_header", target=target)]
    if len(answer.meetings) == 1:       # within the meetings named
        lines[0] = i18n.t(lang, "participation_in_one", target=target, **_where(
            dataclasses.replace(answer, meeting=answer.meetings[0]), lang))
    elif answer.meetings:
        lines[0] = i18n.t(lang, "participation_within", target=target, n=len(answer.meetings),
                          first=i18n.date(answer.meetings[0].date, lang), last=i18n.date(answer.meetings[-1].date, lang))
    for p in answer.participation[:MAX_LISTED]:
        line = i18n.t(lang, "participation_line", name=p.name, attended=p.attended, meetings=p.meetings,
                      percent=round(p.rate * 100), apologies=p.apologies,
                      apologies_word=i18n.t(lang, "apology_one" if p.apologies == 1 or lang == "fr" and p.apologies == 0
                                            else "apology_many"))       # French: "0 excuse"
        verdict = i18n.t(lang, "staff_member") if p.staff else \
            i18n.t(lang, "target_met" if p.rate >= answer.target else "target_missed", target=target)
        lines.append(f"{line} — {verdict}")
    if len(answer.participation) > MAX_LISTED:
        lines.append(i18n.t(lang, "and_more", n=len(answer.participation) - MAX_LISTED))
    return "\n".join(lines)


def _speakers(answer: Answer, lang: str) -> str:
    from bot.render_speaking import speakers_text      # which imports this module's helpers
    return speakers_text(answer, lang)


def _silent(answer: Answer, lang: str) -> str:
    from bot.render_speaking import silent_text
    return silent_text(answer, lang)


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
    lines += [i18n.t(lang, "survey_header", **_where(answer, lang))] if answer.meeting else []
    lines += [f"{n}. {q}" for n, q in enumerate(answer.names["survey"], 1)]
    return "\n".join(lines)


def _chair(answer: Answer, lang: str) -> str:
    chair = answer.names["chair"]
    if not chair:
        return i18n.t(lang, "no_chair", **_where(answer, lang))
    return i18n.t(lang, "chair", name=chair[0], **_where(answer, lang))


def _agenda_reader(answer: Answer, lang: str) -> str:
    """Who read the agenda out, or the roll call (kind ``roll_call_reader``)."""
    reader, what = answer.names["reader"], answer.kind
    if not reader:
        return i18n.t(lang, f"no_{what}", **_where(answer, lang))
    return i18n.t(lang, what, name=reader[0], **_where(answer, lang))


def _no_survey(answer: Answer, lang: str) -> str:
    counted = [i18n.t(lang, "survey_count_unknown")] if "count" in answer.flags else []
    return "\n".join(counted + [i18n.t(lang, "no_survey", **_where(answer, lang))])


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
    return "\n".join(_no_one_called(answer.names["speaker"], lang, answer.names.get("interpreted")))


def _no_one_called(names: list[str] | None, lang: str,
                   interpreted: list[tuple[str, list[MeetingSummary]]] | None = None) -> list[str]:
    """"I know no one called “Batman”." as a line, for the names asked about that no one has;
    "Claire was an interpreter: …" for those a roll call names as one (``interpreted``: (name,
    meetings) pairs)."""
    lines = [i18n.t(lang, "interpreted", name=name, where=names_list(
        [f"{meeting_name(m, lang)} ({i18n.date(m.date, lang)})" for m in meetings], lang))
        for name, meetings in interpreted or ()]
    rest = [name for name in names or () if name not in {n for n, _ in interpreted or ()}]
    return lines + ([i18n.t(lang, "no_speaker", name=names_list(rest, lang))] if rest else [])


def _next(answer: Answer, lang: str) -> str:
    return html_to_text(next_html(answer, lang))


def _several(answer: Answer, lang: str) -> str:
    return "\n\n".join(_RENDERERS[part.kind](part, lang) for part in answer.parts)


def _summary(answer: Answer, lang: str) -> str:
    from bot.render_summary import summary_text      # which imports this module's helpers
    return summary_text(answer.summary, lang, answer.timezones)


_RENDERERS = {"passage": _passage, "nothing": _nothing, "no_words": _no_words, "thanks": _thanks, "greeting": _greeting, "ack": _ack,
              "no_meeting": _no_meeting, "next": _next, "interpreters": _interpreters, "survey": _survey, "no_speaker": _no_speaker, "which_person": _which_person,
              "whom": lambda answer, lang: i18n.t(lang, "whom"),
              "no_survey": _no_survey, "chair": _chair, "agenda_reader": _agenda_reader, "roll_call_reader": _agenda_reader, "several": _several,
              "meetings": _meetings, "attendance": _attendance, "apologies": _apologies, "attended_all": _attended_all,
              "agenda": _agenda, "presenter": _presenter, "present": _present, "did_speak": _did_speak, "participation": _participation,
              "commitments": _commitments, "dates": _dates, "questions": _questions, "late": _late, "speakers": _speakers, "silent": _silent, "mentions": _mentions,
              "summary": _summary}


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
            for quote, hit in zip((answer.quote, *answer.also), answer.sources))
    elif answer.kind == "next":
        head = next_html(answer, lang)
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
