"""Measuring search: QMSum (public meeting QA benchmark) and the seed questions about our corpus.

QMSum meetings are indexed in a temporary database exactly as transcripts are (passages,
analysis, BM25); a query is a hit at k when any of its gold turns is among the top k turns.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from knowledge import passages, people
from knowledge.errors import EvalSetError
from knowledge.models import Document, Person, Transcript, Turn
from knowledge.search import Searcher
from knowledge.store import Store

KS = (1, 5, 10)


def metrics(ranks: Iterable[int | None]) -> dict:
    """hit@1/5/10 and MRR from the 1-based rank of the first relevant result (None: not found)."""
    ranks = list(ranks)
    n = len(ranks)
    out: dict = {"n": n}
    for k in KS:
        out[f"hit@{k}"] = round(sum(1 for r in ranks if r is not None and r <= k) / n, 4) if n else 0.0
    out["mrr"] = round(sum(1 / r for r in ranks if r is not None) / n, 4) if n else 0.0
    return out


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_jsonl(path: Path, keys: tuple[str, ...] = ()) -> list[dict]:
    """The objects of a JSON-lines file, each with ``keys``; EvalSetError naming the file and line if not."""
    try:
        with path.open(encoding="utf-8") as f:
            lines = list(f)
    except OSError as e:
        raise EvalSetError(f"{path}: cannot read it ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise EvalSetError(f"{path}: not UTF-8 text") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            found = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalSetError(f"{path}, line {n}: not JSON ({e.msg})") from None
        missing = [k for k in keys if not isinstance(found, dict) or k not in found]
        if missing:
            raise EvalSetError(f"{path}, line {n}: missing {', '.join(missing)}")
        out.append(found)
    return out


def load_qmsum(store: Store, meetings_file: Path) -> int:
    """Index QMSum meetings (speaker turns, English) under their own ids; returns how many."""
    count = 0
    base = dt.date(2000, 1, 1)
    for i, m in enumerate(read_jsonl(meetings_file, ("turns",))):
        turns = tuple(Turn(index=j, speaker=people.display_name(t["speaker"] or "Unknown"),
                           label=t["speaker"] or "", role="member", text=t["text"] or "",
                           person=people.key(t["speaker"] or "Unknown"))
                      for j, t in enumerate(m["turns"]))
        persons = {t.person: t.speaker for t in turns}
        transcript = Transcript(date=base + dt.timedelta(days=i), start_utc=None, group=None, kind="call",
                                language="en", turns=turns,
                                people=tuple(Person(k, n) for k, n in persons.items()))
        raw = json.dumps(m).encode()
        doc = Document(path=str(meetings_file), filename=f"{m['meeting_id']}.json", format="json",
                       sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), content=b"")
        store.save(transcript, doc, passages.rows(transcript), mid=m["meeting_id"])
        count += 1
    store.compact(0)
    return count


def qmsum(directory: str | Path, *, per_meeting: bool = False) -> dict:
    """Evaluate on a QMSum-style directory (meetings.jsonl, queries.jsonl), in a temporary database."""
    return metrics(r for _, r in qmsum_ranks(directory, per_meeting=per_meeting))


def qmsum_ranks(directory: str | Path, *, per_meeting: bool = False) -> list[tuple[dict, int | None]]:
    """Each specific query of a QMSum-style directory with the 1-based rank of its first gold turn."""
    directory = Path(directory)
    queries = [q for q in read_jsonl(directory / "queries.jsonl", ("meeting_id", "query")) if q.get("query_type", "specific") == "specific"]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        load_qmsum(store, directory / "meetings.jsonl")
        searcher = Searcher(store)
        ranked = []
        for q in queries:
            hits = searcher.search(q["query"], k=max(KS), meeting=q["meeting_id"] if per_meeting else None)
            gold = set(q["relevant_turns"])
            ranked.append((q, next((i for i, h in enumerate(hits, 1)
                                    if h.meeting_id == q["meeting_id"] and h.turn_index in gold), None)))
    return ranked


def seed_questions(searcher: Searcher, questions_file: str | Path, k: int = 3) -> dict:
    """Run seed questions against a database: a question is answered when one of the top ``k``
    turns is the expected speaker's, in the expected meeting, and holds one of the expected strings.
    The answer a member gets is checked too (``answer_right``: the turn it quotes or cites first
    is such a turn), as questions about data or presenters are routed away from search."""
    from knowledge.answers import Answerer

    answerer = Answerer(searcher.store, searcher)
    results = []
    questions = read_jsonl(Path(questions_file), ("id", "q", "date", "speaker", "any"))
    for n, q in enumerate(questions, 1):
        if not (isinstance(q["q"], str) and q["q"].strip() and isinstance(q["any"], list) and q["any"]
                and all(isinstance(s, str) for s in q["any"]) and _ISO_DATE.fullmatch(str(q["date"]))):
            raise EvalSetError(f"{questions_file}, question {n}: needs a question \"q\", a date YYYY-MM-DD "
                               f"and \"any\", a list of the strings the answer holds")
    if not questions:
        raise EvalSetError(f"{questions_file}: no questions in it")
    for q in questions:
        hits = searcher.search(q["q"], k=max(k, max(KS)))
        rank = next((i for i, h in enumerate(hits, 1) if _expected(h, q)), None)
        given = answerer.ask(q["q"], k=k).sources[:1]
        results.append({"id": q["id"], "q": q["q"], "rank": rank, "answered": rank is not None and rank <= k,
                        "answer_right": bool(given) and _expected(given[0], q),
                        "crosslingual": bool(q.get("crosslingual"))})
    summary = metrics(r["rank"] for r in results)
    summary[f"answered@{k}"] = sum(r["answered"] for r in results)
    summary["answers_right"] = sum(r["answer_right"] for r in results)
    summary["questions"] = results
    return summary


def _expected(hit, q: dict) -> bool:
    """Is the hit the seed question's answer: its speaker, its meeting, one of its strings?"""
    return (hit.date == q["date"] and people.same_person(people.key(hit.speaker), people.key(q["speaker"]))
            and any(s.casefold() in hit.text.casefold() for s in q["any"]))


def seed_questions_on(corpus: str | Path, questions_file: str | Path) -> dict:
    """Seed questions over a temporary database holding only ``corpus`` (a folder of transcripts)."""
    from knowledge import ingest

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "seed.db") as store:
        ingest.ingest_paths(store, [corpus], max_bytes=100_000_000)
        return seed_questions(Searcher(store), questions_file)
