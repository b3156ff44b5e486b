"""Who a question names, as members write them: whole names or a first name a few people share,
misspelt ("Umberto Carasco"), typed in lower case on a phone; whose words it asks for ("What did
Humberto say about…?") as against whom it asks about ("Who thanked Aida?"); and names no one
known has, in the place of who spoke ("What did Batman say…?")."""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge import analysis, lexicon, lexicon_questions
from knowledge.analysis import ALL_STOPWORDS, QUESTION_WORDS
from knowledge.text import MONTH_WORD, fold

WORD = re.compile(r"[^\W\d_][\w'’-]*")      # a word as written, apostrophes and hyphens kept
# How close a name in a question must be to a known person (rapidfuzz, 0–100).
NAME_MATCH = 88
WORD_MATCH = 80     # each word of a name as written against the name's words (whole names)
_ENDING = re.compile(r"[aoe]s?$")
MAX_NAMESAKES = 8   # a first name shared by more people asks for none of them


def person_named(question: str, people: dict[int, str]) -> str | None:
    """A known person named in the question, whole or by a first or last name that only one
    person has ("Alberto Soto", "alberto soto", "Humberto")."""
    found = _named(question, people)
    return next(iter(found), None)


def people_named(question: str, people: dict[int, str], namesakes: int = 1) -> list[str]:
    """Every known person the question names (as ``person_named`` finds one), in the question's order;
    with ``namesakes``, a first name a few people share names each of them ("Carlos")."""
    found = _named(question, people, namesakes=namesakes)
    return sorted(found, key=found.get)


def _named(question: str, people: dict[int, str], namesakes: int = 1) -> dict[str, int]:
    """Each person named, by the position of the first word naming them; found whole names
    first (three words, then two), then a first or last name that only one person has (or up
    to ``namesakes`` people: "Carlos" names both Carlos Medina and Carlos Mendoza). A word
    names one person at most, but for namesakes."""
    if not people:
        return {}
    by_fold = {fold(n): n for n in people.values()}
    words = [w for w in fold(question).split() if len(w) > 1]
    found: dict[str, int] = {}
    used: set[int] = set()
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            span = set(range(i, i + n))
            if span & used or words[i] in lexicon.NAME_PARTICLES or words[i + n - 1] in lexicon.NAME_PARTICLES:
                continue        # (no name starts or ends with "de": "participation de Rodrigo Saucedo")
            gram = " ".join(words[i:i + n])
            hit = process.extractOne(gram, list(by_fold), scorer=fuzz.token_set_ratio)
            if hit and hit[1] >= NAME_MATCH and len(gram) >= 6 and _unique(gram, by_fold) \
                    and by_fold[hit[0]] not in found and _all_of_name(gram, hit[0]) \
                    and not any(w in lexicon.SAY_VERBS and w not in hit[0].split() for w in words[i:i + n]):
                # ("o que o mamadou disse?": "disse" is no misspelt Cissé)
                found[by_fold[hit[0]]] = i
                used |= span
    # A three-letter name counts when written with a capital, not first ("How many times did Léa speak?").
    written = WORD.findall(question)
    short_names = {f for x in written[1:] if x[:1].isupper() and len(x) == 3 for f in fold(x).split()}
    accented = {f for x in written if not x.isascii() for f in fold(x).split()}
    for i, w in enumerate(words):
        if i in used or len(w) < 4 and w not in short_names or w in _COMMON:
            continue
        alike = w not in accented       # ("Aïcha" written with its accent is hers, "aisha" may be either)
        owners = [n for f, n in by_fold.items() if _has_word(f, w, alike) and n not in found]
        if 1 <= len(owners) <= namesakes and len(owners) == sum(_has_word(f, w, alike) for f in by_fold):
            found.update((owner, i) for owner in owners)
            used.add(i)
    return found


def names_as_one(question: str, folded: str, people: dict[int, str]) -> str:
    """The question's ``folded`` text with each name it writes in several words as its first word
    alone ("did lucia de la fuente chair the call": "did lucia chair the call"), as wordings that
    leave a few words for a name ("did … chair") read it."""
    names = [fold(p).split() for p in people_named(question, people, namesakes=MAX_NAMESAKES)]
    words, kept, i = folded.split(), [], 0
    while i < len(words):
        end = i + 1
        for name in names:
            if len(name) > 1 and words[i] in name and words[i] not in lexicon.NAME_PARTICLES:
                j = i
                while j < len(words) and words[j] in name:
                    j += 1
                end = max(end, j)
        kept.append(words[i])
        i = end
    return " ".join(kept)


def _has_word(name: str, word: str, alike: bool = True) -> bool:
    """Is ``word`` one of a (folded) name's words, or (``alike``) its first name written as it
    sounds ("aisha" for Aïcha, "sylvia" for Silvia, "mark" for Marc): one first name, written
    two ways?"""
    return word in name.split() or alike and sounds(word) == sounds(name.split()[0])


_SOUNDS = (("sh", "ch"), ("ph", "f"), ("th", "t"), ("k", "c"), ("y", "i"), ("z", "s"))


def sounds(word: str) -> str:
    """A folded word as it sounds, for names written several ways: "aisha" and "aicha" are one,
    "mohammed" and "mohamed", "sylvia" and "silvia" (not "dana" and "diana")."""
    for written, said in _SOUNDS:
        word = word.replace(written, said)
    return re.sub(r"(.)\1", r"\1", word)


def people_called(name: str, people: dict[int, str]) -> list[str]:
    """The people a name given on its own refers to (``acta ask --speaker``, a name in the place
    of who spoke): those whose name has every word of it, give or take a typo ("Carlos": each
    Carlos; "Umberto Carasco": Humberto Carrasco), a few people at most. "Patricia Smith" or
    "Jean-Marc" are no one, though Patricia Villanueva and Jean-Baptiste are someone."""
    words = [w for w in _given_words(name) if w not in lexicon.NAME_PARTICLES]
    if not words:
        return []
    found = _named(name, people, namesakes=MAX_NAMESAKES)
    candidates = list(found) or sorted(people.values())
    called = [person for person in candidates if all(_spells(w, set(_given_words(person))) for w in words)]
    return called if len(called) <= MAX_NAMESAKES else []


def _given_words(name: str) -> list[str]:
    """A name's folded words, a hyphen splitting them and an apostrophe not ("Jean-Marc" is jean and
    marc; "O'Brien" is obrien, not Brian)."""
    return [w for w in (fold(part).replace(" ", "") for part in re.split(r"[\s-]+", name)) if len(w) > 1]


def speakers_asked(question: str, people: dict[int, str]) -> list[str]:
    """The people whose words the question asks for ("What did Humberto say about Montevideo?",
    "¿Qué dijeron Alberto y Humberto sobre…?", "Qu'ont dit Aida et Humberto…"): known people,
    written with a capital, within three words of a verb of saying and not after "about"/"sur"/
    "sobre"… Names joined by "and"/"et"/"y"/"e" are asked for together. A first name a few
    people share asks for each of them ("What did Carlos say…": Carlos Medina and Carlos Mendoza)."""
    if asks_who(question):         # "Who asked Patricia about registrars?" is not by her
        return []
    found = _named(question, people, namesakes=MAX_NAMESAKES)
    named = sorted(found, key=found.get)
    if not named:
        return []
    written = WORD.findall(question)
    folded = [fold(w) for w in written]
    words_of = {person: set(fold(person).split()) for person in named}
    # Who each capitalised word (not the first of the question) may name; a particle inside a
    # name ("Lucía de la Fuente", "João da Silva") names whom the word before it names. In a
    # question typed all in lower case ("que dijo umberto carasco…"), any word but the grammar's.
    blind = _lower_case(written)
    # (a hyphenated name is its words: "Jean-Baptiste")
    firsts = {fold(person).split()[0] for person in named}
    owners = [{p for p, ws in words_of.items() if f and all(_spells(part, ws) for part in f.split())}
              if _may_name(written, i, blind, firsts) else set() for i, f in enumerate(folded)]
    for i in range(1, len(written)):
        if not owners[i] and owners[i - 1]:
            owners[i] = {p for p in owners[i - 1] if folded[i] in words_of[p]}
    i = 0
    while i < len(written):
        if not owners[i]:
            i += 1
            continue
        # A run of names, joined by nothing or by "and": "Humberto Carrasco et Aida".
        start, together = i, set(owners[i])
        while i + 1 < len(written) and (owners[i + 1] or (
                folded[i + 1] in lexicon.CONJUNCTIONS and i + 2 < len(written) and owners[i + 2])):
            i += 1
            together |= owners[i]
        if not (start and folded[start - 1] in lexicon.ABOUT_WORDS) and \
                any(f in lexicon.SAY_VERBS or f in lexicon.ANSWER_VERBS for f in folded[max(0, start - 3):i + 4]):
            # The first run asked for is who spoke; a name after it is whom they spoke to or of
            # ("¿Qué le dijo Aida a Humberto…?", "What did Humberto say after Aida?").
            return [p for p in named if p in together]
        i += 1
    return []


def _lower_case(written: list[str]) -> bool:
    """Is the question typed without capitals (but perhaps its first letter)? Then names are too."""
    return not any(w[:1].isupper() for w in written[1:])


def _may_name(written: list[str], i: int, blind: bool, firsts: frozenset[str] | set[str] = frozenset()) -> bool:
    """May the question's ``i``-th word be (part of) a name: capitalised, not first; or, in a
    question typed in lower case, any word that is not a grammar word or a verb of saying, nor
    follows an article ("que dijeron las fuentes…" are sources, not Gabriela Fuentes) — but for
    a first name (``firsts``, give or take a typo) after "o"/"a"/"el"/"la", as Portuguese and
    spoken Spanish name people ("o que o joao disse?", "que dijo el tiago")."""
    if not blind:
        return bool(i) and written[i][:1].isupper()
    f = fold(written[i])
    if i and fold(written[i - 1]) in _ARTICLES and not (fold(written[i - 1]) in _BEFORE_FIRST_NAMES and _spells(f, set(firsts))):
        return False
    return f not in ALL_STOPWORDS and f not in QUESTION_WORDS and f not in lexicon.SAY_VERBS | lexicon.ANSWER_VERBS \
        and f not in lexicon.ABOUT_WORDS and f not in _COMMON


WHO_WORDS = frozenset("who qui quien quienes quem".split())
# "Did anyone mention Porto?", "¿Alguien habló de Nairobi?": who spoke is asked, the name is the topic.
_ANYONE = frozenset("anyone anybody someone somebody everyone quelqu personne alguien nadie alguem ninguem".split())


def asks_who_is(question: str) -> bool:
    """Does the question ask who someone is ("Qui est Rodrigo de La Parra ?", "Who was Aida?")?"""
    return bool(_WHO_IS.match(fold(question)))


_WHO_IS = re.compile(r"\W*(?:who (?:is|was)|qui (?:est|etait)|quien (?:es|era|fue)|quem (?:e|era|foi))\b")


def asks_who(question: str) -> bool:
    """Does the question ask who spoke ("Who mentioned Toronto?", "Did anyone mention Porto?")?"""
    folded = fold(question).split()
    return bool(set(folded[:2]) & WHO_WORDS or _ANYONE & set(folded))
_ARTICLES = frozenset("the a an le la les l el los las lo o os as un une uno una um uma".split())
# The articles Portuguese and spoken Spanish put before a first name ("o João", "la Patricia").
_BEFORE_FIRST_NAMES = frozenset("o a el la".split())


def speakers_written(question: str) -> list[str]:
    """The names as written in the slot of who spoke ("What did Batman say about the budget?",
    "¿Qué dijo Pedro Páramo…?", "What did Batman and Patricia say…", "Qu'ont dit Zorro, Aida et
    Humberto…"): capitalised runs of words joined by commas or "and"/"et"/"y"/"e", right before
    or right after a verb of saying, in a question that does not ask who ("Who mentioned Toronto?"
    asks about Toronto). Not the question's first word, nor acronyms or words with digits (ICANN,
    IPv6), nor a role or body after an article or an acronym ("the Board", "GNSO Council")."""
    tokens = list(WORD.finditer(question))
    if not tokens:
        return []
    folded = [fold(m.group()) for m in tokens]
    if asks_who(question):
        return []

    def between(k: int) -> str:
        return question[tokens[k - 1].end():tokens[k].start()].strip()

    def name_like(k: int, start: int) -> bool:
        w = tokens[k].group()
        return (k == start or not between(k)) and w[:1].isupper() and not w.isupper() \
            and not any(c.isdigit() for c in w) and folded[k] not in lexicon.SAY_VERBS \
            and not MONTH_WORD.fullmatch(folded[k])

    runs: list[tuple[int, int]] = []
    i = 1
    while i < len(tokens):
        start = i
        while i < len(tokens) and name_like(i, start):
            i += 1
        if i == start:
            i += 1
        elif not (folded[start - 1] in _ARTICLES or tokens[start - 1].group().isupper()):
            runs.append((start, i))
    # Runs joined by a comma or a conjunction are one slot ("Zorro, Aida et Humberto").
    chains: list[list[tuple[int, int]]] = []
    for start, end in runs:
        last = chains[-1][-1][1] if chains else None
        joined = last is not None and (
            start == last and between(start) == "," or
            start == last + 1 and folded[last] in lexicon.CONJUNCTIONS and not between(last).strip(","))
        if joined:
            chains[-1].append((start, end))
        else:
            chains.append([(start, end)])
    for chain in chains:
        first, end = chain[0][0], chain[-1][1]
        if folded[first - 1] in lexicon.SAY_VERBS or end < len(tokens) and folded[end] in lexicon.SAY_VERBS:
            return [question[tokens[s].start():tokens[e - 1].end()] for s, e in chain]
    return []


def _spells(word: str, name_words: set[str]) -> bool:
    """Is ``word`` one of a name's words, give or take a typo ("Umberto" for Humberto, "Carasco"
    for Carrasco)?"""
    return word in name_words or len(word) >= 4 and any(_typo(word, w) for w in name_words)


def _typo(written: str, name: str) -> bool:
    """A slip of the keyboard, not another name: one edit (a swap counts as one; two for long
    words), the same first letter but for a silent h, and not a gendered ending ("Gabriel" is not
    Gabriela, "Marco" not Marc, "Maria" not Maritza)."""
    allowed = 1 if max(len(written), len(name)) <= 9 else 2
    if OSA.distance(written, name) > allowed:
        return False
    if written.removeprefix("h")[:1] != name.removeprefix("h")[:1]:
        return False
    return _ENDING.sub("", written) != _ENDING.sub("", name)


def naming_words(question: str, persons: list[str]) -> set[str]:
    """The question's folded words that name one of these people, as spelt in the question
    ("umberto", "carasco" for Humberto Carrasco: capitalised words, so that "media" is not
    "Medina", unless the question is typed in lower case), and their names' own words."""
    theirs = {w for person in persons for w in fold(person).split()}
    written = WORD.findall(question)
    blind = _lower_case(written)
    if blind:       # in lower case, the topic's words are no name ("what did carlos say about the media")
        written = written[:_topic_start([fold(w) for w in written])]
    firsts = {fold(person).split()[0] for person in persons if person.strip()}
    capitalised = [fold(w) for i, w in enumerate(written) if _may_name(written, i, blind, firsts)]
    return theirs | {w for w in capitalised if _spells(w, theirs)}


def people_words(names) -> set[str]:
    """The folded words of these people's names (``store.people().values()``), as searches
    read them: what no typo is read as, no topic is made of, no language is guessed from."""
    return {w for name in names for w in analysis.words(name)}


def name_words(question: str, persons: list[str]) -> set[str]:
    """The words of these people's names, and the question's words that name them (misspelt)."""
    return {v for w in naming_words(question, persons) for v in analysis.words(w)}


def without_words(question: str, unwanted: set[str]) -> str:
    """The question without its words whose folded forms are among ``unwanted``."""
    return " ".join(w for w in question.split() if not set(analysis.words(w)) & unwanted)


def _topic_start(folded: list[str]) -> int:
    """Where the topic begins: at the first "about"/"sur"/"sobre"… after a verb of saying."""
    said = next((i for i, f in enumerate(folded) if f in lexicon.SAY_VERBS), None)
    if said is None:
        return len(folded)
    return next((i for i in range(said + 1, len(folded)) if folded[i] in lexicon.ABOUT_WORDS), len(folded))


def by_name_written(question: str, persons: list[str]) -> list[tuple[str, list[str]]]:
    """The people asked for, grouped by how the question names them: a first name several
    people share is one person asked for, who may be any of them ("Carlos" -> Carlos Medina,
    Carlos Mendoza); each group as the question writes it, or the person's full name."""
    written = {fold(w): w for w in WORD.findall(question)}
    heard = {sounds(f): f for f in written}         # ("mark": Marc-André too)
    groups: dict[tuple[str, ...], list[str]] = {}
    for person in persons:
        first = fold(person).split()[0]
        key = tuple(w for w in fold(person).split() if w in written) or \
            ((heard[sounds(first)],) if sounds(first) in heard else (fold(person),))
        groups.setdefault(key, []).append(person)
    return [(names[0] if len(names) == 1 else " ".join(written[w] for w in key), names)
            for key, names in groups.items()]


def namesakes_written(question: str, persons: list[str]) -> list[str]:
    """The people the first name the question writes alone may be ("Mamadou": Mamadou Cissé,
    Mamadou Sanogo); [] when each name it writes is one person's."""
    return next((names for _, names in by_name_written(question, persons) if len(names) > 1), [])


def _all_of_name(gram: str, name: str) -> bool:
    """Is every word of ``gram`` a word of ``name`` (give or take a typo)? "aida and mariana" is
    not the name Mariana, though it holds it."""
    parts = name.split()
    return all(max(fuzz.ratio(w, part) for part in parts) >= WORD_MATCH for w in gram.split())


def _unique(gram: str, by_fold: dict[str, str]) -> bool:
    return sum(1 for f in by_fold if fuzz.token_set_ratio(gram, f) >= NAME_MATCH) == 1


# Words that are also surnames or given names somewhere, but in a question are just words.
_COMMON = frozenset("""quel quelle quels quelles combien participation taux reunion reunions appel appels
    what which meeting meetings often many times rate attendance cuantas veces reuniones quantas vezes
    reunioes asistencia presence assiduite""".split())


def first_names_misspelt(question: str, people: dict[int, str], unsaid) -> list[tuple[str, str]]:
    """The words of the question that misspell a known first name ("tamra" for Tamara, "estevan"
    for Esteban: one slip, ``_typo``), each with that first name as its owner writes it: when only
    one first name is that close, no transcript says the word (``unsaid``: those of some folded
    words no transcript says, in any form), it is no word of our questions, and it stands where a
    name does (capitalised, not first; or next to a verb of saying: "que dijo tamra", "what did
    estevan say"). Ordinary words a slip from a name ("nada", "listo", "digo") are said in calls."""
    firsts: dict[str, str] = {}
    for person in people.values():
        written = person.split()[0]
        if len(fold(written)) >= 4:
            firsts.setdefault(fold(written), written)
    named = people_words(people.values())
    # (a whole name misspelt is named already: "Umberto Carasco")
    whole = {fold(person).split()[0] for person in _named(question, people, namesakes=MAX_NAMESAKES)}
    tokens = WORD.findall(question)
    folded = [fold(t) for t in tokens]
    found: dict[str, str] = {}
    for i, (token, w) in enumerate(zip(tokens, folded)):
        beside = {folded[j] for j in (i - 1, i + 1) if 0 <= j < len(folded)}
        placed = i and token[:1].isupper() and not token.isupper() or beside & lexicon.SAY_VERBS
        if len(w) < 4 or " " in w or not placed or w in named or w in _NOT_NAMES or MONTH_WORD.fullmatch(w) \
                or any(sounds(w) == sounds(f) for f in firsts):
            continue
        close = [f for f in firsts if _slip(w, f)]
        if len(close) == 1 and close[0] not in whole:
            found[token] = firsts[close[0]]
    gone = set(unsaid([fold(t) for t in found]))
    return [(token, first) for token, first in found.items() if fold(token) in gone]


def _slip(written: str, first: str) -> bool:
    """A slip writing a first name (``_typo``, one edit): a letter dropped or added ("tamra"), two
    swapped, a vowel for another, or a letter for one that sounds or sits alike ("estevan": b/v) —
    not another consonant ("pablo" is no Paulo)."""
    if OSA.distance(written, first) != 1 or not _typo(written, first):
        return False
    if len(written) != len(first):
        return True
    a, b = next((a, b) for a, b in zip(written, first) if a != b)
    return a in _VOWELS and b in _VOWELS or {a, b} in _ALIKE or sorted(written) == sorted(first)


_VOWELS = frozenset("aeiou")
# Letters written for each other: said alike in our languages (b/v, s/z, c/s, c/k, i/y, g/j), or side by side (m/n).
_ALIKE = [set(pair) for pair in "bv sz cs ck iy gj mn".split()]

# The words of our questions, which no name is read from though no transcript says them.
_NOT_NAMES = ALL_STOPWORDS | QUESTION_WORDS | lexicon.SAY_VERBS | lexicon.ANSWER_VERBS | lexicon.ABOUT_WORDS | _COMMON \
    | lexicon_questions.FRAME_WORDS | lexicon_questions.REQUEST_WORDS | _ANYONE
