"""Answers read from the stored data rather than found by search: a meeting's attendance,
apologies, interpreters, agenda and summary, the survey's questions, the meetings, participation
against the target, who spoke most, how often a topic came up, the next event. One meeting's facts
are read in ``meeting_facts.py``; who presented an item is in ``presenting.py``; who was there in ``presence.py``.

``FactAnswers`` is a part of ``knowledge.answers.Answerer`` (which gives it ``store``,
``searcher``, ``target``, ``timezones``, ``next_event``, ``_weighed``, ``_presenter`` and the
``items_of`` cache)."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection

from knowledge import analysis, announced, follow_up_words, intents, lexicon_questions, naming, next_agenda, which_meetings
from knowledge.people import key as person_key, same_person
from knowledge.intent_patterns import PATTERNS
from knowledge.presence import LATE
from knowledge.intent_patterns import EVENT_WHEN
from knowledge.meeting_facts import APOLOGY_WORD
from knowledge.mentions import mentions
from knowledge.models import PRESENT, Answer, MeetingSummary
from knowledge.search import Hit
from knowledge.summary import MAX_LIST, member_speech
from knowledge.summary import questions as asked_questions
from knowledge.questions_named import naming_their_question
from knowledge.text import fold, shares_folded

MAX_SPEAKERS = 10     # rows of "who spoke most" over several meetings
MAX_IN_ONE = 40       # rows of "who spoke" in one meeting (everyone, as a rule)
MENTION_SOURCES, MENTION_SEARCH = 3, 30     # turns cited for a count, among this many found
MAX_PARTS = 5          # meetings answered for at once ("apologies in October")
QUESTION_MEETINGS = 12  # the latest meetings searched for a person's questions

_ALL_OF = re.compile(lexicon_questions.ALL_OF)
_EVENT_WHEN = re.compile(EVENT_WHEN)        # "When is the Bogotá event?"
_NEXT = re.compile(dict(PATTERNS)["next"])  # "When is the next event in Paris?"
_MOST_ATTENDED = re.compile(lexicon_questions.MOST_ATTENDED)
_MOST_MISSED = re.compile(lexicon_questions.MOST_MISSED)
_LEAST_ATTENDED = re.compile(lexicon_questions.LEAST_ATTENDED)
_NEVER_MISSED = re.compile(lexicon_questions.NEVER_MISSED)
_ATTENDED_EVERY = re.compile(lexicon_questions.ATTENDED_EVERY)
_MOST_APOLOGISED = re.compile(lexicon_questions.MOST_APOLOGISED)
_BELOW_TARGET = re.compile(lexicon_questions.BELOW_TARGET)
# "Who answered Priya?", "¿Quién le respondió a Thiago?": the questions that person asked, no others.
_ANSWERED_SOMEONE = re.compile(dict(PATTERNS)["questions_to"])
_ABOVE_TARGET = re.compile(lexicon_questions.ABOVE_TARGET)
_UNANSWERED = re.compile(lexicon_questions.UNANSWERED)
_ASKER_SLOT = re.compile(lexicon_questions.ASKER_SLOT)
# A word as written, without an elided article ("d'IPv6": IPv6).
_WRITTEN = re.compile(r"(?:\b(?:[cdjlmnst]|qu)['’](?=\w))?([^\W_][\w'’-]*)", re.IGNORECASE)


class FactAnswers:
    """The answers from the data (a part of ``Answerer``)."""

    def _namesakes(self, shared: list[str], named: list[MeetingSummary]) -> list[str]:
        """The people one first name names ("Mamadou": Mamadou Cissé and Mamadou Sanogo), but
        those not recorded at the meetings ``named``, if that leaves any ("in 2026": not the
        Mark of 2016)."""
        if len(shared) < 2 or not named:        # (no one to choose between, or nothing to choose by)
            return shared
        ids = {i for m in named for i in m.ids}
        there = {name for mid, _, _, name, _ in self.store.attendance_rows() if mid in ids}
        return [p for p in shared if p in there] or shared

    def _structured(self, intent: intents.Intent, question: str, lang: str, meetings: list[MeetingSummary],
                    meeting: str | None, next_event=None, given: tuple[str, ...] = ()) -> Answer | list[str] | None:
        """The answer from the data, or None to search (a list: search within those meetings).
        ``next_event``: the asker's calendar (else ``self.next_event``); ``given``: the speakers
        "Who else spoke?" leaves out (those the last answer gave)."""
        named = [m for m in meetings if m.id in intent.meetings] or (
            [m for m in meetings if meeting in m.ids] if meeting else [])
        if intent.kind == "next":
            found = announced.next_answer(self.store, question, lang, meetings, next_event=next_event or self.next_event,
                                          today=self.today(), summary_of=self.summary_of, timezones=self.timezones)
            if found.occurrence is None and not found.announced and (
                    _EVENT_WHEN.search(fold(question)) or "not_there" in found.flags and not _NEXT.search(fold(question))):
                # "Quand aura lieu l'événement à Montevideo ?", "evento montevideo cuando" (not "the
                # next event in Paris"): none to come; what the calls said of it
                return None
            return found
        if intent.kind == "next_agenda" and meetings:      # "What will be on the next NARALO agenda?"
            return next_agenda.next_agenda(self.store, question, lang, named or which_meetings.calls_if_said(question, meetings),
                                           lambda m: self.about("agenda", lang, m, question=question))
        if intent.named_but_missing and not named and intent.kind == "presenter" and not meeting:
            # "Quem apresentou o webinar sobre internet das coisas em 2020?": no webinar that year,
            # but an item of that year's call may be one (its title says so, or search finds it)
            named = which_meetings.meetings_named(which_meetings.without_kinds(question), meetings, lang, self.today()) or []
        if intent.named_but_missing and not named:
            return Answer("no_meeting", lang, question, meetings=tuple(meetings[-5:]), known=len(meetings),
                          names={"groups": which_meetings.groups_without_meetings(question, meetings)})
        if intent.kind == "whom" and intent.speakers:       # "Which meetings did Carlos attend?": which Carlos?
            namesakes = self._namesakes(list(intent.speakers), named)
            if len(namesakes) > 1:
                return Answer("which_person", lang, question, names={"persons": namesakes})
            return self.meetings_of(namesakes[0], question, lang, named or which_meetings.webinars_listed(question, meetings))
        if intent.kind == "whom":       # someone's meetings, of no one known (no meeting at all: said so)
            return Answer("whom", lang, question) if meetings else self.nothing(question, lang, meetings)
        if intent.kind == "meetings":
            listed = named or which_meetings.webinars_listed(question, meetings)
            if intent.person or intent.speakers:        # "Which meetings did Carlos Medina attend?"
                # "Which meetings did Mamadou speak in?": which Mamadou (of those at the meetings named)?
                shared = naming.namesakes_written(question, list(intent.speakers))
                namesakes = self._namesakes(shared, named)
                if len(namesakes) > 1:
                    return Answer("which_person", lang, question, names={"persons": namesakes})
                return self.meetings_of(namesakes[0] if namesakes else (intent.speakers or (intent.person,))[0],
                                        question, lang, listed, spoke=bool(intent.speakers))
            return Answer("meetings", lang, question, meetings=tuple(listed))
        if intent.kind in follow_up_words.ABOUT_SOMEONE and not intent.speakers:      # "Did Batman attend?"
            return Answer("no_speaker", lang, question, names={
                "speaker": list(intent.unknown),        # (an interpreter at another meeting: said so)
                "interpreted": self.interpreted(intent.unknown, named) or self.interpreted(intent.unknown, meetings)})
        if intent.kind in follow_up_words.ABOUT_SOMEONE and meetings:
            # "Was Priya at the NARALO call?", "Did she speak?": of the last when none is named,
            # of their group ("Was Priya absent?": the last NARALO call, not another region's)
            groups = self.store.groups_of(list(intent.speakers))
            pool = which_meetings.calls_if_said(question, meetings)
            if intent.kind == "did_speak" or LATE.search(fold(question)):
                # "Did Marlon speak?", "Did Rubén join late?": at the last meeting he was at, if any
                pool = self._where_present(intent.speakers, pool)
            latest = [m for m in pool if m.group in groups][-1:] or pool[-1:]
            parts = tuple(dataclasses.replace(self.was_there(list(intent.speakers), lang, m, question, list(intent.unknown)),
                                              kind=intent.kind)
                          for m in (named or latest)[-MAX_PARTS:])
            return parts[0] if len(parts) == 1 else Answer("several", lang, question, parts=parts)
        if intent.kind in ("survey", "survey_count"):
            # "How many answered the survey?": not said (answered in the chat, on screen); which survey it was
            counted = frozenset({"count"}) if intent.kind == "survey_count" else frozenset()
            found = self._survey(question, lang, named or meetings)
            if found is None and named:         # "the survey questions of the NARALO call": it had none
                return Answer("no_survey", lang, question, meeting=named[-1], flags=counted)
            return dataclasses.replace(found, flags=counted) if found else \
                Answer("survey", lang, question, names={"survey": []}, flags=counted) if counted else None
        if intent.kind == "participation":
            folded, shares = fold(question), shares_folded(question)
            if _ATTENDED_EVERY.search(folded) and len(named) > 1 and len({m.group for m in named}) == 1:
                # "¿Quiénes asistieron a todas las llamadas de LACRALO?": those at each of them (not at
                # 100 % of their own: "¿Quién asistió a todas?" names none)
                return self._attended_all(question, lang, named)
            # "What is Carlos's participation?": each Carlos.
            # "Who missed the most calls in 2026?": within the meetings named.
            asked = [intent.person] if intent.person else naming.people_named(
                question, self.store.people(), namesakes=naming.MAX_NAMESAKES)
            found = self.participation(*asked, within={m.id for m in named} if named else None)
            if _MOST_ATTENDED.search(folded):       # "Who attended the most meetings?"
                found = sorted(found, key=lambda p: (-p.attended, -p.rate, p.name))
            elif _MOST_APOLOGISED.search(folded):   # "¿Quién se disculpó más veces?": those who did, most first
                found = sorted((p for p in found if p.apologies), key=lambda p: (-p.apologies, p.name))
            elif _LEAST_ATTENDED.search(folded):    # "Who has the lowest attendance?": the lowest rate first
                found = sorted(found, key=lambda p: (p.staff, p.rate, p.attended, -p.meetings, p.name))
            elif _MOST_MISSED.search(folded):       # "Who missed the most meetings?"
                found = sorted(found, key=lambda p: (p.attended - p.meetings, p.rate, p.name))
            # "Who is below the 50% target?", "Who met the target?": those members (not "Is Humberto
            # below the target?": his line says it); "under 75 %": that target.
            never = _NEVER_MISSED.search(folded)        # "Who has 100% attendance?", "¿Quién nunca faltó?"
            below, above = _BELOW_TARGET.search(shares), _ABOVE_TARGET.search(shares) or never
            said = below or above
            target = 1.0 if never and not below else next(
                (int(g) / 100 for g in said.groups() if g and 0 < int(g) <= 100), self.target) if said else self.target
            side = None if asked or not said else "below" if below else "above"
            if side:
                found = [p for p in found if not p.staff and (p.rate < target) == (side == "below")]
            once = []
            if side == "above" and target == 1.0 and len(named) != 1 and not re.search(r"\b100\b", shares):
                # "Who attended every meeting?": at the one meeting they could attend is no news (said, counted);
                # "Who has 100% attendance?" asks for a rate, which 1 of 1 has: everyone at 100 %
                once, found = [p for p in found if p.meetings < 2], [p for p in found if p.meetings >= 2]
            return Answer("participation", lang, question, target=target, participation=tuple(found),
                          meetings=tuple(named), flags=frozenset({side}) if side else frozenset(),
                          names={"at_one_only": [len(once)]} if once else {})
        if intent.kind in ("speakers", "spoke"):
            # "Who spoke most?", "Who spoke?": in the last meeting; "…overall?", "How many times did
            # Humberto speak?": in all
            everywhere = intent.kind == "speakers" and (intent.person or intents.overall(question))
            scope = named or (meetings if everywhere else which_meetings.calls_if_said(question, meetings)[-1:])
            # "How many times did Humberto speak?": their line (staff's too: "… did Daniel Whitfield speak?")
            # "Who spoke in the AFRALO call?": staff too, marked (not in "Who spoke most?": the members' say).
            ids = [m.id for m in scope]
            speaking = self.store.speaking(ids, [intent.person] if intent.person else (), staff=intent.kind == "spoke")
            if intent.person and not speaking and len(scope) == 1:
                # "Who spoke in the NARALO call?", then "Et Aïcha ?": she was not there, or there and silent
                # (not "0 words", as if she had sat through it), as "Did Aïcha speak?" says
                return dataclasses.replace(self.was_there([intent.person], lang, scope[0], question), kind="did_speak")
            if intent.person:
                speaking = speaking or [(intent.person, 0, 0)]
            if given:       # "Who else spoke?": those the last answer did not give (none: said so)
                speaking = [row for row in speaking if row[0] not in given]
            shown = intents.top_n(question) or (MAX_SPEAKERS if len(scope) > 1 else MAX_IN_ONE)    # "top 3 speakers"
            return Answer("speakers", lang, question, meeting=scope[0] if len(scope) == 1 else None,
                          meetings=tuple(scope), speaking=tuple(speaking[:shown]),
                          known=len(speaking), flags=frozenset({"else"}) if given else frozenset(),
                          names={"staff": sorted(self.store.staff_speaking(ids)) if intent.kind == "spoke" or intent.person else [],
                                 "given": [*given, *(name for name, _, _ in speaking[:shown])]})
        if intent.kind == "presenter":
            found = self._presenter(question, lang, named or meetings)
            if found is not None:
                return found
            intent = dataclasses.replace(intent, kind="agenda")     # "Quem apresentou no webinário?"
        if intent.kind == "presented_by":     # "What did Koffi present?": else what he said, searched
            persons = list(intent.speakers) or [intent.person]
            return self._presented_by(persons, question, lang, named or meetings)
        if intent.kind == "mentions":
            return self._mentions(intent, question, lang, named)
        if intent.kind == "questions" and meetings:
            return self._questions(question, lang, intent.topic, named, meetings)
        if not meetings:
            return None
        # "Who attended both calls?": the meetings named, or all of them when they are one group's.
        every = named or (meetings if len({m.group for m in meetings}) == 1 else [])
        if intent.kind == "attendance" and _ALL_OF.search(fold(question)) and len(every) > 1:
            return self._attended_all(question, lang, every)
        if intent.kind == "apologies" and not named and (asked := self._apologised_asked(question)):
            return self._apologised(question, lang, asked, meetings)
        if intent.kind == "commitments" and (intent.person or intent.speakers):
            # "What did Priya commit to?": in any meeting; "What did Michael commit to?": each Michael's
            persons = list(intent.speakers) or [intent.person]
            found = [self._committed(person, question, lang, named or meetings) for person in persons]
            # (of namesakes, those who made any; none: said of them all at once)
            parts = tuple(a for a in found if a.kind == "several" or a.names["commitments"])[:MAX_PARTS]
            if not parts:
                return dataclasses.replace(found[0], names={"commitments": [], "person": persons})
            return parts[0] if len(parts) == 1 else Answer("several", lang, question, parts=parts)
        if intent.kind == "chair" and intent.person:
            return self._chaired(intent.person, question, lang, named, meetings)
        targets = named or which_meetings.calls_if_said(question, meetings)[-1:]     # the last meeting when none is named
        if len(named) > 1 and which_meetings.grouped(question, meetings)[0] and \
                which_meetings.one_each(question, meetings, lang, self.today()):
            # "summary of lacralo", "who chaired lacralo and naralo?": each group's latest
            targets = which_meetings.latest_of_each_group(named, named[-1].kind)
        if len(targets) > 1 and intent.kind in ("agenda", "agenda_reader", "roll_call_reader", "apologies", "attendance", "chair",
                                                "commitments", "dates", "late", "interpreters", "summary", "silent", "least",
                                                "started", "lasted"):
            parts = tuple(self.about(intent.kind, lang, m, question=question, asked=intent.speakers)
                          for m in targets[-MAX_PARTS:])
            return Answer("several", lang, question, parts=parts)
        return self.about(intent.kind, lang, targets[-1], question=question, asked=intent.speakers)

    def _committed(self, person: str, question: str, lang: str, meetings: list[MeetingSummary]) -> Answer:
        """A person's commitments, as the summaries find them, in the latest meetings they made
        some in; else that none was found."""
        parts: list[Answer] = []
        for m in reversed(meetings):
            found = self.about("commitments", lang, m, question=question)
            theirs = [(said, hit) for said, hit in zip(found.names["commitments"], found.sources)
                      if same_person(person_key(said[0]), person_key(person))]     # (however spelt there)
            if theirs:
                parts.insert(0, dataclasses.replace(found, names={"commitments": [s for s, _ in theirs], "person": [person]},
                                                    sources=tuple(h for _, h in theirs)))
            if len(parts) == MAX_PARTS:
                break
        if not parts:
            return Answer("commitments", lang, question, names={"commitments": [], "person": [person]})
        return parts[0] if len(parts) == 1 else Answer("several", lang, question, parts=tuple(parts))

    def _chaired(self, person: str, question: str, lang: str, named: list[MeetingSummary],
                 meetings: list[MeetingSummary]) -> Answer:
        """"Did Lucía chair the call?": whether she chaired the meetings named (or talked about),
        else the latest she was at, and who did."""
        if not named:
            named = self._where_present({person}, which_meetings.calls_if_said(question, meetings))[-1:]
        parts = tuple(dataclasses.replace(found, names={**found.names, "asked": [person]})
                      for found in (self.about("chair", lang, m, question=question) for m in named[-MAX_PARTS:]))
        return parts[0] if len(parts) == 1 else Answer("several", lang, question, parts=parts)

    def _where_present(self, persons: Collection[str], pool: list[MeetingSummary]) -> list[MeetingSummary]:
        """The meetings of ``pool`` any of these people were present at; all of them when none."""
        there = {mid for mid, _, _, name, status in self.store.attendance_rows() if name in persons and status == PRESENT}
        return [m for m in pool if m.ids & there] or pool

    def _apologised_asked(self, question: str) -> list[str]:
        """Whom a question asks whether they sent apologies ("Did Sergio send apologies?", not
        "Was Priya absent?")."""
        return naming.people_named(question, self.store.people()) if APOLOGY_WORD.search(fold(question)) else []

    def _apologised(self, question: str, lang: str, asked: list[str], meetings: list[MeetingSummary]) -> Answer:
        """"Did Humberto send apologies?" of no meeting: the meetings these people sent apologies
        for (the latest few), each with whether they joined after all; else that they sent none."""
        sent = self.store.apologised(asked)
        found = [m for m in meetings if m.id in sent][-MAX_PARTS:]
        if not found:
            return Answer("apologies", lang, question, meetings=tuple(meetings), names={"asked": asked, "apologies": []},
                          flags=frozenset({"nowhere"}))
        parts = tuple(self.about("apologies", lang, m, question=question) for m in found)
        return parts[0] if len(parts) == 1 else Answer("several", lang, question, parts=parts)

    def _asker_named(self, question: str) -> list[str]:
        """Who the place of the asker names ("what did dev ask": Dev, a short name in lower case); none
        for a word of the language ("what did they ask", "what did the group ask")."""
        slot = _ASKER_SLOT.search(fold(question))
        return naming.people_called(next(filter(None, slot.groups())), self.store.people()) if slot else []

    def _attended_all(self, question: str, lang: str, targets: list[MeetingSummary]) -> Answer:
        """The members present at every one of these meetings (staff left out), in the order of the
        latest's roll call."""
        present = list(self.store.present_at([m.id for m in targets]).values())
        everywhere = [name for name in present[-1] if all(name in others for others in present[:-1])]
        return Answer("attended_all", lang, question, meetings=tuple(targets), names={"present": everywhere})

    def _questions(self, question: str, lang: str, topic: tuple[str, ...], named: list[MeetingSummary],
                   meetings: list[MeetingSummary]) -> Answer | None:
        """The members' questions and who answered them, as the summary finds them: of the last
        meeting, or of those named; of or to the people named, or on the topic named, in the
        latest meetings that have any (None, a search, when none has)."""
        people = naming.people_named(question, self.store.people(), namesakes=naming.MAX_NAMESAKES) or self._asker_named(question)
        # "Which questions were not answered?": those no one answered in the call, or put off.
        open_only = bool(_UNANSWERED.search(fold(question)))
        theirs = bool(people and _ANSWERED_SOMEONE.search(fold(question)))
        topic = tuple(w for w in topic if w not in lexicon_questions.UNANSWERED_WORDS) if open_only else topic
        forms = analysis.word_forms(" ".join(topic)) if topic else {}
        pool = (named or meetings)[-QUESTION_MEETINGS:] if people or forms else named[-MAX_PARTS:] or meetings[-1:]
        flags = frozenset({"open"} if open_only else set()) | ({"named"} if named else set()) | ({"theirs"} if theirs else set())
        parts, named_by_others = [], []
        for m in reversed(pool):
            if len(parts) == MAX_PARTS:
                break
            detail = self.store.meeting(m.version(lang) or m.id)
            every = asked_questions(member_speech(detail.turns))
            named_by_others += [dataclasses.replace(Hit.of_turn(detail.summary, turn), passage=sentence)
                                for p in people for turn, sentence in naming_their_question(detail.turns, p)]
            found = [q for q in every
                     if (not people or q.asker in people or q.answerer in people and not theirs)
                     and (not open_only or not q.answerer or q.deferred)
                     and all(f.said_in(set(analysis.analyze(f"{q.asker} {q.question}", detail.summary.language)))
                             for f in forms.values())]
            if found or not (people or forms):
                turns = {t.index: t for t in detail.turns}
                parts.append(Answer("questions", lang, question, meeting=m, names={
                    "questions": [(q.asker, q.question, q.answerer, q.deferred) for q in found[:MAX_LIST]], "by": people},
                    flags=flags | ({"none_asked"} if not every else set()),
                    sources=tuple(Hit.of_turn(detail.summary, turns[q.turn]) for q in found[:MAX_LIST])))
        if not parts and people and (not forms or theirs):      # "What did Humberto ask?": nothing, said so
            # ("What did Dev ask?": none found, and the turns that name a question of his: «une question de Dev»)
            return Answer("questions", lang, question, meetings=tuple(pool), names={"questions": [], "by": people},
                          flags=flags, sources=tuple(named_by_others[:MAX_LIST]))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Answer("several", lang, question, parts=tuple(reversed(parts)))

    def _mentions(self, intent: intents.Intent, question: str, lang: str,
                  named: list[MeetingSummary]) -> Answer | None:
        """How often the topic came up, by meeting and speaker ("How many times did Aida mention
        Montevideo?": in her turns), with the best turns on it as sources; None (search) when
        no turn mentions it."""
        persons = list(intent.speakers)
        # The topic's words as the question writes them ("mediación", "DNS abuse").
        topic = " ".join(w for w in _WRITTEN.findall(question) if set(analysis.words(w)) & set(intent.topic))
        within = [m.id for m in named] or None
        found = mentions(self.store, topic, meetings=within, speakers=persons or None)
        if not found.turns:
            return None
        # The best turns counted (not a person's own turns, which carry their name in the index).
        hits = self.searcher.search(topic, k=MENTION_SEARCH, meeting=[m.id for m, _ in found.by_meeting],
                                    speaker=persons or None)
        query = set(self.searcher.terms(topic))
        hits = [self.searcher.in_language(h, lang, query) for h in hits
                if (h.meeting_id, h.turn_index) in found.turn_keys][:MENTION_SOURCES]
        return Answer("mentions", lang, question, mentions=found, sources=tuple(hits),
                      names={"by": persons} if persons else {})
