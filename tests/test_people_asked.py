"""A person named in the question: what they said, namesakes and misspelt names, speakers chosen by name."""
from __future__ import annotations

import pytest

from bot import render
from conftest import first_replies
from knowledge import ingest, naming
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store


def test_what_a_person_said_is_their_turn_or_said_to_be_missing(answerer):
    said = answerer.ask("What did Aida say about Montevideo?")
    assert "Aida Noblia" == said.sources[0].speaker and ["Aida Noblia"] == said.names["by"]
    # Humberto never speaks of Montevideo: a turn that only names him is no answer; Aida's is
    # given as someone else's.
    other = answerer.ask("What did Humberto say about Montevideo?")
    assert ("Aida Noblia", ["Humberto Carrasco"]) == (other.sources[0].speaker, other.names["not_by"])
    assert render.plain(other).startswith("I found nothing from Humberto Carrasco on that; others spoke of it:")
    assert render.plain(answerer.ask("¿Qué dijo Humberto sobre Montevideo?")).startswith("No encontré nada de Humberto Carrasco")
    assert "nothing from" not in render.plain(answerer.ask("Qu'a dit Humberto Carrasco sur la médiation ?"))


def test_a_persons_turns_that_do_not_speak_of_it_are_no_source(answerer):
    # Every passage carries its speaker's name: searched with it, all of Humberto's turns would come.
    answer = answerer.ask("What did Humberto Carrasco say about the mediator?", k=10)
    assert answer.sources and all("médiat" in h.text.lower() for h in answer.sources)
    assert all("médiat" in h.text.lower()
               for h in answerer.searcher.search("Humberto Carrasco mediator", k=10, speaker="Humberto Carrasco"))


PEOPLE = {1: "Aida Noblia", 2: "Humberto Carrasco", 3: "Alberto Soto", 4: "Sergio Salinas Porto",
          5: "Lucía de la Fuente", 6: "João da Silva", 7: "Mariana", 8: "Carlos Medina", 9: "Carlos Mendoza",
          10: "Elena Uno", 11: "Elena Dos", 12: "Elena Tres", 13: "Elena Cuatro", 14: "Jean-Baptiste Mukendi"}
MANY = {i: f"Elena {i}" for i in range(1, 12)}


@pytest.mark.parametrize("question, asked", [
    ("What did Humberto say about Montevideo?", ["Humberto Carrasco"]),
    ("What did Humberto and Aida say about Montevideo?", ["Humberto Carrasco", "Aida Noblia"]),
    ("What did Humberto Carrasco and Aida Noblia say about the budget?", ["Humberto Carrasco", "Aida Noblia"]),
    ("¿Qué dijeron Alberto Soto y Aida sobre el presupuesto?", ["Alberto Soto", "Aida Noblia"]),
    ("Qu'ont dit Aida, Alberto et Humberto sur la médiation ?", ["Aida Noblia", "Alberto Soto", "Humberto Carrasco"]),
    ("O que disseram Aida e Humberto sobre Montevidéu?", ["Aida Noblia", "Humberto Carrasco"]),
    ("What did they say about Humberto and Aida?", []),             # the topic, not the speakers
    ("What did Alberto say about Aida?", ["Alberto Soto"]),
    ("Who thanked Aida and Humberto?", []),                          # no verb of saying
    ("¿Qué le dijo Aida a Humberto sobre la mediación?", ["Aida Noblia"]),   # whom she spoke to
    ("Qu'a dit Aida à Humberto sur la médiation ?", ["Aida Noblia"]),
    ("What did Humberto say after Aida?", ["Humberto Carrasco"]),
    ("What did Alberto Soto and Lucía de la Fuente say about Bogotá?", ["Alberto Soto", "Lucía de la Fuente"]),
    ("O que João da Silva e Aida disseram sobre IDN?", ["João da Silva", "Aida Noblia"]),
    ("What did Aida and Mariana say about DNS?", ["Aida Noblia", "Mariana"]),   # "aida and mariana" is not Mariana
    ("What did Carlos say about DNS?", ["Carlos Medina", "Carlos Mendoza"]),   # namesakes: each of them
    ("What did Aida and Carlos Mendoza say about DNS?", ["Aida Noblia", "Carlos Mendoza"]),
    ("What did Elena say about DNS?", ["Elena Uno", "Elena Dos", "Elena Tres", "Elena Cuatro"]),
    # Recommending is saying.
    ("que documento recomendo Humberto?", ["Humberto Carrasco"]), ("What did Aida recommend?", ["Aida Noblia"]),
    ("what did jean-baptiste propose?", ["Jean-Baptiste Mukendi"]), ("What did Jean-Baptiste say?", ["Jean-Baptiste Mukendi"]),
])
def test_the_people_whose_words_are_asked_for(question, asked):
    assert asked == naming.speakers_asked(question, PEOPLE)


def test_a_name_sharing_a_stem_with_another_is_not_the_other(archive):
    # Patricio and Patricia stem alike; Patricio's recommendations are SAC105's.
    answer = archive.ask("que documento recomendo Patricio?")
    assert "Patricio Carranza" == answer.sources[0].speaker


def test_what_two_people_said_quotes_each_of_them(archive):
    answer = archive.ask("What did Patricia Villanueva and Carlos Mendoza say about registrars?")
    assert ["Patricia Villanueva", "Carlos Mendoza"] == answer.names["by"]
    quoted = [h.speaker for h in answer.sources[:1 + len(answer.also)]]
    assert ["Carlos Mendoza", "Patricia Villanueva"] == sorted(quoted) and len(answer.also) == 1
    assert {h.speaker for h in answer.sources} == {"Patricia Villanueva", "Carlos Mendoza"}
    text = render.plain(answer)
    assert all("— LACRALO monthly call" in line for line in text.split("\n")[1:4:2])
    # Their turns that speak of it, not every turn of theirs (each passage carries its speaker's name).
    assert all("registr" in h.text.lower() for h in answer.sources)
    assert text.count("«") == 2 and render.html_answer(answer).count("<i>«") == 2


def test_what_two_people_said_when_one_said_nothing_on_it(archive):
    answer = archive.ask("¿Qué dijeron Carlos Mendoza y Keisha Thompson sobre el borrador?")
    assert ({"by": ["Carlos Mendoza"], "not_by": ["Keisha Thompson"]}, ()) == (answer.names, answer.also)
    assert {"Carlos Mendoza"} == {h.speaker for h in answer.sources}
    assert render.plain(answer).startswith("No encontré nada de Keisha Thompson sobre eso.\n«")
    neither = archive.ask("What did Keisha Thompson and Grace Wanjiru say about registrars?")
    assert ["Keisha Thompson", "Grace Wanjiru"] == neither.names["not_by"]
    assert render.plain(neither).startswith("I found nothing from Keisha Thompson and Grace Wanjiru on that; others spoke of it:")


def test_a_first_name_shared_by_too_many_names_no_one():
    assert [] == naming.speakers_asked("What did Elena say about DNS?", MANY)


def test_namesakes_are_one_person_asked_for_written_as_the_question_does():
    persons = ["Aida Noblia", "Carlos Medina", "Carlos Mendoza"]
    assert [("Aida Noblia", ["Aida Noblia"]), ("Carlos", ["Carlos Medina", "Carlos Mendoza"])] == \
        naming.by_name_written("What did Aida and Carlos say?", persons)


def test_a_first_name_several_people_share_asks_for_the_one_who_spoke_of_it(archive):
    # The archive has six Carloses; of them only Carlos Mendoza spoke of registrars.
    answer = archive.ask("What did Patricia and Carlos say about registrars?")
    assert {"by": ["Patricia Villanueva", "Carlos Mendoza"]} == answer.names
    assert ["Carlos Mendoza", "Patricia Villanueva"] == sorted(h.speaker for h in answer.sources[:2])
    assert {"Carlos Mendoza", "Patricia Villanueva"} == {h.speaker for h in answer.sources}
    # Neither spoke of it: named as asked for.
    neither = archive.ask("What did Carlos say about the newsletter?")
    assert ["Carlos"] == neither.names["not_by"]
    assert render.plain(neither).startswith("I found nothing from Carlos on that; others spoke of it:")


NAMESAKES_CALL = """BEN COLE: Welcome to the outreach call, 3 November 2026. Maria Lima and Maria Costa are with us.
MARIA LIMA: The budget is approved: the outreach budget covers travel for four fellows.
MARIA COSTA: The interpretation for the event is booked in Spanish and French.
BEN COLE: Thank you both. Next item is the newsletter.
MARIA COSTA: The newsletter goes out on Friday; the budget line for interpretation is still open.
MARIA LIMA: One more point, since the committee asked us to report on the printed materials for the event in Toronto and on who pays for the venue: that comes from the same budget as well, as agreed last month.
BEN COLE: Thanks, see you next month.
"""


def test_a_namesake_chosen_brings_all_their_turns_on_it(tmp_path):
    # Searched among both Marias, the top 2 are Lima's best turn and Costa's: Lima, who spoke of
    # it best, is the one asked for, and her second turn on it comes from searching her words alone.
    (tmp_path / "call.txt").write_text(NAMESAKES_CALL, encoding="utf-8")
    with Store(tmp_path / "acta.db") as store:
        assert "ingested" == ingest.ingest_file(store, str(tmp_path / "call.txt"), max_bytes=10_000_000).status
        answerer = Answerer(store, Searcher(store))
        both = answerer.searcher.search("budget", k=2, speaker=["Maria Lima", "Maria Costa"])
        assert ["Maria Lima", "Maria Costa"] == [h.speaker for h in both]
        answer = answerer.ask("What did Maria say about the budget?", k=2)
        assert {"by": ["Maria Lima"]} == answer.names
        assert [("Maria Lima", 1), ("Maria Lima", 5)] == [(h.speaker, h.turn_index) for h in answer.sources]


def test_several_speakers_chosen_by_name(archive):
    answer = archive.ask("registrars", speaker=["Patricia Villanueva", "Carlos Mendoza"], k=10)
    assert {"Patricia Villanueva", "Carlos Mendoza"} == {h.speaker for h in answer.sources}
    unknown = archive.ask("registrars", speaker=["Patricia Villanueva", "Nobody Atall", "Noone Either"])
    assert "I know no one called “Nobody Atall and Noone Either”." == render.plain(unknown)


@pytest.mark.parametrize("written, meant", [
    ("Carlos", {"Carlos Mendoza", "Carlos Medina"}),        # namesakes: any of them
    ("Carlos Medina", {"Carlos Medina"}),
    ("Carlos Medna", {"Carlos Medina"}),                    # misspelt
    ("carlos medina", {"Carlos Medina"}),
])
def test_a_speaker_chosen_by_name_as_a_member_writes_it(archive, written, meant):
    answer = archive.ask("webinar schedule priority topics", speaker=written, k=10)
    assert answer.kind == "passage" and {h.speaker for h in answer.sources} <= meant
    assert {h.speaker for h in answer.sources} & meant


def test_a_speaker_chosen_by_a_misspelt_first_name(archive, corpus_dir):
    answer = archive.ask("médiation", speaker="Umberto")
    assert "Humberto Carrasco" == answer.sources[0].speaker
    # The same in a question, where the one who spoke is named.
    asked = archive.ask("What did Umberto say about mediation?")
    assert {"Humberto Carrasco"} == {h.speaker for h in asked.sources} and not asked.names.get("unknown")


def test_nothing_from_the_speaker_chosen_says_so(archive):
    answer = archive.ask("mediation", speaker="Carlos")
    assert ("nothing", {"not_by": ["Carlos"]}) == (answer.kind, answer.names)
    assert render.plain(answer).startswith("I found nothing from Carlos on that.\n")
    assert "no_speaker" == archive.ask("mediation", speaker="Batman").kind


@pytest.mark.parametrize("question, speaker", [
    ("Who asked Patricia about registrars?", "Carlos Mendoza"),            # about her, not by her
    ("Is there a grace period for the public comment?", "Patricia Villanueva"),   # "grace", not Grace Wanjiru
    ("Did Keisha Thompson agree with Daniela Rojas about the newsletter?", "Keisha Thompson"),
])
def test_a_name_that_is_not_asked_for_its_words_changes_nothing(archive, question, speaker):
    answer = archive.ask(question)
    assert (speaker, {}) == (answer.sources[0].speaker, answer.names)


@pytest.mark.parametrize("question", ["¿Cuáles son las fuentes de financiamiento?", "What did they say about Porto Alegre?",
                                      "Will the meeting be in Porto?"])
def test_a_common_word_that_is_a_surname_is_no_person(archive, question):
    assert not archive.ask(question).names


def test_a_persons_own_turn_is_found_below_turns_that_name_them(tmp_path):
    others = "".join(f"{name}: Bruno, the budget, Bruno. Bruno and the budget again, Bruno, the budget.\n"
                     for name in ("ANA SILVA", "CARLA DIAZ", "DORA LIMA", "ELSA RUIZ", "FABIO MOTA"))
    path = tmp_path / "lacralo-2026-04-06-en.txt"
    path.write_text("2026-04-06\n" + others + "BRUNO COSTA: For the workshop in Lima we asked ten thousand "
                    "dollars, and the budget covers travel for six fellows.\n", encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_file(store, str(path), max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store))
        assert "Bruno Costa" not in {h.speaker for h in answerer.searcher.search("What did Bruno say about the budget?", k=3)}
        answer = answerer.ask("What did Bruno say about the budget?", k=3)
        assert ("passage", "Bruno Costa") == (answer.kind, answer.sources[0].speaker)
        assert "ten thousand dollars" in " ".join(answer.quote)


def test_words_like_a_name_in_the_topic_stay_in_the_question(archive):
    # "media" is close to "Medina", one of the Carloses asked for: it is the topic.
    answer = archive.ask("What did Carlos say about the media?")
    assert "Carlos" in answer.names.get("not_by", []) and "média" in answer.sources[0].text
    # The same typed in lower case: "carlos" is who spoke, "media" still the topic.
    answer = archive.ask("what did carlos say about the media")
    assert "carlos" in answer.names.get("not_by", []) and "média" in answer.sources[0].text


@pytest.mark.parametrize("question, speaker", [
    ("what did priya say about country code domains", "Priya Raman"),
    ("que dijo umberto carasco sobre la mediacion", "Humberto Carrasco"),
    ("qu'a dit sergio sur le webinaire", "Sergio Salinas Porto"),
    # Portuguese names people with an article: not whoever spoke to them ("Sim, João, estamos vendo…")
    ("o que o joao disse?", "João da Silva"), ("o que a olivia falou?", "Olivia Hartman"),
])
def test_names_typed_in_lower_case_are_who_spoke(archive, question, speaker):
    answer = archive.ask(question)
    assert ("passage", speaker) == (answer.kind, answer.sources[0].speaker)


def test_a_word_after_an_article_is_no_name_but_a_first_name_in_portuguese(archive):
    people = archive.store.people()
    assert [] == naming.speakers_asked("que dijo la fuente?", people)          # a source, not Lucía de la Fuente
    assert ["João da Silva"] == naming.speakers_asked("o que o joao disse?", people)


def test_what_someone_said_about_a_data_word_is_a_search(archive):
    # "participación" would ask for the participation figures, but Alberto's words are asked for.
    answer = archive.ask("¿Qué dijo Alberto Soto sobre la participación de Humberto?")
    assert ("passage", "Alberto Soto") == (answer.kind, answer.sources[0].speaker)
    assert "50 % des appels" in answer.sources[0].text
    assert "participation" == archive.ask("How often did Humberto attend?").kind


@pytest.mark.parametrize("question, written, called", [
    ("What did Batman say about the budget?", ["Batman"], [[]]),
    ("¿Qué dijo Pedro Páramo sobre el presupuesto?", ["Pedro Páramo"], [[]]),
    ("Qu'a dit Zorro sur la médiation ?", ["Zorro"], [[]]),
    ("What did Umberto Carasco say about mediation?", ["Umberto Carasco"], [["Humberto Carrasco"]]),   # misspelt
    ("What did Umberto say about mediation?", ["Umberto"], [["Humberto Carrasco"]]),
    ("What did ICANN say about the budget?", [], []),                 # an acronym: an organisation
    ("What was said about Batman?", [], []),                          # the topic
    ("Who mentioned Toronto?", [], []),                               # asks who: Toronto is the topic
    ("Quién mencionó Abidjan?", [], []),
    ("How many times was IPv6 mentioned?", [], []),                   # digits: not a name
    ("What did Toronto participants say about the event?", [], []),   # not next to the verb
    ("What did the Chair say about it?", [], []),                     # a role
    ("What did the GNSO Council say about DNS abuse?", [], []),       # a body
    ("Qu'ont dit Zorro, Aida et Humberto ?", ["Zorro", "Aida", "Humberto"], [[], ["Aida Noblia"], ["Humberto Carrasco"]]),
    ("What did Batman and Patricia say?", ["Batman", "Patricia"], [[], []]),
    ("¿Qué le dijo Aida a Humberto?", ["Aida"], [["Aida Noblia"]]),          # whom she spoke to: not asked for
])
def test_the_names_in_the_place_of_who_spoke(question, written, called):
    assert written == naming.speakers_written(question)
    assert called == [naming.people_called(name, PEOPLE) for name in written]


def test_an_unknown_name_beside_a_known_one_is_noted_not_dropped(archive):
    answer = archive.ask("What did Batman and Patricia say about registrars?")
    assert {"by": ["Patricia Villanueva"], "unknown": ["Batman"]} == answer.names
    assert render.plain(answer).startswith("I know no one called “Batman”.\n«")
    assert {"Patricia Villanueva"} == {h.speaker for h in answer.sources}
    # Neither spoke of it: both said, then who else did.
    neither = archive.ask("What did Batman and Keisha Thompson say about registrars?")
    assert render.plain(neither).startswith(
        "I know no one called “Batman”.\nI found nothing from Keisha Thompson on that; others spoke of it:\n«")
    assert "batman" not in neither.searched.lower() and "keisha" not in neither.searched.lower()
    assert "registrars" in neither.searched


NAMED = {1: "Patricia Villanueva", 2: "Jean-Baptiste Mukendi", 3: "Marc-André Gagnon", 4: "Brian Castillo",
         5: "Lucía de la Fuente", 6: "Maritza Aguero", 7: "Vrikson Acosta", 8: "Gabriela Ruiz", 9: "Humberto Carrasco",
         10: "Carlos Medina", 11: "Carlos Mendoza", 12: "Rachel O'Connor", 13: "Javier Chandia"}


@pytest.mark.parametrize("written, called", [
    ("Carlos", ["Carlos Medina", "Carlos Mendoza"]), ("Carlos Medna", ["Carlos Medina"]),
    ("Umberto", ["Humberto Carrasco"]), ("Umberto Carasco", ["Humberto Carrasco"]),
    ("Jean-Baptiste", ["Jean-Baptiste Mukendi"]), ("O'Connor", ["Rachel O'Connor"]),
    # Another person's name, not a typo of one known.
    ("Patricia Smith", []), ("Carlos Smith", []), ("Jean-Marc", []), ("Jean-Luc", []), ("O'Brien", []),
    ("Maria", []), ("Marta", []), ("Costa", []), ("Gabriel", []), ("de", []),
])
def test_a_name_as_written_is_the_people_it_spells(written, called):
    assert called == naming.people_called(written, NAMED)


def test_asking_whether_anyone_said_something_names_no_one(archive):
    assert [] == naming.speakers_written("Qu'a dit Janvier ?")          # a month, not Javier
    assert [] == naming.speakers_written("Did anyone mention Nairobi?") == naming.speakers_asked(
        "Did anyone mention Porto?", archive.store.people())
    # "anyone" is no topic: "Does anyone have anything they would like to raise?" answers nothing.
    assert "nothing" == archive.ask("Did anyone mention Nairobi?").kind
    assert "Abidjan" in " ".join(archive.ask("¿Alguien habló de Abidjan?").quote)


def test_what_someone_unknown_said_is_what_others_said_with_a_note(archive):
    answer = archive.ask("¿Qué dijo Pedro Páramo sobre el presupuesto?")
    assert "passage" == answer.kind and "budget" in answer.sources[0].text
    assert render.plain(answer).startswith("No conozco a nadie llamado «Pedro Páramo»; otros hablaron de ello:\n«")
    alone = archive.ask("What did Batman say?")
    assert "I know no one called “Batman”." == render.plain(alone)


def test_a_misspelt_name_still_asks_for_that_person(archive):
    answer = archive.ask("What did Umberto Carasco say about mediation?")
    assert "Humberto Carrasco" == answer.sources[0].speaker and "médiateur" in answer.quote[0]


@pytest.mark.parametrize("question, speaker", [
    ("What did Patricio talk about?", "Patricio Carranza"),
    ("de quoi a parlé raitme ?", "Raitme Citterio"),
    ("¿Qué dijo Aida?", "Aida Noblia"),
    # Asking whether they said anything at all: no topic either.
    ("Did Aida say anything?", "Aida Noblia"), ("Est-ce que Humberto a parlé ?", "Humberto Carrasco"),
    ("¿Dijo algo Aida?", "Aida Noblia"), ("O Patricio disse alguma coisa?", "Patricio Carranza"),
])
def test_what_someone_said_without_a_topic(answerer, question, speaker):
    # No topic to search: their longest turns, the longest quoted by the sentence most about it.
    answer = answerer.ask(question)
    assert ("passage", {speaker}) == (answer.kind, {h.speaker for h in answer.sources})
    lengths = [len(h.text.split()) for h in answer.sources]
    assert sorted(lengths, reverse=True) == lengths and len(answer.sources) > 1
    assert answer.quote[0] in answer.sources[0].text and len(answer.quote[0].split()) >= 8
    assert not answer.quote[0].startswith(("Merci", "Thank", "Gracias"))


def test_a_speaker_asked_for_without_a_topic(answerer):
    answer = answerer.ask("what did they say", speaker="Humberto Carrasco", since="2016-01-01", k=3)
    assert ("passage", 3) == (answer.kind, len(answer.sources))
    assert {"Humberto Carrasco"} == {h.speaker for h in answer.sources}


@pytest.mark.parametrize("question", ["¿Qué dijeron las fuentes sobre el presupuesto?",
                                      "que dijo la fuente sobre el presupuesto"])
def test_a_word_after_an_article_is_no_name(archive, question):
    # Gabriela Fuentes and Lucía de la Fuente are people, but "las fuentes" are sources.
    answer = archive.ask(question)
    assert not answer.names.get("not_by") and not answer.names.get("by")


def test_a_chair_is_quoted_by_what_they_said_not_their_opening(archive):
    # Lucía's longest turn is her welcome (turn 1); the one on the regional forum says more.
    answer = archive.ask("what did lucia say")
    assert ("lacralo-2026-09-21-en", 28) == (answer.sources[0].meeting_id, answer.sources[0].turn_index)
    assert 1 in {h.turn_index for h in answer.sources[1:]}


@pytest.mark.parametrize("question, speaker", [("test cases in Spanish", "Sofía Herrera"), ("registrars", "Carlos Mendoza")])
def test_a_speaker_asked_for_is_quoted_even_when_they_asked_a_question(archive, question, speaker):
    """--speaker: their own turn is the answer; the reply another member gave them (quoted when no
    speaker is asked for) is not theirs."""
    answer = archive.ask(question, speaker=speaker)
    assert answer.kind == "passage" and answer.sources[0].speaker == speaker
    assert {h.speaker for h in answer.sources} == {speaker}
    replied = archive.ask(question).sources[0]         # (without --speaker: another's reply)
    assert replied.speaker != speaker


def test_the_command_line_narrowing_holds_for_answers_from_the_data_too(archive):
    """--meeting / --since choose the meetings data answers are of; --speaker makes any question a
    search of that person's turns (README: "restricts any question to one person")."""
    afralo = next(m for m in archive.store.meetings() if m.group == "AFRALO")
    latest = archive.store.meetings()[-1]
    assert latest.id != afralo.id
    assert latest.id == archive.ask("Summary of the last meeting").meeting.id
    assert afralo.id == archive.ask("Summary of the last meeting", meeting=afralo.id).meeting.id
    assert "no_meeting" == archive.ask("Who attended the NARALO call?", meeting=afralo.id).kind    # not AFRALO's
    assert afralo.id == archive.ask("Who attended?", meeting=afralo.id).meeting.id
    assert afralo.id == archive.ask("Who attended the AFRALO call?", meeting=afralo.id).meeting.id
    assert "no_meeting" == archive.ask("Who attended the 2016 call?", since="2026-10-01").kind
    assert "attendance" == archive.ask("Who attended the 2016 call?").kind
    counted = archive.ask("Who attended the most meetings?", since="2026-10-01")
    assert counted.kind == "participation" and counted.meetings and all(m.date >= "2026-10-01" for m in counted.meetings)
    assert "no_meeting" == archive.ask("mitigation", since="2099-01-01").kind
    listed = archive.ask("How many meetings are there?", since="2026-10-01").meetings
    assert listed and all(m.date >= "2026-10-01" for m in listed)
    assert len(archive.ask("How many meetings are there?").meetings) > len(listed)
    survey = archive.ask("survey", speaker="Michael Chambers")
    assert survey.kind == "passage" and {h.speaker for h in survey.sources} == {"Michael Chambers"}
    assert "survey" == archive.ask("survey").kind


@pytest.mark.parametrize("question", ["o joao respondeu?", "O João respondeu?", "what did João answer?", "¿Respondió João?"])
def test_whether_someone_answered_is_their_replies_to_questions_put_to_them(archive, question):
    # Not Inês's «Sim, João, estamos vendo perfeitamente» (a turn that names him).
    answer = archive.ask(question)
    assert {"João da Silva"} == {h.speaker for h in answer.sources} and len(answer.sources) == 2
    assert "navegador" in " ".join(answer.quote)


@pytest.mark.parametrize("question, asked", [
    ("o joao respondeu?", ["João da Silva"]), ("Did Beatriz answer?", ["Beatriz Gonçalves"]),
    ("Who answered Paulo Menezes?", []),                    # who answered is asked
    ("Did anyone answer Keisha?", []), ("How many people answered the survey?", []),
])
def test_the_people_whose_answers_are_asked_for(archive, question, asked):
    assert asked == naming.speakers_asked(question, archive.store.people())


def test_someone_asked_whether_they_answered_a_topic_is_searched_in_their_words(archive):
    answer = archive.ask("Did Patricia answer the question about registrars?")
    assert "registrars" in " ".join(answer.quote) and "Patricia Villanueva" == answer.sources[0].speaker


def test_someone_who_answered_no_question_answered_nothing(archive):
    # Shanice asked Beatriz a question; no one asked her one.
    answer = archive.ask("Did Shanice answer?")
    assert ("nothing", ["Shanice Baptiste"]) == (answer.kind, answer.names["not_by"])


def test_what_someone_said_in_a_meeting_named_is_their_longest_turns_there(archive):
    # A person and a meeting, no topic: what they said there, cited, and the conversation is then on it.
    said = archive.ask("que dijo raitme en la llamada de 2016?")
    assert ("passage", {"lacralo-2016-06-20-fr"}) == (said.kind, {h.meeting_id for h in said.sources})
    assert {"Raitme Citterio"} == {h.speaker for h in said.sources} and len(said.sources) > 1
    naralo = archive.ask("What did Priya say in the NARALO call?")
    assert "end users need simple ways to report abuse" in " ".join(naralo.quote)      # (not "Priya Raman for the record")
    french = archive.ask("Qu'a dit Humberto lors de l'appel de 2020 ?")
    assert ("passage", {"Humberto Carrasco"}) == (french.kind, {h.speaker for h in french.sources})
    assert ["lacralo-2020-02-17-fr"] == sorted({h.meeting_id for h in french.sources})
    # Not: a topic named is searched for ("sobre la participación a distancia"); no meeting named
    # is the person's longest turns anywhere; a meeting they did not speak in holds nothing of theirs.
    topic = archive.ask("¿Qué dijo Raitme sobre la participación a distancia en la llamada de 2016?")
    assert "participation à distance" in " ".join(topic.quote)
    absent = archive.ask("What did Priya say in the AFRALO call?")        # (not there: said so, as "Did she speak?")
    assert ("did_speak", "afralo-2026-10-05-fr") == (absent.kind, absent.meeting.id)


def test_after_what_someone_said_in_a_meeting_the_conversation_is_on_it(archive):
    replies = first_replies(archive, "que dijo raitme en la llamada de 2016?", "¿quién presidió?")
    assert "20 de junio de 2016" in replies[1]


@pytest.mark.parametrize("question, persons", [
    ("¿Qué dijo Michael en la llamada de NARALO?", ["Michael Chambers", "Michael Chen"]),
    ("Qu'a dit Mamadou à la réunion de l'AFRALO ?", ["Mamadou Cissé", "Mamadou Sanogo"]),
])
def test_what_namesakes_said_in_a_meeting_asks_which_one(archive, question, persons):
    # (not both people's turns in one list)
    answer = archive.ask(question)
    assert ("which_person", persons) == (answer.kind, sorted(answer.names["persons"]))
