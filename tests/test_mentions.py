"""How often a topic came up: "How many times was IPv6 mentioned?", "Which meetings discussed
the budget?", "Who talked the most about mediation?" are counted from the turns."""
from __future__ import annotations

from collections import Counter

import pytest

from bot import render


def turns_saying(store, *words: str, speaker: str | None = None) -> Counter:
    """Independently of search: the turns whose text holds every one of ``words``, per meeting
    (a call's language versions once: its first version's id), as stored."""
    roots = {v: m.id for m in store.meetings() for _, v in m.versions}
    seen, found = set(), Counter()
    for mid, idx, family, family_idx, who, text in store.db.execute(
            "SELECT t.meeting_id, t.idx, m.family, t.family_idx, t.speaker, t.text FROM turns t "
            "JOIN meetings m ON m.id = t.meeting_id ORDER BY m.rowid, t.idx"):
        key = (family, family_idx) if family_idx is not None else (mid, idx)
        if all(w.lower() in text.lower() for w in words) and (speaker is None or who == speaker) and key not in seen:
            seen.add(key)
            found[roots.get(mid, mid)] += 1
    return found


@pytest.mark.parametrize("question, word", [
    ("How many times was IPv6 mentioned?", "IPv6"), ("Combien de fois a-t-on parlé d'IPv6 ?", "IPv6"),
    ("¿Cuántas veces se mencionó IPv6?", "IPv6"), ("Quantas vezes falaram de IPv6?", "IPv6"),
    ("Which meetings mentioned Toronto?", "Toronto"), ("In which meetings was Montevideo discussed?", "Montevideo"),
])
def test_how_often_a_topic_came_up_is_counted_from_the_turns(archive, question, word):
    answer = archive.ask(question)
    expected = turns_saying(archive.store, word)
    assert "mentions" == answer.kind and word == answer.mentions.topic
    assert expected == Counter({m.id: n for m, n in answer.mentions.by_meeting})
    assert sum(expected.values()) == answer.mentions.turns == sum(n for _, n in answer.mentions.by_speaker)
    assert all(word.lower() in h.text.lower() for h in answer.sources)
    first = render.plain(answer).split("\n")[0]
    assert str(answer.mentions.turns) in first and word in first


@pytest.mark.parametrize("question", ["How many times was DNS abuse mentioned?",
                                      "¿Cuántas veces se habló del abuso del DNS?"])
def test_a_topic_of_several_words_is_mentioned_by_turns_holding_them_all(archive, question):
    # "abuse", "abuso", "abus": the word in each transcript's language; a turn on DNS alone is no mention.
    answer = archive.ask(question)
    expected = turns_saying(archive.store, "DNS", "abus")
    assert turns_saying(archive.store, "DNS") != expected
    assert expected == Counter({m.id: n for m, n in answer.mentions.by_meeting})


@pytest.mark.parametrize("question", ["Who talked about the budget?", "Qui a parlé du budget ?", "Who talked about the most urgent item?"])
def test_who_spoke_of_a_topic_without_most_is_a_search(archive, question):
    assert archive.ask(question).kind in ("passage", "nothing")


@pytest.mark.parametrize("question", ["Who talked the most about the budget?", "¿Quién habló más sobre el presupuesto?",
                                      "Who talked about the budget the most?", "Qui a parlé du budget le plus ?",
                                      "Quem falou mais sobre o orçamento?", "Which meetings discussed the budget?"])
def test_who_spoke_most_about_a_topic_counts_their_turns_on_it(archive, question):
    answer = archive.ask(question)
    speakers = dict(answer.mentions.by_speaker)
    # Not speaking time overall: Patricio Carranza, who speaks longest, never mentions the budget.
    assert "mentions" == answer.kind and "Patricio Carranza" not in speakers
    assert max(speakers.values()) == answer.mentions.by_speaker[0][1] == speakers["Rodrigo Saucedo"]
    assert {"lacralo-2016-06-20-fr", "naralo-2026-10-12-en"} == {m.id for m, _ in answer.mentions.by_meeting}


@pytest.mark.parametrize("question", ["Who spoke about it the most?", "Who talked about that the most?",
                                      "¿Y quién habló de eso más?", "Qui a parlé de ça le plus ?"])
def test_who_spoke_most_about_it_is_no_speaking_time(archive, question):
    """"It" is what was talked of, not a topic of its own: not the latest meeting's speaking time."""
    assert archive.ask(question).kind not in ("speakers", "mentions")


@pytest.mark.parametrize("question", ["Who spoke the most on that call?", "Who spoke on that call the most?"])
def test_who_spoke_most_on_that_call_is_its_speaking_time(archive, question):
    assert "speakers" == archive.ask(question).kind


def test_how_often_someone_mentioned_a_topic_counts_their_turns(archive):
    answer = archive.ask("How many times did Aida mention Montevideo?")
    assert ("mentions", ["Aida Noblia"]) == (answer.kind, answer.names["by"])
    assert sum(turns_saying(archive.store, "Montevideo", speaker="Aida Noblia").values()) == answer.mentions.turns
    assert {"Aida Noblia"} == {h.speaker for h in answer.sources}
    assert render.plain(answer).startswith("“Montevideo” from Aida Noblia: 1 turn(s)")


@pytest.mark.parametrize("question, kind", [
    ("How often did Humberto attend?", "participation"),            # attendance, not mentions
    ("¿Cuántas veces asistió Humberto Carrasco?", "participation"),
    ("Which meetings do you have?", "meetings"), ("Who spoke most in the AFRALO call?", "speakers"),
    ("Who spoke most, Humberto or Aida?", "speakers"),
    ("How many times did Carlos Mendoza speak?", "speakers"),       # no topic: his speaking time
])
def test_data_questions_without_a_topic_are_not_counts(archive, question, kind):
    assert kind == archive.ask(question).kind


def test_a_topic_no_turn_mentions_is_searched(archive):
    assert archive.ask("How many times was the zeppelin mentioned?").kind == "nothing"


def test_the_count_in_json_and_in_each_language(archive):
    answer = archive.ask("Combien de fois le mot médiation a-t-il été prononcé ?")
    data = render.answer_json(answer)
    assert ("mentions", "fr") == (data["kind"], data["language"])
    assert data["mentions"]["turns"] == sum(m["turns"] for m in data["mentions"]["meetings"]) > 0
    assert data["answer"].startswith("« médiation » : ") and "Qui en parle le plus : Humberto Carrasco" in data["answer"]
    assert "Fontes:" in render.plain(archive.ask("Quantas vezes falaram de IPv6?"))


def test_in_the_chat_the_best_turn_counted_can_be_opened(tmp_path):
    from bot.dialogue import Dialogue, Member
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store

    from conftest import DEMO
    with Store(tmp_path / "acta.db") as store:
        ingest.ingest_paths(store, [DEMO], max_bytes=10_000_000)
        talk = Dialogue(store, Answerer(store, Searcher(store)))
        member = Member(8, "en")
        (reply,) = talk.question("Which meetings mentioned Toronto?", member)
        assert reply.html.startswith("<b>“Toronto”: mentioned in ")
        context = next(b.data for b in reply.buttons if b.label == "Show context")
        (shown, *_) = talk.button(context, member)
        assert "Toronto" in shown.html


@pytest.mark.parametrize("question, kind", [
    # A data question with a word or two more is still one (review of the first version).
    ("¿Qué reuniones hubo en octubre?", "meetings"), ("Quelles réunions ont eu lieu en octobre ?", "meetings"),
    ("Who spoke the most during the webinar?", "speakers"),
    ("How often does the working group meet?", "passage"),          # nothing said of talking about it
    ("¿Qué reuniones mencionaron Toronto?", "mentions"),
])
def test_only_a_topic_talked_of_makes_a_count(archive, question, kind):
    assert kind == archive.ask(question).kind


def test_whose_turns_are_counted_is_not_the_topic(archive):
    answer = archive.ask("How often did Humberto discuss mediation?")
    assert (["Humberto Carrasco"], "mediation") == (answer.names["by"], answer.mentions.topic)
    carlos = archive.ask("How many times did Carlos mention webinars?")
    assert "webinars" == carlos.mentions.topic and all(h.speaker.startswith("Carlos") for h in carlos.sources)


def test_a_speakers_own_name_is_mentioned_only_where_said(archive):
    from knowledge.mentions import mentions
    # Each passage is indexed with its speaker's name: Carlos Medina's turns do not all say "Medina".
    found = mentions(archive.store, "Medina")
    assert sum(turns_saying(archive.store, "Medina").values()) == found.turns


def test_a_count_narrowed_by_speaker_or_date_options_is_a_search(archive):
    assert "passage" == archive.ask("How many times was IPv6 mentioned?", speaker="Carlos Medina").kind
