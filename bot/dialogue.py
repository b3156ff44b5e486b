"""The conversation, whatever carries it: Telegram handlers and the local console both turn
what a member typed or tapped into calls here, and send back the replies it returns.

Replies are Telegram HTML with optional buttons (whose data is self-contained, so that they
keep working after a restart) and an optional document."""
from __future__ import annotations

from dataclasses import dataclass

import dataclasses
import datetime as dt

from bot import i18n, render, render_summary
from bot.conversations import Conversations, Recently
from bot.render_events import next_html
from bot.scheduling import SchedulingCommands
from bot.telegram_text import escape, split_message
from knowledge import announced, dates, naming, text, which_days, which_meetings
from knowledge.answers import Answerer, reply_language
from knowledge.errors import MeetingNotFound
from knowledge.facts import MAX_PARTS
from knowledge.language_requests import requested_language
from knowledge.models import Answer, MeetingSummary
from knowledge.store import Store

COMMANDS = ("ask", "meetings", "summary", "who", "agenda", "participation", "next", "events", "schedule", "cancel",
            "calendar", "surveys", "help", "start")
PAGE = 5               # sources per "more results" page
MAX_SOURCES = 25       # how far "more results" goes
CONTEXT_TURNS = 2      # turns shown before and after the cited one
EXCERPT = 300          # characters of a passage in a list of sources


@dataclass(frozen=True)
class Button:
    label: str
    data: str          # at most 64 bytes (Telegram's limit)


@dataclass(frozen=True)
class Reply:
    html: str
    buttons: tuple[Button, ...] = ()
    document: tuple[str, bytes] | None = None   # (file name, content)


@dataclass(frozen=True)
class Member:
    """Who is talking: their Telegram id and client language (None in the console), and whether
    they may schedule events (the handlers ask Telegram only when it matters): a bot admin
    (``[telegram] admins``, or the console) for every chat, a group's administrator for that group."""
    id: int
    language: str | None = None
    admin: bool = False
    bot_admin: bool = False        # listed in [telegram] admins (admin too)
    chat: int | None = None        # where they wrote (None in the console)


class Dialogue(SchedulingCommands):
    """Created once at start-up with the services it needs."""

    def __init__(self, store: Store, answerer: Answerer, default_language: str = "en", events: list = (),
                 timezones: tuple[str, ...] = ("UTC",), clock=None, date_order: str = "DMY",
                 default_chats: tuple[int, ...] = (), keep_questions: dt.timedelta = dt.timedelta(days=7)):
        self.store, self.answerer = store, answerer
        self.keep_questions = keep_questions    # [answers] keep_questions_days
        self.default_language = default_language
        self.events, self.timezones = list(events), tuple(timezones)
        self.date_order, self.default_chats = date_order, tuple(default_chats)
        self.clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        self.conversations = Conversations(self.clock)     # the meeting each member's questions are on

    def language(self, member: Member, text: str = "", state: Recently | None = None) -> str:
        """The language the member asked for ("in english"), else their client's, else the
        message's, else the one they were last answered in (``state``: their conversation, read already)."""
        state = state or self._state(member)
        return reply_language(text, state.chosen or member.language, state.language or self.default_language, state.language)

    def _state(self, member: Member) -> Recently:
        return self.conversations.recently(member.chat, member.id)

    # --- messages -------------------------------------------------------------------------

    def command(self, name: str, args: str, member: Member) -> list[Reply]:
        """/name args; an unknown name gets a pointer to /help."""
        # Only a question says which language it is in; a meeting id or a name does not.
        lang = self.language(member, args if name in ("ask", "start", "help") else "")
        handler = getattr(self, f"_cmd_{name}", None) if name in COMMANDS else None
        if handler is None:
            return [Reply(escape(i18n.t(lang, "unknown_command")))]
        if name in ("meetings", "summary", "who", "agenda"):     # (/schedule reads date_order itself)
            args = dates.day_first(args, self.date_order)
        return handler(args.strip(), member, lang)

    def question(self, text: str, member: Member) -> list[Reply]:
        """A question in plain words."""
        text = text.strip()
        state = self._state(member)
        lang = self.language(member, text, state)
        if not text:
            return [Reply(escape(i18n.t(lang, "ask_usage")))]
        context, last, chosen, usual = state.on, state.last, state.chosen, state.language
        # "en español porfa": the last answer again, in Spanish (and the conversation goes on in it)
        if wanted := requested_language(text, after=last[0] if last else ""):
            self.conversations.choose(member.chat, member.id, wanted)
            if last is None:
                return [Reply(escape(i18n.t(wanted, "language_chosen")))]
            (text, context), chosen, usual = last, wanted, wanted
        # One more than a page: "more results" only when there are more.
        # The language asked for decides, else the client's, else the question's ("Merci !" is answered in French).
        answer = self.answerer.ask(text, k=PAGE + 1, language=chosen or member.language, context=context,
                                   usual_language=usual, next_event=self.next_event_for(member))
        self.conversations.answered(member.chat, member.id, answer, text, context)
        more = len(answer.sources) > PAGE
        answer = dataclasses.replace(answer, sources=answer.sources[:PAGE])
        return self._answer_replies(answer, text, more)

    def _answer_replies(self, answer: Answer, text: str, more: bool = False) -> list[Reply]:
        said = None
        if answer.kind == "summary":        # as /summary gives it: with its buttons, in pages
            said = self.summary(answer.meeting.version(answer.language) or answer.meeting.id, answer.language)
        elif answer.kind == "several" and answer.parts[0].kind == "summary":     # "Résumé des réunions du 5 et du 12 octobre"
            said = [reply for part in answer.parts for reply in self._answer_replies(part, text)]
        elif answer.kind == "help":         # "ayuda", "what can you do?": as /start says it, with the commands
            said = self._cmd_start("", None, answer.language)
        if said is not None:                # (after "(read «Sumary» as «Summary»)" when it was)
            return [dataclasses.replace(said[0], html=escape(render.read_as(answer)) + said[0].html), *said[1:]]
        buttons: list[Button] = []
        if answer.kind == "passage":
            # Further pages search as the first did: within the words of the person asked about.
            # (as read: pronouns named, dates day first)
            qid = self.store.remember_question(answer.searched or answer.question or text, answer.language,
                                               meeting=list(answer.within) or None,
                                               speakers=answer.names.get("by") or (),
                                               now=self.clock(), keep=self.keep_questions)
            buttons += _source_buttons(answer.sources[0], answer.language)
            if more:
                buttons.append(Button(i18n.t(answer.language, "button_more"), f"m:{qid}:{PAGE}"))
        elif answer.kind == "mentions" and answer.sources:     # the best turn on the topic counted
            buttons += _source_buttons(answer.sources[0], answer.language)
        return self._paged(render.html_answer(answer), tuple(buttons))

    @staticmethod
    def _paged(html: str, buttons: tuple[Button, ...] = ()) -> list[Reply]:
        pieces = split_message(html)
        return [Reply(p) for p in pieces[:-1]] + [Reply(pieces[-1], buttons)]

    # --- buttons --------------------------------------------------------------------------

    def button(self, data: str, member: Member) -> list[Reply]:
        """A tapped button: "m:QID:OFFSET" (more results), "c:LANG:MEETING:TURN" (context),
        "s:LANG:MEETING" (source). Data from an old message or a forged one gets a polite reply."""
        lang = self.language(member)
        try:
            kind, _, rest = data.partition(":")
            if kind == "m":
                qid, offset = rest.split(":")
                return self._more(int(qid), int(offset), member)
            if kind == "e":
                action, _, rest = rest.partition(":")
                return self.event_button(action, rest, member, lang)
            if kind in ("c", "s"):
                said, _, rest = rest.partition(":")
                if member.language not in i18n.LANGUAGES and said in i18n.LANGUAGES:
                    lang = said       # the console has no client language: keep the question's
                if kind == "c":
                    mid, turn = rest.rsplit(":", 1)
                    return self._context(mid, int(turn), lang)
                return self._source(rest, lang)
        except (ValueError, IndexError, MeetingNotFound):
            pass
        return [Reply(escape(i18n.t(lang, "button_expired")))]

    def _more(self, qid: int, offset: int, member: Member) -> list[Reply]:
        asked = self.store.question(qid)
        if asked is None or not 0 < offset < MAX_SOURCES:
            raise ValueError("stale question")
        lang = member.language if member.language in i18n.LANGUAGES else asked["language"]
        hits = self.answerer.further(asked["question"], asked["language"], PAGE, offset, meeting=asked["meeting"],
                                     speakers=asked["speakers"], since=asked["since"])
        if not hits:
            return [Reply(escape(i18n.t(lang, "no_more")))]
        lines = []
        for n, hit in enumerate(hits, offset + 1):
            passage = " ".join(hit.passage.split())
            excerpt = text.shortened(passage, EXCERPT)
            lines.append(f"{n}. <b>{escape(hit.speaker)}</b> — "
                         f"{escape(render.meeting_name(hit, lang))}, {escape(i18n.date(hit.date, lang))}\n"
                         f"<i>{escape(excerpt)}</i>")
        buttons = tuple(Button(f"{i18n.t(lang, 'button_context')} {n}", f"c:{lang}:{h.meeting_id}:{h.turn_index}")
                        for n, h in enumerate(hits, offset + 1))
        if len(hits) == PAGE and offset + PAGE < MAX_SOURCES:
            buttons += (Button(i18n.t(lang, "button_more"), f"m:{qid}:{offset + PAGE}"),)
        return self._paged("\n\n".join(lines), buttons)

    def _context(self, mid: str, turn: int, lang: str) -> list[Reply]:
        summary = self.store.meeting_summary(mid)
        turns = self.store.turn_window(mid, turn, CONTEXT_TURNS, CONTEXT_TURNS)
        if not turns:
            raise ValueError("no such turn")
        lines = [f"<b>{escape(i18n.t(lang, 'context_header', meeting=render.meeting_name(summary, lang), date=i18n.date(summary.date, lang)))}</b>"]
        for t in turns:
            # Tags never span lines, so that a long reply can be cut between lines.
            paragraphs = [escape(p) for p in t.text.split("\n")]
            if t.index == turn:
                paragraphs = [f"<u>{p}</u>" for p in paragraphs]
            lines.append(f"<b>{escape(t.speaker)}</b>: " + "\n".join(paragraphs))
        return self._paged("\n\n".join(lines), (Button(i18n.t(lang, "button_source"), f"s:{lang}:{mid}"),))

    def _source(self, mid: str, lang: str) -> list[Reply]:
        summary = self.store.meeting_summary(mid)
        filename, content = self.store.document(mid)
        caption = i18n.t(lang, "source_caption", meeting=render.meeting_name(summary, lang),
                         date=i18n.date(summary.date, lang))
        return [Reply(escape(caption), document=(filename, content))]

    # --- commands -------------------------------------------------------------------------

    def _cmd_start(self, args: str, member: Member, lang: str) -> list[Reply]:
        return [Reply(escape(i18n.t(lang, "start")) + "\n\n" + self.help_text(lang))]

    def _cmd_help(self, args: str, member: Member, lang: str) -> list[Reply]:
        return [Reply(self.help_text(lang))]

    @staticmethod
    def help_text(lang: str) -> str:
        lines = [escape(i18n.t(lang, "help_intro")), ""]
        for name, arg in command_list():
            usage = f"/{name}" + (f" [{i18n.t(lang, arg)}]" if arg else "")
            lines.append(f"{escape(usage)} — {escape(i18n.t(lang, f'cmd_{name}'))}")
        return "\n".join(lines)

    def _cmd_ask(self, args: str, member: Member, lang: str) -> list[Reply]:
        return self.question(args, member)

    def _cmd_meetings(self, args: str, member: Member, lang: str) -> list[Reply]:
        """All the meetings, or those named: a year, a month, a group, a kind, words of an agenda item."""
        meetings = self.store.meetings()
        if not meetings:
            return [Reply(escape(i18n.t(lang, "nothing_empty")))]
        if args:
            named = which_meetings.meetings_named(args, meetings, lang)
            if named is None:
                named = _on_agenda(args, meetings, self.store.agendas([i for m in meetings for i in m.ids]), lang)
            meetings = named
            if not meetings:
                impossible = dates.impossible_day(args)
                if impossible:
                    return [Reply(escape(i18n.t(lang, "no_such_day", when=i18n.day_month(*impossible, lang))))]
                return [Reply(escape(i18n.t(lang, "meetings_none", words=args)))]
        return self._paged(render.html_answer(Answer("meetings", lang, meetings=tuple(meetings))))

    def _meeting_arg(self, args: str, lang: str) -> tuple[MeetingSummary, str] | None:
        """The meeting a command names (the last one when none), and which version to read: the
        one whose id was given, else the one in the member's language."""
        meetings = self.store.meetings()
        wanted = args.strip()
        if not args:
            named = meetings[-1:]
        else:
            named = which_meetings.meetings_named(args, meetings, lang) or [m for m in meetings if wanted in m.ids]
        if not named:
            return None
        meeting = named[-1]
        return meeting, wanted if wanted in meeting.ids else meeting.version(lang) or meeting.id

    def _cmd_who(self, args: str, member: Member, lang: str) -> list[Reply]:
        return self._about("attendance", args, member, lang)

    def _cmd_agenda(self, args: str, member: Member, lang: str) -> list[Reply]:
        return self._about("agenda", args, member, lang)

    def _about(self, kind: str, args: str, member: Member, lang: str) -> list[Reply]:
        """One meeting's attendance or agenda; each one's when several are named ("5 et 12 octobre")."""
        shown = self._several(args, lang)
        if shown:
            parts = tuple(self.answerer.about(kind, lang, m) for m in shown)
            self.conversations.talk_about(member.chat, member.id, tuple(m.id for m in shown), kind, lang)
            return self._paged(render.html_answer(Answer("several", lang, parts=parts)))
        found = self._meeting_arg(args, lang)
        if found is None:
            return self._no_meeting(args, lang)
        meeting, mid = found
        self.conversations.talk_about(member.chat, member.id, (mid,), kind, lang)
        return self._paged(render.html_answer(self.answerer.about(kind, lang, meeting, version=mid)))

    def _cmd_summary(self, args: str, member: Member, lang: str) -> list[Reply]:
        """A meeting's summary; each one's when several are named ("5 et 12 octobre", "octobre")."""
        named = self._several(args, lang)
        if named:
            ids = tuple(m.version(lang) or m.id for m in named)
            self.conversations.talk_about(member.chat, member.id, ids, "summary", lang)
            return [reply for mid in ids for reply in self.summary(mid, lang)]
        found = self._meeting_arg(args, lang)
        if found is None:
            return self._no_meeting(args, lang)
        self.conversations.talk_about(member.chat, member.id, (found[1],), "summary", lang)
        return self.summary(found[1], lang)

    def _several(self, args: str, lang: str) -> list[MeetingSummary]:
        """The meetings of the dates or months a command names, when it names several (the
        latest ``MAX_PARTS``); else none."""
        meetings = self.store.meetings()
        dated = which_days.dated(args, meetings, lang, month_alone=True) if args else None
        named = which_meetings.meetings_named(args, meetings, lang) if dated else None
        return named[-MAX_PARTS:] if named and len(named) > 1 else []

    @staticmethod
    def _no_meeting(args: str, lang: str) -> list[Reply]:
        """No meeting is named so: a day that does not exist is said to be one ("31 février")."""
        impossible = dates.impossible_day(args)
        if impossible:
            return [Reply(escape(i18n.t(lang, "no_such_day", when=i18n.day_month(*impossible, lang))))]
        return [Reply(escape(i18n.t(lang, "no_meeting")))]

    def summary(self, mid: str, lang: str) -> list[Reply]:
        """A meeting's summary, with a button for the full transcript (also what the bot posts)."""
        summary = self.answerer.summary_of(mid)
        html = render_summary.summary_html(summary, lang, self.timezones)
        buttons = (Button(i18n.t(lang, "button_transcript"), f"s:{lang}:{mid}"),) + self.mention_buttons(summary, lang)
        return self._paged(html, buttons)

    def _cmd_participation(self, args: str, member: Member, lang: str) -> list[Reply]:
        """Everyone's rates, or those of the people named (a first name some share: each of them)."""
        people = naming.people_called(args, self.store.people()) if args else []
        if args and not people:
            return [Reply(escape(i18n.t(lang, "no_person", name=args)))]
        answer = Answer("participation", lang, target=self.answerer.target,
                        participation=tuple(self.answerer.participation(*people)))
        if people:          # "/participation Maritza", then "Was she at the 2020 call?": of her
            self.conversations.answered(member.chat, member.id, answer)
        return self._paged(render.html_answer(answer))

    def _cmd_next(self, args: str, member: Member, lang: str) -> list[Reply]:
        """The next scheduled call (of the group or kind named: "/next NARALO", "/next webinar"),
        after the events recent calls announced sooner (as "When is the next event?" gives them)."""
        now = self.clock()
        answer = announced.next_answer(
            self.store, args, lang, self.store.meetings(), today=now.date(), timezones=self.timezones,
            next_event=self.next_event_for(member),
            summary_of=self.answerer.summary_of if self.answerer else None)
        self.conversations.answered(member.chat, member.id, answer)     # "/next", then "Who is organizing it?"
        return [Reply(next_html(answer, lang))]


def command_list() -> list[tuple[str, str | None]]:
    """Each command and the kind of argument it takes (for /help and setMyCommands)."""
    args = {"ask": "arg_question", "meetings": "arg_filter", "summary": "arg_meeting", "who": "arg_meeting", "agenda": "arg_meeting",
            "participation": "arg_name", "next": "arg_group", "schedule": "arg_when", "cancel": "arg_number"}
    return [(name, args.get(name)) for name in COMMANDS]


def _on_agenda(words: str, meetings: list[MeetingSummary], agendas: dict, lang: str) -> list[MeetingSummary]:
    """The meetings with a word starting with each word given ("IDN", "cyber") in their name or
    in one agenda item of one of their versions."""
    wanted = text.fold(words).split()

    def holds(title: str) -> bool:
        said = text.fold(title).split()
        return all(any(t.startswith(w) for t in said) for w in wanted)
    return [m for m in meetings
            if holds(render.meeting_name(m, lang)) or any(holds(item.title) for mid in m.ids for item in agendas[mid])]


def _source_buttons(hit, lang: str) -> list[Button]:
    """"Show context" and "Source" for the turn an answer cites."""
    return [Button(i18n.t(lang, "button_context"), f"c:{lang}:{hit.meeting_id}:{hit.turn_index}"),
            Button(i18n.t(lang, "button_source"), f"s:{lang}:{hit.meeting_id}")]
