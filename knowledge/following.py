"""Searches that follow up on the conversation: within the meeting it is on ("And what did they
say about the budget?"), about what the last answer quoted ("Who is organizing it?"), and within
the meetings of a group the question names ("Combien de places financées à AFRALO ?"). A part of
``knowledge.answers.Answerer`` (which gives it ``store``, ``searcher``, ``_search_answer``,
``coverage``, ``quote_coverage``, ``best_sentences`` and ``nothing``)."""
from __future__ import annotations

import dataclasses

from knowledge import analysis, asking, naming, which_meetings
from knowledge.models import Answer, MeetingSummary

IT_WORDS = 4            # the rarest words of a quoted turn that stand for "it"
# Within the meetings of a group the question names, an answer must hold this share of the rest of it.
GROUP_COVERAGE = 0.6
CLEARLY_MORE = 0.2      # more of the question than another passage holds: clearly more


class FollowUps:
    """Follow-up searches (a part of ``Answerer``)."""

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

    def _about_it(self, question: str, lang: str, meetings: list[MeetingSummary], k: int, turn: tuple[str, int],
                  quoted: str, speaker) -> Answer | None:
        """A question about the thing the last answer quoted ("Who is organizing it?"): searched
        with the rarest words of the quote, within its meeting; None when that finds nothing."""
        mid, _ = turn
        ids = [i for m in meetings if mid in m.ids for i in m.ids]
        if not ids:             # (deleted since)
            return None
        # (not people's names: "Patricio nous fera un webinaire…" would find every turn naming him)
        named = {w for name in self.store.people().values() for w in analysis.words(name)}
        rare = sorted({w for w in analysis.question_words(quoted) if w not in named},
                      key=lambda w: (-max((self.searcher.idf(t) for t in self.searcher.terms(w)), default=0.0), w))
        searched = f"{question} {' '.join(rare[:IT_WORDS])}"
        answer = self._search_answer(searched, lang, meetings, k, ids, speaker, None)
        if answer.kind != "passage":
            return None
        # Quoted for what is asked of it ("volunteer"), from the whole turn, when the turn says it
        # (else its quote for the words searched, not a sentence that says neither).
        whole = dataclasses.replace(answer.sources[0], passage=answer.sources[0].text)
        if analysis.question_words(question) and self.quote_coverage(question, whole):
            answer = dataclasses.replace(answer, quote=tuple(self.best_sentences(question, whole)))
        return dataclasses.replace(answer, question=question, searched=searched, within=tuple(ids))

    def _in_quoted(self, question: str, lang: str, meetings: list[MeetingSummary], k: int,
                   on: list[MeetingSummary], speaker, found: Answer) -> tuple[Answer, list[str]] | None:
        """A new question right after a quotation, naming no meeting ("Combien de places financées ?"
        after the Abidjan workshop): the meeting quoted wins ties. Its answer, when the sentence it
        quotes holds most of the question (``GROUP_COVERAGE``) and as much of it as ``found``'s
        (searched in every meeting) does; None: keep ``found``."""
        ids = [mid for m in on for mid in m.ids]
        if found.kind == "passage" and found.sources and found.sources[0].meeting_id in ids:
            return None
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

    def _in_group(self, question: str, lang: str, meetings: list[MeetingSummary], k: int, speaker,
                  found: Answer) -> tuple[Answer, list[str]] | None:
        """A group the question names ("Combien de places financées à AFRALO ?"): the answer
        within its meetings, searched without its name (the turns that answer seldom say it),
        when it holds most of the rest of the question, and clearly more than ``found`` (which
        may have been found by the name alone: «Le rôle d'AFRALO…»), or some of it and as much
        as ``found`` holds when that is another group's ("cuando sale el boletin de naralo?").
        None: keep ``found``."""
        of_group, ungrouped = which_meetings.grouped(question, meetings)
        if not of_group or not self.searcher.terms(ungrouped):
            return None
        within = [m.id for m in of_group]
        answer = self._search_answer(ungrouped, lang, meetings, k, within, speaker, None)
        held = self.coverage(ungrouped, answer.sources[0]) if answer.kind == "passage" else 0.0
        before = self.coverage(ungrouped, found.sources[0]) if found.kind == "passage" and found.sources else 0.0
        # (found in another group's meetings, holding no more of it: the group asked about wins,
        # "Quand a lieu le premier webinaire d'AFRALO ?" is not LACRALO's first webinar)
        outside = found.kind == "passage" and bool(found.sources) and found.sources[0].meeting_id not in within
        # (or held as much as what another group's meetings hold: "cuando sale el boletin de naralo?"
        # is Tamara's newsletter, not LACRALO's "bulletin", neither says "sale")
        if held >= GROUP_COVERAGE and held >= before + CLEARLY_MORE or outside and held and held >= before:
            return answer, within
        if held or found.kind != "passage" or found.names:
            return None
        # The group's meetings hold nothing on the rest: said so, with what other meetings hold.
        # (What was found may have been found by the group's name alone: "xylophones in the
        # NARALO call" finds «So what can NARALO do?».)
        if not before:
            found = self._search_answer(ungrouped, lang, meetings, k, None, speaker, None)
            if found.kind != "passage":
                return dataclasses.replace(self.nothing(question, lang, meetings), names=found.names), []
        if found.sources[0].meeting_id in within:
            return None
        groups = sorted({m.group for m in of_group})
        return dataclasses.replace(found, meetings=tuple(of_group), flags=found.flags | {"elsewhere"},
                                   names={**found.names, "group": groups}, searched=ungrouped), []
