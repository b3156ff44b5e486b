"""Who was there, from the roll calls and the turns: whether someone was at a meeting and how
the transcript says so, "Why not?", who interpreted, participation against the target, and the
meetings someone attended, spoke in or missed.

``PresenceAnswers`` is a part of ``knowledge.answers.Answerer`` (which gives it ``store``)."""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from knowledge import lexicon_questions, naming
from knowledge.models import APOLOGY, PRESENT, STAFF_STATUS, Answer, MeetingSummary, Participation
from knowledge.text import fold

# "Which calls did Priya miss?", "Was Priya absent?"
_ABSENT = re.compile(r"\b(?:absent\w*|miss|missed|missing|manquee?s?|ausentes?|falto|faltou)\b")
# …and someone's meetings asked in the negative: "À quelles réunions Rachid n'était-il pas là ?"
_NOT_THERE = re.compile(r"\b(?:%s)\b" % lexicon_questions.NOT_THERE)
# "Did Olivia join late?", "¿Llegó tarde?", "Est-il arrivé en retard ?" (not "la reunión de la tarde")
LATE = re.compile(r"\b(?:(?:join\w*|arriv\w*|came|come|got there|was|were|is|connected|logged in) late|"
                  r"(?:llego|llegaron|se conecto|se unio|entro) tarde|(?:chegou|entrou) (?:tarde|atrasad[oa])|"
                  r"(?:arrivee?s?|connectee?s?) en retard|atrasad[oa])\b")


class PresenceAnswers:
    """The answers about who was there (a part of ``Answerer``)."""

    def was_there(self, persons: list[str], lang: str, target: MeetingSummary, question: str = "",
                  unknown: Sequence[str] = ()) -> Answer:
        """Whether each of these people was at the meeting, and how the transcript says so: in the
        roll call, as staff, took the floor without being in it (joined late), sent apologies
        (and maybe joined after all), or neither; and how many turns they took. Without a roll
        call: took the floor, or "unknown"."""
        ids = {name: pid for pid, name in self.store.people().items()}
        roll_call, found = self.store.presence(target.id, [ids[p] for p in persons])
        rows = []
        for person in persons:
            pairs, turns = found.get(ids[person], (frozenset(), 0))
            statuses = {status for status, _ in pairs}
            state = ("joined" if {APOLOGY, PRESENT} <= statuses else
                     "apology" if APOLOGY in statuses else
                     "staff" if STAFF_STATUS in statuses else
                     "roll_call" if (PRESENT, "roll_call") in pairs else
                     ("spoke" if roll_call else "took_floor") if PRESENT in statuses else
                     "absent" if roll_call else "unknown")
            rows.append((person, state, turns))
        # "Was Claudia at the NARALO call?": Claudia who interpreted there, not Claudia Ruiz who was not.
        interpreting = {fold(name): name for name, _ in self.store.interpreters(sorted(target.ids))}
        written = {fold(w) for w in naming.WORD.findall(question)}
        for row in list(rows):
            said = [w for w in fold(row[0]).split() if w in written]
            if row[1] in ("absent", "unknown") and len(said) == 1 and said[0] in interpreting:
                rows.remove(row)
                unknown = [*unknown, interpreting[said[0]]]
        # "Was Carlos there?": the Carloses who were, or that no Carlos was.
        away = {person for person, state, _ in rows if state in ("absent", "unknown")}
        for written, namesakes in naming.by_name_written(question, persons):
            if len(namesakes) > 1:
                at = next(i for i, row in enumerate(rows) if row[0] in namesakes)
                kept = [row for row in rows if row[0] not in namesakes or row[0] not in away]
                nobody = (written, "none" if roll_call else "unknown", 0)     # (no roll call: cannot tell)
                rows = kept if not set(namesakes) <= away else kept[:at] + [nobody] + kept[at:]
        return Answer("present", lang, question, meeting=target, names={
            "present": rows, "unknown": list(unknown),
            "interpreted": [(name, [target]) for name in unknown if fold(name) in interpreting]},
            # "Was Priya absent?", "Did Olivia join late?": the verdict of that
            flags=frozenset({"absent"}) if _ABSENT.search(fold(question)) else
            frozenset({"late"}) if LATE.search(fold(question)) else frozenset())

    def why_away(self, persons: list[str], lang: str, on: list[MeetingSummary], question: str) -> Answer | None:
        """"Why not?" after whether someone was there: the transcripts never say why, only what
        they say of them (sent apologies, there but silent, not there). After a yes ("Was Aida at the
        2016 call?", "Yes…", "Why not?"), that they were there, as what ("why_there"); None when
        the transcript cannot tell (no roll call)."""
        there = None
        for m in reversed(on):
            found = self.was_there(persons, lang, m)
            if any(state in ("apology", "absent", "none") or state == "roll_call" and not turns
                   for _, state, turns in found.names["present"]):
                return dataclasses.replace(found, question=question, flags=frozenset({"why"}))
            if there is None and found.names["present"] and all(
                    state in _THERE for _, state, _ in found.names["present"]):
                there = dataclasses.replace(found, question=question, flags=frozenset({"why_there"}))
        return there

    def interpreted(self, names: Sequence[str], meetings: Sequence[MeetingSummary]) -> list[tuple[str, list[MeetingSummary]]]:
        """Of these names no one has, those a roll call of these meetings names as an interpreter
        ("Did Claire speak?"), with the meetings they interpreted at."""
        if not names:
            return []
        of = {i: m for m in meetings for i in m.ids}
        found: dict[str, list[MeetingSummary]] = {}
        for name, mid in self.store.interpreters(sorted(of)):
            for asked in names:
                if fold(asked) == fold(name) and mid in of and of[mid] not in found.get(asked, []):
                    found.setdefault(asked, []).append(of[mid])
        return list(found.items())

    def participation(self, *people: str, within: set[str] | None = None) -> list[Participation]:
        """How many meetings of their groups each person attended (present or staff), and apologies:
        of ``people``, else of everyone but staff (only ever listed as staff: the target is the
        members'); of their groups' meetings since the first they are recorded at (a member who
        joined in 2026 missed no call of 2016), counting only the meetings ``within`` (root ids),
        when given, and then everyone's only when their groups had one."""
        attended: dict[str, set[str]] = defaultdict(set)
        apologised: dict[str, set[str]] = defaultdict(set)
        groups_of: dict[str, set] = defaultdict(set)
        meetings_by_group: dict = defaultdict(set)
        member: set[str] = set()
        held = self.store.meetings()
        rows = self.store.attendance_rows()
        since = _first_recorded(rows, held)
        for mid, group, _pid, name, status in rows:
            if within is not None and mid not in within:
                continue
            meetings_by_group[group].add(mid)
            groups_of[name].add(group)
            if status in (PRESENT, STAFF_STATUS):
                attended[name].add(mid)
            elif status == APOLOGY:
                apologised[name].add(mid)
            if status != STAFF_STATUS:
                member.add(name)
        date_of = {m.id: m.date for m in held}
        for m in held:
            if within is None or m.id in within:
                meetings_by_group[m.group].add(m.id)
        names = list(people) or sorted(member)
        out = []
        for name in names:
            total = {mid for g in groups_of.get(name, ()) for mid in meetings_by_group[g]
                     if date_of.get(mid, "") >= since.get(name, "")}
            # (an apology of someone who then joined is one too: "¿Se disculpó Humberto?" says so)
            out.append(Participation(name, len(attended[name]), len(apologised[name]), len(total),
                                     staff=name not in member, joined=len(apologised[name] & attended[name])))
        return sorted(out, key=lambda p: (-p.rate, -p.attended, p.name))

    def meetings_of(self, person: str, question: str, lang: str, meetings: list[MeetingSummary], *,
                    spoke: bool = False) -> Answer:
        """Of these meetings, those the person attended (present, joined late or as staff), took
        the floor in (``spoke``), or missed: of their groups' meetings since the first they are
        recorded at, those they were not at ("Which calls did Priya miss?")."""
        everyone = self.store.attendance_rows()
        rows = [(mid, status) for mid, _, _, name, status in everyone if name == person]
        if spoke:
            how, there = "spoke", self.store.meetings_spoken_in(person)
        else:
            there = {mid for mid, status in rows if status in (PRESENT, STAFF_STATUS)}
            how = "missed" if _ABSENT.search(fold(question)) or _NOT_THERE.search(fold(question)) else "attended"
        if how == "missed":
            # (of their groups' meetings since the first they are recorded at: a member of 2026
            # missed no call of 2016)
            groups = self.store.groups_of([person])
            since = _first_recorded([row for row in everyone if row[3] == person], self.store.meetings()).get(person, "")
            found = [m for m in meetings if m.group in groups and m.date >= since and not m.ids & there]
        else:
            found = [m for m in meetings if m.ids & there]
        return Answer("meetings", lang, question, meetings=tuple(found), names={"of": [person], "how": [how]})


# How someone was at a meeting (presence.was_there): there, whatever else is said of them.
_THERE = frozenset({"roll_call", "staff", "joined", "spoke", "took_floor"})


def _first_recorded(rows, meetings: list[MeetingSummary]) -> dict[str, str]:
    """The date of the first meeting each person is recorded at (present, staff, apologies),
    from ``attendance_rows``: their participation and what they missed count from it."""
    date_of = {i: m.date for m in meetings for i in m.ids}
    first: dict[str, str] = {}
    for mid, _group, _pid, name, _status in rows:
        day = date_of.get(mid)
        if day and (name not in first or day < first[name]):
            first[name] = day
    return first
