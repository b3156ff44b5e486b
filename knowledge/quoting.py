"""Quoting a passage for a question: does it answer it (enough of the question's weight, the
name it asks about), which of its sentences to quote (what the question asks for: a date, a place,
a number), the gist of a turn quoted without a question, and the reply to a member's question
quoted as the answer. Mixed into ``Answerer``."""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable

from knowledge import analysis, asking, chairing, dates, naming, numbers, written_names
from knowledge.search import Hit
from knowledge.text import sentences

# A passage answers a question when it holds this share of the question's weight (idf of its
# words); below it, the best passage only shares a common word with the question.
MIN_COVERAGE = 0.34
# A question is not answered when words said in no turn hold this share of its weight or more.
UNSAID_SHARE = 0.5
# Words that join two nouns into one phrase ("contraseña del wifi", "senha do wifi"): a question of
# its words and these alone is a phrase.
_PHRASE_JOINS = frozenset("de del do da d du of".split())
# A quoted sentence shorter than this brings the next one along.
MIN_QUOTE_WORDS = 8
# A question asking when (where, how long, how many) is answered by a sentence of the turn that
# says it, if it holds this share of the best sentence's weight.
GIVES_SHARE = 0.4
# Else by one of the next sentences after the one on it (a turn going on about it), for a date, a
# place, a length of time or how often: not a number, which many sentences hold.
GIVES_AFTER = 2
# A deadline asked for: a passage whose quote says when (not that it is a deadline) counts if it
# holds this much more of the question than those whose quote says a deadline.
WHEN_HOLDS_MORE = 0.2
# In a turn quoted without a question, a word said once weighs this share of its weight (a word
# the turn repeats, its weight times how often).
ONCE = 0.5
# A member's question is answered in one of the next turns by others, found among this many of
# the meeting's passages.
REPLY_TURNS, REPLY_SEARCH = 3, 20


class Quoting:
    """Needs: self.store, self.searcher, self.speller, self.items_of (``FactAnswers``); keeps the weights and
    names of the last question weighed in self._weights_for, self._weights, and of the last
    question whose names were asked for in self._names_for, self._names; the words of people's
    names in self._people_words, for the archive's version self._people_for."""

    _people_for: int | None = None
    _people_words: set[str] = set()
    said_when: set[Hit] = set()

    def answers_it(self, question: str, hit: Hit, ignore: Iterable[str] = ()) -> bool:
        """Does the passage answer the question, rather than share a common word with it? It
        must hold enough of the question's weight, more than numbers, and the place or name
        the question asks about ("When is the Abidjan workshop?" is not answered by another
        workshop; one no transcript says, by none). ``ignore``: question words left out of both (the name
        of the person whose words are asked for, who need not name themselves)."""
        words = self._weighed(question)
        if not any(any(c.isalpha() for c in w) for w in words):
            return False
        ignore = set(ignore)
        nouns = self._names_asked(question)
        # A name standing alone that no transcript says, nor a translation of it ("l'événement à
        # Montevideo" in an archive without the 2016 call): no other event answers it.
        unsaid = analysis_idf_max(max(self.searcher.index.n_docs, 1))       # the weight of a word no turn says
        if any(not run and w in words and words[w][1] >= unsaid and w not in ignore for w, run in nouns.items()):
            return False
        # Words no turn says in any form or translation that weigh most of the question ("health
        # insurance", "contraseña del wifi"): a passage on the rest is a half match, no answer.
        if self.unsaid_share(question, ignore) >= UNSAID_SHARE:
            return False
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
        # A number alone never makes a match ("quién ganó el mundial en 2 partidos" is not answered
        # by «…dos partes…»): the rest of the question must be held as well.
        counted = [w for w in words if numbers.value(w) is None]
        return self.coverage(question, hit, ignore) >= MIN_COVERAGE and (
            len(counted) == len(words) or self.coverage(question, hit, ignore | (set(words) - set(counted))) >= MIN_COVERAGE)

    def _names_asked(self, question: str) -> dict[str, bool]:
        """The question's names (``analysis.proper_nouns``), and its words typed in lower case that
        the archive only writes as names ("le délai pour abidjan ?"), each with whether it is in a
        run of them ("buenos aires")."""
        version = self.searcher.index.version
        if self._names_for != (question, version):      # (read once per question)
            self._names, self._names_for = self._find_names(question), (question, version)
        return dict(self._names)

    def _find_names(self, question: str) -> dict[str, bool]:
        nouns = analysis.proper_nouns(question)
        said = analysis.words(question)
        titled = written_names.written_as_names(self.store, [w for w in said if w not in nouns])
        for i, w in enumerate(said):
            if w in titled and w not in nouns:
                nouns[w] = any(0 <= j < len(said) and said[j] in titled for j in (i - 1, i + 1))
        return nouns

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
            if said := numbers.stems(word):
                # "3" is said «trois» as well: a number weighs as its most said form (a common word,
                # however rare its digits are)
                forms = analysis.Forms(forms.own | said, forms.translations)
                own = min((idf for idf in map(self.searcher.idf, said) if idf), default=0.0)
                out[word] = (own, own or analysis_idf_max(n), forms)
                continue
            own = max((self.searcher.idf(v) for v in forms.own), default=0.0)
            translated = max((self.searcher.idf(v) for v in forms.stems), default=0.0)
            out[word] = (own, own or translated or analysis_idf_max(n), forms)
        return out

    def _counted(self, question: str, ignore: Iterable[str]) -> dict:
        """The question's weighed words that coverage counts (``ignore``: words left out). What the
        question calls the meetings is no topic when it has one ("In the AFRALO call, what was said
        about IPv6?"), but may be all that is left ("What did Aida say about the call?")."""
        ignore = set(ignore)
        words = {w: v for w, v in self._weighed(question).items() if w not in ignore}
        return {w: v for w, v in words.items() if w not in analysis.MEETING_NOUNS} or words

    def coverage(self, question: str, hit: Hit, ignore: Iterable[str] = ()) -> float:
        """The share of the question's weight found in the passage (``ignore``: words left out)."""
        words = self._counted(question, ignore)
        total = sum(weight for _, weight, _ in words.values())
        found = sum(weight for _, weight, forms in words.values() if forms.said_in(hit.terms))
        return found / total if total else 0.0

    def unsaid_share(self, question: str, ignore: Iterable[str] = ()) -> float:
        """The share of the question's weight (as ``coverage`` weighs it) held by words that no turn
        says in any form or translation, in a question that is a phrase alone (else 0)."""
        words = self._counted(question, ignore)
        # (only in a question that is a phrase and nothing else, "health insurance", "contraseña del
        # wifi": not "what's happening in Toronto", "quand a lieu…", whose verbs no turn need say)
        # (what it calls the meetings is part of the phrase: "drop table meetings")
        if not set(analysis.words(question)) <= set(words) | _PHRASE_JOINS | analysis.MEETING_NOUNS:
            return 0.0
        total = sum(weight for _, weight, _ in words.values())
        unsaid = analysis_idf_max(max(self.searcher.index.n_docs, 1))
        unknown = {w for w, (own, weight, _) in words.items() if not own and weight >= unsaid and w.isalpha()}
        if unknown:     # (not a typo of a word turns say: read as that word when nothing is found)
            unknown -= {w for r in self.speller.readings(question) for w in analysis.words(r.typed)}
        missing = sum(words[w][1] for w in unknown)
        return missing / total if total else 0.0

    def quote_coverage(self, question: str, hit: Hit, ignore: Iterable[str] = ()) -> float:
        """The share of the question's weight found in the sentences quoted from the passage."""
        said = " ".join(self.best_sentences(question, hit))
        return self.coverage(question, dataclasses.replace(hit, terms=frozenset(analysis.analyze(said, hit.language))), ignore)

    def best_sentences(self, question: str, hit: Hit) -> list[str]:
        """The sentence of the passage that holds most of the question's weight (and the next
        one when it is very short). A question asking when (where, how long, how many) is
        answered by a sentence of the turn that says it, if it holds ``GIVES_SHARE`` of the best
        sentence's weight ("When does the IDN working group meet?": "we meet every other Thursday
        at 17:00 UTC", not "The IDN working group met twice")."""
        terms = set(self.searcher.terms(question))
        sents = sentences(hit.passage)
        if not sents:
            return [hit.passage]
        wanted = asking.asked_for(question)
        # (a deadline asked for: else the sentence that says when)
        for kind in (wanted, "when") if wanted == "deadline" else (wanted,) if wanted else ():
            turn = sentences(hit.text)
            weight = self._sentence_weights(turn, terms, hit.language)
            giving = [i for i, w in enumerate(weight) if w and self.gives(kind, turn[i])]
            # (how many: first a sentence whose number counts what is asked about, "5 milliards
            # d'objets connectés", among those that hold enough of it)
            counting = {i for i in giving if kind == "how_many" and weight[i] >= GIVES_SHARE * max(weight)
                        and asking.counts(turn[i], terms, hit.language)}
            best = max(giving, key=lambda i: (i in counting, weight[i], -i), default=None)
            if best is not None and weight[best] >= GIVES_SHARE * max(weight):
                # What time, of a sentence that says the day alone ("Donc demain, il y aura une
                # réunion…"): with the one the turn then says the time in ("…aura lieu à 17:00 UTC").
                timed = next((i for i in range(best, len(turn)) if dates.says_time(turn[i])), best) \
                    if kind == "when" and asking.asks_hour(question) else best
                return [turn[best], turn[timed]] if timed != best else self._quoted(turn, best)
            # Else it may be said right after the sentence on it, which the long turn goes on
            # with ("… un contrat … avec ce médiateur pour lancer le processus." "La semaine
            # prochaine… il pourrait durer entre quatre et six mois."): quoted with it.
            on = max(range(len(turn)), key=lambda i: (weight[i], -i))
            after = next((i for i in range(on + 1, min(on + 1 + GIVES_AFTER, len(turn)))
                          if self.gives(kind, turn[i])), None)
            if weight[on] and after is not None and kind != "how_many":       # (numbers are everywhere)
                return turn[on:after + 1] if after == on + 1 else [turn[after]]
        weight = self._sentence_weights(sents, terms, hit.language)
        return self._quoted(sents, max(range(len(sents)), key=lambda i: (weight[i], -i)))

    def gives(self, kind: str | None, sentence: str) -> bool:
        """Does the sentence say what a question of this kind asks for (``asking.gives``)? No one
        named in the archive is a place ("Comme je disais à Humberto" says where nothing is)."""
        version = self.searcher.index.version
        if self._people_for != version:
            self._people_words, self._people_for = naming.people_words(self.store.people().values()), version
        return asking.gives(kind, sentence, self._people_words)

    def _giving(self, wanted: str, question: str, hits: list[Hit], ignore: Iterable[str]) -> list[Hit]:
        """The passages whose quote says what is asked (all of them when none does). A deadline
        asked for: those whose quote says one, and those whose quote says when and holds clearly
        more of the question ("by when do they want results from ten ALSes": «…results from at
        least ten ALSes by the end of November», not «…the consolidated results before the end of
        the year»), kept in ``self.said_when``: they answer as they are, not by a deadline said next."""
        quotes, self.said_when = {h: " ".join(self.best_sentences(question, h)) for h in hits}, set()
        giving = [h for h in hits if self.gives(wanted, quotes[h])]
        if wanted == "deadline" and giving:
            held = max(self.quote_coverage(question, h, ignore) for h in giving)
            self.said_when = {h for h in hits if h not in giving and self.gives("when", quotes[h])
                              and self.quote_coverage(question, h, ignore) >= held + WHEN_HOLDS_MORE}
            giving = [h for h in hits if h in giving or h in self.said_when]
        return giving or hits

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
        about (its rare words, those it repeats most: term frequency in the turn times idf), among those
        that say something (not the chair's moves, greetings or thanks)."""
        sents = sentences(hit.text)
        terms = [set(analysis.analyze(s, hit.language)) for s in sents]
        tf = Counter(t for found in terms for t in found)
        # (a word said once counts for less: a short turn repeats little, and its sentence that
        # says most is Rubén's "I wanted to announce that tomorrow at 17:00 UTC…", not "It is in
        # Spanish and open to everyone.")
        weight = {t: (n if n > 1 else ONCE) * self.searcher.idf(t) for t, n in tf.items()}
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

    def _replied(self, question: str, hit: Hit, first: bool = False) -> Hit | None:
        """The reply to a member's question quoted as the answer: of the next turns by others, one
        that answers the question and says what it asks for ("Diego, quantas vagas…?": Diego's
        "dez vagas"), else one that answers it, else the first that says something of it ("José,
        do you have data on…?": "I don't have that data at hand"); ``first``: else the next turn by
        another that says something (the member asks whether it was answered)."""
        if not self._asks(question, hit):
            return None
        after = self.store.turn_window(hit.meeting_id, hit.turn_index, 0, REPLY_TURNS)[1:]
        replies = {t.index for t in after if t.speaker != hit.speaker}
        near = [h for h in self.searcher.search(question, k=REPLY_SEARCH, meeting=hit.meeting_id)
                if h.turn_index in replies and not self.chairs(question, h) and not self._asks(question, h)]
        answering = [h for h in near if self.answers_it(question, h)]
        wanted = asking.asked_for(question)
        giving = [h for h in answering if wanted and self.gives(wanted, self.best_sentences(question, h)[0])]
        if not giving and wanted:
            # One that says it in the words of the question put, not the member's ("¿cuántas becas
            # de viaje…?" of "Diego, quantas vagas de apoio de viagem…?": "Vão ser dez vagas…").
            put = self.best_sentences(question, hit)[0]
            meeting = self.store.meeting_summary(hit.meeting_id)
            for turn in after:
                reply = Hit.of_turn(meeting, turn)
                reply = dataclasses.replace(reply, terms=frozenset(analysis.analyze(turn.text, reply.language)))
                if turn.index not in replies or self.chairs(put, reply) or self._asks(put, reply):
                    continue
                said = self.best_sentences(put, reply)
                if self.gives(wanted, said[0]):
                    return dataclasses.replace(reply, passage=" ".join(said))
        found = next(iter(giving or answering or sorted(near, key=lambda h: h.turn_index)), None)
        if found is None and first:
            # (asked whether it was answered: the next turn by another that says something, in
            # whatever words: "Obrigada, Shanice. Não tenho esses dados agora…")
            turn = next((t for t in after if t.speaker != hit.speaker and any(chairing.says_something(sentences(t.text)))), None)
            if turn is not None:
                found = Hit.of_turn(self.store.meeting_summary(hit.meeting_id), turn)
                found = dataclasses.replace(found, terms=frozenset(analysis.analyze(turn.text, found.language)))
        return found

    def deadline_after(self, question: str, hit: Hit) -> Hit | None:
        """A question asking for a deadline, answered by a passage that names the thing but not
        its deadline ("le délai pour Abidjan ?": «…un atelier régional… les 19 et 20 novembre à
        Abidjan»): of the next turns of its agenda item, the first that says one (Yasmina's
        «…doivent être envoyées avant le vendredi 16 octobre»); None when the passage says it,
        or none of them does."""
        if asking.asked_for(question) != "deadline" or hit in self.said_when or any(
                asking.gives("deadline", s) for s in self.best_sentences(question, hit)):
            return None
        item = next((i for i in self.items_of(hit.meeting_id) if i.start_turn is not None and i.end_turn is not None
                     and i.start_turn <= hit.turn_index < i.end_turn), None)
        after = [t for t in self.store.turn_window(hit.meeting_id, hit.turn_index, 0, REPLY_TURNS)[1:]
                 if item is None or t.index < item.end_turn]
        for turn in after:
            said = next((s for s in sentences(turn.text) if asking.gives("deadline", s)), None)
            if said:        # (the passage cited is the sentence that says it)
                return dataclasses.replace(Hit.of_turn(self.store.meeting_summary(hit.meeting_id), turn), passage=said)
        return None

    def introduces(self, question: str, hit: Hit) -> bool:
        """Does the passage's best quotation name someone the question does not?"""
        people = self.store.people()
        asked = set(naming.people_named(question, people))
        return bool(set(naming.people_named(self.best_sentences(question, hit)[0], people)) - asked)

    def chairs(self, question: str, hit: Hit) -> bool:
        """Is the passage's best quotation the chair moving the call along rather than saying something?"""
        sents = sentences(hit.passage)
        runs_call = dict(zip(sents, chairing.chairing(sents)))
        return runs_call.get(self.best_sentences(question, hit)[0], False)


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
