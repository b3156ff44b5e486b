"""Answers within the meetings of the groups a question names ("Combien de places financées à
AFRALO ?"): found there, searched without the groups' names; each group's when it joins two ("el
webinar de ipv6 de lacralo y el de naralo"); none there said so only when the groups' meetings hold
nothing on it. A part of ``knowledge.answers.Answerer`` (which gives it ``store``, ``searcher``,
``_search_answer``, ``coverage``, ``best_sentences`` and ``nothing``)."""
from __future__ import annotations

import dataclasses
import re

from knowledge import announced, naming, which_meetings
from knowledge.models import Answer, MeetingSummary
from knowledge.text import fold

# Within the meetings of a group the question names, an answer must hold this share of the rest of it.
GROUP_COVERAGE = 0.6
CLEARLY_MORE = 0.2      # more of the question than another passage holds: clearly more


class GroupAnswers:
    """Answers within the groups a question names (a part of ``Answerer``)."""

    def _in_group(self, question: str, lang: str, meetings: list[MeetingSummary], k: int, speaker,
                  found: Answer) -> tuple[Answer, list[str]] | None:
        """A group the question names ("Combien de places financées à AFRALO ?"): the answer
        within its meetings, searched without its name (the turns that answer seldom say it),
        when it holds most of the rest of the question, and clearly more than ``found`` (which
        may have been found by the name alone: «Le rôle d'AFRALO…»), or some of it and as much
        as ``found`` holds when that is another group's ("cuando sale el boletin de naralo?").
        Named as where it was said ("who thanked the interpreters in the AFRALO call?"), the group's
        answer wins over another group's, whatever each holds; two groups named side by side ("el
        de lacralo y el de naralo"): each one's. None: keep ``found``."""
        placed = joined_groups(question, meetings, which_meetings.groups_placed(question, meetings))
        of_group, ungrouped = which_meetings.grouped(question, meetings, only=placed)
        if not of_group or not self.searcher.terms(ungrouped):
            return None
        # The place whose time is asked is where it is wanted, not what the turn that answers says
        # ("when is the naralo ipv6 webinar in buenos aires time": Ethan's webinar, at 16:00 UTC)
        city = announced.time_place(ungrouped, meetings, naming.people_words(self.store.people().values()))
        if city and self.searcher.terms(rest := naming.without_words(ungrouped, set(fold(city).split()))):
            ungrouped = rest
        if len(placed) > 1:
            return self._in_each_group(question, ungrouped, placed, lang, meetings, k, speaker)
        within = [m.id for m in of_group]
        answer = self._search_answer(ungrouped, lang, meetings, k, within, speaker, None)
        held = self.coverage(ungrouped, answer.sources[0]) if answer.kind == "passage" else 0.0
        before = self.coverage(ungrouped, found.sources[0]) if found.kind == "passage" and found.sources else 0.0
        # (found in another group's meetings, holding no more of it: the group asked about wins,
        # "Quand a lieu le premier webinaire d'AFRALO ?" is not LACRALO's first webinar)
        every = {i for m in of_group for i in m.ids}       # (each language version's id: the Spanish one's too)
        outside = found.kind == "passage" and bool(found.sources) and found.sources[0].meeting_id not in every
        # (or held as much as what another group's meetings hold: "cuando sale el boletin de naralo?"
        # is Tamara's newsletter, not LACRALO's "bulletin", neither says "sale")
        if held >= GROUP_COVERAGE and held >= before + CLEARLY_MORE or outside and held and (held >= before or placed):
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
        if found.sources[0].meeting_id in every:     # (not "Nothing in LACRALO's meetings; elsewhere:" and a LACRALO call)
            return None
        # Not when the group's turns hold as much of it as the passage found elsewhere, though none
        # answers it: that is no "nothing" ("how many people were on the english channel at afralo":
        # «Nous avons une question sur le canal anglais» holds as much as another call's English channel)
        theirs = self.searcher.search(ungrouped, k=k, meeting=within)
        if any(self.coverage(ungrouped, h) + CLEARLY_MORE > self.coverage(ungrouped, found.sources[0]) for h in theirs):
            return None
        groups = sorted({m.group for m in of_group})
        return dataclasses.replace(found, meetings=tuple(of_group), flags=found.flags | {"elsewhere"},
                                   names={**found.names, "group": groups}, searched=ungrouped), []

    def _in_each_group(self, question: str, ungrouped: str, groups: list[str], lang: str, meetings: list[MeetingSummary],
                       k: int, speaker) -> tuple[Answer, list[str]] | None:
        """Two groups or more named side by side ("¿el webinar de lacralo y el de naralo son a la misma
        hora?"): each group's answer quoted, in the order named (a group with none left out); None
        when none has one."""
        answers = []
        for group in groups:
            within = [m.id for m in meetings if m.group == group]
            answer = self._search_answer(ungrouped, lang, meetings, k, within, speaker, None)
            if answer.kind == "passage":
                answers.append(answer)
        if not answers:
            return None
        first, *others = answers
        best = [a.sources[0] for a in others]
        rest = [h for a in answers for h in a.sources[1:]]
        return dataclasses.replace(first, also=tuple(a.quote for a in others),
                                   sources=(first.sources[0], *best, *rest)[:max(k, len(answers))],
                                   searched=ungrouped), \
            [m.id for m in meetings if m.group in groups]


def joined_groups(question: str, meetings: list[MeetingSummary], placed: list[str]) -> list[str]:
    """The groups named as where something was said (``placed``), with the groups joined to one of
    them by "and", "y", "et", "ou"… ("el de lacralo y el de naralo", "afralo or naralo", "las de
    afralo e naralo"), in the order the question names them; ``placed`` itself when none is."""
    if not placed:
        return placed
    folded = fold(question)
    spots = sorted((found.start(), group) for group in {m.group for m in meetings if m.group}
                   if (found := re.search(r"\b%s\b" % re.escape(group.lower()), folded)))
    joined = set(placed)
    for (at, a), (_, b) in zip(spots, spots[1:]):
        if (a in joined or b in joined) and re.compile(_JOIN % (re.escape(a.lower()), re.escape(b.lower()))).match(folded, at):
            joined |= {a, b}
    return [g for _, g in spots if g in joined] if len(joined) > len(placed) else placed


# Between two groups joined: a conjunction, and articles, "de", a meeting word ("lacralo y el de naralo",
# "afralo and the naralo call", "afralo ou celui de naralo")
_FILLER = r"(?:the|el|la|los|las|le|les|o|a|os|as|de|del|da|do|du|d|of|one|ones|celui|celle|ceux|call|calls|" \
          r"llamada|llamadas|chamada|chamadas|appel|appels|reunion|reuniones|reunioes|webinar|webinars|meeting|meetings)"
_JOIN = r"%s(?: " + _FILLER + r")* (?:and|or|vs|versus|y|o|e|ou|et)(?: " + _FILLER + r")* %s\b"
