"""A message that asks for the answers in another language ("en español porfa", "in english",
"em português por favor", "en anglais please"): the language asked for. A question about a
language ("¿se habló en español?", "was there interpretation in English?", "the French channel")
is none: besides the language's name, a request holds only words that ask (a preposition,
"please", "answer", "again"), in any of our languages (members mix them: "en anglais please")."""
from __future__ import annotations

from knowledge import lexicon
from knowledge.text import fold

# Names of the languages (folded), with the misspellings members type.
_MISSPELT = {"es": {"espaniol", "espanish", "spanich"}, "pt": {"portugese", "portuges", "portugu"},
             "en": {"englis", "inglish"}, "fr": {"franses"}}
NAMES = {lang: frozenset(names) | _MISSPELT[lang] for lang, names in lexicon.LANGUAGE_NAMES.items()}
_ANY_NAME = frozenset().union(*NAMES.values())

# Words that only ask for a language (folded): prepositions, please, thanks, answer, say it, again, now.
ASKING = frozenset(" ".join((
    "en svp stp s il te vous plait merci reponds repondez repond reponse redis dis le la peux tu pouvez "
    "encore maintenant traduis traduire ca plutot",
    "al por favor porfa porfis porfavor xfa xf pls gracias responde respondeme responder contesta contestame "
    "dilo dimelo dime puedes podes podrias otra vez de nuevo ahora traduce traducir eso mejor",
    "em no na o para por favor pf pfv obrigado obrigada responda responde fala diz pode poderia novo agora "
    "traduz traduzir isso melhor",
    "in please pls plz thanks thx answer reply say it again can you could now translate that to into "
    "instead",
    "and et y e",       # (how a follow-up starts: "and in english?", "¿y en español?", "et en français ?")
)).split())
MAX_WORDS = 8       # "can you say it again in english please": longer is a question
# "no en inglés por favor", "not in English": no request for that language
NEGATIONS = frozenset("no not non pas nao".split())
# Words that only place a language ("in French?", "le français"): after a question on languages or
# interpretation, those alone ask about that language, not for answers in it.
PLACING = frozenset("en in em al au a to into na le la el o the and et y e".split())
_OF_LANGUAGES = frozenset("interpretation interpretacion interpretacao interpretes interpreters interpreter "
                          "interprete channel canal canais canaux idioma idiomas langue langues language languages "
                          "lingua linguas".split())


def requested_language(text: str, after: str = "") -> str | None:
    """The language a message asks the answers to be in, or None when it asks something else;
    ``after``: the question asked before it in the conversation."""
    words = fold(text).split()
    if not words or len(words) > MAX_WORDS or NEGATIONS & set(words):
        return None
    named = [lang for w in words for lang, names in NAMES.items() if w in names]
    if len(named) != 1 or any(w not in ASKING and w not in _ANY_NAME for w in words):
        return None
    before = set(fold(after).split())
    if before & (_OF_LANGUAGES | _ANY_NAME):
        if all(w in PLACING or w in _ANY_NAME for w in words):
            return None     # "Was there interpretation at the NARALO call?" → "in French?": a question
    return named[0]


# Words after which a language is what was said or done in it, not the answer's ("who spoke in
# French?", "who presented in Portuguese?", "¿quién habló en inglés?").
_DONE_IN = lexicon.SAY_VERBS | frozenset("""spoke speaks presented presents present presenting presentation
    presento presentaron presentou presentaram presente presenta presentacion presentacao
    written wrote escribio escreveu ecrit redige translated traduit traducido traduzido sent""".split())
_PLACED = frozenset("en in em into".split())


def trailing_request(question: str) -> tuple[str, str] | None:
    """A request for the answer's language ending a question ("resumen de la de afralo en español",
    "who attended the NARALO call in English please"): the question without it, and the language.
    None when there is none, or when the question is about languages or says what was done in one
    ("was there interpretation in English?", "who spoke in French?", "who presented in Portuguese?")."""
    words = question.split()
    folded = [fold(w).strip("?¿!¡.,;:()\"'«»") for w in words]
    end = len(folded)
    while end and (not folded[end - 1] or folded[end - 1] in ASKING - _PLACED):
        end -= 1        # "… en español por favor", "… in english pls"
    if end < 3 or folded[end - 2] not in _PLACED:
        return None
    named = [lang for lang, names in NAMES.items() if folded[end - 1] in names]
    rest = folded[:end - 2]
    if not named or set(rest) & (_OF_LANGUAGES | _DONE_IN | _ANY_NAME):
        return None
    return " ".join(words[:end - 2]).rstrip(" ,;:"), named[0]
