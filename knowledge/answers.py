"""Answering a member's question: from the data when the question is about data (attendance,
apologies, agenda, meetings, participation, speaking time: ``knowledge/facts.py``), else by
quoting the best passage found by search, attributed to who said it, in which meeting, on
which date.

An ``Answer`` (``knowledge/models.py``) is data; ``bot/render.py`` turns it into words in the
member's language."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from knowledge import analysis, asking, chairing, intents, lexicon, naming
from knowledge.facts import FactAnswers
from knowledge.lexicon import LANGUAGES
from knowledge.models import PARTICIPATION_TARGET, Answer, MeetingSummary
from knowledge.search import Hit, Searcher
from knowledge.store import Store
from knowledge.text import fold, guess_language, sentences

# A passage answers a question when it holds this share of the question's weight (idf of its
# words); below it, the best passage only shares a common word with the question.
MIN_COVERAGE = 0.34
# Passages scored within this share of the best compete on how much of the question they hold,
# when one holds clearly more.
CLOSE_SCORE, CLEARLY_MORE = 0.8, 0.2
# Within the meetings of a group the question names, an answer must hold this share of the rest of it.
GROUP_COVERAGE = 0.6
# A quoted sentence shorter than this brings the next one along.
MIN_QUOTE_WORDS = 8
# A question asking when (where, how long, how many) is answered by a sentence of the turn that
# says it, if it holds this share of the best sentence's weight.
GIVES_SHARE = 0.5
_ABOUT_ASKING = re.compile(lexicon.ABOUT_ASKING)
# A member's question is answered in one of the next turns by others, found among this many of
# the meeting's passages.
REPLY_TURNS, REPLY_SEARCH = 3, 20
# The turns of a person read for the questions they asked.
MAX_TURNS = 200


def reply_language(question: str, preferred: str | None = None, default: str = "en") -> str:
    """The member's language: their client's, else the question's (when it is clear), else the group's."""
    if preferred and preferred[:2].lower() in LANGUAGES:
        return preferred[:2].lower()
    return guess_language(question) or default


class Answerer(FactAnswers):
    """Created once at start-up with the store and searcher; ``ask`` serves the CLI and the chat."""

    def __init__(self, store: Store, searcher: Searcher, default_language: str = "en",
                 participation_target: float = PARTICIPATION_TARGET, next_event=None,
                 timezones: tuple[str, ...] = ("UTC",), today=dt.date.today):
        self.store, self.searcher = store, searcher
        self.today = today      # () -> today's date ("last month")
        self.default_language = default_language
        self.target = participation_target
        # (titled=None) -> the next scheduled occurrence or None, of the events whose title passes
        # ``titled`` (the calendar lives in jobs/, fed from bot.toml)
        self.next_event = next_event or (lambda titled=None: None)
        self._weights_for: tuple | None = None
        self._items_of: dict[str, list] = {}       # items_of(), for the index version _items_for
        self._items_for = -1
        self._weights: dict = {}
        self.timezones = tuple(timezones)

    def ask(self, question: str, *, k: int = 5, meeting: str | None = None,
            speaker: str | Sequence[str] | None = None, since: dt.date | str | None = None,
            language: str | None = None) -> Answer:
        question = question.strip()[:2000]
        lang = reply_language(question, language, self.default_language)
        meetings = self.store.meetings()
        if not any(c.isalnum() for c in question):      # "?", "🙂": nothing to look for
            return dataclasses.replace(self.nothing(question, lang, meetings), kind="no_words")
        today = self.today()
        intent = intents.detect(question, meetings, self.store.people(), lang, today) if question else None
        within: list[str] = []      # "Who presented X?", X on agendas naming no presenter: those meetings
        if intent and intent.kind == "mentions" and (speaker or since):
            intent = None       # --speaker / --since narrow a search (a count takes the question's own)
        if intent:
            structured = self._structured(intent, question, lang, meetings, meeting)
            if isinstance(structured, Answer):
                return structured
            within = structured or []
        if meeting and not any(meeting in m.ids for m in meetings):
            return Answer("no_meeting", lang, question, meetings=tuple(meetings[-5:]), known=len(meetings))
        asked, dated = self.scope(question, lang, meetings, today, chosen=bool(meeting or since))
        within = [] if dated or meeting else within
        answer = self._search_answer(asked, lang, meetings, k, dated or meeting or within or None, speaker, since)
        if (dated or within) and answer.kind == "nothing":      # the date was not the meeting's after all
            answer = self._search_answer(question, lang, meetings, k, meeting, speaker, since)
            within = []
        if not (meeting or since or dated or within):
            grouped = self._in_group(question, lang, meetings, k, speaker, answer)
            if grouped:
                answer, within = grouped
        # Others' words are searched without the names of those who said nothing or are unknown.
        unnamed = {w for name in answer.names.get("unknown", ()) for w in analysis.words(name)}
        if answer.names.get("not_by") and not answer.names.get("by"):
            unnamed |= naming.name_words(question, answer.names["not_by"])
        searched = naming.without_words(question, unnamed) if unnamed else ""
        # Further pages search where this one did (the meetings holding the item asked about).
        return dataclasses.replace(answer, question=question, searched=searched,
                                   within=tuple(within) if answer.kind == "passage" else ())

    def _in_group(self, question: str, lang: str, meetings: list[MeetingSummary], k: int, speaker,
                  found: Answer) -> tuple[Answer, list[str]] | None:
        """A group the question names ("Combien de places financées à AFRALO ?"): the answer
        within its meetings, searched without its name (the turns that answer seldom say it),
        when it holds most of the rest of the question, and clearly more than ``found`` (which
        may have been found by the name alone: «Le rôle d'AFRALO…»). None: keep ``found``."""
        of_group, ungrouped = intents.grouped(question, meetings)
        if not of_group or not self.searcher.terms(ungrouped):
            return None
        within = [m.id for m in of_group]
        answer = self._search_answer(ungrouped, lang, meetings, k, within, speaker, None)
        if answer.kind != "passage":
            return None
        held = self.coverage(ungrouped, answer.sources[0])
        before = self.coverage(ungrouped, found.sources[0]) if found.kind == "passage" and found.sources else 0.0
        return (answer, within) if held >= GROUP_COVERAGE and held >= before + CLEARLY_MORE else None

    def scope(self, question: str, lang: str, meetings: list[MeetingSummary] | None = None,
              today: dt.date | None = None, *, chosen: bool = False) -> tuple[str, list[str] | None]:
        """What to search for a question, and within which meetings. "What was said about
        mediation in February 2020?": the meetings of that date, searched without the date's
        words (within them, those would only find the turn that says the date). A date no
        meeting has is searched like any words ("what happens on 30 August?": an event's date).
        ``chosen``: the meetings were chosen otherwise (--meeting, --since): the question as it is."""
        if chosen:
            return question, None
        meetings = self.store.meetings() if meetings is None else meetings
        dated = intents.dated(question, meetings, lang, today or self.today())
        searched = intents.without_dates(question) if dated else ""
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
        theirs = naming.name_words(question, persons) | {w for name in unknown for w in analysis.words(name)}
        topic = naming.without_words(question, theirs)
        if not persons and lexicon.SAY_VERBS & set(intents.without_about(fold(topic)).split()):
            # "What did the attendees say about Toronto?": Toronto, whoever said it.
            topic = naming.without_words(topic, lexicon.PEOPLE_NOUNS) or topic
        names: dict[str, list] = {}
        leaders: list[Hit] = []
        if (persons or chosen) and not self.searcher.terms(topic):
            # "What did Patricio talk about?" names no topic: what they said at most length.
            return self._their_turns(question, lang, meetings, persons or chosen, k, meeting, since)
        if persons:
            hits, answering, names, leaders = self._said_by(question, topic, persons, theirs, k, meeting, since)
        else:
            hits = self.searcher.search(topic, k=k, meeting=meeting, speaker=chosen or None, since=since)
            answering = [h for h in hits if self.answers_it(question, h, ignore=theirs)]
        if persons and not answering and not self.searcher.terms(naming.without_words(topic, lexicon.SAY_VERBS)):
            # "¿Qué propuso Daniela?": none of her turns says "propuso"; what she said at most length.
            return self._their_turns(question, lang, meetings, persons, k, meeting, since)
        if persons and not answering:
            # Nothing from them on it: say so, and give who else spoke of it.
            hits = self.searcher.search(topic, k=k, meeting=meeting, since=since)
            answering = [h for h in hits if self.answers_it(question, h, ignore=theirs)]
            names = {"not_by": names.get("not_by") or persons}
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
        speaking = [h for h in answering if not self.chairs(question, h)] or answering[:1]
        replied: set[Hit] = set()
        # A member's question is no answer (unless questions are asked about): the reply to it
        # is, else a passage that says something.
        if not _ABOUT_ASKING.search(fold(question)):
            replies = {h: self._replied(topic, h) for h in speaking}
            replied = {r for r in replies.values() if r}
            speaking = list(dict.fromkeys(replies[h] or h for h in speaking))
            speaking = [h for h in speaking if not self._asks(topic, h)] or speaking
        else:       # "Who asked about interpretation?": a question put to others
            speaking = [h for h in speaking if self._asks(topic, h)] or speaking
        wanted = asking.asked_for(question)
        if wanted:      # "When…?", "Where…?": a passage that says it
            speaking = [h for h in speaking if asking.gives(wanted, self.best_sentences(topic, h)[0])] or speaking
        best = speaking[0]
        if not persons and best not in replied:       # (a reply stands for the question it answers)
            # Of passages scored about as well, the one that holds most of the question ("an open
            # day on online security": Éric's open day, not a workshop on online security).
            close = [(self.coverage(question, h, theirs), h) for h in speaking if h.score >= CLOSE_SCORE * best.score]
            held, fuller = max(close, key=lambda c: c[0])        # close[0] is best itself
            if held >= close[0][0] + CLEARLY_MORE:
                best = fuller
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
        quoted = {(h.meeting_id, h.turn_index) for h in seconds}
        others = [h for h in others if (h.meeting_id, h.turn_index) not in quoted]
        hits = [best] + seconds + others                        # the ones that answer come first
        # The group a question names is seldom what the sentence that answers says ("What did the
        # NARALO call say about IPv6?" is not answered by "So what can NARALO do?").
        _, ungrouped = intents.grouped(topic, meetings)
        said = ungrouped if self.searcher.terms(ungrouped) else topic
        return Answer("passage", lang, question, quote=tuple(self.best_sentences(said, best)),
                      also=tuple(tuple(self.best_sentences(said, h)) for h in seconds),
                      sources=tuple(hits), names=names)

    def _their_turns(self, question: str, lang: str, meetings: list[MeetingSummary], persons: list[str],
                     k: int, meeting, since) -> Answer:
        """The longest turns of these people, each call once (in the member's language when it
        has a version in it); the one that says most is quoted (``gist``) and cited first."""
        hits = self.their_turns(persons, lang, meetings, k, meeting=meeting, since=since)
        if not hits:
            return dataclasses.replace(self.nothing(question, lang, meetings), names={"not_by": persons})
        if _ABOUT_ASKING.search(fold(question)):
            # "¿Qué preguntó Keisha?": the questions they put to others.
            asked = []
            for h in self.their_turns(persons, lang, meetings, MAX_TURNS, meeting=meeting, since=since):
                put = [s for s in sentences(h.text)[-2:] if chairing.puts_question(s, MIN_QUOTE_WORDS)]
                if put:
                    asked.append((h, put[-1]))
            if asked:
                hits = [h for h, _ in asked][:k]
                return Answer("passage", lang, question, quote=(asked[0][1],), sources=tuple(hits),
                              names={"by": list(dict.fromkeys(h.speaker for h in hits))})
        # Quoted first: the one that says most besides running the call (a chair's longest turn
        # is often their opening).
        best = max(hits, key=lambda h: _substance(h.text))
        hits = [best] + [h for h in hits if h is not best]
        return Answer("passage", lang, question, quote=tuple(self.gist(hits[0])), sources=tuple(hits),
                      names={"by": list(dict.fromkeys(h.speaker for h in hits))})

    def their_turns(self, persons: Sequence[str], lang: str, meetings: list[MeetingSummary] | None = None,
                    k: int = 5, offset: int = 0, *, meeting=None, since=None) -> list[Hit]:
        """These people's longest turns, longest first, within ``meeting`` (an id or ids) and from ``since`` on."""
        meetings = self.store.meetings() if meetings is None else meetings
        within = {meeting} if isinstance(meeting, str) else set(meeting or ())
        since = str(since) if since else ""
        versions = [m.version(lang) or m.id for m in meetings if (not within or within & m.ids) and m.date >= since]
        found = self.store.longest_turns(list(persons), versions, k, offset)
        summaries = {mid: self.store.meeting_summary(mid) for mid in {mid for mid, _ in found}}
        return [Hit.of_turn(summaries[mid], turn) for mid, turn in found]

    def further(self, question: str, lang: str, k: int, offset: int, *, meeting=None,
                speakers: Sequence[str] = (), since=None) -> list[Hit]:
        """The sources past the first ``offset`` of a question answered before ("more results"),
        searched as it was: within the words of the people asked about, the meetings it chose."""
        searched, dated = self.scope(question, lang, chosen=bool(meeting or since))
        if speakers and not self.searcher.terms(naming.without_words(searched, naming.name_words(searched, list(speakers)))):
            return self.their_turns(speakers, lang, k=k, offset=offset, meeting=dated or meeting, since=since)
        return self.searcher.search(searched, k=offset + k, meeting=dated or meeting, speaker=speakers or None,
                                    since=since, language=lang)[offset:]

    def people_called(self, name: str, people: dict[int, str]) -> list[str]:
        """Whom a speaker asked for by name refers to: the person with that name or spelling of it,
        else whoever the name means in a question (namesakes, typos: ``naming.people_called``)."""
        person = self.store.person_id(name)
        return [people[person]] if person is not None else naming.people_called(name, people)

    def _said_by(self, question: str, topic: str, persons: list[str], theirs: set[str], k: int, meeting, since):
        """The turns of each person asked for, best first, each one's best answering turn ahead
        of the rest (so that "what did Humberto and Aida say" quotes both when both spoke of it);
        who said something on it ("by") and who did not ("not_by"); and each one's best turn.
        A first name several people share ("Carlos") is whichever of them spoke of it best."""
        hits: list[Hit] = []
        leaders: list[Hit] = []
        by, not_by = [], []
        searched = topic if self.searcher.terms(topic) else question
        for written, names in naming.by_name_written(question, persons):
            theirs_hits = self.searcher.search(searched, k=k, meeting=meeting, speaker=names, since=since)
            answering = [h for h in theirs_hits if self.answers_it(question, h, ignore=theirs)]
            if answering:           # the turns of someone who said nothing on it are no source
                chosen = answering[0].speaker
                by.append(chosen)
                leaders.append(answering[0])
                if len(names) > 1:  # namesakes: the one who spoke of it best, all their turns on it
                    theirs_hits = self.searcher.search(searched, k=k, meeting=meeting, speaker=chosen, since=since)
                hits += [h for h in theirs_hits if h.speaker == chosen]
            else:
                not_by.append(written)
        if not by:
            return [], [], {"not_by": not_by}, []
        leaders.sort(key=lambda h: -h.score)
        rest = sorted((h for h in hits if h not in leaders), key=lambda h: -h.score)
        ordered = (leaders + rest)[:k]
        answering = [h for h in ordered if self.answers_it(question, h, ignore=theirs)]
        return ordered, answering, ({"by": by, "not_by": not_by} if not_by else {"by": by}), leaders

    # --- quoting ------------------------------------------------------------------------------

    def answers_it(self, question: str, hit: Hit, ignore: Iterable[str] = ()) -> bool:
        """Does the passage answer the question, rather than share a common word with it? It
        must hold enough of the question's weight, more than numbers, and the place or name
        the question asks about when the archive knows it ("When is the Abidjan workshop?" is
        not answered by another workshop). ``ignore``: question words left out of both (the name
        of the person whose words are asked for, who need not name themselves)."""
        words = self._weighed(question)
        if not any(any(c.isalpha() for c in w) for w in words):
            return False
        ignore = set(ignore)
        nouns = analysis.proper_nouns(question)
        names = [w for w in nouns if w in words and words[w][0] > 0 and w not in ignore]
        if names:
            name = max(names, key=lambda w: words[w][0])
            # A run of capitals is a title ("Universal Acceptance"), matched like any words;
            # a capital standing alone is a name ("France"), which the passage must name. An
            # acronym is a topic ("DNS", "IPv6"): the passage's turn may name it ("El plazo para
            # enviar comentarios…" is in Patricia's turn on DNS abuse).
            if not (words[name][2].said_in(hit.terms) if nouns[name] else _names(hit, name, words[name][2])
                    or _acronyms(question).get(name, set()) & set(analysis.words(hit.text))
                    or self._named_before(hit, name, words[name][2])):
                return False
        return self.coverage(question, hit, ignore) >= MIN_COVERAGE

    def _named_before(self, hit: Hit, word: str, forms: analysis.Forms) -> bool:
        """Is the name said earlier in the agenda item the passage is in? A question on the forum
        in Asunción is answered by "Yes, we plan to have interpretation…", said three turns
        after the chair opened the item on the forum in Asunción."""
        item = next((i for i in self.items_of(hit.meeting_id) if i.start_turn is not None and i.end_turn is not None
                     and i.start_turn <= hit.turn_index < i.end_turn), None)
        if item is None or item.start_turn == hit.turn_index:
            return False
        turns = self.store.turn_window(hit.meeting_id, hit.turn_index, hit.turn_index - item.start_turn, 0)[:-1]
        return any(analysis.names_in(t.text, hit.language, word, forms) for t in turns)

    def _weighed(self, question: str) -> dict[str, tuple[float, float, analysis.Forms]]:
        """Each question word: the idf of its own stems, its weight (falling back on its
        translations, then on the rarest possible), and every term that counts as it.
        Kept for the last question: every hit of one question is weighed against the same words."""
        version = self.searcher.index.version
        if self._weights_for == (question, version):
            return self._weights
        self._weights = self._weigh(question)
        self._weights_for = (question, version)
        return self._weights

    def _weigh(self, question: str) -> dict[str, tuple[float, float, analysis.Forms]]:
        n = max(self.searcher.index.n_docs, 1)
        out = {}
        # Each word's stems in four languages, and its translations: a phrase's belong to its
        # words ("working group" -> "groupe de travail").
        for word, forms in analysis.word_forms(question, meeting_nouns=True).items():
            own = max((self.searcher.idf(v) for v in forms.own), default=0.0)
            translated = max((self.searcher.idf(v) for v in forms.stems), default=0.0)
            out[word] = (own, own or translated or analysis_idf_max(n), forms)
        return out

    def coverage(self, question: str, hit: Hit, ignore: Iterable[str] = ()) -> float:
        """The share of the question's weight found in the passage (``ignore``: words left out)."""
        ignore = set(ignore)
        words = {w: v for w, v in self._weighed(question).items() if w not in ignore}
        # What the question calls the meetings is no topic when it has one ("In the AFRALO call,
        # what was said about IPv6?"), but may be all that is left ("What did Aida say about the call?").
        words = {w: v for w, v in words.items() if w not in analysis.MEETING_NOUNS} or words
        total = sum(weight for _, weight, _ in words.values())
        found = sum(weight for _, weight, forms in words.values() if forms.said_in(hit.terms))
        return found / total if total else 0.0

    def best_sentences(self, question: str, hit: Hit) -> list[str]:
        """The sentence of the passage that holds most of the question's weight (and the next
        one when it is very short). A question asking when (where, how long, how many) is
        answered by a sentence of the turn that says it, if one holds as much of the question as
        half the best ("When does the IDN working group meet?": "we meet every other Thursday at
        17:00 UTC", not "The IDN working group met twice")."""
        terms = set(self.searcher.terms(question))
        sents = sentences(hit.passage)
        if not sents:
            return [hit.passage]
        wanted = asking.asked_for(question)
        if wanted:
            turn = sentences(hit.text)
            weight = self._sentence_weights(turn, terms, hit.language)
            giving = [i for i, w in enumerate(weight) if w and asking.gives(wanted, turn[i])]
            best = max(giving, key=lambda i: (weight[i], -i), default=None)
            if best is not None and weight[best] >= GIVES_SHARE * max(weight):
                return self._quoted(turn, best)
        weight = self._sentence_weights(sents, terms, hit.language)
        return self._quoted(sents, max(range(len(sents)), key=lambda i: (weight[i], -i)))

    def _sentence_weights(self, sents: list[str], terms: set[str], language: str) -> list[float]:
        """Each sentence's share of the question (idf of the terms it holds); none for the
        chair's moves when another sentence holds some."""
        weight = [sum(self.searcher.idf(t) for t in set(analysis.analyze(s, language)) & terms) for s in sents]
        runs_call = chairing.chairing(sents)
        if any(w and not c for w, c in zip(weight, runs_call)):
            weight = [0 if c else w for w, c in zip(weight, runs_call)]
        return weight

    @staticmethod
    def _quoted(sents: list[str], best: int) -> list[str]:
        quote = [sents[best]]
        if len(sents[best].split()) < MIN_QUOTE_WORDS and best + 1 < len(sents):
            quote.append(sents[best + 1])
        return quote

    def gist(self, hit: Hit) -> list[str]:
        """A turn quoted without a question: the sentence that holds most of what the turn is
        about (its own repeated rare words: term frequency in the turn times idf), among those
        that say something (not the chair's moves, greetings or thanks)."""
        sents = sentences(hit.text)
        terms = [set(analysis.analyze(s, hit.language)) for s in sents]
        tf = Counter(t for found in terms for t in found)
        weight = {t: n * self.searcher.idf(t) for t, n in tf.items() if n > 1}
        saying = [i for i, says in enumerate(chairing.says_something(sents))
                  if says and len(sents[i].split()) >= MIN_QUOTE_WORDS]
        if not saying:
            return sents[:1] or [hit.text]
        best = max(saying, key=lambda i: sum(weight.get(t, 0.0) for t in terms[i]) / len(sents[i].split()) ** 0.5)
        return [sents[best]]

    def _asks(self, question: str, hit: Hit) -> bool:
        """Is the passage's best quotation a question put to others (one ending the turn: a question
        in the middle of a talk is rhetorical)?"""
        quote = self.best_sentences(question, hit)[0]
        return chairing.asks(quote) and quote in sentences(hit.text)[-2:]

    def _replied(self, question: str, hit: Hit) -> Hit | None:
        """The reply to a member's question quoted as the answer: of the next turns by others, one
        that answers the question and says what it asks for ("Diego, quantas vagas…?": Diego's
        "dez vagas"), else one that answers it, else the first that says something of it ("José,
        do you have data on…?": "I don't have that data at hand")."""
        if not self._asks(question, hit):
            return None
        after = self.store.turn_window(hit.meeting_id, hit.turn_index, 0, REPLY_TURNS)[1:]
        replies = {t.index for t in after if t.speaker != hit.speaker}
        near = [h for h in self.searcher.search(question, k=REPLY_SEARCH, meeting=hit.meeting_id)
                if h.turn_index in replies and not self.chairs(question, h) and not self._asks(question, h)]
        answering = [h for h in near if self.answers_it(question, h)]
        wanted = asking.asked_for(question)
        giving = [h for h in answering if wanted and asking.gives(wanted, self.best_sentences(question, h)[0])]
        return next(iter(giving or answering or sorted(near, key=lambda h: h.turn_index)), None)

    def chairs(self, question: str, hit: Hit) -> bool:
        """Is the passage's best quotation the chair moving the call along rather than saying something?"""
        sents = sentences(hit.passage)
        runs_call = dict(zip(sents, chairing.chairing(sents)))
        return runs_call.get(self.best_sentences(question, hit)[0], False)

def _substance(text: str) -> int:
    """The words of a turn's sentences that say something: not the chair's moves, greetings or thanks."""
    sents = sentences(text)
    return sum(len(s.split()) for s, says in zip(sents, chairing.says_something(sents)) if says)


def analysis_idf_max(n_docs: int) -> float:
    from knowledge.index import lucene_idf
    return lucene_idf(n_docs, 0)


def _acronyms(question: str) -> dict[str, set[str]]:
    """Folded words written with two capitals or more ("DNS", "IPv6", "ICANN67"), each with its
    forms: a plural's singular too ("ALSes": als)."""
    out: dict[str, set[str]] = {}
    for w in re.findall(r"[^\W_][\w-]*", question):
        folded = analysis.words(w)
        if sum(c.isupper() for c in w) >= 2 and folded:
            single = re.sub(r"(?<=[A-Z0-9])e?s$", "", w)
            out[folded[0]] = {folded[0]} | set(analysis.words(single))
    return out


def _names(hit: Hit, word: str, forms: analysis.Forms) -> bool:
    """Does the passage name what the question's capitalised ``word`` does (``analysis.names_in``)?"""
    return any(phrase <= hit.terms for phrase in forms.translations) or analysis.names_in(hit.passage, hit.language, word, forms)
