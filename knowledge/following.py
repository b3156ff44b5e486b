"""Questions that follow up on the conversation: how they read in its light ("¿Y el segundo?",
"And Priya?", "And in that call?": ``_following``), and the searches that follow up: within the
meeting it is on ("And what did they say about the budget?"), about what the last answer quoted
("Who is organizing it?"); within the meetings of a group the question names ("Combien de
places financées à AFRALO ?") is ``knowledge.group_answers``. A part of ``knowledge.answers.Answerer`` (which gives it ``store``,
``searcher``, ``_search_answer``, ``names_an_item``, ``coverage``, ``quote_coverage``,
``best_sentences`` and ``nothing``)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from knowledge import (analysis, announced, asking, bare, follow_up_words, intents, lexicon, lexicon_chat, lexicon_questions,
                       naming, which_meetings)
from knowledge.following_quoted import WHO_ELSE_HITS, QuotedFollowUps
from knowledge.group_answers import CLEARLY_MORE, GROUP_COVERAGE, GroupAnswers  # noqa: F401 (CLEARLY_MORE: read from here too)
from knowledge.models import Answer, Conversation, MeetingSummary
from knowledge.text import fold



@dataclasses.dataclass
class Followed:
    """A question as the conversation reads it (``Answerer._following``), or its answer."""
    question: str
    intent: intents.Intent | None
    start: str | None = None        # how it follows up: "And…"
    that: str | None = None         # …"in that call"
    turned: bool = False            # asked again after "Was Priya absent?": the verdict is of absence
    elsewhere: list[MeetingSummary] = dataclasses.field(default_factory=list)
    answer: Answer | None = None
    beyond: int = 0                 # "and the next one?" after the latest meeting held (1), before the earliest (-1)


class FollowUps(QuotedFollowUps, GroupAnswers):
    """Follow-up searches and readings (a part of ``Answerer``)."""

    def _following(self, question: str, intent: intents.Intent | None, context: Conversation,
                   on: list[MeetingSummary], meetings: list[MeetingSummary], people: dict, lang: str,
                   today: dt.date, k: int, speaker, pointed: bool) -> Followed:
        """A question read in the light of the conversation, which is on the meetings ``on``:
        "¿Y el segundo?" after an agenda item's presenter, "And Priya?" after who attended, "And
        in that call?"; the answer itself when following up finds it ("Who is organizing it?")."""
        elsewhere: list[MeetingSummary] = []
        turned = False      # asked again after "Was Priya absent?": the verdict is of absence
        start, that = follow_up_words.follows_up(question)
        asked_then = "present" if context.kind == "absent" else context.kind
        if intent and context.turn and _asker_asked(question, intent):
            intent = None       # "quem perguntou?" after a quote: who asked what it answers (``_bare``)
        if context.topic and (alone := without_else(question)) != question and \
                (about := follow_up_words.about_the_topic(alone, topic := self._topic_of(context)) or _who_alone(alone, topic)):
            # "What did Priya say about DNS abuse?", then "Who else talked about it?", "¿quién más?":
            # the others who did (not anyone given in this thread), not the meeting's speaking time
            given = tuple(dict.fromkeys(context.given + context.persons))
            return Followed(question, intent, answer=self._who_else(question, about, topic, given, lang, meetings, k, speaker))
        if context.kind in follow_up_words.LISTED and (kind := _else_asked(question, asked_then, meetings, people, lang, today)):
            # "Who sent apologies to the webinar?", then "And who else?", "who else joined late?": the
            # others of those meetings (``besides``; none: said so), not a search for "else"
            intent = intents.Intent("spoke" if kind == "speakers" else kind, tuple(m.id for m in on))
        if intent and intent.kind in ("speakers", "spoke") and context.topic and \
                (about := follow_up_words.about_the_topic(question, context.topic)):
            # "When is the Toronto event?", then "Who talked about it?": of the Toronto event, not
            # the meeting's speaking time
            question = about
            intent = intents.detect(question, meetings, people, lang, today)
        if not intent and context.kind == "meetings" and context.persons and \
                (again := _their_meetings_asked(question, context.persons[0], people)):
            # "Which meetings did Priya attend?", then "And which did she miss?", "¿Y en cuáles
            # habló?": her meetings again, of another kind (of every meeting, not those listed)
            found = intents.detect(again, meetings, people, lang, today)
            if found and found.kind == "meetings" and (found.person or found.speakers):
                return Followed(again, found, *follow_up_words.follows_up(question))
        place = follow_up_words.item_place(question, context.item) if context.kind in ("presenter", "agenda") else None
        if place and not intent:
            # "Who presented the first item?", then "¿Y el segundo?", "and item 3?", "and the
            # next one?": that item of the same meeting
            question = f"who presented item {place}" if place > 0 else "who presented the last item"
            intent = intents.Intent("presenter", tuple(m.id for m in on))
        elif not intent and context.kind == "started" and (city := announced.time_place(question, meetings, naming.people_words(
                people.values()))) and follow_up_words.only_frame(naming.without_words(question, set(fold(city).split())),
                                                                  meetings, also=lexicon_chat.WHEN_ALONE | {"time"}):
            # "What time did the NARALO call start?", then "and in toronto time?", "¿y en hora de Bogotá?": the
            # same, with that city's time too
            found = self._structured(intents.Intent("started", tuple(m.id for m in on)), question, lang, meetings, None)
            if isinstance(found, Answer) and (zone := announced.zone_of(city)):
                return Followed(question, intent, start, that, answer=dataclasses.replace(
                    found, timezones=tuple(dict.fromkeys((*found.timezones, zone)))))
        elif not intent and context.kind in ("mentions", "meetings") and len(on) > 1 and \
                (picked := follow_up_words.meeting_placed(question, on)) is not None:
            # "Which meetings talked about universal acceptance?", then "¿Y cuál fue la primera?", "and
            # the last one?": that one of them, by date (what it said on it; of a list, the meeting)
            if context.kind == "mentions" and context.topic:
                return Followed(question, intent, start, that, answer=self._topic_in(
                    context.topic, question, lang, meetings, k, [picked], speaker))
            intent = intents.Intent("meetings", (picked.id,))
        elif not intent and context.kind in follow_up_words.REPEATABLE | {"meetings"} and (step := follow_up_words.meeting_step(question)):
            # "Summary of the 2020 call", then "¿Y la anterior?": the same of the meeting before
            # ("Quand a eu lieu la dernière réunion NARALO ?", then "Et la suivante ?": the one after it)
            beside = which_meetings.beside(on, meetings, step)
            if beside is None:      # (past the latest meeting held, or before the earliest: said so)
                return Followed(question, intent, start, that, beyond=step)
            intent = intents.Intent(asked_then, (beside.id,))
            groups = {m.group for m in on if m.group}
            if len(groups) == 1 and beside.group not in groups and \
                    isinstance(found := self._structured(intent, question, lang, meetings, None), Answer):
                # (none of its group: another group's, said so: "No later AFRALO meeting; the next meeting:")
                return Followed(question, intent, start, that, answer=dataclasses.replace(
                    found, names={**found.names, "crossed": [groups.pop(), step]}))
        elif context.kind == "survey" and (not intent or intent.kind == "questions") and \
                follow_up_words.asks_the_questions(question, meetings):
            # A survey's questions, then "Quelles étaient les questions ?": that survey's again
            named = which_meetings.meetings_named(question, meetings, lang, today)
            intent = intents.Intent("survey", tuple(m.id for m in (on if named is None else named)),
                                    named_but_missing=named == [])
        if intent and not intent.meetings and not intent.named_but_missing:
            # "Who sent apologies?" after "Who attended the NARALO call?": that call's; "And
            # who spoke most in that call?" too, but not "Who spoke most?" (in every meeting),
            # nor "Who presented the budget?" (on any agenda), nor "What did Keisha ask?".
            if (that or intent.kind in intents.ONE_MEETING and not (intent.kind == "commitments" and (intent.person or intent.speakers))
                    # (but "What did José commit to?": in any meeting)
                    # "Who chaired the 2016 call?", then "How many times did he speak?": in it
                    # "Who chaired the 2016 call?", then "¿le hicieron preguntas?": in it
                    or intent.kind in ("speakers", "questions") and intent.person and pointed
                    # "Who spoke most?" (not "…overall?"): in the meeting talked about
                    or intent.kind == "speakers" and not intent.person and not intents.overall(question)
                    or intent.kind == "presenter" and not self.names_an_item(question, on)
                    or intent.kind == "questions" and not intent.person
                    and not set(intent.topic) - lexicon_questions.UNANSWERED_WORDS):
                intent = dataclasses.replace(intent, meetings=tuple(m.id for m in on))
        elif not intent and start and context.kind in follow_up_words.ABOUT_PRESENCE and \
                (persons := follow_up_words.only_people(question, people, meetings)):
            # "Who attended the NARALO call?", then "And Priya?": was she there? (of the
            # meetings named, else of the one talked about)
            named = which_meetings.meetings_named(question, meetings, lang, today)
            # (after apologies, whether they sent any: "Who sent apologies?", then "And Linda?")
            asked = asked_then if asked_then in follow_up_words.ABOUT_SOMEONE | {"apologies"} else "present"
            intent = intents.Intent(asked, tuple(m.id for m in (named or on)), named_but_missing=named == [],
                                    speakers=tuple(persons))
            turned = context.kind == "absent"
        elif not intent and start and context.kind in ("commitments", "questions") and \
                (persons := follow_up_words.only_people(question, people, meetings)) and \
                (len(persons) == 1 or context.kind == "commitments"):
            # "¿A qué se comprometió José?", then "¿Y Patricia?": hers (in the meetings named, else any);
            # "¿Y Carlos?": each Carlos's
            named = which_meetings.meetings_named(question, meetings, lang, today)
            intent = intents.Intent(context.kind, tuple(m.id for m in named or ()), person=persons[0],
                                    named_but_missing=named == [], speakers=tuple(persons) if len(persons) > 1 else ())
        elif not intent and start and context.kind == "speakers" and \
                len(persons := follow_up_words.only_people(question, people, meetings)) == 1:
            # "Combien de fois Humberto a-t-il parlé en 2016 ?", then "Et Aïcha ?": her line of it
            named = which_meetings.meetings_named(question, meetings, lang, today)
            intent = intents.Intent("speakers", tuple(m.id for m in (named or on)), person=persons[0],
                                    named_but_missing=named == [])
        elif not intent and context.topic and follow_up_words.same_topic(question, meetings) and \
                (named := which_meetings.meetings_named(question, meetings, lang, today)):
            # "What was said about DNS abuse in September?", then "Did they talk about that in NARALO
            # too?": that there
            return Followed(question, intent, start, that, answer=self._topic_in(
                context.topic, question, lang, meetings, k, named, speaker))
        elif not intent and not context.turn and context.meetings and bare.asks(question) in ("meeting", "when") and \
                not bare.asks_hour(question):
            # "dans quelle réunion ?" after who presented on IPv6 (no turn quoted), "¿cuándo fue eso?" after the
            # meetings that talked about IDN: the meetings it was about, with their dates
            intent = intents.Intent("meetings", tuple(context.meetings))
        elif not intent and context.turn and (asked := bare.asks(question)) and \
                (followed := self._bare(question, asked, lang, meetings, k, context, speaker)) is not None:
            # "¿Cuándo es el webinar de IPv6?", then "¿Y a qué hora?", "y que dijo?", "quien?": of
            # what the last answer quoted, not of those words anywhere
            return Followed(question, intent, start, that, answer=followed)
        elif not intent and context.turn and (follow_up_words.refers_to_it(question) or start and _who_does(question, people)) and not (
                which_meetings.meetings_named(question, meetings, lang, today)):
            # "When is the Toronto outreach event?", then "Who is organizing it?": what the
            # quoted turn was about, in its meeting.
            followed = self._about_it(question, lang, meetings, k, context.turn, context.quoted, speaker)
            if followed is not None:
                return Followed(question, intent, start, that, answer=followed)
        elif not intent and (start or that):
            named = which_meetings.meetings_named(question, meetings, lang, today)
            again = context.kind in follow_up_words.REPEATABLE and follow_up_words.only_frame(question, meetings) and \
                (asked_then not in follow_up_words.ABOUT_SOMEONE or context.persons)
            whom = context.persons if asked_then in follow_up_words.ABOUT_SOMEONE else ()
            turned = again and context.kind == "absent"
            if named is None and again and that:
                # "And in that call?": the same question of the meetings talked about.
                intent = intents.Intent(asked_then, tuple(m.id for m in on), speakers=whom)
            elif named is None:
                followed = self._follow_up(question, that, lang, meetings, k, on, speaker)
                if followed is not None:
                    return Followed(question, intent, start, that, answer=followed)
                # (said so when it asked of the meeting, not when it asks anew after a quotation:
                # "¿Y el evento de Bogotá cuándo es?" after the forum in Asunción)
                elsewhere = on if that or context.kind else []
            elif named and start and again:
                # "And in the AFRALO call?", "¿Y en 2016?": the same question of those meetings
                # (of the same people, when it asked whether someone was there); of one
                # meeting, "and lacralo?" is its latest of that kind, not each of its calls since 2016.
                if len(on) == 1 and which_meetings.one_each(question, meetings, lang, today):
                    named = which_meetings.latest_of_each_group(named, on[0].kind)
                intent = intents.Intent(asked_then, tuple(m.id for m in named), speakers=whom)
            elif named and start and context.topic and follow_up_words.only_frame(question, meetings):
                # "What was said about IPv6 in the AFRALO call?", then "¿Y en la de NARALO?": that there
                return Followed(question, intent, start, that, answer=self._topic_in(
                    context.topic, question, lang, meetings, k, named, speaker))
        return Followed(question, intent, start, that, turned, elsewhere)

    def _topic_of(self, context: Conversation) -> str:
        """What the last search was about, without the names of the people it was about ("what
        did Priya say about DNS abuse?": DNS abuse)."""
        return naming.without_words(context.topic, naming.name_words(context.topic, list(context.persons))) \
            if context.persons else context.topic

    def _who_else(self, question: str, about: str, topic: str, besides: tuple[str, ...], lang: str,
                  meetings: list[MeetingSummary], k: int, speaker) -> Answer:
        """Who talked about it besides the people given in this thread (``besides``: "Who else talked
        about it?", ``about``: "who talked about dns abuse?"): one source each, whoever said it best
        quoted (given too, for the next "who else?"); none: said so ("no_one_else")."""
        found = self._search_answer(about, lang, meetings, k * WHO_ELSE_HITS, None, speaker, None)
        if found.kind != "passage":
            return dataclasses.replace(found, question=question)
        each = {}
        for hit in found.sources:
            if hit.speaker not in besides and hit.speaker not in each:
                each[hit.speaker] = hit
        others = [h for h in each.values() if self.answers_it(about, h)] or list(each.values())
        if not others:
            return Answer("no_one_else", lang, question, names={"persons": list(besides)})
        return dataclasses.replace(found, question=question, quote=tuple(self.best_sentences(about, others[0])), also=(),
                                   sources=tuple(others[:k]), names={"given": [*besides, others[0].speaker]}, searched=about,
                                   within=(), topic=topic)

    def _follow_up(self, question: str, that: str | None, lang: str, meetings: list[MeetingSummary], k: int,
                   on: list[MeetingSummary], speaker) -> Answer | None:
        """A search that follows up on the meeting the conversation is on ("And what did they say
        about the budget?", "What about travel support in that call?"): the answer within it,
        searched without the words pointing at it; None when it holds none (then search all)."""
        searched = naming.without_words(question, set(that.split())) if that else question
        if not self.searcher.terms(searched):
            return None
        ids = [mid for m in on for mid in m.ids]
        answer = self._search_answer(searched, lang, meetings, k, ids, speaker, None)
        if answer.kind != "passage" or answer.names.get("not_by") or answer.names.get("unknown"):
            return None         # (not what the person named said of it there: search everywhere)
        return dataclasses.replace(answer, question=question, searched=searched, within=tuple(ids))

    def _topic_in(self, topic: str, question: str, lang: str, meetings: list[MeetingSummary], k: int,
                  named: list[MeetingSummary], speaker) -> Answer:
        """What the last search was about (``topic``), in the meetings a follow-up names ("¿Y en la
        de NARALO?"); found only elsewhere, said so."""
        ids = [mid for m in named for mid in m.ids]
        answer = self._search_answer(topic, lang, meetings, k, ids, speaker, None)
        if answer.kind == "passage":
            return dataclasses.replace(answer, question=question, searched=topic, within=tuple(ids), topic=topic)
        found = self._search_answer(topic, lang, meetings, k, None, speaker, None)
        if found.kind != "passage":
            return dataclasses.replace(found, question=question)
        return dataclasses.replace(found, question=question, searched=topic, topic=topic, meetings=tuple(named),
                                   flags=found.flags | {"elsewhere"})

    def _in_quoted(self, question: str, lang: str, meetings: list[MeetingSummary], k: int, on: list[MeetingSummary],
                   speaker, found: Answer, turn: tuple[str, int] | None = None) -> tuple[Answer, list[str]] | None:
        """A new question right after a quotation (of ``turn``), naming no meeting ("Combien de places financées ?"
        after the Abidjan workshop): the meeting quoted wins ties. Its answer, when the sentence it
        quotes holds most of the question (``GROUP_COVERAGE``) and as much of it as ``found``'s
        (searched in every meeting) does, or the deadline said right after the turn quoted when
        ``found`` dates another thing (``_when_in_quoted``); None: keep ``found``."""
        ids = [mid for m in on for mid in m.ids]
        if found.kind == "passage" and found.sources and found.sources[0].meeting_id in ids:
            return None
        if turn and (said := self._when_in_quoted(question, turn, found, k)) is not None:
            return said, ids
        answer = self._search_answer(question, lang, meetings, k, ids, speaker, None)
        if answer.kind != "passage" or answer.names.get("not_by") or answer.names.get("unknown"):
            return None
        before = self.quote_coverage(question, found.sources[0]) if found.kind == "passage" and found.sources else 0.0
        held = self.quote_coverage(question, answer.sources[0])
        # ("When are comments due?" after the DNS abuse statement: its deadline, not another call's
        # "if there are no comments", though the sentence holds no more of the question)
        wanted = asking.asked_for(question)
        tells = bool(wanted) and held > 0 and asking.gives(wanted, " ".join(answer.quote)) and not (
            found.kind == "passage" and asking.gives(wanted, " ".join(found.quote)))
        if held < before or held < GROUP_COVERAGE and not tells:    # ("What is the new website?": not "…new faces")
            return None
        return answer, ids


# "Which", "cuáles", "lesquelles", "quais" with no noun after them (the meetings just listed are
# meant): "And which did she miss?", "¿Y en cuáles habló?", "Et lesquelles a-t-elle manquées ?"
_WHICH_ALONE = re.compile(r"\b(?:(?P<en>which(?: ones?)?)|(?P<es>cu[aá]les)|(?P<fr>(?:aux|des)?quel(?:le)?s|lesquel(?:le)?s)|"
                          r"(?P<pt>quais))\b(?!\s+(?:meetings?|calls?|webinars?|reuniones|llamadas|r[ée]unions|appels|reuni[õo]es|chamadas)\b)",
                          re.IGNORECASE)
_MEETINGS_NOUN = {"en": "which meetings", "es": "cuáles reuniones", "fr": "quelles réunions", "pt": "quais reuniões"}
# Spanish and Portuguese say no subject: "¿Y en cuáles habló?", "E em quais faltou?" (folded)
_DROPPED_SUBJECT = re.compile(r"\b(?:hablo|asistio|falto|estuvo|participo|intervino|falou|faltou|esteve|participou|assistiu|"
                              r"compareceu)\b")


def _their_meetings_asked(question: str, person: str, people: dict) -> str | None:
    """After a list of someone's meetings, a question that asks "which" of theirs again without
    saying "meetings" ("And which did Priya Raman miss?", "¿Y en cuáles habló?"): the question as
    it would be asked alone ("And which meetings did Priya Raman miss?", "¿Y en cuáles reuniones
    habló Priya Raman?"); None for any other."""
    found = _WHICH_ALONE.search(question)
    if not found:
        return None
    # (nothing else: not "And which item did she present?", "and which was the longest?")
    said = follow_up_words.follows_up(question)[0] or ""
    names = naming.people_words([*people.values(), person])
    rest = set(re.findall(r"[a-z]+", fold(f"{question[:found.start()]} {question[found.end():]}"))) - set(said.split())
    if not rest - names - analysis.ALL_STOPWORDS <= lexicon_chat.THEIR_MEETINGS_WORDS:
        return None
    asked = f"{question[:found.start()]}{_MEETINGS_NOUN[found.lastgroup]}{question[found.end():]}"
    if naming.people_named(asked, people):
        return asked
    if _DROPPED_SUBJECT.search(fold(asked)):
        return f"{asked.rstrip(' ?¿').rstrip()} {person}?"
    return None


# "Who else talked about it?", "¿Quién más habló de eso?", "Qui d'autre a parlé de ça ?", "Quem mais falou disso?"
_ELSE = re.compile(r"\b(who|qui|qui[eé]n(?:es)?|quem)\s+(?:else|d(?:['’]\s*|\s+)autres?|m[aá]s|mais)\b", re.IGNORECASE)


# "¿Quién más habló?", "Quem mais falou?": who spoke most, or — right after a list of who spoke — who else.
_MORE_OR_ELSE = re.compile(r"^\W*(?:(?:y|e) )?(?:quien(?:es)?|quem) (?:mas|mais) (?:hablo|hablaron|intervino|intervinieron|"
                           r"falou|falaram|interveio|intervieram)\W*$")


def else_after_speakers(question: str) -> bool:
    """Does a question ask "who else spoke?" after a list of who spoke ("¿Quién más habló?", and
    nothing more: "¿Quién más habló en junio?" asks who spoke most)?"""
    return bool(_MORE_OR_ELSE.match(fold(question)))


def without_else(question: str) -> str:
    """The question without the "else" of "who else" ("who talked about it?"); itself without one."""
    return _ELSE.sub(r"\1", question)


def _who_alone(question: str, topic: str) -> str | None:
    """ "Who?" said alone (what "who else?" is without its "else"), after a search about ``topic``:
    the topic's words, searched for who talked about it; None for any other question."""
    words = set(re.findall(r"[a-z]+", fold(question)))
    if not words or not words <= _WHO_ALONE or not words & naming.WHO_WORDS:
        return None
    return " ".join(analysis.question_words(topic)) or None


_WHO_ALONE = naming.WHO_WORDS | frozenset("and et y e ok".split())


def besides(answer: Answer, question: str, context: Conversation | None) -> Answer:
    """ "Who else missed it?" after "Was Linda there?" (the conversation on her), "And who else?" after
    who sent apologies or joined late: those without the people the conversation is on (flag "else";
    of each meeting, for several); after who attended, no one (all were given); any other answer as it is."""
    if answer.kind == "several" and context and context.persons and without_else(question) != question:
        return dataclasses.replace(answer, parts=tuple(besides(part, question, context) for part in answer.parts))
    if answer.kind == "attendance" and context and context.kind == "attendance" and answer.meeting is not None and \
            answer.meeting.id in context.meetings and without_else(question) != question:
        # "Who attended the webinar?", then "and who else?": everyone there was given
        return dataclasses.replace(answer, names={**answer.names, "present": []}, flags=answer.flags | {"else"})
    listed = _LISTED_NAMES.get(answer.kind)
    if not listed or not context or not context.persons or without_else(question) == question \
            or answer.names.get("asked"):
        return answer
    others = [name for name in answer.names.get(listed, ()) if name not in context.persons]
    return dataclasses.replace(answer, names={**answer.names, listed: others}, flags=answer.flags | {"else"})


# The names a list answer gives, that "who else?" leaves out: of its kind
_LISTED_NAMES = {"apologies": "apologies", "late": "late"}


def _else_asked(question: str, asked_then: str, meetings: list[MeetingSummary], people: dict, lang: str,
                today: dt.date) -> str | None:
    """After a list of people (who sent apologies, joined late, spoke), what a question asking "who
    else" asks of the same meetings: the same ("And who else?", "¿y quién más?", "et qui d'autre ?"),
    or what it says without its "else" ("who else joined late?"), when that asks of no meeting of
    its own; None when it asks nothing of the kind ("who else talked about the budget?")."""
    alone = without_else(question)
    if alone == question:
        return None
    words = set(re.findall(r"[a-z]+", fold(alone)))
    if words and words <= _WHO_ALONE and words & naming.WHO_WORDS:
        return asked_then
    found = intents.detect(alone, meetings, people, lang, today)
    return found.kind if found and found.kind in follow_up_words.LISTED and not (
        found.meetings or found.named_but_missing or found.person or found.speakers or found.topic) else None


def _asker_asked(question: str, intent: intents.Intent) -> bool:
    """ "quem perguntou?", "¿quién preguntó eso?" after a quote: who asked what it answers, not the
    questions of the meeting (asked of no one, on nothing)."""
    return intent.kind == "questions" and not (intent.person or intent.topic or intent.meetings) and \
        bare.asks(question) == "asker"


def _who_does(question: str, people: dict) -> bool:
    """ "¿Y quién organiza?", "And who organizes?": who does something, its object left out (the
    thing just quoted), in one word besides who (not a name: "And who is Diego?", nor a topic of its
    own: "And who asked about ccTLDs?")."""
    said = analysis.question_words(question)
    return naming.asks_who(question) and len(said) == 1 and \
        said[0] not in naming.people_words(people.values()) and not re.search(lexicon.NAMES_A_TOPIC, fold(question))
