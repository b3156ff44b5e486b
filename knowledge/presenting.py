"""Who presented an agenda item ("Who presented the mitigation plan?", "Quem fez o relatório…",
"Who presented the first item?"), from the agenda in every language version, else from who
said most of it in the call. A part of ``knowledge.answers.Answerer`` (which gives it ``store``,
``searcher``, ``_weighed``, ``items_of``, ``about``)."""
from __future__ import annotations

import dataclasses
import re

from knowledge import agenda_places, analysis, lexicon, which_meetings
from knowledge.agenda import other_business
from knowledge.facts import MAX_PARTS
from knowledge.models import AgendaItem, Answer, MeetingSummary
from knowledge.search import Hit

# "Who presented X?" is answered from the agenda when an item's title holds more than this share
# of X's weight; else search finds who spoke of X.
MIN_TITLE_SHARE = 0.5

# The question's frame, not its topic ("Who presented the agenda item on the outreach plan?"; "Who
# gave the capacity building report?" is answered by an update from the capacity building group too).
_PRESENTER_WORDS = frozenset("""presented presentation presentations talk gave present presente presentee
    fait presento presentaron hizo presentacion apresentou fez apresentacao who qui quien quienes quem
    sobre sur about on agenda item items point points ordre jour punto puntos tema orden dia ponto pauta
    report reports rapport rapports informe informes relatorio relatorios update updates actualizacion
    atualizacao one ones""".split())      # ("the second one": its place, no topic)


class PresenterAnswers:
    """Answers about who presented (a part of ``Answerer``)."""

    def names_an_item(self, question: str, meetings: list[MeetingSummary]) -> bool:
        """Does "who presented…" name an agenda item by its title ("the mitigation plan"), not
        only by its place ("the second item") or not at all ("Who presented?")?"""
        return any(w not in lexicon.ORDINALS and not re.fullmatch(r"\d+\w{0,3}", w) for w in self._topic(question, meetings))

    def _presenter(self, question: str, lang: str, candidates: list[MeetingSummary]) -> Answer | list[str] | None:
        """Who presented the agenda item the question names, from the agenda. Every language
        version's titles are matched; the answer shows the member's language's. Items that match
        equally well are all given, the latest first. An item the agenda names no one for was
        presented by whoever said most of it in the call (``summary.presenters``); when no one
        did, the meetings holding it, for search to find who spoke of it; when no item's title
        holds most of the question's topic, no meetings: search everything. None: the question
        names no item ("Quem apresentou no webinário?"), the agenda answers it."""
        topic = self._topic(question, candidates)
        place = agenda_places.ordinal_item(question)
        # "Who presented the first item?": of the latest meeting ("the first item on DNS abuse" names its topic).
        if place is not None and candidates and not [w for w in topic if w not in lexicon.ORDINALS
                                                     and not re.fullmatch(r"\d+\w{0,3}", w)]:
            return self._nth_presenter(question, lang, candidates[-1], place)
        if not topic:
            return None
        total = sum(weight for weight, _ in topic.values())
        if not total:
            return []
        found: dict[tuple[str, int], tuple[float, MeetingSummary, str, AgendaItem]] = {}
        versions = [(m, language, mid) for m in reversed(candidates) for language, mid in m.editions]
        agendas = self.store.agendas([mid for _, _, mid in versions])
        for m, language, mid in versions:
            for position, item in enumerate(agendas[mid]):
                stems = set(analysis.analyze(item.title, language))
                share = sum(weight for weight, forms in topic.values() if forms.said_in(stems)) / total
                if share > found.get((m.id, position), (0.0,))[0]:
                    found[(m.id, position)] = (share, m, mid, item)
        best = max((share for share, _, _, _ in found.values()), default=0.0)
        if best <= MIN_TITLE_SHARE:
            return []
        # The items that match best (a lesser match is another item, and its presenter the wrong
        # answer). A presenter who never spoke in the call was down to present it, but did not.
        absent = {mid: self.store.absent_presenters(mid) for _, _, mid in versions}
        parts = []
        for (_, position), (share, m, mid, item) in found.items():      # the latest meeting first
            if share < best - 1e-9 or len(parts) == MAX_PARTS:
                continue
            part = self._item_presenter(question, lang, m, mid, position, item,
                                        agendas.get(m.version(lang) or m.id, []), absent[mid])
            if part is not None:
                parts.append(part)
        if not parts:
            return list(dict.fromkeys(mid for share, m, _, _ in found.values() if share >= best - 1e-9
                                      for _, mid in m.editions))
        return parts[0] if len(parts) == 1 else Answer("several", lang, question, parts=tuple(parts))

    def _item_presenter(self, question: str, lang: str, m: MeetingSummary, mid: str, position: int,
                        item: AgendaItem, own: list[AgendaItem], absent: dict[str, bool]) -> Answer | None:
        """Who presented the item at ``position`` of version ``mid`` (the agenda's presenter, else
        who said most of it); its title as the member's language version ``own`` gives it. None
        when no one did."""
        items = self.items_of(mid)
        held = items[position] if position < len(items) else None
        presenter = item.presenter or (held.presenter if held and held.led else None)
        if not presenter:
            return None
        away = [presenter] if presenter in absent else []
        title = own[position].title if position < len(own) and own[position].presenter == item.presenter else item.title
        said = () if away else self._presented(title, m.id, presenter, position, lang)
        return Answer("presenter", lang, question, meeting=m, sources=said,
                      names={"presenter": [(title, presenter)], "absent": away, "place": [position + 1],
                             "apologised": [p for p in away if absent[p]],
                             "led": [] if item.presenter else [presenter]})

    def _nth_presenter(self, question: str, lang: str, m: MeetingSummary, place: int) -> Answer:
        """Who presented the meeting's item named by its place (1: the first, -1: the last, "any
        other business" not counted as last); its agenda when the item is not there or no one
        presented it (``names["item"]``: the place asked for and the item's title, None when
        the agenda has no such item)."""
        mid = m.version(lang) or m.id
        agenda = self.store.agendas([mid])[mid]
        if place > 0:
            position = place - 1 if place <= len(agenda) else None
        else:
            counted = [n for n, item in enumerate(agenda) if not other_business(item.title)]
            position = counted[-1] if counted else None
        found = None if position is None else self._item_presenter(
            question, lang, m, mid, position, agenda[position], agenda, self.store.absent_presenters(mid))
        if found:
            return found
        # The agenda, said first what it names there: no presenter, or no such item.
        agenda_answer = self.about("agenda", lang, m, question=question)
        title = agenda[position].title if position is not None else None
        return dataclasses.replace(agenda_answer, names={**agenda_answer.names, "item": [place, title]})

    def _presented_by(self, persons: list[str], question: str, lang: str, candidates: list[MeetingSummary]) -> Answer | None:
        """What someone presented ("What did Koffi present?", "¿Qué presentó Beatriz?"; "What did
        Carlos present?": each Carlos): each agenda item they were down for or said most of, the
        latest first, as "who presented" answers it. None when they presented none (search finds
        what they said)."""
        parts = []
        for m in reversed(candidates):
            mid = m.version(lang) or m.id
            agenda, items = self.store.agendas([mid])[mid], self.items_of(mid)
            for position, item in enumerate(agenda):
                held = items[position] if position < len(items) else None
                if (item.presenter or (held.presenter if held and held.led else None)) in persons and len(parts) < MAX_PARTS:
                    part = self._item_presenter(question, lang, m, mid, position, item, agenda, self.store.absent_presenters(mid))
                    parts += [part] if part else []
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Answer("several", lang, question, parts=tuple(parts))

    def _presented(self, title: str, mid: str, presenter: str, position: int, lang: str) -> tuple[Hit, ...]:
        """The presenter's turn on an item (for --json and "show context"): within the item's
        turns when they are known (the presenter may also have read the agenda out)."""
        said = self.searcher.search(title, k=20, meeting=mid, speaker=presenter, language=lang)
        for hit in said:
            items = self.items_of(hit.meeting_id)
            held = items[position] if position < len(items) else None
            if held is None or held.start_turn is None or held.start_turn <= hit.turn_index < held.end_turn:
                return (hit,)
        return tuple(said[:1])

    def _topic(self, question: str, meetings: list[MeetingSummary]) -> dict[str, tuple[float, analysis.Forms]]:
        """The question's topic words (not those naming the meeting), weighed, each with the
        terms that count as it and not as another of its words (the glossary gives "mitigation"
        the "plan" of "mitigation plan")."""
        words = {w: v for w, v in self._weighed(question).items()
                 if w not in _PRESENTER_WORDS and not which_meetings.frame_word(w, meetings)}
        out = {}
        for w, (_, weight, forms) in words.items():
            others = set().union(*(analysis.variants(v) for v in words if v != w))
            out[w] = (weight, forms.without(others))
        return out
