"""Who "he", "elle", "ella" or "ele" is in a question that follows up on an answer about one
person ("Who presented the mitigation plan?", then "Was he at the NARALO call?", "Qu'a-t-il dit
du budget ?", "¿Y ella?"): the question is read with the person's name in the pronoun's place,
so that every kind of question works on it as if the name had been written.

Only singular pronouns that stand for a person are replaced. "They"/"ils" stay the people of the
meeting talked about; French impersonal "il" stays ("Y a-t-il eu un sondage ?", "Que s'est-il
passé ?", "Qu'a-t-il été décidé ?"); Spanish "el" without its accent is an article."""
from __future__ import annotations

import re

# English, Spanish (with its accent), Portuguese; French subject pronouns not inverted.
_SUBJECT = re.compile(r"(?<![\w'’-])(?:he|she|him|her|él|ella|ele|ela)(?![\w'’-])", re.IGNORECASE)
# Possessives: "his presentation" is "Rodrigo Saucedo's presentation"; "a proposta dela" is "a proposta de Ana".
_POSSESSIVE = re.compile(r"(?<![\w'’-])(?:(?P<en>his|her)\s+(?P<next>\w+)|(?P<pt>dele|dela)(?![\w'’-]))", re.IGNORECASE)
# French: a verb inverted with its pronoun ("a-t-il", "était-elle", "qu'a-t-elle"), or the pronoun
# before its verb ("est-ce qu'elle était là", "il a parlé").
_FR_INVERTED = re.compile(r"(?<![\w-])(?P<verb>\w+)-(?:t-)?(?P<pronoun>il|elle)(?![\w'’-])", re.IGNORECASE)
_FR_SUBJECT = re.compile(r"(?<![\w-])(?:(?P<elided>qu['’])|(?<!['’]))(?P<pronoun>il|elle)(?![\w'’-])", re.IGNORECASE)
# "il" that stands for no one: "il y a", "y a-t-il", "il faut", "s'agit-il", "que s'est-il passé",
# "qu'a-t-il été décidé" (but "a-t-il été présent ?" is someone).
_IMPERSONAL_VERBS = r"(?:y|faut|fallait|agit|agissait|reste|restait|semble|passe|passait|manque|pleut|est question|etait question)"
_FR_IMPERSONAL_AFTER = re.compile(r"^\s*(?:%s\b|ete (?!present|la\b|absent)|(?:s['’]\s*)?(?:est|a|avait|sera) (?:ete )?(?:passe|question|prevu)|"
                                  r"(?:a|avait|sera) ete (?!present|la\b|absent))" % _IMPERSONAL_VERBS)
_FR_IMPERSONAL_BEFORE = re.compile(r"(?:\by a|\by avait|\by aura|\bfaut|\bagit|\bpasse|\breste|\bsemble|\bmanque|\bs['’]\s*est)$")


def resolved(question: str, person: str) -> str | None:
    """The question with its pronoun standing for ``person`` replaced by the name; None when it
    has no such pronoun."""
    from knowledge.text import fold

    from knowledge.analysis import ALL_STOPWORDS

    def possessive(m: re.Match) -> str:
        if m.group("pt"):
            return f"de {person}"
        # "her" before no noun is whom: "Did anyone thank her for it?"
        if m.group("en").lower() == "her" and fold(m.group("next")) in ALL_STOPWORDS:
            return f"{person} {m.group('next')}"
        return f"{person}'s {m.group('next')}"
    changed = _POSSESSIVE.sub(possessive, question)
    changed = _SUBJECT.sub(person, changed)

    def inverted(m: re.Match) -> str:
        before = fold(changed[:m.start()]).rstrip()
        after = fold(changed[m.end():])
        if _FR_IMPERSONAL_BEFORE.search(f"{before} {fold(m.group('verb'))}".strip()) or _FR_IMPERSONAL_AFTER.match(after):
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
    return changed if changed != question else None
