"""Every word Acta says to a member, in French, Spanish, Portuguese and English.

A test checks that each key exists in all four languages with the same placeholders."""
from __future__ import annotations

import datetime as dt

LANGUAGES = ("fr", "es", "pt", "en")

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "en": "January February March April May June July August September October November December".split(),
}

STRINGS: dict[str, dict[str, str]] = {
    "date": {"fr": "{day} {month} {year}", "es": "{day} de {month} de {year}",
             "pt": "{day} de {month} de {year}", "en": "{day} {month} {year}"},
    "monthly_call": {"fr": "appel mensuel de {group}", "es": "llamada mensual de {group}",
                     "pt": "chamada mensal de {group}", "en": "{group} monthly call"},
    "webinar": {"fr": "webinaire de {group}", "es": "seminario web de {group}",
                "pt": "webinário de {group}", "en": "{group} webinar"},
    "call": {"fr": "appel de {group}", "es": "llamada de {group}", "pt": "chamada de {group}", "en": "{group} call"},
    "monthly_call_plain": {"fr": "appel mensuel", "es": "llamada mensual", "pt": "chamada mensal", "en": "monthly call"},
    "webinar_plain": {"fr": "webinaire", "es": "seminario web", "pt": "webinário", "en": "webinar"},
    "call_plain": {"fr": "appel", "es": "llamada", "pt": "chamada", "en": "call"},
    "attribution": {"fr": "{speaker} — {meeting}, {date}", "es": "{speaker} — {meeting}, {date}",
                    "pt": "{speaker} — {meeting}, {date}", "en": "{speaker} — {meeting}, {date}"},
    "other_sources": {"fr": "Autres sources :", "es": "Otras fuentes:", "pt": "Outras fontes:", "en": "Other sources:"},
    "source_line": {"fr": "{n}. {speaker} — {meeting}, {date}", "es": "{n}. {speaker} — {meeting}, {date}",
                    "pt": "{n}. {speaker} — {meeting}, {date}", "en": "{n}. {speaker} — {meeting}, {date}"},
    "nothing": {"fr": "Je n'ai rien trouvé à ce sujet dans les transcriptions.",
                "es": "No encontré nada sobre eso en las transcripciones.",
                "pt": "Não encontrei nada sobre isso nas transcrições.",
                "en": "I found nothing about that in the transcripts."},
    "nothing_empty": {"fr": "Je ne connais encore aucune réunion : un administrateur peut m'envoyer une transcription.",
                      "es": "Todavía no conozco ninguna reunión: un administrador puede enviarme una transcripción.",
                      "pt": "Ainda não conheço nenhuma reunião: um administrador pode me enviar uma transcrição.",
                      "en": "I don't know any meeting yet: an admin can send me a transcript."},
    "known_meetings": {"fr": "Je connais {n} réunion(s), dont :", "es": "Conozco {n} reunión(es), entre ellas:",
                       "pt": "Conheço {n} reunião(ões), entre elas:", "en": "I know {n} meeting(s), including:"},
    "known_topics": {"fr": "Sujets récents : {topics}", "es": "Temas recientes: {topics}",
                     "pt": "Temas recentes: {topics}", "en": "Recent topics: {topics}"},
    "meeting_line": {"fr": "• {date} — {meeting}", "es": "• {date} — {meeting}", "pt": "• {date} — {meeting}",
                     "en": "• {date} — {meeting}"},
    "meetings_header": {"fr": "{n} réunion(s) :", "es": "{n} reunión(es):", "pt": "{n} reunião(ões):",
                        "en": "{n} meeting(s):"},
    "attendance_header": {"fr": "{meeting}, {date} — {n} présent(s)", "es": "{meeting}, {date} — {n} presente(s)",
                          "pt": "{meeting}, {date} — {n} presente(s)", "en": "{meeting}, {date} — {n} present"},
    "present": {"fr": "Présents", "es": "Presentes", "pt": "Presentes", "en": "Present"},
    "apologies": {"fr": "Excusés", "es": "Disculpas", "pt": "Desculpas", "en": "Apologies"},
    "staff": {"fr": "Personnel", "es": "Personal", "pt": "Equipe", "en": "Staff"},
    "channel": {"fr": "canal {language}", "es": "canal {language}", "pt": "canal {language}", "en": "{language} channel"},
    "apologies_header": {"fr": "Excusés — {meeting}, {date} :", "es": "Disculpas — {meeting}, {date}:",
                         "pt": "Desculpas — {meeting}, {date}:", "en": "Apologies — {meeting}, {date}:"},
    "no_apologies": {"fr": "Aucune excuse enregistrée pour : {meeting}, {date}.",
                     "es": "No hay disculpas registradas para: {meeting}, {date}.",
                     "pt": "Nenhuma desculpa registrada para: {meeting}, {date}.",
                     "en": "No apologies recorded for the {meeting}, {date}."},
    "agenda_header": {"fr": "Ordre du jour — {meeting}, {date} :", "es": "Orden del día — {meeting}, {date}:",
                      "pt": "Pauta — {meeting}, {date}:", "en": "Agenda — {meeting}, {date}:"},
    "no_agenda": {"fr": "Aucun ordre du jour n'a été lu pendant : {meeting}, {date}.",
                  "es": "No se leyó ningún orden del día en: {meeting}, {date}.",
                  "pt": "Nenhuma pauta foi lida em: {meeting}, {date}.",
                  "en": "No agenda was read out at the {meeting}, {date}."},
    "participation_line": {"fr": "{name} : {attended} réunion(s) sur {meetings} ({percent} %), {apologies} excuse(s)",
                           "es": "{name}: {attended} de {meetings} reuniones ({percent} %), {apologies} disculpa(s)",
                           "pt": "{name}: {attended} de {meetings} reuniões ({percent} %), {apologies} desculpa(s)",
                           "en": "{name}: {attended} of {meetings} meetings ({percent}%), {apologies} apologies"},
    "target_met": {"fr": "objectif de {target} % atteint", "es": "meta de {target} % alcanzada",
                   "pt": "meta de {target} % atingida", "en": "{target}% target met"},
    "target_missed": {"fr": "sous l'objectif de {target} %", "es": "por debajo de la meta de {target} %",
                      "pt": "abaixo da meta de {target} %", "en": "below the {target}% target"},
    "participation_header": {"fr": "Participation (objectif {target} %) :", "es": "Participación (meta {target} %):",
                             "pt": "Participação (meta {target} %):", "en": "Participation ({target}% target):"},
    "no_participation": {"fr": "Je n'ai aucune présence enregistrée pour cette personne.",
                         "es": "No tengo asistencia registrada para esa persona.",
                         "pt": "Não tenho presença registrada para essa pessoa.",
                         "en": "I have no attendance recorded for that person."},
    "speakers_header": {"fr": "Temps de parole — {scope} :", "es": "Tiempo de palabra — {scope}:",
                        "pt": "Tempo de fala — {scope}:", "en": "Speaking time — {scope}:"},
    "all_meetings": {"fr": "{n} réunion(s)", "es": "{n} reunión(es)", "pt": "{n} reunião(ões)", "en": "{n} meeting(s)"},
    "speaker_line": {"fr": "{n}. {name} — {words} mots, {turns} interventions",
                     "es": "{n}. {name} — {words} palabras, {turns} intervenciones",
                     "pt": "{n}. {name} — {words} palavras, {turns} intervenções",
                     "en": "{n}. {name} — {words} words, {turns} turns"},
}

LANGUAGE_NAMES = {
    "fr": {"fr": "français", "es": "espagnol", "pt": "portugais", "en": "anglais"},
    "es": {"fr": "francés", "es": "español", "pt": "portugués", "en": "inglés"},
    "pt": {"fr": "francês", "es": "espanhol", "pt": "português", "en": "inglês"},
    "en": {"fr": "French", "es": "Spanish", "pt": "Portuguese", "en": "English"},
}


def t(lang: str, key: str, **values) -> str:
    """The string ``key`` in ``lang`` (English when the language is not one of ours)."""
    table = STRINGS[key]
    return table.get(lang, table["en"]).format(**values)


def date(iso: str, lang: str) -> str:
    """ "2016-06-20" -> "20 juin 2016" / "20 de junio de 2016" / "20 June 2016"."""
    d = dt.date.fromisoformat(iso[:10])
    return t(lang, "date", day=d.day, month=MONTHS.get(lang, MONTHS["en"])[d.month - 1], year=d.year)


def meeting(group: str | None, kind: str, lang: str) -> str:
    """A meeting's name in the member's language: "appel mensuel de LACRALO"."""
    kind = kind if kind in ("monthly_call", "webinar") else "call"
    return t(lang, kind, group=group) if group else t(lang, f"{kind}_plain")


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES.get(lang, LANGUAGE_NAMES["en"]).get(code, code)
