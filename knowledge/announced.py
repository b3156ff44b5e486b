"""Dates announced in recent calls that are still to come ("NARALO is organizing a community
outreach event on 3 December in Toronto"), for /events beside what is scheduled, and the title
an event gets when an admin schedules one of them."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from knowledge.analysis import ALL_STOPWORDS, QUESTION_WORDS
from knowledge.dates import Mention
from knowledge import dates, events_asked, lexicon_dates, naming, which_days, which_meetings
from knowledge.models import Answer, MeetingSummary
from knowledge.summary import Summary, summarize
from knowledge.text import fold, shortened
from knowledge.which_days import MEETING_WORDS

MAX_TITLE = 200          # characters of an event's title
MENTION_TITLE = 100      # characters of a sentence kept as an event's title
AHEAD_DAYS = 120         # the events announced for the next 120 days…
RECENT_DAYS = 120        # …in the calls of the last 120 days
# "The next call/meeting": an announced event counts when its sentence speaks of one too
# ("our next call will be on 14 December at 18:00 UTC"), not an outreach event in Toronto.
_CALL_WORD = re.compile(r"\b(?:calls?|appels?|llamadas?|chamadas?)\b")
_MEETING_WORD = re.compile(r"\b(?:calls?|appels?|llamadas?|chamadas?|meetings?|reunions?|reuniao|reunioes|reuniones)\b")


@dataclass(frozen=True)
class Announced:
    mention: Mention             # the date, the sentence that says it, who said it
    meeting: MeetingSummary      # the call it was said in
    title: str                   # the event's title, were it scheduled (``title``)


def announced(store, today: dt.date, days: int, since: dt.date,
              summary_of: Callable[[str], Summary] | None = None) -> list[Announced]:
    """The events said in the calls held from ``since`` (a day with a place or a time) that fall
    within ``days`` from ``today``, earliest first; said in several calls (the same day and place,
    or sentence), the latest call's word stands. ``summary_of``: a meeting version's summary
    (default: made anew)."""
    summary_of = summary_of or (lambda mid: summarize(store.meeting(mid)))
    found: dict[tuple, Announced] = {}
    last = (today + dt.timedelta(days=days)).isoformat()
    for meeting in store.meetings():              # oldest first: a later call's mention replaces
        if meeting.date < since.isoformat():
            continue
        summary = summary_of(meeting.id)
        for mention in summary.mentions:
            # An event has a place or a time ("on 3 December in Toronto"); "send it by Friday" is an errand.
            if (mention.precision == "day" and today.isoformat() <= mention.date <= last
                    and (mention.place or mention.time_utc)):
                key = (mention.date, fold(mention.place) if mention.place else fold(mention.text))
                found[key] = Announced(mention, meeting, title(summary, mention))
    return sorted(found.values(), key=lambda a: (a.mention.date, a.mention.time_utc or "", a.meeting.date))


def gone_by(store, today: dt.date, titled: Callable[[str], bool] | None, asked: str,
            month: tuple[dt.date, dt.date] | None, summary_of: Callable[[str], Summary] | None = None) -> list[Announced]:
    """The events like those asked about (``titled``, ``asked`` as ``coming`` reads them) announced in
    recent calls whose day is past: all those of the ``month`` asked about, else the last one."""
    start = today - dt.timedelta(days=RECENT_DAYS)
    past = announced(store, start, RECENT_DAYS - 1, start - dt.timedelta(days=RECENT_DAYS), summary_of)     # (to yesterday)
    found = coming(past, titled=titled, asked=asked, within=(month[0].replace(day=1), month[1]) if month else None)
    return found if month else found[-1:]


def coming(recent: list[Announced], *, titled: Callable[[str], bool] | None = None, asked: str = "",
           before: str | None = None, within: tuple[dt.date, dt.date] | None = None) -> list[Announced]:
    """Of the events announced in recent calls (``recent``, as ``announced`` reads them), those
    "when is the next …?" asks about: those whose title, call's group or sentence passes ``titled``;
    when the question (``asked``) is about a call or meeting, those whose sentence speaks of one;
    those ``within`` a month asked about; when it names their place, those there; else, when
    ``before`` (YYYY-MM-DD, the next scheduled event's day), those sooner than it. Earliest first."""
    meetings_only = bool(_MEETING_WORD.search(fold(asked)))
    found = [a for a in recent
             if (titled is None or titled(f"{a.title} {a.meeting.group or ''} {a.mention.text}"))
             and (not meetings_only or _MEETING_WORD.search(fold(a.mention.text)))
             and (within is None or within[0].isoformat() <= a.mention.date <= within[1].isoformat())]
    return at_place_named(found, asked) or [a for a in found if before is None or a.mention.date < before]


def month_asked(question: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days of the month a question about what is coming names ("any events in January?",
    "¿Qué hay en diciembre?": from today to its end when it is this month), the next such month
    (or of the year said, which may be gone by: nothing is coming then); None when it names none
    or several."""
    folded = fold(question)
    # (after a preposition or an article: "I may not make it" names no month; nor does "May I…")
    months = {n for n, names in enumerate(lexicon_dates.MONTHS, 1) for name in names
              for m in re.finditer(rf"\b(?:{_BEFORE_MONTH})\s+(?:(?:mes|mois|month) (?:de |of )?)?({name})\b", folded)
              if name != "may" or re.search(r"\bMay\b", question)}
    if len(months) != 1:
        return None
    month = months.pop()
    said = re.search(r"\b(20\d\d)\b", folded)
    year = int(said.group(1)) if said else today.year + (month < today.month)
    first, last = dt.date(year, month, 1), dt.date(year, month, dates.days_in(month, year))
    return (max(first, today), last) if last >= today else (first, last)    # (gone by: nothing then)


_BEFORE_MONTH = "in|en|em|de|del|da|do|of|for|para|pour|au|no|na|durante|during|the|la|el|le|o|a|this|next|ce|este|neste"


def place_asked(asked: str, frame: Callable[[str], bool], names: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The place a question asks about ("When is the next event in Paris?", "When is the Paris
    event?"), if any: a name after "in"/"en"/"em"/"à" or said with the event, not one of the words
    that point at meetings (``frame``: a group, a month); in lower case, not a word of a person's
    name (``names``: "la próxima reunión con lucía")."""
    for m in [*_PLACE.finditer(asked), *_PLACE_OF_EVENT.finditer(asked)]:
        place = next(g for g in m.groups() if g)
        if not any(frame(w) for w in fold(place).split() if w not in _PLACE_WORDS):     # (not "of" in "Port of Spain")
            return place
    return _city_written(asked, frame, names)


def _city_written(asked: str, frame: Callable[[str], bool], names: frozenset[str] | set[str]) -> str | None:
    """A city or country the question writes in lower case, as chats do ("evento montevideo
    cuando", "evenement abidjan quand", "evento en buenos aires"): its words, one or two, naming a
    time zone's city or a country, where a place stands: next to an event or meeting word, or after
    "in"/"en"/"à"… Not a word of the question's frame, nor a meeting's ("reunion"), nor of a person's
    name ("proxima reunion sofia herrera"), nor a people's or language's ("la llamada en español",
    "la communauté française"); a common word a city has as its name ("qual o nome do evento",
    "with oral presentations") stands where no place does."""
    folded = fold(asked).split()
    words = [(i, w) for i, w in enumerate(folded)
             if w not in NOT_PLACES and w not in names and w not in lexicon_dates.PEOPLES and not frame(w)]
    for first, last, said in [(i, j, f"{a} {b}") for (i, a), (j, b) in zip(words, words[1:])] + [(i, i, w) for i, w in words]:
        if said not in _PLACE_WORDS and _where_a_place_stands(folded, first, last) and (
                said in _countries() or any(set(said.split()) == city - _PLACE_WORDS for _, city in _cities())):
            return said
    return None


def _where_a_place_stands(words: list[str], first: int, last: int) -> bool:
    """Do the words from ``first`` to ``last`` stand where a place does: after "in"/"en"/"a"/"à"…,
    after an event or meeting word ("evento montevideo", "l'événement de …"), or before one
    ("toronto event")?"""
    before = words[first - 1] if first else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    return before in _BEFORE_PLACE or before in _EVENT_WORDS or after in _EVENT_WORDS or (
        before in _OF and first > 1 and words[first - 2] in _EVENT_WORDS)


_BEFORE_PLACE = frozenset("in at en em a au aux no na".split())
_OF = frozenset("de del do da du d of".split())
_EVENT_WORDS = MEETING_WORDS | frozenset("event events evento eventos evenement evenements".split())


_CAPITALISED = r"[A-ZÀ-Ý][\w'’-]+"
# "the Paris event", "el evento de París", "l'événement de Paris": a place said with the event
_PLACE_OF_EVENT = re.compile(r"\b(?:the\s+(?P<before>%s(?:\s+%s)?)\s+event|"
                             r"(?:evento|événement|evenement)\s+(?:de|do|da|du|del|d['’])\s*(?P<after>%s))\b"
                             % (_CAPITALISED, _CAPITALISED, _CAPITALISED))
_PLACE = re.compile(r"\b(?:in|at|en|em|à|a|au|no|na)\s+(%s(?:\s+(?:of |de |do |da |del )?%s)?)" % (_CAPITALISED, _CAPITALISED))


def at_place_named(said: list[Announced], asked: str) -> list[Announced]:
    """Those announced at a place the question names ("When is the next event in Bogotá?"; "…in
    Panama?" of one in "Ciudad de Panamá": the place's own words, not "ciudad", "city", "de")."""
    words = set(fold(asked).split())
    return [a for a in said if a.mention.place and (set(fold(a.mention.place).split()) - _PLACE_WORDS or {""}) <= words]


# Words of a place's name that do not tell which place it is.
_PLACE_WORDS = frozenset("ciudad city cidade ville de del da do la le el city of san sao santa saint st".split())
# Words a question says for other things than a place, though a city has them as its name
# ("Christmas", "Easter", "Réunion", "Midway"…): of meetings, feasts, question and common words.
NOT_PLACES = ALL_STOPWORDS | QUESTION_WORDS | MEETING_WORDS | frozenset(
    "christmas easter wake midway resolute current man reunion".split())


def time_asked(question: str) -> bool:
    """Does the question ask the time of day ("¿A qué hora…?", "What time…?", "À quelle heure…?")?
    Then a place it names is where the time is wanted, not where an event is."""
    return bool(_TIME_OF_DAY.search(fold(question)))


# (a time zone said asks the time too: "When is the next call in UTC and Buenos Aires?")
_TIME_OF_DAY = re.compile(r"\b(?:hora|horas|horario|heure|heures|what time|which time|at what hour|utc|gmt|time ?zones?|"
                         r"fuseaux? horaires?|husos? horarios?|fusos? horarios?|local time|heure locale|hora local)\b")


def zone_of(place: str) -> str | None:
    """The time zone named after a city ("Toronto": America/Toronto, "México": America/Mexico_City; as
    people write it: "Brasília", "Lisboa"), else a country's capital's ("Argentina", "Colombia"), if any."""
    if fold(place) in lexicon_dates.CITY_ZONES:
        return lexicon_dates.CITY_ZONES[fold(place)]
    words = set(fold(place).split()) - _PLACE_WORDS
    found = [zone for zone, city in _cities() if words and words <= city]
    exact = [zone for zone, city in _cities() if words and words == city - _PLACE_WORDS]
    # (the city's own words, else the one city they are part of: "Port" is no one city; else a
    # country's capital's: "¿A qué hora es la próxima llamada en Argentina?")
    return exact[0] if len(exact) == 1 else found[0] if len(found) == 1 else _countries().get(fold(place))


@lru_cache(maxsize=1)
def _cities() -> list[tuple[str, frozenset[str]]]:
    """Each time zone named after a city, with the city's words (folded)."""
    from zoneinfo import available_timezones

    # (cities only: Area/City, not Argentina's provinces, nor the old aliases "US/Eastern", "Australia/Victoria")
    return sorted((z, frozenset(fold(z.split("/")[1].replace("_", " ")).split())) for z in available_timezones()
                  if z.count("/") == 1 and z.split("/")[0] in _AREAS and z.split("/")[1] not in _STATES)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {name: zone for names, zone, _ in lexicon_dates.COUNTRY_ZONES for name in names}


_AREAS = frozenset("Africa America Asia Atlantic Australia Europe Indian Pacific".split())
_STATES = frozenset("ACT NSW North South West Queensland Tasmania Victoria Yancowinna LHI Canberra".split())


def title(summary: Summary, mention: Mention) -> str:
    """An event's title for a date said in a call: the agenda item it was said in when the item
    names its place ("Sobre o evento regional de LACRALO em Bogotá"), else the group and the
    place, else the sentence (shortened at a word)."""
    for item in summary.items:
        if (mention.place and item.start_turn is not None and item.start_turn <= mention.turn
                and (item.end_turn is None or mention.turn < item.end_turn)       # (the last item runs on)
                and fold(mention.place) in fold(item.title)):
            return item.title[:MAX_TITLE]
    if mention.place:
        return " · ".join(x for x in (summary.group, mention.place) if x)
    return shortened(mention.text, MENTION_TITLE, trim=",;:")


def next_answer(store, question: str, lang: str, meetings: list[MeetingSummary], *,
                next_event: Callable, today: dt.date, summary_of: Callable[[str], Summary] | None = None,
                timezones: tuple[str, ...] = ("UTC",), after: dt.datetime | None = None) -> Answer:
    """ "When is the next …?" and /next. "Le prochain webinaire", "the next NARALO call": that
    kind's or group's events only (``next_event(titled)``: the next scheduled one whose title
    passes, or None), and those announced in calls sooner ("NARALO is organizing an event on 3
    December in Toronto"); "the next event in Bogotá": the one announced there. When none is
    scheduled or announced, say so and give the next event of any kind. ``after``: those after
    it ("and the one after that?": after the call shown)."""
    titled = events_asked.event_named(question, meetings) if question.strip() else None
    # "Any events in January?": those of that month ("after" it starts; next_event(titled, after=…))
    # ("Is there a call tomorrow?", "¿Qué pasa el 3 de diciembre?", "anything this week?": those days)
    month_said = month_asked(question, today)
    month = month_said or which_days.days_asked(question, today)
    found = next_event(titled, after=dt.datetime.combine(month[0], dt.time(), dt.timezone.utc)) if month else \
        next_event(titled, after=after) if after else next_event(titled)
    found = None if month and found and not month[0] <= found.start_utc.date() <= month[1] else found
    def later(a) -> bool:       # (after the meeting talked about, when following up past it)
        return after is None or a.mention.date > after.date().isoformat()
    recent = announced(store, today, AHEAD_DAYS, today - dt.timedelta(days=RECENT_DAYS), summary_of)
    said = tuple(a for a in coming(recent, titled=titled, asked=question, within=month,
                                   before=found.start_utc.date().isoformat() if found else None) if later(a))
    placed = bool(at_place_named(list(said), question))
    asked_at = place_asked(question, lambda w: which_meetings.frame_word(w, meetings),
                           naming.people_words(store.people().values()))
    if not placed and asked_at and time_asked(question):
        # "What time is the next call in Toronto?": the next call, with Toronto's time too
        city = zone_of(asked_at)
        timezones = tuple(timezones) + ((city,) if city and city not in timezones else ())
    elif not placed and asked_at:
        said, placed = (), True         # "the next event in Paris": none there
    nowhere = placed and not said       # (none at the place named)
    found = None if placed else found
    filtered = bool(titled or placed or month)
    none_such = filtered and found is None and not said
    other = next_event(after=after) if none_such else None
    # None such: the next event of any kind; for days or a month asked, as "What is the next event?"
    # gives it, those announced sooner first ("When is the next AFRALO call?": not other groups' news)
    sooner: tuple = ()
    if none_such and month:
        sooner = tuple(a for a in coming(recent, before=other.start_utc.date().isoformat() if other else None) if later(a))
    flags = frozenset({"filtered"} | ({"then"} if month else set()) | ({"not_there"} if nowhere else set())) \
        if filtered else frozenset()
    # Nothing like it to come: those announced that are past ("the next training webinar": the last
    # one, 17 November; "¿y en noviembre?" late in November: those of the month gone by)
    gone = gone_by(store, today, titled, question, month_said, summary_of) \
        if none_such and not nowhere and (month_said or not month) and after is None else []
    # "What time is the NARALO call?" with none to come: when the last one like it started, as its opening says
    calls = bool(_CALL_WORD.search(fold(question)))        # (a call: no webinar)
    held = [m for m in meetings if m.start_utc and titled(f"{m.title} {m.group or ''}")
            and not (calls and m.kind == "webinar")][-1:] if none_such and titled and time_asked(question) else []
    return Answer("next", lang, question, occurrence=found, timezones=timezones, announced=said, flags=flags,
                  names={k: v for k, v in (("gone", gone), ("held", held)) if v},
                  parts=(Answer("next", lang, question, occurrence=other, timezones=timezones, announced=sooner),)
                  if other or sooner else ())


def time_place(question: str, meetings: list, names: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The city or country whose time of day a question asks ("¿a qué hora es el webinar… en hora de
    Buenos Aires?", "when is the webinar in Buenos Aires time", "what time… in Lagos"), when it
    has a time zone: where the time is wanted, a word the turn that answers need not say. None
    when it asks no time, or names no such place."""
    # ("en hora de Buenos Aires", "no horário de São Paulo", "à l'heure de Paris": where a place stands)
    asked = _TIME_OF.sub(" in ", fold(question))
    place = place_asked(question, lambda w: which_meetings.frame_word(w, meetings), names) or \
        _city_written(asked, lambda w: which_meetings.frame_word(w, meetings), names)
    if not place or not zone_of(place):
        return None
    said = fold(place)
    if time_asked(question) or re.search(r"\b%s (?:time|hour)\b" % re.escape(said), fold(question)):
        return place
    return None


_TIME_OF = re.compile(r"\b(?:hora|horas|horario|heure|heures|time|fuso horario|huso horario) (?:de|da|do|d|of|in)\b")
