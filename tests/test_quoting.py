"""Which turn and sentence an answer quotes: the reply to a member's question rather than the
question, the sentence that says when (where, how long, how many) for "when…?", what a person
said rather than their name, what is said about a place wherever the item named it."""
from __future__ import annotations

import pytest

from knowledge import asking, dates


def _assert_quotes(archive, question, speaker, says):
    """The answer cites ``speaker`` first (None: anyone) and quotes words ``says`` (else shows
    what it quoted)."""
    answer = archive.ask(question)
    quote = " ".join(answer.quote)
    first = answer.sources[0].speaker if answer.sources and speaker else None
    assert ("passage", speaker, says) == (answer.kind, first, says if says in quote else quote)


@pytest.mark.parametrize("question, speaker, says", [
    # The turn holds "The IDN working group met twice" too, closer to the question's words.
    ("When does the IDN working group meet?", "Michael Chen", "every other Thursday at 17:00 UTC"),
    # In another passage of the turn than its introduction on DNS abuse mitigation.
    ("What is the deadline for comments on DNS abuse mitigation?", "Patricia Villanueva", "Friday, 9 October"),
    ("When will the Toronto event take place?", "Nadine Tremblay", "3 December in Toronto"),      # ("When is the Toronto event?" is the event announced, while to come)
    # The group named wins over LACRALO's 2020 "bulletin", which says no more of the question.
    ("cuando sale el boletin de naralo?", "Tamara Williams", "at the end of the month"),
])
def test_a_question_asking_when_is_answered_by_the_sentence_that_says_when(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("sentence, when", [
    ("we meet every other Thursday at 17:00 UTC", True), ("les 30 et 31 août, à Montevideo", True),
    ("até sexta-feira", True), ("la próxima semana", True), ("à 14h30", True), ("at 5 p.m.", True),
    ("should go out at the end of the month", True), ("avant la fin du mois", True), ("a finales de mes", True),
    ("no fim do mês", True), ("a week later", True), ("le mois prochain", True), ("mês que vem", True),
    ("the end of the discussion", False), ("a fin de cuentas", False), ("Next, the month's report", False),
    ("The IDN working group met twice since our last call.", False), ("I have 2 questions and 50 % agree", False),
])
def test_says_when(sentence, when):
    assert when == dates.says_when(sentence)


@pytest.mark.parametrize("question, speaker, says", [
    # Thiago asked Diego; Diego answered.
    ("Quantas vagas de apoio de viagem para o Brasil?", "Diego Alarcón", "dez vagas"),
    # Diego answered Thiago's question, Hernán added the deadline: the reply that answers this one.
    ("¿Cuál es el plazo para las solicitudes de apoyo de viaje?", "Hernán Villalobos", "6 de novembro"),
    # José's reply does not name the Caribbean, but it is the answer to Keisha's question.
    ("Does José have data on the Caribbean?", "José Martínez", "I don't have that data at hand"),
    ("Will the guide be available in English?", "José Martínez", "English version of the guide"),
])
def test_a_members_question_gives_way_to_the_reply(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("question, says", [
    ("Who asked about the English-speaking Caribbean?", "I would like to know whether you have data"),
])
def test_a_question_about_questions_asked_quotes_the_question(archive, question, says):
    _assert_quotes(archive, question, "Keisha Thompson", says)


@pytest.mark.parametrize("question, speaker, says", [
    # Her turn opens "Keisha Thompson. I fully support the proposal.": her name is not the topic.
    ("What did Keisha Thompson say about the newsletter?", "Keisha Thompson", "help with the newsletter"),
    # "propuso" is how she spoke, not what of: her words, not "nothing from her".
    ("¿Qué propuso Daniela Rojas?", "Daniela Rojas", "plan de difusión"),
    # Not "Apologies, I joined late" nor "Camila Rezende." ("pode ajudar" is no request to the chair).
    ("What did Olivia Hartman announce?", "Olivia Hartman", "workshop on online safety for seniors"),
    ("O que disse Camila Rezende?", "Camila Rezende", "pode ajudar a testar os formulários"),
])
def test_what_a_person_said_is_quoted_not_their_name(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("question, says", [
    ("What did the attendees say about Toronto?", "3 December in Toronto"),
    ("Qu'ont dit les participants sur Abidjan ?", "19 et 20 novembre à Abidjan"),
    ("¿Qué dijeron los asistentes sobre Asunción?", "14 y 15 de noviembre en Asunción"),
    ("O que os participantes disseram sobre Bogotá?", "Bogotá"),
])
def test_what_the_attendees_said_about_something_is_a_search_for_it(archive, question, says):
    # Not the roll call, and "attendees" is no word the answer must hold.
    _assert_quotes(archive, question, None, says)


@pytest.mark.parametrize("question, speaker, says", [
    # The item on the forum in Asunción opened with its place; the answer, three turns on, says "the forum".
    ("Will there be Portuguese interpretation at the forum in Asunción?", "Hernán Villalobos",
     "interpretation into Portuguese and English in the plenary sessions"),
    ("Who asked about interpretation into Portuguese?", "Thiago Nascimento", "I wanted to know whether"),
])
def test_a_place_said_earlier_in_the_item_need_not_be_said_again(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("question, speaker, says", [
    # Not «Je pense qu'AFRALO pourrait jouer un rôle…»: "call" and "AFRALO" are no topic.
    ("In the AFRALO call, what was said about IPv6?", "Jean-Baptiste Mukendi", "l'IPv6"),
    # Not "So what can NARALO do?": the group is not what the sentence that answers says.
    ("What did the NARALO call say about IPv6?", "Ethan Brooks", "including IPv6 in our own capacity-building"),
    # "first" is "premier" (glossary), the AFRALO call says "webinaire" and not "AFRALO".
    ("When is the first AFRALO webinar?", "Koffi Mensah", "mardi 13 octobre à 15 h UTC"),
])
def test_the_group_named_is_where_to_look_not_what_to_quote(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("question, speaker, says", [
    # Where: the sentence with the place, not "je vais parler du conseil d'administration".
    ("Où aura lieu la réunion du conseil d'administration de LACRALO ?", "Sergio Salinas Porto", "à Cancún"),
    # How long: the sentence with a length of time, not the contract with the mediator.
    ("Combien de temps va durer le processus de médiation ?", "Humberto Carrasco", "entre quatre et six mois"),
    # How many: the sentence with a number.
    ("Quantas vagas de apoio de viagem para o Brasil?", "Diego Alarcón", "dez vagas"),
])
def test_where_how_long_and_how_many_are_answered_by_the_sentence_that_says_it(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("question, speaker, says", [
    # Another passage of Sergio's holds "conseil d'administration" as well, without a place.
    ("Where is the board meeting?", "Sergio Salinas Porto", "à Cancún"),
    # Ousmane's announcement of the workshop in Abidjan scores higher, but holds no number of places.
    ("How many funded places are there for the Abidjan workshop?", "Yasmina Haddad", "douze places financées"),
    # Patricia's call on DNS abuse asks for contributions to a draft too, by another date.
    ("By when are comments on the draft ALAC statement expected?", "Priya Raman", "by Wednesday, 21 October"),
])
def test_a_question_asking_when_where_or_how_many_prefers_a_passage_that_says_it(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("question, speaker, says", [
    # The turn is about IPv6 in rural broadband; the webinar "on this topic" is in a sentence
    # holding only "webinar" of the question (GIVES_SHARE).
    ("When is the webinar on rural broadband?", "Ethan Brooks", "next Tuesday, 20 October, at 16:00 UTC"),
    ("How long will the mediation process take?", "Humberto Carrasco", "entre quatre et six mois"),
    ("When should photos for the newsletter be sent?", "Tamara Williams", "send them to me by Friday"),
])
def test_the_sentence_that_says_when_may_hold_less_of_the_question(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("question, kind", [
    ("Quand aura lieu l'événement ?", "when"), ("What is the deadline?", "deadline"), ("¿Hasta cuándo?", "deadline"),
    ("Le délai pour Abidjan ?", "deadline"), ("Qual é o prazo?", "deadline"), ("When is the workshop?", "when"),
    ("Où aura lieu le forum ?", "where"), ("Onde será o evento?", "where"), ("Jean ou Marie ?", None),
    ("Combien de temps dure le processus ?", "how_long"), ("¿Cuánto tiempo?", "how_long"),
    ("Combien de places ?", "how_many"), ("What percentage of forms?", "how_many"), ("Who presented?", None),
])
def test_what_a_question_asks_for(question, kind):
    assert kind == asking.asked_for(question)


@pytest.mark.parametrize("kind, sentence, gives", [
    ("where", "Nous allons avoir une réunion du conseil d'administration à Cancún.", True),
    ("where", "Et maintenant, je vais parler du conseil d'administration.", False),
    ("how_long", "il pourrait durer entre quatre et six mois", True), ("how_long", "quatre ALS", False),
    ("how_many", "menos de la tercera parte de los formularios", True), ("how_many", "Não há vagas por país.", False),
    # Tens in words and round counts are numbers too.
    ("how_many", "Revisamos unos cuarenta formularios de sitios públicos.", True),
    ("how_many", "We reviewed some forty forms on public websites.", True),
    ("how_many", "Une quarantaine d'ALS ont répondu.", True), ("how_many", "Recebemos dezoito pedidos.", True),
    ("how_many", "Vamos enviar o guia na próxima semana.", False),
    ("deadline", "Les demandes doivent être envoyées avant le vendredi 16 octobre.", True),
    ("deadline", "El plazo para enviar comentarios vence el viernes 9 de octubre.", True),
    ("deadline", "Nous organisons un atelier régional les 19 et 20 novembre à Abidjan.", False),   # when it is held
    ("deadline", "Après cette date, nous ne pourrons plus traiter les demandes.", False),           # no date said
])
def test_a_sentence_gives_what_is_asked(kind, sentence, gives):
    assert gives == asking.gives(kind, sentence)


def test_a_persons_name_is_no_place():
    people = {"humberto", "carrasco", "lucia", "de", "la", "fuente"}
    assert not asking.gives("where", "Comme je disais à Humberto, cet événement était un vrai succès.", people)
    assert asking.gives("where", "Comme je disais à Humberto, il sera fêté à Guadalajara.", people)
    assert asking.gives("where", "La fête du dixième anniversaire aura lieu au Mexique.", people)


@pytest.mark.parametrize("question", ["ou sera celebre le 10e anniversaire de lacralo",
                                      "donde se festeja el decimo aniversario de lacralo"])
def test_where_is_not_answered_by_a_sentence_that_names_someone_after_a(archive, question):
    # Alfredo's «…dixième anniversaire de LACRALO. Comme je disais à Humberto…» says no place;
    # Rodrigo says where it is held (Guadalajara, in Mexico).
    answer = archive.ask(question)
    assert "Rodrigo Saucedo" == answer.sources[0].speaker
    assert "Mexique" in " ".join(answer.quote)


@pytest.mark.parametrize("question, speaker, says", [
    # A date's numbers are no quantity: Diego's "dez vagas", not Hernán's "até o dia 6 de novembro".
    ("¿Cuántas plazas de apoyo de viaje hay para Brasil?", "Diego Alarcón", "dez vagas"),
    # José's turn: "unos cuarenta formularios", not "menos de la tercera parte de los formularios".
    ("cuantos formularios revisaron en el relevamiento de aceptacion universal", "José Martínez", "unos cuarenta formularios"),
    ("How many ALSes does the IDN working group want results from?", "Michael Chen", "at least ten ALSes"),
    # The reply stands for the question it answers, though another passage holds more of it.
    ("Will the test cases be available in Spanish?", "Michael Chen", "translated into Spanish and French"),
    # "en cuanto a" is "as for", no "how many".
    ("¿Qué se dijo en cuanto a la interpretación en el foro?", "Hernán Villalobos", "interpretación al portugués"),
    # The verb is searched first ("We are also proposing a short webinar…").
    ("What did Ethan propose?", "Ethan Brooks", "proposing a short webinar"),
])
def test_reviewed_quotes(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("question, kind", [
    ("O que foi dito quanto à interpretação no fórum?", None), ("Vai ser presencial ou se vai ser virtual?", None),
    ("What did Aida say when the budget came up?", None), ("Em que cidade, e quando, será o fórum?", "where"),
])
def test_words_that_only_look_like_asking_for_something(question, kind):
    assert kind == asking.asked_for(question)


@pytest.mark.parametrize("question", ["le délai pour abidjan?", "What's the deadline for Abidjan?", "date limite pour abidjan ?"])
def test_a_deadline_asked_of_an_event_is_the_turn_after_that_says_it(archive, question):
    # Ousmane's turn names the Abidjan workshop and its dates; Yasmina's, next, the deadline.
    answer = archive.ask(question)
    assert "avant le vendredi 16 octobre" in " ".join(answer.quote)
    assert [("Yasmina Haddad", "afralo-2026-10-05-fr"), ("Ousmane Ndiaye", "afralo-2026-10-05-fr")] == \
        [(h.speaker, h.meeting_id) for h in answer.sources[:2]]


@pytest.mark.parametrize("question, speaker, says", [
    ("When is the Abidjan workshop?", "Ousmane Ndiaye", "19 et 20 novembre"),      # when, not the deadline
    ("¿Cuál es el plazo para enviar comentarios de octubre?", "Patricia Villanueva", "vence el viernes 9 de octubre"),
])
def test_a_passage_that_says_what_is_asked_is_quoted_itself(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)


@pytest.mark.parametrize("question, speaker, says", [
    # A passage that says when (not that it is a deadline) and holds clearly more of the question:
    # Michael's «…results from at least ten ALSes by the end of November», not José's dated «…results…».
    ("by when do they want results from ten ALSes", "Michael Chen", "ten ALSes by the end of November"),
    # Not when it holds no clearly more: the passage that says a deadline (José's «…before the end of the year»).
    ("by when do they want results", "José Martínez", "before the end of the year"),
    ("what's the deadline for comments?", "Patricia Villanueva", "Friday, 9 October"),
    # Nor when the one saying when is scored first but holds no clearly more (Carlos's date of the IPv6 webinar)
    ("deadline for comments on the ipv6 webinar", "Patricia Villanueva", "Friday, 9 October"),
])
def test_a_deadline_asked_is_said_by_the_passage_that_holds_most_of_the_question(archive, question, speaker, says):
    _assert_quotes(archive, question, speaker, says)
