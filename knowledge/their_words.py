"""What named people said: their longest turns (a question naming them and no topic), their
replies to questions put to them ("O João respondeu?"), their turns on a topic each ("what did Humberto and Aida say about…"), and whom a name asked for
refers to. Mixed into ``Answerer``."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from knowledge import chairing, intents, lexicon_questions, naming, which_meetings
from knowledge.following import CLEARLY_MORE
from knowledge.models import Answer, MeetingSummary
from knowledge.quoting import MIN_QUOTE_WORDS
from knowledge.search import Hit
from knowledge.text import fold, sentences

ABOUT_ASKING = re.compile(lexicon_questions.ABOUT_ASKING)      # "Who asked about…?"
# The turns of a person read for the questions they asked.
MAX_TURNS = 200
# The share of a question their closest turn holds to be quoted as that, not "nothing from them".
CLOSEST_SHARE = 0.25


class TheirWords:
    """Needs: self.store, self.searcher, self.nothing, self._structured, self.answers_it, self.gist."""

    def _their_turns(self, question: str, lang: str, meetings: list[MeetingSummary], persons: list[str],
                     k: int, meeting, since, why: bool = True) -> Answer | None:
        """The longest turns of these people, each call once (in the member's language when it
        has a version in it); the one that says most is quoted (``gist``) and cited first.
        ``why=False``: None of someone who never spoke (the caller asks "did they speak?" itself)."""
        hits = self.their_turns(persons, lang, meetings, k, meeting=meeting, since=since)
        named = tuple(meeting) if isinstance(meeting, list) else ()     # (the meetings the question names)
        if not hits and not since and meetings and (named or not meeting):
            if not why and not named:
                return None
            # "What did Linda say?" of someone who never spoke, "que dijo José en el webinar" of someone
            # who was not there: why ("sent apologies", "was there but silent")
            reason = self._structured(intents.Intent("did_speak", named, speakers=tuple(persons)), question, lang, meetings, None)
            return dataclasses.replace(reason, flags=reason.flags | {"said"})
        if not hits:
            return dataclasses.replace(self.nothing(question, lang, meetings), names={"not_by": persons})
        if ABOUT_ASKING.search(fold(question)):
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

    def _said_in(self, question: str, lang: str, meetings: list[MeetingSummary], people: dict[int, str],
                 today, k: int, since) -> Answer | None:
        """ "¿Qué dijo Raitme en la llamada de 2016?", "What did Priya say in the NARALO call?": people
        and meetings named, and no topic: their longest turns in those meetings (which the
        conversation is then on). None when the question names no one, no meeting, or a topic."""
        persons = naming.speakers_asked(question, people)
        named = which_meetings.meetings_named(question, meetings, lang, today) if persons else None
        if not named:
            return None
        rest = naming.without_words(question, naming.name_words(question, persons))
        rest = " ".join(w for w in re.findall(r"\w+", fold(rest)) if not which_meetings.frame_word(w, meetings))
        if self.searcher.terms(naming.without_words(rest, lexicon_questions.ANYTHING)):
            return None
        if namesakes := naming.namesakes_written(question, persons):
            # "¿Qué dijo Michael en la llamada de NARALO?": which Michael (not both in one list)
            return Answer("which_person", lang, question, names={"persons": namesakes})
        return self._their_turns(question, lang, meetings, persons, k, [i for m in named for i in m.ids], since)

    def _their_replies(self, question: str, lang: str, meetings: list[MeetingSummary], persons: list[str],
                       k: int, meeting, since) -> Answer:
        """The turns of these people that follow a question someone else put ("O João respondeu?":
        his answers to Paulo Menezes and Paulo Mendes), the first quoted; nothing from them when
        they answered none."""
        replies = []
        for h in self.their_turns(persons, lang, meetings, MAX_TURNS, meeting=meeting, since=since):
            before = self.store.turn_window(h.meeting_id, h.turn_index, 1, 0)[:1]
            if before and before[0].speaker != h.speaker and any(
                    chairing.puts_question(s, MIN_QUOTE_WORDS) for s in sentences(before[0].text)[-2:]):
                replies.append(h)
        if not replies:
            return dataclasses.replace(self.nothing(question, lang, meetings), names={"not_by": persons})
        replies.sort(key=lambda h: (h.date, h.turn_index))
        return Answer("passage", lang, question, quote=tuple(self.gist(replies[0])), sources=tuple(replies[:k]),
                      names={"by": list(dict.fromkeys(h.speaker for h in replies))})

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

    def _closest(self, question: str, topic: str, persons: list[str], theirs: set[str], others: list[Hit],
                 meeting, since) -> Hit | None:
        """Their turn the search ranks first for a topic none of their turns answers, when it holds a
        fair share of the question and others' answer no clearly larger one: a word the glossary lacks
        («écritures» for "scripts") must not become "nothing from them". None: nothing from them."""
        ranked = self.searcher.search(topic, k=1, meeting=meeting, speaker=persons, since=since)
        if not ranked:
            return None
        held = self.coverage(question, ranked[0], theirs)
        best = max((self.coverage(question, h, theirs) for h in others[:1]), default=0.0)
        return ranked[0] if held >= CLOSEST_SHARE and best < held + CLEARLY_MORE else None


def _substance(text: str) -> int:
    """The words of a turn's sentences that say something: not the chair's moves, greetings or thanks."""
    sents = sentences(text)
    return sum(len(s.split()) for s, says in zip(sents, chairing.says_something(sents)) if says)
