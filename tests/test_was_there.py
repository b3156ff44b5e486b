"""Whether someone was at a meeting ("Was Priya Raman at the NARALO call?", "¿Estuvo Humberto en la
llamada de 2016?"): yes or no, and how the transcript says so (roll call, staff, joined late,
apologies), from its attendance and turns."""
from __future__ import annotations

import pytest

from bot import render
from bot.dialogue import Dialogue, Member
from conftest import DATA, first_replies, turns_taken
from knowledge import about_someone
from knowledge.models import APOLOGY, PRESENT

NARALO, AFRALO, JUNE_2016, FEBRUARY_2020 = ("naralo-2026-10-12-en", "afralo-2026-10-05-fr", "lacralo-2016-06-20-fr",
                                           "lacralo-2020-02-17-fr")
LATEST = "lacralo-webinar-2026-10-26-pt"


@pytest.mark.parametrize("question, asked", [
    ("Was Priya Raman at the NARALO call?", ["Priya Raman"]),
    ("Did Priya attend last month?", ["Priya Raman"]),
    ("Was Humberto there in June 2016?", ["Humberto Carrasco"]),
    ("Did Umberto attend in 2020?", ["Humberto Carrasco"]),                 # misspelt
    ("Did Humberto and Aida attend the 2016 call?", ["Humberto Carrasco", "Aida Noblia"]),
    ("Est-ce que Yasmina Haddad était à la réunion AFRALO ?", ["Yasmina Haddad"]),
    ("Yasmina a-t-elle assisté à la réunion AFRALO du 5 octobre ?", ["Yasmina Haddad"]),
    ("Humberto était là en 2016 ?", ["Humberto Carrasco"]),
    ("¿Estuvo Humberto en la llamada de 2016?", ["Humberto Carrasco"]),
    ("¿Humberto asistió a la llamada de 2020?", ["Humberto Carrasco"]),
    ("O Humberto esteve presente na última reunião?", ["Humberto Carrasco"]),
    ("Aida participou?", ["Aida Noblia"]),
    ("Was Priya at the Oct 12 call?", ["Priya Raman"]),
    ("Was Humberto at the calls of 2016 and 2020?", ["Humberto Carrasco"]),
    ("Was Alberto Soto present at both LACRALO calls?", ["Alberto Soto"]),
    ("Est-ce qu'Humberto était là en 2020 ?", ["Humberto Carrasco"]),
    # joined late: whether they were there, and how
    ("olivia joined late?", ["Olivia Hartman"]), ("Did Olivia join late?", ["Olivia Hartman"]),
    ("Was Olivia late?", ["Olivia Hartman"]), ("Olivia llegó tarde?", ["Olivia Hartman"]),
    ("¿Llegó tarde Olivia?", ["Olivia Hartman"]), ("a Olivia chegou atrasada?", ["Olivia Hartman"]),
    ("Éric est-il arrivé en retard ?", ["Éric Nkurunziza"]), ("eric est arrive en retard?", ["Éric Nkurunziza"]),
    ("was olivia in the roll call?", ["Olivia Hartman"]), ("¿Estaba Priya ausente?", ["Priya Raman"]),
    ("Priya estaba ausente?", ["Priya Raman"]), ("priya absent?", ["Priya Raman"]),
    ("Eric arrivé en retard ?", ["Éric Nkurunziza"]),
])
def test_whom_a_question_asks_whether_they_were_there(archive, question, asked):
    assert (asked, []) == about_someone.was_there(question, archive.store.people(), archive.store.meetings())


@pytest.mark.parametrize("question", [
    "Was Aida in favour of the proposal?",              # after it, more than which meeting
    "Was Humberto's proposal approved in the call?",     # the slot is no one
    "Did Humberto attend the workshop in Montevideo?",
    "Was ICANN at the meeting?",                         # "was … at" only of known people
    "Carlos a participé combien de fois ?",              # participation
    "Did Priya attend all the meetings?", "Humberto a-t-il assisté à toutes les réunions ?",
    "Was Aida in favor?", "¿Aida estuvo a favor?",
    "Did NARALO participate in the call?", "Did ALAC attend?",   # a group, a body
    "Who attended?", "Did anyone attend?", "Quem esteve na reunião?", "Did the Board attend?", "Did de la attend?",
    "Who joined late?", "Was the meeting late?", "Olivia estaba de acuerdo?", "The statement came late?",
    "the budget is missing?", "Le rapport arrivé en retard ?",
])
def test_other_questions_do_not_ask_whether_someone_was_there(archive, question):
    assert about_someone.was_there(question, archive.store.people(), archive.store.meetings()) is None



def test_in_the_roll_call_with_the_turns_taken(archive):
    answer = archive.ask("Was Humberto Carrasco at the 2016 call?")
    turns = turns_taken(archive, JUNE_2016, "Humberto Carrasco")
    assert ("present", JUNE_2016) == (answer.kind, answer.meeting.id) and turns > 1
    assert [("Humberto Carrasco", "roll_call", turns)] == answer.names["present"]
    assert render.plain(answer) == ("Yes, Humberto Carrasco was there: LACRALO monthly call, 20 June 2016 — in the "
                                    f"roll call. Took the floor {turns} times.")


def test_apologies_then_joined_staff_and_absent(archive):
    attendance = {a.name: a for a in archive.store.meeting(FEBRUARY_2020).attendance if a.status == APOLOGY}
    assert "Humberto Carrasco" in attendance            # sent apologies, and spoke after all
    answer = archive.ask("¿Estuvo Humberto en la llamada de 2020?")
    assert [("Humberto Carrasco", "joined", turns_taken(archive, FEBRUARY_2020, "Humberto Carrasco"))] == answer.names["present"]
    assert render.plain(answer).startswith("Sí, Humberto Carrasco envió sus disculpas pero se unió después: "
                                           "llamada mensual de LACRALO, 17 de febrero de 2020.")
    staff = archive.ask("Est-ce que Yasmina Haddad était à la réunion AFRALO ?")
    assert render.plain(staff).startswith("Oui, Yasmina Haddad y était, pour le personnel : appel mensuel d'AFRALO")
    absent = archive.ask("Did Priya Raman attend the AFRALO call?")
    assert [("Priya Raman", "absent", 0)] == absent.names["present"]
    assert render.plain(absent) == ("No, Priya Raman was not there: AFRALO monthly call, 5 October 2026 — not in the "
                                    "roll call, and did not speak.")


def test_apologies_alone_and_joined_late(archive):
    detail = archive.store.meeting(NARALO)
    apologised = next(a.name for a in detail.attendance if a.status == APOLOGY)
    late = next(a.name for a in detail.attendance if a.status == PRESENT and a.source == "spoke")
    answer = archive.ask(f"Did {apologised} and {late} attend the NARALO call?")
    assert [(apologised, "apology"), (late, "spoke")] == [row[:2] for row in answer.names["present"]]
    assert render.plain(answer).split("\n") == [
        f"No, {apologised} sent apologies: NARALO monthly call, 12 October 2026.",
        f"Yes, {late} was there: NARALO monthly call, 12 October 2026 — not in the roll call, but took the floor "
        "(joined late)."]


def test_no_meeting_named_is_the_latest_of_their_group_or_the_one_talked_about(archive):
    # Priya is in NARALO's roll calls: its latest call, not the latest meeting (LACRALO's webinar).
    groups = {m.group for m in archive.store.meetings() for a in archive.store.meeting(m.id).attendance
              if a.name == "Priya Raman"}
    assert groups == {"NARALO"} and NARALO == archive.ask("Was Priya Raman there?").meeting.id
    assert LATEST == archive.ask("Was Humberto there?").meeting.id           # LACRALO's latest
    assert LATEST == archive.ask("Was Batman or Humberto there?").meeting.id
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Who attended the NARALO call?", ana)
    (reply,) = talk.question("Was Priya Raman there?", ana)
    assert reply.html.startswith("<b>Yes, Priya Raman was there: NARALO monthly call, 12 October 2026")


def test_several_meetings_are_each_answered(archive):
    answer = archive.ask("Was Humberto at the calls of 2016 and 2020?")
    assert [JUNE_2016, FEBRUARY_2020] == [p.meeting.id for p in answer.parts]
    assert [["roll_call"], ["joined"]] == [[row[1] for row in p.names["present"]] for p in answer.parts]


def test_namesakes_are_those_who_were_there_or_no_one(archive):
    carloses = {n for n in archive.store.people().values() if n.split()[0] == "Carlos"}
    there = {a.name for a in archive.store.meeting(LATEST).attendance} & carloses
    assert len(carloses) > 2 and there
    answer = archive.ask("Was Carlos there?")
    assert there == {name for name, _, _ in answer.names["present"]}
    nobody = archive.ask("Was Carlos at the NARALO call?")
    assert [("Carlos", "none", 0)] == nobody.names["present"]
    assert render.plain(nobody) == "No, no one called Carlos was there: NARALO monthly call, 12 October 2026."


def test_a_name_no_one_has_is_said_so(archive):
    assert "no_speaker" == archive.ask("Did Batman attend the NARALO call?").kind
    people, meetings = archive.store.people(), archive.store.meetings()
    assert ([], ["Batman", "Robin"]) == about_someone.was_there("Did Batman and Robin attend?", people, meetings)
    # Each name whole: Michael Chen and Jordan Blackwood are someone, "Michael Jordan" no one.
    assert ([], ["Michael Jordan"]) == about_someone.was_there("Was Michael Jordan at the NARALO call?", people, meetings)
    assert ([], ["Jean Dupont"]) == about_someone.was_there("Est-ce que Jean Dupont était à la réunion AFRALO ?", people, meetings)
    both = render.plain(archive.ask("Did Aida and Batman attend the 2016 call?")).split("\n")
    assert ["I know no one called “Batman”.", "Yes, Aida Noblia was there"] == [both[0], both[1][:26]]


def test_a_date_no_meeting_has_is_no_meeting(archive):
    assert "no_meeting" == archive.ask("Did Humberto attend in March 2019?").kind


def test_without_a_roll_call_only_who_spoke_is_known_and_no_one_joined_late(tmp_path):
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [DATA / "call-2026-11-04.srt", DATA / "zoom-2026-11-02.vtt"], max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store))
        spoke = answerer.ask("Was Mamadou Sanogo at the AFRALO call?")
        silent = answerer.ask("Was Ethan Brooks at the AFRALO call?")      # he spoke in the webinar only
        late = answerer.ask("Who joined late?")
        mamadous = answerer.ask("Was Mamadou at the AFRALO call?")      # two Mamadous spoke
        nobody = answerer.ask("Was Mamadou at the ALAC webinar?")        # no Mamadou spoke there: who can tell?
        from knowledge.models import Conversation
        # "Why not?" after "I can't tell": not "they were there"
        why = answerer.ask("why not?", context=Conversation((silent.meeting.id,), "present", persons=("Ethan Brooks",)))
    assert not {"why", "why_there"} & why.flags
    assert ["took_floor"] == [row[1] for row in spoke.names["present"]]
    assert render.plain(spoke) == ("Yes, Mamadou Sanogo was there: AFRALO call, 4 November 2026 (the transcript has "
                                   "no roll call). Took the floor 2 times.")
    assert render.plain(silent) == ("I can't tell: the transcript (AFRALO call, 4 November 2026) has no roll call, and "
                                    "Ethan Brooks did not speak.")
    assert "no_roll_call" in late.flags and not late.names["late"]
    assert {("Mamadou Sanogo", "took_floor"), ("Mamadou Cissé", "took_floor")} == {r[:2] for r in mamadous.names["present"]}
    assert [("Mamadou", "unknown", 0)] == nobody.names["present"]
    assert render.plain(late) == "The transcript has no roll call (AFRALO call, 4 November 2026): I can't tell who joined late."


def test_and_a_name_after_an_answer_about_attendance_asks_whether_they_were_there(archive):
    from knowledge.models import Conversation

    on_naralo = Conversation((NARALO,), "attendance")
    answer = archive.ask("And Priya?", context=on_naralo)
    assert ("present", NARALO, [("Priya Raman", "roll_call")]) == (
        answer.kind, answer.meeting.id, [row[:2] for row in answer.names["present"]])
    assert AFRALO == archive.ask("Et Priya Raman, à la réunion AFRALO ?", context=on_naralo).meeting.id
    assert "present" == archive.ask("¿Y Humberto?", context=Conversation((NARALO,), "present")).kind
    # Saying more, or after another answer, is no such question.
    assert "present" != archive.ask("And Priya, what did she say about DNS abuse?", context=on_naralo).kind
    assert "present" != archive.ask("And Priya?", context=Conversation((NARALO,), "agenda")).kind
    assert "present" != archive.ask("Priya?", context=on_naralo).kind          # (no "and": no follow-up)
    # Whom "Was Priya at the NARALO call?" asked about is kept: "And in the AFRALO call?" asks it of her.
    again = archive.ask("And in the AFRALO call?", context=Conversation((NARALO,), "present", persons=("Priya Raman",)))
    assert ("present", AFRALO, "Priya Raman") == (again.kind, again.meeting.id, again.names["present"][0][0])
    # Not kept (no one was): no such question.
    assert archive.ask("And in the AFRALO call?", context=Conversation((NARALO,), "present")).kind not in (
        "present", "no_speaker")


def test_both_is_the_latest_two(archive):
    answer = archive.ask("Was Alberto Soto present at both LACRALO calls?")
    calls = [m.id for m in archive.store.meetings() if m.group == "LACRALO" and m.kind == "monthly_call"]
    assert len(calls) > 2 and calls[-2:] == [p.meeting.id for p in answer.parts]
    assert 2 == len(archive.ask("¿Estuvo Alberto Soto en ambas reuniones de LACRALO?").parts)


@pytest.mark.parametrize("question, person, key", [
    ("Did Maritza send apologies in 2020?", "Maritza Aguero", "apologised_yes"),
    ("Did Humberto send apologies in 2020?", "Humberto Carrasco", "apologised_joined"),    # then joined
    ("¿Se disculpó Sergio en 2020?", "Sergio Salinas Porto", "apologised_no"),
    ("Sergio Salinas Porto s'est-il excusé en 2020 ?", "Sergio Salinas Porto", "apologised_no"),
])
def test_whether_someone_sent_apologies_then_who_did(archive, question, person, key):
    from bot import i18n

    answer = archive.ask(question)
    detail = archive.store.meeting(FEBRUARY_2020)
    apologised = detail.names(APOLOGY)
    present = {a.name for a in detail.attendance if a.status == PRESENT}
    # The data: Maritza sent apologies, Humberto too and joined later, Sergio chaired.
    assert {"apologised_yes": person in apologised and person not in present, "apologised_no": person not in apologised,
            "apologised_joined": person in apologised and person in present}[key]
    assert ("apologies", FEBRUARY_2020, [person]) == (answer.kind, answer.meeting.id, answer.names["asked"])
    lines = render.plain(answer).split("\n")
    where = {"meeting": render.meeting_name(answer.meeting, answer.language), "date": i18n.date(answer.meeting.date, answer.language)}
    assert lines[0] == i18n.t(answer.language, key, name=person, **where)
    assert lines[1] == i18n.t(answer.language, "apologies_header", **where) and len(lines) == 3


def test_asked_who_sent_apologies_no_one_is_asked_about(archive):
    answer = archive.ask("Who sent apologies in 2020?")
    assert [] == answer.names["asked"] and render.plain(answer).startswith("Apologies — LACRALO monthly call")


def test_after_whether_someone_sent_apologies_he_is_them(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Did Sergio send apologies in 2020?", ana)
    assert ("Sergio Salinas Porto",) == talk.conversations.on(-100, 1).persons
    (reply,) = talk.question("Did he speak?", ana)
    assert reply.html.startswith("<b>Yes, Sergio Salinas Porto took the floor")


def test_whether_someone_sent_apologies_of_no_meeting_is_where_they_did(archive):
    rows = archive.store.attendance_rows()

    def apologised(name: str) -> list[str]:
        return [mid for mid, _, _, who, status in rows if status == APOLOGY and who == name]

    # Rodrigo de La Parra sent apologies in June 2016 only; the latest meeting is not the answer.
    assert apologised("Rodrigo de La Parra") == [JUNE_2016]
    answer = archive.ask("Did Rodrigo de La Parra send apologies?")
    assert ("apologies", JUNE_2016) == (answer.kind, answer.meeting.id)
    assert render.plain(answer).startswith("Yes, Rodrigo de La Parra sent apologies for the LACRALO monthly call, 20 June 2016.")
    assert ("apologies", FEBRUARY_2020) == ((a := archive.ask("¿Se disculpó Humberto?")).kind, a.meeting.id)
    # None: said so, of every meeting.
    assert not apologised("Priya Raman")
    never = archive.ask("Did Priya send apologies?")
    assert render.plain(never) == f"No, Priya Raman sent apologies for none of the {len(archive.store.meetings())} meetings I know."
    assert "Non, Priya Raman ne s'est excusé·e pour aucune" in render.plain(archive.ask("Priya s'est-elle excusée ?"))


@pytest.mark.parametrize("question, mid, person, verdict", [
    ("Was Priya absent from the AFRALO call?", AFRALO, "Priya Raman", "Yes — Priya Raman was not there: AFRALO monthly call"),
    ("Was Maritza missing in 2020?", FEBRUARY_2020, "Maritza Aguero", "Yes — Maritza Aguero sent apologies: LACRALO"),
    ("Was Humberto absent in 2020?", FEBRUARY_2020, "Humberto Carrasco", "No — Humberto Carrasco sent apologies but joined"),
    ("Priya était-elle absente à la réunion AFRALO ?", AFRALO, "Priya Raman", "Oui — Priya Raman n'y était pas"),
    ("¿Faltó Humberto en 2016?", JUNE_2016, "Humberto Carrasco", "No — Humberto Carrasco estuvo: llamada mensual de LACRALO"),
    ("O Humberto faltou em 2020?", FEBRUARY_2020, "Humberto Carrasco", "Não — Humberto Carrasco enviou desculpas"),
    ("¿Faltó Priya Raman?", NARALO, "Priya Raman", "No — Priya Raman estuvo: llamada mensual de NARALO"),   # her group's
    ("Did Priya Raman miss the NARALO call?", NARALO, "Priya Raman", "No — Priya Raman was there: NARALO monthly call"),
    ("¿Estuvo ausente Keisha Thompson?", LATEST, "Keisha Thompson", "Sí — Keisha Thompson no estuvo: seminario web de LACRALO"),
    ("¿Estaba Priya ausente?", NARALO, "Priya Raman", "No — Priya Raman estuvo: llamada mensual de NARALO"),
    ("Serge était-il absent ?", AFRALO, "Serge Ekambi", "Non — Serge Ekambi y était : appel mensuel d'AFRALO"),
])
def test_whether_someone_was_absent_is_whether_they_were_there_turned(archive, question, mid, person, verdict):
    """Not "No, … did not send apologies" (an absence need not be excused): the roll call's facts,
    the yes or no for the absence."""
    answer = archive.ask(question)
    assert ("present", mid, [person]) == (answer.kind, answer.meeting.id, [row[0] for row in answer.names["present"]])
    assert render.plain(answer).startswith(verdict)
    # The facts are those of "Was … there?" of that meeting; only the verdict turns.
    there = archive.was_there([person], answer.language, answer.meeting)
    assert there.names["present"] == answer.names["present"] and "absent" not in there.flags
    said, turned = render.plain(there), render.plain(answer)
    assert said.split(", ", 1)[1] == turned.split(" — ", 1)[1] and said.split(", ")[0] != turned.split(" — ")[0]



def test_and_a_name_after_the_apologies_asks_whether_they_sent_any(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    (listed,) = talk.question("Who sent apologies to the NARALO call?", ana)
    assert "Linda Okonkwo" in listed.html and "Priya Raman" not in listed.html
    (linda,) = talk.question("And Linda?", ana)
    assert linda.html.startswith("<b>Yes, Linda Okonkwo sent apologies for the NARALO monthly call, 12 October 2026.</b>")
    (priya,) = talk.question("And Priya?", ana)
    assert priya.html.startswith("<b>No, Priya Raman did not send apologies for the NARALO monthly call")


def test_whether_someone_was_absent_is_about_them(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    talk.question("Was Humberto absent in 2020?", ana)
    assert ("Humberto Carrasco",) == talk.conversations.on(-100, 1).persons
    (spoke,) = talk.question("Did he speak?", ana)
    assert spoke.html.startswith("<b>Yes, Humberto Carrasco took the floor once: LACRALO monthly call, 17 February 2020.")


def test_and_someone_after_whether_someone_was_absent_asks_whether_they_were_absent(archive):
    talk = Dialogue(archive.store, archive)
    ana = Member(1, "en", chat=-100)
    (priya,) = talk.question("Was Priya absent from the NARALO call?", ana)
    assert priya.html.startswith("<b>No — Priya Raman was there: NARALO monthly call")
    (linda,) = talk.question("And Linda?", ana)                     # she sent apologies: absent
    assert linda.html.startswith("<b>Yes — Linda Okonkwo sent apologies: NARALO monthly call")
    (afralo,) = talk.question("And in the AFRALO call?", ana)
    assert afralo.html.startswith("<b>Yes — Linda Okonkwo was not there: AFRALO monthly call")
    (there,) = talk.question("Was she there?", ana)                 # asked otherwise: as asked
    assert there.html.startswith("<b>No, Linda Okonkwo was not there: AFRALO monthly call")


def test_every_answer_on_presence_starts_with_its_verdict():
    """The verdict of "Was Priya absent?" replaces the one of "Was Priya there?" (render_presence._VERDICT)."""
    from bot import i18n
    from bot.render_presence import _VERDICT

    for key in (k for k in i18n.STRINGS if k.startswith("was_") and k not in ("was_turns", "was_turns_one", "was_silent",
                                                                               "was_unknown")):
        for lang, text in i18n.STRINGS[key].items():
            assert _VERDICT.match(text), (key, lang)


@pytest.mark.parametrize("question, verdict", [
    ("olivia joined late?", "Yes — Olivia Hartman was there: NARALO monthly call, 12 October 2026"),
    ("Did Priya join late?", "No — Priya Raman was there: NARALO monthly call, 12 October 2026 — in the roll call."),
    ("Rubén llegó tarde?", "Sí — Rubén Ocampo estuvo: llamada mensual de LACRALO, 21 de septiembre de 2026"),
    ("Humberto est-il arrivé en retard en 2016 ?", "Non — Humberto Carrasco y était : appel mensuel de LACRALO, 20 juin 2016"),
])
def test_whether_someone_joined_late_is_the_verdict_of_that(archive, question, verdict):
    # (of the last meeting they were at when none is named: Rubén's is September's call, not the webinar)
    assert render.plain(archive.ask(question)).startswith(verdict)


@pytest.mark.parametrize("question", ["¿Estuvo Humberto en la reunión de la tarde?", "Was Priya at the late October call?"])
def test_the_afternoon_or_a_late_month_asks_no_verdict_on_lateness(archive, question):
    assert "late" not in archive.ask(question).flags


@pytest.mark.parametrize("question", [
    "who else missed the naralo call?", "¿Quién más faltó en la de NARALO?", "Quem mais faltou na reunião da NARALO?",
    "Qui d'autre manquait à la réunion NARALO ?",
])
def test_who_else_missed_is_who_sent_apologies(archive, question):
    answer = archive.ask(question)
    assert ("apologies", NARALO, ["Linda Okonkwo", "Brian Castillo"]) == (
        answer.kind, answer.meeting.id, answer.names["apologies"])


def test_why_not_after_whether_someone_was_there_says_the_transcript_does_not_tell(archive):
    from knowledge.models import Conversation
    linda = Conversation((NARALO,), "present", persons=("Linda Okonkwo",))
    for question in ("why not", "Why wasn't she there?", "¿Por qué no vino?", "Pourquoi ?", "por que ela faltou?"):
        answer = archive.ask(question, context=linda)
        assert ("present", {"why"}) == (answer.kind, set(answer.flags)), question
    assert render.plain(archive.ask("why not?", context=linda)) == (
        "The transcript doesn't say why.\nNo, Linda Okonkwo sent apologies: NARALO monthly call, 12 October 2026.")
    jordan = Conversation((NARALO,), "did_speak", persons=("Jordan Blackwood",))       # there, silent
    assert "why" in archive.ask("why didn't he speak?", context=jordan).flags
    # not when they were there and spoke, nor a question about something else, nor with no one talked about
    priya = Conversation((NARALO,), "present", persons=("Priya Raman",))
    assert "why" not in archive.ask("why?", context=priya).flags      # (but "why_there": she was)
    assert "why" not in archive.ask("why was the Toronto event moved?", context=linda).flags
    assert "why" not in archive.ask("why not?", context=Conversation((NARALO,), "agenda")).flags


@pytest.mark.parametrize("question, reply", [
    # docs/questions.md's examples, as Acta gives them on the demo corpus and the two calls
    ("Was Priya absent from the AFRALO call?",
     "Yes — Priya Raman was not there: AFRALO monthly call, 5 October 2026 — not in the roll call, and did not speak."),
    ("¿Faltó Humberto en 2020?",
     "No — Humberto Carrasco envió sus disculpas pero se unió después: llamada mensual de LACRALO, 17 de febrero de 2020."),
    ("Was Linda absent?", "Yes — Linda Okonkwo sent apologies: "),
    # no meeting named: the latest of their group's
    ("Priya était-elle absente ?", "Non — Priya Raman y était : appel mensuel de NARALO, 12 octobre 2026"),
    ("O Humberto faltou?", "Sim — Humberto Carrasco não esteve presente: webinário de LACRALO, 26 de outubro de 2026 — "),
])
def test_the_absence_examples_the_questions_doc_gives(archive, question, reply):
    assert render.plain(archive.ask(question)).startswith(reply)


@pytest.mark.parametrize("questions, said", [
    (("Was Aida at the 2016 call?", "Why not?"), "There is nothing to explain: the transcript says they were there.\n"
                                                 "Yes, Aida Noblia was there: LACRALO monthly call, 20 June 2016 — in the roll call."),
    (("¿Estuvo Humberto en la llamada de 2016?", "¿Y Aida?", "¿Por qué no vino?"),
     "No hay nada que explicar: según la transcripción, sí estuvo.\nSí, Aida Noblia estuvo: llamada mensual de LACRALO"),
    (("Priya était-elle à l'appel de NARALO ?", "Pourquoi pas ?"),
     "Il n'y a rien à expliquer : d'après la transcription, cette personne était là.\nOui, Priya Raman"),
    (("A Priya esteve na chamada da NARALO?", "Por que não?"),
     "Não há nada a explicar: segundo a transcrição, essa pessoa esteve presente.\nSim, Priya Raman esteve presente"),
])
def test_why_not_after_someone_was_there_says_they_were(archive, questions, said):
    # (not a search for "why": a quote on something else, or nothing found)
    reply = first_replies(archive, *questions)[-1]
    assert reply.startswith(said), reply


def test_why_not_after_someone_was_away_still_says_the_transcript_does_not_tell(archive):
    reply = first_replies(archive, "Was Linda at the NARALO call?", "Why not?")[-1]
    assert reply.startswith("The transcript doesn't say why.") and "nothing to explain" not in reply, reply


@pytest.mark.parametrize("question", ["Quand Rachid n'est-il pas venu ?", "Quando o Rachid não participou?",
                                      "¿Cuándo no participó Rachid?", "When was Rachid not at a call?"])
def test_when_someone_was_not_there_said_as_which_meetings_they_were_not_at_says(archive, question):
    # ("Which meetings was Rachid not at?", "À quelles réunions Rachid n'est-il pas venu ?": the meetings he missed)
    answer = archive.ask(question)
    assert ("meetings", ["Rachid El Amrani"], ["missed"]) == (answer.kind, answer.names["of"], answer.names["how"])
    assert ["afralo-2026-10-05-fr"] == [m.id for m in answer.meetings]
