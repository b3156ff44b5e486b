"""A group named as where something was said ("in the AFRALO call") scopes the answer to its
meetings; a group named as what was talked of does not."""
from __future__ import annotations

import pytest

from bot import render
from knowledge import which_meetings

from follow_up_context import ON_NARALO


@pytest.mark.parametrize("question, placed", [
    ("who had audio problems in the afralo call", ["AFRALO"]),
    ("who had audio problems at afralo", ["AFRALO"]),
    ("who thanked the interpreters in afralo", ["AFRALO"]),
    ("qui a remercie les interpretes a l'appel afralo", ["AFRALO"]),
    ("¿quién habló de IPv6 en la llamada de naralo?", ["NARALO"]),
    ("resumen de la de afralo", ["AFRALO"]),
    ("o que se disse na reunião da lacralo sobre o evento", ["LACRALO"]),
    ("the NARALO call's agenda", ["NARALO"]),
    # what was talked of, or whose (not where): no scope
    ("what is afralo's role in the alac", []),
    ("who talked about lacralo", []),
    ("quem falou sobre a afralo", []),
    ("cuando sale el boletin de naralo?", []),
    ("what did naralo decide", []),
    ("afralo", []),
    # the topic is AFRALO, the place is the NARALO call
    ("what was said about afralo in the naralo call", ["NARALO"]),
])
def test_a_group_named_as_where_it_was_said(archive, question, placed):
    assert placed == which_meetings.groups_placed(question, archive.store.meetings())


@pytest.mark.parametrize("question, speaker", [
    ("who had audio problems in the afralo call", None),
    ("who thanked the interpreters in afralo", None),
    ("qui a remercie les interpretes a l'appel afralo", None),
])
def test_a_group_named_as_the_place_answers_from_its_meetings(archive, question, speaker):
    # Another group's turn holding more of the words (Inês's «o áudio está cortando» in the
    # LACRALO webinar, Marc-André's thanks in the NARALO call) is no answer for AFRALO.
    answer = archive.ask(question)
    assert "passage" == answer.kind
    assert answer.sources[0].meeting_id.startswith("afralo-"), render.plain(answer)
    assert "elsewhere" not in answer.flags


def test_a_group_named_as_the_topic_is_searched_everywhere(archive):
    # AFRALO talked of in the NARALO call: NARALO holds nothing on it, said so, then where it was
    answer = archive.ask("what was said about afralo in the naralo call")
    assert ({"elsewhere"}, ["NARALO"]) == (answer.flags, answer.names["group"])
    assert render.plain(answer).startswith("Nothing on that in the NARALO monthly call")


def test_a_group_named_in_another_groups_thread_is_its_own(archive):
    # On the NARALO call, a question naming the LACRALO call is the LACRALO call's
    answer = archive.ask("who thanked the interpreters in the lacralo call", context=ON_NARALO)
    assert answer.sources[0].meeting_id.startswith("lacralo-")
