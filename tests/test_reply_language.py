"""The language of the reply: a short keyword question's own (its words, not the transcript's
nor a name's), and the one a member asks for in a chat ("en español porfa": the last answer again)."""
from __future__ import annotations

import pytest

from knowledge.language_requests import requested_language
from knowledge.text import guess_language
from conftest import first_replies

# Short questions as members type them: lower case, no accents, keywords, names.
SHORT = {
    "es": ["que se quejo alberto soto", "la reunion de cancun se cancela?", "que ofrecio daniela",
           "plazo comentarios abuso dns", "que anuncio ruben", "se cancelo la reunion?", "quien se quejo",
           "que propuso keisha", "y que le respondieron", "plazo becas bogota", "encuesta preguntas",
           "fecha del taller", "se decidio algo?", "hablaron de ipv6?", "que respondio jose", "cuando se vota",
           "se hablo de la participacion", "quienes presentaron", "cuando vence el plazo", "que se aprobo",
           "que ofrecieron para bogota", "evento cuando", "que pidio", "que decidio", "asistio keisha",
           "y que contestaron", "llegaron tarde?", "que comentaron", "eleccion del secretario"],
    "pt": ["prazo abuso dns", "prazo abuso dns lacralo", "o que ela ofereceu", "quem falou de ipv6",
           "o que respondeu o jose", "prazo bolsas bogota", "cancelaram a reuniao?", "quem se queixou",
           "o que ele anunciou", "falaram da pesquisa?", "qual o prazo", "quem apresentou", "o que decidiram",
           "teve interpretacao?", "se falou de jovens?", "quando e a oficina", "a reuniao foi cancelada?",
           "se votou?", "eleicao", "quem se inscreveu", "o que pediu", "chegaram atrasados?"],
    "fr": ["qui a presente sur l'ipv6", "date limite commentaires", "quand est l'atelier", "la reunion est annulee?",
           "qui s'est plaint", "qu'a propose koffi", "les bourses pour abidjan", "delai pour les commentaires",
           "qui etait absent", "ils seront enregistres?", "de quoi ils vont parler?", "il y avait des interpretes?",
           "c'etait quand", "quelles questions ont ete posees", "qui l'organisait", "ils parlaient de quoi"],
    "en": ["deadline travel support abidjan", "who complained", "what did they offer", "was it cancelled",
           "survey questions", "when is the workshop", "who answered", "what was proposed", "anything on youth?",
           "who is organizing it", "what do they need", "comments deadline dns abuse", "who presented ipv6",
           "what time is the naralo call", "when do they meet", "was there interpretation in English?",
           "who was organising", "who was chairing", "recording available"],
}


@pytest.mark.parametrize("lang, question", [(lang, q) for lang, qs in SHORT.items() for q in qs])
def test_a_short_question_is_answered_in_its_own_language(lang, question):
    # "se" is Spanish and Portuguese too; "ofrecio"/"falou" are past tenses; "plazo"/"prazo" words
    # of what members ask about: none of these falls to French, Portuguese or the default (English).
    assert lang == guess_language(question)


def test_a_word_both_spanish_and_portuguese_write_is_not_taken_for_spanish():
    # "-io" leans Spanish ("ofrecio", "pidio"), not "-rio": "relatorio" is Portuguese, "horario" both.
    assert guess_language("relatorio?") != "es"


def test_a_spanish_keyword_question_about_a_french_call_gets_spanish_labels(archive):
    # Not the transcript's language (the 2020 call is French), nor the name's ("que se quejo alberto soto").
    answer = archive.ask("que se quejo alberto soto")
    assert ("es", "lacralo-2020-02-17-fr") == (answer.language, answer.sources[0].meeting_id)


@pytest.mark.parametrize("message, lang", [
    ("en español porfa", "es"), ("en español", "es"), ("en español svp", "es"), ("En Español, por favor!", "es"),
    ("en français svp", "fr"), ("em portugues por favor", "pt"), ("em português", "pt"), ("in english", "en"),
    ("en anglais please", "en"), ("in English please", "en"), ("can you say it in spanish?", "es"),
    ("responde en castellano", "es"), ("traduz para o portugues", "pt")])
def test_a_request_for_another_language_is_taken(message, lang):
    assert lang == requested_language(message)


@pytest.mark.parametrize("message", [
    "¿se habló en español?", "was there interpretation in English?", "the French channel", "en español o en inglés",
    "who spoke in french", "hay interpretacion al portugues?", "quien hablo en ingles", "cuando es el evento en español",
    "que dijo aida noblia", ""])
def test_a_question_about_a_language_is_no_request(message):
    assert requested_language(message) is None


def test_the_last_answer_again_in_the_language_asked_for(archive):
    asked = first_replies(archive, "when is the toronto event", "what do they need", "en español porfa",
                          "and who is organizing it?")
    # The same quotation (the transcript's words), its frame in Spanish; and the conversation goes on in Spanish.
    assert "NARALO monthly call" in asked[1] and "llamada mensual de NARALO" in asked[2]
    assert asked[1].split("\n")[0] == asked[2].split("\n")[0]
    assert "llamada mensual de NARALO" in asked[3]


def test_the_language_version_of_the_call_is_quoted_when_there_is_one(archive):
    asked = first_replies(archive, "the caribbean outreach plan", "en español")
    assert "The outreach plan came out" in asked[0] and "El plan de difusión surge" in asked[1]


def test_a_language_asked_for_before_any_question_is_acknowledged_then_kept(archive):
    asked = first_replies(archive, "em portugues por favor", "who is organizing the toronto event?")
    assert asked[0].startswith("Certo, vou responder em português.")
    assert "chamada mensal de NARALO" in asked[1]


def test_a_question_about_a_language_is_asked_not_taken_as_a_request(archive):
    asked = first_replies(archive, "when is the toronto event", "was there interpretation in English?")
    assert "outreach event on 3 December" not in asked[1] and "NARALO monthly call" in asked[1]


@pytest.mark.parametrize("question", ["audio quality", "radio interview", "portfolio", "Ohio ALS", "milieu rural ipv6"])
def test_a_weak_ending_alone_makes_no_spanish_nor_portuguese(question):
    # ("-io", "-eu" lean Spanish and Portuguese only among words of ours: "que ofrecio", not "audio quality")
    assert guess_language(question) not in ("es", "pt")
    assert "en" == guess_language(question, usual="en")


@pytest.mark.parametrize("message", ["no en inglés por favor", "no english", "not in French please", "pas en anglais"])
def test_a_language_refused_is_no_request_for_it(message):
    assert requested_language(message) is None


@pytest.mark.parametrize("message", ["in French?", "Spanish?", "le français", "Français", "portuguese", "en español?"])
def test_a_language_alone_after_a_question_on_interpretation_asks_about_it(message):
    after = "Was there interpretation at the NARALO call?"
    assert requested_language(message, after=after) is None
    assert requested_language(message) is not None          # (with nothing before, the answers in it)
    assert requested_language(message + " svp", after=after) is not None


def test_a_language_alone_after_interpretation_leaves_the_chat_in_its_language(archive):
    asked = first_replies(archive, "Was there interpretation at the NARALO call?", "in French?", "Who chaired the NARALO call?")
    assert "chaired the NARALO monthly call" in asked[2], asked[2]        # (not "a présidé l'appel mensuel")


@pytest.mark.parametrize("question", ["que comento beatriz", "que informo patricia", "que aclaro jose", "que opino valeria",
                                      "quien apoyo la propuesta", "que explico diego sobre bogota"])
def test_a_spanish_past_typed_without_its_accent_is_spanish(question):
    # (Portuguese writes the same past "-ou": "comentou", "informou")
    assert "es" == guess_language(question)


@pytest.mark.parametrize("question", ["o que a beatriz comentou", "o que informou a patricia", "quem explicou isso",
                                      "quem apoiou a proposta"])
def test_the_portuguese_past_stays_portuguese(question):
    assert "pt" == guess_language(question)


# Held out: phrasings members use that were not written into the cue lists (knowledge/lexicon.py),
# most of their words in none of them. A cue list fitted to SHORT alone would pass SHORT and fail these.
HELD_OUT = {
    "es": ["quien gano la votacion", "ya salio el informe", "hay traduccion simultanea", "que paso con el presupuesto",
           "donde queda el hotel", "alguien pidio la palabra", "se aprobaron los estatutos", "cuanto duro la llamada",
           "que opinaron de la propuesta", "quien coordina el grupo de trabajo", "ya enviaron las minutas",
           "me perdi la llamada de ayer", "minutas de ayer", "presupuesto aprobado?", "votacion del secretario",
           "traduccion simultanea?", "estatutos nuevos", "horario del seminario", "nuevos miembros aceptados?",
           "informe anual listo?"],
    "pt": ["quem ganhou a votacao", "ja saiu o relatorio", "tem traducao simultanea", "o que aconteceu com o orcamento",
           "onde fica o hotel", "alguem pediu a palavra", "aprovaram o estatuto", "quanto durou a chamada",
           "o que acharam da proposta", "quem coordena o grupo de trabalho", "ja mandaram a ata", "perdi a chamada de ontem",
           "orcamento aprovado?", "votacao do secretario", "traducao simultanea?", "horario do seminario",
           "novos membros aceitos?", "relatorio anual pronto?", "mudanca de data?"],
    "fr": ["qui a gagne le vote", "le rapport est sorti", "y avait-il une traduction", "qu'est-il arrive au budget",
           "ou se trouve l'hotel", "quelqu'un a demande la parole", "les statuts ont ete adoptes",
           "combien de temps a dure l'appel", "ils ont pense quoi de la proposition", "qui coordonne le groupe de travail",
           "j'ai rate l'appel d'hier", "le compte rendu est pret", "compte rendu d'hier", "rapport annuel pret ?",
           "vote du secretaire", "nouveaux statuts", "enregistrement disponible ?", "horaire du seminaire",
           "nouveaux membres acceptes ?", "traduction simultanee ?"],
    "en": ["who won the vote", "is the report out yet", "was there simultaneous translation", "what happened to the budget",
           "where is the hotel", "did anyone ask to speak", "were the bylaws approved", "how long did the call last",
           "what did they think of the proposal", "who coordinates the working group", "i missed yesterday's call",
           "are the minutes ready", "yesterday's minutes", "annual report ready?", "budget approved?", "secretary vote",
           "new members accepted?", "simultaneous translation?", "new bylaws"],
}
# Held-out keyword questions (two or three words, none a cue) the cues do not tell yet: None (unclear:
# the conversation's language is used) or the wrong language. Strict: one that starts passing moves to HELD_OUT.
HELD_OUT_MISSED = [("pt", "ata de ontem"), ("pt", "estatuto novo"), ("fr", "budget adopte ?"), ("en", "slides available?"),
                   ("en", "webinar schedule")]


@pytest.mark.parametrize("lang, question", [(lang, q) for lang, qs in HELD_OUT.items() for q in qs])
def test_a_short_question_not_written_into_the_cues_is_answered_in_its_own_language(lang, question):
    assert lang == guess_language(question)


@pytest.mark.xfail(strict=True, reason="keyword questions whose words no cue list holds: not told yet")
@pytest.mark.parametrize("lang, question", HELD_OUT_MISSED)
def test_held_out_keyword_questions_the_cues_do_not_tell_yet(lang, question):
    assert lang == guess_language(question)


# Held out too, written before the glossary words and the endings that tell -ança, nh/lh, -miento, -eur, -ed
# were added (and not tuned on after): 50 of 60 right before, 56 after. Members' shorthand, no accents.
TYPED = {
    "es": ["hay grabacion de la sesion?", "quien modera hoy", "enlace de zoom?", "xq se suspendio", "acta aprobada?",
           "cuando sale el boletin", "nuevo coordinador regional", "ya esta el resumen de la junta",
           "tienen las diapositivas?", "inscripcion abierta?", "pq no hubo quorum", "conclusiones del grupo",
           "q dijeron de la financiacion"],
    "pt": ["tem gravacao da sessao?", "pauta de amanha", "quem modera hoje", "link do zoom?", "pq foi suspensa",
           "ata aprovada?", "qdo sai o boletim", "novo coordenador regional", "ja esta pronto o resumo",
           "voces tem os slides?", "inscricoes abertas?", "pq nao teve quorum", "conclusoes do grupo",
           "oq disseram do financiamento"],
    "fr": ["y a un enregistrement de la seance?", "ordre du jour de demain", "qui anime aujourd'hui", "lien zoom?",
           "pk c'est suspendu", "proces verbal approuve?", "qd sort le bulletin", "nouveau coordinateur regional",
           "le quorum etait atteint?", "le resume est dispo?", "vous avez les diapos?", "inscriptions ouvertes?",
           "pourquoi pas de quorum", "conclusions du groupe", "ils ont dit quoi du financement"],
    "en": ["is there a recording of the session", "agenda for tomorrow", "who's moderating today",
           "why was it postponed", "minutes approved?", "when does the newsletter come out", "new regional coordinator",
           "quorum reached?", "summary ready yet?", "u have the slides?", "registration open?", "why no quorum",
           "group conclusions", "what did they say about funding"],
}
# Strict, as HELD_OUT_MISSED: words the four languages share ("agenda", "votos", "zoom", "quorum").
TYPED_MISSED = [("es", "agenda de manana"), ("es", "votos a favor?"), ("pt", "deu quorum?"), ("en", "zoom link?")]


@pytest.mark.parametrize("lang, question", [(lang, q) for lang, qs in TYPED.items() for q in qs])
def test_a_typed_keyword_question_is_answered_in_its_own_language(lang, question):
    assert lang == guess_language(question)


@pytest.mark.xfail(strict=True, reason="keyword questions of words the four languages share: not told yet")
@pytest.mark.parametrize("lang, question", TYPED_MISSED)
def test_typed_keyword_questions_of_shared_words_not_told_yet(lang, question):
    assert lang == guess_language(question)


@pytest.mark.parametrize("question, lang", [("relatorio?", "pt"), ("informe anual", "es"), ("enjeu principal", "fr"),
                                            ("new bylaws", "en"), ("coordenador?", "pt"), ("coordinateur?", "fr")])
def test_a_word_of_the_glossary_only_one_language_writes_tells_it(question, lang):
    # (over the conversation's: "enjeu principal" is French, whatever was asked before; "-eu" alone would not tell)
    assert lang == guess_language(question) == guess_language(question, usual="es" if lang != "es" else "en")


@pytest.mark.parametrize("question", ["session?", "information?", "social media", "webinar?", "personal data?"])
def test_a_glossary_word_another_language_writes_alike_tells_nothing(question):
    # (the glossary gives "session" in English only, French writes it too): the conversation's language
    assert None is guess_language(question) and "pt" == guess_language(question, usual="pt")


def test_a_glossary_word_weighs_less_than_a_cue():
    # ("apologies", English in the glossary, against Spanish "la … la": the identifier, not English)
    assert "es" == guess_language("la agenda de la reunion, apologies?")


@pytest.mark.parametrize("question, lang", [("mudanca?", "pt"), ("amanha?", "pt"), ("licenca", "pt"), ("alianza", "es"),
                                            ("seguimiento", "es"), ("organisateur?", "fr"), ("postponed?", "en"),
                                            ("membership", "en"), ("previous", "en")])
def test_an_ending_only_one_language_writes_tells_it(question, lang):
    # ç typed as c (-ança/-ença; Spanish -anza), nh/lh (Spanish ñ, ll), -miento, -eur, an English past, -ship, -ious
    assert lang == guess_language(question)


@pytest.mark.parametrize("question", ["y usted?", "the casablanca meeting", "que se aprobo el reglamento"])
def test_an_ending_of_a_cue_or_among_other_cues_does_not_decide(question):
    # ("usted" ends in -ed, "casablanca" in -anca: a cue, the English around it, decide)
    assert {"y usted?": "es", "the casablanca meeting": "en"}.get(question, "es") == guess_language(question)


def test_a_keyword_question_of_shared_words_keeps_the_conversations_language(archive):
    # ("zoom link?", "votos a favor?": no word tells; a member who asked in Portuguese, or English, before keeps it)
    asked = first_replies(archive, "quem organiza o evento de toronto?", "zoom link?", "who is organizing it?", "votos a favor?")
    assert "chamada mensal de LACRALO" in asked[1] and "LACRALO monthly call" in asked[3]


@pytest.mark.parametrize("question, lang", [
    ("casa blanca reunion", "es"), ("la franca reunion", "es"),     # Spanish -anca in a short word: no Portuguese ç
    ("entrepreneur meeting?", "en"), ("amateur radio meeting?", "en"),     # English writes -eur too
    ("mudanca de data?", "pt"), ("quel facilitateur", "fr"),         # (their endings still tell)
])
def test_an_ending_another_language_writes_in_a_few_words_does_not_tell_those(question, lang):
    assert lang == guess_language(question)
