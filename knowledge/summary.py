"""Post-call summaries: the meeting, attendance, each agenda item with the sentences that carry
it, questions and who answered them (or put them off), commitments, dates mentioned (resolved
against the meeting's date), and the closing survey's questions. Extractive: every sentence is
quoted from the transcript, in its language, with its speaker.

The call is cut into agenda items at the chair's hand-overs: an item starts where its presenter
takes the floor after a hand-over ("je donne la parole à …", "passons au point suivant"); an item
read without a presenter starts at the turn that speaks most of its title."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache

from knowledge import chairing, lexicon, lexicon_speech, naming, people
from knowledge.agenda import other_business
from knowledge.analysis import analyze, question_words
from knowledge.chairing import HANDOVER, PROCEDURAL as _PROCEDURAL, says_something
from knowledge.dates import Mention, mentions
from knowledge.models import APOLOGY, NON_MEMBER_ROLES, PRESENT, STAFF, STAFF_STATUS, MeetingDetail, Turn
from knowledge.text import fold, sentences

_RELAYED = re.compile(lexicon_speech.RELAYED_QUESTION)
_DEFERRED = re.compile(lexicon_speech.DEFERRED, re.IGNORECASE)
_COMMITMENTS = [re.compile(p, re.IGNORECASE) for p in lexicon_speech.COMMITMENTS]
_CHAIR_PRESENTS = re.compile(lexicon.CHAIR_PRESENTS)
_GIVES_FLOOR = re.compile(lexicon.HANDOVER)      # folded: "la parole", "the floor"…
_SURVEY = re.compile(lexicon_speech.SURVEY_QUESTION, re.IGNORECASE)
_IMMEDIATE = re.compile(lexicon_speech.IMMEDIATE, re.IGNORECASE)
_CLOSING = re.compile(lexicon_speech.CLOSING, re.IGNORECASE)

MIN_WORDS = 6            # shorter questions are "Raitme?" or "Allez-y"
_LOST = re.compile(r"\[\s*(?:%s)\s*\]" % lexicon.LOST_MARKERS, re.IGNORECASE)
REPEATED_WITHIN = 4      # turns within which a question cut off by a transcription marker is asked again
QUESTION_MIN_STEMS = 2   # words with a topic ("Quand est-ce que vous avez changé d'avis ?": two)
SAID_MIN_WORDS = 12      # a shorter turn is a reply to the chair, not where someone's item starts
QUOTE_MIN_WORDS = 8      # shorter sentences say too little to quote
QUOTES_PER_ITEM = (2, 4)
LED_SHARE = 0.5          # an item the agenda names no one for was presented by who said this share of it
LED_MIN_WORDS = 40       # and at least this many words
MAX_LIST = 12            # questions, commitments, dates kept at most


@dataclass(frozen=True)
class Quote:
    speaker: str
    text: str
    turn: int


@dataclass(frozen=True)
class Item:
    title: str
    presenter: str | None
    start_turn: int | None
    quotes: tuple[Quote, ...] = ()
    absent: bool = False         # the presenter on the agenda sent apologies and never spoke in the call
    led: bool = False            # the agenda named no one: the presenter is who said most of the item
    end_turn: int | None = None  # the turn after the item's last


@dataclass(frozen=True)
class Question:
    asker: str
    question: str
    turn: int
    answerer: str | None = None
    deferred: bool = False


@dataclass(frozen=True)
class Summary:
    meeting_id: str
    title: str
    group: str | None
    kind: str
    date: str
    start_utc: str | None
    language: str
    present: int                 # read out in the roll call
    joined_later: tuple[str, ...]    # who spoke without being announced in the roll call
    channels: dict[str, int]
    apologies: tuple[str, ...]
    staff: tuple[str, ...]
    items: tuple[Item, ...]
    questions: tuple[Question, ...]
    commitments: tuple[Quote, ...]
    mentions: tuple[Mention, ...]
    survey: tuple[str, ...]
    missing: tuple[str, ...] = field(default=())     # agenda, roll_call, speech: what the transcript lacks

    def to_json(self) -> dict:
        return asdict(self)


def member_speech(turns: list[Turn]) -> list[Turn]:
    """What members and staff said: not interpreters, operators or empty turns."""
    return [t for t in turns if t.text.strip() and t.role not in NON_MEMBER_ROLES]


def summarize(detail: MeetingDetail) -> Summary:
    """The summary of one stored meeting."""
    m = detail.summary
    turns = [t for t in detail.turns if t.text.strip()]
    speech = member_speech(turns)
    present = [a for a in detail.attendance if a.status == PRESENT]
    channels = Counter(a.channel for a in present if a.channel)
    missing = []
    if not detail.agenda:
        missing.append("agenda")
    if not detail.has_roll_call:
        missing.append("roll_call")
    if not speech:
        missing.append("speech")
    weights = _Weights(speech, m.language)
    items = _items(detail, speech, weights) if speech else ()
    if speech and not items:
        quotes = tuple(_best(speech, weights, set(), budget=QUOTES_PER_ITEM[1] + 2))
        items = (Item("", None, speech[0].index, quotes),) if quotes else ()
    return Summary(
        meeting_id=m.id, title=m.title, group=m.group, kind=m.kind, date=m.date, start_utc=m.start_utc,
        language=m.language, present=sum(1 for a in present if a.source == "roll_call"),
        joined_later=tuple(detail.joined_late),
        channels=dict(channels),
        apologies=tuple(n for n in detail.names(APOLOGY) if n not in {a.name for a in present}), staff=tuple(detail.names(STAFF_STATUS)), items=tuple(items),
        questions=tuple(questions(speech)[:MAX_LIST]), commitments=tuple(commitments(speech)[:MAX_LIST]),
        mentions=tuple(mentions(speech, m.date, m.language)[:MAX_LIST]), survey=tuple(survey(turns)),
        missing=tuple(missing))


# --- agenda items ---------------------------------------------------------------------------

def _items(detail: MeetingDetail, speech: list[Turn], weights: "_Weights") -> list[Item]:
    language = detail.summary.language
    return [replace(item, quotes=tuple(_best(segment, weights, set(analyze(item.title, language)))))
            if segment else item for item, segment in _segments(detail, speech)]


def presenters(detail: MeetingDetail) -> list[Item]:
    """The meeting's agenda items with who presented each (without quotes): the presenter the
    agenda names, or the one who said most of an item it names no one for."""
    speech = member_speech(detail.turns)
    if not speech:
        return [Item(i.title, i.presenter, None) for i in detail.agenda]
    return [item for item, _ in _segments(detail, speech)]


def _segments(detail: MeetingDetail, speech: list[Turn]) -> list[tuple[Item, list[Turn]]]:
    """Each agenda item with its turns (none when its start cannot be told)."""
    agenda = list(detail.agenda)
    if not agenda:
        return []
    starts = _item_starts(agenda, speech, detail.summary.language)
    bounds = starts + [speech[-1].index + 1]
    # A presenter who sent apologies and never spoke (as in the answers: Store.absent_presenters).
    speakers = {people.key(t.speaker) for t in speech}
    apologised = {people.key(name) for name in detail.names(APOLOGY)}
    chair = getattr(chairing.chair(speech), "speaker", None)
    out = []
    for i, item in enumerate(agenda):
        key = people.key(item.presenter or "")
        absent = bool(item.presenter) and any(people.same_person(key, a) for a in apologised) \
            and not any(people.same_person(key, s) for s in speakers)
        if starts[i] is None:
            out.append((Item(item.title, item.presenter, None, absent=absent), []))
            continue
        end = next((b for b in bounds[i + 1:] if b is not None), speech[-1].index + 1)
        segment = [t for t in speech if starts[i] <= t.index < end]
        led = None if item.presenter or other_business(item.title) else _led_by(segment)
        if led and led == chair and not _chair_presented(led, segment):
            led = None          # the chair called on members (who may not have answered), and presented nothing
        out.append((Item(item.title, item.presenter or led, starts[i], absent=absent, led=bool(led), end_turn=end),
                    segment))
    return out


def _chair_presented(chair: str, segment: list[Turn]) -> bool:
    """Did the chair take the item themselves: they say so ("Je vais en parler moi-même", "Let me
    tell you briefly"), or give no one the floor in it ("Raul, êtes-vous là ?… je vais passer
    la parole à Harold" is calling on others)?"""
    theirs = [fold(t.text) for t in segment if t.speaker == chair]
    return any(_CHAIR_PRESENTS.search(text) for text in theirs) or not any(_GIVES_FLOOR.search(text) for text in theirs)


def _led_by(segment: list[Turn]) -> str | None:
    """Who presented an item the agenda names no one for: whoever said most of it, if they said
    most of it ("Passons au point suivant… Je vais en parler moi-même"), counting what they said,
    not the chair's hand-overs (a chair who calls on one member, then another, presented nothing).
    Any other business has no presenter: it is everyone's."""
    said: Counter = Counter()
    for t in segment:      # what they said, not the chair's hand-overs and thanks
        sents = sentences(t.text)
        said[t.speaker] += sum(len(x.split()) for x, says in zip(sents, says_something(sents)) if says)
    if not said:
        return None
    name, words = said.most_common(1)[0]
    return name if words >= LED_MIN_WORDS and words >= LED_SHARE * sum(said.values()) else None


def _item_starts(agenda, speech: list[Turn], language: str) -> list[int | None]:
    """The turn each item starts at, in agenda order (None when it cannot be told)."""
    starts: list[int | None] = [None] * len(agenda)
    after = _agenda_end(speech)
    # Items with a presenter: the presenter's first long turn after a hand-over, in order.
    for i, item in enumerate(agenda):
        if not item.presenter:
            continue
        turn = _presenter_turn(item.presenter, speech, after)
        if turn is not None:
            starts[i] = turn
            after = turn
    # Items without one: the turn that speaks most of the title, between its neighbours.
    for i, item in enumerate(agenda):
        if starts[i] is not None:
            continue
        low = max([s for s in starts[:i] if s is not None] + [_agenda_end(speech)])
        high = min([s for s in starts[i + 1:] if s is not None] + [speech[-1].index + 1])
        starts[i] = _title_turn(item.title, [t for t in speech if low < t.index < high], language)
    # Keep the order strictly increasing.
    last = -1
    for i, s in enumerate(starts):
        if s is not None and s <= last:
            starts[i] = None
        elif s is not None:
            last = s
    return starts


def _agenda_end(speech: list[Turn]) -> int:
    """The turn the agenda is read in (the first with three or more items' worth of 'ensuite')."""
    for t in speech[:12]:
        if len(re.findall(r"\b(?:ensuite|luego|después|then|next|em seguida|depois)\b", t.text, re.IGNORECASE)) >= 2:
            return t.index
    return speech[0].index


def _presenter_turn(presenter: str, speech: list[Turn], after: int) -> int | None:
    key = people.key(presenter)
    first = key.split()[0].lower() if key else ""
    candidates = [t for t in speech if t.index > after and people.same_person(people.key(t.speaker), key)]
    if not candidates:
        return None
    previous = {t.index: t for t in speech}
    for t in candidates:
        before = [previous[j] for j in range(t.index - 2, t.index) if j in previous]
        if any(HANDOVER.search(b.text) and (first in fold(b.text) or "point" in fold(b.text)) for b in before):
            return t.index
    # Else their first long turn; not a short reply ("Sim, Beatriz, estamos ouvindo bem.").
    long = [t for t in candidates if len(t.text.split()) >= 40]
    said = [t for t in candidates if len(t.text.split()) >= SAID_MIN_WORDS]
    return (long or said or candidates)[0].index


def _title_turn(title: str, turns: list[Turn], language: str) -> int | None:
    terms = set(analyze(title, language))
    if not terms or not turns:
        return None
    scored = [(len(terms & set(analyze(t.text[:2000], language))), -t.index) for t in turns]
    best, neg_index = max(scored)
    return -neg_index if best >= max(1, math.ceil(len(terms) * 0.4)) else None


# --- choosing sentences ---------------------------------------------------------------------

class _Weights:
    """How much a stem says about this meeting: idf over the meeting's sentences."""

    def __init__(self, turns: list[Turn], language: str):
        self.language = language
        df: Counter = Counter()
        n = 0
        for t in turns:
            for s in sentences(t.text):
                df.update(set(analyze(s, language)))
                n += 1
        self.idf = {term: math.log(1 + n / c) for term, c in df.items()}

    def stems(self, sentence: str) -> list[str]:
        return _stems(sentence, self.language)


@lru_cache(maxsize=20_000)
def _stems(sentence: str, language: str) -> list[str]:
    return analyze(sentence, language)


def _best(turns: list[Turn], weights: _Weights, title_terms: set[str], budget: int | None = None) -> list[Quote]:
    """2–4 sentences that carry a segment: close to its centre of gravity (its frequent, specific
    words), about its title, not procedural, not saying the same thing twice; in spoken order."""
    candidates = []
    centre: Counter = Counter()
    for t in turns:
        for s in sentences(t.text):
            stems = weights.stems(s)
            centre.update(stems)
            if (len(s.split()) >= QUOTE_MIN_WORDS and not _PROCEDURAL.search(s) and not HANDOVER.search(s)
                    and not _CLOSING.search(s) and not s.rstrip().endswith("?")):
                candidates.append((t, s, set(stems)))
    if not candidates:
        return []
    def score(stems: set[str]) -> float:
        if not stems:
            return 0.0
        # Longer sentences carry more, up to a point: damp their length, do not divide it out.
        gravity = sum(centre[x] * weights.idf.get(x, 0) for x in stems) / len(stems) ** 0.7
        return gravity * (1 + 0.5 * len(stems & title_terms))
    ranked = sorted(candidates, key=lambda c: -score(c[2]))
    low, high = QUOTES_PER_ITEM
    budget = budget or (high if len(candidates) >= 12 else low)
    chosen: list[tuple[Turn, str, set[str]]] = []
    for c in ranked:
        if all(_overlap(c[2], o[2]) < 0.5 for o in chosen):
            chosen.append(c)
        if len(chosen) == budget:
            break
    chosen.sort(key=lambda c: (c[0].index, c[0].text.find(c[1])))
    return [Quote(t.speaker, s, t.index) for t, s, _ in chosen]


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


# Spoken hesitations removed from quoted sentences in whole-meeting summaries.
_FILLERS = re.compile(r"\b(?:uh|um|uhm|erm|mm|hmm|mm-hmm|euh|bah|you know|i mean|sort of|kind of)\b[,.]?\s*",
                      re.IGNORECASE)
OPENING_SENTENCES = 3    # a meeting's first substantive sentences usually say what it is about
POSITION_WEIGHT = 2.0    # how much earlier sentences are preferred (1 + w at the start, 1 at the end)
EXTRACT_MIN_WORDS = 8


def extract(turns: list[Turn], language: str, budget_words: int) -> list[str]:
    """A summary of a meeting without agenda, within a word budget: its opening sentences, then
    its most central ones (frequent, specific words; earlier preferred; no repeats), hesitations
    removed, in spoken order. Measured on QMSum with `acta eval-summary`."""
    speech = member_speech(turns)
    if not speech or budget_words <= 0:
        return []
    weights = _Weights(speech, language)
    centre: Counter = Counter()
    candidates = []
    for k, t in enumerate(speech):
        for s in sentences(t.text):
            s = re.sub(r"\s+", " ", _FILLERS.sub("", s)).strip()
            stems = weights.stems(s)
            centre.update(stems)
            if len(s.split()) >= EXTRACT_MIN_WORDS and not _PROCEDURAL.search(s) and not s.endswith("?"):
                candidates.append((t.index, s, set(stems), 1 + POSITION_WEIGHT * (1 - k / len(speech))))
    chosen = candidates[:OPENING_SENTENCES]
    words = sum(len(c[1].split()) for c in chosen)
    ranked = sorted(candidates[OPENING_SENTENCES:],
                    key=lambda c: -sum(centre[x] * weights.idf.get(x, 0) for x in c[2]) * c[3])
    for c in ranked:
        if words >= budget_words:
            break
        if all(_overlap(c[2], o[2]) < 0.5 for o in chosen):
            chosen.append(c)
            words += len(c[1].split())
    return [c[1] for c in sorted(chosen, key=lambda c: c[0])]


# --- questions, commitments, survey --------------------------------------------------

def questions(turns: list[Turn]) -> list[Question]:
    """Questions members asked (not "can you hear me?"), who answered, and whether it was put off."""
    out = []
    for i, t in enumerate(turns):
        if t.role == STAFF:
            continue
        sents = sentences(t.text)
        # A question put to others ends the turn; one in the middle of a talk is rhetorical.
        asked = [s for s in sents[-2:] if chairing.puts_question(s, MIN_WORDS) and len(_stems(s, "fr")) >= QUESTION_MIN_STEMS]
        if not asked:
            continue
        question = max(asked, key=len)
        relayed = _RELAYED.search(t.text)
        asker = relayed.group(1) if relayed else t.speaker
        # The person the question names ("Priya, would…", "…, José?") answers, however briefly;
        # else the next one to say something.
        called = _called(question, turns, i, t.speaker)
        at, answer = called or next(((j, u) for j, u in enumerate(turns[i + 1:i + 4], i + 1)
                                     if u.speaker != t.speaker and len(u.text.split()) >= MIN_WORDS), (i, None))
        # "Buena pregunta. Hernán, ¿puedes responder tú?": the chair passes it on (a question to
        # someone; not "Back to you, Marc-André." nor "Tamara, please note that…").
        last = (sentences(answer.text) or [""])[-1] if answer is not None and not called else ""
        if last.rstrip().endswith("?"):
            answer = (_called(last, turns, at, t.speaker) or (at, answer))[1]
        # Asked again after a cut ("…whether the statement will say anything about [inaudible] the…",
        # then "I was asking whether the statement will also address…"): once, as asked again.
        if out and out[-1].asker == asker and _LOST.search(out[-1].question) and t.index - out[-1].turn <= REPEATED_WITHIN \
                and _said(out[-1].question) & _said(question):
            out.pop()
        out.append(Question(asker, question, t.index, answer.speaker if answer else None,
                            bool(answer and _DEFERRED.search(answer.text))))
    return out


def _said(question: str) -> set[str]:
    """What a question speaks of: its words but the grammar and the names ("Rui, will the
    webinars be recorded?": webinars, recorded)."""
    names = {fold(w) for w in naming.WORD.findall(question) if w[:1].isupper()}
    return set(question_words(question)) - names


def _called(sentence: str, turns: list[Turn], i: int, asker: str) -> tuple[int, Turn] | None:
    """The next turn (of the four after ``i``) of the person ``sentence`` calls by name, if any,
    with its position."""
    after = [(j, u) for j, u in enumerate(turns[i + 1:i + 5], i + 1) if u.speaker != asker]
    named = _addressed(sentence, [u.speaker for _, u in after])
    return next(((j, u) for j, u in after if u.speaker == named), None)


def _addressed(question: str, speakers: list[str]) -> str | None:
    """Which of these speakers the question calls by their first name, at its start or end."""
    first = re.match(r"\W*([^\W\d_][\w'’-]*)\s*,", question)
    last = re.search(r",\s*([^\W\d_][\w'’-]*)\s*[?.!]*\s*$", question)
    called = {fold(m.group(1)) for m in (first, last) if m}
    return next((s for s in speakers if fold(s.split()[0]) in called), None)


def commitments(turns: list[Turn]) -> list[Quote]:
    """Promises of action, with their owner: "je vous enverrai…", "vamos a enviar…", "we will send…"."""
    out = []
    for t in turns:
        for s in sentences(t.text):
            promised = [m for rx in _COMMITMENTS for m in rx.finditer(s)]
            # (not one read out for someone else: «Elle dit : « je vais vous envoyer… »», from the chat)
            if (not s.rstrip().endswith("?") and any(not _quoted(s, m.start()) for m in promised)
                    and not _IMMEDIATE.search(s)):
                out.append(Quote(t.speaker, s, t.index))
    return out


def _quoted(sentence: str, at: int) -> bool:
    """Is this place of the sentence within quotation marks (someone else's words)?"""
    before = sentence[:at]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") or before.count('"') % 2 == 1


def survey(turns: list[Turn]) -> list[str]:
    """The closing survey's questions, read one by one ("Première question : …")."""
    out = []
    for t in turns:
        for s in sentences(t.text):
            m = _SURVEY.match(s.strip())
            if m:
                out.append(m.group(1).strip())
    return out
