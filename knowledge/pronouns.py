"""Who "he", "elle", "ella" or "ele" is in a question that follows up on an answer about one
person ("Who presented the mitigation plan?", then "Was he at the NARALO call?", "Qu'a-t-il dit
du budget ?", "¿Y ella?", "¿Estuvo en 2020?"): the question is read with the person's name in the
pronoun's place, so that every kind of question works on it as if the name had been written.

Only singular pronouns that stand for a person are replaced. "They"/"ils" stay the people of the
meeting talked about; French impersonal "il" stays ("Y a-t-il eu un sondage ?", "Que s'est-il
passé ?", "Qu'a-t-il été décidé ?", "Il s'agit de quoi ?", "Est-il prévu… ?"); Spanish "el"
without its accent is an article. A question that names someone itself ("Humberto a-t-il pris la
parole ?") is left to the caller (``answers``)."""
from __future__ import annotations

import re

from knowledge.analysis import ALL_STOPWORDS
from knowledge.text import fold

# English, Spanish (with its accent), Portuguese; French subject pronouns not inverted.
_SUBJECT = re.compile(r"(?<![\w'’-])(?:he|she|him|her|él|ella|ele|ela)(?![\w'’-])", re.IGNORECASE)
# Possessives: "his presentation" is "Rodrigo Saucedo's presentation"; "a proposta dela" is "a proposta de Ana".
_POSSESSIVE = re.compile(r"(?<![\w'’-])(?:(?P<en>his|her)\s+(?P<next>\w+)|(?P<pt>dele|dela)(?![\w'’-]))", re.IGNORECASE)
# "her" before these is whom, not whose: "Did anyone thank her yesterday?"
_NOT_OWNED = frozenset("yesterday today tonight again now then too also there here later first last".split())
# French: a verb inverted with its pronoun ("a-t-il", "était-elle", "qu'a-t-elle"), or the pronoun
# before its verb ("est-ce qu'elle était là", "il a parlé").
_FR_INVERTED = re.compile(r"(?<![\w-])(?P<verb>\w+)-(?:t-)?(?P<pronoun>il|elle)(?![\w'’-])", re.IGNORECASE)
_FR_SUBJECT = re.compile(r"(?<![\w-])(?:(?P<elided>qu['’])|(?<!['’]))(?P<pronoun>il|elle)(?![\w'’-])", re.IGNORECASE)
# "il" that stands for no one (folded): what follows it ("il y a", "il faut", "il s'agit", "il est
# prévu", "qu'a-t-il été décidé", but "a-t-il été présent ?" is someone)…
_IMPERSONAL_VERBS = r"(?:y|faut|fallait|(?:s )?agit|(?:s )?agissait|reste|restait|semble|(?:se )?passe|passait|manque|pleut)"
_FR_IMPERSONAL_AFTER = re.compile(
    r"^\s*(?:%s\b|ete (?!present|la\b|absent)|(?:est|etait|sera) (?:question|prevu|possible|temps|necessaire|important|vrai)\b|"
    r"(?:s )?(?:est|a|avait|sera) (?:ete )?(?:passe|question|prevu)|(?:a|avait|sera) ete (?!present|la\b|absent)|"
    r"(?:question|prevu|possible|temps|necessaire|important|vrai)\b)" % _IMPERSONAL_VERBS)
# …or what comes before it ("y a-t-il", "faut-il", "que s'est-il passé/dit", "qu'est-il arrivé",
# "quelle heure est-il"; but "s'est-il excusé ?" is someone).
_FR_IMPERSONAL_BEFORE = re.compile(r"(?:\by a|\by avait|\by aura|\bfaut|\bagit|\bpasse|\breste|\bsemble|\bmanque|"
                                   r"\bheure est|\bqu est)$")
_FR_HAPPENED = re.compile(r"^\s*(?:passe|produit|dit|decide|fait|arrive|trouve)\b")
# Spanish and Portuguese drop the subject: "¿Estuvo en 2020?", "¿Habló en la llamada de NARALO?",
# "E falou na reunião?", "¿Y cuántas veces habló?": the person before the verb.
_DROPPED = re.compile(r"^(?P<start>\W*(?:(?:y|e)\s+)?(?:(?:cu[aá]ntas veces|quantas vezes|cu[aá]nto|quanto)\s+)?)(?P<verb>estuvo|habl[oó]|asisti[oó]|particip[oó]|intervino|vino|"
                      r"tom[oó] la palabra|esteve|falou|participou|compareceu|assistiu|interveio|veio|tomou a palavra)"
                      r"(?=\s+(?:en|a|al|na|no|nas|nos|em|presente|ese|esa|essa|esse)\b|\s*\W*$)", re.IGNORECASE)
# …or the meeting said first and the verb last: "¿Y en 2016 estuvo?", "E na de NARALO falou?": asked as
# "¿Y Humberto estuvo en 2016?" (not when someone else is the subject: "¿y en 2016 quién estuvo?", "e na de
# 2020 alguém falou?", "¿y en el webinar estuvo él?"; nor the impersonal "¿y en el webinar se habló?" (was it
# talked about); nor a subject said after the meeting: "y en esa reunión, el presidente habló?", "y en el webinar
# el presidente habló?": the meeting's words take an article only after "de": "en la reunión de la semana pasada")
_DROPPED_LAST = re.compile(r"^(?P<start>\W*(?:(?:y|e)\s+)?)(?!.*\b(?:qui[eé]n(?:es)?|quem|qu[eé]|cu[aá]nt\w*|quant\w*|"
                           r"cu[aá]l(?:es)?|quais?|nadie|ningu[eé]m|alguien|algu[eé]m|todos|todas|él|ella|ele|ela|se)\b)"
                           r"(?=[^?¿!.,]{1,40}\s+\w+\s*\W*$)(?P<where>(?:en|em|na|no|a|al)\s+"
                           r"(?:(?:el|la|los|las|o|os|as|ese|esa|este|esta|esse|essa|aquela|aquele)\s+)?[^\s?¿!.,]+"
                           r"(?:\s+(?:(?:de|del|do|da|dos|das)\s+(?:(?:el|la|los|las|o|os|as)\s+)?)?"
                           r"(?!(?:el|la|los|las|o|os|as|un|una|um|uma)\s)[^\s?¿!.,]+){0,6}?)\s+"
                           r"(?P<verb>estuvo|habl[oó]|asisti[oó]|particip[oó]|intervino|vino|esteve|falou|participou|"
                           r"compareceu|assistiu|interveio|veio)(?P<end>\s*\W*)$", re.IGNORECASE)


# Who answered them: "Qui lui a répondu ?", "Who answered him?", "¿Quién le respondió?", "Quem lhe
# respondeu?": who answered the question they asked, as it is asked with the name (not "Who answered
# her question about travel?", whose "her" is whose).
_ANSWERED_WHOM = (
    (re.compile(r"\bqui\s+lui\s+a\s+r[ée]pondu\b", re.IGNORECASE), "qui a répondu à la question de {}"),
    (re.compile(r"\bwho\s+(?:answered|replied to|responded to)\s+(?:him|her)\b(?!\s+[a-z])", re.IGNORECASE), "who answered the question from {}"),
    (re.compile(r"\bqui[eé]n\s+le\s+(?:respondi[oó]|contest[oó])\b", re.IGNORECASE), "quién respondió la pregunta de {}"),
    (re.compile(r"\bquem\s+(?:lhe\s+respondeu|respondeu\s+(?:a|para)\s+(?:ele|ela))\b", re.IGNORECASE),
     "quem respondeu a pergunta de {}"),
)


# Whom something was done to, said by a clitic before its verb: Spanish "le" ("¿le hicieron
# preguntas?", "¿y le respondieron?": a verb in the past, not French "le budget"), Portuguese "lhe"
# ("lhe fizeram perguntas?", "fizeram-lhe perguntas?"), French "lui" ("lui a-t-on posé des
# questions ?"): the clitic kept (dropped in French), the person said after the rest. Only for
# questions put to the person or answers given them: the question rewritten is read as asked of
# the person, so "y le dieron las gracias?" (thanks given him) keeps its clitic, not "… a Humberto",
# which would quote his own words.
_OBJECT = re.compile(r"^(?P<start>\W*(?:(?:y|e|et)\s+)?)(?:(?P<es>le)\s+(?=\w+(?:aron|ieron|eron|o|ó)\b)|(?P<pt>lhe)\s+|"
                     r"(?P<fr>lui)\s+(?=\w+-t-|a\s|ont\s|avez\s|avait\s))|(?P<after>\w+-lhe)\b", re.IGNORECASE)
_PUT_TO = re.compile(r"\b(?:(?:pregunt|pergunt|question|respond|contest|repond)\w*|demande)", re.IGNORECASE)


def _object_named(question: str, person: str) -> str:
    """The question with the person a clitic stands for said after it ("le hicieron preguntas a
    Humberto?"); the question itself without such a clitic."""
    found = _OBJECT.search(question)
    if not found or not _PUT_TO.search(fold(question[found.start():])):
        return question
    rest = question.rstrip(" ?¿!")
    end = question[len(rest):]
    if found.group("fr"):
        return f"{found.group('start')}{rest[found.end():]} à {person}{end}"
    return f"{rest} a {person}{end}"


def resolved(question: str, person: str) -> str | None:
    """The question with its pronoun standing for ``person`` replaced by the name; None when it
    has no such pronoun."""
    for whom, asked in _ANSWERED_WHOM:
        if whom.search(question):
            return whom.sub(asked.format(person), question, count=1)
    def possessive(m: re.Match) -> str:
        if m.group("pt"):
            return f"de {person}"
        # "her" before no noun is whom: "Did anyone thank her for it?"
        following = fold(m.group("next"))
        if m.group("en").lower() == "her" and (following in ALL_STOPWORDS or following in _NOT_OWNED):
            return f"{person} {m.group('next')}"
        return f"{person}'s {m.group('next')}"
    def shouted(word: str) -> bool:      # "the HER acronym" is no pronoun
        return word.isupper() and len(word) > 1 and not question.isupper()
    changed = _POSSESSIVE.sub(lambda m: m.group(0) if shouted(m.group("en") or m.group("pt")) else possessive(m), question)
    changed = _SUBJECT.sub(lambda m: m.group(0) if shouted(m.group(0)) else person, changed)
    # (the name before the verb: "E João da Silva falou na reunião?" keeps the name whole)
    changed = _DROPPED.sub(lambda m: f"{m.group('start')}{person} {m.group('verb')[:1].lower()}{m.group('verb')[1:]}", changed)
    changed = _DROPPED_LAST.sub(lambda m: f"{m.group('start')}{person} {m.group('verb')} {m.group('where')}{m.group('end')}",
                                changed)

    def inverted(m: re.Match) -> str:
        before = f"{fold(changed[:m.start()]).rstrip()} {fold(m.group('verb'))}".strip()
        after = fold(changed[m.end():])
        if (_FR_IMPERSONAL_BEFORE.search(before) or _FR_IMPERSONAL_AFTER.match(after)
                or re.search(r"\bs est$", before) and _FR_HAPPENED.match(after)):
            return m.group(0)
        # The name before the verb, as it is written with one: "Yasmina a-t-elle assisté… ?"
        verb = m.group(0) if m.start() else m.group(0)[:1].lower() + m.group(0)[1:]
        return f"{person} {verb}"
    changed = _FR_INVERTED.sub(inverted, changed)

    def subject(m: re.Match) -> str:
        if changed[m.start():m.end() + 1].endswith("-") or changed[max(0, m.start() - 1):m.start()] == "-":
            return m.group(0)           # inverted, seen above
        if _FR_IMPERSONAL_AFTER.match(fold(changed[m.end():])):
            return m.group(0)
        return (m.group("elided") or "") + person
    changed = _FR_SUBJECT.sub(subject, changed)
    changed = _object_named(changed, person)
    return changed if changed != question else None


# A name taken up again by its pronoun, as it is said ("et Grace, elle était là ?", "¿y Lucía, ella
# vino?", "e o João, ele falou?", "Priya she was there?").
_TAKEN_UP = re.compile(r"(?P<name>[^\W\d_][\w'’-]*)\s*,?\s+(?:il|elle|él|ella|ele|ela|he|she)\s+(?=\w)", re.IGNORECASE)


def undislocated(question: str, name_words: set[str]) -> str:
    """The question without the pronoun that takes up a name just said ("et grace elle etait la ?"
    is "et grace etait la ?"); the question itself otherwise. ``name_words``: people's names' words, folded."""
    return _TAKEN_UP.sub(lambda m: m.group("name") + " " if fold(m.group("name")) in name_words else m.group(0), question)


def refers(question: str) -> bool:
    """Does the question hold a pronoun standing for someone ("Was she there?", "¿Estuvo en 2020?")?"""
    return resolved(question, "X") is not None
