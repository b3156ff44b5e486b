"""Questions about an event, a place or a time, as members type them: keywords, lower case."""
from __future__ import annotations

import datetime as dt

import pytest

from bot import render
from knowledge.answers import Answerer


def on_23_november(archive) -> Answerer:
    return Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 23))


@pytest.mark.parametrize("question, place", [
    ("evento montevideo cuando", "Montevideo"), ("event montevideo when", "Montevideo"),
    ("evenement montevideo c quand", "Montevideo"), ("quand aura lieu l'evenement a montevideo", "Montevideo"),
    ("evenement abidjan quand", "Abidjan"),         # (19–20 November: gone by)
    ("evento asuncion cuando", "Asunción"),
])
def test_an_event_asked_of_a_place_in_lower_case_is_what_the_calls_said_of_it(archive, question, place):
    """Named in keywords, lower case: the place is what is asked (not the events to come elsewhere);
    none to come there, what the calls said of it."""
    answer = on_23_november(archive).ask(question)
    assert ("passage", True) == (answer.kind, place in " ".join(answer.quote))


@pytest.mark.parametrize("question, places", [
    ("evento toronto cuando", ["Toronto"]), ("event bogota when", ["Bogotá"]),
    ("que eventos hay proximamente", ["Toronto", "Bogotá"]),
])
def test_an_event_asked_of_a_place_announced_is_that_one(archive, question, places):
    answer = on_23_november(archive).ask(question)
    assert ("next", places) == (answer.kind, [a.mention.place for a in answer.announced])


def test_the_next_event_at_a_place_with_none_is_said_so_not_searched(archive):
    answer = on_23_november(archive).ask("when is the next event in paris?")
    assert ("next", ()) == (answer.kind, answer.announced)
    assert render.plain(answer).startswith("Nothing like that is scheduled or announced.")


@pytest.mark.parametrize("question, place", [
    ("evento montevideo cuando", "montevideo"), ("evento en buenos aires", "buenos aires"),
    ("event costa rica when", "costa rica"),
    ("any events at christmas?", None), ("proxima reunion", None), ("when is the next call", None),
    ("the man in the call", None), ("evento de lacralo cuando", None),
])
def test_a_place_written_in_lower_case_is_a_city_or_a_country(question, place):
    from knowledge.announced import place_asked
    assert place == place_asked(question, lambda w: w == "lacralo")


@pytest.mark.parametrize("question, said", [
    ("ipv6 webinar naralo time", "20 October, at 16:00 UTC"),       # (not the LACRALO one)
    ("idn wg meeting time", "every other Thursday at 17:00 UTC"),   # ("wg": the working group)
])
def test_a_meetings_time_asked_in_keywords_is_when_it_is(archive, question, said):
    assert said in " ".join(archive.ask(question).quote)


@pytest.mark.parametrize("question, kind", [
    ("idn wg meeting time", "when"), ("llamada lacralo hora", "when"), ("naralo call time", "when"),
    ("who is presenting next time", None), ("we ran out of time", None), ("what did they say about time", None),
])
def test_a_time_asked_last_after_a_meeting_asks_when(question, kind):
    from knowledge.asking import asked_for
    assert kind == asked_for(question)


@pytest.mark.parametrize("question, words", [
    ("ipv6 webinar naralo time", ["ipv6", "webinar", "naralo"]), ("reunion afralo heure", ["afralo"]),
    ("next time", ["next", "time"]), ("time", ["time"]), ("budget time", ["budget", "time"]),
])
def test_a_time_asked_last_is_no_topic(question, words):
    from knowledge.analysis import question_words
    assert words == question_words(question)


@pytest.mark.parametrize("question, kind", [
    ("cuantos webinars de ipv6 hay", "passage"), ("how many webinars on ipv6 were there", "passage"),
    ("cuantos webinars hay", "meetings"), ("cuantas reuniones de lacralo hay", "meetings"),     # no topic: a list
    ("cuantas reuniones de octubre hay", "meetings"), ("combien de reunions d afralo y a t il", "meetings"),
])
def test_meetings_counted_of_a_topic_are_what_was_said_of_them(archive, question, kind):
    """ "How many IPv6 webinars?" is not how many webinars there were (the one held was on IDNs)."""
    assert kind == on_23_november(archive).ask(question).kind


@pytest.mark.parametrize("question", ["donde se festeja el decimo aniversario", "where is the anniversary celebrated",
                                      "onde vai ser comemorado o aniversario"])
def test_where_a_celebration_is_held_said_in_another_language(archive, question):
    """ "festejar", "celebrate", "comemorar" are the French call's "fêter", "célébration": Guadalajara."""
    assert "Guadalajara" in " ".join(archive.ask(question).quote)


@pytest.mark.parametrize("question", [
    "¿cuándo es la próxima llamada en español?", "quand est le prochain appel de la communauté française ?",
    "quando é o próximo evento da comunidade brasileira?",                  # (a language, a people: no place)
    "cuando es la proxima llamada con lucia", "quando é a próxima reunião com o paulo?",
    "when is the next call with carlos mendoza?", "proxima reunion sofia herrera",     # (people of the calls)
    "cuando es la proxima reunion con santiago?", "qual o nome do proximo evento?",
    "when is the next event with oral presentations?", "when is the next meeting about chile?",
])
def test_a_name_a_people_or_a_common_word_in_lower_case_is_no_place(archive, question):
    """Words a time zone's city or a country has as its name, said of something else: the next
    call, or the events announced, not "Nothing like that is scheduled" at a place."""
    answer = on_23_november(archive).ask(question)
    assert ("next", False) == (answer.kind, "not_there" in answer.flags)


@pytest.mark.parametrize("question, place", [
    ("toronto event when", "toronto"), ("evento de montevideo cuando", "montevideo"),
    ("proximo evento en santiago", "santiago"), ("proxima reunion sofia herrera", None),
    ("reunion con santiago", None), ("llamada en espanol", None), ("webinar en argentina", "argentina"),
    ("qual o nome do proximo evento", None), ("event with oral presentations", None),
])
def test_a_place_in_lower_case_stands_where_a_place_does(question, place):
    """After "en"/"in"/"à"…, or next to an event word; not a word of a person's name."""
    from knowledge.announced import place_asked
    assert place == place_asked(question, lambda w: False, {"sofia", "herrera"})


@pytest.mark.parametrize("question, kind", [
    ("which meetings on tuesday?", "meetings"), ("which calls on monday?", "meetings"),
    ("which meetings on the budget?", "passage"),           # (a topic: what was said of it)
])
def test_meetings_on_a_weekday_are_no_topic(archive, question, kind):
    """ "Meetings on Tuesday": a day after "on"/"de" says when, not what the meetings were about."""
    assert kind == on_23_november(archive).ask(question).kind
