"""Text analysis for search: one pipeline for passages and queries.

NFC, case folding and accent folding, then Snowball stemming (PyStemmer) in the text's language,
with short stopword lists: long lists drop words that matter in meetings ("pas", "next", "no").
Names, acronyms and numbers survive as tokens ("ICANN67" -> "icann67", "IPv6" -> "ipv6"),
hyphenated words are indexed whole as well as in parts ("cyber-sécurité" -> "cyber", "securit",
"cybersecurit"; "ont-ils" and "falou-se" are two words, not a compound), and transcription
markers ("[inaudible]") are not words.

Queries are short and their language is a guess, so a query word is stemmed in all four
languages and expanded through the multilingual glossary of our domain (``glossary.py``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from knowledge import glossary, lexicon_questions, numbers
from knowledge.lexicon import LANGUAGES
from knowledge.text import MARKER_RE

# Bump whenever the tokens of a text change (stemming, stopwords, folding, glossary, passage cutting):
# an index built by another version is rebuilt from the stored turns when search starts.
VERSION = 4
STEMMER_NAMES = {"fr": "french", "es": "spanish", "pt": "portuguese", "en": "english"}

# Articles, prepositions, pronouns, auxiliaries and question words: only what carries no topic.
STOPWORDS = {
    "fr": """le la les un une des du de au aux et ou mais donc or ni car ce cet cette ces ca
             je tu il elle on nous vous ils elles me te se lui leur y en qui que qu quoi dont
             est sont etait ete etre sera seront serait avoir a ai as avons avez ont avait aura
             aurons auront aurait eu sur dans par pour avec sans
             sous chez mon ma mes ton ta tes son sa ses notre nos votre vos leurs quel quelle quels
             quelles quand comment ou pourquoi combien est-ce""",
    "es": """el la los las lo un una unos unas de del al y o u e pero ni que quien quienes cual
             cuales cuando como donde por para con sin sobre en a ante entre es son era fue ser
             sera seran habra estar esta este esto estos estas ese esa eso yo tu usted ustedes el ella nosotros
             nosotras ellos ellas me te se le les nos mi mis su sus nuestro nuestra hay ha han
             habia que cuanto cuantos cuanta cuantas""",
    "pt": """o a os as um uma uns umas de do da dos das ao aos e ou mas nem que quem qual quais
             quando como onde por pelo pela pelos pelas para com sem sobre em no na nos nas entre
             e foi ser sera serao havera estar esta este isto estes estas esse essa isso eu voce voces ele ela nos
             eles elas me te se lhe lhes meu minha seu sua seus suas nosso nossa ha tem quanto quantos quanta quantas""",
    "en": """the a an of to in on at by for with from about into and or but nor that this these
             those it its is are was were be been being am do does did have has had will would
             shall i you he she
             we they me him her us them my your his our their who whom whose which what when
             where why how there here as than then so""",
}
# Words questions about meetings use in every language, that say nothing of the topic: "what did
# X say/think about Y", "summarise the discussion on Y". Dropped from queries only.
QUESTION_WORDS = frozenset("""
    summarize summarise summary discuss discussed discusses discussing discussion discussions talk talked
    talking speak spoke spoken speaking say said says tell told think thought thinks opinion opinions mention mentioned disagree
    disagreed agree agreed decide decided decision suggest suggested explain explained ask asked
    happen happened anyone anybody someone somebody everyone
    resumer resume resumez discuter discute discutee discutes discussion discussions parler parle parlee
    dire dit disait penser pense pensait avis opinion mentionner mentionne decider decide decision
    suggerer suggere expliquer explique demander demande
    resumir resumen resuma discutir discutio discutieron discusion hablar hablo hablaron decir dijo
    dijeron pensar penso opinion mencionar menciono decidir decidio decision sugerir sugirio explicar
    explico preguntar pregunto alguien quelqu alguem
    resumo discutiu discutiram discussao falar falou falaram dizer disse disseram pensar pensou opiniao
    mencionar mencionou decidir decidiu decisao sugerir sugeriu explicar explicou perguntar perguntou
    discutido discutida discutidos mencionado mencionada mencionados hablado falado tratado tratada
    abordado abordada evoque evoquee aborde abordee prononce prononcee pronunciado pronunciada
    mencionaron mencionaram mentionnee mentionnes mentionnees mentions discutent
    anything something algo
""".split()) | frozenset("""
    can could cannot should must might ought
    peux peut pouvons pouvez peuvent puis pourrai pourras pourra pourrons pourrez pourront pourrais
    pourrait pourrions pourriez pourraient puisse puisses puissent dois doit devons devez doivent
    devrai devra devrons devrez devront devrais devrait devrions devriez devraient faut faudra faudrait
    puedo puedes puede podemos podeis pueden podre podra podremos podran podria podrias podriamos
    podrian debo debes debe debemos deben debere debera deberemos deberan deberia deberias deberiamos
    deberian
    posso podes pode podem poderei podera poderemos poderao poderia poderiamos poderiam devo deves
    deve devemos devem deverei devera deveremos deverao deveria deveriamos deveriam
""".split())  # modal verbs: "Can I join?", "Puis-je y participer ?", "¿Debo registrarme?" ("may" is a month)
# What a question about meetings calls them: "Which meetings discussed the budget?", "Was there a
# call on the budget?", "Em quais reuniões…?" are about the budget. Dropped from queries that have
# another word ("the meeting" alone is still searched).
MEETING_NOUNS = frozenset("""meeting meetings call calls reunion reunions reuniones appel appels llamada
    llamadas reuniao reunioes chamada chamadas""".split())
# Phrases that ask how often or say that something happens, in each language: their words
# ("many", "times", "fois"; "take place", "lieu", "lugar"; "onde ficam": where they are) say nothing of the topic ("How many
# times was IPv6 mentioned?" is about IPv6, "Where will the outreach event take place?" about the
# event, not about a place), nor do those that ask whether there will be one ("vai ter", "va a
# haber"). Dropped from queries only. Written as ``words`` reads them, without one-letter words
# («à quelle heure»: "quelle heure"; "¿a qué hora?": "que hora"; "va a haber": "va haber").
QUESTION_PHRASES = tuple(tuple(p.split()) for p in """how many times|how often|combien de fois|
    quelle frequence|cuantas veces|con que frecuencia|quantas vezes|com que frequencia|
    how long|combien de temps|cuanto tiempo|quanto tempo|cada cuanto|cada quanto|
    de quanto em quanto|tous les combien|what time|quelle heure|que hora|que horas|
    take place|takes place|took place|taking place|taken place|be held|is held|was held|are held|were held|
    ont lieu|aura lieu|auront lieu|avait lieu|eu lieu|ont eu lieu|avoir lieu|aurait lieu|
    se tiendra|se tient|se tiennent|se tiendront|est tenu|est tenue|
    tendra lugar|tiene lugar|tuvo lugar|tendran lugar|tienen lugar|tener lugar|se celebrara|se celebro|
    tera lugar|tem lugar|teve lugar|ter lugar|terao lugar|vai acontecer|vai ser realizado|vai ser realizada|
    sera realizado|sera realizada|onde fica|onde ficam|onde ficara|onde ficarao|donde queda|donde quedan|
    donde quedara|donde quedaran|until when|jusqu quand|hasta cuando|ate quando|
    vai ter|vai haver|vao ter|vao haver|va haber|va tener|van haber|van tener|va avoir|
    va il avoir""".replace("\n", " ").split("|"))
# Hesitations and backchannels of spoken language: frequent, never the topic.
FILLERS = frozenset("""uh um umm uhm uhh hmm hm mm mmm mhm mmhmm mm-hmm uh-huh ah eh er erm oh ooh ok okay
    yeah yep yup euh bah ben hein heu mmh bueno pues este eeh aham ahn hum tá ta ne""".split())
ALL_STOPWORDS = frozenset(w for words in STOPWORDS.values() for w in words.split()) | FILLERS
_STOPWORDS = {lang: frozenset(words.split()) | FILLERS for lang, words in STOPWORDS.items()}
# Annotations some transcripts carry in braces: {disfmarker}, {vocalsound}, {gap}.
_BRACED = re.compile(r"\{[^{}\s]{1,30}\}")
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# A pronoun after a hyphen is a word of its own, not half of a compound: "ont-ils", "peut-on",
# "est-ce" (French inversion), "falou-se", "disse-lhe" (Portuguese), "dime-lo".
_CLITICS = frozenset("""il ils elle elles on je tu nous vous ce moi toi lui leur les le la en
    se lhe lhes me te nos vos os as lo los las no na nas""".split())


@lru_cache(maxsize=None)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(STEMMER_NAMES.get(language, "english"))


def words(text: str) -> list[str]:
    """Folded words, markers removed; "cyber-sécurité" gives "cyber", "securite" and "cybersecurite".

    One-letter words go, except a capital standing alone ("PhD C", "What did C say"): speakers
    are named that way; "l'", "d'" and other elisions go too."""
    text = strip_accents(_BRACED.sub(" ", MARKER_RE.sub(" ", text)))
    out = []
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if len(token) == 1:
            if token.isdigit() or token.isupper() and text[m.end():m.end() + 1] not in ("'", "’"):
                out.append(token.casefold())
            continue
        token = token.casefold()
        if "-" in token:
            parts = token.split("-")
            out.extend(p for p in parts if len(p) > 1 or p.isdigit())
            if len(parts) == 2 and min(map(len, parts)) >= 2 and parts[1] not in _CLITICS:
                out.append("".join(parts))
        else:
            out.append(token)
    return out


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# British spellings read as American ones before English stemming, which keeps them apart
# ("organise" -> "organis", "organize" -> "organiz"): "Who organised it?" finds "organized".
_BRITISH = re.compile(r"(?<=\w{3})(?:(?P<ise>is|ys)(?P<e>e|es|ed|ing|ation|ations|er|ers)"
                      r"|our(?P<our>s|ed|ing|ite|ites|able|ably|ful)?|(?<=[^aeiou])tre(?P<tre>s)?)$")
_BRITISH_WORDS = {"programme": "program", "programmes": "programs", "catalogue": "catalog",
                  "catalogues": "catalogs", "licence": "license", "licences": "licenses",
                  "defence": "defense", "offence": "offense", "enrolment": "enrollment",
                  "travelled": "traveled", "travelling": "traveling", "traveller": "traveler",
                  "travellers": "travelers", "cancelled": "canceled", "cancelling": "canceling",
                  "labelled": "labeled", "labelling": "labeling", "modelling": "modeling",
                  "counselling": "counseling", "signalled": "signaled", "fulfil": "fulfill",
                  "judgement": "judgment", "ageing": "aging", "grey": "gray", "cheque": "check",
                  "theatre": "theater", "theatres": "theaters", "metre": "meter", "metres": "meters",
                  "litre": "liter", "litres": "liters"}


@lru_cache(maxsize=1 << 16)
def american(word: str) -> str:
    """A folded English word in American spelling: "organised" -> "organized", "colour" ->
    "color", "centres" -> "centers", "programme" -> "program" (others as they are)."""
    if word in _BRITISH_WORDS:
        return _BRITISH_WORDS[word]
    m = _BRITISH.search(word)
    if m is None:
        return word
    if m.group("ise"):
        return word[:m.start()] + m.group("ise")[0] + "z" + m.group("e")
    if m.group(0).startswith("our"):
        return word[:m.start()] + "or" + (m.group("our") or "")
    return word[:m.start()] + "ter" + (m.group("tre") or "")


def _stems(ws: list[str], language: str) -> list[str]:
    if STEMMER_NAMES.get(language, "english") == "english":
        ws = [american(w) for w in ws]
    return _stemmer(language).stemWords(ws)


def stem(word: str, language: str) -> str:
    """A folded word's stem in ``language``."""
    return _stems([word], language)[0]


def analyze(text: str, language: str) -> list[str]:
    """Passage side: the stems of ``text``, stemmed in its own language, stopwords removed."""
    stop = _STOPWORDS.get(language, ALL_STOPWORDS)
    return _stems([w for w in words(text) if w not in stop], language)


_TIME_ASKED = re.compile(lexicon_questions.TIME_ASKED)
_OF_MEETINGS = re.compile(lexicon_questions.OF_MEETINGS)


def question_words(text: str, *, meeting_nouns: bool = False) -> list[str]:
    """A question's folded words that can be its topic: without stopwords, the words every
    question about meetings uses (``QUESTION_WORDS``), the phrases that ask how often, and what
    it calls the meetings unless nothing else is left (``MEETING_NOUNS``; kept with
    ``meeting_nouns``, for weighing what answers a question whose names are then left out)."""
    ws = words(text)
    for phrase in QUESTION_PHRASES:
        n = len(phrase)
        ws = [w for i, w in enumerate(ws)
              if not any(tuple(ws[j:j + n]) == phrase for j in range(max(0, i - n + 1), i + 1))]
    ws = [w for w in ws if w not in ALL_STOPWORDS and w not in QUESTION_WORDS]
    if len(ws) > 1 and _TIME_ASKED.fullmatch(ws[-1]) and _OF_MEETINGS.fullmatch(ws[-2]):
        ws = ws[:-1]        # "idn wg meeting time": when it meets ("what time" is no topic either)
    return ws if meeting_nouns else [w for w in ws if w not in MEETING_NOUNS] or ws


def query_terms(text: str, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Query side: each word stemmed in every language, plus glossary translations; no duplicates."""
    ws = question_words(text)
    terms: dict[str, None] = {}
    for w in ws:
        for lang in languages:
            terms.setdefault(stem(w, lang))
    for translated in glossary.expand(ws, _query_stems):
        terms.setdefault(translated)
    # A number typed in digits is said in words in a transcript ("les 3 webinaires": «Il y en aura
    # trois»), in any language ("the three webinars"); a number said in words is seldom written in digits.
    # (Not a month's abbreviation: "5 de dez" is December, no "ten".)
    from knowledge.which_days import abbreviated_month
    for i, w in enumerate(ws):
        if numbers.value(w) is not None and abbreviated_month(ws, i) is None:
            terms.update(dict.fromkeys(s for s in numbers.stems(w) if not s.isdigit()))
    return list(terms)


@dataclass(frozen=True)
class Forms:
    """How a question word is said in a passage: one of its own stems (in the four languages),
    or a glossary translation, whose stems must all be there ("places financées" for "vagas";
    "mettre en place" does not say it)."""
    own: frozenset[str]
    translations: frozenset[frozenset[str]] = frozenset()

    def said_in(self, stems: set[str] | frozenset[str]) -> bool:
        return bool(self.own & stems) or any(phrase <= stems for phrase in self.translations)

    def without(self, stems: set[str]) -> "Forms":
        """Less these stems (those that count as another word of the question)."""
        return Forms(self.own - stems, frozenset(p - stems for p in self.translations if p - stems))

    @property
    def stems(self) -> frozenset[str]:
        return self.own.union(*self.translations)


def proper_nouns(text: str, *, start: int = 1) -> dict[str, bool]:
    """Folded capitalised words (from word ``start`` on: a question's first is capitalised
    anyway), each with whether it is in a run of capitalised words ("When is the Abidjan
    workshop?" -> {"abidjan": False}; "Universal Acceptance" is a run)."""
    written = re.findall(r"[^\W\d_][\w'’-]*", text)
    capital = [w[:1].isupper() for w in written]
    out: dict[str, bool] = {}
    for i, w in enumerate(written):
        folded = words(w)
        if i >= start and capital[i] and folded and folded[0] not in ALL_STOPWORDS:
            out[folded[0]] = capital[i - 1] and i > start or (i + 1 < len(written) and capital[i + 1])
    return out


def names_in(text: str, language: str, word: str, forms: Forms) -> bool:
    """Does the text name what the question's capitalised ``word`` does: the word itself (in
    any case), a glossary translation, or a capitalised word with its stem? A lower-case word
    that only shares the stem does not count ("France" is not "français", though Snowball stems
    both "franc")."""
    if word in words(text):
        return True
    if forms.translations and any(phrase <= set(analyze(text, language)) for phrase in forms.translations):
        return True
    capitalised = " ".join(w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w[:1].isupper())
    return bool(set(variants(word)) & set(analyze(capitalised, language)))


def word_forms(text: str, *, meeting_nouns: bool = False) -> dict[str, Forms]:
    """Each of a question's (folded) words (``question_words``), with its ``Forms``."""
    translations = translations_by_word(text)
    return {w: Forms(frozenset(variants(w)), frozenset(translations.get(w, ())))
            for w in dict.fromkeys(question_words(text, meeting_nouns=meeting_nouns))}


def translations_by_word(text: str) -> dict[str, set[frozenset[str]]]:
    """Each question word's glossary translations, as the stems each phrase holds ("working" in
    "working group": "travail", "trabaj", "trabalh"; "vagas": "places financées")."""
    return glossary.by_word(question_words(text), _query_stems)


def _query_stems(word: str) -> set[str]:
    return {stem(word, lang) for lang in LANGUAGES}


def variants(word: str) -> list[str]:
    """A folded word's stems in the four languages (no glossary): how it can appear in a passage."""
    return list(dict.fromkeys(stem(word, lang) for lang in LANGUAGES))
