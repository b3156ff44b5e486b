"""The agenda read out at the start of a call, item by item, with presenters.

The reader goes through the items in one turn ("Ensuite, nous aurons la présentation du plan
de mitigation, qui sera fait par Rodrigo Saucedo."). Each sentence that opens with a
sequencing word is an item; sentences like "Ce point sera modéré par …" add to the last one.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from knowledge import lexicon
from knowledge.models import AgendaItem, RawTurn
from knowledge.text import fold, sentences

Resolver = Callable[[str], tuple[str | None, str]]

_NAME = (r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:(?:de|del|da|do|dos|das|la|le|los|van|von|der|den|ter|ten|bin|ben|ibn)\s+){0,2}"
         r"(?:[A-ZÀ-ÖØ-Þ]|(?:al|el)-[A-ZÀ-ÖØ-Þ])[\w'’-]+){0,4}")        # "Javier de la Vega", "Ahmad bin Yusuf"
_PRESENTER = [re.compile(p.replace("NAME", _NAME)) for p in lexicon.PRESENTER_CLAUSES]
_REPORT_OF = re.compile(lexicon.REPORT_OF.replace("NAME", _NAME))
_MODERATOR = re.compile(lexicon.MODERATOR_CLAUSE.replace("NAME", _NAME), re.IGNORECASE)
_NAME_VERB = re.compile(lexicon.NAME_THEN_VERB.replace("NAME", _NAME))
_AGENDA_CUE = re.compile(lexicon.AGENDA_CUE)
_ALSO = re.compile(lexicon.ALSO_START)
_START = re.compile(lexicon.START_CUE)
_CONTINUATION = re.compile(lexicon.CONTINUATION)
_HANDOVER = re.compile(lexicon.HANDOVER)
_SELF = re.compile(lexicon.SELF_PRESENTER)
_INTRO_VERB = re.compile(lexicon.INTRO_VERBS)
_INTRO_HEAD = re.compile(lexicon.INTRO_HEAD)
_RELATIVE_START = re.compile(lexicon.RELATIVE_START)
_NOT_AN_ITEM = re.compile(lexicon.NOT_AN_ITEM)
_AOB = re.compile(lexicon.AOB)
_TITLE_END = re.compile(lexicon.TITLE_END, re.IGNORECASE)
_SEQUENCE_WORDS = lexicon.SEQUENCE_WORDS + lexicon.COUNTED_SEQUENCE_WORDS     # (cut off an item's title)
_SEQUENCE_ALTERNATIVES = "|".join(re.escape(w) for w in sorted(_SEQUENCE_WORDS, key=len, reverse=True))
_AND = "|".join(lexicon.CONJUNCTIONS)
# Sequencing words opening a clause, on folded text (to classify) and raw text (to cut them off).
_SEQUENCE = re.compile(r"^(?:(?:%s)\s+)?(?:%s)\b[\s,]*" % (_AND, "|".join(
    re.escape(fold(w)) for w in sorted(lexicon.SEQUENCE_WORDS, key=len, reverse=True))))
# "Second, …", "Third, …" (raw: with the comma; "Third parties have…" is no item).
_COUNTED = re.compile(r"^\s*(?:(?:%s)\s+)?(?:%s)\s*," % (_AND, "|".join(
    re.escape(w) for w in sorted(lexicon.COUNTED_SEQUENCE_WORDS, key=len, reverse=True))), re.IGNORECASE)
_RAW_SEQUENCE = re.compile(r"^(?:(?:%s)\s+)?(?:%s)\b[\s,]*" % (_AND, _SEQUENCE_ALTERNATIVES), re.IGNORECASE)
_INNER_SEQUENCE = re.compile(r",?\s+(?:%s)\s+(?:%s)\b[\s,]*" % (
    _AND, "|".join(re.escape(w) for w in lexicon.JOINING_SEQUENCE_WORDS)), re.IGNORECASE)
# An item of a list read out ("1) Informe…", "2. Budget…", "- Survey", "Item 3: …"; raw text).
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*–—]|(?:item|point|punto|ponto|tema)\s+\d{1,2}\s*[:.)–-])\s*(?=\S)",
                        re.IGNORECASE)
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.)]\s*$")       # "3." cut off from its item by the sentence splitter
# How far into the call the agenda may be read.
MAX_TURNS = 10
# The items are read out at the start of the reader's turn.
MAX_CHARS = 8000


def read_agenda(turns: list[RawTurn], language: str, resolve: Resolver) -> list[AgendaItem]:
    """The agenda items read out in the opening turns, each with its presenter when stated."""
    turn = _agenda_turn(turns[:MAX_TURNS])
    if turn is None:
        return []
    reader = resolve(turn.label)[1] if turn.label else None
    items: list[dict] = []
    started = False
    sents = _sentences(turn.text[:MAX_CHARS])
    first = _first_item_sentence(sents)
    if first is None:
        return []
    listed = False      # read out as a list ("1) …", "- …"): it ends with the first line that is not of it
    for i, sentence in enumerate(sents[first:]):
        folded = fold(sentence)
        if i > 0 and ("?" in sentence or _HANDOVER.search(folded)):
            break
        if listed and not _LIST_ITEM.match(sentence):
            break
        if i == 0 or _sequenced(sentence) or _ALSO.match(folded):
            started = True
            listed = listed or bool(_LIST_ITEM.match(sentence))
            for clause in _INNER_SEQUENCE.split(sentence):
                items.append(_item(clause, i == 0 and not _sequenced(sentence), language, resolve))
                if _SELF.search(fold(clause)) and not items[-1]["presenter"]:
                    items[-1]["presenter"] = reader      # "…le rapport du secrétariat ; ce sera moi"
            if items and other_business(items[-1]["title"]):
                break           # (any other business comes last)

        elif started and _CONTINUATION.match(folded):
            _continue(items[-1], sentence, folded, reader, resolve)
    return [AgendaItem(title=i["title"], presenter=i["presenter"], moderator=i["moderator"])
            for i in items if i["title"]]


def other_business(title: str) -> bool:
    """Is this item "any other business" ("Divers", "Asuntos varios", "Assuntos gerais")?"""
    return bool(_AOB.search(fold(title)))


def reading_turn(turns: Sequence) -> object | None:
    """The turn, among the opening ones, that reads the agenda out (a stored ``Turn`` or a ``RawTurn``)."""
    return _agenda_turn(turns[:MAX_TURNS])


def _agenda_turn(turns: list[RawTurn]) -> RawTurn | None:
    """The turn that reads the agenda: the first one, at or after the first mention of the
    agenda, with at least two sentences opening with a sequencing word."""
    mentioned = False
    for turn in turns:
        said = _sentences(turn.text[:MAX_CHARS])
        if any(_AGENDA_CUE.search(fold(s)) for s in said):
            mentioned = True
        if mentioned and sum(1 for i, s in enumerate(said) if _sequenced(s, said[:i])) >= 2:
            return turn
    return None


def _sentences(text: str) -> list[str]:
    """The sentences of a turn, a list item's number kept with its item ("3." "Actualización." is one)."""
    out: list[str] = []
    for s in sentences(text):
        if out and _LIST_NUMBER.match(out[-1]):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


def _sequenced(sentence: str, before: list[str] | None = None) -> bool:
    """Does it open with a sequencing word ("Ensuite, …", "First, …"), or as a list item ("2) …")
    or a count ("Second, …") after the agenda is named in the same turn (``before``: its sentences
    before this one; None: not asked) — not a presenter's numbered points?"""
    if _SEQUENCE.match(fold(sentence)):
        return True
    listed = bool(_LIST_ITEM.match(sentence) or _COUNTED.match(sentence))
    if not listed or before is None:
        return listed
    # The agenda named in the heading of the list (the last sentence before it that is no item of it).
    heading = next((s for s in reversed(before) if not _sequenced(s)), "")
    return bool(_AGENDA_CUE.search(fold(heading)))


def _first_item_sentence(sents: list[str]) -> int | None:
    for i, sentence in enumerate(sents):
        if _sequenced(sentence, sents[:i]):
            if i > 0:
                before = fold(sents[i - 1])
                if ":" in sents[i - 1] or _AGENDA_CUE.search(before) or _START.search(before):
                    return i - 1
            return i
    return None


def _item(clause: str, is_opening: bool, language: str, resolve: Resolver) -> dict:
    text = _LIST_ITEM.sub("", clause.strip().rstrip(".!"))
    if is_opening and ":" in text:
        text = text.split(":", 1)[1]          # "Nous allons commencer notre réunion: la révision…"
    text = _RAW_SEQUENCE.sub("", text.strip())
    # "À l'ordre du jour, nous avons …", "à la fin de notre appel, nous aurons …"
    head, sep, tail = text.partition(",")
    if sep and len(head) <= 45 and _introduces(fold(head), fold(tail)):
        text = tail.strip()
    item = {"title": "", "presenter": None, "moderator": None}
    moderator = _MODERATOR.search(text)
    if moderator:
        item["moderator"] = resolve(moderator.group(1))[1]
        text = text[:moderator.start()] + text[moderator.end():]
    m = _NAME_VERB.match(text)
    if m:
        item["presenter"] = resolve(m.group(1))[1]
        text = text[m.end():]
    else:
        for rx in _PRESENTER:
            pm = rx.search(text)
            if pm and _is_person(pm.group(1), resolve):
                item["presenter"] = resolve(pm.group(1))[1]
                text = _drop_clause(text, pm)
                break
        else:
            report = _REPORT_OF.search(text)
            if report and _is_person(report.group(1), resolve):
                item["presenter"] = resolve(report.group(1))[1]      # the title keeps "Informe de …"
    if other_business(text):
        item["title"] = lexicon.AOB_TITLE.get(language, lexicon.AOB_TITLE["en"])
        return item
    title = _title(text)
    # "On the agenda, we will have three items", "our agenda is as follows": not an item.
    item["title"] = "" if is_opening and _NOT_AN_ITEM.search(fold(title)) else title
    return item


def _introduces(head: str, tail: str) -> bool:
    """Is the part before the comma only an introduction to the item after it (folded text)?"""
    if not _INTRO_VERB.search(tail.split(" le ")[0][:30]) or _RELATIVE_START.match(tail):
        return False
    return bool(_INTRO_HEAD.match(head)) or any(w in lexicon.DETERMINERS for w in tail.split()[1:8])


def _is_person(name: str, resolve: Resolver) -> bool:
    """A presenter is someone the meeting knows, or at least a first and last name."""
    return resolve(name)[0] is not None or len(name.split()) >= 2 and fold(name.split()[0]) not in lexicon.NOT_NAMES


def _drop_clause(text: str, m: re.Match) -> str:
    """Remove "(qui sera fait) par X" from the text, with the verb that introduced it."""
    before = re.sub(r"(?:,?\s*(?:et\s+)?(?:qui|que|which|et il|and it|y)?\s*(?:sera|será|will be|ser[áa]|est|es|is)?\s*"
                    r"(?:fait|faite|présentée?s?|donnée?|animée?|presented|given|led|presentad[oa]|"
                    r"dad[oa]|apresentad[oa]|conduzid[oa]))?\s*$", "", text[:m.start()], flags=re.IGNORECASE)
    return f"{before} {text[m.end():]}".strip()


def _title(text: str) -> str:
    """The item's noun phrase: after the introducing verb, before any relative clause."""
    words = text.split()
    for i, word in enumerate(words[:7]):
        bare = fold(word.split("'")[0] if "'" in word else word)
        if bare in lexicon.DETERMINERS:
            prefix = " ".join(words[:i])
            if i == 0 or _INTRO_VERB.search(fold(prefix)):
                rest = " ".join(words[i:])
                if "'" in word and fold(word.split("'")[0]) in lexicon.DETERMINERS:
                    rest = word.split("'", 1)[1] + " " + " ".join(words[i + 1:])
                else:
                    rest = " ".join(words[i + 1:])
                text = rest
            break
    text = _TITLE_END.split(text, maxsplit=1)[0].strip(" .,;:")
    return text[:1].upper() + text[1:] if text else ""


def _continue(item: dict, sentence: str, folded: str, reader: str | None, resolve: Resolver) -> None:
    """A sentence that adds to the last item: its moderator, or "ce sera moi" (the reader presents)."""
    moderator = _MODERATOR.search(sentence)
    if moderator and not item["moderator"]:
        item["moderator"] = resolve(moderator.group(1))[1]
    elif _SELF.search(folded) and not item["presenter"] and reader:
        item["presenter"] = reader
