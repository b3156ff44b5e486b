"""What each member's conversation is on: the meetings of the last answer they were given and what
it answered, so that a question following up on it ("And who sent apologies?", "What about the
budget in that call?", "And in the AFRALO call?") is about them; the people the last answer about
someone was about ("Was he there?"); and the language they were last answered in, for a message
that does not say its own ("Agenda?"). Per member and chat (two members talking in a group each have
their own), for a while after the last answer, bounded in memory, forgotten at a restart, never
written anywhere. Only meeting ids, a kind, the names of the people its answers were about, the turn
the last answer quoted and its sentences (what "Who is organizing it?" is about), who was quoted in
this thread (whom "who else?" leaves out), the words the last
search was made with (what "And in the NARALO call?" searches again) or the question that gave the
next call (what "¿A qué hora?" asks again) and the call it showed (what "and the one after that?"
is after), and a language are kept; so are the last question asked with what the conversation was
on before it (what "en español porfa" answers again), and the language the member asked the
answers to be in ("in english"), which the conversation goes on in."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable

from knowledge import naming
from knowledge.models import Answer, Conversation

FOLLOW_UP_MINUTES = 30    # how long a conversation stays on its meetings after the last answer
MAX_TRACKED = 10_000      # conversations remembered at once; the least recent are forgotten


@dataclasses.dataclass(frozen=True)
class Recently:
    """A member's conversation in a chat, recently: what it is on, the language they were last
    answered in and the one they asked for, and their last question with what it was on before."""
    on: Conversation | None
    language: str | None
    chosen: str | None
    last: tuple[str, Conversation | None] | None


class Conversations:
    def __init__(self, clock: Callable[[], dt.datetime], minutes: int = FOLLOW_UP_MINUTES):
        self.clock = clock
        self.lasts = dt.timedelta(minutes=minutes)
        self._on: OrderedDict[tuple, tuple[Conversation | None, str | None, dt.datetime]] = OrderedDict()
        # (chat, member) -> (the language asked for or None, (last question, what it was on before) or None)
        self._said: dict[tuple, tuple[str | None, tuple[str, Conversation | None] | None]] = {}

    def recently(self, chat: int | None, member: int) -> Recently:
        """All that is known of this member's conversation in this chat, recently (read once a message)."""
        on, language = self._recent(chat, member)
        chosen, last = self._said.get((chat, member), (None, None)) if language else (None, None)
        return Recently(on, language, chosen, last)

    def on(self, chat: int | None, member: int) -> Conversation | None:
        """What this member's conversation in this chat is on, if it is still on something."""
        return self._recent(chat, member)[0]

    def language(self, chat: int | None, member: int) -> str | None:
        """The language this member was last answered in here, recently."""
        return self._recent(chat, member)[1]

    def chosen(self, chat: int | None, member: int) -> str | None:
        """The language this member asked the answers to be in here ("en español porfa"), recently."""
        return self.recently(chat, member).chosen

    def last_asked(self, chat: int | None, member: int) -> tuple[str, Conversation | None] | None:
        """The last question this member asked here, recently, and what the conversation was on before it."""
        return self.recently(chat, member).last

    def choose(self, chat: int | None, member: int, language: str) -> None:
        """The member asked the answers to be in ``language``: the conversation goes on in it."""
        state = self.recently(chat, member)
        self._keep(chat, member, state.on, language)
        self._said[(chat, member)] = (language, state.last)

    def answered(self, chat: int | None, member: int, answer: Answer, asked: str | None = None,
                 before: Conversation | None = None) -> None:
        """(``asked``: the question answered, and ``before``: what the conversation was on when it
        was asked; a command's answer leaves no question to answer again.)"""
        state = self.recently(chat, member)
        self._answered(chat, member, answer, state.on, asked)
        self._said[(chat, member)] = (state.chosen, (asked, before) if asked else None)

    def _answered(self, chat: int | None, member: int, answer: Answer, before: Conversation | None,
                  asked: str | None = None) -> None:
        """The conversation is now on the meetings this answer is about, when it is about some;
        an answer about none (nothing found, no such meeting), or found outside the meetings
        followed up on, leaves it where it was (``before``). So does an answer about no one for the
        people it is on, or for those of them the question (``asked``) named ("e o humberto veio?"
        after four apologies, answered with nothing: "o que ele disse?" is his)."""
        meetings = about(answer)
        now = meetings or before
        persons = persons_of(answer)
        there = before.persons_there if before else True
        if persons is None:                 # about no one: still on whom it was on
            persons = before.persons if before else ()
            named = naming.people_named(asked, dict(enumerate(persons))) if asked and len(persons) > 1 else []
            persons = tuple(named) or persons
        else:                               # ("How often did Humberto attend?": in no meeting in particular)
            there = meetings is not None
        if now is not None or persons:
            now = dataclasses.replace(now or Conversation(()), persons=persons, persons_there=there)
        self._keep(chat, member, now, answer.language)

    def talk_about(self, chat: int | None, member: int, meetings: tuple[str, ...], kind: str, language: str) -> None:
        """A command named these meetings ("/who NARALO"): the conversation is on them."""
        before = self.on(chat, member)
        self._keep(chat, member, Conversation(meetings, kind, before.persons if before else ()), language)

    def _recent(self, chat: int | None, member: int) -> tuple[Conversation | None, str | None]:
        found = self._on.get((chat, member))
        if found is None or self.clock() - found[2] > self.lasts:
            return None, None
        return found[0], found[1]

    def _keep(self, chat: int | None, member: int, conversation: Conversation | None, language: str) -> None:
        self._on.pop((chat, member), None)
        self._on[(chat, member)] = (conversation, language, self.clock())
        if len(self._on) > MAX_TRACKED:
            self._said.pop(self._on.popitem(last=False)[0], None)


def about(answer: Answer) -> Conversation | None:
    """The meetings an answer is about and what it answered: its meeting, each meeting of an
    answer about several, or the meeting its quotation is from."""
    if "elsewhere" in answer.flags or answer.kind == "no_further":
        return None     # (nor past the latest meeting: "and the one before?" is still before it)
    if answer.kind == "presenter" and answer.meeting is not None and answer.sources:
        # "Who presented the DNS abuse statement?", then "When are comments due?": what was presented
        cited = answer.sources[0]
        return Conversation((answer.meeting.id,), "presenter", turn=(cited.meeting_id, cited.turn_index),
                            quoted=cited.passage, item=answer.names.get("place", [0])[0])
    if answer.meeting is not None:       # (an agenda said for an item no one presented: that item, for "and the next one?")
        place = (answer.names.get("item") or [0])[0] if answer.kind == "agenda" else 0
        given = tuple(answer.names.get("given", ())) if answer.kind == "speakers" else ()     # ("Who else spoke?")
        return Conversation((answer.meeting.id,), _asked(answer), item=max(place or 0, 0), given=given)
    if answer.kind == "several" and answer.parts:
        ids = tuple(p.meeting.id for p in answer.parts if p.meeting is not None)
        return Conversation(ids, _asked(answer.parts[0])) if ids else None
    if answer.kind == "mentions" and answer.mentions is not None and answer.mentions.by_meeting:
        # "Which meetings talked about universal acceptance?", then "¿Y cuál fue la primera?": of those
        return Conversation(tuple(m.id for m, _ in answer.mentions.by_meeting), "mentions", topic=answer.mentions.topic)
    if answer.kind == "meetings" and answer.meetings:
        # "When was the last NARALO call?", then "Who chaired it?": that call; after a list, each
        return Conversation(tuple(m.id for m in answer.meetings), "meetings")
    if answer.kind == "next" and answer.announced:      # "Who is organizing it?": the soonest announced
        said = answer.announced[0]
        return Conversation((said.meeting.id,), "next", turn=(said.meeting.id, said.mention.turn), quoted=said.mention.text,
                            topic=answer.question, shown=answer.occurrence)
    if answer.kind == "next":                           # "And for NARALO?": its next call
        return Conversation((), "next", topic=answer.question, shown=answer.occurrence)
    if answer.kind == "passage" and answer.sources:
        cited = answer.sources[0]
        return Conversation((cited.meeting_id,), turn=(cited.meeting_id, cited.turn_index), quoted=" ".join(answer.quote),
                            topic=answer.topic, given=tuple(answer.names.get("given") or [cited.speaker]))
    return None


def persons_of(answer: Answer) -> tuple[str, ...] | None:
    """Whom an answer is about (for "Was he there?" next): who was asked about, presented,
    chaired, read the agenda, sent apologies, joined late, whose speaking time it gives, or who
    is quoted when the question asked who ("Who talked about the budget?"); None when it is
    about no one (an agenda, a quotation asked for by topic)."""
    names, kind = answer.names, answer.kind
    if kind == "several":
        parts = [persons_of(part) for part in answer.parts]
        return None if all(p is None for p in parts) else tuple(dict.fromkeys(x for p in parts for x in p or ()))
    if kind in ("present", "did_speak"):        # (no one called so: about no one known)
        return tuple(person for person, state, _ in names["present"] if state != "none")
    if kind == "agenda":            # its presenters
        return tuple(dict.fromkeys(person for _, person in names["agenda"] if person)) or None
    if kind == "presenter":
        return tuple(dict.fromkeys(person for _, person in names["presenter"]))
    if kind == "passage":
        found = names.get("by") or names.get("not_by") or names.get("about") or \
            ([h.speaker for h in answer.sources[:1]] if naming.asks_who(answer.question) else [])
        return tuple(dict.fromkeys(found)) or None
    if kind == "participation":
        return tuple(p.name for p in answer.participation)
    if kind == "meetings" and names.get("of"):       # "Which meetings did Priya attend?": her
        return tuple(names["of"])
    if kind == "speakers":
        return (answer.speaking[0][0],) if len(answer.speaking) == 1 else None
    if kind == "apologies" and names.get("about"):         # "Did Sergio send apologies?": him
        return tuple(names["about"])
    key = {"chair": "chair", "agenda_reader": "reader", "roll_call_reader": "reader", "apologies": "apologies", "late": "late",
           "questions": "by", "commitments": "person"}.get(kind)
    return tuple(dict.fromkeys(names.get(key) or ())) if key else None


def _asked(answer: Answer) -> str:
    """What an answer asked: "Did the NARALO call have a survey?" (no_survey) asks for its survey;
    "Was Priya absent?" (present, of absence) whether she was absent ("And Linda?")."""
    if answer.kind == "present" and "absent" in answer.flags:
        return "absent"
    return "survey" if answer.kind == "no_survey" else answer.kind
