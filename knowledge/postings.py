"""The search index's tables: passages and their postings, written at ingest time.

Postings are stored per segment: each ingest writes a new small segment (cheap), and compact()
merges them when there are too many, so that a query reads few rows per term. Mixed into
``store.Store``, whose connection (``self.db``) it uses; the schema is in schema.py's migrations.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from knowledge.transactions import writing


@dataclass(frozen=True)
class PassageRow:
    """A passage to index: where it is, its text, and its analysed tokens."""
    turn_idx: int
    position: int
    text: str
    tokens: Sequence[str]


# How many small segments one merge joins.
MERGE_FACTOR = 10


class PostingsTables:
    """Reads and writes of ``passages``, ``postings`` and ``index_meta``."""

    def _meta(self, key: str) -> int:
        return self.db.execute("SELECT value FROM index_meta WHERE key = ?", [key]).fetchone()[0]

    def _bump(self, key: str, by: int = 1) -> int:
        self.db.execute("UPDATE index_meta SET value = value + ? WHERE key = ?", [by, key])
        return self._meta(key)

    def index_version(self) -> int:
        """Changes whenever the index does; a searcher reloads when it sees a new one."""
        return self._meta("version")

    def analysis_version(self) -> int:
        """The text analysis the stored passages were analysed with."""
        return self._meta("analysis")

    def clear_index(self, analysis_version: int) -> None:
        """Drop every passage and posting, before the index is rebuilt with ``analysis_version``
        (inside the caller's transaction)."""
        self.db.execute("DELETE FROM postings")
        self.db.execute("DELETE FROM passages")
        self.db.execute("DELETE FROM index_meta WHERE key = 'next_passage'")     # everything is new again
        self._set_analysis(analysis_version)
        self._bump("version")

    def _record_analysis_if_empty(self, analysis_version: int) -> None:
        """An empty index is what any analysis makes: record the current one (no rebuild later)."""
        if self.analysis_version() != analysis_version and not self.db.execute("SELECT 1 FROM passages").fetchone():
            with writing(self.db):
                self._set_analysis(analysis_version)

    def _set_analysis(self, analysis_version: int) -> None:
        self.db.execute("UPDATE index_meta SET value = ? WHERE key = 'analysis'", [analysis_version])

    def index_passages(self, mid: str, passages: Iterable[PassageRow]) -> int:
        """Add a meeting's passages to the index as one new segment; returns how many."""
        rows = list(passages)
        if not rows:
            return 0
        with writing(self.db):
            segment = self._bump("next_segment") - 1
            # Ids are never reused (a query's snapshot taken before a meeting was replaced must
            # not see the new passages under the old ones' ids): the next one is kept.
            kept = self.db.execute("SELECT value FROM index_meta WHERE key = 'next_passage'").fetchone()
            highest = self.db.execute("SELECT max(id) FROM passages").fetchone()[0] or 0
            first = max(kept[0] if kept else 0, highest + 1)
            self.db.execute("INSERT OR REPLACE INTO index_meta VALUES ('next_passage', ?)", [first + len(rows)])
            self.db["passages"].insert_all(({
                "id": first + i, "meeting_id": mid, "turn_idx": r.turn_idx, "position": r.position,
                "text": r.text, "tokens": " ".join(r.tokens), "length": len(r.tokens), "segment": segment}
                for i, r in enumerate(rows)), batch_size=1000)
            postings: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
            for i, r in enumerate(rows):
                for term, tf in Counter(r.tokens).items():
                    docs, tfs = postings[term]
                    docs.append(first + i)
                    tfs.append(tf)
            self._write_postings(segment, postings.items())
            self._bump("version")
        return len(rows)

    def _write_postings(self, segment: int, items: Iterable[tuple[str, tuple]]) -> None:
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO postings (term, segment, docs, tfs) VALUES (?, ?, ?, ?)",
            ((term, segment, np.asarray(docs, dtype=np.int64).tobytes(),
              np.asarray(tfs, dtype=np.int64).tobytes()) for term, (docs, tfs) in items))

    def _unindex(self, mid: str) -> None:
        """Remove a meeting's passages from the postings (before the meeting itself goes)."""
        rows = self.db.execute("SELECT id, tokens, segment FROM passages WHERE meeting_id = ?", [mid]).fetchall()
        if not rows:
            return
        dead = np.array(sorted(r[0] for r in rows), dtype=np.int64)
        for segment in sorted({r[2] for r in rows}):
            shared = self.db.execute("SELECT 1 FROM passages WHERE segment = ? AND meeting_id != ? LIMIT 1",
                                     [segment, mid]).fetchone()
            if not shared:
                self.db.execute("DELETE FROM postings WHERE segment = ?", [segment])
                continue
            terms = sorted({t for r in rows if r[2] == segment for t in r[1].split()})
            for term in terms:
                row = self.db.execute("SELECT docs, tfs FROM postings WHERE term = ? AND segment = ?",
                                      [term, segment]).fetchone()
                if row is None:
                    continue
                docs, tfs = np.frombuffer(row[0], np.int64), np.frombuffer(row[1], np.int64)
                keep = ~np.isin(docs, dead)
                if keep.any():
                    self._write_postings(segment, [(term, (docs[keep], tfs[keep]))])
                else:
                    self.db.execute("DELETE FROM postings WHERE term = ? AND segment = ?", [term, segment])
        self.db.execute("DELETE FROM passages WHERE meeting_id = ?", [mid])
        self._bump("version")

    def segments(self) -> int:
        return self.db.execute("SELECT count(DISTINCT segment) FROM passages").fetchone()[0]

    def compact(self, max_segments: int = 16, merge_factor: int = MERGE_FACTOR) -> bool:
        """Keep at most ``max_segments`` segments by merging the ``merge_factor`` smallest into one,
        as often as needed (``max_segments=0``: merge everything into one). True if anything merged.

        Merging the small ones only (tiered, like Lucene) means a passage is rewritten a few times
        in its life, not at every ingest."""
        merged = False
        while True:
            sizes = self.db.execute("SELECT segment FROM passages GROUP BY segment "
                                    "ORDER BY count(*), segment").fetchall()
            if len(sizes) <= max(max_segments, 1):
                return merged
            group = [r[0] for r in (sizes if max_segments == 0 else sizes[:max(2, merge_factor)])]
            self._merge(group)
            merged = True

    def _merge(self, group: list[int]) -> None:
        """Rewrite the postings of these segments as one new segment, a chunk of terms at a time
        (memory stays bounded by the chunk, not the index)."""
        with writing(self.db):
            segment = self._bump("next_segment") - 1
            in_group = ",".join("?" * len(group))
            terms = [r[0] for r in self.db.conn.execute(
                f"SELECT DISTINCT term FROM postings WHERE segment IN ({in_group})", group)]
            for start in range(0, len(terms), 500):
                chunk = terms[start:start + 500]
                marks = ",".join("?" * len(chunk))
                found: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
                for term, d, t in self.db.conn.execute(
                        f"SELECT term, docs, tfs FROM postings WHERE segment IN ({in_group}) AND term IN ({marks})",
                        [*group, *chunk]):
                    found[term][0].append(np.frombuffer(d, np.int64))
                    found[term][1].append(np.frombuffer(t, np.int64))
                self.db.execute(f"DELETE FROM postings WHERE segment IN ({in_group}) AND term IN ({marks})",
                                [*group, *chunk])
                self._write_postings(segment, ((term, (np.concatenate(d), np.concatenate(t)))
                                               for term, (d, t) in found.items()))
            self.db.execute(f"UPDATE passages SET segment = ? WHERE segment IN ({in_group})", [segment, *group])
            self._bump("version")

    def postings(self, terms: Sequence[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """For each term that occurs: the passage ids that hold it (no two alike) and how often."""
        if not terms:
            return {}
        found: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
        for chunk_start in range(0, len(terms), 500):
            chunk = list(terms[chunk_start:chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for term, d, t in self.db.conn.execute(
                    f"SELECT term, docs, tfs FROM postings WHERE term IN ({marks}) ORDER BY term, segment", chunk):
                found[term][0].append(np.frombuffer(d, np.int64))
                found[term][1].append(np.frombuffer(t, np.int64))
        return {term: (np.concatenate(d), np.concatenate(t)) for term, (d, t) in found.items()}

    def passage_texts_of(self, ids: Sequence[int]) -> list[str]:
        """The texts of these passages."""
        out: list[str] = []
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start:chunk_start + 500])
            out += [row[0] for row in self.db.conn.execute(
                f"SELECT text FROM passages WHERE id IN ({','.join('?' * len(chunk))})", chunk)]
        return out

    def passage_texts(self) -> Iterable[tuple[str, str]]:
        """Every passage's text and its meeting's language, in index order."""
        return ((row[0], row[1]) for row in self.db.conn.execute(
            "SELECT p.text, m.language FROM passages p JOIN meetings m ON m.id = p.meeting_id ORDER BY p.id"))

    def passage_columns(self) -> dict[str, np.ndarray]:
        """Per passage: id, length, meeting (as a number), person, date: what ranking and
        filters need in memory."""
        rows = self.db.conn.execute(
            "SELECT p.id, p.length, m.rowid, coalesce(t.person_id, -1), "
            "CAST(replace(m.date, '-', '') AS INTEGER) FROM passages p "
            "JOIN meetings m ON m.id = p.meeting_id "
            "JOIN turns t ON t.meeting_id = p.meeting_id AND t.idx = p.turn_idx ORDER BY p.id").fetchall()
        cols = np.array(rows, dtype=np.int64).reshape(-1, 5)
        return dict(zip(("id", "length", "meeting", "person", "date"), cols.T))

    def unindexed_meetings(self) -> list[str]:
        """Meetings stored before the search index existed, or whose indexing was skipped."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.meeting_id = m.id) "
            "AND m.turn_count > 0 ORDER BY id")]

    _PASSAGE = ("SELECT p.id, p.meeting_id, p.turn_idx, p.position, p.text, t.speaker, t.role, t.text, m.date, "
                "m.group_name, m.kind, m.language, p.tokens, m.family, t.family_idx FROM passages p "
                "JOIN turns t ON t.meeting_id = p.meeting_id AND t.idx = p.turn_idx "
                "JOIN meetings m ON m.id = p.meeting_id ")
    _PASSAGE_KEYS = ("id", "meeting_id", "turn_index", "position", "text", "speaker", "role", "turn_text", "date",
                     "group", "kind", "language", "tokens", "family", "family_turn")

    def passages(self, ids: Sequence[int]) -> dict[int, dict]:
        """The passages with these ids, with their turn, speaker and meeting (and the call and
        turn they are a language version of: ``family``, ``family_turn``)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.conn.execute(self._PASSAGE + f"WHERE p.id IN ({marks})", list(ids)).fetchall()
        return {r[0]: dict(zip(self._PASSAGE_KEYS, r)) for r in rows}

    def turn_passages(self, mid: str, index: int) -> list[dict]:
        """The passages of one turn, in order (same fields as ``passages``)."""
        rows = self.db.conn.execute(self._PASSAGE + "WHERE p.meeting_id = ? AND p.turn_idx = ? ORDER BY p.position",
                                    [mid, index]).fetchall()
        return [dict(zip(self._PASSAGE_KEYS, r)) for r in rows]

    def all_tokens(self) -> list[tuple[int, list[str]]]:
        """Every passage's id and tokens (for tests and benchmarks comparing with a full scan)."""
        return [(r[0], r[1].split()) for r in self.db.execute("SELECT id, tokens FROM passages ORDER BY id")]

