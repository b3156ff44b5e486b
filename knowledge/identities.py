"""Who is who within one meeting: the speaker labels that are one person (however spelt), the
roll call's names matched to them, staff, interpreters and operators, and the attendance read from
the roll call and from who spoke. Used by ``transcripts.build``."""
from __future__ import annotations

from collections import Counter

from knowledge import people, rollcall
from knowledge.models import MEMBER, NON_MEMBER_ROLES, PRESENT, STAFF, STAFF_STATUS, Attendee, Person, RawTurn, Turn


class Identities:
    """Who each label and each roll-call name is, within one meeting."""

    def __init__(self, canonical: dict[str, str], roles: dict[str, str], names: dict[str, str],
                 aliases: dict[str, set[str]]):
        self.canonical = canonical   # label key -> person key
        self.roles = roles           # label key -> role
        self.names = names           # person key -> display name
        self.aliases = aliases       # person key -> keys of other spellings
        self.staff: set[str] = set()  # person keys read out as staff

    def person_of(self, label: str) -> str | None:
        k = people.key(label)
        return None if self.roles.get(k, MEMBER) in NON_MEMBER_ROLES else self.canonical.get(k, k)

    def role_of(self, label: str) -> str:
        role = self.roles.get(people.key(label), MEMBER)
        return STAFF if role == MEMBER and self.person_of(label) in self.staff else role

    def name_of(self, label: str) -> str:
        person = self.person_of(label)
        return self.names[person] if person else people.display_name(label)

    def resolve(self, name: str) -> tuple[str | None, str]:
        """The person key and display name a free-text name refers to (e.g. an agenda presenter)."""
        k = people.key(name)
        if k in self.canonical:
            k = self.canonical[k]
        hit = k if k in self.names else people.match_name(name, self.names)
        return (hit, self.names[hit]) if hit else (None, name)

    def add(self, name: str) -> str:
        """A person named in the roll call: the speaker it refers to, or a new person."""
        person, _ = self.resolve(name)
        if person is None:
            person = people.key(name)
            self.names[person] = name
            self.aliases.setdefault(person, set())
        elif people.key(name) != person:
            self.aliases.setdefault(person, set()).add(people.key(name))
        return person

    def people(self) -> tuple[Person, ...]:
        return tuple(Person(key=k, name=n, aliases=tuple(sorted(self.aliases.get(k, ()))))
                     for k, n in self.names.items())


def identify(raw: list[RawTurn], roll: list[rollcall.RollCallEntry]) -> Identities:
    roles = {people.key(t.label): people.role_of(t.label) for t in raw}
    counts = Counter(people.key(t.label) for t in raw if roles[people.key(t.label)] == MEMBER)
    roll_keys = {people.key(e.name) for e in roll}
    canonical = people.cluster_labels(counts, protected=roll_keys)
    # Display names: the roll call's spelling (with accents) when it is the same name, else the label's.
    spelled = {people.key(e.name): e.name for e in roll}
    labels_as_written = {}
    for t in raw:
        labels_as_written.setdefault(people.key(t.label), t.label)
    names, aliases = {}, {}
    for label_key, person in canonical.items():
        if label_key == person:
            names[person] = people.best_spelling(spelled.get(person), labels_as_written.get(person, person))
        else:
            aliases.setdefault(person, set()).add(label_key)
    identities = Identities(canonical, roles, names, aliases)
    for e in roll:
        if e.status in (PRESENT, "apology", STAFF_STATUS):
            person = identities.add(e.name)
            if e.status == STAFF_STATUS:
                identities.staff.add(person)
    return identities


def attendance_of(roll: list[rollcall.RollCallEntry], turns: tuple[Turn, ...],
                  identities: Identities) -> tuple[Attendee, ...]:
    """The meeting's attendance: the roll call's, who read it out, and whoever spoke."""
    out: list[Attendee] = []
    present: set[str] = set()
    for e in roll:
        person = identities.resolve(e.name)[0] if e.status != "interpreter" else None
        name = identities.names[person] if person else e.name
        out.append(Attendee(name=name, status=e.status, channel=e.channel, person=person))
        if e.status in (PRESENT, STAFF_STATUS) and person:
            present.add(person)
    staff = {a.person for a in out if a.status == STAFF_STATUS}
    reader = rollcall.roll_call_turn(turns) if any(e.status == PRESENT for e in roll) else None
    if reader is not None and reader.person and reader.person not in present | staff and reader.role == MEMBER:
        # Who reads the roll call out was there from the start, named in it or not.
        present.add(reader.person)
        out.append(Attendee(name=reader.speaker, status=PRESENT, person=reader.person, source="roll_call"))
    for t in turns:
        if t.person and t.person not in present and t.person not in staff:
            present.add(t.person)
            out.append(Attendee(name=t.speaker, status=PRESENT, person=t.person, source="spoke"))
    return tuple(out)
