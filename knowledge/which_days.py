"""The days, months and years a question names, and the meetings held on them: "in October",
"on 12/10", "le 3 décembre", "last month", "this year", "in 2020"; ``days_asked`` for the days
to come ("is there a call tomorrow?"), ``without_dates`` for the question without them."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set

from knowledge import dates, lexicon, lexicon_dates, lexicon_questions, opening
from knowledge.models import MeetingSummary
from knowledge.analysis import MEETING_NOUNS
from knowledge.text import MONTH_WORD, fold

LAST = re.compile(r"\b(?:last|latest|most recent|previous|derniere?|precedente?|ultim[ao]|mas reciente|"
                   r"mais recente|anterior)\b")
# Words between dates named together: "June 2016 and February 2020", "le 5 et le 12", "2016, 2018 y 2020".
_JOINING = frozenset("and et y e ou or o & on in of le la el los las les the en em de du del do da no na a au al".split())
AND_WORDS = frozenset("and et y e ou or o &".split())     # joining names and dates
MEETING_WORDS = MEETING_NOUNS | frozenset("webinar webinars webinaire webinaires webinario webinarios".split())
_MONTH_YEAR = re.compile(r"\b([a-zà-ÿç]{3,10})\.?\s+(?:de\s+|del\s+)?(\d{4})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
ORDINAL_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|o)?")      # "12", "12th", "1er", "1o" (folded "1º")
_NUMERIC_DATE = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{1,2}|\d{1,2}/\d{1,4}|"
                           r"\d{1,2}-\d{1,2}-\d{4}|\d{4}/\d{1,2}/\d{1,2}")
# A month in figures: "2026-10", "10/2026".
_NUMERIC_MONTH = re.compile(r"(?<![\w/.-])(?:(\d{4})-(\d{1,2})|(\d{1,2})/(\d{4}))(?![\d/-])")
# A day and month in figures, day first, alone or after a preposition: "/who 12/10", "on 12/10"
# ("24/7 support" is none).
_NUMERIC_DAY_MONTH = re.compile(r"(^\s*(?=\S+\s*$)|\b(?:on|of|in|at|le|du|au|el|del|em|no|dia|day|jour|and|et|y|e)\s+|"
                                r"\bthe\s+(?=\d{1,2}/\d{1,2}\s+(?:meeting|call|webinar)))(\d{1,2})/(\d{1,2})(?![\d/])",
                                re.IGNORECASE)
_EN_MONTHS = [names[3].title() for names in lexicon_dates.MONTHS]
# A day of the month alone (folded): "on the 5th", "the 12th" ending the question, "le 12", "du 5",
# "el (día) 5", "del 21", "no dia 5"; not "the 2nd item", "the 1st NARALO call", "for the 2nd time",
# "the 21st century", "le 12 %", "le 12/10".
_DAY_ALONE = re.compile(r"\b(?:on the (\d{1,2})(?:st|nd|rd|th)|the (\d{1,2})(?:st|nd|rd|th)(?=\s*(?:$|in \d{4}\b))|(?:le|du) (\d{1,2}|1er)|"
                        r"d?el (?:dia )?(\d{1,2})|dia (\d{1,2}))\b"
                        r"(?!\s*(?:%s|meetings?|calls?|webinars?|reunions?|appels?|llamadas?|reuniones|chamadas?|"
                        r"reunioes|anniversary|anniversaire|aniversario|editions?|edicion|edicao|%%|h\b|:|/|[.,]\d|"
                        r"st\b|nd\b|rd\b|th\b|e\b|eme\b|er\b))" % lexicon.ITEM_NOUNS)
# "last month" / "this month" as two folded words: True for the month before.
_RELATIVE_MONTHS = {("last", "month"): True, ("mois", "dernier"): True, ("mois", "passe"): True,
                    ("mes", "pasado"): True, ("mes", "passado"): True,
                    ("this", "month"): False, ("ce", "mois"): False, ("este", "mes"): False, ("neste", "mes"): False}
# "this year", "last year" (group 1) in the four languages, folded.
_RELATIVE_YEAR = re.compile(r"\b(?:this year|cette annee|este ano|neste ano|esse ano|((?<!the )last year|l annee derniere|"
                            r"l an dernier|el ano pasado|o ano passado|ano passado))\b")
MONTH_PREPOSITIONS = frozenset("in of on during en de del da do em no na au du durant".split())


def dated(question: str, meetings: list[MeetingSummary], language: str = "en",
          today: dt.date | None = None, month_alone: bool = False, day_alone: bool = False) -> list[MeetingSummary] | None:
    """The meetings a question's date points at ("what was said about mediation in February
    2020?", "in 2020", "last month", "le 20 juin 2016"); None when it names no date, [] when no
    meeting has it. A month without a year is not taken unless ``month_alone`` (a command's
    argument): in a monthly call's archive almost every month has a meeting, and "the comments
    due in October" speaks of a deadline; nor a day without one ("on 12/10") unless ``day_alone``."""
    return dated_folded(question, fold(question), meetings, language, today, month_alone, day_alone) if meetings else None


def month_said_in(question: str) -> bool:
    """Does a question asking what was said name a month alone as when it was said ("What did
    they say about universal acceptance in September?", "¿Qué se dijo sobre X en septiembre?",
    "au mois d'octobre")? Not as the month of what is talked of ("What was said about the
    comments due in October?", "the event in December", "los comentarios de octubre"), nor in a
    question that asks no one's words ("What about the comments due in October?")."""
    words = re.findall(r"[^\W_]+", question)
    folded = [fold(w) for w in words]
    if not (lexicon.SAY_VERBS & set(folded) or re.search(lexicon.TALKED_OF_VERBS, " ".join(folded))):
        return False
    for i, word in enumerate(folded):
        if not MONTH_WORD.fullmatch(word) or word == "may" and not words[i][0].isupper():
            continue
        at = i - 1
        if at >= 2 and folded[at] in ("de", "d", "of") and folded[at - 1] in ("mois", "mes", "month"):
            at -= 2 + (folded[at - 2] in ("the", "le", "el", "o"))     # "in the month of", "en el mes de"
        if at >= 0 and folded[at] in lexicon_dates.WHEN_SAID_BEFORE_MONTH and \
                (at == 0 or folded[at - 1] not in lexicon_dates.DATED_THINGS):
            return True
    return False


def dated_folded(question: str, folded: str, pool: list[MeetingSummary], language: str,
           today: dt.date | None, month_alone: bool = True, day_alone: bool = True) -> list[MeetingSummary] | None:
    if dates.impossible_day(question):       # "le 30 février 2020": no meeting, not February's
        return []
    year = _RELATIVE_YEAR.search(folded)
    if year:
        # "this year", "el año pasado": that year's meetings, and of them those the rest names
        # ("the September call this year")
        said = str((today or dt.date.today()).year - (year.group(1) is not None))
        pool = [m for m in pool if m.date.startswith(said)]
        rest = _RELATIVE_YEAR.sub(" ", folded)
        found = dated_folded(question, rest, pool, language, today, month_alone=month_alone, day_alone=day_alone)
        return pool if found is None else found
    relative = _relative_month(folded.split())
    if relative:
        today = today or dt.date.today()
        first = today.replace(day=1)
        month = (first - dt.timedelta(days=1)).replace(day=1) if relative[1] else first
        return [m for m in pool if m.date.startswith(month.isoformat()[:7])]
    # Each date, month or year named together ("the calls of June 2016 and February 2020", "in 2016
    # and 2020"); "In 2020, what was said about what was decided in 2016?" is about 2020.
    named = _months_alone(question, language)
    days = _together(question, [(a, b, d.isoformat()) for a, b, d in opening.find_dates(question, language)])
    # Days named together before their year: "5 and 12 October 2026", "October 5 and 12, 2026".
    days |= {f"{year}-{month:02d}-{day:02d}" for month, day, year in named if year and day}
    if days:
        return [m for m in pool if m.date in days]
    months = _together(question, sorted([(m.start(), m.end(), month.isoformat()[:7]) for m in _MONTH_YEAR.finditer(question)
                                         if (month := opening.find_date(f"1 {m.group(1)} {m.group(2)}", language))]
                                        + [(m.start(), m.end(), _numeric_month(m)) for m in _NUMERIC_MONTH.finditer(question)
                                           if _numeric_month(m) is not None]))      # "2026-13": none
    # Months named together before their year: "September and October 2026".
    months |= {f"{year}-{month:02d}" for month, day, year in named if year and not day} if months else set()
    if months:
        return [m for m in pool if m.date[:7] in months]
    years = _together(folded, [(m.start(), m.end(), m.group(0)) for m in _YEAR.finditer(folded)])
    lone = _day_alone(folded) if not named and month_alone else None
    if years:
        # "Who attended the 20th in 2020?": that day of a month of those years.
        pool = [m for m in pool if m.date[:4] in years and (lone is None or int(m.date[8:10]) == lone)]
        return pool[-1:] if LAST.search(folded) or lone else pool
    if lone is not None:
        # "Who attended the 12th?": the latest meeting on that day of a month.
        on_day = [m for m in pool if int(m.date[8:10]) == lone]
        return [m for m in on_day if m.date == on_day[-1].date]
    named = named if month_alone else [(m, d, y) for m, d, y in named if d and day_alone]
    if not named:
        return None
    # "the September call", "on 5 October": the latest such month (or day) that has one.
    chosen: set[str] = set()
    for month_number, day, _ in named:
        found = [m for m in pool if int(m.date[5:7]) == month_number and (day is None or int(m.date[8:10]) == day)]
        chosen.update(m.id for m in found if m.date[:4] == found[-1].date[:4])
    return [m for m in pool if m.id in chosen]


def days_asked(question: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days to come a question about what is coming names: "tomorrow", "mañana" (not "la
    mañana"), "this week", "la semana que viene", "next month", "el mes que viene", or a day of a month ("el 3 de diciembre",
    "on Dec 3", "le 21/12") of the year said, else this year's, else next year's for a month
    long gone ("el 5 de enero" asked in November); None for a day just gone by (asked of a
    meeting: "who attended on 5 October?"), several, or none."""
    folded = fold(question)
    if re.search(r"\b(?:today|hoy|aujourd hui|hoje)\b", folded):
        return today, today
    if re.search(r"\b(?:tomorrow|demain|amanha)\b|(?<!la )(?<!esta )(?<!por la )\bmanana\b", folded):
        return today + dt.timedelta(days=1), today + dt.timedelta(days=1)
    monday = today - dt.timedelta(days=today.weekday())
    if re.search(r"\b(?:next week|(?:la )?semaine prochaine|(?:la )?(?:proxima semana|semana que viene|semana proxima)|"
                 r"semana que vem)\b", folded):
        return monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)
    if re.search(r"\b(?:this week|cette semaine|esta semana|nesta semana)\b", folded):
        return today, monday + dt.timedelta(days=6)
    ahead = today.replace(day=1) + dt.timedelta(days=31)
    if re.search(r"\b(?:next month|(?:le )?mois prochain|(?:el )?(?:mes que viene|proximo mes|mes proximo|mes entrante)|"
                 r"(?:o )?(?:mes que vem|proximo mes)|(?:no )?mes que vem)\b", folded):
        return ahead.replace(day=1), ahead.replace(day=dates.days_in(ahead.month, ahead.year))
    if re.search(r"\b(?:this month|ce mois(?: ci)?|este mes|neste mes|esse mes)\b", folded):
        return today, today.replace(day=dates.days_in(today.month, today.year))
    days = [(month, day, year) for month, day, year in _months_alone(question, "en") if day]
    if len(days) != 1:
        return None
    month, day, year = days[0]
    try:
        when = dt.date(year or today.year + (month < today.month - LATELY_MONTHS), month, day)
    except ValueError:
        return None
    return (when, when) if when >= today else None


LATELY_MONTHS = 2       # a day of the last months, asked without a year, is of this year (gone by)


def day_named(question: str, today: dt.date) -> dt.date | None:
    """The one day of a month a question names ("¿Qué pasa el 17 de noviembre?", "on 3 December",
    "le 17/11"), of the year said, else of the year that puts it nearest ``today``; None for
    none, several, or a month alone ("in November")."""
    days = [(month, day, year) for month, day, year in _months_alone(question, "en") if day]
    if len(days) != 1:
        return None
    month, day, year = days[0]
    found = []
    for y in [year] if year else [today.year - 1, today.year, today.year + 1]:
        try:
            found.append(dt.date(y, month, day))
        except ValueError:
            pass
    return min(found, key=lambda d: abs((d - today).days), default=None)


def _day_alone(folded: str) -> int | None:
    """The day of the month a (folded) question names alone ("the 12th", "le 5"), if it does."""
    found = _DAY_ALONE.search(folded)
    day = int(next(g for g in found.groups() if g).replace("er", "")) if found else 0
    return day if 1 <= day <= 31 else None


def _numeric_month(m: re.Match) -> str | None:
    """"2026-10" or "10/2026" as 2026-10; "" for a month that does not exist ("2026-13"); None
    when it is no year and month ("ISO 3166-1")."""
    year, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    if not 1990 <= int(year) <= 2100:
        return None
    return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else ""


def _together(text: str, found: list[tuple[int, int, str]]) -> set[str]:
    """The first of the dates found (start, end, value) and those joined to it by "and", "et",
    "y", "e", a comma…"""
    out = set()
    for i, (_, _, value) in enumerate(found):
        if i and not set(fold(text[found[i - 1][1]:found[i][0]]).split()) <= _JOINING:
            break
        out.add(value)
    return out


def _relative_month(folded: list[str]) -> tuple[int, bool] | None:
    """Where the folded words say "last month" or "this month" (a word may be "mois ci"), and
    whether it is the month before."""
    for i in range(len(folded) - 1):
        pair = (folded[i], (folded[i + 1].split() or [""])[0])
        if pair in _RELATIVE_MONTHS:
            return i, _RELATIVE_MONTHS[pair]
    return None


def months_written_out(question: str) -> str:
    """The question with a month abbreviated next to a day written out, for search: "what was due
    on oct 16?" -> "what was due on October 16?" ("oct" is said in no turn; "October" finds «le
    vendredi 16 octobre»). Only next to a day, as ``without_dates`` reads them ("12 out of 20" is no
    October)."""
    words = question.split()
    folded = [fold(w).strip(".,;:?!()") for w in words]
    written = dotted(question)
    for i, f in enumerate(folded):
        month = abbreviated_month(folded, i, written)
        if month:
            words[i] = re.sub(r"[^\W\d_]+", _EN_MONTHS[month - 1], words[i], count=1)
    return " ".join(words)


def abbreviated_month(folded: list[str], i: int, with_stop: Set[str] = frozenset()) -> int | None:
    """The month the abbreviation ``folded[i]`` names (folded words, without their punctuation),
    only next to a day, before a year or beside a group ("naralo oct"): "Oct 12", "12 oct.", "21 set", "3 de mar",
    "5 de out", "feb 2020"; None for a word ("12 out of 20", "set the table", "what happened in oct?"), before a
    count ("oct 3 times", "nov 2 personas"), or,
    for an abbreviation that is also a word, before a day unless written with its full stop
    (``with_stop``, as ``dotted`` gives them): "mar. 3" is March, "¿qué se dijo del mar 3 veces?",
    "¿y el mar 3?" speak of the sea."""
    def day(j: int) -> bool:
        return 0 <= j < len(folded) and bool(ORDINAL_DAY.fullmatch(folded[j]))

    word = folded[i]
    if i > 1 and folded[i - 1] == "de" and day(i - 2) and word in lexicon_dates.MONTH_AFTER_DE:     # "5 de out"
        return lexicon_dates.MONTH_AFTER_DE[word]
    if day(i - 1) or i > 1 and folded[i - 1] == "de" and day(i - 2):        # "3 mar", "3 de mar"
        return lexicon_dates.MONTH_ABBREVIATIONS.get(word) or lexicon_dates.MONTH_AFTER_DAY.get(word)
    counted = i + 2 < len(folded) and folded[i + 2] in lexicon_dates.COUNTED_NOUNS
    # (or before a year: "apologies in feb 2020")
    year = i + 1 < len(folded) and bool(_YEAR.fullmatch(folded[i + 1]))
    if (day(i + 1) and not counted or year) and (word not in lexicon_dates.MONTH_ALSO_A_WORD or word in with_stop):
        return lexicon_dates.MONTH_ABBREVIATIONS.get(word)
    # (or right beside a group's name: "tldr naralo oct", "afralo sept summary"; "la llamada de oct" is
    # still a topic word)
    if word not in lexicon_dates.MONTH_ALSO_A_WORD and any(
            0 <= j < len(folded) and folded[j] in lexicon.REGIONAL_GROUPS for j in (i - 1, i + 1)):
        return lexicon_dates.MONTH_ABBREVIATIONS.get(word)
    return None


def dotted(question: str) -> frozenset[str]:
    """The words a question writes with a full stop after them, folded ("mar. 3": "mar")."""
    return frozenset(fold(w) for w in re.findall(r"([^\W\d_]+)\.", question))


def without_dates(question: str) -> str:
    """The question without the words that date it ("in February 2020", "le 20 juin 2016", "last
    month"), and "meeting"/"call" next to them ("the February 2020 meeting"), for searching the
    meetings the date points at: within them, those words would only find the turn that says the
    date or welcomes to the call."""
    words = question.split()
    folded = [fold(w) for w in words]
    written = dotted(question)
    month_at = {i for i, f in enumerate(folded) if MONTH_WORD.fullmatch(f) and (f != "may" or words[i][:1] == "M")
                or abbreviated_month(folded, i, written)}          # "Oct 12", "21 set"
    dating = set(month_at)
    for i, f in enumerate(folded):
        if _YEAR.fullmatch(f) or _NUMERIC_DATE.fullmatch(words[i].strip(".,;:?!¿¡()")):
            dating.add(i)
        elif (ORDINAL_DAY.fullmatch(f) or f in ("de", "del")) and {i - 1, i + 1, i - 2, i + 2} & month_at:
            dating.add(i)
    # Days and months named together: "5 and 12 October", "October 5 and 12", "September and October".
    anchors = [i for i, f in enumerate(folded) if i in dating or f.isdigit() and len(f) <= 2]
    run: list[int] = []
    for a, b in zip(anchors, anchors[1:] + [None]):
        run.append(a)
        gap = folded[a + 1:b] if b is not None else None
        if gap is not None and set(gap) <= _JOINING and (not gap or set(gap) & AND_WORDS):
            continue
        if len(run) > 1 and set(run) & dating:
            dating.update(range(run[0], run[-1] + 1))
        run = []
    # A day alone: "on the 5th", "do dia 26", "la réunion du 5" (not "le 5 et le 12 octobre").
    starts = [0]
    for f in folded[:-1]:
        starts.append(starts[-1] + len(f) + 1)
    for m in _DAY_ALONE.finditer(" ".join(folded)) if not month_at else ():
        dating.update(i for i, at in enumerate(starts) if m.start() <= at < m.end())
    joined = " ".join(folded)       # "this year", "el año pasado": a date too
    for m in _RELATIVE_YEAR.finditer(joined):
        dating.update(i for i, at in enumerate(starts) if m.start() <= at < m.end())
    relative = _relative_month(folded)          # "last month", "le mois dernier", "ce mois-ci"…
    if relative:
        i = relative[0]
        dating.update((i, i + 1))
        if i and folded[i - 1] in ("le", "du", "el", "del", "o", "no"):
            dating.add(i - 1)
    # "the February 2020 meeting", "la réunion de juin 2016": the meeting word of the date.
    dating.update(i for i, f in enumerate(folded) if f in MEETING_WORDS and {i - 1, i + 1} & dating)
    return " ".join(w for i, w in enumerate(words) if i not in dating)


def _months_alone(question: str, language: str) -> list[tuple[int, int | None, int | None]]:
    """The months (and days) a question names in words, with the year that closes them if one
    does: "in September", "de septiembre", "on 5 October", "the June call", "on 12/10", and
    those named together with the first ("5 and 12 October", "September and October", "le 5 et
    le 12 octobre", "October 5 and 12, 2026"): (month, day or None, year or None). A month word
    must come after a day or a preposition, or between "the" and a meeting word, or be all
    there is ("/who septiembre"): "May I…", "April Thompson", "the march in Asunción" and "the
    August report" name no month."""
    question = _NUMERIC_DAY_MONTH.sub(lambda m: f"{m.group(1)}{m.group(2)} {_EN_MONTHS[int(m.group(3)) - 1]}"
                                      if 1 <= int(m.group(3)) <= 12 else m.group(0), question)
    words = re.findall(r"[^\W_]+", question)
    folded = [fold(w) for w in words]
    written = dotted(question)

    def month_of(i: int) -> int | None:
        if abbreviated := abbreviated_month(folded, i, written):        # "Oct 12", "12 oct.", "21 set"
            return abbreviated
        if not MONTH_WORD.fullmatch(folded[i]) or (folded[i] == "may" and not words[i][0].isupper()):
            return None
        found = opening.find_date(f"1 {words[i]} 2000", language)
        return found.month if found else None

    def day_of(i: int) -> int | None:           # "12", "12th"
        number = ORDINAL_DAY.fullmatch(folded[i]) if 0 <= i < len(folded) else None
        return int(number.group(1)) if number and 1 <= int(number.group(1)) <= 31 else None

    first = next((i for i in range(len(folded)) if month_of(i) and _names_a_month(folded, i, day_of)), None)
    if first is None:
        return []
    # Days come before their month ("5 et 12 octobre") or after it ("October 5 and 12").
    day_first = day_of(first - 1) is not None or (folded[first - 1:first] == ["de"] and day_of(first - 2) is not None)
    start = first
    while start and (day_of(start - 1) is not None or folded[start - 1] in _JOINING):
        start -= 1
    out: list[tuple[int, int | None, int | None]] = []
    days: list[int] = []
    current = None
    for i in range(start, len(folded)):
        month = month_of(i)
        if month and day_first:
            out += [(month, d, None) for d in days] or [(month, None, None)]
            days = []
        elif month:
            if current:
                out += [(current, d, None) for d in days] or [(current, None, None)]
            current, days = month, []
        elif day_of(i) is not None:
            days.append(day_of(i))
        elif _YEAR.fullmatch(folded[i]) and (out or current):
            if current:                     # "October 5 and 12, 2026": the days before the year are October's
                out += [(current, d, None) for d in days] or [(current, None, None)]
                current, days = None, []
            out = [(m, d, y or int(folded[i])) for m, d, y in out]
        elif folded[i] not in _JOINING:
            break
    if current:
        out += [(current, d, None) for d in days] or [(current, None, None)]
    return out


def _names_a_month(folded: list[str], i: int, day_of) -> bool:
    """Is the month word at ``i`` a month named (see _months_alone)?"""
    before = folded[i - 1] if i else ""
    after = folded[i + 1] if i + 1 < len(folded) else ""
    day = next((d for d in (day_of(i - 1), day_of(i + 1), day_of(i - 2) if before == "de" else None)
                if d is not None), None)
    # ("the September and October calls")
    pair = after in AND_WORDS and i + 3 < len(folded) and bool(MONTH_WORD.fullmatch(folded[i + 2])) \
        and folded[i + 3] in lexicon_questions.FRAME_WORDS
    return (day is not None or len(folded) == 1 or before in MONTH_PREPOSITIONS
            or (before == "the" and (after in lexicon_questions.FRAME_WORDS or pair))
            or i == 0 and (after in AND_WORDS or bool(_YEAR.fullmatch(after))))        # "/who septembre et octobre 2026"
