"""How a follow-up is worded: what it points at without naming it ("When is it?", "Qui l'organise ?"),
how it starts and which meetings it points at ("And in the AFRALO call?", "¿Y la anterior?"), a
correction ("no, I meant the afralo one"), an item by its place ("and the second?"), and which
answers it may ask again of other meetings or people. What a question asks: ``intents.py``;
answering a follow-up: ``following.py``."""
from __future__ import annotations

import re
from collections.abc import Sequence, Set

from knowledge import agenda_places, asking, chatter, lexicon, lexicon_chat, lexicon_questions, naming
from knowledge.analysis import ALL_STOPWORDS, question_words, strip_accents
from knowledge.intents import IT_WORDS, ONE_MEETING
from knowledge.models import MeetingSummary
from knowledge.text import fold
from knowledge.which_days import AND_WORDS
from knowledge.which_meetings import MEETING_WORDS, frame_word

# After a survey's questions, "Quelles étaient les questions ?", "¿Cuáles eran las preguntas?" ask them again.
_THE_QUESTIONS = frozenset("""questions question preguntas pregunta perguntas pergunta quelles quels etaient etait
    eran era foram eram were what which cuales quais its ses sus suas seus""".split())
_QUESTION_NOUN = re.compile(r"\b(?:questions?|preguntas?|perguntas?)\b")


# "Who is organizing it?", "¿Quién organiza eso?", "Quem organiza isso?": the thing the last answer quoted.
_IT = re.compile(r"\b%s\b" % IT_WORDS, re.IGNORECASE)
# An object pronoun standing for "it", where no article can stand (folded): "Qui l'organise ?",
# "Puis-je y participer ?", "Qui s'en occupe ?" (not "Il y a…"), "¿Quién lo organiza?" (not "lo
# que"), "Quem a organiza?" ("Quando a reunião…" has an article).
_CLITIC = re.compile(
    r"\b(?:qui|je|tu|il|elle|on|nous|vous|ils|elles|ne|n|m|s|peux|peut|puis|faut)\s+"
    r"(?:l|le|la|les|en|y(?!\s+(?:a|avait|aura|aurait)\b))\b"
    r"|\b(?:quien|quienes|donde|cuando|como|no|ya|me|te|se)\s+(?:lo|los)\b(?!\s+(?:que|de|del|mismo|mas)\b)"
    r"|\b(?:quien|quienes)\s+(?:la|las)\b"
    r"|\b(?:quem|nao|ja)\s+(?:o|a|os|as)\b")
_ARTICLE_LIKE = re.compile(r"\s(?:le|la|les|las|o|a|os|as)$")
MAXIT_WORDS = 2        # of its own: more, and "it" is no reference ("Is it true that the webinars are recorded?")
MAXIT_WORDS_LAST = 4   # … unless "it" ends the question


def refers_to_it(question: str) -> bool:
    """Does the question point at a thing it does not name ("When is it?", "Can I volunteer for
    it?", "Where is that?", "¿Dónde es?")?"""
    if not question_words(question) and asking.asked_for(question):
        return True             # "¿Dónde es?", "Où est-ce ?", "Onde é?", "When?": of what was just said
    topic, comma, rest = question.partition(",")
    if comma and question_words(topic) and not (asking.asked_for(topic) or chatter.courtesy(topic)) and re.search(r"\w", rest):
        return False            # "Et la médiation, on en est où ?", "Y el foro, ¿dónde es?": "it" is the topic named first
    clitic = _CLITIC.search(fold(question))
    # "le", "la", "les", "o", "a" are articles too: only with the verb alone ("Qui l'organise ?", not
    # "Qui le président a-t-il nommé ?", "Quem a ICANN contratou?")
    if clitic and len(question_words(question)) <= (1 if _ARTICLE_LIKE.search(clitic.group(0)) else MAXIT_WORDS_LAST):
        return True
    said = [m for m in _IT.finditer(question) if not m.group(0).isupper() or question.isupper()]     # (not "IT")
    # Last, it is what the question is about ("How many travel support places for it?"), whatever
    # else it says; else it may be no reference at all ("Is it true that the webinars are recorded?").
    last = bool(said) and not re.search(r"\w", question[said[-1].end():])
    return bool(said) and len(question_words(question)) <= (MAXIT_WORDS_LAST if last else MAXIT_WORDS)


def asks_the_questions(question: str, meetings: list[MeetingSummary]) -> bool:
    """Does the question ask for "the questions" and nothing else but which meetings ("Quelles
    étaient les questions ?", "What were the questions in 2020?"; not "What?")?"""
    return bool(_QUESTION_NOUN.search(fold(question))) and only_frame(question, meetings, _THE_QUESTIONS)

# What "And in the AFRALO call?" may ask again of other meetings.
REPEATABLE = ONE_MEETING | {"speakers", "absent", "questions"}
# Answers that list people, after which "And who else?" asks for the others of the same meetings.
LISTED = frozenset({"apologies", "late", "speakers", "attendance"})
# After which answers "And Priya?" asks whether she was there (or spoke).
ABOUT_PRESENCE = frozenset({"attendance", "apologies", "late", "present", "did_speak", "absent"})
# Questions about someone at a meeting: "And in 2020?" asks them of the same people.
ABOUT_SOMEONE = frozenset({"present", "did_speak"})
_FOLLOW_UP_START = re.compile(lexicon_questions.FOLLOW_UP_START)
_FOLLOW_UP_THAT = re.compile(lexicon_questions.FOLLOW_UP_THAT)
# "Why not?", "Why was she absent?", "¿Por qué no vino?", "Pourquoi elle n'était pas là ?", "Por que ela faltou?"
_WHY_AWAY = re.compile(r"^\W*(?:(?:and|et|y|e|but|mais|pero|mas) )?(?:why|pourquoi|por que|porque)((?: \w+){0,6})\W*$")
_AWAY_WORDS = frozenset("""not no pas nao n t didn did was were wasn weren is he she they him her il elle ils elles el ella ele ela
    there absent absente absents ausente missing miss missed come came attend attended show up speak spoke talk talk
    etait etaient ete la venu venue venus parle pris parole vino estuvo hablo falto asistio se excuso disculpo veio
    esteve estava falou faltou compareceu desculpou excuse excusee apologies apologise apologize send sent""".split())


def asks_why_away(question: str, persons: Sequence[str] = ()) -> bool:
    """Does the question ask only why someone was away or silent ("Why not?", "Why didn't she
    come?", "¿Por qué no vino?"), after an answer that said so (of these ``persons``: "Why
    wasn't Linda there?")?"""
    m = _WHY_AWAY.match(fold(question))
    return bool(m) and set(m.group(1).split()) <= _AWAY_WORDS | {w for p in persons for w in fold(p).split()}


def only_people(question: str, people: dict[int, str], meetings: list[MeetingSummary]) -> list[str]:
    """The people a follow-up names when it says nothing else but how it follows up and which
    meetings ("And Priya Raman?", "¿Y Humberto?", "Et Yasmina, à la réunion AFRALO ?"); [] when
    it says more, or names no one."""
    persons = naming.people_named(question, people, namesakes=naming.MAX_NAMESAKES)
    return persons if only_frame(question, meetings, also=naming.naming_words(question, persons) | AND_WORDS) else []


_CORRECTION = re.compile(r"^\W*(" + lexicon_questions.CORRECTION_NO + r")(" + lexicon_questions.CORRECTION_MEANT + r")?")
_NOT_CORRECTION = re.compile(lexicon_questions.NOT_CORRECTION)


def as_corrected(question: str) -> str:
    """A correction of the question just asked as the follow-up it amounts to: "no i meant the
    afralo one", "non, je voulais dire celle d'AFRALO", "no, en la de afralo" ask the same again
    of what they name, as "and the afralo one" does. Anything else as it is ("no one came?")."""
    folded = "".join(strip_accents(c).lower()[:1] or c for c in question)      # (a character for a character)
    starred = re.fullmatch(r"\s*([^*]*\w[^*]*?)\s*\*\s*", question)
    if starred and len(starred.group(1).split()) <= 3 and _points_at_meetings(starred.group(1)):
        return "and " + starred.group(1)       # "afralo*", "2020*", as chats correct a word
    m = _CORRECTION.match(folded)
    if not m or not (m.group(2) or re.search(r"[,.!;:]", m.group(1))) or not re.search(r"\w", question[m.end():]):
        return question
    if not m.group(2) and (_NOT_CORRECTION.search(folded[m.end():]) or not _points_at_meetings(question[m.end():])):
        # "No, gracias", "No. of people at the AFRALO call?", "Non, qui a présidé ?", "perdón, no
        # entendí", "sorry, I'm new here": no other meeting named
        return question
    return "and " + question[m.end():]


def _points_at_meetings(text: str) -> bool:
    """Does the text only point at meetings ("the afralo one", "en la de septiembre", "2020")?"""
    words = re.findall(r"\w+", fold(text))
    return bool(words) and all(w in ALL_STOPWORDS or w in _ONE or w in _ELIDED or w in lexicon.REGIONAL_GROUPS
                               or (frame_word(w, []) and not (w.isdigit() and len(w) != 4)) for w in words)


def follows_up(question: str) -> tuple[str | None, str | None]:
    """How a question follows up on the meeting just talked about, folded: the words it starts
    with ("And who sent apologies?", "¿Y quién presentó?", "What about the budget?") and those that
    point at the meeting ("in that call", "dans cette réunion"); None for what it does not say."""
    folded = fold(question)
    start, that = _FOLLOW_UP_START.search(folded), _FOLLOW_UP_THAT.search(folded)
    return start.group(0) if start else None, that.group(0) if that else None


def frame_first(question: str, meetings: list[MeetingSummary]) -> str:
    """ "Y en la de NARALO, ¿estuvo Sofía?", "And in NARALO, did Aisha say anything?": the question
    with the meetings it points at after it ("¿estuvo Sofía? en la de NARALO"), as it would be asked
    alone; the question itself otherwise."""
    frame, comma, rest = question.partition(",")
    if not comma or not re.search(r"\w", rest) or not _FOLLOW_UP_START.search(fold(frame.strip(" ¿¡"))) \
            or not only_frame(frame, meetings) or frame.count(" ") < 2:
        return question
    words = re.sub(r"^\W*\w+\s+", "", frame.strip())       # (not its "and")
    return f"{rest.strip().rstrip('?').strip()} {words}?"


def only_frame(question: str, meetings: list[MeetingSummary], also: Set[str] = frozenset()) -> bool:
    """Does the question say nothing but how it follows up and which meetings it points at ("And
    in the AFRALO call?", "¿Y en 2016?", "E na reunião da AFRALO?"), and the (folded) words ``also``?"""
    rest = re.findall(r"\w+", _FOLLOW_UP_THAT.sub(" ", _FOLLOW_UP_START.sub(" ", fold(question))))
    return all(w in also or w in ALL_STOPWORDS or w in _ONE or w in _ELIDED or frame_word(w, meetings) for w in rest)


# What "Did they talk about that in NARALO too?" says besides the meetings (folded).
_SAME_TOPIC = lexicon.SAY_VERBS | frozenset("""too also aussi tambien tambem as well they ils elles ellos ellas eles elas
    on se did do does it that this ca cela ceci eso esto ello isso isto disso nisso about sur sobre of de del do da
    someone anyone alguien alguem quelqu un come came up there raised brought surgio salio surgiu evoque aborde""".split())


def same_topic(question: str, meetings: list[MeetingSummary]) -> bool:
    """Does the question ask of other meetings about what was just talked about, saying "that" or
    that it came up, and nothing else but how it was talked of ("Did they talk about that in NARALO
    too?", "¿Y en NARALO también hablaron de eso?", "On en a parlé à AFRALO ?", "y en naralo
    también surgió?")?"""
    return bool(_IT.search(question) or _CLITIC.search(fold(question)) or _CAME_UP.search(fold(question))) and \
        only_frame(question, meetings, _SAME_TOPIC)


# What came up, said without "it" (folded): "y en naralo también surgió?", "and in NARALO, did it come up
# too?", "et à AFRALO, ça a été évoqué ?", "e no NARALO também surgiu?", "¿y en AFRALO se habló?"
_CAME_UP = re.compile(r"\b(?:surgio|salio|surgiu|evoque|aborde|(?:come|came) up|brought up|raised|se hablo|se falou|se menciono)\b")


def about_the_topic(question: str, topic: str) -> str | None:
    """ "Who talked about it?", "¿Quién habló de eso?" after a search about ``topic``: the question
    with the topic's words for "it" ("who talked about toronto event?"); None for a question that
    says more than who spoke of it, or no "it"."""
    said = [m for m in _IT.finditer(question) if not m.group(0).isupper() or question.isupper()]
    words = question_words(topic)
    if len(said) != 1 or not words or set(question_words(question)) - lexicon.SAY_VERBS - _SAME_TOPIC:
        return None
    return question[:said[0].start()] + " ".join(words) + question[said[0].end():]


def item_place(question: str, current: int = 0) -> int | None:
    """ "¿Y el segundo?", "Et le troisième ?", "And the last one?", "and item 3?", "el 2do?",
    "y el número 3?": an item named by its place and nothing else (following up on an agenda), from
    1 (-1: the last); "and the next one?", "¿y el anterior?" count from the item talked about
    (``current``, from 1; 0: none)."""
    said = re.findall(r"[a-z0-9]+", _FOLLOW_UP_START.sub(" ", fold(question)))
    words = [i for i, w in enumerate(said) if w not in ALL_STOPWORDS and w not in _ONE and w not in _NUMBER_WORDS
             and not re.fullmatch(lexicon.ITEM_NOUNS, w)]
    if len(words) != 1 or re.search(r"\d\s*%", question):       # ("and 50%?" is no item)
        return None
    word = said[words[0]]
    if (at := agenda_places.place(" ".join(said[:words[0] + 1]))) is not None:      # "el 2do", "the last one", "item 3"
        return at
    if current and word in lexicon_chat.NEXT_ITEM:
        return current + 1
    if current > 1 and word in lexicon_chat.PREVIOUS_ITEM:
        return current - 1
    return None


_NUMBER_WORDS = {"number", "numero", "num", "nr", "n"}


def meeting_placed(question: str, listed: list[MeetingSummary]) -> MeetingSummary | None:
    """ "¿Y cuál fue la primera?", "and the last one?", "which was the second meeting?" after a list of
    meetings (``listed``): that one of them by date, said with nothing else (not "who was the
    first?", asking whom); None otherwise, or past the list."""
    if naming.asks_who(question):
        return None
    place = item_place(" ".join(w for w in question.split() if fold(w).strip("?¿!.,") not in MEETING_WORDS))
    ordered = sorted(listed, key=lambda m: m.date)
    if place is None or not -len(ordered) <= place <= len(ordered) or place == 0:
        return None
    return ordered[place - 1] if place > 0 else ordered[place]


# A period said ("and next week?", "¿y el mes pasado?", "and before 2020?"): no step to a meeting.
PERIOD = re.compile(r"\d|\b(?:week|year|month|semaine|annee|an|mois|semana|ano|mes)s?\b")


def meeting_step(question: str) -> int | None:
    """ "And the next one?", "¿Y la anterior?", "et celle d'après ?", "and the one before?": the
    meeting after (1) or before (-1) the one talked about, said with nothing else; None otherwise."""
    if PERIOD.search(fold(question)):
        return None     # "and before 2020?", "and next week?", "and the previous year?": a period
    folded = re.sub(r"\b(?:after that|d apres|de despues|despues|depois|seguinte)\b", " next ", fold(question))
    folded = re.sub(r"\b(?:before that|before|d avant|de antes|avant)\b", " previous ", folded)
    words = [w for w in re.findall(r"[a-z]+", _FOLLOW_UP_START.sub(" ", folded))
             if w in lexicon_chat.NEXT_ITEM or w in lexicon_chat.PREVIOUS_ITEM
             or not (w in ALL_STOPWORDS or w in _ONE or frame_word(w, []) or w in lexicon_chat.THE_ONE)]
    if len(words) != 1:
        return None
    return 1 if words[0] in lexicon_chat.NEXT_ITEM else -1 if words[0] in lexicon_chat.PREVIOUS_ITEM else None


# What French elides: "et celle d'AFRALO ?", "et l'AFRALO ?".
_ELIDED = {"d", "l", "qu", "c", "s", "j", "n", "m", "t"}
# "The AFRALO one", "celle de NARALO", "la de septiembre": a meeting pointed at, no topic.
_ONE = {"one", "ones", "uno", "una", "um", "uma", "un", "une", "celle", "celui", "celles", "ceux", "same", "meme"}
