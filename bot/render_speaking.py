"""Who took the floor and how much, in words: the speaking-time table (most words first, or
fewest with "Who spoke least?") and who was present but never spoke."""
from __future__ import annotations

from bot import i18n
from bot.render_words import meeting_name, names_list
from knowledge.models import Answer


def speakers_text(answer: Answer, lang: str) -> str:
    """The speaking-time table of one meeting or several; "least": fewest words first, after who did not speak."""
    if answer.meeting:
        scope = f"{meeting_name(answer.meeting, lang)}, {i18n.date(answer.meeting.date, lang)}"
    else:
        scope = i18n.t(lang, "all_meetings", n=len(answer.meetings))
    if "else" in answer.flags and not answer.speaking:
        return i18n.t(lang, "speakers_no_one_else", scope=scope)
    least = "least" in answer.flags
    silent = answer.names.get("silent") if least else None
    lines = [i18n.t(lang, "silent", names=names_list(silent, lang), meeting=scope)] if silent else []
    lines.append(i18n.t(lang, "speakers_least_header" if least else "speakers_header", scope=scope))
    staff = set(answer.names.get("staff", ()))
    lines += [i18n.t(lang, "speaker_line_one" if turns == 1 else "speaker_line", n=n, words=words, turns=turns,
                     name=i18n.t(lang, "as_staff", name=name) if name in staff else name)
              for n, (name, turns, words) in enumerate(answer.speaking, 1)]
    if answer.known > len(answer.speaking):
        lines.append(i18n.t(lang, "speakers_more_least" if least else "speakers_more", n=answer.known - len(answer.speaking)))
    return "\n".join(lines)


def silent_text(answer: Answer, lang: str) -> str:
    """Who the roll call names present and never took the floor, or that everyone did (or that
    a transcript without a roll call cannot tell)."""
    where = {"meeting": f"{meeting_name(answer.meeting, lang)}, {i18n.date(answer.meeting.date, lang)}"}
    if "no_roll_call" in answer.flags:
        return i18n.t(lang, "silent_no_roll_call", **where)
    silent = answer.names["silent"]
    return i18n.t(lang, "silent", names=names_list(silent, lang), **where) if silent else i18n.t(lang, "silent_none", **where)
