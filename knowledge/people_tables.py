"""Reads about people: who they are, who attended or sent apologies, who spoke and how much.
Mixed into ``store.Store``; the schema is in schema.py's migrations."""
from __future__ import annotations

from collections.abc import Sequence

from knowledge import people
from knowledge.models import APOLOGY, INTERPRETER_STATUS, MEMBER, PRESENT, STAFF, STAFF_STATUS


class PeopleTables:
    db: object      # the Store's sqlite_utils Database

    def person_id(self, name: str) -> int | None:
        """The person a name refers to: any spelling seen of them, else a unique close match
        ("Humberto" alone, "Sergio Salinas" for Sergio Salinas Porto)."""
        k = people.key(name)
        row = self.db.execute("SELECT person_id FROM aliases WHERE key = ?", [k]).fetchone()
        if row:
            return row[0]
        keys = dict(self.db.execute("SELECT key, person_id FROM aliases").fetchall())
        hit = people.match_name(name, {key: key for key in keys})
        return keys[hit] if hit else None

    def meetings_of(self, name: str) -> set[str]:
        """The meetings someone was at (``people.key`` of the name): in the roll call as present or
        staff, or taking the floor."""
        k = people.key(name)
        spellings = [n for (n,) in self.db.execute(
            "SELECT DISTINCT name FROM attendance WHERE status IN (?, ?) UNION SELECT DISTINCT speaker FROM turns",
            [PRESENT, STAFF_STATUS]) if people.key(n) == k]
        if not spellings:
            return set()
        marks = ",".join("?" * len(spellings))
        return {r[0] for r in self.db.execute(
            f"SELECT meeting_id FROM attendance WHERE status IN (?, ?) AND name IN ({marks}) "
            f"UNION SELECT meeting_id FROM turns WHERE speaker IN ({marks})", [PRESENT, STAFF_STATUS, *spellings, *spellings])}

    def people(self) -> dict[int, str]:
        """Every person's id and display name."""
        return dict(self.db.execute("SELECT id, name FROM people").fetchall())

    def absent_presenters(self, mid: str) -> dict[str, bool]:
        """The presenters on a meeting's agenda who never spoke in it, and whether they sent
        apologies (else someone else gave their report)."""
        return {r[0]: bool(r[1]) for r in self.db.execute(
            "SELECT a.presenter, EXISTS (SELECT 1 FROM attendance p WHERE p.meeting_id = a.meeting_id "
            "AND p.person_id = a.presenter_id AND p.status = ?) FROM agenda a WHERE a.meeting_id = ? "
            "AND a.presenter_id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM turns t WHERE t.meeting_id = a.meeting_id AND t.person_id = a.presenter_id)",
            [APOLOGY, mid])}

    def attendance_rows(self) -> list[tuple[str, str | None, int, str, str]]:
        """(meeting id, group, person id, person name, status) for every named person of every
        meeting (once per call: its root version's roll call)."""
        return self.db.execute(
            "SELECT a.meeting_id, m.group_name, a.person_id, p.name, a.status FROM attendance a "
            "JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id "
            "WHERE m.id = m.family ORDER BY m.date, a.position").fetchall()

    def present_at(self, mids: Sequence[str]) -> dict[str, list[str]]:
        """The names of those present at each of these meetings, in their roll call's order (without
        reading their turns)."""
        out: dict[str, list[str]] = {mid: [] for mid in mids}
        for start in range(0, len(mids), 500):
            chunk = list(mids[start:start + 500])
            for mid, name in self.db.execute(
                    f"SELECT meeting_id, name FROM attendance WHERE status = ? AND meeting_id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY meeting_id, position", [PRESENT, *chunk]):
                out[mid].append(name)
        return out

    def interpreters(self, meeting_ids: Sequence[str] | None = None) -> list[tuple[str, str]]:
        """(name, meeting id) of each interpreter the roll calls name (of these meetings, when
        given), oldest meeting first (interpreters are not people: their words are not theirs)."""
        within = f" AND a.meeting_id IN ({','.join('?' * len(meeting_ids))})" if meeting_ids is not None else ""
        return [tuple(r) for r in self.db.execute(
            "SELECT a.name, a.meeting_id FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
            f"WHERE a.status = ?{within} ORDER BY m.date, a.position", [INTERPRETER_STATUS, *(meeting_ids or ())]).fetchall()]

    def groups_of(self, persons: Sequence[str]) -> set[str]:
        """The groups of the meetings these people (by display name) are recorded at: read out,
        sent apologies, as staff, or took the floor."""
        marks = ",".join("?" * len(persons))
        return {r[0] for r in self.db.execute(
            f"SELECT DISTINCT m.group_name FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
            f"JOIN people p ON p.id = a.person_id WHERE p.name IN ({marks}) AND m.group_name IS NOT NULL", list(persons))}

    def apologised(self, persons: Sequence[str]) -> set[str]:
        """The meetings these people (by display name) sent apologies for."""
        marks = ",".join("?" * len(persons))
        return {r[0] for r in self.db.execute(
            f"SELECT a.meeting_id FROM attendance a JOIN people p ON p.id = a.person_id "
            f"WHERE a.status = ? AND p.name IN ({marks})", [APOLOGY, *persons])}

    def speaking(self, meeting_ids: Sequence[str], speakers: Sequence[str] = (), *,
                 staff: bool = False) -> list[tuple[str, int, int]]:
        """(speaker, turns, words) of the members in these meetings, most words first (not staff,
        whose roll calls and notices are not the members' say, unless ``staff``; never operators
        or interpreters); of these ``speakers`` when given, staff or not."""
        if not meeting_ids:
            return []
        marks = ",".join("?" * len(meeting_ids))
        roles = [MEMBER, STAFF] if speakers or staff else [MEMBER]
        who = f"speaker IN ({','.join('?' * len(speakers))}) AND " if speakers else ""
        return [tuple(r) for r in self.db.execute(
            f"SELECT speaker, count(*), sum(words) FROM turns WHERE {who}role IN ({','.join('?' * len(roles))}) "
            f"AND meeting_id IN ({marks}) GROUP BY speaker ORDER BY sum(words) DESC, speaker",
            [*speakers, *roles, *meeting_ids]).fetchall()]

    def meetings_spoken_in(self, speaker: str) -> set[str]:
        """The meetings (any language version) where this person (by display name) took the floor."""
        return {r[0] for r in self.db.execute("SELECT DISTINCT meeting_id FROM turns WHERE speaker = ?", [speaker])}

    def silent(self, mid: str) -> list[str]:
        """Who a meeting's roll call names present and never took the floor in it, in its order."""
        return [r[0] for r in self.db.execute(
            "SELECT p.name FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ? "
            "AND a.status = ? AND a.source = 'roll_call' AND NOT EXISTS (SELECT 1 FROM turns t "
            "WHERE t.meeting_id = a.meeting_id AND t.person_id = a.person_id) ORDER BY a.position", [mid, PRESENT])]

    def staff_speaking(self, meeting_ids: Sequence[str]) -> set[str]:
        """Who of those speaking in these meetings spoke as staff."""
        return {r[0] for r in self.db.execute(
            f"SELECT DISTINCT speaker FROM turns WHERE role = ? AND meeting_id IN ({','.join('?' * len(meeting_ids))})",
            [STAFF, *meeting_ids])}

    def presence(self, mid: str, person_ids: Sequence[int]) -> tuple[bool, dict[int, tuple[frozenset, int]]]:
        """Whether the meeting's transcript has a roll call, and for each of these people that
        appears in it: their (status, source) pairs in its attendance (present, apology, staff…;
        roll_call or spoke) and how many turns they took."""
        roll_call = self.db.execute("SELECT EXISTS (SELECT 1 FROM attendance WHERE meeting_id = ? "
                                    "AND source = 'roll_call' AND status = 'present')", [mid]).fetchone()[0]
        marks = ",".join("?" * len(person_ids))
        found: dict[int, tuple[frozenset, int]] = {}
        for pid, status, source in self.db.execute(
                f"SELECT person_id, status, source FROM attendance WHERE meeting_id = ? AND person_id IN ({marks})",
                [mid, *person_ids]):
            found[pid] = (found.get(pid, (frozenset(), 0))[0] | {(status, source)}, 0)
        for pid, turns in self.db.execute(
                f"SELECT person_id, count(*) FROM turns WHERE meeting_id = ? AND person_id IN ({marks}) "
                "GROUP BY person_id", [mid, *person_ids]):
            found[pid] = (found.get(pid, (frozenset(), 0))[0], turns)
        return bool(roll_call), found
