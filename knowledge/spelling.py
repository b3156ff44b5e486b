"""Typos: members type on phones. A question word that no transcript says, in any of its forms
("Montevidoe", "budjet", "mitigaton"), can be read as the archive's closest word — one or two
keystrokes away, the same first letter, the most frequent of those equally close.

Only as a second chance: a word the transcripts do not say may be right (a place no call
mentioned, "Paris"; a word of another language; a person no one is called), so ``Answerer``
asks again with the words read this way only when the question as typed found nothing, and
says how it read them. No word is read as a person's name (naming has its own fuzzy matching), nor is
a month read as anything (dates have theirs), nor a number's word ("50 por ciento" is no "cuento")."""
from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from knowledge import analysis, cognates, lexicon, lexicon_chat, lexicon_dates, lexicon_questions, naming
from knowledge.store import Store
from knowledge.text import guess_language

# Shorter words have too many neighbours one keystroke away, in one language or another, to
# guess which was meant ("price" is no typo for "prise", nor "junio" for "junto").
MIN_LENGTH = 6
# Words from this length may be two keystrokes away ("porcentage" is one, "montevidoe" one swap).
TWO_EDITS_FROM = 9
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_MONTHS = frozenset(analysis.strip_accents(m) for names in lexicon_dates.MONTHS for m in names)
_NUMBER = re.compile(lexicon_questions.NUMBER)
# A question's first word (after "and", "et", "y", "e"), and what comes before it.
_FIRST_WORD = re.compile(r"^(\W*(?:(?:and|et|y|e|but|mais|pero|mas)\s+)?)([^\W\d_]+)\b", re.IGNORECASE)
# Words of the four languages' questions, which no first word is read away from ("ou", "que", "quant"…).
_QUESTION_WORDS = frozenset(analysis.ALL_STOPWORDS | {w for words in lexicon.QUESTION_CUES.values() for w in words}
                            | set(lexicon_chat.SHORTHAND) | lexicon_questions.NOT_MISTYPED)
# The words of our questions, in the languages that use them: a typo is read as one of them too, and none of
# them is read as another word ("webinnar" is a "webinar" in a Spanish question, though only English calls say it).
_ASKED_IN: dict[str, set[str]] = defaultdict(set)
for _lang, _words in lexicon.QUESTION_CUES.items():
    for _w in _words:
        _ASKED_IN[_w].add(_lang)
for _w in lexicon_questions.FRAME_WORDS:
    _ASKED_IN[_w].update(lexicon.LANGUAGES)


@dataclass(frozen=True)
class Reading:
    """A word of the question as typed, and the archive's word it was read as."""
    typed: str
    read: str


class Speller:
    """Created once with the store; the archive's words are counted when first needed and again
    when the index changes (an ingest)."""

    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()
        self._version = -1
        self._words: dict[str, int] = {}
        self._choices: list[str] = []
        self._languages: dict[str, set[str]] = {}
        self._keyed: dict[str, str] = {}        # cognates.key -> the archive's most frequent word with it
        self._keyed_for = -1
        self._readable_from: tuple | None = None     # (the archive's words, what _readable made of them)
        self._kept: dict[str, tuple[tuple, object]] = {}     # what -> ((question, index version), its value)

    def corrected(self, question: str) -> tuple[str, tuple[Reading, ...]]:
        """The question with each word no transcript says replaced by the archive's closest
        word (keeping a capital), and what was read so; the question itself when none is."""
        readings = self.readings(question)
        if not readings:
            return question, ()
        return _replaced(question, {r.typed: r.read for r in readings})

    def asking_word(self, question: str, names: set[str] = frozenset()) -> str:
        """The question with its first word read as the question word of its language one keystroke
        away ("qien presento…": "quien", "wen is…": "when"; or its first two letters swapped, "hwo": "who"),
        when no transcript says it, it is no word of our questions in any language nor a person's name
        (``names``, folded), and only one question word of its language (of any, when its language is
        unclear) is that close."""
        m = _FIRST_WORD.match(question)
        if not m:
            return question
        token = m.group(2)
        typed = analysis.strip_accents(token.lower())
        if len(typed) < 3 or typed in _QUESTION_WORDS or typed in names or \
                not cognates.unsaid([typed], self.store.postings):
            return question
        # (or its first two letters swapped: "hwo chaired…", "ohw many…")
        near = {lang: [w for w in words if w[0] == typed[0] and DamerauLevenshtein.distance(typed, w) == 1
                       or typed[1] + typed[0] + typed[2:] == w]
                for lang, words in lexicon_questions.INTERROGATIVES.items()}
        language = guess_language(question)
        found = near[language] if language else list({w for words in near.values() for w in words})
        if len(found) != 1:
            return question
        word = found[0].capitalize() if token[:1].isupper() else found[0]
        return question[:m.start(2)] + word + question[m.end(2):]

    def as_said(self, question: str) -> str:
        """The question with each word no transcript says written as the archive spells it in
        another of our languages (``cognates.key``): "no forum de assuncao" -> "no forum de
        asuncion". The most frequent such word; the question itself when there is none."""
        unsaid = [w for w in self._unsaid(question) if w.isalpha()]
        if not unsaid:
            return question
        words, _, _ = self._vocabulary()
        with self._lock:
            if self._keyed_for != self._version:
                keyed: dict[str, str] = {}
                for w in sorted(words, key=lambda w: -words[w]):
                    keyed.setdefault(cognates.key(w), w)
                self._keyed, self._keyed_for = keyed, self._version
            keyed = self._keyed
        read = {w: keyed[cognates.key(w)] for w in unsaid if keyed.get(cognates.key(w), w) != w
                and not cognates.typo_alone(w, keyed[cognates.key(w)])}
        return _replaced(question, read)[0] if read else question

    def readings(self, question: str) -> tuple[Reading, ...]:
        """Each question word no transcript says, folded, and the archive's word it is read as."""
        return self._once("readings", question, self._readings)

    def _readings(self, question: str) -> tuple[Reading, ...]:
        unknown = [w for w in self._unsaid(question) if len(w) >= MIN_LENGTH and w not in _MONTHS
                   and not _NUMBER.fullmatch(w)]
        if not unknown:
            return ()
        forms = analysis.word_forms(question, meeting_nouns=True)
        translated = {w for w, f in forms.items() if f.translations}
        unknown = [w for w in unknown if w not in translated and w not in _ASKED_IN]
        if not unknown:
            return ()
        words, choices, languages = self._readable()
        named = self._name_words()
        asked_in = guess_language(question)
        capitalised = {w for token in _WORD.findall(question) if token[:1].isupper() for w in analysis.words(token)}
        out = []
        for w in dict.fromkeys(unknown):
            limit = 2 if len(w) >= TWO_EDITS_FROM else 1
            # A word is read as one said in the question's language ("prices" is no typo for French
            # "prises", nor Portuguese "provedores" for "procedures"), or in several ("budget"); a
            # name as any ("Montevidoe").
            near = [(c, d) for c, d, _ in process.extract(w, choices, scorer=DamerauLevenshtein.distance,
                                                          score_cutoff=limit, limit=None)
                    if c[0] == w[0] and c not in named and not _another_form(w, c, asked_in)
                    and (w in capitalised or asked_in is None or asked_in in languages[c] or len(languages[c]) > 1)]
            if not near:
                continue
            best = min(d for _, d in near)
            closest = sorted((c for c, d in near if d == best), key=lambda c: -words[c])
            if len(closest) > 1 and words[closest[0]] == words[closest[1]]:
                continue        # two words as close and as frequent: no telling which was meant
            out.append(Reading(w, closest[0]))
        return tuple(out)

    def _unsaid(self, question: str) -> list[str]:
        """The question's folded words (not numbers, nor regional groups: "APRALO" is no "AFRALO")
        that no transcript says in any form."""
        return self._once("unsaid", question, lambda q: cognates.unsaid(
            [w for w in analysis.question_words(q, meeting_nouns=True) if not w.isdigit() and w not in lexicon.REGIONAL_GROUPS],
            self.store.postings))

    def _once(self, what: str, question: str, find):
        """``find(question)``, kept for the last question (as_said and readings read the same
        words, and quoting reads the typos of each passage found for one question)."""
        key = (question, self.store.index_version())
        kept = self._kept.get(what)
        if kept is None or kept[0] != key:
            kept = self._kept[what] = (key, find(question))
        return kept[1]

    def warm(self, store: Store) -> None:
        """Count the archive's words ahead of the first question that needs them (at start-up, in a
        worker thread, which passes its own ``store``: a connection belongs to its thread)."""
        self._vocabulary(store)

    def _vocabulary(self, store: Store | None = None) -> tuple[dict[str, int], list[str], dict[str, set[str]]]:
        """The archive's words long enough to be read for a typo, with how many passages say each
        and in which languages. (Counted from the passages when first needed after a change:
        milliseconds for the years of calls a group has, seconds at 100k passages.)"""
        store = store or self.store
        version = store.index_version()
        with self._lock:
            if version != self._version:
                counts: Counter[str] = Counter()
                languages: dict[str, set[str]] = defaultdict(set)
                for text, language in store.passage_texts():
                    said = {w for w in analysis.words(text) if len(w) >= MIN_LENGTH - 1}
                    counts.update(said)
                    for w in said:
                        languages[w].add(language)
                self._words = {w: n for w, n in counts.items()
                               if w not in analysis.ALL_STOPWORDS and not w.isdigit()}
                self._choices = list(self._words)
                self._languages = dict(languages)
                self._version = version
            return self._words, self._choices, self._languages

    def _readable(self) -> tuple[dict[str, int], list[str], dict[str, set[str]]]:
        """The words a typo may be read as: the archive's (``_vocabulary``) and our questions'
        (``_ASKED_IN``, said 0 times when no transcript says them), with their languages."""
        words, choices, languages = self._vocabulary()
        kept = self._readable_from
        if kept is None or kept[0] is not words:        # (again after an ingest)
            asked = [w for w in _ASKED_IN if len(w) >= MIN_LENGTH - 1 and w not in words]
            asked_in = {w: _ASKED_IN[w] | languages.get(w, set()) for w in _ASKED_IN}
            kept = self._readable_from = (words, ({**dict.fromkeys(asked, 0), **words}, choices + asked,
                                                  {**languages, **asked_in}))
        return kept[1]

    def _name_words(self) -> set[str]:
        """The words of people's names, which no typo is read as: "Mariana" is not "Marina".
        (Theirs are said in the transcripts, if only in their labels: never read as another.)"""
        return naming.people_words(self.store.people().values())


def _replaced(question: str, read: dict[str, str]) -> tuple[str, tuple[Reading, ...]]:
    """The question with each word whose folded form ``read`` has replaced by it (keeping a
    capital), and what was read so."""
    said: dict[str, str] = {}

    def replace(m: re.Match) -> str:
        token = m.group(0)
        folded = analysis.words(token)
        if len(folded) != 1 or folded[0] not in read:
            return token
        word = read[folded[0]]
        said.setdefault(token, word := word.capitalize() if token[:1].isupper() else word)
        return word

    return _WORD.sub(replace, question), tuple(Reading(typed, word) for typed, word in said.items())


def _another_form(typed: str, word: str, language: str | None) -> bool:
    """Whether ``typed`` is more likely another form of a word than a typo of ``word``: the question's
    language inflects its ending ("estaba", stem "estab"), and ``word`` differs only there or in
    the stem's last letter ("estara", said in a call). A keystroke is not that: two letters
    swapped ("montevidoe") or one repeated ("encuestaa")."""
    if language is None:
        return False
    stem = analysis.stem(typed, language)
    if len(stem) >= len(typed) or Levenshtein.distance(typed, word) > DamerauLevenshtein.distance(typed, word):
        return False
    if len(typed) == len(word) + 1 and any(typed[i] == typed[i - 1] and typed[:i] + typed[i + 1:] == word
                                           for i in range(1, len(typed))):
        return False
    shared = next((i for i, (a, b) in enumerate(zip(typed, word)) if a != b), min(len(typed), len(word)))
    return shared >= len(stem) - 1
