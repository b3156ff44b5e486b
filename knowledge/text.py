"""Text utilities shared by parsing and search: folding, language detection, sentences."""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from knowledge import lexicon, lexicon_dates

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[«\"“(\[¿¡]?[A-ZÀ-Þ0-9])")
MARKER_RE = re.compile(r"\[\s*(%s)\s*\]" % lexicon.MARKERS, re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation: "LEÓN  Sánchez!" -> "leon sanchez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(stripped))


def shares_folded(text: str) -> str:
    """The text folded with its per-cent signs said ("50 %" -> "50 percent"), for the patterns
    that tell a share ("missed 50 % of the calls") from a count ("missed 2 of the calls")."""
    return fold(text.replace("%", " percent "))


def shortened(text: str, limit: int, trim: str = "") -> str:
    """The text, or its first ``limit`` characters cut at a word (and ``trim`` characters) with "…"."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(trim) + "…"


# A month's name in any of the four languages, folded ("aout", "marco", "february"), as a whole word
# ("mayor", "junior", "mais" name none).
MONTH_WORD = re.compile(r"\b(?:%s)\b" % "|".join(sorted({fold(w) for w in lexicon_dates.MONTHS_PATTERN.split("|")})))


# Control and invisible formatting characters (tab and newline are kept).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\ufeff\ufff9-\ufffb]")


def named_weekday(text: str) -> int | None:
    """The weekday a text names (Monday 0), in any of our languages ("terça-feira", "jeudi")."""
    words = set(re.findall(r"[a-z]+", fold(text)))
    return next((i for i, names in enumerate(lexicon_dates.WEEKDAYS) if words & set(names)), None)


def normalize(text: str) -> str:
    """NFC, one kind of apostrophe and space, no control characters (a form feed is a line break)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").replace("\f", "\n")
    return _INVISIBLE.sub("", text)


def normalize_markers(text: str) -> str:
    """``[Inaudible]`` -> ``[inaudible]``: one spelling for each marker."""
    return MARKER_RE.sub(lambda m: f"[{m.group(1).lower()}]", text)


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of fr/es/pt/en for a long text, by counting distinctive function words."""
    counts = Counter(_WORD.findall(fold(text[:200_000])))
    scores = {lang: sum(counts[w] for w in words) for lang, words in lexicon.STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else default


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (good enough for transcripts, not for abbreviations)."""
    out = []
    for paragraph in text.split("\n"):
        out.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
    return out


def guess_language(text: str, usual: str | None = None) -> str | None:
    """The language of a short text such as a question, or None when it is not clear; ``usual``
    (the conversation's) when its words fit it as well as any other ("¿Próximos eventos?" in a
    Spanish conversation is Spanish, not Portuguese).

    Short questions share words across fr/es/pt/en ("la", "de", "en", "como"): a word counts
    for each language that has it, divided among them; French elisions ("qu'", "d'") and letters
    only one language writes ("ñ", "ã", "è") are strong evidence. When they leave it unclear,
    py3langid decides over the words."""
    plain = _NAME.sub(" ", text.strip())     # not the names ("Et Rachid El Amrani ?": "El" is no Spanish)
    words = re.findall(r"\b[^\W\d_]+\b", fold(plain))        # "peut-on": "peut", "on"; not "2do"
    scores = dict.fromkeys(lexicon.LANGUAGES, 0.0)
    weak = dict.fromkeys(lexicon.LANGUAGES, 0.0)
    for w in words:
        having = [lang for lang in lexicon.LANGUAGES if w in _CUES[lang]]
        for lang in having:
            scores[lang] += 1 / len(having)
        if not having and (lang := _glossary_words().get(w)):      # "relatorio", "bylaws": a word of our domain
            scores[lang] += GLOSSARY_WORD
        elif not having and (ending := _ending(w)):      # "ofrecio", "falou": a past tense typed without accents
            (scores if ending[1] >= 1 else weak)[ending[0]] += ending[1]
    if any(scores.values()):        # a weak ending only among words of ours ("audio quality", "enjeu principal": none)
        scores = {lang: scores[lang] + weak[lang] for lang in scores}
    lowered = text.lower()
    if _ELISION.search(lowered):
        scores["fr"] += 1.5
    for lang, letters in lexicon.LANGUAGE_LETTERS.items():
        if any(c in lowered for c in letters):
            scores[lang] += 2
    ranked = sorted(scores.values(), reverse=True)
    best = max(scores, key=scores.get)
    if usual in scores and scores[usual] == ranked[0]:
        return usual
    if ranked[0] - ranked[1] >= CLEAR_CUES or ranked[0] > ranked[1] and text.isascii():
        # (typed without accents, "Qui a preside?", "Proxima reunion?": the identifier guesses
        # worse than the cues, when they lean one way)
        return best
    # Unclear ("Havia intérpretes no webinário?", "Pode-se participar a distância?"): a language
    # identifier over its words but the names (which it reads as words: "Rodrigo de La Parra").
    first = re.match(r"\W*([^\W\d_][\w'’-]*)", plain)
    found = [lang for lang, _ in language_identifier().rank(plain)]
    if first and first.group(1)[:1].isupper() and len(words) > 1 and not any(fold(first.group(1)) in c for c in _CUES.values()):
        # "Humberto a parlé ?": a name, not "What" or "Pode-se" (unless the rest is no language
        # of ours: "Posso participar?")
        rest = [lang for lang, _ in language_identifier().rank(plain[first.end():])]
        found = rest if rest[0] in lexicon.LANGUAGES or found[0] not in lexicon.LANGUAGES else found
    if found[0] not in lexicon.LANGUAGES and not ranked[0]:     # "Когда следующая встреча?", "Montevideo"
        return None
    # (of the languages the words lean to, when they lean: "casa blanca reunion" is no Portuguese)
    leaning = [lang for lang in lexicon.LANGUAGES if scores[lang] == ranked[0]] if ranked[0] else lexicon.LANGUAGES
    return next(lang for lang in found if lang in leaning)


def _ending(word: str) -> tuple[str, float] | None:
    """The language a word's ending tells, with its weight (the longest ending that fits)."""
    fits = [(len(end), lang, weight) for lang, ends in lexicon.LANGUAGE_ENDINGS.items()
            for end, weight in ends if word.endswith(end) and len(word) >= len(end) + lexicon.ENDING_AFTER.get(end, 2)]
    if not fits or word in lexicon.ENGLISH_AS_FRENCH:
        return None
    _, lang, weight = max(fits)
    return lang, weight


GLOSSARY_WORD = 0.5    # the weight of a word of the glossary that one language writes (half a cue's)


@functools.lru_cache(maxsize=1)
def _glossary_words() -> dict[str, str]:
    """The words of the domain glossary (``glossary.ENTRIES``) that only one of its languages
    writes, folded, with that language ("relatorio": pt, "informe": es, "bylaws": en), but the
    cues, the words another of ours writes alike (``lexicon.GLOSSARY_SHARED``) and those of under
    four letters."""
    from knowledge.glossary import ENTRIES

    languages: dict[str, set[str]] = {}
    for entry in ENTRIES:
        for lang, phrases in zip(lexicon.LANGUAGES, entry):
            for written in re.split(r"[\s|]+", phrases.replace("=", "")):
                if (w := fold(written)).isalpha():       # (not "on-line", "d'essai")
                    languages.setdefault(w, set()).add(lang)
    told = set().union(*_CUES.values()) | lexicon.GLOSSARY_SHARED
    return {w: langs.pop() for w, langs in languages.items() if len(langs) == 1 and len(w) >= 4 and w not in told}


@functools.lru_cache(maxsize=1)
def language_identifier():
    """py3langid's language identifier (its model loads on first use, in about half a second:
    the bot loads it when it starts)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier     # (imported when first needed)
    return LanguageIdentifier.from_model_file(MODEL_FILE)


CLEAR_CUES = 1.0     # a lead of a word's worth of cues is clear; less, ask the identifier
_CUES = {lang: frozenset(lexicon.STOPWORDS[lang]) | frozenset(lexicon.QUESTION_CUES[lang]) for lang in lexicon.LANGUAGES}
# Names in a question (not its first word): capitalised words, with the particles between them.
_NAME = re.compile(r"(?<!^)(?<![.?!¿¡]\s)\b[A-ZÀ-Ý][\w'’-]*"
                   r"(?:\s+(?:(?:de|da|do|dos|das|del|la|le|van|von|di|du)\s+)*[A-ZÀ-Ý][\w'’-]*)*")


_ELISION = re.compile(r"\b(?:qu|d|l|j|n|c|s|m|t)['’][a-zàâäéèêëîïôöùûüç]")


# Languages a member may write in that Acta does not answer in, as py3langid names them: a question
# the identifier is sure is in one of them ("Wann ist das nächste Treffen?") is told which languages
# Acta answers in. (Not the languages close to ours it confuses short questions with: Galician,
# Catalan, Occitan, Latin…)
OTHER_LANGUAGES = frozenset("de it nl ru uk pl cs tr sv da no fi hu ro el he ar fa hi bn ja ko zh th vi".split())
SURE_OF_OTHER = 0.999       # the identifier's probability that it is one of those
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def other_language(text: str) -> str | None:
    """The language of a question written in none of fr/es/pt/en (py3langid's code: "de", "ru",
    "zh"), or None. Most letters in another script is enough ("Когда следующая встреча?");
    in the Latin alphabet, three words or more, without the names, that the identifier is sure of
    ("Ethan Brooks — appel mensuel de NARALO" is French). Full-width letters ("ＨＥＬＰ") are Latin ones."""
    text = unicodedata.normalize("NFKC", text)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    if sum(bool(_LATIN.match(c)) for c in letters) * 2 < len(letters):
        found = language_identifier().classify(text)[0]
        return found if found not in lexicon.LANGUAGES else "other"
    plain = _NAME.sub(" ", text.strip())
    if len(re.findall(r"[^\W\d_]+", plain)) < 3:
        return None
    ranked = language_identifier().rank(plain)
    best, top = ranked[0]
    sure = 1 / sum(2.718281828459045 ** (score - top) for _, score in ranked)
    return best if best in OTHER_LANGUAGES and sure >= SURE_OF_OTHER else None
