"""Dates as members write them in questions and commands: days named together before their year,
figures ("12/10", "2026-10", "10/2026"), days that do not exist, a day without a year in a search,
and a month without one only when the question speaks of a meeting."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from bot import render
from bot.dialogue import Dialogue, Member
from knowledge import dates, which_days, which_meetings

EN = Member(8, "en")


@pytest.mark.parametrize("question, days", [
    ("Who attended on 5 and 12 October 2026?", ["2026-10-05", "2026-10-12"]),
    ("Qui était présent les 5 et 12 octobre 2026 ?", ["2026-10-05", "2026-10-12"]),
    ("Who attended on October 5 and 12, 2026?", ["2026-10-05", "2026-10-12"]),
    ("¿Quién asistió el 21 de septiembre y el 12 de octubre de 2026?", ["2026-09-21", "2026-10-12"]),
    ("Who attended on 5 October 2026 and 12 October 2027?", ["2026-10-05"]),      # no call in 2027
    ("Who attended on 12/10?", ["2026-10-12"]), ("Who attended the 12/10 call?", ["2026-10-12"]),
    ("Who attended on 5/10 and 12/10?", ["2026-10-05", "2026-10-12"]),
    ("Quem participou no dia 5/10?", ["2026-10-05"]),
    ("Who attended in 2026-10?", ["2026-10-05", "2026-10-12", "2026-10-26"]),
    ("Who attended in 09/2026?", ["2026-09-21"]),
    ("Who attended on Oct 12?", ["2026-10-12"]), ("Who attended on 12 Oct?", ["2026-10-12"]),
    ("Qui était présent le 5 oct. ?", ["2026-10-05"]), ("¿Quién asistió el 12 oct?", ["2026-10-12"]),
    ("Who attended on Sept 21 and Oct 12?", ["2026-09-21", "2026-10-12"]),
    ("Quem participou da reunião de 21 set?", ["2026-09-21"]), ("¿Quién asistió el 21 set.?", ["2026-09-21"]),
    ("Who attended on 12-10-2026?", ["2026-10-12"]), ("Who attended on 2026/10/12?", ["2026-10-12"]),
    ("Who attended on 20/6/16?", ["2016-06-20"]), ("Who attended on Oct 12, 2026?", ["2026-10-12"]),
    ("Who attended on Oct 12th?", ["2026-10-12"]), ("Who attended on 5th Oct?", ["2026-10-05"]),
])
def test_days_and_months_as_members_write_them(archive, question, days):
    answer = archive.ask(question)
    parts = answer.parts or (answer,)
    assert {"attendance"} == {p.kind for p in parts} and days == sorted(p.meeting.date for p in parts), render.plain(answer)


@pytest.mark.parametrize("question, said", [
    ("Who attended on 31 September 2026?", "31 September 2026 does not exist."),
    ("Qui était là le 30 février 2020 ?", "Le 30 février 2020 n'existe pas."),       # not February 2020's call
    ("Who attended on 31/04/2016?", "31 April 2016 does not exist."),
    ("Who attended on 31-02-2020?", "31 February 2020 does not exist."),
    ("Who attended on 2020/02/31?", "31 February 2020 does not exist."),
])
def test_a_question_naming_a_day_that_does_not_exist_is_told_so(archive, question, said):
    answer = archive.ask(question)
    assert "no_meeting" == answer.kind and render.plain(answer).startswith(said), render.plain(answer)


@pytest.mark.parametrize("text, day", [
    ("31/09/2026", (31, 9, 2026)), ("2026-09-31", (31, 9, 2026)), ("30/02", (30, 2, None)),
    ("on 31-02-2020", (31, 2, 2020)), ("on 2020/02/31", (31, 2, 2020)), ("on 31/2/20", (31, 2, 2020)),
    ("Was the vote 30/2 in favour?", None), ("What was said on 31.4?", None),      # scores, decimals
    ("29 de febrero de 2027", (29, 2, 2027)), ("29/02/2028", None), ("12/10", None), ("2026-10-12", None),
    ("24/7 support", None), ("45/12", None), ("1/2 of them", None),
])
def test_impossible_days_in_words_and_figures(text, day):
    assert day == dates.impossible_day(text)


@pytest.mark.parametrize("question", ["Who offers 24/7 support?", "24/7 support for members?", "What did 1/3 of the members vote?",
                                      "Who attended 12 out of 20 calls?", "Was it set 2 years ago?", "What was said in Mar del Plata?"])
def test_fractions_and_round_the_clock_are_no_dates(archive, question):
    meetings = archive.store.meetings()
    assert which_days.dated(question, meetings, month_alone=True) is None


def test_commands_take_dates_in_figures(archive):
    dialogue = Dialogue(archive.store, archive)
    (who,) = dialogue.command("who", "12/10", EN)
    assert "NARALO monthly call, 12 October 2026" in who.html
    (listed,) = dialogue.command("meetings", "10/2026", EN)
    assert ["5 October 2026", "12 October 2026", "26 October 2026"] == render_dates(listed.html)
    (same,) = dialogue.command("meetings", "2026-10", EN)
    assert listed.html == same.html
    for args in ("31/09/2026", "2026-09-31"):
        (impossible,) = dialogue.command("meetings", args, EN)
        assert "31 September 2026 does not exist. /meetings lists the meetings I know." == impossible.html


def render_dates(html: str) -> list[str]:
    return re.findall(r"• (\d+ \w+ \d{4})", html)


@pytest.mark.parametrize("question, meeting", [
    ("What was said about the budget in the 12 October meeting?", "naralo-2026-10-12-en"),
    ("¿Qué se dijo sobre el presupuesto en la reunión del 12 de octubre?", "naralo-2026-10-12-en"),
    ("Qu'a-t-on dit du budget lors de l'appel du 12 octobre ?", "naralo-2026-10-12-en"),
    ("What was said about the budget on Oct 12?", "naralo-2026-10-12-en"),
    ("What was said about the budget on 12-10-2026?", "naralo-2026-10-12-en"),
])
def test_a_day_without_a_year_dates_the_search(archive, question, meeting):
    searched, within = archive.scope(question, "en")
    assert [meeting] == within and "12" not in searched and "oct" not in searched.lower()
    assert meeting == archive.ask(question).sources[0].meeting_id


@pytest.mark.parametrize("question", ["what was due on oct 16?", "¿qué vencía el 16 oct?", "qu'est-ce qui était dû le 16 oct. ?"])
def test_a_deadline_day_with_its_month_abbreviated_finds_what_is_due(archive, question):
    answer = archive.ask(question)
    assert ("passage", "Yasmina Haddad") == (answer.kind, answer.sources[0].speaker)
    assert "16 octobre" in " ".join(answer.quote)


def test_a_month_is_written_out_only_next_to_a_day():
    assert "what was due on October 16?" == which_days.months_written_out("what was due on oct 16?")
    assert "el 21 September." == which_days.months_written_out("el 21 set.")
    assert "¿qué pasó el 3 de March?" == which_days.months_written_out("¿qué pasó el 3 de mar?")
    assert "what was said on March. 3?" == which_days.months_written_out("what was said on mar. 3?")
    assert "¿qué pasó el 3 March?" == which_days.months_written_out("¿qué pasó el 3 mar?")
    for question in ("12 out of 20", "set the table", "what happened in oct?",
                     "¿qué se dijo del mar 3 veces?", "o mar 2 vezes", "¿y el mar 3?",      # the sea, no day
                     "oct 3 times", "nov 2 personas"):                                      # a count, no day
        assert question == which_days.months_written_out(question)


# A call on 3 March, and another whose turn speaks of the sea three times: "mar 3 veces" is no 3 March
# (and the sea is what is asked about: the March call's "dos veces" is not).
SEA_CALLS = {
    "lacralo-2026-03-03-es.txt": "2026-03-03\nANA SILVA: Buenos días, bienvenidos a la llamada de LACRALO.\n"
                                 "BRUNO COSTA: El presupuesto del taller en Lima, pedido dos veces, cubre el viaje "
                                 "de los becarios.\n",
    "lacralo-2026-04-07-es.txt": "2026-04-07\nANA SILVA: Buenos días, bienvenidos a la llamada de LACRALO de abril.\n"
                                 "CARLA DIAZ: Este año el mar cortó el cable submarino 3 veces, y las islas del Caribe "
                                 "quedaron sin internet.\n",
}


@pytest.fixture
def sea_calls(tmp_path):
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    for name, text in SEA_CALLS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "acta.db") as store:
        ingest.ingest_paths(store, sorted(tmp_path.glob("*.txt")), max_bytes=10_000_000)
        yield Answerer(store, Searcher(store))


@pytest.mark.parametrize("question", ["¿qué se dijo del mar 3 veces?", "¿quién habló del mar 3 veces?"])
def test_an_abbreviation_that_is_a_word_before_a_count_is_no_month(sea_calls, question):
    assert (question, None) == sea_calls.scope(question, "es")
    assert "lacralo-call-2026-04-07-es" == sea_calls.ask(question).sources[0].meeting_id


@pytest.mark.parametrize("question, undated, month", [
    ("what was said on mar. 3 2026?", "what was said on", 3), ("¿qué pasó el 3 de mar de 2026?", "¿qué pasó el", 3),
    ("what was said on mar 3 2026?", "what was said on mar", None), ("oct 3 times in 2026", "oct 3 times in", None),
])
def test_an_abbreviated_month_dates_a_question_as_it_is_written_out(question, undated, month):
    assert undated == which_days.without_dates(question)
    assert month == next((m for m, _, _ in which_days._months_alone(question, "en")), None)


def test_an_abbreviation_that_is_a_word_before_a_count_is_a_topic(sea_calls):
    answer = sea_calls.ask("¿en qué reuniones se habló del mar 3 veces?")
    assert ("mentions", ["lacralo-call-2026-04-07-es"]) == (answer.kind, [m.id for m, *_ in answer.mentions.by_meeting])


def test_a_month_without_a_meeting_word_is_a_deadline_not_a_meeting(archive):
    question = "What about the comments due in October?"
    assert (question, None) == archive.scope(question, "en")



@pytest.mark.parametrize("question, days", [
    ("Who chaired in September and October 2026?", ["2026-09-21", "2026-10-05", "2026-10-12", "2026-10-26"]),
    ("Qui a présidé en septembre et octobre 2026 ?", ["2026-09-21", "2026-10-05", "2026-10-12", "2026-10-26"]),
])
def test_months_named_together_before_their_year(archive, question, days):
    answer = archive.ask(question)
    assert days == sorted(p.meeting.date for p in answer.parts)


def test_a_command_starting_with_months_named_together(archive):
    dialogue = Dialogue(archive.store, archive)
    (who,) = dialogue.command("who", "septembre et octobre 2026", EN)
    held_then = [m for m in archive.store.meetings() if m.date[:7] in ("2026-09", "2026-10")]
    assert len(held_then) == len(re.findall(r"— \d+ present", who.html)) and "21 September 2026" in who.html


@pytest.mark.parametrize("args", ["2026-13", "13/2026"])
def test_a_month_that_does_not_exist_in_figures_names_no_meeting(archive, args):
    assert [] == which_meetings.meetings_named(args, archive.store.meetings())


@pytest.mark.parametrize("question", ["Who presented the FY2026-27 budget?", "What about ISO 3166-1?"])
def test_ranges_and_standards_are_no_months(archive, question):
    assert which_days.dated(question, archive.store.meetings()) is None


@pytest.mark.parametrize("question, speaker, meeting", [
    ("What did Ethan say about IPv6 on 12/10?", "Ethan Brooks", "naralo-2026-10-12-en"),
    ("What was said about the budget on 12/10?", "Daniel Whitfield", "naralo-2026-10-12-en"),
    ("What was said in the 21/09 meeting about Asunción?", "Lucía de la Fuente", "lacralo-2026-09-21-en"),
])
def test_a_day_in_figures_dates_a_search(archive, question, speaker, meeting):
    assert [meeting] == archive.scope(question, "en")[1]
    answer = archive.ask(question)
    assert ("passage", speaker, meeting) == (answer.kind, answer.sources[0].speaker, answer.sources[0].meeting_id)


def test_a_dated_search_found_in_another_meeting_says_so(archive):
    answer = archive.ask("What was said about the budget on 5 October?")
    assert "naralo-2026-10-12-en" == answer.sources[0].meeting_id
    assert render.plain(answer).startswith("Nothing on that in the AFRALO monthly call (5 October 2026); in other meetings:")
    assert not archive.ask("What was said about the budget in the 12 October meeting?").flags


@pytest.mark.parametrize("question", ["anything about mexico in 2020?", "what was said about xylophones in 2020?"])
def test_a_dated_meeting_that_holds_nothing_on_it_is_not_quoted_for_its_date(archive, question):
    # The 2020 call never names Mexico; «… à partir de 2020, il y a 5 milliards d'objets
    # connectés» holds the question's year, no answer: the 2016 call's Mexique, said to be elsewhere.
    answer = archive.ask(question)
    assert "lacralo-2020-02-17-fr" not in {s.meeting_id for s in answer.sources[:1]}
    assert answer.kind == "nothing" or "elsewhere" in answer.flags


def test_a_search_for_a_day_that_does_not_exist_is_told_so(archive):
    answer = archive.ask("What was said on 31/09/2026?")
    assert render.plain(answer).startswith("31 September 2026 does not exist.")


def test_a_date_no_meeting_has_is_searched_without_it_when_nothing_says_it(archive):
    answer = archive.ask("What was said about Cancún in March 2020?")
    assert ("passage", "lacralo-2020-02-17-fr") == (answer.kind, answer.sources[0].meeting_id)


def test_an_ordinal_day_is_no_topic(archive):
    answer = archive.ask("Who chaired the call on October 12th?")      # a chair question takes no topic word
    assert ("chair", "naralo-2026-10-12-en") == (answer.kind, answer.meeting.id)


@pytest.mark.parametrize("question, day", [
    ("Who attended the 12th?", "2026-10-12"), ("Who chaired on the 5th?", "2026-10-05"),
    ("Qui a présidé la réunion du 5 ?", "2026-10-05"), ("¿Quién asistió el 21?", "2026-09-21"),
    ("¿Quién presidió la reunión del día 21?", "2026-09-21"), ("Quem participou da reunião do dia 26?", "2026-10-26"),
])
def test_a_day_of_the_month_alone_is_the_latest_meeting_on_that_day(archive, question, day):
    answer = archive.ask(question)
    assert [day] == ([answer.meeting.date] if answer.meeting else [p.meeting.date for p in answer.parts])


@pytest.mark.parametrize("question", ["Who presented the 2nd item?", "Quién presentó el punto 2?",
                                      "Who attended the 3rd meeting?", "What was the 10th anniversary about?"])
def test_an_item_a_meeting_or_an_anniversary_is_no_day(archive, question):
    assert which_days.dated(question, archive.store.meetings(), month_alone=True) is None


def test_a_day_no_meeting_has_is_no_meeting(archive):
    assert "no_meeting" == archive.ask("Who attended the 13th?").kind


def test_the_latest_month_with_a_meeting_that_day_and_only_when_a_meeting_is_spoken_of(archive):
    import dataclasses

    meetings = [dataclasses.replace(m, date="2016-06-12") if m.date == "2016-06-20" else m for m in archive.store.meetings()]
    assert ["2026-10-12"] == [m.date for m in which_meetings.meetings_named("Who attended the 12th?", meetings)]
    # In a search, only when the question speaks of a meeting: "due on the 5th" is a deadline.
    assert which_days.dated("What is due on the 5th?", meetings, day_alone=True) is None
    assert ["2026-10-05"] == [m.date for m in which_days.dated("What was said in the call on the 5th?", meetings,
                                                                   month_alone=True)]


@pytest.mark.parametrize("question, days", [
    ("Who attended the September call and the webinar?", ["2026-09-21", "2026-10-26"]),
    ("Qui a présidé la réunion de septembre et le webinaire ?", ["2026-09-21", "2026-10-26"]),
    ("Who chaired the AFRALO call and the June 2016 call?", ["2016-06-20", "2026-10-05"]),
])
def test_meetings_named_each_in_its_own_way_together(archive, question, days):
    assert days == [p.meeting.date for p in archive.ask(question).parts]


def test_meetings_named_together_one_of_which_does_not_exist_is_no_meeting(archive):
    assert "no_meeting" == archive.ask("Who attended the September call and the 2031 webinar?").kind


@pytest.mark.parametrize("text, read", [
    ("Who attended on 10/12?", "Who attended on 12/10?"), ("the 10/12/2026 call", "the 12/10/2026 call"),
    ("10-12-2026", "12-10-2026"), ("10.12.26", "12.10.26"), ("on 5/10 and 10/12", "on 10/5 and 12/10"),
    ("25/10", "25/10"),                                          # past 12: a day already
    ("2026-10-12", "2026-10-12"), ("at 10.30", "at 10.30"), ("10-12 members", "10-12 members"), ("24/7", "24/7"),
])
def test_a_group_writing_month_first_is_read_day_first(text, read):
    assert read == dates.day_first(text, "MDY")
    assert text == dates.day_first(text, "DMY")


def test_questions_and_commands_in_a_month_first_group(archive):
    from knowledge.answers import Answerer

    us = Answerer(archive.store, archive.searcher, date_order="MDY")
    assert "2026-10-12" == us.ask("Who attended on 10/12?").meeting.date
    assert "2026-10-05" == us.ask("Who chaired on 10/5/2026?").meeting.date
    assert "2026-10-12" == archive.ask("Who attended on 12/10?").meeting.date          # the default: day first
    dialogue = Dialogue(archive.store, us, date_order="MDY")
    (who,) = dialogue.command("who", "10/12", EN)
    assert "NARALO monthly call, 12 October 2026" in who.html
    (impossible,) = dialogue.command("meetings", "9/31/2026", EN)
    assert "31 September 2026 does not exist. /meetings lists the meetings I know." == impossible.html


@pytest.mark.parametrize("question, kind, day", [
    ("Who attended the NARALO call for the 2nd time?", "attendance", "2026-10-12"),   # no day: the call named
    ("Who attended the 1st NARALO call?", "attendance", "2026-10-12"),
    ("Who attended the 20th in 2020?", "no_meeting", None), ("Who attended the 17th in 2020?", "attendance", "2020-02-17"),
    ("who was at the 12th?", "attendance", "2026-10-12"), ("Who was at the meeting on the 5th?", "attendance", "2026-10-05"),
    ("Was Priya at the 12th?", "present", "2026-10-12"), ("Did Priya speak on the 12th?", "did_speak", "2026-10-12"),
    ("¿Estuvo Priya el 12?", "present", "2026-10-12"),
])
def test_a_day_alone_among_other_words(archive, question, kind, day):
    answer = archive.ask(question)
    assert (kind, day) == (answer.kind, answer.meeting.date if answer.meeting else None)


def test_a_day_alone_is_not_searched(archive):
    assert "na reunião do" == which_days.without_dates("na reunião do dia 26")
    assert "sur le budget ?" == which_days.without_dates("sur le budget le 5 ?")
    found = archive.ask("o que foi dito sobre Bogotá na reunião do dia 26?")
    assert ("passage", "lacralo-webinar-2026-10-26-pt") == (found.kind, found.sources[0].meeting_id)
    assert "Bogotá" in " ".join(found.quote)


@pytest.mark.parametrize("question, days", [
    ("Who attended the September call this year?", ["2026-09-21"]),
    ("¿Cuántas reuniones hubo este año?", ["2026-09-21", "2026-10-05", "2026-10-12", "2026-10-26"]),
    ("combien de réunions cette année ?", ["2026-09-21", "2026-10-05", "2026-10-12", "2026-10-26"]),
    ("Who chaired the LACRALO call this year?", ["2026-09-21"]),
])
def test_this_year_is_the_year_of_today(archive, question, days):
    from knowledge.answers import Answerer
    answer = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 22)).ask(question)
    found = [m.date for m in answer.meetings] if answer.kind == "meetings" else [answer.meeting.date]
    assert days == found


def test_this_year_dates_a_search_and_is_no_topic():
    assert "what was said about the budget" == which_days.without_dates("what was said about the budget this year?")
    assert "¿qué se dijo del presupuesto" == which_days.without_dates("¿qué se dijo del presupuesto el año pasado?")
    assert "in the last year" in which_days.without_dates("who spoke in the last year")


@pytest.mark.parametrize("question, kind", [
    ("¿Quién presidió la reunión del 5 de oct?", "chair"), ("Resumen de la llamada del 5 de oct", "summary"),
    ("Qui a présidé l'appel du 5 oct ?", "chair"), ("Who chaired the call of Oct 5?", "chair"),
])
def test_a_month_abbreviated_after_a_day_and_de_is_the_meetings_date_not_a_topic(archive, question, kind):
    answer = archive.ask(question)
    assert (kind, "afralo-2026-10-05-fr") == (answer.kind, answer.meeting.id)


def test_a_month_abbreviated_without_a_day_is_a_topic_word(archive):
    from knowledge import intents
    meetings, people = archive.store.meetings(), archive.store.people()
    assert intents.detect("¿Quién presidió la llamada de oct?", meetings, people, "es") is None
    assert intents.detect("¿Quién presidió la llamada del 5 de oct?", meetings, people, "es").kind == "chair"


def test_out_after_a_day_and_de_is_october():
    # Portuguese "out" (outubro) only after "de" and a day: "12 out of 20" and "5 out" are no October
    assert "quem estava na reuniao de 5 de October" == which_days.months_written_out("quem estava na reuniao de 5 de out")
    for question in ("12 out of 20", "quem estava na reuniao de 5 out", "he went out of the call"):
        assert question == which_days.months_written_out(question)


def test_a_meeting_on_a_day_de_out_is_that_october_meeting(archive):
    answer = archive.ask("quem estava na reuniao de 5 de out")
    assert ("attendance", "afralo-2026-10-05-fr") == (answer.kind, answer.meeting.id)
