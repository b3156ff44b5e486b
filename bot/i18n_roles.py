"""Strings of "Who is X?", "What is X's role?" and "What is NARALO?" answers (``bot.render_roles``)."""
from __future__ import annotations

ROLE_STRINGS: dict[str, dict[str, str]] = {
    "role_said": {"fr": "{name}, d'après les transcriptions :", "es": "{name}, según las transcripciones:",
                  "pt": "{name}, segundo as transcrições:", "en": "{name}, as the transcripts say:"},
    "role_staff": {"fr": "{name} fait partie du personnel, d'après l'appel.", "es": "{name} es del personal, según la lista.",
                   "pt": "{name} é da equipe, segundo a chamada.", "en": "{name} is staff, as the roll call says."},
    "role_unsaid": {"fr": "Les transcriptions ne disent pas quel est le rôle de {name}.",
                    "es": "Las transcripciones no dicen qué rol tiene {name}.",
                    "pt": "As transcrições não dizem qual é o papel de {name}.",
                    "en": "The transcripts do not say what {name}'s role is."},
    "role_never_there": {"fr": "{name} n'était à aucune des réunions.", "es": "{name} no estuvo en ninguna de las reuniones.",
                         "pt": "{name} não esteve em nenhuma das reuniões.", "en": "{name} was at none of the meetings."},
    "role_meetings": {"fr": "Dans les réunions :", "es": "En las reuniones:", "pt": "Nas reuniões:", "en": "In the meetings:"},
    "role_more": {"fr": "… et {n} réunions antérieures", "es": "… y {n} reuniones anteriores",
                  "pt": "… e {n} reuniões anteriores", "en": "… and {n} earlier meetings"},
    "role_more_one": {"fr": "… et une réunion antérieure", "es": "… y una reunión anterior",
                      "pt": "… e uma reunião anterior", "en": "… and one earlier meeting"},
    "role_holders": {"fr": "D'après les transcriptions :", "es": "Según las transcripciones:",
                     "pt": "Segundo as transcrições:", "en": "As the transcripts say:"},
    "did_staff": {"fr": "membre du personnel, d'après l'appel", "es": "miembro del personal, según la lista",
                  "pt": "membro da equipe, segundo a chamada", "en": "staff, as the roll call says"},
    "did_chair": {"fr": "a présidé", "es": "presidió", "pt": "presidiu", "en": "chaired"},
    "did_roll_call": {"fr": "a fait l'appel", "es": "pasó lista", "pt": "fez a chamada", "en": "read the roll call"},
    "did_agenda": {"fr": "a lu l'ordre du jour", "es": "leyó el orden del día", "pt": "leu a pauta", "en": "read the agenda"},
    "did_present": {"fr": "a présenté «{item}»", "es": "presentó «{item}»", "pt": "apresentou «{item}»",
                    "en": "presented «{item}»"},
    "did_speak_n": {"fr": "a pris la parole {n} fois", "es": "tomó la palabra {n} veces", "pt": "tomou a palavra {n} vezes",
                    "en": "took the floor {n} times"},
    "did_speak_one": {"fr": "a pris la parole une fois", "es": "tomó la palabra una vez", "pt": "tomou a palavra uma vez",
                      "en": "took the floor once"},
    "did_listen": {"fr": "présent(e), n'a pas pris la parole", "es": "presente, no tomó la palabra",
                   "pt": "presente, não tomou a palavra", "en": "there, did not take the floor"},
}

# "What is NARALO?", "¿Qué es una ALS?": no turn says what it is (``knowledge.defining``).
ROLE_STRINGS |= {
    "undefined": {"fr": "Les transcriptions ne disent pas ce qu'est {term}.",
                  "es": "Las transcripciones no dicen qué es {term}.",
                  "pt": "As transcrições não dizem o que é {term}.", "en": "The transcripts do not say what {term} is."},
    "undefined_group": {"fr": "Réunions de {group} : {meetings}", "es": "Reuniones de {group}: {meetings}",
                        "pt": "Reuniões de {group}: {meetings}", "en": "{group} meetings: {meetings}"},
    "undefined_mentioned": {"fr": "Il en est question dans : {meetings}", "es": "Se habla de ello en: {meetings}",
                            "pt": "Fala-se disso em: {meetings}", "en": "It comes up in: {meetings}"},
}
