"""Measuring summaries: ROUGE against QMSum's human summaries of whole meetings, beside baselines.

A summarizer is any ``f(turns, language, budget) -> list[str]``: the meeting's turns (markers such as
``{disfmarker}`` already stripped), its language and a word budget; it returns sentences. Every
system is held to the same rule: its output is cleaned by ``clean`` and cut to the budget by
``truncate`` before it is scored, so no system wins by talking longer.

The baselines here are ``lead`` (the meeting's first sentences), ``random_sentences``, and sumy's
``lexrank`` and ``textrank``. All of them skip sentences under ``MIN_WORDS`` words (back-channel:
"Yeah.", "Okay, um."), so none wins or loses by that filter alone. The systems that pick sentences
from anywhere in the meeting (random, LexRank, TextRank) choose among the same pool, ``candidates``:
at most ``MAX_CANDIDATES`` of those sentences (the longest, kept in meeting order), because sumy
builds its sentence graphs in O(n²) pure Python and a val meeting has up to ~1,900 sentences.

sumy is given a tokenizer of our own (``knowledge.text.sentences`` and a word regex), its Snowball
stemmer (code, no data) and its bundled stop words, so nothing needs NLTK's downloadable data.
"""
from __future__ import annotations

import inspect
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from rouge_score import rouge_scorer

from knowledge import people, text
from knowledge.evaluation import read_jsonl
from knowledge.models import Turn

Summarizer = Callable[[list[Turn], str, int], list[str]]

METRICS = ("rouge1", "rouge2", "rougeL")
MIN_WORDS = 6          # shorter sentences are back-channel ("Yeah, okay.") and never summary material
MAX_CANDIDATES = 300   # sumy builds its O(n²) sentence graphs in pure Python: ~0.4 s a meeting here

_MARKER = re.compile(r"\{[^{}]*\}")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+(?:'\w+)*")
_SCORER = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


# -- the rules every system is held to --------------------------------------------------------

def clean(sentence: str) -> str:
    """Strip QMSum's ``{disfmarker}``/``{vocalsound}``… markers and squeeze the spaces they leave."""
    return _SPACE.sub(" ", _MARKER.sub(" ", sentence)).strip()


def word_count(passage: str) -> int:
    """Words as the budget counts them: runs of non-space characters."""
    return len(passage.split())


def truncate(sentences: list[str], budget: int) -> list[str]:
    """Whole sentences while they fit in ``budget`` words, then the next one cut at the budget."""
    out: list[str] = []
    left = budget
    for sentence in sentences:
        words = sentence.split()
        if not words:
            continue
        if left <= 0:
            break
        if len(words) <= left:
            out.append(" ".join(words))
        else:
            out.append(" ".join(words[:left]))
        left -= len(words)
    return out


def score(summary: str, reference: str) -> dict[str, float]:
    """ROUGE-1/2/L F-measure (rouge-score, Porter stemming) of ``summary`` against ``reference``."""
    scores = _SCORER.score(reference, summary)
    return {m: scores[m].fmeasure for m in METRICS}


# -- what the systems see ---------------------------------------------------------------------

def meeting_turns(meeting: dict) -> list[Turn]:
    """A QMSum meeting's turns as Acta's ``Turn`` (as ``evaluation.load_qmsum`` builds them),
    with the corpus' ``{…}`` markers stripped; empty turns are kept so indices stay aligned."""
    return [Turn(index=j, speaker=people.display_name(t["speaker"] or "Unknown"), label=t["speaker"] or "",
                 role="member", text=clean(t["text"] or ""), person=people.key(t["speaker"] or "Unknown"))
            for j, t in enumerate(meeting["turns"])]


def meeting_sentences(turns: list[Turn]) -> list[str]:
    """Every sentence of the meeting, in order, cleaned; sentences without a word are dropped."""
    out = []
    for turn in turns:
        for sentence in text.sentences(clean(turn.text)):
            if _WORD.search(sentence):
                out.append(sentence)
    return out


def candidates(turns: list[Turn], *, min_words: int = MIN_WORDS, limit: int = MAX_CANDIDATES) -> list[str]:
    """The pool that random, LexRank and TextRank choose from: sentences of ``min_words`` words or
    more; past ``limit`` of them, the ``limit`` longest, still in meeting order."""
    pool = [s for s in meeting_sentences(turns) if word_count(s) >= min_words]
    if len(pool) <= limit:
        return pool
    keep = sorted(sorted(range(len(pool)), key=lambda i: -word_count(pool[i]))[:limit])
    return [pool[i] for i in keep]


def _fill(ranked: list[int], pool: list[str], budget: int) -> list[str]:
    """Take pool sentences in ``ranked`` order until the budget is reached; give them in meeting order."""
    chosen, used = [], 0
    for i in ranked:
        if used >= budget:
            break
        chosen.append(i)
        used += word_count(pool[i])
    return [pool[i] for i in sorted(chosen)]


# -- baselines ------------------------------------------------------------------------------

def lead(turns: list[Turn], language: str, budget: int) -> list[str]:
    """Lead-N: the meeting's first sentences of ``MIN_WORDS`` words or more, up to the budget."""
    return truncate([s for s in meeting_sentences(turns) if word_count(s) >= MIN_WORDS], budget)


def random_sentences(turns: list[Turn], language: str, budget: int, *, seed: int = 0) -> list[str]:
    """Sentences drawn at random from ``candidates`` (seeded, and different for each meeting)."""
    pool = candidates(turns)
    if not pool:
        return []
    # A str seed is hashed with SHA-512 by ``random``, so the draw does not depend on PYTHONHASHSEED.
    rng = random.Random(f"{seed}:{len(pool)}:{pool[0]}")
    order = list(range(len(pool)))
    rng.shuffle(order)
    return _fill(order, pool, budget)


class Tokenizer:
    """sumy's tokenizer interface over Acta's own sentence splitter and a word regex
    (sumy's default needs NLTK's punkt data, which is downloaded from the internet)."""

    @staticmethod
    def to_sentences(paragraph: str) -> list[str]:
        return text.sentences(paragraph)

    @staticmethod
    def to_words(sentence: str) -> list[str]:
        return _WORD.findall(sentence)


_SUMY_LANGUAGES = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese"}


def _sumy(summarizer_class, turns: list[Turn], language: str, budget: int) -> list[str]:
    import numpy
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    pool = candidates(turns)
    if not pool:
        return []
    name = _SUMY_LANGUAGES.get(language, "english")
    summarizer = summarizer_class(Stemmer(name))
    summarizer.stop_words = get_stop_words(name)
    # One sentence a paragraph, so sumy's sentences are exactly the pool's. Lower-cased because
    # the parser takes an all-capitals line for a heading and leaves it out; sumy lower-cases
    # every word before ranking anyway, and lower-casing only removes places to split a sentence.
    lowered = [s.lower() for s in pool]
    document = PlaintextParser.from_string("\n\n".join(lowered), Tokenizer()).document
    ranking: list = []

    def keep_ranking(infos):
        ranking.extend(infos)   # sumy hands the count callable all sentences, best first
        return infos

    # LexRank's power method divides 0 by 0 when no two sentences are similar: no crash, no warning.
    with numpy.errstate(invalid="ignore", divide="ignore"):
        summarizer(document, keep_ranking)
    positions: dict[str, list[int]] = {}
    for i, sentence in enumerate(lowered):
        positions.setdefault(sentence, []).append(i)
    ranked = list(dict.fromkeys(i for info in ranking for i in positions.get(str(info.sentence), ())))
    ranked += sorted(set(range(len(pool))) - set(ranked))   # whatever sumy did not rate, last
    return _fill(ranked, pool, budget)


def lexrank(turns: list[Turn], language: str, budget: int) -> list[str]:
    """sumy's LexRank over ``candidates``, best sentences first until the budget."""
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _sumy(LexRankSummarizer, turns, language, budget)


def textrank(turns: list[Turn], language: str, budget: int) -> list[str]:
    """sumy's TextRank over ``candidates``, best sentences first until the budget."""
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _sumy(TextRankSummarizer, turns, language, budget)


BASELINES: dict[str, Summarizer] = {
    "lead": lead, "random": random_sentences, "lexrank": lexrank, "textrank": textrank}


# -- the evaluation -------------------------------------------------------------------------

def _takes_seed(summarizer: Callable) -> bool:
    try:
        return "seed" in inspect.signature(summarizer).parameters
    except (TypeError, ValueError):
        return False


def evaluate(directory: str | Path, summarizers: dict[str, Summarizer], *, seed: int = 0) -> dict[str, dict]:
    """Mean ROUGE-1/2/L F-measure of each summarizer on a QMSum-style directory.

    Each meeting of ``meetings.jsonl`` with a ``general`` query in ``queries.jsonl`` is summarized
    with a budget of as many words as that query's answer (the reference), the output is cleaned
    and truncated to the budget, and scored. ``seed`` goes to summarizers taking a ``seed`` keyword.
    Returns ``{name: {"n", "rouge1", "rouge2", "rougeL", "seconds"}}``."""
    directory = Path(directory)
    references: dict[str, str] = {}
    for q in read_jsonl(directory / "queries.jsonl", ("meeting_id",)):
        if q.get("query_type") == "general":
            references.setdefault(q["meeting_id"], q["answer"])
    totals = {name: dict.fromkeys(METRICS, 0.0) for name in summarizers}
    seconds = dict.fromkeys(summarizers, 0.0)
    n = 0
    for meeting in read_jsonl(directory / "meetings.jsonl", ("meeting_id", "turns")):
        reference = references.get(meeting["meeting_id"])
        if reference is None:
            continue
        reference = clean(reference)
        budget = word_count(reference)
        turns = meeting_turns(meeting)
        n += 1
        for name, summarizer in summarizers.items():
            start = time.perf_counter()
            extra = {"seed": seed} if _takes_seed(summarizer) else {}
            output = summarizer(list(turns), "en", budget, **extra)
            seconds[name] += time.perf_counter() - start
            summary = " ".join(truncate([clean(s) for s in output], budget))
            for metric, value in score(summary, reference).items():
                totals[name][metric] += value
    return {name: {"n": n, **{m: round(totals[name][m] / n, 4) if n else 0.0 for m in METRICS},
                   "seconds": round(seconds[name], 2)}
            for name in summarizers}


def table(results: dict[str, dict]) -> str:
    """A markdown table of ``evaluate``'s results, best ROUGE-L first."""
    lines = ["| system | ROUGE-1 | ROUGE-2 | ROUGE-L | n |", "|---|---|---|---|---|"]
    for name, r in sorted(results.items(), key=lambda item: (-item[1]["rougeL"], item[0])):
        lines.append(f"| {name} | {r['rouge1']:.4f} | {r['rouge2']:.4f} | {r['rougeL']:.4f} | {r['n']} |")
    return "\n".join(lines)
