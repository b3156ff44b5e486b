"""What someone said on a topic none of their turns answers as asked: their closest turn, said to be
that, when it holds a fair share of the question and no one else's holds clearly more."""
from __future__ import annotations

from bot import render


def test_their_closest_turn_rather_than_nothing_from_them(archive):
    # Alberto's «…l'approbation du financement de la réunion…» holds Montevideo's meeting and its
    # funding as the 2016 call words them, and no one else's turn holds clearly more
    answer = archive.ask("what did Alberto Soto say about the budget for montevideo")
    assert ("passage", "Alberto Soto", ["Alberto Soto"]) == (answer.kind, answer.sources[0].speaker, answer.names["closest"])
    assert render.plain(answer).startswith("Nothing from Alberto Soto on exactly that; the closest thing they said:\n«")
    spoken = archive.ask("¿qué dijo Alberto Soto sobre el presupuesto para montevideo?")
    assert render.plain(spoken).startswith("Nada de Alberto Soto sobre exactamente eso; lo más cercano que dijo:\n«")


def test_others_who_said_clearly_more_are_given_instead(archive):
    # Mamadou's IDN turn shares "africa" alone; Grace asked about mobile networks in East Africa
    answer = archive.ask("what did mamadou sanogo say about mobile phones in africa")
    assert (["Mamadou Sanogo"], None) == (answer.names.get("not_by"), answer.names.get("closest"))
    # none of Humberto's turns is ranked for Montevideo: nothing from him
    assert not archive.ask("What did Humberto say about Montevideo?").names.get("closest")


def test_a_turn_holding_little_of_the_question_is_not_the_closest(archive):
    # Tamara's IPv6 turn holds little of a question on xylophones (which no one else answers either), nor
    # of "ipv6 deployment costs"; Humberto's ranked turn none of "the newsletter schedule"
    for question in ("what did Tamara Williams say about xylophone orchestras and ipv6",
                     "what did Tamara Williams say about ipv6 deployment costs",
                     "what did Humberto Carrasco say about the newsletter schedule"):
        assert not archive.ask(question).names.get("closest"), question
