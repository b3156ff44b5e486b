"""Who was there, in words: a meeting's attendance, who attended them all, "Was Priya there?",
"Did Priya speak?", apologies, interpreters, who joined late, and participation against the target."""
from __future__ import annotations

import dataclasses
import re

from bot import i18n
from bot.render_words import MAX_LISTED, meeting_and_date, meetings_list, names_list, no_one_called
from knowledge.models import Answer

def attendance(answer: Answer, lang: str) -> str:
    present = answer.names["present"]
    if "else" in answer.flags and not present:      # "and who else?" after it: all were given
        return i18n.t(lang, "no_attendance_else", **meeting_and_date(answer, lang))
    joined, late = set(answer.names.get("joined", ())), set(answer.names.get("late", ()))
    names = [name + (f" ({i18n.t(lang, 'channel', language=i18n.language_name(ch, lang))})" if ch else "")
             + (f" ({i18n.t(lang, 'joined_after_apology')})" if name in joined else "")
             + (f" ({i18n.t(lang, 'joined_late')})" if name in late else "") for name, ch in present]
    lines = [i18n.t(lang, "attendance_header", n=len(present), **meeting_and_date(answer, lang)),
             f"{i18n.t(lang, 'present')}: {', '.join(names)}"]
    for key in ("apologies", "staff", "interpreters"):
        if answer.names.get(key):
            lines.append(f"{i18n.t(lang, key)}: {', '.join(answer.names[key])}")
    return "\n".join(lines)


def attended_all(answer: Answer, lang: str) -> str:
    where = meetings_list(answer.meetings, lang)
    names = answer.names["present"]
    if not names:
        return i18n.t(lang, "attended_all_none", n=len(answer.meetings), meetings=where)
    return i18n.t(lang, "attended_all", n=len(answer.meetings), meetings=where, count=len(names)) + "\n" + ", ".join(names)


def present(answer: Answer, lang: str) -> str:
    """"Yes, Priya Raman was there: NARALO monthly call, 12 October 2026 — in the roll call. Took
    the floor 2 times.", a line per person asked about."""
    lines = no_one_called(answer.names.get("unknown"), lang, answer.names.get("interpreted"))
    lines += [i18n.t(lang, "why_not_said")] if "why" in answer.flags else []     # "Why not?"
    lines += [i18n.t(lang, "why_there")] if "why_there" in answer.flags else []    # "Why not?" after a yes
    for name, state, turns in answer.names["present"]:
        line = i18n.t(lang, f"was_{state}", name=name, **meeting_and_date(answer, lang))
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


def did_speak(answer: Answer, lang: str) -> str:
    """"Yes, Priya Raman took the floor 2 times: NARALO monthly call, 12 October 2026.", or why
    not (was there but silent, sent apologies, was not there), a line per person asked about."""
    lines = no_one_called(answer.names.get("unknown"), lang, answer.names.get("interpreted"))
    for name, state, turns in answer.names["present"]:
        key = ("spoke_yes" if turns > 1 else "spoke_yes_one") if turns else \
            "spoke_silent" if state in ("roll_call", "staff", "joined") else \
            f"was_{state}" if state in ("apology", "absent") else \
            "spoke_none" if state == "none" else "spoke_no"
        line = i18n.t(lang, key, name=name, n=turns, **meeting_and_date(answer, lang))
        said = _VERDICT.sub("", line, count=1) if "said" in answer.flags else line     # "What did Linda say?": no verdict
        lines.append(said[:1].upper() + said[1:])
    return "\n".join(lines)


def apologies(answer: Answer, lang: str) -> str:
    """"No, Sergio Salinas Porto did not send apologies…" for each person asked about, then
    everyone who did."""
    if "nowhere" in answer.flags:           # "Did Priya send apologies?": for none of the meetings
        return "\n".join(i18n.t(lang, "apologised_never", name=name, n=len(answer.meetings)) for name in answer.names["asked"])
    names, joined = answer.names["apologies"], set(answer.names.get("joined", ()))
    lines = [i18n.t(lang, "apologised_joined" if name in joined else "apologised_yes" if name in names else "apologised_no",
                    name=name, **meeting_and_date(answer, lang)) for name in answer.names.get("asked", ())]
    if not names:
        return "\n".join(lines or [i18n.t(lang, "no_apologies_else" if "else" in answer.flags else "no_apologies",
                                          **meeting_and_date(answer, lang))])
    names = [name + (f" ({i18n.t(lang, 'joined_after_apology')})" if name in joined else "") for name in names]
    return "\n".join([*lines, i18n.t(lang, "apologies_header", **meeting_and_date(answer, lang)), ", ".join(names)])


def interpreters(answer: Answer, lang: str) -> str:
    names = answer.names["interpreters"]
    # "The AFRALO call was in what language?": that first ("AFRALO monthly call, 5 October 2026: in French."),
    # else the transcript's, when it is an interpretation channel's
    said, key = (answer.names.get("languages"), "held_in") if answer.names.get("languages") else \
        (answer.names.get("transcripts"), "transcript_in")
    held = [i18n.t(lang, key, **meeting_and_date(answer, lang), languages=names_list(
        [i18n.language_name(code, lang) for code in said], lang))] if "language" in answer.flags and said else []
    held = [line[:1].upper() + line[1:] for line in held]      # ("Llamada mensual de LACRALO, …: en español.")
    if not names:
        return "\n".join([*held, i18n.t(lang, "no_interpreters", **meeting_and_date(answer, lang))])
    # A line per channel, in the order the roll call names them: "Spanish channel: Veronica, Marina".
    by_channel: dict = {}
    for name, channel in zip(names, answer.names.get("channels") or [None] * len(names)):
        by_channel.setdefault(channel, []).append(name)
    lines = [(f"{i18n.t(lang, 'channel', language=i18n.language_name(channel, lang))}: " if channel else "") + ", ".join(group)
             for channel, group in by_channel.items()]
    return "\n".join([*held, i18n.t(lang, "interpreters_header", **meeting_and_date(answer, lang)), *lines])


def late(answer: Answer, lang: str) -> str:
    if "no_roll_call" in answer.flags:
        return i18n.t(lang, "late_no_roll_call", **meeting_and_date(answer, lang))
    names = answer.names["late"]
    if not names:
        return i18n.t(lang, "no_late_else" if "else" in answer.flags else "no_late", **meeting_and_date(answer, lang))
    return i18n.t(lang, "late_header", **meeting_and_date(answer, lang)) + "\n" + ", ".join(names)


def participation(answer: Answer, lang: str) -> str:
    once = answer.names.get("at_one_only")     # "Who attended every meeting?": those at 1 of 1, left out
    once_line = "\n" + i18n.t(lang, "at_one_only", n=once[0]) if once else ""
    if not answer.participation and answer.flags & {"below", "above"}:   # "Who is below the target?": no one
        return i18n.t(lang, "no_one_below" if "below" in answer.flags else "no_one_above",
                      target=round(answer.target * 100)) + once_line
    if not answer.participation or not any(p.meetings for p in answer.participation):
        return i18n.t(lang, "no_participation")
    target = round(answer.target * 100)
    lines = [i18n.t(lang, "participation_header", target=target)]
    if len(answer.meetings) == 1:       # within the meetings named
        lines[0] = i18n.t(lang, "participation_in_one", target=target, **meeting_and_date(
            dataclasses.replace(answer, meeting=answer.meetings[0]), lang))
    elif answer.meetings:
        lines[0] = i18n.t(lang, "participation_within", target=target, n=len(answer.meetings),
                          first=i18n.date(answer.meetings[0].date, lang), last=i18n.date(answer.meetings[-1].date, lang))
    for p in answer.participation[:MAX_LISTED]:
        line = i18n.t(lang, "participation_line", name=p.name, attended=p.attended, meetings=p.meetings,
                      percent=round(p.rate * 100), apologies=p.apologies,
                      apologies_word=i18n.t(lang, "apology_one" if p.apologies == 1 or lang == "fr" and p.apologies == 0
                                            else "apology_many"))       # French: "0 excuse"
        if p.joined:        # "1 apology (joined after all: 1)"
            line += f" ({i18n.t(lang, 'apologies_joined', n=p.joined)})"
        verdict = i18n.t(lang, "staff_member") if p.staff else \
            i18n.t(lang, "target_met" if p.rate >= answer.target else "target_missed", target=target)
        lines.append(f"{line} — {verdict}")
    if len(answer.participation) > MAX_LISTED:
        lines.append(i18n.t(lang, "and_more", n=len(answer.participation) - MAX_LISTED))
    return "\n".join(lines) + once_line
