"""Questions that ask what a name or an acronym is: "What is NARALO?", "¿Qué es una ALS?", "C'est quoi
l'AFRALO ?", "What does RALO stand for?". The transcripts seldom define one: unless a turn says what
it is («the ALS, an At-Large Structure», «ALS (At-Large Structure)», "X stands for"), the answer says
they do not, and what they hold of it (the group's meetings, or those that mention it), rather than
an unrelated quote that uses the word."""
from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.models import Answer, MeetingSummary
from knowledge.search import Hit
from knowledge.text import fold

# The slot is the term: "what is (a) X", "what does X stand for", "qu'est-ce que X", "c'est quoi X",
# "¿qué es (una) X?", "¿qué significa X?", "o que é X?".
_ARTICLE = r"(?:(?:a|an|the|un|une|le|la|l|les|el|los|las|una|uno|um|uma|o|os|as) )?"
_ASKED = re.compile(
    r"^(?:and |et |y |e )?(?:"
    rf"what (?:is|are|s) {_ARTICLE}(?P<en>.+)|"
    rf"what (?:does|do) {_ARTICLE}(?P<en_stand>.+?) (?:stand for|mean)|"
    rf"(?:qu est ce (?:que|qu)(?: c est)?|que (?:veut dire|signifie)) {_ARTICLE}(?P<fr>.+)|"
    rf"(?:c est|c|cest|ces) quoi {_ARTICLE}(?P<fr_quoi>.+)|"
    rf"(?:que|q|k) (?:es|son|significa|quiere decir) {_ARTICLE}(?P<es>.+)|"
    rf"(?:o que|oq|o q) (?:e|sao|significa|quer dizer) {_ARTICLE}(?P<pt>.+)"
    r")$")
MAX_TERM_WORDS = 1
MAX_MEETINGS = 5        # the meetings said to mention it: the latest
# A turn that says what the term is: "X is a/an/the …", "X, an …", "X (…)", "(X)", "X stands for / means …".
_DEFINES = (r"\b{t}\b,? (?:is|was|est|es|e|é|sont|are|son|sao|são) (?:a|an|the|un|une|le|la|l'|el|una|um|uma|o|a)\b|"
            # (not "deux nouvelles ALS, une au Bénin": a count, in the languages that say "one" as "a")
            r"\b{t}\b, (?:a|an|c'est-a-dire|c'est-à-dire|es decir|ou seja|that is|i\.e\.)\b|"
            r"\b{t}\b \([A-Z]|\({t}\)|"
            # the next sentence, of it: «…un document, le SAC105. C'est un document extrêmement important.»
            r"\b{t}\b\. (?:c'est|ce sont|it is|it's|this is|they are|es|son|este es|esto es|é|são|este é|isto é) "
            r"(?:a|an|the|un|une|des|le|la|el|una|unos|unas|um|uma|uns|umas|o)\b|"
            r"\b{t}\b,? (?:stands for|means|signifie|veut dire|significa|quiere decir|quer dizer)\b")


def term_asked(question: str, meetings: Sequence[MeetingSummary]) -> str | None:
    """The name or acronym a question asks what it is ("What is NARALO?" -> "NARALO", "q es una ALS"
    -> "ALS"), as written; None when it asks no such thing. The term is one word, and an acronym
    written in capitals, or a group's name, or asked what it stands for: "What is the deadline?"
    asks when, "What is IPv6 adoption?" more than a name."""
    m = _ASKED.match(fold(question))
    if not m:
        return None
    kind, slot = next((k, v) for k, v in m.groupdict().items() if v)
    if len(slot.split()) > MAX_TERM_WORDS:
        return None
    written = next((w for w in re.findall(r"[\w-]+", question) if fold(w) == slot), None)
    groups = {fold(m.group) for m in meetings if m.group}
    if written and (kind == "en_stand" or slot in groups or len(written) > 1 and written.isupper() and not question.isupper()):
        return written
    return None


def defined(term: str, hits: Sequence[Hit]) -> bool:
    """Does one of the turns found say what ``term`` is?"""
    pattern = re.compile(_DEFINES.format(t=re.escape(term)), re.IGNORECASE)
    return any(pattern.search(h.passage) for h in hits)


def undefined(question: str, lang: str, term: str, hits: Sequence[Hit], meetings: Sequence[MeetingSummary]) -> Answer:
    """The transcripts do not say what ``term`` is; what they hold of it: the meetings of the group
    it names, else those of the turns that mention it (``hits``)."""
    group = [m for m in meetings if m.group and fold(m.group) == fold(term)]
    found = {h.meeting_id for h in hits}
    where = group or [m for m in meetings if m.ids & found]
    return Answer("undefined", lang, question, meetings=tuple(where[-MAX_MEETINGS:]),
                  names={"term": [group[0].group if group else term], "group": [group[0].group] if group else []})
