"""The dialogue behind Telegram and the console: buttons, splitting, rate limit (no network)."""
from __future__ import annotations

import re

import pytest

from bot import render
from bot.dialogue import Dialogue, Member
from bot.limits import RateLimit
from bot.telegram_text import split_message
from knowledge import ingest
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import CALL_2016, CALL_2020, DEMO, _need_corpus

FR = Member(7, "fr")
EN = Member(8, "en")


@pytest.fixture(scope="module")
def dialogue(tmp_path_factory):
    _need_corpus()
    path = tmp_path_factory.mktemp("dialogue") / "acta.db"
    store = Store(path)
    ingest.ingest_paths(store, [CALL_2016, CALL_2020], max_bytes=10_000_000)
    yield Dialogue(store, Answerer(store, Searcher(store)))
    store.close()


def test_buttons_carry_everything_and_survive_a_restart(dialogue, tmp_path):
    (reply,) = dialogue.question("Quand aura lieu l'événement à Montevideo ?", FR)
    data = {b.label: b.data for b in reply.buttons}
    assert "c:fr:lacralo-2016-06-20-fr:47" == data["Contexte"]
    assert "s:fr:lacralo-2016-06-20-fr" == data["Source"]
    # A new process: new store connection, new services; the buttons still work.
    with Store(dialogue.store.path) as store:
        again = Dialogue(store, Answerer(store, Searcher(store)))
        more = again.button(data["Plus de résultats"], FR)
        assert more[0].html.startswith("6. <b>")
        assert "Aida Noblia" in again.button(data["Contexte"], FR)[0].html
        assert ("lacralo-2016-06-20-fr.txt", CALL_2016.read_bytes()) == again.button(data["Source"], FR)[0].document


@pytest.mark.parametrize("data", ["", "x", "m:", "m:abc:5", "m:999999:5", "m:1:500", "c:fr:nope:1",
                                  "c:fr:lacralo-2016-06-20-fr:9999", "s:fr:../../etc/passwd", "s:", "c::::",
                                  "m:1:-5", "🙂" * 20])
def test_stale_or_forged_button_data_gets_a_polite_reply(dialogue, data):
    (reply,) = dialogue.button(data, FR)
    assert "Ce bouton n'est plus valable" in reply.html and not reply.document


def test_everything_from_transcripts_is_escaped(dialogue):
    html = dialogue.command("agenda", "20 juin 2016", FR)[0].html + dialogue.button(
        "c:fr:lacralo-2016-06-20-fr:47", FR)[0].html
    stripped = html.replace("<b>", "").replace("</b>", "").replace("<u>", "").replace("</u>", "")
    assert "<" not in stripped


def test_long_replies_are_split_below_telegrams_limit():
    text = "\n".join(f"<b>{i}</b> " + "mot " * 50 for i in range(400))
    pieces = split_message(text)
    assert len(pieces) > 1 and all(len(p) <= 4096 for p in pieces)
    assert "\n".join(pieces) == text
    huge = split_message("x" * 10_000 + " <b>y</b>")
    assert all(len(p) <= 4096 for p in huge) and "".join(huge).replace(" ", "").startswith("x" * 10_000)


def test_context_of_a_long_turn_is_split_without_breaking_tags(dialogue):
    long_turn = max(dialogue.store.meeting("lacralo-2020-02-17-fr").turns, key=lambda t: len(t.text))
    replies = dialogue.button(f"c:fr:lacralo-2020-02-17-fr:{long_turn.index}", FR)
    assert len(replies) > 1
    for r in replies:
        assert len(r.html) <= 4096
        assert r.html.count("<u>") == r.html.count("</u>") and r.html.count("<b>") == r.html.count("</b>")
    assert replies[-1].buttons and not replies[0].buttons


def test_questions_and_commands_in_each_language(dialogue):
    assert "Escribe tu pregunta después de /ask" in dialogue.command("ask", "", Member(1, "es"))[0].html
    assert "/agenda [reunião] — a pauta de uma reunião" in dialogue.command("help", "", Member(1, "pt"))[0].html
    assert "Je ne trouve pas cette réunion" in dialogue.command("who", "1er janvier 1999", FR)[0].html
    assert "<b>Appel mensuel de LACRALO, 17 février 2020, 23:00 UTC</b>" in dialogue.command("summary", "", FR)[0].html


def test_asking_for_a_summary_in_plain_words_gives_the_summary(dialogue):
    (asked,) = dialogue.question("Résumé de la dernière réunion", FR)[:1]
    (command,) = dialogue.command("summary", "", FR)[:1]
    assert asked.html == command.html and asked.buttons == command.buttons
    assert "<b>Appel mensuel de LACRALO, 17 février 2020, 23:00 UTC</b>" in asked.html
    june = dialogue.question("Summary of the June 2016 call", EN)[0]
    assert "<b>LACRALO monthly call, 20 June 2016, 23:00 UTC</b>" in june.html
    # A summary of a topic is a search.
    topic = dialogue.question("Summarize the discussion about mediation", EN)[0]
    assert "<i>«" in topic.html and "Agenda" not in topic.html


def test_rate_limit_refills_and_warns_once():
    now = [0.0]
    limit = RateLimit(per_minute=3, clock=lambda: now[0])
    assert [True, True, True, False, False] == [limit.allow(1) for _ in range(5)]
    assert limit.first_refusal(1) and not limit.first_refusal(1)
    assert limit.allow(2)                        # another member is not affected
    now[0] += 20                                 # one question back every 20 s
    assert limit.allow(1) and not limit.allow(1)


def test_rate_limit_memory_is_bounded():
    limit = RateLimit(per_minute=5)
    for user in range(20_000):
        limit.allow(user)
    assert len(limit._buckets) <= 10_000


def test_a_command_argument_does_not_decide_the_reply_language(dialogue):
    nobody = Member(3, None)
    html = dialogue.command("who", "lacralo-2020-02-17-fr", nobody)[0].html
    assert "LACRALO monthly call, 17 February 2020" in html      # the default language, not Spanish


def test_more_results_only_when_there_are_more(dialogue, tmp_path):
    (many,) = dialogue.question("Qui a parlé du groupe de travail ?", FR)
    labels = lambda r: [b.label for b in r.buttons]  # noqa: E731
    assert "Plus de résultats" in labels(many)
    more = dialogue.button(next(b.data for b in many.buttons if b.label == "Plus de résultats"), FR)
    assert more[0].html.startswith("6. ")
    from knowledge import formats, passages, transcripts
    with Store(tmp_path / "small.db") as store:
        doc = formats.from_bytes("ANA LIMA: Le budget du forum de Montevideo est approuvé, le 3 novembre 2026.\n"
                                 "BEN COLE: Merci Ana, le budget du forum nous convient.\n".encode(), "small.txt")
        parsed = transcripts.parse(doc)
        store.save(parsed, doc, passages.rows(parsed))
        small = Dialogue(store, Answerer(store, Searcher(store)))
        (few,) = small.question("Quel est le budget du forum de Montevideo ?", FR)
        assert "Ana Lima" in few.html and "Plus de résultats" not in labels(few)


def test_more_of_what_a_person_said_stays_with_their_words(dialogue):
    (first,) = dialogue.question("Qu'a dit Humberto Carrasco sur le processus de médiation ?", FR)
    assert "<b>Humberto Carrasco</b>" in first.html
    more = [b.data for b in first.buttons if b.label == "Plus de résultats"]
    if more:
        (page,) = dialogue.button(more[0], FR)
        assert page.html.count("<b>") == page.html.count("<b>Humberto Carrasco</b>")
    qid = dialogue.store.db.execute("SELECT max(id) FROM questions").fetchone()[0]
    assert ["Humberto Carrasco"] == dialogue.store.question(qid)["speakers"]


def test_more_of_what_others_said_when_the_person_said_nothing_on_it(dialogue):
    (first,) = dialogue.question("Qu'a dit Aida Noblia sur le groupe de travail ?", FR)
    assert first.html.startswith("Je n'ai rien trouvé de Aida Noblia à ce sujet")
    qid = dialogue.store.db.execute("SELECT max(id) FROM questions").fetchone()[0]
    assert ("Qu'a dit sur le groupe de travail ?", []) == (dialogue.store.question(qid)["question"],
                                                          dialogue.store.question(qid)["speakers"])


def test_more_results_stay_within_the_date_asked_about(dialogue):
    (first,) = dialogue.question("Qui a parlé du groupe de travail en juin 2016 ?", FR)
    (page,) = dialogue.button(next(b.data for b in first.buttons if b.label == "Plus de résultats"), FR)
    dates = re.findall(r"appel mensuel de LACRALO, ([^\n]+)", page.html)
    assert dates and {"20 juin 2016"} == set(dates)


def test_more_of_what_two_people_said_stays_with_their_words(dialogue):
    (first,) = dialogue.question("Qu'ont dit Humberto Carrasco et Alberto Soto sur la réunion ?", FR)
    assert "<b>Humberto Carrasco</b>" in first.html and "<b>Alberto Soto</b>" in first.html
    qid = dialogue.store.db.execute("SELECT max(id) FROM questions").fetchone()[0]
    assert ["Humberto Carrasco", "Alberto Soto"] == dialogue.store.question(qid)["speakers"]
    (page,) = dialogue.button(next(b.data for b in first.buttons if b.label == "Plus de résultats"), FR)
    speakers = re.findall(r"<b>([^<]+)</b>", page.html)
    assert speakers and set(speakers) <= {"Humberto Carrasco", "Alberto Soto"}


def test_more_results_stay_in_the_meetings_holding_the_item_asked_about(tmp_path):
    # "Restez dans la salle Zoom pour remplir le questionnaire" (2020): no one presented it.
    _need_corpus()
    with Store(tmp_path / "acta.db") as store:
        ingest.ingest_paths(store, [CALL_2020, DEMO], max_bytes=10_000_000)
        talk = Dialogue(store, Answerer(store, Searcher(store)))
        (first,) = talk.question("Qui a présenté le point sur la salle Zoom ?", FR)
        qid = store.db.execute("SELECT max(id) FROM questions").fetchone()[0]
        assert "lacralo-2020-02-17-fr" == store.question(qid)["meeting"]
        (page,) = talk.button(next(b.data for b in first.buttons if b.label == "Plus de résultats"), FR)
        assert set(re.findall(r"— ([^,]+), \d", page.html)) == {"appel mensuel de LACRALO"}
        assert set(re.findall(r"LACRALO, (\d+ \w+ \d+)", page.html)) == {"17 février 2020"}


def test_more_of_what_someone_unknown_said_leaves_the_name_out(dialogue):
    (first,) = dialogue.question("Qu'a dit Zorro sur la médiation ?", FR)
    assert first.html.startswith("Je ne connais personne qui s'appelle « Zorro »")
    qid = dialogue.store.db.execute("SELECT max(id) FROM questions").fetchone()[0]
    assert "Qu'a dit sur la médiation ?" == dialogue.store.question(qid)["question"]


def test_more_of_what_someone_said_without_a_topic(dialogue):
    # "What did Raitme talk about?" names no topic: his longest turns, and more of them on request.
    (reply,) = dialogue.question("De quoi a parlé Raitme ?", FR)
    more = {b.label: b.data for b in reply.buttons}["Plus de résultats"]
    (page,) = dialogue.button(more, FR)
    speakers = re.findall(r"^\d+\. <b>(.*?)</b>", page.html, re.MULTILINE)
    assert 5 == len(speakers) and {"Raitme Citterio"} == set(speakers)
    assert page.html.startswith("6. <b>")


@pytest.mark.parametrize("command, args, starts", [
    ("who", "juin", "appel mensuel de LACRALO, 20 juin 2016 — 14 présent(s)"),
    ("agenda", "février", "Ordre du jour — appel mensuel de LACRALO, 17 février 2020"),
    ("who", "junio", "llamada mensual de LACRALO, 20 de junio de 2016"),
])
def test_a_command_takes_a_month_alone(dialogue, command, args, starts):
    (reply,) = dialogue.command(command, args, Member(7, "es" if args == "junio" else "fr"))
    assert reply.html.replace("<b>", "").replace("</b>", "").startswith(starts), reply.html


def test_participation_of_someone_unknown_namesakes_or_a_typo(dialogue):
    (nobody,) = dialogue.command("participation", "Zorro", EN)
    assert "I know no one called “Zorro”. /participation without a name lists everyone." == nobody.html
    (carlos,) = dialogue.command("participation", "carlos", EN)
    named = re.findall(r"\n(Carlos[^:]*):", carlos.html)
    assert ["Carlos Dionisio Aguirre", "Carlos Gutierrez", "Carlos Raúl Gutiérrez", "Carlos Vera Quintana"] == sorted(named)
    (typo,) = dialogue.command("participation", "Umberto Carasco", FR)
    assert typo.html.endswith("\nHumberto Carrasco : 2 réunion(s) sur 2 (100 %), 1 excuse (a rejoint l'appel quand même : 1) — objectif de 50 % atteint")
    assert 1 == typo.html.count("\n")
    (everyone,) = dialogue.command("participation", "", EN)
    assert "Alberto Soto" in everyone.html and "Carlos Vera Quintana" in everyone.html


def test_a_meeting_on_a_day_that_does_not_exist(dialogue):
    (summary,) = dialogue.command("summary", "31 février", FR)
    assert "Le 31 février n'existe pas. /meetings liste les réunions que je connais." == summary.html
    (who,) = dialogue.command("who", "31 de abril de 2016", EN)
    assert "31 April 2016 does not exist. /meetings lists the meetings I know." == who.html
    (agenda,) = dialogue.command("agenda", "12 March 2031", EN)
    assert "I can't find that meeting. /meetings lists the ones I know." == agenda.html


@pytest.mark.parametrize("args, listed", [
    ("2016", ["20 juin 2016"]),
    ("février 2020", ["17 février 2020"]),
    ("LACRALO", ["20 juin 2016", "17 février 2020"]),
    ("cyber", ["20 juin 2016"]),                      # a word of an agenda item
    ("DNS objets", ["17 février 2020"]),
])
def test_meetings_of_a_year_a_group_or_a_topic(dialogue, args, listed):
    (reply,) = dialogue.command("meetings", args, FR)
    assert re.findall(r"• (\d+ \w+ \d{4})", reply.html) == listed, reply.html


def test_meetings_matching_nothing_say_so(dialogue):
    (none,) = dialogue.command("meetings", "2031", EN)
    assert "No meeting matches “2031”. /meetings alone lists them all." == none.html
    (day,) = dialogue.command("meetings", "30 février", FR)
    assert day.html.startswith("Le 30 février n'existe pas.")


def test_a_long_list_of_meetings_says_it_shows_the_latest():
    from knowledge.models import Answer, MeetingSummary
    calls = tuple(MeetingSummary(f"m{n}", f"20{n:02d}-01-01", None, "", "NARALO", "monthly_call", "en", 1)
                  for n in range(render.MAX_LISTED + 2))
    html = render.html_answer(Answer("meetings", "en", meetings=calls))
    assert html.startswith(f"<b>{len(calls)} meetings, the latest {render.MAX_LISTED} (/meetings 2016 gives a year")
    assert html.count("•") == render.MAX_LISTED and "1 January 2026" in html and "1 January 2000" not in html
    assert render.html_answer(Answer("meetings", "en", meetings=calls[:3])).startswith("<b>3 meeting(s):")


@pytest.mark.parametrize("command, args, dates", [
    ("who", "20 juin 2016 et 17 février 2020", ["20 juin 2016", "17 février 2020"]),
    ("agenda", "en juin et février", ["20 juin 2016", "17 février 2020"]),
    ("who", "LACRALO", ["17 février 2020"]),                  # a group alone: its latest meeting
    ("who", "LACRALO 2016", ["20 juin 2016"]),
])
def test_who_and_agenda_of_several_meetings_named_together(dialogue, command, args, dates):
    (reply,) = dialogue.command(command, args, FR)
    assert re.findall(r"(\d+ \w+ \d{4})(?: — |\s*:)", reply.html.replace("</b>", "")) == dates, reply.html


def test_summaries_of_several_meetings_named_together(dialogue):
    replies = dialogue.command("summary", "20 juin 2016 et 17 février 2020", FR)
    heads = [r.html for r in replies if r.html.startswith("<b>Appel mensuel de LACRALO")]
    assert ["20 juin 2016", "17 février 2020"] == [re.search(r"\d+ \w+ \d{4}", h).group(0) for h in heads]
    (one,) = [r for r in dialogue.command("summary", "20 juin 2016", FR) if r.html.startswith("<b>Appel")]
    assert "20 juin 2016" in one.html


@pytest.mark.parametrize("lang", ["fr", "es", "pt", "en"])
def test_the_example_question_the_bot_gives_is_answered_on_any_archive(dialogue, lang):
    from bot import i18n
    for key in ("greeting", "no_words", "ask_usage"):
        example = i18n.t(lang, key).rsplit(": ", 1)[1].removeprefix("/ask ")
        assert "summary" == dialogue.answerer.ask(example).kind, (key, example)


def test_a_message_reads_the_member_s_conversation_once(dialogue, monkeypatch):
    # once for the question, once when it is answered (and once more to switch language)
    read, recent = [], dialogue.conversations._recent
    monkeypatch.setattr(dialogue.conversations, "_recent", lambda *a: read.append(a) or recent(*a))
    member = Member(9, "en")
    dialogue.question("Who chaired the 2020 call?", member)
    assert 2 == len(read)
    said = dialogue.question("en español porfa", member)
    assert 5 == len(read) and "presidió" in said[0].html, said[0].html
