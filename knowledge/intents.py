"""Questions whose answer is data, not a quotation: who attended, who sent apologies, the agenda,
who presented an item, who chaired, which meetings exist, how often someone attended, who spoke
most, members' questions. Recognised by their wording in fr/es/pt/en. (Which meetings a question
points at: ``knowledge.which_meetings``; whom it names: ``knowledge.naming``.)"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from knowledge import events_asked, lexicon, lexicon_dates, lexicon_questions, naming
from knowledge import analysis
from knowledge.about_someone import did_speak, was_there
from knowledge.analysis import ALL_STOPWORDS, QUESTION_WORDS
from knowledge.intent_patterns import PATTERNS
from knowledge.models import MeetingSummary
from knowledge.naming import MAX_NAMESAKES, people_named, person_named, speakers_asked
from knowledge.text import MONTH_WORD, fold, shares_folded
from knowledge.which_days import MEETING_WORDS, ORDINAL_DAY, abbreviated_month, days_asked, dotted
from knowledge.which_meetings import frame_word, meetings_named

_PATTERNS = [(kind, re.compile(p)) for kind, p in PATTERNS]
_WHICH_MEETINGS = dict(_PATTERNS)["meetings"]
# A data question only with no topic word.
_NO_TOPIC = frozenset({"summary", "chair", "meetings_held", "commitments", "dates", "late", "presenters", "survey_held",
                       "agenda_reader", "roll_call_reader", "spoke", "presented_by", "silent", "least", "survey_count", "survey_word",
                       "coming_day", "interpreters_word", "interpretation", "started", "lasted", "next_time"})
# A person named makes these about that person ("What happened with Humberto?"): a search.
_NO_PERSON = frozenset({"summary", "survey_held", "spoke", "silent", "least", "coming_day"})
# With a topic, "Which meetings discussed the budget?" and "Who talked the most about IPv6?" ask
# where and by whom it came up: its mentions.
_MENTIONS_WITH_A_TOPIC = frozenset({"meetings", "speakers"})
_TALKED_OF = re.compile(lexicon.TALKED_OF)
# "How many times did … speak": a person's speaking time.
_COUNTING = re.compile(r"how many times|combien de fois|cuantas veces|quantas vezes")
# Said of no one in particular: "was mentioned", "a-t-on mentionné", "se mencionó", "foi mencionado".
_IMPERSONAL = re.compile(r"\b(?:was|were|been|fue|fueron|foi|foram|ete|a t on|on a|se)\b")
_ATTENDING = re.compile(r"\b(?:attend\w*|particip\w*|assist\w*|asisti\w*|came|come|join\w*|comparec\w*|"
                        r"vino|vinieron|veio|vieram|venu\w*)\b")
_DAY_WORDS = frozenset("""tomorrow today week next this on the manana hoy semana proxima que viene esta el de demain
    aujourd hui semaine prochaine cette le amanha hoje proxima nesta dec prochain ci proximo vem entrante neste
    """.split()) | set(lexicon_dates.MONTH_ABBREVIATIONS)
# Someone's meetings asked for (folded): "…did he miss?", "…did I speak in?", "…estuvo?", "…faltó?".
_WHOSE = re.compile(r"\b(?:miss\w*|absent\w*|manque\w*|falt\w*|estuv\w*|estav\w*|estev\w*|esteve|speak|spoke|"
                    r"habl\w*|fal(?:ou|aram)|parl\w*)\b")
# …of someone: a subject between the verb's auxiliary and the verb ("did he", "did Bob Smith", "estuvo él").
_SOMEONE_S = re.compile(r"\b(?:did|was|were|has|have|a|etait|est|estuvo|estaba|esteve|estava|falto|faltou)\s+"
                        r"(?!(?:there|present|discussed|mentioned|held|talked|spoken|said)\b)[a-z]|"
                        r"\b(?:el|ella|ele|ela|il|elle|je|i|he|she|they|yo|eu)\b")
_OVERALL = re.compile(lexicon_questions.OVERALL)
_EVEN_SO = re.compile(lexicon_questions.EVEN_SO)
_APOLOGY_SENT = re.compile(lexicon_questions.APOLOGY_SENT)
_APOLOGY = re.compile(r"\b(?:%s)\b" % lexicon_questions.APOLOGY)
_MOST = frozenset({"most", "plus", "mas", "mais"})
_NOT = frozenset({"not", "no", "nao", "pas", "ne", "never", "jamais", "nunca"})
# The words "it" is said with ("Did they mention it?", "¿Y eso?", "E isso?"); "about it", "de eso" as
# what was talked of (not "on that call")
IT_WORDS = r"(?:it|that|ça|ca|cela|ceci|eso|esto|ello|isso|isto|disso|disto|nisso|nisto)"
_ABOUT_IT = re.compile(r"\b(?:about|of|on|de|d|du|des|sobre|do|da|del)\s+(?:this|%s)\b" % IT_WORDS +
                       r"(?!\s+(?:%s)\b)" % "|".join(sorted(MEETING_WORDS)))
_ABOUT = re.compile(r"\b(?:about|sobre|sur|with|con|com|regarding|acerca de|a propos de|concernant)\b")
_IN_A_MONTH = re.compile(r"\b(?:in|en|em|de|pour|para|no|na)\s+(?:%s)\b" % MONTH_WORD.pattern)
# Meetings of a topic ("webinars de IPv6", "calls on the budget"; not "de LACRALO", "de 2020": no topic word)
_MEETINGS_ON = re.compile(r"\b(?:meetings|calls|webinars|reuniones|llamadas|webinarios|seminarios web|reunions|appels|webinaires|"
                          r"reunioes|chamadas) (?:on|about|de|sobre|sur|do|da|del|des|d) (?:(?:l|la|el|the|o|a|los|las|les) )?(\w+)")
_WEEKDAY_WORDS = frozenset(w for names in lexicon_dates.WEEKDAYS for w in names)
_LANGUAGE_WORDS = lexicon.LANGUAGE_WORDS
_INTERPRETATION = re.compile(r"\binterpreta\w*")


def _says_when(word: str) -> bool:
    """Is this word after "meetings on"/"reuniones de" a day, not a topic ("which meetings on tuesday?",
    "reuniones de hoy")?"""
    return word in _WEEKDAY_WORDS or word in _DAY_WORDS or word.isdigit() or bool(MONTH_WORD.fullmatch(word))


_KIND_OF = {"questions_to": "questions", "meetings_held": "meetings", "presenters": "agenda", "survey_held": "survey",
            "coming": "next", "next_named": "next", "survey_word": "survey", "coming_day": "next",
            "next_time": "next", "interpreters_word": "interpreters", "interpretation": "interpreters"}
_DID = re.compile(r"\b(?:did|had|held|tuvo|tuvimos|teve|tivemos|a eu|avons eu)\b")
# What happened or was said, not what is coming ("what events were discussed in the call?")
_PAST_OR_SAID = re.compile(r"\b(?:were|was|happened|took place|announced|discussed|mentioned|said|fueron|hubo|pasaron|"
                           r"anunci\w*|mencion\w*|hablo|hablaron|dijo|dijeron|foram|houve|aconteceram|falou|falaram|disse|"
                           r"ont ete|ont eu lieu|annonce\w*|dit)\b")


# Data questions that may ask who said something ("Who talked the most about IPv6?").
_WHEN_SPOKE = re.compile(lexicon_questions.WHEN_SPOKE)
_WHEN_SPOKE_FIRST = re.compile(lexicon_questions.WHEN_SPOKE_FIRST)
_SAID_OF = frozenset({"speakers", "mentions", "presenter", "questions"})
# Data questions about one meeting, the latest when none is named ("Who sent apologies?"): in a
# conversation, the meeting just talked about.
ONE_MEETING = frozenset({"attendance", "apologies", "agenda", "agenda_reader", "roll_call_reader", "chair", "commitments", "dates", "late",
                         "present", "did_speak", "spoke", "summary", "survey", "survey_count", "interpreters", "silent", "least",
                         "started", "lasted"})
_FOLLOW_UP_THAT = re.compile(lexicon_questions.FOLLOW_UP_THAT)
_WHY = re.compile(r"^\W*(?:why|pourquoi|por que|por qué|porque)\b")

MAX_TOPIC_WORDS = 1


@dataclass(frozen=True)
class Intent:
    kind: str
    meetings: tuple[str, ...] = ()   # the meetings the question names (empty: not said)
    person: str | None = None        # a person's display name, when one is named
    named_but_missing: bool = False  # a date, month or group was named, and no meeting has it
    topic: tuple[str, ...] = ()      # mentions, questions: the topic's words (folded)
    speakers: tuple[str, ...] = ()   # mentions: whose turns are counted ("did Aida mention…"; none: everyone's);
    #                                  present: who is asked about; commitments: the namesakes named ("Michael")
    unknown: tuple[str, ...] = ()    # present: names asked about that no one has ("Did Batman attend?")


def detect(question: str, meetings: list[MeetingSummary], people: dict[int, str],
           language: str = "en", today: dt.date | None = None) -> Intent | None:
    """The structured question asked, if any (None: a question for search).

    A data question says little besides what it asks for: "who attended the last call?". One
    that also names a topic ("what did the attendees say about the Toronto event?"), asks what
    someone said about something, or asks why, is a question for search."""
    # ("50 %" is "50 percent": a share, not a count; "who exactly chaired?", "¿entonces quién presidió?": who chaired)
    folded = " ".join(_EVEN_SO.sub(" ", shares_folded(question)).split())
    if _WHY.search(folded):
        return None
    for kind, asked_of in (("present", was_there), ("did_speak", did_speak)):
        asked_about = asked_of(question, people, meetings)
        if asked_about:
            named = meetings_named(question, meetings, language, today)
            return Intent(kind, tuple(x.id for x in named) if named is not None else (), named_but_missing=named == [],
                          speakers=tuple(asked_about[0]), unknown=tuple(asked_about[1]))
    as_one = None       # the question with names of several words as one: "did lucia de la fuente chair" is "did lucia chair"
    for kind, rx in _PATTERNS:
        text, m = folded, rx.search(folded)
        if not m:
            as_one = naming.names_as_one(question, folded, people) if as_one is None else as_one
            text, m = as_one, rx.search(as_one) if as_one != folded else None
        if not m:
            continue
        if kind == "mentions" and (_ATTENDING.search(text) or not _TALKED_OF.search(text)):
            continue
        if kind == "coming_day" and (today is None or not days_asked(question, today) or _PAST_OR_SAID.search(text)
                                     or re.search(r"\b(?:decid\w*|new|nuev[oa]s?|nov[oa]s?|nouveau|nouvelles?)\b", text)):
            continue
        if kind == "coming" and (_PAST_OR_SAID.search(text) or events_asked.month_gone(text, today)) or \
                kind == "next_named" and not events_asked.acronym_in(question):
            continue        # ("the next steps of the working group meeting": no name of a meeting)
        # "¿Qué dijo Alberto sobre la participación…?" asks for Alberto's words ("Who spoke most,
        # Humberto or Aida?" and "How many times did Aida mention Montevideo?" do not).
        asked = speakers_asked(question, people)
        if kind not in ("speakers", "mentions", "questions", "questions_to", "meetings") and asked:
            return None
        named = meetings_named(question, meetings, language, today)
        if kind == "interpretation" and named is None and not _INTERPRETATION.search(text) \
                and not MEETING_WORDS & set(text.split()):
            continue        # "e em que língua?" names no call: a follow-up on the turn just quoted
        person = person_named(question, people)
        if kind == "meetings" and not (person or asked) and _WHEN_SPOKE.match(text):
            continue        # "when did they talk?": of no one named
        if kind == "meetings" and (first := _WHEN_SPOKE_FIRST.match(text)) and \
                not (person and set(first.group("who").split()) <= set(analysis.words(person)) | {"de", "da", "do", "del"}):
            continue        # "cuando hablo de IDN", "quando falou o João sobre IDN": more than a known name after the verb
        if kind == "meetings" and named == [] and not (person or asked or _PAST_OR_SAID.search(text) or _DID.search(text)) \
                and events_asked.month_to_come(text, today):
            kind, named = "coming", None        # "meetings in december?": what is scheduled or announced then
        # Names are no topic, nor whose turns a count is of ("How many times did Carlos mention webinars?").
        # "How often did Carlos attend?" is each Carlos's participation.
        persons = (people_named(question, people) if kind in _MENTIONS_WITH_A_TOPIC else
                   people_named(question, people, namesakes=MAX_NAMESAKES)
                   if kind in ("participation", "questions", "questions_to", "commitments", "presented_by") else
                   [person] if person else []) + asked
        # "Who presented the mitigation plan?" names its topic: an agenda item's title. "Who ran
        # the survey?" or "Was there a call on the budget?" are about the topic, not the data.
        allowed = 0 if kind in _NO_TOPIC else MAX_TOPIC_WORDS
        if kind in _NO_PERSON and (person or asked):
            return None
        if kind == "apologies" and person and _WHICH_MEETINGS.search(text):
            kind = "meetings"       # "À quelles réunions Rachid était-il absent ?": those he missed
        if kind == "meetings" and not (person or asked) and _SOMEONE_S.search(text) and \
                (_ATTENDING.search(text) or _WHOSE.search(text)) and not _TALKED_OF.search(text) and \
                not re.search(r"\b(?:can|could|may|will|should|puedo|puede|podemos|posso|pode|podemos|peux|peut|pouvons)\b", text):
            # "Which meetings did he attend?", "…did Bob Smith miss?": of whom? ("…did Carlos
            # attend?": which Carlos?)
            return Intent("whom", tuple(x.id for x in named or ()),
                          speakers=tuple(people_named(question, people, namesakes=MAX_NAMESAKES)))
        if kind == "questions_to" and not persons:
            continue        # "Who answered the call?": no one's questions
        if kind == "presented_by" and not persons:
            continue        # "What did the group present?": not someone's items
        if kind == "speakers" and not person and _COUNTING.match(m.group(0)):
            return None     # "How many times did Batman speak?": whom it names is unknown (search says so)
        topic = _topic_words(question, text, m, persons, meetings)
        if kind == "speakers":      # ("Who talked about IPv6 the most?": IPv6)
            topic = [w for w in topic if w not in _MOST]
            if not topic and (it := _ABOUT_IT.search(text)) and _MOST & set(re.findall(r"\w+", text[it.end():])):
                return None     # "Who talked about it the most?": about what was talked of (a search)
        if kind == "meetings" and (person or asked):    # "Em quais reuniões o Rachid não esteve?": no topic
            topic = [w for w in topic if w not in _NOT and not _WHOSE.fullmatch(w) and not _ATTENDING.fullmatch(w)]
        if kind == "participation" and _APOLOGY.search(text):   # "Quantas vezes Humberto enviou desculpas?": the apologies
            # counted are no topic
            topic = [w for w in topic if not _APOLOGY_SENT.fullmatch(w)]
        if kind == "interpretation":    # ("al francés", "into French": the channel asked about, no topic)
            topic = [w for w in topic if w not in _LANGUAGE_WORDS]
        if kind == "coming_day":        # ("tomorrow", "this week", "el 3 de diciembre" say when, no topic)
            topic = [w for w in topic if w not in _DAY_WORDS and not w.isdigit() and not MONTH_WORD.fullmatch(w)]
        if kind == "mentions" and not topic and person and (not asked or _IMPERSONAL.search(text)):
            # "How many times was Humberto mentioned?", "Combien de fois a-t-on mentionné Aida ?"
            topic, asked = _topic_words(question, text, m, [], meetings), []
        if kind == "mentions" and not topic:
            continue
        if kind == "meetings" and (on := _MEETINGS_ON.search(text)) and not _says_when(on.group(1)) and (
                on.group(1) in topic or not (on.group(1) in ALL_STOPWORDS or frame_word(on.group(1), meetings)
                                             or on.group(1) in lexicon.REGIONAL_GROUPS)):
            return None     # "¿Cuántos webinars de IPv6 hay?", "how many calls on the budget": what was said of them
        # "Which meetings mentioned Toronto?", "Who talked the most about the budget?": a count.
        if kind in _MENTIONS_WITH_A_TOPIC and topic and _TALKED_OF.search(text) and not _ATTENDING.search(text):
            kind = "mentions"
        elif kind not in ("next", "coming", "presenter", "mentions", "questions", "questions_to") and len(topic) > allowed:
            return None
        elif kind == "coming" and _IN_A_MONTH.search(text) and topic and _ABOUT.search(text):
            return None     # "¿Qué hay en noviembre sobre seguridad en línea?": what was said of it ("…in Toronto?" is coming)
        # "What did the attendees say about Toronto?" asks for what was said about it (a say verb
        # alone is no topic: "What was announced on the agenda?").
        said = lexicon.SAY_VERBS & set(without_about(text).split())
        if said and kind not in _SAID_OF and set(topic) - lexicon.SAY_VERBS:
            return None
        return Intent(_KIND_OF.get(kind, kind), tuple(x.id for x in named) if named is not None else (), person,
                      named_but_missing=named == [],
                      # "In which meetings did Alberto speak?": those he took the floor in
                      **({"topic": tuple(topic), "speakers": tuple(asked)} if kind == "mentions" else
                         {"speakers": tuple(asked)} if kind == "meetings" and asked else
                         {"topic": tuple(topic)} if kind in ("questions", "questions_to") else
                         # "What did Michael commit to?": each Michael; "What did José and Priya promise?": each
                         {"speakers": tuple(persons)} if kind in ("commitments", "presented_by") and len(persons) > 1
                         or kind in ("commitments", "presented_by") and not person else {}))
    return None


def overall(question: str) -> bool:
    """Does the question ask of every meeting ("Who spoke most overall?", "¿Quién habló más en total?")?"""
    return bool(_OVERALL.search(fold(question)))


_TOP = re.compile(r"\btop\s*(\d{1,2})\b|\b(\d{1,2})\s+(?:speakers|oradores|intervenants|palestrantes)\b")


def top_n(question: str) -> int | None:
    """How many a list asks for: "top 3 speakers", "los 5 oradores" (None: not said)."""
    m = _TOP.search(fold(question))
    return int(m.group(1) or m.group(2)) or None if m else None


_NEXT_ALONE = re.compile(r"^\W*(?:(?:the )?(?:next|prochain|prochaine|proximo|proxima|a proxima|o proximo|la proxima)|"
                         r"(?:and |so )?(?:what s|what is|whats) next|(?:y )?(?:que|que es lo que) sigue|"
                         r"(?:et )?(?:c est quoi la suite|quelle est la suite)|(?:e )?(?:o que vem agora|qual e o proximo))\W*$")


def next_alone(question: str) -> bool:
    """Is the question only "next?" ("prochain ?", "¿próxima?", "what's next?", "¿qué sigue?")? The next call,
    unless it follows an agenda item."""
    return bool(_NEXT_ALONE.match(fold(question)))


def without_about(folded: str) -> str:
    """Folded text without "à propos" (no verb of saying: "à propos des membres du conseil")."""
    return re.sub(r"\ba propos\b", " ", folded)


def _topic_words(question: str, folded: str, match: re.Match, persons: list[str], meetings: list[MeetingSummary]) -> list[str]:
    """The (folded) words of the question about something else than the data asked for, the
    meetings and the people it names."""
    rest = _FOLLOW_UP_THAT.sub(" ", folded[:match.start()] + " " + folded[match.end():])      # not "nessa reunião"
    rest = _EVEN_SO.sub(" ", _OVERALL.sub(" ", rest)).split()        # nor "overall", "en total", "anyway", "afinal"
    known = set(lexicon_questions.FRAME_WORDS) | lexicon_questions.REQUEST_WORDS | {m.group.lower() for m in meetings if m.group}
    if not _TALKED_OF.search(folded):       # "the EURALO call" points at a meeting; "talked about EURALO" is a topic
        known |= lexicon.REGIONAL_GROUPS
    for person in persons:
        known |= set(fold(person).split())
    with_stop = dotted(question)
    return [w for i, w in enumerate(rest) if w not in ALL_STOPWORDS and w not in QUESTION_WORDS and w not in known
            and not w.isdigit() and not ORDINAL_DAY.fullmatch(w) and not MONTH_WORD.fullmatch(w) and len(w) > 2
            and not abbreviated_month(rest, i, with_stop)       # ("Oct 12", "12 oct.": a date)
            and not (w in _LANGUAGE_WORDS and i + 1 < len(rest) and rest[i + 1] in MEETING_WORDS)]
    # (nor a language naming a call's version: "what happened at the portuguese webinar")


