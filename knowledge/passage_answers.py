"""Answering by search: what to search for a question and within which meetings, the best
passage that answers it (a reply rather than the question it answers, the one that holds most of
the question, a passage that says the day or place asked), attributed, with the next sources;
and the further pages of a question answered before.

``PassageAnswers`` is a part of ``knowledge.answers.Answerer`` (which gives it ``store``,
``searcher``, ``today`` and the quoting, following and their-words helpers)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from knowledge import asking, intents, lexicon, lexicon_questions, naming, which_days, which_meetings
from knowledge.following import CLEARLY_MORE
from knowledge.models import Answer, MeetingSummary
from knowledge.search import Hit
from knowledge.their_words import ABOUT_ASKING
from knowledge.text import fold

_ASKED_OF = re.compile(lexicon_questions.ASKED_OF)       # "What did they ask Carlos to do?"
# Passages scored within this share of the best compete on how much of the question they hold,
# when one holds clearly more.
CLOSE_SCORE = 0.8
ANSWER_POOL = 5          # hits the answer is chosen among (the first page of sources)
QUOTE_CLOSE = 0.5      # a passage scored this close whose quote holds clearly more of the question


class PassageAnswers:
    """The answers found by search (a part of ``Answerer``)."""

    def scope(self, question: str, lang: str, meetings: list[MeetingSummary] | None = None,
              today: dt.date | None = None, *, chosen: bool = False) -> tuple[str, list[str] | None]:
        """What to search for a question, and within which meetings. "What was said about
        mediation in February 2020?": the meetings of that date, searched without the date's
        words (within them, those would only find the turn that says the date). A date no
        meeting has is searched like any words ("what happens on 30 August?": an event's date).
        ``chosen``: the meetings were chosen otherwise (--meeting, --since): the question as it is."""
        question = which_days.months_written_out(question)      # "due on oct 16": on October 16
        if chosen:
            return question, None
        meetings = self.store.meetings() if meetings is None else meetings
        # A day without a year dates the meetings ("on 12/10", "on 5 October"); a month without
        # one only when the question speaks of a meeting ("in the October meeting") or asks what
        # was said in it ("what did they say about UA in September?"; "the comments due in
        # October" speaks of a deadline).
        month_alone = which_meetings.names_a_meeting(question) or which_days.month_said_in(question)
        dated = which_days.dated(question, meetings, lang, today or self.today(), month_alone=month_alone, day_alone=True)
        searched = which_days.without_dates(question) if dated else ""
        webinars = None if dated else which_meetings.webinar_said_in(question, meetings)
        if webinars:        # "What was said about IDN in the webinar?": IDN, in the webinars
            dated, searched = webinars
        if not dated or not self.searcher.terms(searched):
            return question, None
        return searched, [m.id for m in dated]

    def _search_answer(self, question: str, lang: str, meetings: list[MeetingSummary], k: int,
                       meeting: str | list[str] | None, speaker, since) -> Answer:
        """The answer found by search: the best passage that answers, attributed, and the next sources."""
        people = self.store.people()
        chosen = [speaker] if isinstance(speaker, str) else list(speaker or ())
        called = {name: self.people_called(name, people) for name in chosen}
        unknown = [name for name, found in called.items() if not found]
        if unknown:
            return Answer("no_speaker", lang, question, names={"speaker": unknown})
        chosen = list(dict.fromkeys(person for found in called.values() for person in found))
        # "What did Humberto (and Aida) say about Montevideo?": their own turns, which need not name them.
        persons = [] if chosen else naming.speakers_asked(question, people)
        # Other names in the place of who spoke: a misspelt one names someone ("What did Umberto
        # say…"); one no one has ("What did Batman say…") is noted, and what others said is given.
        unknown: list[str] = []
        for written in [] if chosen else naming.speakers_written(question):
            spelled = naming.people_called(written, people)
            if spelled:
                persons += [p for p in spelled if p not in persons]
            elif not any(self.searcher.idf(t) for t in self.searcher.terms(written)):
                unknown.append(written)     # (words the calls use, "What did the Board say…", are no name)
        # Their names say nothing of the topic (and would find every turn naming one of them).
        theirs = naming.name_words(question, persons) | naming.people_words(unknown)
        topic = naming.without_words(question, theirs)
        if not persons and lexicon.SAY_VERBS & set(intents.without_about(fold(topic)).split()):
            # "What did the attendees say about Toronto?": Toronto, whoever said it.
            topic = naming.without_words(topic, lexicon.PEOPLE_NOUNS) or topic
        names: dict[str, list] = {}
        leaders: list[Hit] = []
        if (persons or chosen) and not self.searcher.terms(naming.without_words(topic, lexicon_questions.ANYTHING)):
            # "What did Patricio talk about?" names no topic: what they said at most length ("¿Qué dijo
            # Mamadou?" of two who spoke: which one, as "Did Mamadou speak?"; not whom a request was
            # made of: "What did they ask Carlos to do?")
            namesakes = [p for p in naming.namesakes_written(question, persons or chosen) if self.store.meetings_spoken_in(p)]
            if len(namesakes) > 1 and not _ASKED_OF.search(fold(question)):
                return Answer("which_person", lang, question, names={"persons": namesakes})
            return self._their_turns(question, lang, meetings, persons or chosen, k, meeting, since)
        if persons:
            hits, answering, names, leaders = self._said_by(question, topic, persons, theirs, k, meeting, since)
        else:
            hits = self.searcher.search(topic, k=k, meeting=meeting, speaker=chosen or None, since=since)
            # (the answer is chosen among the same best hits however many sources are listed: the
            # chat, which asks one more to know whether there are more, answers as `acta ask` does)
            answering = [h for h in hits[:ANSWER_POOL] if self.answers_it(question, h, ignore=theirs)]
        if persons and not self.searcher.terms(naming.without_words(topic, lexicon.ANSWER_VERBS)):
            # "O João respondeu?": his replies to the questions put to him, if any
            return self._their_replies(question, lang, meetings, persons, k, meeting, since)
        if persons and not answering and not self.searcher.terms(naming.without_words(topic, lexicon.SAY_VERBS)):
            # "¿Qué propuso Daniela?": none of her turns says "propuso"; what she said at most length.
            return self._their_turns(question, lang, meetings, persons, k, meeting, since)
        if persons and not answering:
            # Nothing from them on it: say so, and give who else spoke of it.
            hits = self.searcher.search(topic, k=k, meeting=meeting, since=since)
            answering = [h for h in hits if self.answers_it(question, h, ignore=theirs)]
            names = {"not_by": names.get("not_by") or persons}
            if closest := self._closest(question, topic, persons, theirs, answering, meeting, since):
                hits, answering, names = [closest] + [h for h in hits if h != closest], [closest], {
                    "by": [closest.speaker], "closest": [closest.speaker]}
        if unknown:
            names["unknown"] = unknown
        if not answering and unknown and not persons:
            return Answer("no_speaker", lang, question, names={"speaker": unknown})
        if not answering:
            nothing = self.nothing(question, lang, meetings)
            # --speaker: nothing from them (others are not asked for).
            return dataclasses.replace(nothing, names={"not_by": list(called)} if called else names)
        # The chair announcing an item ("Next, the outreach event in Toronto") matches the
        # question's words but says nothing of it: prefer a passage that does.
        # Not when it asks who someone is: the chair giving the floor names them by their role
        # ("¿Quién es el secretario de LACRALO?": «le doy la palabra a Tomás Echeverría, nuestro secretario»).
        introduced = naming.asks_who_is(question)
        speaking = [h for h in answering if not self.chairs(question, h) or introduced and self.introduces(question, h)] \
            or answering[:1]
        replied: set[Hit] = set()
        # A member's question is no answer (unless questions are asked about): the reply to it
        # is, else a passage that says something.
        folded = fold(question)
        asks_about_asking = bool(ABOUT_ASKING.search(folded))
        if not asks_about_asking:
            if not chosen:      # (--speaker: their own words, not another's reply to them)
                replies = {h: self._replied(topic, h) for h in speaking}
                replied = {r for r in replies.values() if r}
                speaking = list(dict.fromkeys(replies[h] or h for h in speaking))
            speaking = [h for h in speaking if not self._asks(topic, h)] or speaking
        else:       # "Who asked about interpretation?": a question put to others
            speaking = [h for h in speaking if self._asks(topic, h)] or speaking
        day = which_days.day_named(question, self.today())
        if day:         # "¿Qué pasa el 17 de noviembre?": a passage that says that day (not "14 y 15 de noviembre")
            speaking = [h for h in speaking if self.says_day(h, day)] or [h for h in hits if self.says_day(h, day)] or speaking
        wanted = asking.asked_for(question)
        if wanted:      # "When…?", "Where…?": a passage that says it
            speaking = self._giving(wanted, topic, speaking, theirs)
        best = speaking[0]
        if not persons and best not in replied:       # (a reply stands for the question it answers)
            # Of passages scored about as well, the one that holds most of the question ("an open
            # day on online security": Éric's open day, not a workshop on online security).
            close = [(self.coverage(question, h, theirs), h) for h in speaking if h.score >= CLOSE_SCORE * best.score]
            held, fuller = max(close, key=lambda c: c[0])        # close[0] is best itself
            if held >= close[0][0] + CLEARLY_MORE:
                best = fuller
            # Its quote may hold less of the question than another passage's, scored not far
            # below ("Les webinaires seront-ils enregistrés ?": a long turn on a webinar, whose
            # sentences never say "enregistrés" together with it; Koffi's "tous les webinaires
            # seront enregistrés"). Not when it asks who: the speaker is the answer, and the one
            # who talked of it at length ("Qui a fait le webinaire sur le DNS… ?": Patricio, not
            # the chair's "Patricio nous fera un webinaire sur le DNS…").
            quoted = 1.0 if naming.asks_who(question) else self.quote_coverage(topic, best, theirs)
            near = [(self.quote_coverage(topic, h, theirs), h) for h in speaking
                    if h is not best and h.score >= QUOTE_CLOSE * best.score] if quoted < 1 else []
            held, fuller = max(near, key=lambda c: c[0], default=(0.0, best))
            if held >= quoted + CLEARLY_MORE:
                best = fuller
        # "The deadline for Abidjan?": the turn after the one on the workshop, that says it (cited next).
        later = self.deadline_after(topic, best)
        if later:
            hits, best = [best] + [h for h in hits if h is not best], later
        # Cited in the member's language when the call has a version in it that answers as well
        # (the member may ask in one language and read in another).
        query = set(self.searcher.terms(question))
        translated = self.searcher.in_language(best, lang, query)
        others = [self.searcher.in_language(h, lang, query) for h in hits if h is not best]
        if translated is not best and self.answers_it(question, translated, ignore=theirs):
            best = translated
        # Several people asked about who all spoke of it: each one's best turn is quoted too.
        seconds = [self.searcher.in_language(h, lang, query) for h in leaders
                   if h.speaker != best.speaker and (h.meeting_id, h.turn_index) != (best.meeting_id, best.turn_index)]
        seconds = [h for h in seconds if self.answers_it(question, h, ignore=theirs)]
        if asks_about_asking and lexicon.ANSWER_VERBS & set(re.findall(r"\w+", folded)) and \
                (reply := self._replied(topic, best, first=True)) and reply not in seconds:
            # "Keisha preguntó por datos del Caribe, ¿le respondieron?": her question, then the reply
            # (its sentence on the question put: "Le enviaré la respuesta… la versión en inglés de la guía")
            reply = self.searcher.in_language(reply, lang, query)
            put = self.best_sentences(topic, best)[0]
            seconds.append(dataclasses.replace(reply, passage=" ".join(self.best_sentences(put, reply))))
        quoted = {(h.meeting_id, h.turn_index) for h in seconds}
        others = [h for h in others if (h.meeting_id, h.turn_index) not in quoted]
        hits = [best] + seconds + others                        # the ones that answer come first
        # The group a question names is seldom what the sentence that answers says ("What did the
        # NARALO call say about IPv6?" is not answered by "So what can NARALO do?").
        _, ungrouped = which_meetings.grouped(topic, meetings)
        said = ungrouped if self.searcher.terms(ungrouped) else topic
        return Answer("passage", lang, question, quote=tuple(self.best_sentences(said, best)),
                      also=tuple(tuple(self.best_sentences(said, h)) for h in seconds),
                      sources=tuple(hits), names=names)

    def further(self, question: str, lang: str, k: int, offset: int, *, meeting=None,
                speakers: Sequence[str] = (), since=None) -> list[Hit]:
        """The sources past the first ``offset`` of a question answered before ("more results"),
        searched as it was: within the words of the people asked about, the meetings it chose."""
        searched, dated = self.scope(question, lang, chosen=bool(meeting or since))
        if speakers and not self.searcher.terms(naming.without_words(searched, naming.name_words(searched, list(speakers)))):
            return self.their_turns(speakers, lang, k=k, offset=offset, meeting=dated or meeting, since=since)
        return self.searcher.search(searched, k=offset + k, meeting=dated or meeting, speaker=speakers or None,
                                    since=since, language=lang)[offset:]
