"""Follow-ups on the turn the last answer quoted: a question about what it was about ("Who is
organizing it?"), or only a question word ("¿Y a qué hora?", "y que dijo?", "quien?", "dans quelle
réunion ?"), and the turns around it: the reply to it ("¿Y le respondieron?"). A part of
``knowledge.answers.Answerer`` (through ``knowledge.following.FollowUps``; it gives it ``store``,
``searcher``, ``_search_answer``, ``quote_coverage``, ``best_sentences`` and ``summary_of``)."""
from __future__ import annotations

import dataclasses

from knowledge import analysis, asking, bare, dates, naming
from knowledge.errors import MeetingNotFound
from knowledge.models import Answer, Conversation, MeetingDetail, MeetingSummary
from knowledge.search import Hit
from knowledge.text import sentences

IT_WORDS = 4            # the rarest words of a quoted turn that stand for "it"
WHO_ELSE_HITS = 4       # this many times the sources searched, for the turn quoted and the others to be among them
REPLY_WITHIN = 3        # the reply to a turn is one of the turns right after it
SHORT_SENTENCE = 6      # words: a sentence this short is quoted with the next one ("Gracias, Lucía.")
TIE_WORDS = 2           # a question of at most this many words right after a quotation may be of the turn quoted


class QuotedFollowUps:
    """Follow-ups on the turn quoted (a part of ``Answerer``)."""

    def _about_it(self, question: str, lang: str, meetings: list[MeetingSummary], k: int, turn: tuple[str, int],
                  quoted: str, speaker) -> Answer | None:
        """A question about the thing the last answer quoted ("Who is organizing it?"): searched
        with the rarest words of the quote, within its meeting; None when that finds nothing."""
        mid, _ = turn
        ids = [i for m in meetings if mid in m.ids for i in m.ids]
        if not ids:             # (deleted since)
            return None
        # (not people's names: "Patricio nous fera un webinaire…" would find every turn naming him)
        named = naming.people_words(self.store.people().values())
        rare = sorted({w for w in analysis.question_words(quoted) if w not in named},
                      key=lambda w: (-max((self.searcher.idf(t) for t in self.searcher.terms(w)), default=0.0), w))
        searched = f"{question} {' '.join(rare[:IT_WORDS])}"
        answer = self._search_answer(searched, lang, meetings, k, ids, speaker, None)
        if answer.kind != "passage":
            return None
        if analysis.question_words(question):
            # A reply right after the turn quoted that says what is asked of it first: "who supported it?" after
            # Daniela's outreach plan is Keisha's «I fully support the proposal», not another of Daniela's turns
            def holds(hit: Hit) -> float:
                terms = frozenset(analysis.analyze(hit.text, hit.language))
                return self.coverage(question, dataclasses.replace(hit, terms=terms))
            after = [h for h in answer.sources if h.meeting_id == mid and 0 < h.turn_index - turn[1] <= REPLY_WITHIN]
            best = max(after, key=holds, default=None)
            if best is not None and holds(best) > holds(answer.sources[0]):
                answer = _first(answer, best, answer.quote, len(answer.sources))
        # Quoted for what is asked of it ("volunteer"), from the whole turn, when the turn says it
        # (else its quote for the words searched, not a sentence that says neither).
        whole = dataclasses.replace(answer.sources[0], passage=answer.sources[0].text)
        if analysis.question_words(question) and self.quote_coverage(question, whole):
            answer = dataclasses.replace(answer, quote=tuple(self.best_sentences(question, whole)))
        return dataclasses.replace(answer, question=question, searched=searched, within=tuple(ids))

    def _bare(self, question: str, asked: str, lang: str, meetings: list[MeetingSummary], k: int,
              context: Conversation, speaker) -> Answer | None:
        """A follow-up that is only a question word ("¿Y a qué hora?", "quien?", "et l'autre ?";
        ``asked``: what it asks, ``bare.asks``): "the other" is what the last search was about in
        the other meetings; anything else is asked of the turn quoted, in its meeting (``_about_it``),
        quoted for the time or place it asks (when a sentence of the turn found says it). None:
        nothing found."""
        mid, _ = context.turn
        if asked == "other":
            ids = [i for m in meetings if mid not in m.ids for i in m.ids]
            topic = self._topic_of(context)
            if not ids or not self.searcher.terms(topic):
                return None
            answer = self._search_answer(topic, lang, meetings, k, ids, speaker, None)
            if answer.kind != "passage":
                return None
            return dataclasses.replace(answer, question=question, searched=topic, within=tuple(ids), topic=topic)
        answer = self._about_it(question, lang, meetings, k * WHO_ELSE_HITS, context.turn, context.quoted, speaker)
        if answer is None:
            return None
        answer = dataclasses.replace(answer, topic=context.topic)     # (the thread is still on it: "and who else?")
        if asked == "answered" and (reply := self._reply(context)) is not None:
            # "¿Y le respondieron?" after Keisha's question: José's answer, right after it
            return _first(answer, reply, tuple(self.best_sentences(context.quoted, reply)), k)
        if asked == "answered":
            # "¿Y le respondieron?": a later turn of another's in that meeting, about it
            asker = next((h.speaker for h in answer.sources if (h.meeting_id, h.turn_index) == context.turn),
                         context.persons[0] if context.persons else None)
            later = [h for h in answer.sources if h.meeting_id == mid and h.turn_index > context.turn[1] and h.speaker != asker]
            if later:
                return _first(answer, later[0], tuple(self.best_sentences(answer.searched, later[0])), k)
        if asked == "asker" and (asker := self._asker(context)) is not None:
            # "qui a demandé ça ?" after Koffi's «Oui, Fatou, tous les webinaires seront enregistrés»: Fatou's question
            return _first(answer, asker, tuple(q.question for q in self.summary_of(asker.meeting_id).questions
                                               if q.turn == asker.turn_index)[:1], k)
        quoted = self._turn_at(context.turn)
        if asked == "said" and not bare.asks_who(question) and quoted and \
                answer.sources[0].speaker == quoted[1].speaker:
            # "y que dijo?" after who talked about DNS abuse: what Patricia said next on it (the sentences of her turn
            # after the quote, else her later turn in that meeting found with it), not her quote again; none: said
            # so, with the quote ("no_more")
            if nexts := _said_next(quoted[1].text, context.quoted):
                return _first(answer, quoted[1], nexts, k)
            later = [h for h in answer.sources if h.meeting_id == mid and h.speaker == quoted[1].speaker
                     and h.turn_index > context.turn[1]]
            if later:
                return _first(answer, later[0], tuple(self.best_sentences(answer.searched, later[0])), k)
            return dataclasses.replace(_first(answer, quoted[1], tuple(sentences(context.quoted)), k),
                                       flags=answer.flags | {"no_more"}, names={**answer.names, "persons": [quoted[1].speaker]})
        answer = dataclasses.replace(answer, sources=answer.sources[:k])
        if asked == "meeting" and quoted:       # "dans quelle réunion ?": the quote again, its meeting cited
            return _first(answer, quoted[1], tuple(sentences(context.quoted)), k)
        if asked not in ("when", "where", "language"):
            return answer
        hour = bare.asks_hour(question)
        # The quote itself first, when it says it: "y eso cuando?" after Patricia's «…antes del domingo 4 de octubre»,
        # not her earlier «…porque hoy un usuario…» of the same turn
        if quoted and not hour and (says := [s for s in sentences(context.quoted) if asking.gives(asked, s)]):
            return _first(answer, quoted[1], (says[0],), k)
        # (the turn quoted first: "¿cuándo?" after «Le enviaré la respuesta… esta misma semana»)
        for hit in ([quoted[1]] if quoted else []) + list(answer.sources):      # (the turn that says it: "a las 15:00 UTC")
            # (by whoever said what was quoted: not Carlos's «…enviar la invitación… a la lista de correo
            # mañana mismo» after José's «Le enviaré la respuesta por la lista de correo esta misma semana»)
            says = [s for s in sentences(hit.text) if asking.gives(asked, s) and (not quoted or hit.speaker == quoted[1].speaker)]
            # (the hour asked: «…aura lieu à 17:00 UTC», not «Donc demain, il y aura une réunion»)
            says = [s for s in says if dates.says_time(s)] or says if hour else says
            if says:
                return _first(answer, hit, (says[0],), k)
        # No sentence says it: what was quoted again, not another turn that shares a word with the question
        # (asked when, not the hour: it was on the day of its meeting, said so: "cuando fue eso?" after
        # Mamadou's talk on IDN, «Fue el 5 de octubre de 2026…»)
        if not quoted:
            return answer
        again = _first(answer, quoted[1], tuple(sentences(context.quoted)), k)
        return dataclasses.replace(again, flags=again.flags | {"said_on"}) if asked == "when" and not hour else again

    def _reply(self, context: Conversation) -> Hit | None:
        """The reply to the turn quoted: one of the ``REPLY_WITHIN`` turns after it, the first by
        someone else that shares a word of what it says with the quote (not the chair's «Gracias,
        pasamos al siguiente punto»); None: none does."""
        found = self._turn_at(context.turn)
        if found is None:
            return None
        detail, asked = found
        quoted = set(analysis.question_words(context.quoted))
        for turn in [t for t in detail.turns if t.index > asked.turn_index][:REPLY_WITHIN]:
            if turn.speaker != asked.speaker and quoted & set(analysis.question_words(turn.text)):
                return Hit.of_turn(detail.summary, turn)
        return None

    def _quoted_wins_ties(self, question: str, context: Conversation, found: Answer, k: int) -> Answer:
        """A short question right after a quotation, the turn quoted holding as much of it as the turn
        found does: that turn again, quoted for it ("can i join?" after Michael's «…we meet every other
        Thursday at 17:00 UTC…»: his «If anyone wants to join…, everyone is welcome», not the chair's
        «…thank everyone for joining»); else ``found``."""
        said = analysis.question_words(question)
        if found.kind != "passage" or not found.sources or not said or len(said) > TIE_WORDS:
            return found
        quoted = self._turn_at(context.turn)
        if quoted is None or (found.sources[0].meeting_id, found.sources[0].turn_index) == context.turn:
            return found
        whole = dataclasses.replace(quoted[1], terms=frozenset(analysis.analyze(quoted[1].text, quoted[1].language)))
        held = self.coverage(question, whole)
        if not held or held < self.coverage(question, found.sources[0]):
            return found
        return _first(found, quoted[1], tuple(self.best_sentences(question, quoted[1])), k)

    def _when_in_quoted(self, question: str, turn: tuple[str, int], found: Answer, k: int) -> Answer | None:
        """A question asking for a deadline right after a quotation, whose answer ``found`` in another
        meeting says one in a sentence that holds none of the question (the date is another thing's):
        the deadline said in the turns right after the one quoted ("hasta cuando se pide?" after
        Diego's «…dez vagas…»: Hernán's «…até o dia 6 de novembro», not José's «…les pido…
        antes de fin de año»); else None."""
        if asking.asked_for(question) != "deadline" or found.kind != "passage" or not found.sources or \
                (quoted := self._turn_at(turn)) is None:
            return None
        words = set(self.searcher.terms(question))
        if any(words & set(analysis.analyze(s, found.sources[0].language)) for s in found.quote if asking.gives("deadline", s)):
            return None
        later = self.deadline_after(question, quoted[1])
        return _first(found, later, (later.passage,), k) if later else None

    def _asker(self, context: Conversation) -> Hit | None:
        """The question the turn quoted answers (the reverse of ``_reply``), among the questions its
        meeting's summary finds members asked: the turn itself when it is one, else the last asked in
        the ``REPLY_WITHIN`` turns before it, by someone else, that shares a word with the quote;
        None: none was."""
        found = self._turn_at(context.turn)
        if found is None:
            return None
        detail, said = found
        turns = {t.index: t for t in detail.turns}
        asked = [q for q in self.summary_of(said.meeting_id).questions if q.turn in turns]
        if any(q.turn == said.turn_index for q in asked):
            return said
        before = sorted(t.index for t in detail.turns if t.index < said.turn_index)[-REPLY_WITHIN:]
        quoted = set(analysis.question_words(context.quoted))
        for q in sorted(asked, key=lambda q: -q.turn):
            if q.turn in before and turns[q.turn].speaker != said.speaker and \
                    quoted & set(analysis.question_words(turns[q.turn].text)):
                return Hit.of_turn(detail.summary, turns[q.turn])
        return None

    def _turn_at(self, turn: tuple[str, int]) -> tuple[MeetingDetail, Hit] | None:
        """The meeting of a turn (meeting id, index) and the whole turn, cited; None: no longer stored."""
        mid, index = turn
        try:
            detail = self.store.meeting(mid)
        except MeetingNotFound:
            return None
        said = next((t for t in detail.turns if t.index == index), None)
        return (detail, Hit.of_turn(detail.summary, said)) if said else None


def _first(answer: Answer, hit: Hit, quote: tuple[str, ...], k: int) -> Answer:
    """The answer with this turn first, quoted so (not again among the other sources)."""
    rest = [h for h in answer.sources if (h.meeting_id, h.turn_index) != (hit.meeting_id, hit.turn_index)]
    return dataclasses.replace(answer, quote=quote, sources=(hit, *rest)[:k])


def _said_next(text: str, quoted: str) -> tuple[str, ...]:
    """The sentences of a turn right after those quoted of it (two when the first is short, as
    ``best_sentences`` quotes); none: the quote ends the turn, or is not of it."""
    said = sentences(text)
    last = sentences(quoted)[-1:] if quoted else []
    at = next((i for i, s in enumerate(said) if last and s == last[0]), None)
    if at is None or at + 1 >= len(said):
        return ()
    return tuple(said[at + 1:at + 3]) if len(said[at + 1].split()) < SHORT_SENTENCE else (said[at + 1],)
