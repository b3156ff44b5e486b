"""Questions whose answer is data, not a quotation: who attended, who sent apologies, the agenda,
who presented an item, who chaired, which meetings exist, how often someone attended, who spoke most. Recognised by their wording in
fr/es/pt/en; the meetings they are about by a date, a month, a group, a meeting id or "last"."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge import lexicon, opening
from knowledge.models import MeetingSummary
from knowledge.text import fold

# Checked in this order (folded text).
PATTERNS = (
    ("next", r"\b(?:next|upcoming) (?:call|meeting|webinar)|prochaine? (?:appel|reunion|webinaire)|"
             r"proxim[ao] (?:llamada|reunion|seminario|chamada|reuniao|webinario)|when is the next\b"),
    ("participation", r"\b(?:participation|participacion|participacao|attendance rate|taux de (?:presence|participation)|"
                      r"how (?:often|many (?:meetings|calls)) (?:did|has|have|does)|"
                      r"combien de (?:reunions|appels)|cuantas (?:reuniones|llamadas)|quantas (?:reunioes|chamadas)|"
                      r"assiduite|asistencia de|assiduidade)\b"),
    ("speakers", r"\b(?:(?:spoke|talked|spoken|speaks) (?:the )?most|most active|qui a le plus (?:parle|pris la parole)|"
                 r"qui parle le plus|quien (?:hablo|ha hablado|habla) mas|quem (?:falou|fala) mais|"
                 r"temps de parole|tiempo de palabra|tempo de fala)\b"),
    # "Who chaired the AFRALO call?": the member who gave the floor (chairing.chair).
    ("chair", r"\b(?:who (?:chaired|chairs|was (?:the )?chair(?:ing|man|woman|person)?|led|ran|moderated|presided)|"
              r"qui (?:a (?:preside|anime|dirige|modere)|presidait|animait|dirigeait|moderait|"
              r"etait (?:le |la )?(?:president|presidente|animateur|animatrice|moderat\w+))|"
              r"quien(?:es)? (?:presidio|presidia|dirigio|modero|condujo|coordino|"
              r"(?:fue|era) (?:el |la )?(?:president[ea]|moderador[a]?))|"
              r"quem (?:presidiu|presidia|conduziu|dirigiu|moderou|coordenou|"
              r"(?:foi|era) (?:o |a )?(?:president[ea]|moderador[a]?)))\b"),
    ("survey", r"^(?=.*\b(?:questions?|preguntas?|perguntas?)\b).*\b(?:survey|questionnaire|sondage|encuesta|"
               r"cuestionario|pesquisa|questionario|enquete)\b"),
    ("apologies", r"\b(?:apolog\w*|excuses?|excuse|s est excuse|se sont excuses|disculpas?|disculpo|"
                  r"disculparon|desculpas?|desculpou|ausencias?|ausentes?|absents?|absences?)\b"),
    ("attendance", r"\b(?:who (?:attended|was (?:there|present)|were (?:there|present)|joined|came)|attendees|"
                   r"how many (?:people|participants|members|attended)|combien de (?:personnes|participants|membres)|"
                   r"cuant[oa]s (?:personas|participantes|miembros)|quant[oa]s (?:pessoas|participantes|membros)|"
                   r"attendance|roll call|qui (?:etait|etaient) (?:la|present\w*)|qui a (?:assiste|participe)|"
                   r"qui ont (?:assiste|participe)|les presents|liste des presents|participants|"
                   r"quien(?:es)? (?:asistio|asistieron|estuvo|estuvieron|participo|participaron)|asistentes|"
                   r"quem (?:participou|participaram|esteve|estiveram|compareceu)|participantes|presentes)\b"),
    # "Who gave the capacity building report?": a few words may come between.
    ("presenter", r"^\W*(?:who (?:presented|gave (?:the|a) (?:\w+ ){0,4}?(?:presentation|talk|report|update))|"
                  r"qui a (?:presente|fait (?:la|une) presentation|fait le (?:rapport|point))|"
                  r"quien(?:es)? (?:presento|presentaron|(?:hizo|dio) (?:la presentacion|el informe))|"
                  r"quem (?:apresentou|(?:fez|deu) (?:a apresentacao|o relatorio)))\b"),
    ("agenda", r"\b(?:agenda|ordre du jour|orden del dia|pauta|ordem do dia)\b"),
    # "Summary of the last call", "Résumé de la réunion de juin", "Resumen de la última llamada":
    # only with nothing else to it ("summarise the discussion about the budget" is a search).
    ("summary", r"\b(?:summary|summarize|summarise|recap|minutes|resume|resumen|resumir|resuma|resumo|resumez|"
                r"compte rendu|synthese|sintesis|sintese)\b"),
    ("meetings", r"\b(?:(?:which|what|list(?: of)?|all(?: the)?) (?:meetings|calls|webinars)|"
                 r"quelles? (?:sont les )?(?:reunions|appels|webinaires)|liste des (?:reunions|appels)|"
                 r"(?:que|cuales|lista de) (?:reuniones|llamadas)|(?:quais|lista de) (?:reunioes|chamadas)|"
                 r"meetings do you (?:know|have))\b"),
    # "When was the last AFRALO call?", "¿Hubo reunión en marzo?": the meetings, with no topic.
    ("meetings_held", r"\b(?:when (?:was|is) the (?:last|latest|previous) (?:\w+ ){0,2}?(?:meeting|call|webinar)|"
                 r"quand (?:a eu lieu|etait|est) (?:la derniere (?:reunion|seance)|le dernier (?:appel|webinaire))|"
                 r"cuando (?:fue|es) (?:la ultima (?:reunion|llamada)|el ultimo webinar)|"
                 r"quando (?:foi|e) (?:a ultima (?:reuniao|chamada)|o ultimo webinario)|"
                 r"was there an? (?:meeting|call|webinar)|y a-t-il eu une? (?:reunion|appel|webinaire)|"
                 r"hubo (?:una )?(?:reunion|llamada)|houve (?:uma )?(?:reuniao|chamada))\b"),
)
_PATTERNS = [(kind, re.compile(p)) for kind, p in PATTERNS]
_NO_TOPIC = frozenset({"summary", "chair", "meetings_held"})    # a data question only with no topic word
_KIND_OF = {"meetings_held": "meetings"}
_LAST = re.compile(r"\b(?:last|latest|most recent|previous|derniere?|precedente?|ultim[ao]|mas reciente|"
                   r"mais recente|anterior)\b")
_MONTH_YEAR = re.compile(r"\b([a-zà-ÿç]{3,10})\.?\s+(?:de\s+|del\s+)?(\d{4})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMERIC_DATE = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_WHY = re.compile(r"^\W*(?:why|pourquoi|por que|por qué|porque)\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")      # a word as written, apostrophes and hyphens kept
_MONTH_WORD = re.compile("|".join(sorted({fold(w) for w in lexicon.MONTHS_PATTERN.split("|")})))
_KIND_WORDS = [("webinar", re.compile(r"\b(?:webinar|webinaire|webinario|seminario web)\b")),
               ("monthly_call", re.compile(r"\b(?:monthly|mensuel\w*|mensual|mensal)\b"))]
# Words a data question uses around what it asks for ("who attended the last call in June?").
_FRAME_WORDS = """meeting meetings call calls reunion reunions appel appels llamada llamadas reuniao reunioes chamada
    chamadas webinar webinaire webinario last latest recent derniere dernier ultima ultimo precedent previous
    monthly mensuel mensuelle mensual mensal list liste lista all tous toutes todos todas todas were was
    present presents presentes people personnes personas pessoas member members membres miembros membros
    sent envoye enviaron enviaram names noms nombres nomes know connais conoces conhece there la ahi
    questions question preguntas pregunta perguntas pergunta asked posees posées hechas feitas read lues
    month mois mes week semaine semana please pls plz svp stp porfa favor""".split()
# "last month" / "this month" as two folded words: True for the month before.
_RELATIVE_MONTHS = {("last", "month"): True, ("mois", "dernier"): True, ("mois", "passe"): True,
                    ("mes", "pasado"): True, ("mes", "passado"): True,
                    ("this", "month"): False, ("ce", "mois"): False, ("este", "mes"): False, ("neste", "mes"): False}
_MEETING_NOUNS = frozenset("""meeting meetings call calls reunion reunions appel appels llamada llamadas reuniao
    reunioes chamada chamadas webinar webinars webinaire webinaires webinario webinarios""".split())
_MONTH_PREPOSITIONS = frozenset("in of on during en de del da do em no na au du durant".split())
MAX_TOPIC_WORDS = 1
# How close a name in a question must be to a known person (rapidfuzz, 0–100).
NAME_MATCH = 88
WORD_MATCH = 80     # each word of a name as written against the name's words (whole names)
_ENDING = re.compile(r"[aoe]s?$")
MAX_NAMESAKES = 8   # a first name shared by more people asks for none of them


@dataclass(frozen=True)
class Intent:
    kind: str
    meetings: tuple[str, ...] = ()   # the meetings the question names (empty: not said)
    person: str | None = None        # a person's display name, when one is named
    named_but_missing: bool = False  # a date, month or group was named, and no meeting has it


def detect(question: str, meetings: list[MeetingSummary], people: dict[int, str],
           language: str = "en", today: dt.date | None = None) -> Intent | None:
    """The structured question asked, if any (None: a question for search).

    A data question says little besides what it asks for: "who attended the last call?". One
    that also names a topic ("what did the attendees say about the Toronto event?"), asks what
    someone said about something, or asks why, is a question for search."""
    folded = fold(question)
    if _WHY.search(folded):
        return None
    for kind, rx in _PATTERNS:
        m = rx.search(folded)
        if not m:
            continue
        # "¿Qué dijo Alberto sobre la participación…?" asks for Alberto's words ("Who spoke most,
        # Humberto or Aida?" does not).
        if kind != "speakers" and speakers_asked(question, people):
            return None
        named = meetings_named(question, meetings, language, today)
        person = person_named(question, people)
        # "Who presented the mitigation plan?" names its topic: an agenda item's title. "Who ran
        # the survey?" or "Was there a call on the budget?" are about the topic, not the data.
        allowed = 0 if kind in _NO_TOPIC else MAX_TOPIC_WORDS
        if kind not in ("next", "presenter") and _topic_words(folded, m, person, meetings) > allowed:
            return None
        return Intent(_KIND_OF.get(kind, kind), tuple(x.id for x in named) if named is not None else (), person,
                      named_but_missing=named == [])
    return None


def _topic_words(folded: str, match: re.Match, person: str | None, meetings: list[MeetingSummary]) -> int:
    """How many words of the question are about something else than the data asked for."""
    from knowledge.analysis import ALL_STOPWORDS, QUESTION_WORDS

    rest = (folded[:match.start()] + " " + folded[match.end():]).split()
    known = set(_FRAME_WORDS) | {g.lower() for m in meetings if m.group for g in [m.group]}
    if person:
        known |= set(fold(person).split())
    return sum(1 for w in rest if w not in ALL_STOPWORDS and w not in QUESTION_WORDS and w not in known
               and not w.isdigit() and not _MONTH_WORD.fullmatch(w) and len(w) > 2)


def event_named(question: str, meetings: list[MeetingSummary]) -> Callable[[str], bool] | None:
    """Which events "when is the next …?" asks about, as a test of an event's title: of the kind
    ("le prochain webinaire") and the group ("the next NARALO call") named. None: any event."""
    folded = fold(question)
    groups = {m.group.lower() for m in meetings if m.group and m.group.lower() in folded.split()}
    kinds = [rx for _, rx in _KIND_WORDS if rx.search(folded)]
    if not groups and not kinds:
        return None

    def titled(title: str) -> bool:
        words = fold(title)
        return (not groups or bool(groups & set(words.split()))) and all(rx.search(words) for rx in kinds)
    return titled


def meetings_named(question: str, meetings: list[MeetingSummary], language: str = "en",
                   today: dt.date | None = None) -> list[MeetingSummary] | None:
    """The meetings a question points at: an id, a date, a month, a year, last month, a group, a
    kind, or the last one. None when it names none; [] when it names one that does not exist."""
    if not meetings:
        return None
    lowered = question.lower()
    by_id = [m for m in meetings if m.id in lowered]
    if by_id:
        return by_id
    folded = fold(question)
    words = folded.split()
    groups = {m.group for m in meetings if m.group and m.group.lower() in words}
    kinds = {kind for kind, rx in _KIND_WORDS if rx.search(folded)}
    pool = [m for m in meetings if (not groups or m.group in groups) and (not kinds or m.kind in kinds)]
    found = _dated(question, folded, pool, language, today)
    if found is not None:
        return found
    if _LAST.search(folded):
        return pool[-1:]
    return pool if groups or kinds else None


def dated(question: str, meetings: list[MeetingSummary], language: str = "en",
          today: dt.date | None = None) -> list[MeetingSummary] | None:
    """The meetings a question's date points at ("what was said about mediation in February
    2020?", "in 2020", "last month", "le 20 juin 2016"); None when it names no date, [] when no
    meeting has it. A month alone is not taken: in a monthly call's archive almost every month
    has a meeting, and "the comments due in October" speaks of a deadline."""
    return _dated(question, fold(question), meetings, language, today, month_alone=False) if meetings else None


def _dated(question: str, folded: str, pool: list[MeetingSummary], language: str,
           today: dt.date | None, month_alone: bool = True) -> list[MeetingSummary] | None:
    relative = _relative_month(folded.split())
    if relative:
        today = today or dt.date.today()
        first = today.replace(day=1)
        month = (first - dt.timedelta(days=1)).replace(day=1) if relative[1] else first
        return [m for m in pool if m.date.startswith(month.isoformat()[:7])]
    date = opening.find_date(question, language)
    if date:
        return [m for m in pool if m.date == date.isoformat()]
    for month_word, year in _MONTH_YEAR.findall(question):
        month = opening.find_date(f"1 {month_word} {year}", language)
        if month:
            return [m for m in pool if m.date.startswith(month.isoformat()[:7])]
    year = _YEAR.search(folded)
    if year:
        pool = [m for m in pool if m.date.startswith(year.group(0))]
        return pool[-1:] if _LAST.search(folded) else pool
    named = _month_alone(question, language) if month_alone else None
    if named:         # "the September call", "on 5 October": the latest such month that has one
        month_number, day = named
        pool = [m for m in pool if int(m.date[5:7]) == month_number and (day is None or int(m.date[8:10]) == day)]
        return [m for m in pool if m.date[:4] == pool[-1].date[:4]] if pool else []
    return None


def _relative_month(folded: list[str]) -> tuple[int, bool] | None:
    """Where the folded words say "last month" or "this month" (a word may be "mois ci"), and
    whether it is the month before."""
    for i in range(len(folded) - 1):
        pair = (folded[i], (folded[i + 1].split() or [""])[0])
        if pair in _RELATIVE_MONTHS:
            return i, _RELATIVE_MONTHS[pair]
    return None


def without_dates(question: str) -> str:
    """The question without the words that date it ("in February 2020", "le 20 juin 2016", "last
    month"), and "meeting"/"call" next to them ("the February 2020 meeting"), for searching the
    meetings the date points at: within them, those words would only find the turn that says the
    date or welcomes to the call."""
    words = question.split()
    folded = [fold(w) for w in words]
    month_at = {i for i, f in enumerate(folded) if _MONTH_WORD.fullmatch(f) and (f != "may" or words[i][:1] == "M")}
    dating = set(month_at)
    for i, f in enumerate(folded):
        if _YEAR.fullmatch(f) or _NUMERIC_DATE.fullmatch(words[i].strip(".,;:?!¿¡()")):
            dating.add(i)
        elif (f.isdigit() and len(f) <= 2 or f in ("de", "del")) and {i - 1, i + 1, i - 2, i + 2} & month_at:
            dating.add(i)
    relative = _relative_month(folded)          # "last month", "le mois dernier", "ce mois-ci"…
    if relative:
        i = relative[0]
        dating.update((i, i + 1))
        if i and folded[i - 1] in ("le", "du", "el", "del", "o", "no"):
            dating.add(i - 1)
    # "the February 2020 meeting", "la réunion de juin 2016": the meeting word of the date.
    dating.update(i for i, f in enumerate(folded) if f in _MEETING_NOUNS and {i - 1, i + 1} & dating)
    return " ".join(w for i, w in enumerate(words) if i not in dating)


def frame_word(word: str, meetings: list[MeetingSummary]) -> bool:
    """Is this folded word part of how a question points at a meeting (a date, month, year,
    group, "last call") rather than its topic?"""
    return (word in _FRAME_WORDS or word in _MONTH_PREPOSITIONS or word.isdigit()
            or bool(_MONTH_WORD.fullmatch(word)) or bool(_LAST.fullmatch(word))
            or any(m.group and m.group.lower() == word for m in meetings))


def _month_alone(question: str, language: str) -> tuple[int, int | None] | None:
    """The month (and day) a question names without a year: "in September", "de septiembre",
    "on 5 October", "the June call". A month word must come after a day or a preposition, or
    between "the" and a meeting word: "May I…", "April Thompson", "the march in Asunción" and
    "the August report" name no month."""
    words = re.findall(r"[^\W_]+", question)
    folded = [fold(w) for w in words]
    for i, word in enumerate(folded):
        if not _MONTH_WORD.fullmatch(word) or (word == "may" and not words[i][0].isupper()):
            continue
        before = folded[i - 1] if i else ""
        after = folded[i + 1] if i + 1 < len(folded) else ""
        day = next((int(w) for w in (before, after, folded[i - 2] if i > 1 and before == "de" else "")
                    if w.isdigit() and 1 <= int(w) <= 31), None)
        if day is None and before not in _MONTH_PREPOSITIONS and not (before == "the" and after in _FRAME_WORDS):
            continue
        found = opening.find_date(f"1 {words[i]} 2000", language)
        if found:
            return found.month, day
    return None


def person_named(question: str, people: dict[int, str]) -> str | None:
    """A known person named in the question, whole or by a first or last name that only one
    person has ("Alberto Soto", "alberto soto", "Humberto")."""
    found = _named(question, people)
    return next(iter(found), None)


def people_named(question: str, people: dict[int, str]) -> list[str]:
    """Every known person the question names (as ``person_named`` finds one), in the question's order."""
    found = _named(question, people)
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
            if span & used:
                continue
            gram = " ".join(words[i:i + n])
            hit = process.extractOne(gram, list(by_fold), scorer=fuzz.token_set_ratio)
            if hit and hit[1] >= NAME_MATCH and len(gram) >= 6 and _unique(gram, by_fold) \
                    and by_fold[hit[0]] not in found and _all_of_name(gram, hit[0]):
                found[by_fold[hit[0]]] = i
                used |= span
    for i, w in enumerate(words):
        if i in used or len(w) < 4 or w in _COMMON:
            continue
        owners = [n for f, n in by_fold.items() if w in f.split() and n not in found]
        if 1 <= len(owners) <= namesakes and len(owners) == sum(w in f.split() for f in by_fold):
            found.update((owner, i) for owner in owners)
            used.add(i)
    return found


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
    if _asks_anyone(question):
        return []
    found = _named(question, people, namesakes=MAX_NAMESAKES)
    named = sorted(found, key=found.get)
    if not named:
        return []
    written = _WORD.findall(question)
    folded = [fold(w) for w in written]
    words_of = {person: set(fold(person).split()) for person in named}
    # Who each capitalised word (not the first of the question) may name; a particle inside a
    # name ("Lucía de la Fuente", "João da Silva") names whom the word before it names. In a
    # question typed all in lower case ("que dijo umberto carasco…"), any word but the grammar's.
    blind = _lower_case(written)
    owners = [{p for p, ws in words_of.items() if _spells(f, ws)} if _may_name(written, i, blind) else set()
              for i, f in enumerate(folded)]
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
                any(f in lexicon.SAY_VERBS for f in folded[max(0, start - 3):i + 4]):
            # The first run asked for is who spoke; a name after it is whom they spoke to or of
            # ("¿Qué le dijo Aida a Humberto…?", "What did Humberto say after Aida?").
            return [p for p in named if p in together]
        i += 1
    return []


def _lower_case(written: list[str]) -> bool:
    """Is the question typed without capitals (but perhaps its first letter)? Then names are too."""
    return not any(w[:1].isupper() for w in written[1:])


def _may_name(written: list[str], i: int, blind: bool) -> bool:
    """May the question's ``i``-th word be (part of) a name: capitalised, not first; or, in a
    question typed in lower case, any word that is not a grammar word or a verb of saying, nor
    follows an article ("que dijeron las fuentes…" are sources, not Gabriela Fuentes)."""
    if not blind:
        return bool(i) and written[i][:1].isupper()
    from knowledge.analysis import ALL_STOPWORDS, QUESTION_WORDS
    f = fold(written[i])
    if i and fold(written[i - 1]) in _ARTICLES:
        return False
    return f not in ALL_STOPWORDS and f not in QUESTION_WORDS and f not in lexicon.SAY_VERBS \
        and f not in lexicon.ABOUT_WORDS and f not in _COMMON


_WHO = frozenset("who qui quien quienes quem".split())
# "Did anyone mention Porto?", "¿Alguien habló de Nairobi?": who spoke is asked, the name is the topic.
_ANYONE = frozenset("anyone anybody someone somebody everyone quelqu personne alguien nadie alguem ninguem".split())


def _asks_anyone(question: str) -> bool:
    return bool(_ANYONE & set(fold(question).split()))
_ARTICLES = frozenset("the a an le la les l el los las lo o os as un une uno una um uma".split())


def speakers_written(question: str) -> list[str]:
    """The names as written in the slot of who spoke ("What did Batman say about the budget?",
    "¿Qué dijo Pedro Páramo…?", "What did Batman and Patricia say…", "Qu'ont dit Zorro, Aida et
    Humberto…"): capitalised runs of words joined by commas or "and"/"et"/"y"/"e", right before
    or right after a verb of saying, in a question that does not ask who ("Who mentioned Toronto?"
    asks about Toronto). Not the question's first word, nor acronyms or words with digits (ICANN,
    IPv6), nor a role or body after an article or an acronym ("the Board", "GNSO Council")."""
    tokens = list(_WORD.finditer(question))
    if not tokens:
        return []
    folded = [fold(m.group()) for m in tokens]
    if folded[0] in _WHO or len(folded) > 1 and folded[1] in _WHO or _asks_anyone(question):
        return []

    def between(k: int) -> str:
        return question[tokens[k - 1].end():tokens[k].start()].strip()

    def name_like(k: int, start: int) -> bool:
        w = tokens[k].group()
        return (k == start or not between(k)) and w[:1].isupper() and not w.isupper() \
            and not any(c.isdigit() for c in w) and folded[k] not in lexicon.SAY_VERBS \
            and not _MONTH_WORD.fullmatch(folded[k])

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
    written = _WORD.findall(question)
    blind = _lower_case(written)
    if blind:       # in lower case, the topic's words are no name ("what did carlos say about the media")
        written = written[:_topic_start([fold(w) for w in written])]
    capitalised = [fold(w) for i, w in enumerate(written) if _may_name(written, i, blind)]
    return theirs | {w for w in capitalised if _spells(w, theirs)}


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
    written = {fold(w): w for w in _WORD.findall(question)}
    groups: dict[tuple[str, ...], list[str]] = {}
    for person in persons:
        key = tuple(w for w in fold(person).split() if w in written) or (fold(person),)
        groups.setdefault(key, []).append(person)
    return [(names[0] if len(names) == 1 else " ".join(written[w] for w in key), names)
            for key, names in groups.items()]


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
