"""A first name written alone with a slip ("que dijo tamra", "q dijo estevan"): the one person whose
first name it misspells, said in the answer; and the ordinary words a slip from a name, which stay words."""
from __future__ import annotations

import re

import pytest

from knowledge import cognates, naming
from knowledge.spelling import Reading
from knowledge.text import fold


@pytest.mark.parametrize("question, read, speaker", [
    ("que dijo tamra sobre el newsletter", "Tamara", "Tamara Williams"),       # (was Lilian's 2020 bulletin line)
    ("what did tamra say about the newsletter", "Tamara", "Tamara Williams"),
    ("o que a tamra disse sobre a newsletter?", "Tamara", "Tamara Williams"),
])
def test_a_first_name_misspelt_next_to_a_verb_of_saying_is_that_persons(archive, question, read, speaker):
    answer = archive.ask(question)
    typed = re.search(r"tamra", question).group(0)
    assert (Reading(typed, read),) == answer.readings[:1]
    assert speaker == answer.sources[0].speaker


def test_a_first_name_misspelt_b_for_v_is_that_persons(archive):
    answer = archive.ask("q dijo estevan")      # (was "No encontré nada")
    assert (Reading("estevan", "Esteban"),) == answer.readings
    assert ("did_speak", ["Esteban Quispe"]) == (answer.kind, [p for p, *_ in answer.names["present"]])


def _unsaid_in(archive):
    return lambda words: cognates.unsaid(words, archive.store.postings)


def test_the_words_of_the_calls_a_slip_from_a_first_name_stay_words(archive):
    # "nada" (Nadia), "nadie" (Nadine), "ainda" (Aida), "temas" (Tomás), "janvier" (Javier)…:
    # each word the transcripts say, one slip from a first name, in the place of a name.
    people = archive.store.people()
    firsts = {fold(p).split()[0] for p in people.values()}
    said = {w for text, _ in archive.store.passage_texts() for w in fold(text).split() if w.isalpha() and len(w) >= 4}
    near = sorted(w for w in said if any(w != f and naming._typo(w, f) for f in firsts))
    assert {"nada", "ainda", "nadie"} <= set(near)
    assert [] == [w for w in near if naming.first_names_misspelt(f"que dijo {w}", people, _unsaid_in(archive))]


@pytest.mark.parametrize("question", [
    "que dijo tamra",
    "what did Tamra say",
])
def test_a_slip_from_a_first_name_is_read_only_where_a_name_goes(question):
    people = {1: "Tamara Williams", 2: "Esteban Quispe"}
    assert [(re.search(r"(?i)tamra", question).group(0), "Tamara")] == \
        naming.first_names_misspelt(question, people, lambda words: words)


@pytest.mark.parametrize("question", [
    "tamra newsletter",             # no verb of saying beside it, nor a capital
    "what did marx say",            # a slip from Marc and from Mark: whose?
    "que dijo nadie",               # a word of our questions (as said in no call)
    "que dijo Tamara",              # the name itself
    "qué dijo dan",                 # too short to tell (Dani?)
])
def test_a_word_a_slip_from_a_first_name_is_no_one_when_it_may_be_a_word_or_several_names(question):
    people = {1: "Tamara Williams", 2: "Marc Dupont", 3: "Mark Stone", 4: "Nadine Tremblay", 5: "Dani Ortiz"}
    assert [] == naming.first_names_misspelt(question, people, lambda words: words)


def test_a_slip_said_in_a_call_is_no_name():
    assert [] == naming.first_names_misspelt("que dijo tamra", {1: "Tamara Williams"}, lambda words: [])


def test_a_whole_name_misspelt_is_named_already(archive):
    # ("Umberto Carasco": naming's own fuzzy match; no reading to tell)
    assert [] == naming.first_names_misspelt("que dijo Umberto Carasco", archive.store.people(), _unsaid_in(archive))


@pytest.mark.parametrize("question, read", [
    ("que dijo tamra", "Tamara"),           # a letter dropped
    ("que dijo tamaria", "Tamara"),         # one added
    ("que dijo tamaar", "Tamara"),          # two swapped
    ("que dijo estevan", "Esteban"),        # b/v
    ("que dijo estiban", "Esteban"),        # a vowel for another
    ("que dijo pablo", None),               # another consonant: Pablo, no Paulo
    ("que dijo esteran", None),
])
def test_a_slip_is_a_letter_dropped_added_swapped_or_written_alike(question, read):
    people = {1: "Tamara Williams", 2: "Esteban Quispe", 3: "Paulo Mendes"}
    found = naming.first_names_misspelt(question, people, lambda words: words)
    assert ([read] if read else []) == [first for _, first in found]
