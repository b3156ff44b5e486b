"""The phrases every answer is written with: a meeting's name, "A, B and C", "NARALO monthly
call, 12 October 2026; …", the meeting and date an answer is about, and "I know no one called …"."""
from __future__ import annotations

from bot import i18n
from knowledge.models import Answer, MeetingSummary
from knowledge.search import Hit

MAX_LISTED = 25


def meeting_name(m: MeetingSummary | Hit, lang: str) -> str:
    return i18n.meeting(m.group, m.kind, lang)


def meetings_list(meetings, lang: str) -> str:
    """"NARALO monthly call, 12 October 2026; AFRALO monthly call, 5 October 2026"."""
    return "; ".join(f"{meeting_name(m, lang)}, {i18n.date(m.date, lang)}" for m in meetings)


def names_list(names: list[str], lang: str, joined_by: str = "and") -> str:
    """"Aida Noblia", "Aida Noblia and Humberto Carrasco", "A, B and C" (or "A, B or C") in the member's language."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {i18n.t(lang, joined_by)} {names[-1]}"


def meeting_and_date(answer: Answer, lang: str) -> dict:
    return {"meeting": meeting_name(answer.meeting, lang), "date": i18n.date(answer.meeting.date, lang)}


def no_one_called(names: list[str] | None, lang: str,
                  interpreted: list[tuple[str, list[MeetingSummary]]] | None = None) -> list[str]:
    """"I know no one called “Batman”." as a line, for the names asked about that no one has;
    "Claire was an interpreter: …" for those a roll call names as one (``interpreted``: (name,
    meetings) pairs)."""
    lines = [i18n.t(lang, "interpreted", name=name, where=names_list(
        [f"{meeting_name(m, lang)} ({i18n.date(m.date, lang)})" for m in meetings], lang))
        for name, meetings in interpreted or ()]
    rest = [name for name in names or () if name not in {n for n, _ in interpreted or ()}]
    return lines + ([i18n.t(lang, "no_speaker", name=names_list(rest, lang))] if rest else [])
