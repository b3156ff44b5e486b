"""Who someone is: "Who is Humberto Carrasco?", "¿Qué rol tiene Tomás Echeverría?", "Quel est le rôle
d'Aïcha Benali ?", "¿Qué hace Harold Arcos?"; and who holds a role: "¿Quién es el enlace de LACRALO con
el ALAC?". The roles the transcripts give people («Tomás Echeverría, nuestro secretario», «Il est
notre liaison avec l'ALAC»), and what they did in the meetings (chaired, read the roll call or the
agenda, presented an item), from what was read of each meeting."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from knowledge import chairing, naming, people, rollcall
from knowledge.agenda import reading_turn
from knowledge.models import PRESENT, STAFF_STATUS, Answer, MeetingDetail, MeetingSummary, Turn
from knowledge.search import Hit
from knowledge.summary import presenters
from knowledge.text import fold, sentences

# Role nouns, accent-folded, by the role they name in any of the four languages.
ROLE_NOUNS: dict[str, tuple[str, ...]] = {
    "chair": ("chair", "chairman", "chairwoman", "chairperson", "president", "presidente", "presidenta"),
    "vice_chair": ("vice chair", "vice-chair", "vice-president", "vice president", "vicepresidente", "vicepresidenta",
                   "vice-presidente", "vice-presidente"),
    "secretary": ("secretary", "secretaire", "secretario", "secretaria"),
    "liaison": ("liaison", "enlace", "elo", "ligacao"),
    "coordinator": ("coordinator", "coordinateur", "coordinatrice", "coordinador", "coordinadora", "coordenador",
                    "coordenadora"),
    "treasurer": ("treasurer", "tresorier", "tresoriere", "tesorero", "tesorera", "tesoureiro", "tesoureira"),
    "representative": ("representative", "representant", "representante", "representante"),
}
_NOUN_ROLE = {noun: role for role, nouns in ROLE_NOUNS.items() for noun in nouns}
# What comes before a role noun that gives it to someone: "our secretary", "notre liaison", "el enlace".
_DETERMINERS = r"(?:our|their|the|his|her|notre|nos|leur|le|la|l'|son|sa|nuestro|nuestra|su|el|la|nosso|nossa|o|a|seu|sua)"
_NOUNS = "|".join(sorted((re.escape(n) for n in _NOUN_ROLE), key=len, reverse=True))
# A role noun and what it is of: "liaison avec l'ALAC", "secretary of LACRALO" (a name or acronym).
_ROLE = (rf"(?P<role>{_DETERMINERS} (?P<noun>{_NOUNS})\b"
         r"(?P<of> (?:with|for|of|to|avec|pour|de|du|des|aupres|con|para|del|com|do|da|junto) (?:the |l'|le |la |el |o |a )?"
         r"[A-Z][\w'-]*)?)")
_IS = r"(?:is|was|est|etait|es|era|fue|e|foi)"
# "He is our liaison with the ALAC": of the last one named before it in the turn.
_PRONOUN_IS = re.compile(rf"^(?:and |et |y |e )?(?:he|she|il|elle|el|ella|ele|ela) {_IS} {_ROLE}", re.IGNORECASE)
# "What is X's role?", "Qui est X ?", "¿Qué rol tiene X?", "¿Qué hace X?", "Qual é o papel de X?": the slot is who.
_ASKED = re.compile(
    r"^(?:and |et |y |e )?(?:"
    r"(?:who|qui|quien|quem) (?:is|was|est|etait|es|era|fue|e|foi) (?P<who>.+)|"
    r"what (?:is|was|are) (?P<en>.+?) s (?:role|job|position|title)|"
    r"what (?:is|was) the (?:role|job|position) of (?P<en_of>.+)|"
    r"what (?:does|did) (?P<en_do>.+?) do|"
    r"quel (?:est|etait) (?:le )?(?:role|poste|fonction) (?:de |d )(?P<fr>.+)|"
    r"que fait (?P<fr_do>.+)|"
    r"(?:que|q|qual|cual) (?:es |e |era |foi |fue )?(?:el |o )?(?:rol|papel|cargo|funcao|funcion) "
    r"(?:tiene |de |do |da |del )?(?P<es>.+)|"
    r"(?:que|q|o que|oq) (?:hace|hacia|faz|fazia) (?P<es_do>.+)"
    r")$")
MAX_MEETINGS = 10       # what someone did: in their latest meetings, the others counted


@dataclass(frozen=True)
class Stated:
    """A role a turn gives someone: «nuestro secretario» said by Lucía de la Fuente in a meeting."""
    role: str           # a key of ROLE_NOUNS
    words: str          # as said: "nuestro secretario", "notre liaison avec l'ALAC"
    meeting_id: str
    turn: Turn


def _plain(text: str) -> str:
    """Accents stripped, one character for one, so that a match's offsets are the text's."""
    return "".join(unicodedata.normalize("NFKD", c)[0] for c in text)


def asked_about(question: str, known: dict[int, str]) -> list[str] | None:
    """The people a question asks who they are or what they do ("Who is Humberto?", "q rol tiene
    tomas echeverria"); None when it asks no such thing, or its slot names no one known ("Who is
    the chair?", "Qui est présent ?")."""
    m = _ASKED.match(fold(question))
    if not m:
        return None
    # (the slot is a name and no more: "who is humberto's replacement" is no one)
    return naming.people_called(next(v for v in m.groupdict().values() if v), known) or None


def role_asked(question: str) -> str | None:
    """The role a question asks who holds ("¿Quién es el enlace de LACRALO con el ALAC?", "Who is
    our secretary?"), or None."""
    m = re.match(rf"^(?:who|qui|quien|quem) {_IS} (?P<rest>.+)$", fold(question))
    if not m:
        return None
    words = m.group("rest").split()
    nouns = [_NOUN_ROLE[w] for w in words[:3] if w in _NOUN_ROLE]
    return nouns[0] if nouns else None


def stated(turns: Sequence[Turn], meeting_id: str, names: dict[int, str]) -> dict[str, list[Stated]]:
    """The roles a meeting's turns give people, by person: an apposition («Tomás Echeverría,
    nuestro secretario»), "X is our chair", or "He is our liaison with the ALAC" after X was the
    last one named in the turn. A role noun next to another name is that one's."""
    out: dict[str, list[Stated]] = {}
    called, anyone = _calling_patterns(tuple(names.values()))
    for turn in turns:
        last: str | None = None
        for sentence in sentences(turn.text):
            plain = _plain(sentence)
            if (m := _PRONOUN_IS.match(plain)) and last:
                out.setdefault(last, []).append(_stated(m, sentence, meeting_id, turn))
            seen = [(calling, person, list(alone.finditer(plain))) for calling, person, alone in called] \
                if anyone.search(plain) else []      # (most sentences name no one)
            for calling, person, there in seen:
                # (a calling that gives a role is there alone, the role after it; unless it ends in no letter: "… Jr.")
                gives = [g for a in there if (g := _GIVES.match(plain, a.end()))] if re.match(r"\w", calling[-1:]) \
                    else list(_gives(calling).finditer(plain))
                for m in () if person is None else gives:
                    out.setdefault(person, []).append(_stated(m, sentence, meeting_id, turn))
            named = [(m.start(), person, len(calling)) for calling, person, there in seen for m in there]
            # (the last named in the turn: the longest calling of those starting at the last place)
            last = max(named, key=lambda n: (n[0], n[2]))[1] if named else last
    return out


def _stated(m: re.Match, sentence: str, meeting_id: str, turn: Turn) -> Stated:
    return Stated(_NOUN_ROLE[m.group("noun").lower()], sentence[m.start("role"):m.end()], meeting_id, turn)


def _callings(names: dict[int, str]) -> list[tuple[str, str | None]]:
    """How people are called in the turns, each with whose name it is: the whole name, and a first
    name (two Carlos: "Carlos" alone is someone, but no one in particular: None)."""
    firsts: dict[str, list[str]] = {}
    for name in names.values():
        firsts.setdefault(_plain(name.split()[0]).lower(), []).append(name)
    out: list[tuple[str, str | None]] = [(_plain(name), name) for name in names.values()]
    out += [(first, named[0] if len(named) == 1 else None) for first, named in firsts.items() if len(first) > 2]
    return sorted(out, key=lambda c: -len(c[0]))


@lru_cache(maxsize=4)
def _calling_patterns(names: tuple[str, ...]) -> tuple[list[tuple[str, str | None, re.Pattern]], re.Pattern]:
    """``_callings`` with their pattern, compiled once for a set of people, and one that finds any."""
    called = _callings(dict(enumerate(names)))
    anyone = "|".join(re.escape(calling) for calling, _ in called) or "(?!)"
    return ([(calling, person, re.compile(rf"\b{re.escape(calling)}\b", re.IGNORECASE)) for calling, person in called],
            re.compile(rf"\b(?:{anyone})\b", re.IGNORECASE))


_GIVES = re.compile(rf"(?:, | {_IS} ){_ROLE}", re.IGNORECASE)     # after a calling: "…, nuestro secretario"


@lru_cache(maxsize=1024)
def _gives(calling: str) -> re.Pattern:
    """A calling giving a role: "Tomás, nuestro secretario", "Tomás is our secretary"."""
    return re.compile(rf"\b{re.escape(calling)}(?:, | {_IS} ){_ROLE}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _accented() -> dict[str, str]:
    """Per character, those that ``_plain`` reads as it ("e": "éèêëÉ…", " ": the no-break space…)."""
    out: dict[str, str] = defaultdict(str)
    for code in (*range(0x80, 0x2500), *range(0xFF00, 0xFFF0)):     # (Latin to letter-like signs; full width)
        c = chr(code)
        if (base := unicodedata.normalize("NFKD", c)[:1]) and base != c:
            out[base.lower()] += c
    return out


def sieve(words: Sequence[str]) -> re.Pattern:
    """A pattern that finds any of ``words`` (whole) in a turn's text as written, accented or not, in
    any case: the turns where ``stated`` can find them (read closely after), among thousands."""
    def char(c: str) -> str:
        return "[" + "".join(re.escape(x) for x in sorted(set(c + c.lower() + c.upper() + _accented()[c.lower()]))) + "]"
    def bound(word: str) -> str:        # (a whole word, as ``stated``'s patterns read it)
        return ((r"\b" if re.match(r"\w", word) else "") + "".join(char(c) for c in word)
                + (r"\b" if re.match(r"\w", word[-1]) else ""))
    return re.compile("|".join(bound(word) for word in words), re.IGNORECASE)


@lru_cache(maxsize=1)
def _saying_a_role() -> re.Pattern:
    """The turns that say a role's name: the only ones that can give someone a role."""
    return sieve(list(_NOUN_ROLE))


@dataclass(frozen=True)
class Did:
    """What someone did in one meeting, as read from it."""
    meeting_id: str
    present: bool
    turns: int
    chaired: bool
    roll_call: bool
    agenda: bool
    presented: tuple[str, ...]      # the agenda items they presented
    staff: bool = False             # named as staff in its roll call


def did(detail: MeetingDetail, name: str) -> Did | None:
    """What ``name`` did in a meeting (None when they were not there and the meeting never names them
    as presenting)."""
    key = people.key(name)
    present = any(people.key(a.name) == key and a.status == PRESENT for a in detail.attendance)
    staff = any(people.key(a.name) == key and a.status == STAFF_STATUS for a in detail.attendance)
    spoke = sum(1 for t in detail.turns if people.key(t.speaker) == key)
    items = tuple(i.title for i in presenters(detail) if i.presenter and people.key(i.presenter) == key)
    if not (present or staff or spoke or items):
        return None

    def by(turn) -> bool:
        return bool(turn) and people.key(turn.speaker) == key
    return Did(detail.summary.id, present or staff or bool(spoke), spoke, by(chairing.chair(detail.turns)),
               by(rollcall.roll_call_turn(detail.turns)), by(reading_turn(detail.turns)), items, staff)


def answer(store, question: str, lang: str, asked: list[str], meetings: Sequence[MeetingSummary]) -> Answer | None:
    """Who someone is, from the meetings: the roles the turns give them (quoted, with who said it)
    and what they did in each meeting they were at (``did``); of namesakes ("Who is Carlos?"): which one.
    None for someone only spoken of, given no role ("Qui est Rodrigo de La Parra ?"): what was said of them."""
    if len(asked) > 1:
        return Answer("which_person", lang, question, names={"persons": list(asked)})
    person, names = asked[0], store.people()
    # (only the turns that name them (their first name is in each calling) and a role can give them one)
    naming_them = store.turns_matching(sieve([_plain(person.split()[0])]), _saying_a_role())
    there = store.meetings_of(person)
    found: list[Stated] = []
    at: list[MeetingSummary] = []
    for m in meetings:
        mid = m.version(lang) or m.id
        # a role said in one language version is said in them all: the member's version first
        for version in [mid] + sorted(m.ids - {mid}):
            if version not in naming_them:      # (no turn there names them with a role)
                continue
            said = stated(naming_them[version], version, names).get(person, [])
            if said:
                found += [s for s in said if s.role not in {f.role for f in found}]
                break
        if mid in there:
            at.append(m)
    if not (found or at):
        return None
    # what they did in their latest meetings (an attendee of 500 gets ten, and how many more)
    done = [what for m in at[-MAX_MEETINGS:] if (what := did(store.meeting(m.version(lang) or m.id), person))]
    summaries = {i: m for m in meetings for i in m.ids}
    return Answer("role", lang, question, meetings=tuple(at[-MAX_MEETINGS:]), names={
        "person": [person],
        "roles": [(s.words, s.turn.speaker, s.meeting_id) for s in found],
        "did": [(d.meeting_id, d.turns, d.staff, d.chaired, d.roll_call, d.agenda, list(d.presented)) for d in done],
        "more": [max(0, len(at) - MAX_MEETINGS)]},
        sources=tuple(Hit.of_turn(summaries[s.meeting_id], s.turn) for s in found))


def holders(store, question: str, lang: str, role: str, meetings: Sequence[MeetingSummary]) -> Answer | None:
    """Who the turns say holds a role ("¿Quién es el enlace de LACRALO con el ALAC?": «notre liaison
    avec l'ALAC», Humberto Carrasco), or None when no turn gives it to anyone."""
    names = store.people()
    saying = store.turns_matching(sieve(ROLE_NOUNS[role]))     # (the turns that say the role's name)
    found: dict[str, Stated] = {}
    for m in meetings:
        mid = m.version(lang) or m.id
        for version in [v for v in [mid] + sorted(m.ids - {mid}) if v in saying]:
            for person, said in stated(saying[version], version, names).items():
                for s in said:
                    if s.role == role and person not in found:
                        found[person] = s
    if not found:
        return None
    if len(found) == 1:
        return answer(store, question, lang, list(found), meetings)
    summaries = {i: m for m in meetings for i in m.ids}
    return Answer("role", lang, question, names={
        "holders": [(person, s.words, s.turn.speaker, s.meeting_id) for person, s in found.items()]},
        sources=tuple(Hit.of_turn(summaries[s.meeting_id], s.turn) for s in found.values()))
