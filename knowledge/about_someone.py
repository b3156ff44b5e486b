"""Questions about someone at a meeting: "Was Priya at the NARALO call?", "Did Humberto attend?",
"Yasmina était-elle à la réunion ?", "¿Estuvo Humberto en la llamada de 2016?", "Did Priya speak
in the NARALO call?", "O Humberto falou na reunião?": who the slot names, and the names no one has."""
from __future__ import annotations

import re

from knowledge import lexicon, lexicon_questions, naming
from knowledge.analysis import ALL_STOPWORDS, QUESTION_WORDS
from knowledge.models import MeetingSummary
from knowledge.text import fold
from knowledge.which_days import AND_WORDS
from knowledge.which_meetings import frame_word, split_and

# Showing up, in Spanish and Portuguese (folded): "¿Humberto apareció?", "¿se presentó Aida?", "o Humberto apareceu?"
_SHOWED_UP = r"aparecio|aparecieron|se presento|se presentaron|se aparecio|apareceu|apareceram"
# What may follow what a question about someone asks, and asks nothing more: "anyway", "mesmo assim",
# "even though he sent apologies" (lexicon_questions.EVEN_SO, CONCESSION).
_EVEN_SO = re.compile(lexicon_questions.EVEN_SO)
_CONCESSION = re.compile(lexicon_questions.CONCESSION)
# "Was Priya at the NARALO call?", "Did Humberto attend?", "Yasmina était-elle à la réunion ?",
# "¿Estuvo Humberto en la llamada de 2016?", "O Humberto participou da reunião?": the slot is who.
# How a question about someone at a meeting may start: "And …", "Est-ce qu'…", "O …".
_ASKED_START = r"^(?:(?:and|et|y|e) )?(?:est ce que? |es que |e que |o |a )?"
_WAS_THERE = re.compile(_ASKED_START + r"(?:"
                        r"(?:was|were) (?P<en_was>.+?) (?:at|in|on|there|present|absent|missing|late)\b|"
                        r"(?:did|has|have) (?P<en>.+?) (?:attend|join|come|make it|particip|take part|show up|turn up|miss|arrive)\w*|"
                        r"(?P<en_late>.+?) (?:joined|arrived|came|was|were|got there) late\b|"
                        r"(?P<en_came>.+?) (?:showed up|turned up|made it)\b|"
                        r"(?P<fr>.+?) (?:etai(?:en)?t (?:t )?(?:il |elle |ils |elles )?(?:la|present\w*|absent\w*|a|au|aux|en|dans)\b|"
                        r"(?:a|ont) (?:t (?:il|elle|ils|elles) )?(?:assiste|participe|ete present\w*)\b|"
                        r"(?:est|sont) (?:(?:il|elle|ils|elles) )?(?:venue?s?|apparue?s?)\b|"
                        r"s est (?:(?:t )?(?:il|elle) )?(?:presentee?|pointee?)\b|"
                        r"(?:(?:est|sont) (?:(?:t )?(?:il|elle|ils|elles) )?)?arrivee?s? en retard\b|"
                        r"(?:s est (?:(?:t )?(?:il|elle) )?)?connectee? en retard\b)|"
                        r"(?:estuvo|estuvieron|estaba|estaban|asistio|asistieron|participo|participaron|vino|vinieron|esteve|estiveram|"
                        r"llego tarde|llegaron tarde|chegou atrasad[oa]|chegou tarde|"
                        r"participou|participaram|compareceu|compareceram|assistiu|veio|falto|faltou|" + _SHOWED_UP + r") "
                        r"(?:ausente )?(?:o |a )?(?P<es>.+?)"
                        r"(?: (?:a|al|en|el|na|no|da|do|em|presente|ausente)\b|$)|"
                        r"(?P<es_after>.+?) (?:estuvo ausente|esteve ausente|estava ausente|estaba ausente|falto|faltou|estuvo|estuvieron|"
                        r"estaba|estaban|asistio|asistieron|participo|participaron|vino|vinieron|llego tarde|llegaron tarde|"
                        r"se conecto tarde|chegou atrasad[oa]|chegou tarde|"
                        r"esteve|estiveram|estava|participou|participaram|compareceu|compareceram|assistiu|veio|"
                        + _SHOWED_UP + "|"
                        r"fue (?=al? |a la )|foi (?=ao? |a |na |no ))\b|"
                        r"(?P<en_absent>.+?) (?:absent|missing)$)")                     # "priya absent?"
# "Did Priya speak in the NARALO call?", "Humberto a-t-il pris la parole ?", "¿Habló Humberto en
# la llamada de 2016?", "O Humberto falou na reunião?": whether they took the floor.
_DID_SPEAK = re.compile(_ASKED_START + r"(?:"
                        r"(?:did|has|have) (?P<en>.+?) (?:speak|spoken|talk|talked|take the floor|taken the floor|"
                        r"say anything|said anything|intervene|intervened)\b|"
                        r"(?P<fr>.+?) (?:a|ont) (?:t (?:il|elle|ils|elles) )?(?:parle|pris la parole|intervenu|dit quelque chose)\b|"
                        r"(?:hablo|hablaron|intervino|intervinieron|tomo la palabra|falou|falaram|interveio|tomou a palavra) "
                        r"(?!(?:de|del|da|do|das|dos|sobre|con|com|acerca|mucho|muito|poco|pouco|bien|bem)\b)"     # (what of)
                        r"(?:o |a )?(?P<es>.+?)(?: (?:a|al|en|el|na|no|da|do|em)\b|$)|"
                        r"(?P<es_after>.+?) (?:dijo algo|dijeron algo|disse algo|disse alguma coisa|falou algo|"
                        r"falou alguma coisa|hablo|hablaron|intervino|intervinieron|tomo la palabra|falou|falaram|"
                        r"interveio|tomou a palavra)\b)")
# What may come between the slot and which meeting: "at the", "à la réunion", "na última reunião".
_LINKING = frozenset("""the a an this that of at in on to during from de d du des la le les l el los las lo da do das dos
    na no nas nos em en au aux al del ao ce cet cette esa ese esta este essa esse nessa nesse nesta neste il elle
    ils elles t both deux ambas ambos dois duas dans lors pendant late tarde roll""".split())
# Frame words that say something else after the slot: "all the meetings", "a favor" ("por favor" is a frame).
_NOT_A_MEETING = frozenset("all every any tous toutes tout todas todos cada qualquer favor favour".split())


def was_there(question: str, people: dict[int, str],
              meetings: list[MeetingSummary]) -> tuple[list[str], list[str]] | None:
    """Whom a question asks whether they were at a meeting ("Was Priya at the NARALO call?",
    "Did Carlos attend?": each Carlos), and the names it gives that no one has ("Did Batman
    attend?"); None when it asks no such thing. Who is asked about is all the slot says: "Was
    Humberto's proposal approved in the call?" asks something else."""
    return _asked_of(_WAS_THERE.match(_asked(question)), question, people, meetings)


def did_speak(question: str, people: dict[int, str],
              meetings: list[MeetingSummary]) -> tuple[list[str], list[str]] | None:
    """Whom a question asks whether they took the floor in a meeting ("Did Priya speak in the
    NARALO call?", "¿Habló Humberto en la llamada de 2016?", "Yasmina a-t-elle pris la parole ?"),
    and the names no one has; None when it asks no such thing ("Did Priya speak about DNS abuse?"
    asks what she said)."""
    return _asked_of(_DID_SPEAK.match(_asked(question)), question, people, meetings)


def _asked(question: str) -> str:
    """The question folded, without what only stresses it or grants something ("¿vino Humberto igual?",
    "did he come even though he sent apologies?"): what it asks."""
    return " ".join(_CONCESSION.sub(" ", _EVEN_SO.sub(" ", fold(question))).split())


def _asked_of(m: re.Match | None, question: str, people: dict[int, str],
              meetings: list[MeetingSummary]) -> tuple[list[str], list[str]] | None:
    """The people in the slot of a question about someone at a meeting, and the names no one has."""
    if not m:
        return None
    folded = _asked(question)
    # After it, only which meeting: "Was Aida in favour of the proposal?", "¿Aida estuvo a favor?",
    # "Carlos a participé combien de fois ?" and "Did Priya attend all the meetings?" ask something else.
    if not all(w in _LINKING or w in AND_WORDS or frame_word(w, meetings) and w not in _NOT_A_MEETING
               for w in folded[m.end():].split()):
        return None
    kind = next(k for k, v in m.groupdict().items() if v)
    names = [[w for w in name.split() if w not in lexicon.NAME_PARTICLES]
             for name in split_and(m.group(kind))]
    words = naming.WORD.findall(question)
    capitalised = {f for w in words if w[:1].isupper() for f in fold(w).split()}
    # "El", "Da" inside a name ("Rachid El Amrani") are no articles.
    in_names = {f for w in words[1:] if w[:1].isupper() for f in fold(w).split()}
    acronyms = {fold(w) for w in words if len(w) > 1 and w.isupper()} if not question.isupper() else set()   # (shouted)
    persons: list[str] = []
    unknown: list[str] = []
    for name in filter(None, names):
        if any(frame_word(w, meetings) or w in acronyms or w in ALL_STOPWORDS and w not in in_names or w in QUESTION_WORDS
               for w in name):
            return None         # "Did NARALO participate…?", "Did ALAC attend?": a group, a body
        # The whole name, give or take a typo ("Umberto"), or each who has it ("Carlos"); "Michael
        # Jordan" is no one, though Michael Chen and Jordan Blackwood are someone.
        found = naming.people_called(" ".join(name), people)
        if found:
            persons += [p for p in found if p not in persons]
        elif set(name) <= capitalised:
            unknown.append(" ".join(w for w in words if set(fold(w).split()) & set(name)))
        else:
            return None     # "Was Humberto's proposal approved in the call?": the slot is no one
    return (persons, unknown) if persons or unknown else None
