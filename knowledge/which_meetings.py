"""Which meetings a question points at: a meeting id, a date, several dates, months or years
named together, a month without a year, "last month", a group, a kind ("webinar"), "the last
call" (the dates themselves are read in ``which_days.py``).""" 
from __future__ import annotations

import datetime as dt
import re

from knowledge import lexicon, lexicon_dates, lexicon_questions
from knowledge.models import MeetingSummary
from knowledge.which_days import AND_WORDS, LAST, MEETING_WORDS, MONTH_PREPOSITIONS, ORDINAL_DAY, dated, dated_folded
from knowledge.text import MONTH_WORD, fold

KIND_WORDS = [("webinar", re.compile(r"\b(?:webinar|webinaire|webinario|seminario web)\b")),
               ("monthly_call", re.compile(r"\b(?:monthly|mensuel\w*|mensual|mensal)\b"))]
# A kind as a topic: "the question about the webinars".
_ABOUT_KIND = re.compile(r"\b(?:about|regarding|sur|sobre|acerca de|a propos de)(?: (?:the|les|le|la|los|las|el|os|as|o|a))? $")
_CALL_WORD = re.compile(r"(?<!roll )(?<!faire l )(?<!lista de )(?<!fez a )(?<!faz a )(?<!fazer a )(?<!fazia a )"
                        r"\b(?:call|appel|llamada|chamada)\b")    # one call; "the calls of 2026" may be any
_BOTH = re.compile(r"\b(?:both|les deux|ambos|ambas|os dois|as duas)\b")
_CALLS = re.compile(r"\b(?:calls|appels|llamadas|chamadas)\b")


def meetings_named(question: str, meetings: list[MeetingSummary], language: str = "en",
                   today: dt.date | None = None) -> list[MeetingSummary] | None:
    """The meetings a question points at: an id, a date, a month, a year, last month, a group, a
    kind, or the last one. None when it names none; [] when it names one that does not exist."""
    if not meetings:
        return None
    found = _meetings_named(question, meetings, language, today)
    folded = fold(question)
    if found and len(found) > 2 and _BOTH.search(folded):
        # "both LACRALO calls": the latest two (calls, when it says calls and there are two).
        calls = [m for m in found if m.kind == "monthly_call"] if _CALLS.search(folded) else []
        return (calls if len(calls) >= 2 else found)[-2:]
    if found == []:
        # "the September call and the webinar": each part names its own.
        parts = split_and(question)
        each = [_meetings_named(part, meetings, language, today) for part in parts] if len(parts) > 1 else []
        named = [part for part in each if part is not None]
        if len(named) > 1 and all(named):
            ids = {m.id for part in named for m in part}
            return [m for m in meetings if m.id in ids]
    return found


def _meetings_named(question: str, meetings: list[MeetingSummary], language: str,
                    today: dt.date | None) -> list[MeetingSummary] | None:
    lowered = question.lower()
    by_id = [m for m in meetings if m.id in lowered]
    if by_id:
        return by_id
    folded = fold(question)
    words = folded.split()
    groups = {m.group for m in meetings if m.group and m.group.lower() in words}
    if not groups and groups_without_meetings(question, meetings):
        return []       # a group no meeting is of: "How many calls did EURALO have?"
    kinds = kinds_named(folded)
    versions = versions_named(folded)
    pool = [m for m in meetings if (not groups or m.group in groups) and (not kinds or m.kind in kinds)
            and (not versions or versions & set(m.languages))]
    kinds = kinds or versions       # ("the French call": the last call with a French version)
    # "The last call" is the last monthly call, unless only a webinar has the date named.
    said = calls_if_said(question, pool)
    calls = [] if said is pool else said
    for chosen in ([calls] if calls else []) + [pool]:
        found = dated_folded(question, folded, chosen, language, today)
        if found or (found == [] and chosen is pool):
            return found
        if found is None and LAST.search(folded):
            return chosen[-1:]
    if (groups or kinds) and _ONE_MEETING.search(folded) and not _BOTH.search(folded) and not _EACH.search(folded):
        return (calls or pool)[-1:]     # "the LACRALO call", "la llamada mensual": the last one, not each
    return pool if groups or kinds else None


_GROUP_WRITTEN = re.compile(r"\b[A-Z]{2,}RALO\b")


def groups_without_meetings(question: str, meetings: list[MeetingSummary]) -> list[str]:
    """The groups a question names that no meeting is of ("EURALO"), as written in capitals."""
    named = {w.upper() for w in fold(question).split() if w in lexicon.REGIONAL_GROUPS}
    named |= set(_GROUP_WRITTEN.findall(question))
    return sorted(named - {m.group.upper() for m in meetings if m.group})


# A group said as what was talked of ("Who talked about EURALO?", "¿Qué se dijo de APRALO?", "on a parlé
# d'EURALO ?"), not as whose meeting it was ("What did APRALO say about IPv6?", "la llamada de APRALO").
_ABOUT_GROUP = re.compile(r"\b(?:about|sur|sobre|acerca de|a propos de|a propos d|concernant|regarding|"
                          r"(?:%s) (?:of|de|d|du|da|do|del|des))(?: (?:the|la|le|l|el|a|o))? $" % "|".join(
                              sorted(lexicon.SAY_VERBS | {"se dijo", "se hablo", "se falou", "a parle", "parle", "parlait"})))


def group_without_meetings_asked(question: str, meetings: list[MeetingSummary]) -> list[str]:
    """The groups no meeting is of that a question asks of as whose meetings they would be ("What did
    APRALO say about IPv6?", "¿Qué dijo la llamada de EURALO sobre el presupuesto?"), not as what was
    talked of ("Who talked about EURALO?")."""
    absent = groups_without_meetings(question, meetings)
    folded = fold(question)
    return [g for g in absent if any(not _ABOUT_GROUP.search(folded[:m.start()])
                                     for m in re.finditer(r"\b%s\b" % g.lower(), folded))]


# …but not asked of each, or to pick one ("every LACRALO call", "the first LACRALO call", "which call had most…")
_EACH = re.compile(r"\b(?:every|each|all|first|which|cada|todas?|todos|primer\w*|cual|chaque|tous|toutes|premier\w*|quel\w*|"
                   r"qual|quais|ultim\w*|dernier\w*|last|most|mas|plus|mais)\b")
# One meeting said in the singular ("the LACRALO call", "la reunión mensual"; not "the LACRALO calls").
_ONE_MEETING = re.compile(_CALL_WORD.pattern + r"|\b(?:meeting|reunion|reuniao|webinar|webinaire|webinario|seminario web)\b")


# Several meetings said ("the LACRALO calls", "all the webinars", "cada reunión").
_SEVERAL = re.compile(_CALLS.pattern + r"|\b(?:meetings|reunions|reuniones|reunioes|webinars|webinaires|webinarios|seminarios web|"
                      r"every|each|all|chaque|tous|toutes|cada|todas|todos)\b|" + _BOTH.pattern)


def beside(on: list[MeetingSummary], meetings: list[MeetingSummary], step: int) -> MeetingSummary | None:
    """The meeting after (``step`` 1) or before (-1) those talked about: of the same group if
    there is one, else any; None at either end."""
    if step > 0:
        after = max(m.date for m in on)
        pool = [m for m in meetings if m.date > after]
    else:
        before = min(m.date for m in on)
        pool = [m for m in reversed(meetings) if m.date < before]
    groups = {m.group for m in on}
    return next((m for m in pool if m.group in groups), None) or next(iter(pool), None)


def latest_of_each_group(meetings: list[MeetingSummary], kind: str) -> list[MeetingSummary]:
    """Each group's latest meeting of ``kind`` (else its latest), oldest first: "and lacralo and
    naralo?" after one call is each group's last call."""
    latest = {}
    for group in dict.fromkeys(m.group for m in meetings):
        own = [m for m in meetings if m.group == group]
        latest[group] = ([m for m in own if m.kind == kind] or own)[-1]
    return [m for m in meetings if m in latest.values()]


def one_each(question: str, meetings: list[MeetingSummary], language: str, today: dt.date | None) -> bool:
    """Does the question name no date nor several meetings ("and lacralo?", "summary of lacralo";
    not "in September", "the LACRALO calls", "every…", "both…"): one meeting of each group it names?"""
    return not says_several(question) and \
        dated(question, meetings, language, today, month_alone=True, day_alone=True) is None


def says_several(question: str) -> bool:
    """Does the question speak of several meetings ("the LACRALO calls", "both", "every call")?"""
    return bool(_SEVERAL.search(fold(question)))


def calls_if_said(question: str, meetings: list[MeetingSummary]) -> list[MeetingSummary]:
    """The monthly calls when a question says "call" and names no kind ("Was Keisha at the call?",
    "¿Estuvo en la llamada?": the last call, not a webinar held since); else all ``meetings``."""
    folded = fold(question)
    calls = [m for m in meetings if m.kind == "monthly_call"]
    return calls if calls and not kinds_named(folded) and _CALL_WORD.search(folded) else meetings


def split_and(text: str) -> list[str]:
    """The text cut at each "and", "et", "y", "e", "ou", "or", "o", "&" ("Humberto et Aida", "the
    September call and the webinar")."""
    return re.split(r"\b(?:%s)\b|&" % "|".join(AND_WORDS - {"&"}), text, flags=re.IGNORECASE)


def grouped(question: str, meetings: list[MeetingSummary],
            only: list[str] | None = None) -> tuple[list[MeetingSummary] | None, str]:
    """The meetings of the groups a question names (``only`` these when some), and the question
    without their names ("Combien de places financées à AFRALO ?": AFRALO's meetings, for "Combien
    de places financées à ?"). Members name their group, and the turns that answer seldom say it.
    None when it names no group."""
    known = {m.group.lower(): m.group for m in meetings if m.group and (not only or m.group in only)}
    kept, groups = [], set()
    for word in question.split():
        named = [known[w] for w in fold(word).split() if w in known]
        if named:
            groups.update(named)
        else:
            kept.append(word)
    if not groups:
        return None, question
    return [m for m in meetings if m.group in groups], " ".join(kept)


def names_a_meeting(question: str) -> bool:
    """Does the question call something a meeting, call or webinar ("in the 12 October meeting")?"""
    return bool(MEETING_WORDS & set(re.findall(r"[a-z]+", fold(question))))


# A webinar said as where something was said (folded): "in the webinar", "no webinário", "en el
# seminario web", "au webinaire", "lors du webinaire de LACRALO"; not "the webinar series".
_IN_WEBINAR = re.compile(r"\b(?:in|at|during|en|em|durante|pendant|lors|dans|au|no|na)"
                         r"(?: (?:the|this|that|el|este|ese|o|este|esse|le|la|du|ce|cette))?((?: \w+)?)"
                         r" (?:webinar|webinaire|webinario|seminario web)\b((?: (?:de|del|da|do|d|of) \w+)?)"
                         r"(?! (?:series|schedule|calendar|program\w*|serie|calendario|calendrier|cycle|ciclo|"
                         r"cronograma|invitation|link|recording|slides))")


def webinar_said_in(question: str, meetings: list[MeetingSummary]) -> tuple[list[MeetingSummary], str] | None:
    """The webinars (of the group named with it) when a question names the webinar as where
    something was said ("What was said about IDN in the webinar?", "¿Qué dijo Lucía en el
    webinar de LACRALO?"), and the question without those words, to search them for the rest;
    None when the webinar is its topic ("What did they say about the webinar?"), one named by
    its topic ("in the IPv6 webinar", one announced), or when no meeting is a webinar."""
    words = question.split()
    starts, folded = [], ""
    for word in words:          # (folded word by word, to know which words a match spans)
        starts.append(len(folded) + bool(folded))
        folded += (" " if folded else "") + fold(word)
    groups = {m.group.lower(): m.group for m in meetings if m.group}
    for found in _IN_WEBINAR.finditer(folded):
        named = {w for w in (found.group(1) + found.group(2)).split() if w not in ("de", "del", "da", "do", "d", "of")}
        if named - set(groups):
            continue
        webinars = [m for m in meetings if m.kind == "webinar" and (not named or m.group in {groups[w] for w in named})]
        if not webinars:
            return None
        return webinars, " ".join(w for at, w in zip(starts, words) if not found.start() <= at < found.end())
    return None


def kinds_named(folded: str) -> set[str]:
    """The kinds of meeting a (folded) question names ("webinar", "monthly call"), not as its
    topic ("the question about the webinars")."""
    return {kind for kind, rx in KIND_WORDS
            if any(not _ABOUT_KIND.search(folded[:m.start()]) for m in rx.finditer(folded))}


def without_kinds(question: str) -> str:
    """The (folded) question without the kinds of meeting it names ("the webinar on IoT in 2020"
    -> "the on IoT in 2020"): the meetings it names when no meeting is of that kind."""
    folded = fold(question)
    for _, rx in KIND_WORDS:
        folded = rx.sub(" ", folded)
    return folded


def webinars_listed(question: str, meetings: list[MeetingSummary]) -> list[MeetingSummary]:
    """The webinars, when a question listing meetings names them in the plural ("list the
    webinars", "quais webinários teve?"; elsewhere the plural is a topic: "How many times were
    webinars mentioned?"); else ``meetings``."""
    if re.search(r"\b(?:webinars|webinaires|webinarios|seminarios web)\b", fold(question)):
        return [m for m in meetings if m.kind == "webinar"]
    return meetings


def without_frame(question: str, meetings: list[MeetingSummary]) -> str:
    """The question without the words that point at meetings ("What was said about IPv6 in the
    AFRALO call?" -> "What was said about IPv6 in the"): what it asked of them."""
    return " ".join(w for w in question.split() if not frame_word(fold(w).strip("?¿!¡.,;:()\"'«»"), meetings))


def frame_word(word: str, meetings: list[MeetingSummary]) -> bool:
    """Is this folded word part of how a question points at a meeting (a date, month, year,
    group, "last call") rather than its topic?"""
    return (word in lexicon_questions.FRAME_WORDS or word in MONTH_PREPOSITIONS or bool(ORDINAL_DAY.fullmatch(word)) or word.isdigit()
            or word in lexicon_dates.MONTH_ABBREVIATIONS
            or bool(MONTH_WORD.fullmatch(word)) or bool(LAST.fullmatch(word))
            or any(m.group and m.group.lower() == word for m in meetings))


_MEETING_NAMED = "|".join(sorted(MEETING_WORDS | {"seminario web"}))
# A group named as where something was said, folded: "in the AFRALO call", "at afralo", "à l'appel
# d'AFRALO", "en la (llamada) de afralo", "na reunião da AFRALO" (before it), "the AFRALO call" (after it).
_PLACE_BEFORE = re.compile(
    r"(?:^|\b(?:in|at|during|from|en|em|a|au|aux|dans|lors de|pendant|durante|na|no|nas|nos))"
    r"(?: (?:the|this|that|la|le|l|el|lo|o|a|les|los|las|os|as|ce|cette|este|esta|ese|esa|esse|essa))?"
    rf"(?: (?:{_MEETING_NAMED})(?: (?:monthly|mensuel|mensuelle|mensual|mensal))?)?(?: (?:of|de|d|del|da|do|du|des))? $"
    rf"|\b(?:{_MEETING_NAMED}|la|el)(?: (?:monthly|mensuel|mensuelle|mensual|mensal))? (?:of|de|d|del|da|do|du|des) $")
_PLACE_AFTER = re.compile(rf"^(?: s)? (?:(?:monthly|mensual|mensal) )?(?:{_MEETING_NAMED})\b")


def groups_placed(question: str, meetings: list[MeetingSummary]) -> list[str]:
    """The groups a question names as whose meeting something was said in ("Who had audio problems
    in the AFRALO call?", "who thanked the interpreters in afralo", "à l'appel d'AFRALO"), not as
    what was talked of ("What is AFRALO's role in the ALAC?", "What was said about AFRALO in the
    NARALO call?": NARALO alone)."""
    folded = fold(question)
    placed = []
    for group in sorted({m.group for m in meetings if m.group}):
        for found in re.finditer(r"\b%s\b" % re.escape(group.lower()), folded):
            before, after = folded[:found.start()], folded[found.end():]
            if _ABOUT_GROUP.search(before):
                continue
            if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after):
                placed.append(group)
                break
    return placed


_VERSION_NAMED = re.compile(r"\b(%s) (?:(?:monthly|mensual|mensal) )?(?:%s)\b" % (
    "|".join(w for names in lexicon.LANGUAGE_NAMES.values() for w in names), _MEETING_NAMED))


def versions_named(folded: str) -> set[str]:
    """The languages a (folded) question names a call's version by, right before a meeting word
    ("what happened at the portuguese webinar", "the French call"): their codes."""
    return {lang for found in _VERSION_NAMED.finditer(folded)
            for lang, names in lexicon.LANGUAGE_NAMES.items() if found.group(1) in names}
