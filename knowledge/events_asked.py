"""Which events a question about what is coming asks about: those of the kind and group it names,
and of an acronym no group of ours has ("the next EURALO call", "the next IDN working group
meeting"); and whether a month it names is just gone by."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from knowledge import dates, lexicon, lexicon_questions
from knowledge.analysis import ALL_STOPWORDS, QUESTION_WORDS
from knowledge.models import MeetingSummary
from knowledge.text import MONTH_WORD, fold
from knowledge.which_meetings import KIND_WORDS, kinds_named


def event_named(question: str, meetings: list[MeetingSummary]) -> Callable[[str], bool] | None:
    """Which events "when is the next …?" asks about, as a test of an event's title: of the kind
    ("le prochain webinaire") and the group ("the next NARALO call") named. None: any event."""
    folded = fold(question)
    # (the regional groups too, with no meeting of theirs read: "what time is the naralo call" on an empty archive)
    known = {m.group.lower() for m in meetings if m.group} | lexicon.REGIONAL_GROUPS
    groups = known & set(folded.split())
    named_kinds = kinds_named(folded)
    kinds = [rx for kind, rx in KIND_WORDS if kind in named_kinds]
    # Another acronym is a name the title must say: "the next EURALO call", "the next IDN working
    # group meeting" (no group of ours: nothing like that, rather than another group's call).
    acronyms = _acronyms(question) - known
    if not groups and not kinds and not acronyms:
        return None

    def titled(title: str) -> bool:
        words = fold(title)
        return (not groups or bool(groups & set(words.split()))) and all(rx.search(words) for rx in kinds) \
            and acronyms <= set(words.split())
    return titled


def acronym_in(question: str) -> bool:
    """Does the question write an acronym ("IDN", "EURALO"; not a word stressed in capitals)?"""
    return bool(_acronyms(question))


def _acronyms(question: str) -> set[str]:
    """The acronyms a question writes, folded; none in a question shouted in capitals ("/next EURALO"
    is no shouting; a word stressed in capitals is none: "When is the NEXT meeting?", "la PROCHAINE réunion")."""
    if question.isupper() and len(question.split()) > 2:
        return set()
    return {f for a in _ACRONYM.findall(question) if (f := fold(a)) not in _NOT_ACRONYMS}


def asked_again(topic: str, follow_up: str, meetings: list[MeetingSummary]) -> str:
    """ "What time is the next call in Toronto?", then "And for NARALO?": the first question asked
    again of what the follow-up names, the groups (or acronyms) and kinds it named left out when the
    follow-up names its own ("What time is the next call in Toronto? And for NARALO?")."""
    groups = {m.group.lower() for m in meetings if m.group} | lexicon.REGIONAL_GROUPS
    said = fold(follow_up).split()
    other_group = bool(groups & set(said)) or acronym_in(follow_up)
    kinds = kinds_named(fold(follow_up))

    def left(word: re.Match) -> str:
        folded = fold(word.group(0))
        if other_group and (folded in groups or _ACRONYM.fullmatch(word.group(0)) and folded not in _NOT_ACRONYMS):
            return ""
        return "" if kinds and any(rx.fullmatch(folded) for _, rx in KIND_WORDS) else word.group(0)
    return f"{_WORD.sub(left, topic).rstrip()} {follow_up}"


_WORD = re.compile(r"[^\W_]+")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b")
_NOT_NAMES = frozenset({"utc", "gmt"})      # capitals that name no event
_WORDS = ALL_STOPWORDS | QUESTION_WORDS | frozenset(lexicon_questions.FRAME_WORDS) | frozenset(
    w for words in lexicon.QUESTION_CUES.values() for w in words)
_NOT_ACRONYMS = _WORDS | _NOT_NAMES


def month_gone(folded: str, today: dt.date | None) -> bool:
    """Does the question name a month just gone by ("any events in October?" on 22 November: of
    the last three; "January" is next year's)?"""
    if today is None or re.search(r"\b\d{4}\b", folded):
        return False
    months = [dates.month_number(m.group(0)) for m in MONTH_WORD.finditer(folded)]
    return any(1 <= (today.month - n) % 12 <= 3 for n in months)


def month_to_come(folded: str, today: dt.date | None) -> bool:
    """Does the question name a month still to come, this one included ("meetings in december?" on
    22 November; "in March" is next year's; not "in December 2025", nor one just gone by)?"""
    said = _IN_A_MONTH.search(folded)
    if today is None or not said or month_gone(folded, today):
        return False
    year = re.search(r"\b(\d{4})\b", folded)
    month = dates.month_number(said.group(1))
    return not year or (int(year.group(1)), month) >= (today.year, today.month)


_IN_A_MONTH = re.compile(r"\b(?:in|en|em|de|du|of|for|pour|para|no|na|au mois de)\s+(%s)\b" % MONTH_WORD.pattern)
