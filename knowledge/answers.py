"""Answering a member's question: from the data when the question is about data (attendance,
apologies, agenda, meetings, participation, speaking time: ``knowledge/facts.py``), else by
quoting the best passage found by search (``knowledge/passage_answers.py``; which passage answers,
which sentence to quote: ``knowledge/quoting.py``), attributed to who said it, in which meeting, on which date.

An ``Answer`` (``knowledge/models.py``) is data; ``bot/render.py`` turns it into words in the
member's language."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from knowledge import (about_acta, analysis, bare, cancellations, chatter, cognates, dates, defining, events_asked,
                       follow_up_words, intents, language_requests, lexicon_chat, naming, pronouns, question_parts,
                       roles, typo_reading, which_days, which_meetings, zone_asked)
from knowledge.facts import FactAnswers
from knowledge.following import FollowUps, besides, else_after_speakers, without_else
from knowledge.following_next import NextFollowUps
from knowledge.lexicon import LANGUAGES
from knowledge.meeting_facts import MeetingFacts
from knowledge.models import PARTICIPATION_TARGET, Answer, Conversation, MeetingSummary
from knowledge.passage_answers import PassageAnswers
from knowledge.presence import PresenceAnswers
from knowledge.presenting import PresenterAnswers
from knowledge.quoting import Quoting
from knowledge.search import Searcher
from knowledge.spelling import Reading, Speller
from knowledge.store import Store
from knowledge.their_words import TheirWords
from knowledge.text import guess_language, other_language

_CHATTED = frozenset({"thanks", "greeting", "ack", "help", "reminders"})     # chat answers: no reading to tell
DEFINING_HITS = 20     # "What is NARALO?": the turns searched for one that says what it is


def reply_language(question: str, preferred: str | None = None, default: str = "en", usual: str | None = None) -> str:
    """The member's language: their client's, else the question's (when it is clear; the
    conversation's, ``usual``, when the question fits it as well as another), else ``default``."""
    if preferred and preferred[:2].lower() in LANGUAGES:
        return preferred[:2].lower()
    return guess_language(question, usual) or default


class Answerer(FactAnswers, MeetingFacts, PassageAnswers, PresenceAnswers, PresenterAnswers, FollowUps, NextFollowUps, Quoting, TheirWords):
    """Created once at start-up with the store and searcher; ``ask`` serves the CLI and the chat."""

    def __init__(self, store: Store, searcher: Searcher, default_language: str = "en",
                 participation_target: float = PARTICIPATION_TARGET, next_event=None,
                 timezones: tuple[str, ...] = ("UTC",), today=dt.date.today, date_order: str = "DMY",
                 reminder_offsets: Sequence[dt.timedelta] | None = None):
        self.store, self.searcher = store, searcher
        self.speller = Speller(store)
        self.today = today      # () -> today's date ("last month")
        self.default_language = default_language
        self.target = participation_target
        # (titled=None) -> the next scheduled occurrence or None, of the events whose title passes
        # ``titled`` (the calendar lives in jobs/, fed from bot.toml)
        self.next_event = next_event or (lambda titled=None, after=None: None)
        self._weights_for: tuple | None = None
        self._names_for: tuple | None = None
        self._kept: dict[tuple[str, str], object] = {}     # kept(), for the archive's version _kept_for
        self._kept_for = -1
        self._weights: dict = {}
        self._names: dict[str, bool] = {}
        self.timezones = tuple(timezones)
        self.date_order = date_order        # how the group writes numeric dates (questions are read day first)
        # how long before a meeting its reminders go out, in minutes (bot.toml's [reminders] offsets; None: not told)
        self.reminder_minutes = None if reminder_offsets is None else [int(o.total_seconds() // 60) for o in reminder_offsets]

    def ask(self, question: str, *, k: int = 5, meeting: str | None = None,
            speaker: str | Sequence[str] | None = None, since: dt.date | str | None = None,
            language: str | None = None, context: Conversation | None = None,
            usual_language: str | None = None, next_event=None) -> Answer:
        """The answer to a member's question, in ``language`` when given (the member's client's),
        else the question's, else ``usual_language`` (the conversation's) or the default.
        ``meeting``, ``speaker``, ``since`` narrow it (the CLI's flags); ``context`` is what the
        conversation is on (the last answer's meetings), for a question that follows up on it
        without naming a meeting ("And who sent apologies?").

        ``next_event`` (titled=None) -> the next occurrence: the calendar of the asker's chat, when
        it is not the whole one (a group sees its own events and those of every chat).

        A question that finds nothing with a word no transcript says is asked again with it read
        as the archive's closest word ("budjet": "budget"), and the answer says so (``spelling.py``)."""
        other = other_language(question)
        if other and not (language and language[:2].lower() in LANGUAGES):
            language = "en"         # "Wann ist das nächste Treffen?": in English, saying which languages Acta reads
        how = dict(k=k, meeting=meeting, speaker=speaker, since=since, language=language, context=context,
                   usual_language=usual_language, next_event=next_event or self.next_event)
        # ("que dijo tamra", "q dijo estevan": Tamara's, Esteban's words; the answer says how it read them)
        misspelt = naming.first_names_misspelt(question, self.store.people(),
                                               lambda words: cognates.unsaid(words, self.store.postings))
        for typed, first in misspelt:
            question = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", first, question)
        answer = self._answered(question, other, how)
        if not misspelt:
            return answer
        return dataclasses.replace(answer, readings=tuple(Reading(t, f) for t, f in misspelt) + answer.readings)

    def _answered(self, question: str, other: str | None, how: dict) -> Answer:
        """``ask``'s answer to the question as read, its names' slips read already."""
        answer = self._in_zone(question, how) or self._ask(question, **how)
        if question_parts.unanswered(answer):
            # "What did Priya say about DNS abuse and when is the deadline and who else…?": the first part answered
            # (not only their closest turn to the whole)
            answer = question_parts.first_answered(question, lambda part: self._ask(part, **how)) or answer
        if other:
            answer = dataclasses.replace(answer, names={**answer.names, "other_language": [other]})
        if other or answer.kind == "no_words" or answer.kind in _CHATTED:
            return answer
        corrected, readings = self.speller.corrected(question)
        if not readings:
            return answer
        # (the words no transcript says found nothing: what was found, of the others alone, is no
        # answer when the question read so finds another)
        again = self._ask(corrected, **how)
        if typo_reading.kept_as_typed(answer, again):
            return answer
        if again.kind in _CHATTED:     # "Obrigadaaa": thanked, no reading to tell
            return again
        return dataclasses.replace(again, readings=readings, language=answer.language)

    def _in_zone(self, question: str, how: dict) -> Answer | None:
        """ "What time did the AFRALO call start in Nairobi time?", "¿A qué hora se reúne el grupo de IDN en hora
        de Toronto?": the question asked without the zone's words, when it asks when a call started or
        lasted, or the time of day of something said, with that zone's time beside UTC (None otherwise)."""
        said = zone_asked.zone_asked(question)
        if said is None:
            return None
        answer = self._ask(said.rest, **how)
        if not (answer.kind in ("started", "lasted") or answer.kind == "passage" and zone_asked.asks_time(said.rest)):
            return None
        zones = ("UTC", said.zone, *(z for z in answer.timezones if z not in ("UTC", said.zone)))
        return dataclasses.replace(answer, timezones=zones, names={
            **answer.names, "in_zone": [said.zone, said.place, self.today().isoformat()]})

    def _ask(self, question: str, *, k: int, meeting: str | None, speaker: str | Sequence[str] | None,
             since: dt.date | str | None, language: str | None, context: Conversation | None,
             usual_language: str | None, next_event) -> Answer:
        question = dates.day_first(chatter.unaddressed(question.strip()[:2000]), self.date_order)
        # ("q se decidió?", "kien presentó?": question words in texting shorthand, not people's names)
        people = self.store.people()        # (read once: every step below asks who is named)
        named = naming.people_words(people.values())
        # ("qien presento?", "wen is…": a question word mistyped)
        spelled = self.speller.asking_word(chatter.spelled_out(question, named), named)
        # (its language is its words' but people's names: "linda absent?" is no Portuguese)
        unnamed = naming.without_words(spelled, {w for w in named if len(w) > 2} - analysis.ALL_STOPWORDS)
        lang = reply_language(unnamed if any(c.isalpha() for c in unnamed) else spelled, language,
                              usual_language or self.default_language, usual_language)
        meetings = self.store.meetings()
        if not any(c.isalnum() for c in question) or chatter.link_alone(question):      # "?", "🙂", a link: nothing to look for
            return dataclasses.replace(self.nothing(question, lang, meetings), kind="no_words")
        polite = chatter.courtesy(question)
        if polite:                  # "Merci !", "¡Hola!": answered as such, in the language it is said in ("ok": a nod)
            kind, said_in = polite
            return Answer(kind, reply_language("", language, said_in or lang), question)
        # "ayuda", "¿sos un bot?", "¿me avisas un día antes?" ("comandos": in the conversation's language)
        if about := about_acta.asked_of_acta(question, lang):
            kind, said_in = about
            # (reminders go out for the events of the asker's calendar: none coming, none are sent)
            idle = kind == "reminders" and next_event() is None
            # ("When do reminders go out?": how long before a meeting, as bot.toml's [reminders] offsets say)
            offsets = {"offsets": sorted(self.reminder_minutes, reverse=True)} \
                if kind == "reminders" and self.reminder_minutes is not None else {}
            return Answer(kind, reply_language("", language, said_in), question, flags=frozenset({"idle"} if idle else ()),
                          names=offsets)
        # "hola, ¿quién presidió…?", "does anyone know when…? thanks": the question itself
        question = follow_up_words.frame_first(chatter.without_chatter(spelled), meetings)
        question = self.speller.as_said(question)       # "forum de assuncao": Asunción, as the calls spell it
        question = which_days.months_written_out(question)      # "tldr naralo oct": October
        if context:     # "no, I meant the AFRALO one": asked again of it
            question = follow_up_words.as_corrected(question)
        question = pronouns.undislocated(question, named)     # "et grace, elle était là ?"
        asked_as = question
        # ("Y le respondieron?", "When do they meet?": of the turn quoted, knowledge.bare, not of them;
        # "Qui lui a répondu ?" is of them)
        if context and context.persons and not naming.people_named(question, people) and \
                not (context.turn and bare.of_the_quote(question)):
            # "Was he at the NARALO call?" after an answer about Rodrigo Saucedo: asked of him
            # ("Humberto a-t-il pris la parole ?" names its own); about several: which of them?
            if len(context.persons) > 1 and pronouns.refers(question):
                return Answer("which_person", lang, question, names={"persons": list(context.persons)})
            question = pronouns.resolved(question, context.persons[0]) or question
        # A pronoun stood for someone talked of in the meetings the conversation is on.
        pointed = bool(context and context.persons and context.persons_there) and question != asked_as
        today = self.today()
        # --meeting, --since: the data answers too are of those meetings alone ("Summary of the last
        # meeting" --meeting X is X's), and a meeting the question names outside them is none
        chosen = [m for m in meetings if (not meeting or meeting in m.ids) and (not since or m.date >= str(since))] \
            if meeting or since else meetings
        if not chosen and meetings and not (since and not meeting and self.of_what_is_coming(question, lang)):
            return _no_meeting(question, lang, meetings)     # (an unknown --meeting, a --since after the latest)
        chosen = chosen or meetings         # ("When is the next call?" --since a day to come: of no meeting)
        intent = intents.detect(question, chosen, people, lang, today) if question else None
        if not intent and (asked := language_requests.trailing_request(question)) and \
                (intent := intents.detect(asked[0], chosen, people, asked[1], today)):
            question, lang = asked      # "resumen de la de afralo en español": the summary, in Spanish
        if intent and chosen is not meetings and intent.named_but_missing:
            # "Who attended the NARALO call?" --meeting <the LACRALO call>: not that one's attendance
            return _no_meeting(question, lang, meetings)
        if not intent and intents.next_alone(question) and not (context and context.kind in ("presenter", "agenda")):
            intent = intents.Intent("next", ())     # "next?", "¿próxima?" (after an agenda item: the next item)
        if (not intent or intent.kind in ("next", "coming_day")) and \
                (on_day := self._on_day(question, context, meetings, lang, today, next_event)):
            return on_day       # "Is the December call on the 21st?", "¿es el 22?" after the next call
        if not intent and (after := self._after_the_next(question, meetings, lang, today, next_event)):
            return after        # "When is the call after next?"
        if not intent and context and context.kind == "next" and \
                (after := self._after_next(question, context, meetings, lang, today, next_event)):
            return after        # "When is the next call?", then "and the one after that?", "and tomorrow?"
        if not intent and context and context.kind == "next" and follow_up_words.follows_up(question)[0] and \
                follow_up_words.only_frame(question, meetings):
            intent = intents.Intent("next", ())     # "When is the next call?", then "And for NARALO?": its next
            question = events_asked.asked_again(context.topic, question, meetings)      # (a call, the time in Toronto)
        elif not intent and context and context.kind == "next" and context.topic and \
                follow_up_words.only_frame(question, meetings, also=lexicon_chat.WHEN_ALONE):
            # "When is the next call?", then "¿A qué hora?": the same question again
            question = context.topic
            intent = intents.detect(question, meetings, people, lang, today)
        if not (intent or speaker or meeting or since) and (
                (asked := roles.asked_about(question, people)) or (role := roles.role_asked(question))):
            # "Who is Humberto?", "¿Qué rol tiene Tomás?": the roles the turns give them, what they did;
            # "¿Quién es el enlace con el ALAC?": whom the turns give that role (else: searched)
            found = roles.answer(self.store, question, lang, asked, meetings) if asked else \
                roles.holders(self.store, question, lang, role, meetings)
            if found:
                return found
        if not (intent or speaker or meeting or since) and (topic := cancellations.asked(question, meetings)) and \
                (found := cancellations.answer(self.store, question, lang, topic, meetings)):
            return found    # "la reunion de cancun se cancela?": what the calls say of it being called off
        if not (intent or speaker or meeting or since) and (term := defining.term_asked(question, meetings)):
            # "What is NARALO?", "¿Qué es una ALS?": a turn that says it, else that the transcripts do not
            hits = self.searcher.search(term, k=DEFINING_HITS, language=lang)
            if not defining.defined(term, hits):
                return defining.undefined(question, lang, term, hits, meetings)
        within: list[str] = []      # "Who presented X?", X on agendas naming no presenter: those meetings
        if intent and (intent.kind == "mentions" and since or speaker):
            intent = None       # --speaker: a search of their turns; --since narrows a search (a count takes the question's own)
        elif intent and intent.kind == "participation" and since and not intent.meetings:
            intent = dataclasses.replace(intent, meetings=tuple(m.id for m in chosen))    # counted since then
        on = [m for m in meetings if set(context.meetings) & m.ids] if context and not (meeting or since) else []
        elsewhere: list[MeetingSummary] = []
        turned = False      # asked again after "Was Priya absent?": the verdict is of absence
        start = that = None     # how a question follows up on the conversation ("And…", "in that call")
        if on and context.persons and context.kind in follow_up_words.ABOUT_PRESENCE and follow_up_words.asks_why_away(question, context.persons) and \
                (why := self.why_away(list(context.persons), lang, on, question)):
            return why      # "Was Linda there?", then "Why not?": the transcript does not say; what it does
        if on:
            followed = self._following(question, intent, context, on, meetings, people, lang, today, k, speaker, pointed)
            if followed.answer is not None:
                return followed.answer
            if followed.beyond:
                return self._beyond(on, followed.beyond, question, lang, meetings, next_event)
            question, intent, start, that = followed.question, followed.intent, followed.start, followed.that
            turned, elsewhere = followed.turned, followed.elsewhere
        if intent and intent.kind == "did_speak" and intent.speakers and not (
                intent.meetings or intent.named_but_missing or meeting):
            # "Did Aida say anything?", "O Humberto falou na reunião?" of no meeting in particular: what they
            # said; someone who never spoke: whether they were at their group's last meeting, silent
            # ("Did Mamadou speak?" of two Mamadous: which one)
            if namesakes := naming.namesakes_written(question, list(intent.speakers)):
                return Answer("which_person", lang, question, names={"persons": namesakes})
            said = self._their_turns(question, lang, meetings, list(intent.speakers), k, None, since, why=False)
            if said is not None and said.kind == "passage":
                # "Did Tamara speak?": yes, and how many times, in the meeting of the turn quoted
                return dataclasses.replace(said, names={**said.names, "spoke": [
                    row[:2] for row in self.store.speaking([said.sources[0].meeting_id], list(intent.speakers))]})
            if said is not None and (said.kind != "nothing" or since):     # (--since: nothing from them since then)
                return said
        if intent and intent.kind == "speakers" and on and context.kind == "speakers" and else_after_speakers(question):
            intent = dataclasses.replace(intent, kind="spoke")      # "Who spoke?", then "¿Quién más habló?": who else
        if intent:
            given = context.given if intent.kind == "spoke" and on and context.kind == "speakers" and \
                without_else(question) != question else ()
            structured = self._structured(intent, question, lang, chosen, meeting, next_event, given)
            if isinstance(structured, Answer) and turned:
                return dataclasses.replace(structured, flags=structured.flags | {"absent"}, parts=tuple(
                    dataclasses.replace(p, flags=p.flags | {"absent"}) for p in structured.parts))
            if isinstance(structured, Answer):
                return besides(structured, question, context)      # "Who else missed it?": not Linda again
            within = structured or []
        if meeting and not any(meeting in m.ids for m in meetings):
            return _no_meeting(question, lang, meetings)
        if not (intent or meeting or since) and (groups := which_meetings.group_without_meetings_asked(question, meetings)):
            # "What did APRALO say about IPv6?": no APRALO meeting (not another group's words on it)
            return dataclasses.replace(_no_meeting(question, lang, meetings), names={"groups": groups})
        if not (intent or meeting or speaker) and (said := self._said_in(question, lang, meetings, people, today, k, since)):
            return said     # "¿Qué dijo Raitme en la llamada de 2016?": his words there
        asked, dated = self.scope(question, lang, meetings, today, chosen=bool(meeting or since))
        within = [] if dated or meeting else within
        answer = self._search_answer(asked, lang, meetings, k, dated or meeting or within or None, speaker, since)
        if (dated or within) and answer.kind == "nothing":      # the date was not the meeting's after all
            # (not within the dated meetings: the rest of the question found nothing there, and what
            # they hold of the whole of it is its date, «… à partir de 2020…», no answer)
            others = [i for m in meetings if m.id not in dated for i in m.ids] if dated else None
            if others != []:
                answer = self._search_answer(question, lang, meetings, k, others or meeting, speaker, since)
            if dated:       # found outside them is said so: "Nothing on that in the AFRALO call…; in other meetings:"
                elsewhere = [m for m in meetings if m.id in dated]
            within = []
        if answer.kind == "nothing" and not dated:
            if dates.impossible_day(question):          # "What was said on 31/09/2026?": no such day
                return _no_meeting(question, lang, meetings)
            # "What was said about Cancún in March 2020?": no meeting that month, and nothing says it.
            undated = which_days.without_dates(question)
            if undated != question and self.searcher.terms(undated):
                answer = self._search_answer(undated, lang, meetings, k, meeting, speaker, since)
        if not (meeting or since or dated or within):
            grouped = self._in_group(question, lang, meetings, k, speaker, answer)
            if grouped:
                answer, within = grouped
        if on and context.turn and not (intent or start or that or dated or within or meeting or since) and \
                which_meetings.meetings_named(question, meetings, lang, today) is None:
            # Right after a quotation, its meeting wins ties: "Combien de places financées ?" after
            # the Abidjan workshop is about it.
            quoted = self._in_quoted(asked, lang, meetings, k, on, speaker, answer, context.turn)
            if quoted:
                answer, within = quoted
            answer = self._quoted_wins_ties(asked, context, answer, k)     # "can i join?" after the IDN group's times
        # Others' words are searched without the names of those who said nothing or are unknown.
        unnamed = naming.people_words(answer.names.get("unknown", ()))
        if answer.names.get("not_by") and not answer.names.get("by"):
            unnamed |= naming.name_words(question, answer.names["not_by"])
        searched = naming.without_words(question, unnamed) if unnamed else ""
        if elsewhere and answer.kind == "passage" and not any(answer.sources[0].meeting_id in m.ids for m in elsewhere):
            # the meetings followed up on, or dated, hold nothing on it
            answer = dataclasses.replace(answer, meetings=tuple(elsewhere), flags=answer.flags | {"elsewhere"})
        if answer.kind == "passage" and naming.asks_who_is(question):
            # "Qui est Rodrigo de La Parra ?": about him, whoever spoke of him
            answer = dataclasses.replace(answer, names={**answer.names, "about": naming.people_named(question, people)})
        # Further pages search where this one did (the meetings holding the item asked about).
        return dataclasses.replace(answer, question=question, searched=searched or answer.searched,
                                   within=tuple(within) if answer.kind == "passage" else (),
                                   topic=which_meetings.without_frame(searched or asked, meetings)
                                   if answer.kind == "passage" else "")

    def of_what_is_coming(self, question: str, lang: str | None = None) -> bool:
        """Does the question ask what is coming ("When is the next call?", "any events in December?"),
        which no meeting held answers (so --since a day after the latest meeting narrows nothing)?"""
        intent = intents.detect(question, self.store.meetings(), self.store.people(), lang or self.default_language, self.today())
        return bool(intent and intent.kind == "next" or intents.next_alone(question))


def _no_meeting(question: str, lang: str, meetings: list[MeetingSummary]) -> Answer:
    """"I can't find that meeting", with the latest meetings there are."""
    return Answer("no_meeting", lang, question, meetings=tuple(meetings[-5:]), known=len(meetings))
