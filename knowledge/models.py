"""The knowledge base's values: what a transcript says, and what the store gives back."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from knowledge.search import Hit

# Who a turn's speaker is. Only members and staff are people whose words get cited;
# interpreters, operators and unidentified voices are kept but marked.
MEMBER, STAFF, INTERPRETER, OPERATOR, UNIDENTIFIED = (
    "member", "staff", "interpreter", "operator", "unidentified")
NON_MEMBER_ROLES = frozenset({INTERPRETER, OPERATOR, UNIDENTIFIED})

# Attendance statuses.
PRESENT, APOLOGY, STAFF_STATUS, INTERPRETER_STATUS = "present", "apology", "staff", "interpreter"


@dataclass(frozen=True)
class Document:
    """A file as read from disk, before it is understood."""
    path: str
    filename: str
    format: str          # txt, pdf, docx, vtt, srt
    sha256: str
    size: int
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class RawTurn:
    """A speaker label and what follows it, as found in the file."""
    label: str
    text: str
    start: float | None = None   # seconds from the recording's start (WebVTT/SRT)
    end: float | None = None
    line: int | None = None      # the line of the text its label is on (1 for the first)


@dataclass(frozen=True)
class Person:
    """Someone named in a transcript; ``key`` is the accent-folded upper-case name."""
    key: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    index: int
    speaker: str             # display name, e.g. "Humberto Carrasco"
    label: str               # the label as written, e.g. "HUMBERTO CARRASCO"
    role: str
    text: str
    person: str | None = None   # Person.key; None for interpreters, operators, unidentified
    start: float | None = None
    end: float | None = None

    def to_json(self) -> dict:
        out = {"index": self.index, "speaker": self.speaker, "text": self.text, "role": self.role}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        return out


@dataclass(frozen=True)
class Attendee:
    name: str
    status: str                 # present, apology, staff, interpreter
    channel: str | None = None  # language code of the interpretation channel, when said
    person: str | None = None   # Person.key
    source: str = "roll_call"   # roll_call: read out at the start; spoke: took the floor unannounced


@dataclass(frozen=True)
class AgendaItem:
    title: str
    presenter: str | None = None
    moderator: str | None = None

    def to_json(self) -> dict:
        return {"title": self.title, "presenter": self.presenter, "moderator": self.moderator}


@dataclass(frozen=True)
class Transcript:
    """Everything Acta understood of one meeting's transcript."""
    date: dt.date
    start_utc: dt.datetime | None
    group: str | None
    kind: str                   # monthly_call, webinar, call
    language: str
    turns: tuple[Turn, ...]
    people: tuple[Person, ...]
    attendance: tuple[Attendee, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()

    @property
    def title(self) -> str:
        return meeting_title(self.group, self.kind)

    @property
    def speakers(self) -> list[str]:
        """Display names of the members and staff who spoke, in order of first turn."""
        seen: dict[str, None] = {}
        for turn in self.turns:
            if turn.role not in NON_MEMBER_ROLES:
                seen.setdefault(turn.speaker)
        return list(seen)


KIND_TITLES = {"monthly_call": "monthly call", "webinar": "webinar", "call": "call"}


def meeting_title(group: str | None, kind: str) -> str:
    words = KIND_TITLES.get(kind, kind.replace("_", " "))
    return f"{group} {words}" if group else words[:1].upper() + words[1:]


@dataclass(frozen=True)
class MeetingSummary:
    """One line of ``acta meetings``."""
    id: str
    date: str
    start_utc: str | None
    title: str
    group: str | None
    kind: str
    language: str
    turns: int
    # Every language version of the call, root first: (language, meeting id). See versions.py.
    versions: tuple[tuple[str, str], ...] = ()

    @property
    def editions(self) -> tuple[tuple[str, str], ...]:
        """Every version, itself included when it is the only one: (language, meeting id)."""
        return self.versions or ((self.language, self.id),)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.editions)

    @property
    def ids(self) -> frozenset[str]:
        """Every id this call goes by: each language version's."""
        return frozenset(mid for _, mid in self.editions)

    def version(self, language: str) -> str | None:
        """The id of this call's version in ``language``, if there is one."""
        return next((mid for lang, mid in self.versions if lang == language), None)

    def to_json(self) -> dict:
        return {"id": self.id, "date": self.date, "start_utc": self.start_utc, "title": self.title,
                "group": self.group, "kind": self.kind, "language": self.language, "turns": self.turns,
                "versions": [{"language": lang, "id": mid} for lang, mid in self.editions]}


@dataclass(frozen=True)
class MeetingDetail:
    """One meeting with everything stored about it (``acta show``)."""
    summary: MeetingSummary
    source: dict
    attendance: tuple[Attendee, ...]
    agenda: tuple[AgendaItem, ...]
    turns: tuple[Turn, ...]

    def names(self, status: str) -> list[str]:
        return [a.name for a in self.attendance if a.status == status]

    @property
    def has_roll_call(self) -> bool:
        """Does its roll call name anyone present? (Apologies or staff alone do not tell who
        joined late: a roll call worded in a way Acta does not read would make everyone late.)"""
        return any(a.status == PRESENT and a.source == "roll_call" for a in self.attendance)

    @property
    def joined_late(self) -> list[str]:
        """Who took the floor without being in the roll call; no one when it has none (it cannot tell)."""
        return [a.name for a in self.attendance if a.status == PRESENT and a.source == "spoke"] if self.has_roll_call else []

    def to_json(self) -> dict:
        speakers: dict[str, dict] = {}
        others: dict[str, dict] = {}
        for t in self.turns:
            group = others if t.role in NON_MEMBER_ROLES else speakers
            entry = group.setdefault(t.speaker, {"name": t.speaker, "role": t.role, "turns": 0})
            entry["turns"] += 1
        return {
            **self.summary.to_json(),
            "source": self.source,
            "attendees": [{"name": a.name, "channel": a.channel} for a in self.attendance
                          if a.status == PRESENT and a.source == "roll_call"],
            "apologies": self.names(APOLOGY),
            "staff": self.names(STAFF_STATUS),
            "interpreters": self.names(INTERPRETER_STATUS),
            "late_arrivals": self.joined_late,
            "speakers": list(speakers.values()),
            "interjections": list(others.values()),
            "agenda": [item.to_json() for item in self.agenda],
            "turns": [t.to_json() for t in self.turns],
        }


class ImportedEvent(NamedTuple):
    """One coming occurrence read from an .ics file."""
    title: str
    start_utc: dt.datetime
    minutes: int
    link: str
    uid: str             # its event's UID (a hash of its title and start when it has none)
    slot_utc: dt.datetime    # its original start (RECURRENCE-ID): the same occurrence wherever it moves
    sequence: int | None = None   # the SEQUENCE of the VEVENT it comes from (a higher one is a newer
                                  # version); None when it has none: its age cannot be told


@dataclass(frozen=True)
class CalendarFile:
    """What an .ics file says is coming, and what it speaks for: importing it again, or a newer
    export, replaces exactly that, so nothing is added twice and nothing else is touched."""
    events: list[ImportedEvent]          # coming occurrences, soonest first (at most the import cap)
    skipped: int                         # events left out: broken, past, too far ahead, over the cap
    until: dt.datetime                   # it speaks for occurrences before this (horizon, or cap)
    uids: frozenset[str] = frozenset()   # events read whole: their coming occurrences are all in events
    instances: frozenset[tuple[str, dt.datetime]] = frozenset()  # single occurrences it moves or
                                                                 # cancels: (UID, slot_utc)
    unread: frozenset[str] = frozenset()  # UIDs of events it has but that could not be read: kept
    calendar: str | None = None          # a named calendar's whole export (X-WR-CALNAME; not of one
                                         # event alone, which an event site's file names too)
    unknown_zones: tuple[str, ...] = ()  # the zone of each event left out for it: neither known nor
                                         # defined in the file (VTIMEZONE), nor naming its UTC offset
    following: frozenset[tuple[str, dt.datetime]] = frozenset()  # of instances: those that move the
                                         # later occurrences too (RANGE=THISANDFUTURE)
    all_day: tuple[tuple[str, dt.datetime], ...] = ()   # all-day events left out (title, first
                                         # coming day): no time of day to remind at
    sequences: tuple[tuple[str, int | None], ...] = ()   # (UID, its highest SEQUENCE in the file, None
                                         # if none is written): what was imported from a higher one is
                                         # newer, and kept
    called_off: tuple[ImportedEvent, ...] = ()   # occurrences it cancels one by one (STATUS:CANCELLED,
                                         # EXDATE; not a whole series): the same call in bot.toml is off then


@dataclass(frozen=True)
class ImportCounts:
    """What importing a CalendarFile changed."""
    added: int
    updated: int          # the same occurrence, moved, retitled, resized or with a new link
    cancelled: int        # imported before, no longer in the calendar
    withdrawn: tuple[tuple[str, dt.datetime], ...] = ()     # those of them (title, start), soonest first
    following: int = 0    # later occurrences an instance moved with it (RANGE=THISANDFUTURE)
    older: int = 0        # occurrences left as a newer version of their event (a higher SEQUENCE) set them
    restored: int = 0     # occurrences a group no longer served had cancelled, active again for ``chats``
    back: tuple[tuple[str, dt.datetime], ...] = ()  # (title, start) the calendar had cancelled and holds again


# --- answers ----------------------------------------------------------------------------------

PARTICIPATION_TARGET = 0.5
# Answers that found nothing to tell (a question's words, a meeting or a person it names).
NOTHING_FOUND = frozenset({"nothing", "no_words", "no_meeting", "no_speaker"})


@dataclass(frozen=True)
class Participation:
    name: str
    attended: int
    apologies: int
    meetings: int       # meetings of the groups this person takes part in
    staff: bool = False  # listed as staff in every roll call: the members' target is not theirs
    joined: int = 0     # of the apologies, those after which they joined after all (attended counts them too)

    @property
    def rate(self) -> float:
        return self.attended / self.meetings if self.meetings else 0.0


@dataclass(frozen=True)
class Conversation:
    """What a member's conversation is on: the meetings the last answer was about, and what it
    answered (its kind: "apologies"), for a question that follows up on it; and the people the
    last answer about someone was about, for "Was he there?" or "And in 2020?" after "Was Priya there?"."""
    meetings: tuple[str, ...]
    kind: str = ""
    persons: tuple[str, ...] = ()
    persons_there: bool = True      # the people were talked of in these meetings (not in an answer about all)
    # What the last answer quoted, for "Who is organizing it?": the turn (meeting id, index) and the sentences.
    turn: tuple[str, int] | None = None
    quoted: str = ""
    topic: str = ""     # what the last search was about ("And in the NARALO call?"), or the next-call question
    item: int = 0       # the agenda item a presenter answer was about, from 1 ("And the next one?")
    shown: object = None    # the next call a next-call answer showed (jobs.calendar.Occurrence): "and the one after that?"
    given: tuple[str, ...] = ()     # who "who else talked about it?" has given so far in this thread (not again)


@dataclass(frozen=True)
class Answer:
    """What Acta answers. ``kind`` says which of the fields carry it."""
    # passage; nothing, no_words, thanks, greeting, ack, help, reminders, no_meeting, no_speaker, no_survey;
    # attendance, apologies, agenda, summary, chair, presenter, survey, meetings, participation, speakers,
    # mentions, questions, next; several (one part per meeting)
    kind: str
    language: str
    question: str = ""
    quote: tuple[str, ...] = ()                 # passage: the best sentence(s) of the best turn
    # passage, several people asked about: the quotes of sources[1], sources[2]… (each other person's best)
    also: tuple[tuple[str, ...], ...] = ()
    searched: str = ""                          # passage: what further pages search, when not the question
    within: tuple[str, ...] = ()                # passage: where further pages search, when the question chose it
    topic: str = ""                             # passage: what was searched, without the meetings it named
    sources: tuple[Hit, ...] = ()               # passage: best first
    meeting: MeetingSummary | None = None       # the meeting a structured answer is about
    names: dict[str, list] = field(default_factory=dict)   # attendance/apologies/agenda payloads
    meetings: tuple[MeetingSummary, ...] = ()   # meetings: the list; nothing: what Acta knows
    participation: tuple[Participation, ...] = ()
    speaking: tuple[tuple[str, int, int], ...] = ()         # (speaker, turns, words)
    target: float = PARTICIPATION_TARGET
    topics: tuple[str, ...] = ()                # nothing: agenda items Acta knows about
    known: int = 0                              # nothing, no_meeting: how many meetings Acta knows; speakers: how many spoke
    parts: tuple["Answer", ...] = ()            # several: one answer per meeting named
    occurrence: object = None                   # next: the next scheduled call (jobs.calendar.Occurrence)
    announced: tuple = ()                       # next: events announced in calls, sooner (knowledge.announced.Announced)
    timezones: tuple[str, ...] = ("UTC",)
    summary: object = None                      # summary: the meeting's (knowledge.summary.Summary)
    mentions: object = None                     # mentions: how often the topic came up (knowledge.mentions.Mentions)
    # questions: "open" (only those left unanswered), "named" (in the meetings the question named),
    # "none_asked" (the meeting had no member's question at all); passage: "elsewhere" (found outside
    # ``meetings``, those of the conversation, a date or a group named, which hold nothing on it);
    # late: "no_roll_call" (the transcript has none: who joined late cannot be told)
    flags: frozenset[str] = frozenset()
    readings: tuple = ()                        # words read as the archive's closest: (knowledge.spelling.Reading, ...)
