"""Typos in question words and in the words of our questions, and questions of several questions."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import question_parts, typo_reading
from knowledge.models import Answer
from knowledge.spelling import Reading, Speller
from test_spelling import _archive_of, CALL


@pytest.fixture
def small(tmp_path):
    with _archive_of(tmp_path, "call.txt", CALL) as store:
        yield store


@pytest.mark.parametrize("question, read", [
    ("qien presento sobre la encuesta?", "quien presento sobre la encuesta?"),
    ("Qien presentó?", "Quien presentó?"),                          # (a capital kept)
    ("y qien hablo del taller", "y quien hablo del taller"),         # after "and"
    ("wen is the next call", "when is the next call"),
    ("wat did Carlos say", "what did Carlos say"),
    ("cuado es el taller?", "cuando es el taller?"),
    ("qando é o evento?", "quando é o evento?"),
    ("quen falou do orçamento?", "quem falou do orçamento?"),       # Portuguese: "quem", not Spanish "quien"
    ("commnet a-t-on voté ?", "comment a-t-on voté ?"),
])
def test_a_mistyped_question_word_is_read_as_the_one_meant(small, question, read):
    assert read == Speller(small).asking_word(question)


@pytest.mark.parametrize("question", [
    "when is the next call",                # as typed
    "Carmen said what?",                    # a word the transcripts say ("Carmen", not "Carmel"…)
    "quant aux ateliers, qui vient ?",      # a word one keystroke from "quand", said in no call
    "cuarto punto de la agenda?",           # (nor "cuanto")
    "whem is it",                           # as close to "when" as to "whom": no telling
    "Wen spoke?",                           # a person's name (naming's, below)
    "budjet of the workshop when",          # not the first word: a question word starts a question
    "ki a présenté ?",                      # shorthand (chatter's)
    "qu est-ce qui a été décidé ?",         # too short
    "now the budget, who approved it?",     # a question word's neighbour of another first letter ("how")
])
def test_what_is_no_mistyped_question_word(small, question):
    assert question == Speller(small).asking_word(question, names={"wen"})


def test_a_first_word_the_transcripts_say_is_not_read_as_a_question_word(tmp_path):
    with _archive_of(tmp_path, "call.txt", CALL.replace("Next call in October", "No call on Whit Monday.")) as store:
        assert "whit monday, is there a call?" == Speller(store).asking_word("whit monday, is there a call?")
    (tmp_path / "without").mkdir()
    with _archive_of(tmp_path / "without", "call.txt", CALL) as store:     # (as "what", in an archive without it)
        assert "what monday, is there a call?" == Speller(store).asking_word("whit monday, is there a call?")


def test_a_word_of_our_questions_is_read_in_any_language(small):
    # "webinar" is said by no call, in no language: a Spanish "webinnar" is the questions' "webinar"…
    assert (Reading("webinnar", "webinar"),) == Speller(small).readings("¿Quién presentó en el webinnar?")
    # …and "webinario", "cancelled", words of our questions, are no typos of anything ("canceled")
    assert () == Speller(small).readings("¿Quién presentó en el webinario del taller?")
    assert () == Speller(small).readings("Was the workshop cancelled?")


def test_a_typo_that_finds_another_answer_is_read_though_the_question_found_one(archive):
    # as typed: "universal" alone finds Lilian's 2020 line; read: Beatriz's webinar on universal acceptance
    answer = archive.ask("qien presento sobre la aceptasion universal en el webinnar")
    assert "presenter" == answer.kind
    assert "Beatriz Gonçalves presentó" in render.plain(answer) and "Lilian" not in render.plain(answer)
    assert (Reading("aceptasion", "aceptacion"), Reading("webinnar", "webinar")) == answer.readings
    answer = archive.ask("wen is da ipv6 webnar")
    assert "29 September, at 15:00 UTC" in " ".join(answer.quote)


@pytest.mark.parametrize("question, parts", [
    ("que dijo priya sobre el abuso del dns y cuando es la fecha limite y si hubo interpretacion",
     ["que dijo priya sobre el abuso del dns", "cuando es la fecha limite", "si hubo interpretacion"]),
    ("What did Priya say, and also who else spoke about it?", ["What did Priya say", "who else spoke about it?"]),
    ("¿Quién presentó el informe y cuándo se publica?", ["¿Quién presentó el informe", "cuándo se publica?"]),
])
def test_a_question_of_several_has_its_parts(question, parts):
    assert parts == question_parts.parts(question)


@pytest.mark.parametrize("question", [
    "Who presented the report and when?",               # "and when" asks of what comes before it
    "Did Priya and Ethan talk about DNS abuse?",        # "and" between names
    "What did the board say about DNS abuse and IPv6?",
    "y que dijo priya",
])
def test_a_question_of_one_has_one_part(question):
    assert [question] == question_parts.parts(question)


def test_a_question_of_several_is_answered_by_the_part_found_without_a_false_nothing_on_that(archive):
    question = ("que dijo priya raman sobre el abuso del dns y cuando es la fecha limite y tambien quien mas hablo "
                "de eso en la reunion de naralo de octubre y si hubo interpretacion")
    answer = archive.ask(question)
    text = render.plain(answer)
    assert "elsewhere" not in answer.flags and "Nada sobre eso" not in text
    assert "Priya Raman" == answer.sources[0].speaker and "DNS abuse" in " ".join(answer.quote)
    assert text.startswith("(Tu pregunta tiene varias; esta es la respuesta a «que dijo priya raman sobre el abuso del dns»")


@pytest.mark.parametrize("question", ["https://community.icann.org/display/LACRALO", "www.icann.org/en ",
                                      "<http://example.org/a?b=1>"])
def test_a_link_alone_asks_for_words(archive, question):
    # (not a quote on "community" and "ICANN org", the words of the link)
    assert "no_words" == archive.ask(question).kind


def test_a_phrase_whose_weight_no_transcript_says_finds_nothing_with_a_meeting_noun(archive):
    # "drop" is said in no call; "table" is (Nadine's "information table"): no answer, with "meetings" or without
    assert "nothing" == archive.ask("drop table").kind
    assert "nothing" == archive.ask("'; DROP TABLE meetings; --").kind
    assert "passage" == archive.ask("information table meetings").kind      # all said: found
    assert "passage" == archive.ask("what was said about the information table at https://icann.org?").kind


@pytest.mark.parametrize("question, readings", [
    ("¿Quién faltó al 50 por ciento de las llamadas?", ()),         # a number's word (no "cuento")
    ("que se dijo del 50 por ciento de la encuessta", (Reading("encuessta", "encuesta"),)),     # its typo is read
])
def test_a_number_s_word_is_no_typo(archive, question, readings):
    assert readings == archive.speller.readings(question)


def _answer(kind: str, *parts: Answer, quote: str = "") -> Answer:
    return Answer(kind, "en", parts=parts, quote=(quote,) if quote else ())


@pytest.mark.parametrize("typed, read", [
    (_answer("next"), _answer("passage", quote="In August…")),     # "any events with Augusto?": what is coming, no search
    (_answer("participation"), _answer("apologies")),               # another kind of data question
    (_answer("passage", quote="a"), _answer("nothing")),            # the reading finds nothing
])
def test_a_data_question_is_kept_as_typed_when_read_as_another_kind_of_question(typed, read):
    assert typo_reading.kept_as_typed(typed, read)


@pytest.mark.parametrize("typed, read", [
    (_answer("nothing"), _answer("passage", quote="b")),
    (_answer("passage", quote="a"), _answer("passage", quote="b")),     # another quote: the words read find it
    (_answer("passage", quote="a"), _answer("presenter")),
    (_answer("several", _answer("presenter"), _answer("presenter")), _answer("presenter")),     # one of them
])
def test_a_reading_that_tells_something_else_of_the_same_kind_is_taken(typed, read):
    assert not typo_reading.kept_as_typed(typed, read)


@pytest.mark.parametrize("question, read", [
    ("ohw many people came?", "how many people came?"), ("hwen is the next call", "when is the next call"),
    ("uqien presento?", "quien presento?"),
    ("hwo chaired the call?", "hwo chaired the call?"),     # as close to "how" (a swap) as to "who": no telling
])
def test_a_question_word_with_its_first_two_letters_swapped_is_read(small, question, read):
    assert read == Speller(small).asking_word(question)
