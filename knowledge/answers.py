"""Answering a member's question: from the data when the question is about data (attendance,
apologies, agenda, meetings, participation, speaking time), else by quoting the best passage
found by search, attributed to who said it, in which meeting, on which date.

An ``Answer`` is data; ``bot/render.py`` turns it into words in the member's language."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from knowledge import analysis, intents
from knowledge.lexicon import LANGUAGES
from knowledge.models import APOLOGY, PRESENT, STAFF_STATUS, AgendaItem, MeetingSummary
from knowledge import chairing
from knowledge.summary import summarize, survey
from knowledge.search import Hit, Searcher
from knowledge.store import Store
from knowledge.text import guess_language, sentences

# A passage answers a question when it holds this share of the question's weight (idf of its
# words); below it, the best passage only shares a common word with the question.
MIN_COVERAGE = 0.34
# A quoted sentence shorter than this brings the next one along.
MIN_QUOTE_WORDS = 8
PARTICIPATION_TARGET = 0.5
# "Who presented X?" is answered from the agenda when an item's title holds more than this share
# of X's weight; else search finds who spoke of X.
MIN_TITLE_SHARE = 0.5
MAX_PARTS = 5          # meetings answered for at once ("apologies in October")


@dataclass(frozen=True)
class Participation:
    name: str
    attended: int
    apologies: int
    meetings: int       # meetings of the groups this person takes part in

    @property
    def rate(self) -> float:
        return self.attended / self.meetings if self.meetings else 0.0


@dataclass(frozen=True)
class Answer:
    """What Acta answers. ``kind`` says which of the fields carry it."""
    kind: str                                   # passage, nothing, attendance, apologies, agenda, presenter,
    language: str                               # meetings, participation, speakers
    question: str = ""
    quote: tuple[str, ...] = ()                 # passage: the best sentence(s) of the best turn
    # passage, several people asked about: the quotes of sources[1], sources[2]… (each other person's best)
    also: tuple[tuple[str, ...], ...] = ()
    searched: str = ""                          # passage: what further pages search, when not the question
    within: tuple[str, ...] = ()                # passage: where further pages search, when the question chose it
    sources: tuple[Hit, ...] = ()               # passage: best first
    meeting: MeetingSummary | None = None       # the meeting a structured answer is about
    names: dict[str, list] = field(default_factory=dict)   # attendance/apologies/agenda payloads
    meetings: tuple[MeetingSummary, ...] = ()   # meetings: the list; nothing: what Acta knows
    participation: tuple[Participation, ...] = ()
    speaking: tuple[tuple[str, int, int], ...] = ()         # (speaker, turns, words)
    target: float = PARTICIPATION_TARGET
    topics: tuple[str, ...] = ()                # nothing: agenda items Acta knows about
    known: int = 0                              # nothing, no_meeting: how many meetings Acta knows
    parts: tuple["Answer", ...] = ()            # several: one answer per meeting named
    occurrence: object = None                   # next: the next scheduled call (jobs.calendar.Occurrence)
    timezones: tuple[str, ...] = ("UTC",)
    summary: object = None                      # summary: the meeting's (knowledge.summary.Summary)


def reply_language(question: str, preferred: str | None = None, default: str = "en") -> str:
    """The member's language: their client's, else the question's (when it is clear), else the group's."""
    if preferred and preferred[:2].lower() in LANGUAGES:
        return preferred[:2].lower()
    return guess_language(question) or default


class Answerer:
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
        self._weights: dict = {}
        self.timezones = tuple(timezones)

    def ask(self, question: str, *, k: int = 5, meeting: str | None = None,
            speaker: str | Sequence[str] | None = None, since: dt.date | str | None = None,
            language: str | None = None) -> Answer:
        question = question.strip()[:2000]
        lang = reply_language(question, language, self.default_language)
        meetings = self.store.meetings()
        today = self.today()
        intent = intents.detect(question, meetings, self.store.people(), lang, today) if question else None
        within: list[str] = []      # "Who presented X?", X on agendas naming no presenter: those meetings
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
        # Others' words are searched without the names of those who said nothing or are unknown.
        unnamed = {w for name in answer.names.get("unknown", ()) for w in analysis.words(name)}
        if answer.names.get("not_by") and not answer.names.get("by"):
            unnamed |= _name_words(question, answer.names["not_by"])
        searched = _without_words(question, unnamed) if unnamed else ""
        # Further pages search where this one did (the meetings holding the item asked about).
        return dataclasses.replace(answer, question=question, searched=searched,
                                   within=tuple(within) if answer.kind == "passage" else ())

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
        persons = [] if chosen else intents.speakers_asked(question, people)
        # Other names in the place of who spoke: a misspelt one names someone ("What did Umberto
        # say…"); one no one has ("What did Batman say…") is noted, and what others said is given.
        unknown: list[str] = []
        for written in [] if chosen else intents.speakers_written(question):
            spelled = intents.people_called(written, people)
            if spelled:
                persons += [p for p in spelled if p not in persons]
            elif not any(self.searcher.idf(t) for t in self.searcher.terms(written)):
                unknown.append(written)     # (words the calls use, "What did the Board say…", are no name)
        # Their names say nothing of the topic (and would find every turn naming one of them).
        theirs = _name_words(question, persons) | {w for name in unknown for w in analysis.words(name)}
        topic = _without_words(question, theirs)
        names: dict[str, list] = {}
        leaders: list[Hit] = []
        if persons:
            hits, answering, names, leaders = self._said_by(question, topic, persons, theirs, k, meeting, since)
        else:
            hits = self.searcher.search(topic, k=k, meeting=meeting, speaker=chosen or None, since=since)
            answering = [h for h in hits if self.answers_it(question, h, ignore=theirs)]
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
        best = next((h for h in answering if not self.chairs(question, h)), answering[0])
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
        return Answer("passage", lang, question, quote=tuple(self.best_sentences(question, best)),
                      also=tuple(tuple(self.best_sentences(question, h)) for h in seconds),
                      sources=tuple(hits), names=names)

    def people_called(self, name: str, people: dict[int, str]) -> list[str]:
        """Whom a speaker asked for by name refers to: the person with that name or spelling of it,
        else whoever the name means in a question (namesakes, typos: ``intents.people_called``)."""
        person = self.store.person_id(name)
        return [people[person]] if person is not None else intents.people_called(name, people)

    def _said_by(self, question: str, topic: str, persons: list[str], theirs: set[str], k: int, meeting, since):
        """The turns of each person asked for, best first, each one's best answering turn ahead
        of the rest (so that "what did Humberto and Aida say" quotes both when both spoke of it);
        who said something on it ("by") and who did not ("not_by"); and each one's best turn.
        A first name several people share ("Carlos") is whichever of them spoke of it best."""
        hits: list[Hit] = []
        leaders: list[Hit] = []
        by, not_by = [], []
        searched = topic if self.searcher.terms(topic) else question
        for written, names in intents.by_name_written(question, persons):
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
        nouns = _proper_nouns(question)
        names = [w for w in nouns if w in words and words[w][0] > 0 and w not in ignore]
        if names:
            name = max(names, key=lambda w: words[w][0])
            # A run of capitals is a title ("Universal Acceptance"), matched like any words;
            # a capital standing alone is a name ("France"), which the passage must name.
            if not (words[name][2] & hit.terms if nouns[name] else _names(hit, name, words[name][2])):
                return False
        return self.coverage(question, hit, ignore) >= MIN_COVERAGE

    def _weighed(self, question: str) -> dict[str, tuple[float, float, set[str]]]:
        """Each question word: the idf of its own stems, its weight (falling back on its
        translations, then on the rarest possible), and every term that counts as it.
        Kept for the last question: every hit of one question is weighed against the same words."""
        version = self.searcher.index.version
        if self._weights_for == (question, version):
            return self._weights
        self._weights = self._weigh(question)
        self._weights_for = (question, version)
        return self._weights

    def _weigh(self, question: str) -> dict[str, tuple[float, float, set[str]]]:
        n = max(self.searcher.index.n_docs, 1)
        out = {}
        words = _question_words(question)
        by_word = {word: set(analysis.query_terms(word)) for word in words}
        # A phrase's translations ("working group" -> "groupe de travail") belong to its words.
        phrases = set(analysis.query_terms(question)) - set().union(*by_word.values())
        for word in words:
            terms = by_word[word]                         # its stems in four languages, and translations
            own = max((self.searcher.idf(v) for v in analysis.variants(word)), default=0.0)
            if not own and phrases:
                terms = terms | phrases
            translated = max((self.searcher.idf(v) for v in terms), default=0.0)
            out[word] = (own, own or translated or analysis_idf_max(n), terms)
        return out

    def coverage(self, question: str, hit: Hit, ignore: Iterable[str] = ()) -> float:
        """The share of the question's weight found in the passage (``ignore``: words left out)."""
        ignore = set(ignore)
        words = {w: v for w, v in self._weighed(question).items() if w not in ignore}
        total = sum(weight for _, weight, _ in words.values())
        found = sum(weight for _, weight, terms in words.values() if terms & hit.terms)
        return found / total if total else 0.0

    def best_sentences(self, question: str, hit: Hit) -> list[str]:
        """The sentence of the passage that holds most of the question's weight (and the next
        one when it is very short)."""
        terms = set(self.searcher.terms(question))
        sents = sentences(hit.passage)
        if not sents:
            return [hit.passage]
        weight = [sum(self.searcher.idf(t) for t in set(analysis.analyze(s, hit.language)) & terms) for s in sents]
        runs_call = chairing.chairing(sents)
        if any(w and not c for w, c in zip(weight, runs_call)):
            weight = [0 if c else w for w, c in zip(weight, runs_call)]
        best = max(range(len(sents)), key=lambda i: (weight[i], -i))
        quote = [sents[best]]
        if len(sents[best].split()) < MIN_QUOTE_WORDS and best + 1 < len(sents):
            quote.append(sents[best + 1])
        return quote

    def chairs(self, question: str, hit: Hit) -> bool:
        """Is the passage's best quotation the chair moving the call along rather than saying something?"""
        sents = sentences(hit.passage)
        runs_call = dict(zip(sents, chairing.chairing(sents)))
        return runs_call.get(self.best_sentences(question, hit)[0], False)

    # --- answers from the data ----------------------------------------------------------------

    def _structured(self, intent: intents.Intent, question: str, lang: str,
                    meetings: list[MeetingSummary], meeting: str | None) -> Answer | list[str] | None:
        """The answer from the data, or None to search (a list: search within those meetings)."""
        named = [m for m in meetings if m.id in intent.meetings] or (
            [m for m in meetings if meeting in m.ids] if meeting else [])
        if intent.kind == "next":
            # "Le prochain webinaire", "the next NARALO call": that kind's or group's events only;
            # when none is scheduled, say so and give the next event of any kind.
            titled = intents.event_named(question, meetings)
            found = self.next_event(titled)
            other = self.next_event() if titled and found is None else None
            return Answer("next", lang, question, occurrence=found, timezones=self.timezones,
                          parts=(Answer("next", lang, question, occurrence=other, timezones=self.timezones),) if other else ())
        if intent.named_but_missing and not named:
            return Answer("no_meeting", lang, question, meetings=tuple(meetings[-5:]), known=len(meetings))
        if intent.kind == "meetings":
            return Answer("meetings", lang, question, meetings=tuple(named or meetings))
        if intent.kind == "survey":
            found = self._survey(question, lang, named or meetings)
            if found is None and named:         # "the survey questions of the NARALO call": it had none
                return Answer("no_survey", lang, question, meeting=named[-1])
            return found
        if intent.kind == "participation":
            return Answer("participation", lang, question, target=self.target,
                          participation=tuple(self.participation(intent.person)))
        if intent.kind == "speakers":
            scope = named or meetings
            return Answer("speakers", lang, question, meeting=scope[0] if len(scope) == 1 else None,
                          meetings=tuple(scope), speaking=tuple(self.store.speaking([m.id for m in scope])[:10]))
        if intent.kind == "presenter":
            return self._presenter(question, lang, named or meetings)
        if not meetings:
            return None
        targets = named or meetings[-1:]                      # the last meeting when none is named
        if len(targets) > 1 and intent.kind in ("agenda", "apologies", "attendance"):
            parts = tuple(self.about(intent.kind, lang, m, question=question) for m in targets[-MAX_PARTS:])
            return Answer("several", lang, question, parts=parts)
        return self.about(intent.kind, lang, targets[-1], question=question)

    def about(self, kind: str, lang: str, target: MeetingSummary, *, version: str | None = None,
              question: str = "") -> Answer:
        """Agenda, apologies or attendance of one meeting: read from ``version`` (one of its ids)
        when given, else from its version in the member's language."""
        intent_kind = kind
        detail = self.store.meeting(version or target.version(lang) or target.id)
        if intent_kind == "summary":
            return Answer("summary", lang, question, meeting=target, summary=summarize(detail),
                          timezones=self.timezones)
        if intent_kind == "agenda":
            return Answer("agenda", lang, question, meeting=target,
                          names={"agenda": [(i.title, i.presenter) for i in detail.agenda]})
        present = [(a.name, a.channel) for a in detail.attendance if a.status == PRESENT]
        # Sent apologies, then joined and spoke after all (Humberto Carrasco, 17 February 2020).
        apologised = detail.names(APOLOGY)
        joined = [name for name in apologised if name in {n for n, _ in present}]
        if intent_kind == "apologies":
            return Answer("apologies", lang, question, meeting=target, names={"apologies": apologised, "joined": joined})
        return Answer("attendance", lang, question, meeting=target, names={
            "present": present, "apologies": [n for n in apologised if n not in joined],
            "staff": detail.names(STAFF_STATUS), "joined": joined})

    def _presenter(self, question: str, lang: str, candidates: list[MeetingSummary]) -> Answer | list[str]:
        """Who presented the agenda item the question names, from the agenda. Every language
        version's titles are matched; the answer shows the member's language's. Items that match
        equally well are all given, the latest first. When the items that match best name no
        presenter, the meetings holding them, for search to find who spoke of it; when no
        item's title holds most of the question's topic, no meetings: search everything."""
        topic = self._topic(question, candidates)
        total = sum(weight for weight, _ in topic.values())
        if not total:
            return []
        found: dict[tuple[str, int], tuple[float, MeetingSummary, AgendaItem]] = {}
        versions = [(m, language, mid) for m in reversed(candidates) for language, mid in m.editions]
        agendas = self.store.agendas([mid for _, _, mid in versions])
        for m, language, mid in versions:
            for position, item in enumerate(agendas[mid]):
                stems = set(analysis.analyze(item.title, language))
                share = sum(weight for weight, terms in topic.values() if terms & stems) / total
                if share > found.get((m.id, position), (0.0,))[0]:
                    found[(m.id, position)] = (share, m, item)
        best = max((share for share, _, _ in found.values()), default=0.0)
        if best <= MIN_TITLE_SHARE:
            return []
        # The items that match best: when none names its presenter, search finds who spoke of it
        # (a lesser match that names one is another item, and its presenter the wrong answer).
        # A presenter who never spoke in the call was down to present it, but did not.
        absent = {mid: self.store.absent_presenters(mid) for _, _, mid in versions}
        parts = []
        for (_, position), (share, m, item) in found.items():      # the latest meeting first
            if share < best - 1e-9 or not item.presenter or len(parts) == MAX_PARTS:
                continue
            away = [item.presenter] if item.presenter in absent[m.id] else []
            own = agendas.get(m.version(lang) or m.id, [])
            if position < len(own) and own[position].presenter == item.presenter:
                item = own[position]
            # Their turn on it as the source (for --json and "show context"), when they spoke.
            said = [] if away else self.searcher.search(item.title, k=1, meeting=m.id, speaker=item.presenter,
                                                          language=lang)
            parts.append(Answer("presenter", lang, question, meeting=m, sources=tuple(said),
                                names={"presenter": [(item.title, item.presenter)], "absent": away}))
        if not parts:
            return list(dict.fromkeys(mid for share, m, _ in found.values() if share >= best - 1e-9
                                      for _, mid in m.editions))
        return parts[0] if len(parts) == 1 else Answer("several", lang, question, parts=tuple(parts))

    def _topic(self, question: str, meetings: list[MeetingSummary]) -> dict[str, tuple[float, set[str]]]:
        """The question's topic words (not those naming the meeting), weighed, each with the
        terms that count as it and not as another of its words (the glossary gives "mitigation"
        the "plan" of "mitigation plan")."""
        words = {w: v for w, v in self._weighed(question).items()
                 if w not in _PRESENTER_WORDS and not intents.frame_word(w, meetings)}
        out = {}
        for w, (_, weight, terms) in words.items():
            others = set().union(*(analysis.variants(v) for v in words if v != w))
            out[w] = (weight, terms - others)
        return out

    def _survey(self, question: str, lang: str, candidates: list[MeetingSummary]) -> Answer | None:
        """The questions of the latest survey read out in these meetings."""
        for m in reversed(candidates):
            questions = survey(list(self.store.meeting(m.version(lang) or m.id).turns))
            if questions:
                return Answer("survey", lang, question, meeting=m, names={"survey": questions})
        return None

    def participation(self, person: str | None = None) -> list[Participation]:
        """How many meetings of their groups each person attended (present or staff), and apologies.
        The whole list leaves out staff (only ever listed as staff): the target is the members'."""
        attended: dict[str, set[str]] = defaultdict(set)
        apologised: dict[str, set[str]] = defaultdict(set)
        groups_of: dict[str, set] = defaultdict(set)
        meetings_by_group: dict = defaultdict(set)
        member: set[str] = set()
        for mid, group, _pid, name, status in self.store.attendance_rows():
            meetings_by_group[group].add(mid)
            groups_of[name].add(group)
            if status in (PRESENT, STAFF_STATUS):
                attended[name].add(mid)
            elif status == APOLOGY:
                apologised[name].add(mid)
            if status != STAFF_STATUS:
                member.add(name)
        for m in self.store.meetings():
            meetings_by_group[m.group].add(m.id)
        names = [person] if person else sorted(member)
        out = []
        for name in names:
            total = set().union(*(meetings_by_group[g] for g in groups_of.get(name, ())))
            out.append(Participation(name, len(attended[name]), len(apologised[name] - attended[name]), len(total)))
        return sorted(out, key=lambda p: (-p.rate, -p.attended, p.name))

    def nothing(self, question: str, lang: str, meetings: list[MeetingSummary]) -> Answer:
        """No passage answers: say so, and what Acta does know about."""
        topics = []
        for m in reversed(meetings[-3:]):
            topics += [item.title for item in self.store.meeting(m.id).agenda][:3]
        return Answer("nothing", lang, question, meetings=tuple(meetings[-5:]), topics=tuple(topics[:6]),
                      known=len(meetings))


def _name_words(question: str, persons: list[str]) -> set[str]:
    """The words of these people's names, and the question's words that name them (misspelt)."""
    return {v for w in intents.naming_words(question, persons) for v in analysis.words(w)}


def _without_words(question: str, words: set[str]) -> str:
    """The question without its words whose folded forms are among ``words``."""
    return " ".join(w for w in question.split() if not set(analysis.words(w)) & words)


# The question's frame, not its topic.
_PRESENTER_WORDS = frozenset("""presented presentation presentations talk gave present presente presentee
    fait presento presentaron hizo presentacion apresentou fez apresentacao who qui quien quienes quem
    sobre sur about on""".split())


def analysis_idf_max(n_docs: int) -> float:
    from knowledge.index import lucene_idf
    return lucene_idf(n_docs, 0)


def _question_words(question: str) -> list[str]:
    return list(dict.fromkeys(analysis.question_words(question)))


def _proper_nouns(question: str) -> dict[str, bool]:
    """Folded capitalised words past the first, each with whether it is in a run of capitalised
    words ("When is the Abidjan workshop?" -> {"abidjan": False})."""
    words = re.findall(r"[^\W\d_][\w'’-]*", question)
    capital = [w[:1].isupper() for w in words]
    out: dict[str, bool] = {}
    for i, w in enumerate(words):
        folded = analysis.words(w)
        if i and capital[i] and folded and folded[0] not in analysis.ALL_STOPWORDS:
            out[folded[0]] = capital[i - 1] and i > 1 or (i + 1 < len(words) and capital[i + 1])
    return out


def _names(hit: Hit, word: str, terms: set[str]) -> bool:
    """Does the passage name what the question's capitalised ``word`` does: the word itself (in
    any case), a glossary translation, or a capitalised word with its stem? A lower-case word
    that only shares the stem does not count ("France" is not "français", though Snowball stems
    both "franc")."""
    if word in analysis.words(hit.passage):
        return True
    own = set(analysis.variants(word))
    if (terms - own) & hit.terms:
        return True
    capitalised = " ".join(w for w in re.findall(r"[^\W\d_][\w'’-]*", hit.passage) if w[:1].isupper())
    return bool(own & set(analysis.analyze(capitalised, hit.language)))
