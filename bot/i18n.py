"""Every word Acta says to a member, in French, Spanish, Portuguese and English.

A test checks that each key exists in all four languages with the same placeholders."""
from __future__ import annotations

import datetime as dt

from bot.i18n_events import EVENT_STRINGS
from bot.i18n_ingest import INGEST_STRINGS
from bot.i18n_people import PEOPLE_STRINGS
from bot.i18n_questions import QUESTION_STRINGS
from bot.i18n_roles import ROLE_STRINGS

LANGUAGES = ("fr", "es", "pt", "en")

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "en": "January February March April May June July August September October November December".split(),
}
WEEKDAYS = {   # Monday first
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
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
    "sources": {"fr": "Sources :", "es": "Fuentes:", "pt": "Fontes:", "en": "Sources:"},
    "other_sources": {"fr": "Autres sources :", "es": "Otras fuentes:", "pt": "Outras fontes:", "en": "Other sources:"},
    "source_line": {"fr": "{n}. {speaker} — {meeting}, {date}", "es": "{n}. {speaker} — {meeting}, {date}",
                    "pt": "{n}. {speaker} — {meeting}, {date}", "en": "{n}. {speaker} — {meeting}, {date}"},
    "nothing": {"fr": "Je n'ai rien trouvé à ce sujet dans les transcriptions.",
                "es": "No encontré nada sobre eso en las transcripciones.",
                "pt": "Não encontrei nada sobre isso nas transcrições.",
                "en": "I found nothing about that in the transcripts."},
    "no_words": {"fr": "Posez votre question avec des mots, par exemple : Résumé de la dernière réunion",
                 "es": "Haz tu pregunta con palabras, por ejemplo: Resumen de la última reunión",
                 "pt": "Faça sua pergunta com palavras, por exemplo: Resumo da última reunião",
                 "en": "Ask your question in words, for example: Summary of the last meeting"},
    "thanks": {"fr": "Avec plaisir ! D'autres questions sur les réunions ?", "es": "¡Con gusto! ¿Alguna otra pregunta sobre las reuniones?",
               "pt": "Por nada! Mais alguma pergunta sobre as reuniões?", "en": "You're welcome! Any other question about the meetings?"},
    "ack": {"fr": "👍", "es": "👍", "pt": "👍", "en": "👍"},
    # "¿me avisas un día antes?": the reminders the bot sends (when: bot.toml [reminders] offsets, which this does not
    # repeat, so that it holds whatever an operator sets)
    "reminders": {"fr": "Oui : je rappelle dans le groupe chaque réunion prévue, aux moments choisis par les organisateurs. "
                        "/events liste les prochaines, /next dit quand a lieu la prochaine.",
                  "es": "Sí: recuerdo en el grupo cada reunión programada, en los momentos que eligen los organizadores. "
                        "/events lista las próximas, /next dice cuándo es la próxima.",
                  "pt": "Sim: lembro no grupo cada reunião agendada, nos momentos escolhidos pelos organizadores. "
                        "/events lista as próximas, /next diz quando é a próxima.",
                  "en": "Yes: I remind the group of each scheduled meeting, at the times the organisers choose. "
                        "/events lists the coming ones, /next says when the next one is."},
    # (no event coming in the asker's calendar: no reminder goes out until one is scheduled)
    "reminders_idle": {"fr": "Je rappelle dans le groupe chaque réunion prévue, mais aucune ne l'est pour l'instant : "
                             "aucun rappel ne partira tant que les organisateurs n'en auront pas programmé une (/schedule).",
                       "es": "Recuerdo en el grupo cada reunión programada, pero por ahora no hay ninguna: no saldrá "
                             "ningún recordatorio hasta que los organizadores programen una (/schedule).",
                       "pt": "Lembro no grupo cada reunião agendada, mas por enquanto não há nenhuma: nenhum lembrete "
                             "sairá até que os organizadores agendem uma (/schedule).",
                       "en": "I remind the group of each scheduled meeting, but none is scheduled for now: no reminder "
                             "goes out until the organisers schedule one (/schedule)."},
    "greeting": {"fr": "Bonjour ! Posez-moi une question sur les réunions, par exemple : Résumé de la dernière réunion",
                 "es": "¡Hola! Hazme una pregunta sobre las reuniones, por ejemplo: Resumen de la última reunión",
                 "pt": "Olá! Faça uma pergunta sobre as reuniões, por exemplo: Resumo da última reunião",
                 "en": "Hello! Ask me a question about the meetings, for example: Summary of the last meeting"},
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
    "meetings_latest": {"fr": "{n} réunions, les {shown} dernières (/meetings 2016 donne une année, /meetings LACRALO un groupe) :",
                        "es": "{n} reuniones, las {shown} últimas (/meetings 2016 da un año, /meetings LACRALO un grupo):",
                        "pt": "{n} reuniões, as {shown} últimas (/meetings 2016 dá um ano, /meetings LACRALO um grupo):",
                        "en": "{n} meetings, the latest {shown} (/meetings 2016 gives a year, /meetings LACRALO a group):"},
    "commitments_header": {"fr": "Engagements — {meeting}, {date} :", "es": "Compromisos — {meeting}, {date}:",
                           "pt": "Compromissos — {meeting}, {date}:", "en": "Commitments — {meeting}, {date}:"},
    "dates_header": {"fr": "Dates annoncées — {meeting}, {date} :", "es": "Fechas anunciadas — {meeting}, {date}:",
                     "pt": "Datas anunciadas — {meeting}, {date}:", "en": "Dates announced — {meeting}, {date}:"},
    "no_dates": {"fr": "Aucune date annoncée dans : {meeting}, {date}.", "es": "No se anunció ninguna fecha en: {meeting}, {date}.",
                 "pt": "Nenhuma data foi anunciada em: {meeting}, {date}.", "en": "No dates were mentioned in: {meeting}, {date}."},
    "no_commitments_of": {"fr": "Je n'ai trouvé aucun engagement de {name} dans les transcriptions.",
                          "es": "No encontré ningún compromiso de {name} en las transcripciones.",
                          "pt": "Não encontrei nenhum compromisso de {name} nas transcrições.",
                          "en": "I found no commitment by {name} in the transcripts."},
    "no_commitments": {"fr": "Je n'ai trouvé aucun engagement dans : {meeting}, {date}.",
                       "es": "No encontré compromisos en: {meeting}, {date}.",
                       "pt": "Não encontrei compromissos em: {meeting}, {date}.",
                       "en": "I found no commitments in the {meeting}, {date}."},
    "agenda_header": {"fr": "Ordre du jour — {meeting}, {date} :", "es": "Orden del día — {meeting}, {date}:",
                      "pt": "Pauta — {meeting}, {date}:", "en": "Agenda — {meeting}, {date}:"},
    "item_no_presenter": {"fr": "L'ordre du jour ne nomme personne pour « {title} ».", "es": "El orden del día no nombra a nadie para «{title}».",
                          "pt": "A pauta não nomeia ninguém para «{title}».", "en": "The agenda names no one for “{title}”."},
    "no_such_item": {"fr": "L'ordre du jour n'a pas de point {n}.", "es": "El orden del día no tiene punto {n}.",
                     "pt": "A pauta não tem ponto {n}.", "en": "The agenda has no item {n}."},
    "presenter": {"fr": "{presenter} a présenté « {title} » — {meeting}, {date}.",
                  "es": "{presenter} presentó «{title}» — {meeting}, {date}.",
                  "pt": "{presenter} apresentou «{title}» — {meeting}, {date}.",
                  "en": "{presenter} presented “{title}” — {meeting}, {date}."},
    "presenter_absent": {"fr": "{presenter} devait présenter « {title} », mais n'a pas pris la parole pendant l'appel — {meeting}, {date}.",
                         "es": "{presenter} iba a presentar «{title}», pero no habló durante la llamada — {meeting}, {date}.",
                         "pt": "{presenter} ia apresentar «{title}», mas não falou durante a chamada — {meeting}, {date}.",
                         "en": "{presenter} was down to present “{title}” but did not speak in the call — {meeting}, {date}."},
    "presenter_apologised": {"fr": "{presenter} devait présenter « {title} », mais s'est excusé·e et n'a pas pris la parole — {meeting}, {date}.",
                             "es": "{presenter} iba a presentar «{title}», pero se excusó y no habló — {meeting}, {date}.",
                             "pt": "{presenter} ia apresentar «{title}», mas pediu desculpas e não falou — {meeting}, {date}.",
                             "en": "{presenter} was down to present “{title}” but sent apologies and did not speak — {meeting}, {date}."},
    "presenter_led": {"fr": "{presenter} a présenté « {title} » (l'ordre du jour ne nommait personne ; c'est {presenter} qui en a dit le plus) — {meeting}, {date}.",
                      "es": "{presenter} presentó «{title}» (el orden del día no nombraba a nadie; fue quien más habló de ello) — {meeting}, {date}.",
                      "pt": "{presenter} apresentou «{title}» (a pauta não indicava ninguém; foi quem mais falou sobre isso) — {meeting}, {date}.",
                      "en": "{presenter} presented “{title}” (the agenda named no one; they said most of it) — {meeting}, {date}."},
    "sum_absent_presenter": {"fr": "{name} (prévu·e, excusé·e)", "es": "{name} (previsto, se excusó)",
                             "pt": "{name} (previsto, pediu desculpas)", "en": "{name} (down to present, sent apologies)"},
    "no_agenda": {"fr": "Aucun ordre du jour n'a été lu pendant : {meeting}, {date}.",
                  "es": "No se leyó ningún orden del día en: {meeting}, {date}.",
                  "pt": "Nenhuma pauta foi lida em: {meeting}, {date}.",
                  "en": "No agenda was read out at the {meeting}, {date}."},
    "mentions": {"fr": "« {topic} » : {turns} intervention(s) en parlent, dans {meetings} réunion(s) :",
                 "es": "«{topic}»: {turns} intervención(es) lo mencionan, en {meetings} reunión(es):",
                 "pt": "«{topic}»: {turns} intervenção(ões) o mencionam, em {meetings} reunião(ões):",
                 "en": "“{topic}”: mentioned in {turns} turn(s), in {meetings} meeting(s):"},
    "mentions_by": {"fr": "« {topic} » chez {name} : {turns} intervention(s), dans {meetings} réunion(s) :",
                    "es": "«{topic}» en boca de {name}: {turns} intervención(es), en {meetings} reunión(es):",
                    "pt": "«{topic}» na fala de {name}: {turns} intervenção(ões), em {meetings} reunião(ões):",
                    "en": "“{topic}” from {name}: {turns} turn(s), in {meetings} meeting(s):"},
    "mentions_line": {"fr": "• {date} — {meeting} : {n}", "es": "• {date} — {meeting}: {n}",
                      "pt": "• {date} — {meeting}: {n}", "en": "• {date} — {meeting}: {n}"},
    "mentions_speakers": {"fr": "Qui en parle le plus : {names}", "es": "Quién más lo menciona: {names}",
                          "pt": "Quem mais o menciona: {names}", "en": "Who mentions it most: {names}"},
    # --- the chat ---------------------------------------------------------------------------
    "start": {"fr": "Bonjour ! Je suis Acta : je réponds aux questions sur les réunions de la communauté, en citant qui a dit quoi, dans quelle réunion et quand.",
              "es": "¡Hola! Soy Acta: respondo preguntas sobre las reuniones de la comunidad, citando quién dijo qué, en qué reunión y cuándo.",
              "pt": "Olá! Sou a Acta: respondo perguntas sobre as reuniões da comunidade, citando quem disse o quê, em qual reunião e quando.",
              "en": "Hello! I'm Acta: I answer questions about the community's meetings, citing who said what, in which meeting and when."},
    "help_intro": {"fr": "Posez-moi une question en français, espagnol, portugais ou anglais. Dans un groupe : /ask, une mention ou une réponse à mon message.",
                   "es": "Hazme una pregunta en español, francés, portugués o inglés. En un grupo: /ask, una mención o una respuesta a mi mensaje.",
                   "pt": "Faça uma pergunta em português, espanhol, francês ou inglês. Em um grupo: /ask, uma menção ou uma resposta à minha mensagem.",
                   "en": "Ask me a question in English, French, Spanish or Portuguese. In a group: /ask, a mention, or a reply to my message."},
    "cmd_ask": {"fr": "poser une question", "es": "hacer una pregunta", "pt": "fazer uma pergunta", "en": "ask a question"},
    "cmd_meetings": {"fr": "les réunions que je connais", "es": "las reuniones que conozco", "pt": "as reuniões que conheço", "en": "the meetings I know"},
    "cmd_summary": {"fr": "le résumé d'une réunion", "es": "el resumen de una reunión", "pt": "o resumo de uma reunião", "en": "a meeting's summary"},
    "cmd_who": {"fr": "présents et excusés d'une réunion", "es": "presentes y disculpas de una reunión", "pt": "presentes e desculpas de uma reunião", "en": "who attended a meeting, and apologies"},
    "cmd_agenda": {"fr": "l'ordre du jour d'une réunion", "es": "el orden del día de una reunión", "pt": "a pauta de uma reunião", "en": "a meeting's agenda"},
    "cmd_participation": {"fr": "le taux de participation", "es": "la tasa de participación", "pt": "a taxa de participação", "en": "participation rates"},
    "cmd_next": {"fr": "le prochain appel", "es": "la próxima llamada", "pt": "a próxima chamada", "en": "the next call"},
    "cmd_help": {"fr": "l'aide", "es": "la ayuda", "pt": "a ajuda", "en": "help"},
    "cmd_start": {"fr": "présentation", "es": "presentación", "pt": "apresentação", "en": "introduction"},
    "arg_question": {"fr": "question", "es": "pregunta", "pt": "pergunta", "en": "question"},
    "arg_meeting": {"fr": "réunion", "es": "reunión", "pt": "reunião", "en": "meeting"},
    "arg_group": {"fr": "groupe ou type", "es": "grupo o tipo", "pt": "grupo ou tipo", "en": "group or kind"},
    "arg_filter": {"fr": "année, mois, groupe ou sujet", "es": "año, mes, grupo o tema",
                   "pt": "ano, mês, grupo ou tema", "en": "year, month, group or topic"},
    "arg_name": {"fr": "nom", "es": "nombre", "pt": "nome", "en": "name"},
    "ask_usage": {"fr": "Écrivez votre question après /ask, par exemple : /ask Résumé de la dernière réunion",
                  "es": "Escribe tu pregunta después de /ask, por ejemplo: /ask Resumen de la última reunión",
                  "pt": "Escreva sua pergunta depois de /ask, por exemplo: /ask Resumo da última reunião",
                  "en": "Write your question after /ask, for example: /ask Summary of the last meeting"},
    "language_chosen": {"fr": "D'accord, je vous réponds en français. Quelle est votre question ?",
                        "es": "De acuerdo, te respondo en español. ¿Cuál es tu pregunta?",
                        "pt": "Certo, vou responder em português. Qual é a sua pergunta?",
                        "en": "All right, I'll answer in English. What is your question?"},
    "unknown_command": {"fr": "Je ne connais pas cette commande. /help liste celles que je comprends.",
                        "es": "No conozco ese comando. /help enumera los que entiendo.",
                        "pt": "Não conheço esse comando. /help lista os que entendo.",
                        "en": "I don't know that command. /help lists the ones I understand."},
    "chair": {"fr": "{name} a présidé : {meeting}, {date}.",
              "es": "{name} presidió: {meeting}, {date}.",
              "pt": "{name} presidiu: {meeting}, {date}.",
              "en": "{name} chaired the {meeting}, {date}."},
    "agenda_reader": {"fr": "{name} a lu l'ordre du jour : {meeting}, {date}.",
                      "es": "{name} leyó el orden del día: {meeting}, {date}.",
                      "pt": "{name} leu a pauta: {meeting}, {date}.",
                      "en": "{name} read out the agenda of the {meeting}, {date}."},
    "no_agenda_reader": {"fr": "La transcription ne montre pas d'ordre du jour lu en séance : {meeting}, {date}.",
                         "es": "La transcripción no muestra un orden del día leído en la llamada: {meeting}, {date}.",
                         "pt": "A transcrição não mostra uma pauta lida na chamada: {meeting}, {date}.",
                         "en": "The transcript shows no agenda read out in the {meeting}, {date}."},
    "roll_call_reader": {"fr": "{name} a fait l'appel : {meeting}, {date}.",
                         "es": "{name} pasó lista: {meeting}, {date}.",
                         "pt": "{name} fez a chamada: {meeting}, {date}.",
                         "en": "{name} read the roll call of the {meeting}, {date}."},
    "no_roll_call_reader": {"fr": "La transcription n'a pas d'appel des présents : {meeting}, {date}.",
                            "es": "La transcripción no tiene lista de asistentes: {meeting}, {date}.",
                            "pt": "A transcrição não tem lista de presença: {meeting}, {date}.",
                            "en": "The transcript has no roll call: {meeting}, {date}."},
    "no_chair": {"fr": "La transcription ne dit pas clairement qui a présidé : {meeting}, {date}.",
                 "es": "La transcripción no deja claro quién presidió: {meeting}, {date}.",
                 "pt": "A transcrição não deixa claro quem presidiu: {meeting}, {date}.",
                 "en": "The transcript does not make clear who chaired the {meeting}, {date}."},
    "no_survey": {"fr": "Aucun questionnaire n'a été lu à la fin de : {meeting}, {date}.",
                  "es": "No se leyó ninguna encuesta al final de: {meeting}, {date}.",
                  "pt": "Nenhuma pesquisa foi lida no final de: {meeting}, {date}.",
                  "en": "No survey was read out at the end of the {meeting}, {date}."},
    "no_meeting": {"fr": "Je ne trouve pas cette réunion. /meetings liste celles que je connais.",
                   "es": "No encuentro esa reunión. /meetings enumera las que conozco.",
                   "pt": "Não encontro essa reunião. /meetings lista as que conheço.",
                   "en": "I can't find that meeting. /meetings lists the ones I know."},
    "no_group_meeting": {"fr": "Je n'ai aucune réunion de {group}. /meetings liste celles que je connais.",
                         "es": "No tengo ninguna reunión de {group}. /meetings enumera las que conozco.",
                         "pt": "Não tenho nenhuma reunião de {group}. /meetings lista as que conheço.",
                         "en": "I have no {group} meeting. /meetings lists the ones I know."},
    "meetings_none": {"fr": "Aucune réunion ne correspond à « {words} ». /meetings sans rien d'autre les liste toutes.",
                      "es": "Ninguna reunión corresponde a «{words}». /meetings solo las enumera todas.",
                      "pt": "Nenhuma reunião corresponde a «{words}». /meetings sozinho lista todas.",
                      "en": "No meeting matches “{words}”. /meetings alone lists them all."},
    "no_person": {"fr": "Je ne connais personne du nom de « {name} ». /participation sans nom donne tout le monde.",
                  "es": "No conozco a nadie llamado «{name}». /participation sin nombre da la lista completa.",
                  "pt": "Não conheço ninguém chamado «{name}». /participation sem nome dá a lista completa.",
                  "en": "I know no one called “{name}”. /participation without a name lists everyone."},
    "no_such_day": {"fr": "Le {when} n'existe pas. /meetings liste les réunions que je connais.",
                    "es": "El {when} no existe. /meetings enumera las reuniones que conozco.",
                    "pt": "{when} não existe. /meetings lista as reuniões que conheço.",
                    "en": "{when} does not exist. /meetings lists the meetings I know."},
    "elsewhere_group": {"fr": "Rien à ce sujet dans les réunions {group} ; dans d'autres réunions :",
                        "es": "Nada sobre eso en las reuniones de {group}; en otras reuniones:",
                        "pt": "Nada sobre isso nas reuniões de {group}; em outras reuniões:",
                        "en": "Nothing on that in the {group} meetings; in other meetings:"},
    "read_as": {"fr": "(« {typed} » lu comme « {read} »)", "es": "(«{typed}» leído como «{read}»)",
                "pt": "(«{typed}» lido como «{read}»)", "en": "(read «{typed}» as «{read}»)"},
    "elsewhere": {"fr": "Rien à ce sujet dans : {where} ; dans d'autres réunions :",
                  "es": "Nada sobre eso en: {where}; en otras reuniones:",
                  "pt": "Nada sobre isso em: {where}; em outras reuniões:",
                  "en": "Nothing on that in the {where}; in other meetings:"},
    "not_by": {"fr": "Je n'ai rien trouvé de {name} à ce sujet ; d'autres en ont parlé :",
               "es": "No encontré nada de {name} sobre eso; otros hablaron de ello:",
               "pt": "Não encontrei nada de {name} sobre isso; outros falaram disso:",
               "en": "I found nothing from {name} on that; others spoke of it:"},
    "unknown_by": {"fr": "Je ne connais personne qui s'appelle « {name} » ; d'autres en ont parlé :",
                   "es": "No conozco a nadie llamado «{name}»; otros hablaron de ello:",
                   "pt": "Não conheço ninguém chamado «{name}»; outros falaram disso:",
                   "en": "I know no one called “{name}”; others spoke of it:"},
    "closest_by": {"fr": "Rien de {name} sur exactement cela ; ce qui s'en approche le plus :",
                   "es": "Nada de {name} sobre exactamente eso; lo más cercano que dijo:",
                   "pt": "Nada de {name} sobre exatamente isso; o mais próximo que disse:",
                   "en": "Nothing from {name} on exactly that; the closest thing they said:"},
    "not_by_some": {"fr": "Je n'ai rien trouvé de {name} à ce sujet.", "es": "No encontré nada de {name} sobre eso.",
                    "pt": "Não encontrei nada de {name} sobre isso.", "en": "I found nothing from {name} on that."},
    "and": {"fr": "et", "es": "y", "pt": "e", "en": "and"},
    "no_speaker": {"fr": "Je ne connais personne qui s'appelle « {name} ».", "es": "No conozco a nadie llamado «{name}».",
                   "pt": "Não conheço ninguém chamado «{name}».", "en": "I know no one called “{name}”."},
    "next_none_like": {"fr": "Rien de tel n'est programmé ni annoncé.", "es": "No hay nada así programado ni anunciado.",
                       "pt": "Não há nada assim programado nem anunciado.",
                       "en": "Nothing like that is scheduled or announced."},
    # (then, when there is one, "the_next_event")
    "next_none_such": {"fr": "Rien de tel n'est programmé.", "es": "No hay nada así programado.",
                       "pt": "Não há nada assim programado.", "en": "Nothing like that is scheduled."},
    "next_none_then": {"fr": "Rien n'est programmé ni annoncé pour cette période.",
                       "es": "No hay nada programado ni anunciado para esas fechas.",
                       "pt": "Não há nada agendado nem anunciado para esse período.",
                       "en": "Nothing is scheduled or announced for then."},
    "the_next_event": {"fr": "Le prochain événement :", "es": "El próximo evento:", "pt": "O próximo evento:",
                       "en": "The next event:"},
    "next_scheduled": {"fr": "Prochain événement programmé :", "es": "Próximo evento programado:",
                       "pt": "Próximo evento agendado:", "en": "Next scheduled:"},
    # (announced with their dates, but not in the calendar: no reminder, not in /calendar)
    "next_announced_only": {"fr": "Annoncé dans les appels (pas encore dans le calendrier) :",
                            "es": "Anunciado en las llamadas (aún no en el calendario):",
                            "pt": "Anunciado nas chamadas (ainda não no calendário):",
                            "en": "Announced in calls (not in the calendar yet):"},
    "next_none": {"fr": "Aucun appel n'est encore programmé.", "es": "Todavía no hay ninguna llamada programada.",
                  "pt": "Ainda não há nenhuma chamada programada.", "en": "No call is scheduled yet."},
    "button_more": {"fr": "Plus de résultats", "es": "Más resultados", "pt": "Mais resultados", "en": "More results"},
    "button_context": {"fr": "Contexte", "es": "Contexto", "pt": "Contexto", "en": "Show context"},
    "button_source": {"fr": "Source", "es": "Fuente", "pt": "Fonte", "en": "Source"},
    "button_expired": {"fr": "Ce bouton n'est plus valable : posez la question à nouveau.",
                       "es": "Este botón ya no es válido: vuelve a hacer la pregunta.",
                       "pt": "Este botão não é mais válido: faça a pergunta de novo.",
                       "en": "This button is no longer valid: please ask again."},
    "no_such_button": {"fr": "Il n'y a pas de bouton {n} ici : tapez {choices}, ou posez une question.",
                       "es": "No hay botón {n} aquí: escribe {choices}, o haz una pregunta.",
                       "pt": "Não há botão {n} aqui: digite {choices}, ou faça uma pergunta.",
                       "en": "There is no button {n} here: type {choices}, or ask a question."},
    "no_buttons": {"fr": "Il n'y a pas de bouton ici : posez une question ou tapez /help.",
                   "es": "No hay botones aquí: haz una pregunta o escribe /help.",
                   "pt": "Não há botões aqui: faça uma pergunta ou digite /help.",
                   "en": "There are no buttons here: ask a question or type /help."},
    "no_more": {"fr": "Pas d'autres résultats.", "es": "No hay más resultados.", "pt": "Não há mais resultados.", "en": "No more results."},
    "context_header": {"fr": "Contexte — {meeting}, {date} :", "es": "Contexto — {meeting}, {date}:",
                       "pt": "Contexto — {meeting}, {date}:", "en": "Context — {meeting}, {date}:"},
    "source_caption": {"fr": "Transcription : {meeting}, {date}", "es": "Transcripción: {meeting}, {date}",
                       "pt": "Transcrição: {meeting}, {date}", "en": "Transcript: {meeting}, {date}"},
    "summary_header": {"fr": "{meeting}, {date}{time}", "es": "{meeting}, {date}{time}", "pt": "{meeting}, {date}{time}", "en": "{meeting}, {date}{time}"},
    "summary_counts": {"fr": "{present} présent(s), {apologies} excusé(s), {turns} interventions de {speakers} personnes.",
                       "es": "{present} presente(s), {apologies} disculpa(s), {turns} intervenciones de {speakers} personas.",
                       "pt": "{present} presente(s), {apologies} desculpa(s), {turns} intervenções de {speakers} pessoas.",
                       "en": "{present} present, {apologies} apologies, {turns} turns by {speakers} people."},
    "slow_down": {"fr": "Vous posez beaucoup de questions d'un coup : réessayez dans une minute.",
                  "es": "Estás haciendo muchas preguntas a la vez: vuelve a intentarlo en un minuto.",
                  "pt": "Você está fazendo muitas perguntas de uma vez: tente de novo em um minuto.",
                  "en": "That's a lot of questions at once: please try again in a minute."},
    "error": {"fr": "Désolé, quelque chose s'est mal passé. Réessayez un peu plus tard.",
              "es": "Lo siento, algo salió mal. Inténtalo de nuevo más tarde.",
              "pt": "Desculpe, algo deu errado. Tente de novo mais tarde.",
              "en": "Sorry, something went wrong. Please try again a little later."},
    # --- summaries ---------------------------------------------------------------------------
    "sum_attendance": {"fr": "Présents à l'appel : {present}{channels}. Arrivés ensuite : {later}. Excusés : {apologies}.",
                       "es": "Presentes al pasar lista: {present}{channels}. Llegaron después: {later}. Disculpas: {apologies}.",
                       "pt": "Presentes na chamada: {present}{channels}. Chegaram depois: {later}. Desculpas: {apologies}.",
                       "en": "Present at roll call: {present}{channels}. Joined later: {later}. Apologies: {apologies}."},
    "sum_none": {"fr": "aucun", "es": "ninguna", "pt": "nenhuma", "en": "none"},
    "sum_no_one": {"fr": "personne", "es": "nadie", "pt": "ninguém", "en": "no one"},
    "sum_agenda": {"fr": "Ordre du jour", "es": "Orden del día", "pt": "Pauta", "en": "Agenda"},
    "sum_highlights": {"fr": "Points saillants", "es": "Lo más destacado", "pt": "Destaques", "en": "Highlights"},
    "sum_questions": {"fr": "Questions", "es": "Preguntas", "pt": "Perguntas", "en": "Questions"},
    "sum_answered": {"fr": "réponse de {name}", "es": "respondió {name}", "pt": "respondeu {name}", "en": "answered by {name}"},
    "sum_deferred": {"fr": "{name} répondra plus tard (liste de diffusion)", "es": "{name} responderá más tarde (lista de correo)",
                     "pt": "{name} responderá depois (lista de e-mails)", "en": "{name} will answer later (mailing list)"},
    "sum_unanswered": {"fr": "sans réponse dans l'appel", "es": "sin respuesta en la llamada", "pt": "sem resposta na chamada",
                       "en": "not answered in the call"},
    "sum_commitments": {"fr": "Engagements", "es": "Compromisos", "pt": "Compromissos", "en": "Commitments"},
    "sum_dates": {"fr": "Dates et événements annoncés", "es": "Fechas y eventos anunciados", "pt": "Datas e eventos anunciados",
                  "en": "Dates and events mentioned"},
    "sum_week": {"fr": "semaine du {date}", "es": "semana del {date}", "pt": "semana de {date}", "en": "week of {date}"},
    "sum_month": {"fr": "{month} {year}", "es": "{month} de {year}", "pt": "{month} de {year}", "en": "{month} {year}"},
    "survey_header": {"fr": "Questions du sondage — {meeting}, {date} :", "es": "Preguntas de la encuesta — {meeting}, {date}:",
                      "pt": "Perguntas da pesquisa — {meeting}, {date}:", "en": "Survey questions — {meeting}, {date}:"},
    "sum_survey": {"fr": "Questions du sondage", "es": "Preguntas de la encuesta", "pt": "Perguntas da pesquisa",
                   "en": "Survey questions"},
    "sum_missing_agenda": {"fr": "Aucun ordre du jour n'a été lu.", "es": "No se leyó un orden del día.",
                           "pt": "Nenhuma pauta foi lida.", "en": "No agenda was read out."},
    "sum_apologies": {"fr": "Excusés : {apologies}.", "es": "Disculpas: {apologies}.", "pt": "Desculpas: {apologies}.",
                      "en": "Apologies: {apologies}."},
    "sum_missing_roll_call": {"fr": "Pas d'appel nominal dans la transcription.", "es": "La transcripción no tiene lista de asistencia.",
                              "pt": "A transcrição não tem chamada de presença.", "en": "The transcript has no roll call."},
    "sum_missing_speech": {"fr": "La transcription ne contient que des interventions d'interprètes ou d'opérateurs.",
                           "es": "La transcripción solo contiene intervenciones de intérpretes u operadores.",
                           "pt": "A transcrição só contém falas de intérpretes ou operadores.",
                           "en": "The transcript holds only interpreters' or operators' words."},
    "button_transcript": {"fr": "Transcription complète", "es": "Transcripción completa", "pt": "Transcrição completa",
                          "en": "Full transcript"},
}

STRINGS.update(EVENT_STRINGS)
STRINGS.update(INGEST_STRINGS)
STRINGS.update(QUESTION_STRINGS)
STRINGS.update(PEOPLE_STRINGS)
STRINGS.update(ROLE_STRINGS)

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


def date_span(start: str, end: str | None, lang: str) -> str:
    """ "3–4 December 2026", "30 November – 2 December 2026", "30 December 2026 – 2 January 2027";
    one day when there is no end."""
    first = dt.date.fromisoformat(start[:10])
    last = dt.date.fromisoformat(end[:10]) if end else first
    if last <= first:
        return date(start, lang)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{date(end, lang)}"
    if first.year == last.year:
        return f"{day_month(first.day, first.month, None, lang)} – {date(end, lang)}"
    return f"{date(start, lang)} – {date(end, lang)}"


def day_month(day: int, month: int, year: int | None, lang: str) -> str:
    """A day as written, which may not exist: (30, 2, None) -> "30 février" / "30 de febrero"."""
    name = MONTHS.get(lang, MONTHS["en"])[month - 1]
    return t(lang, "date", day=day, month=name, year=year) if year else t(lang, "day_month", day=day, month=name)


def weekday(number: int, lang: str) -> str:
    """0 -> "lundi" / "lunes" / "segunda-feira" / "Monday"."""
    return WEEKDAYS.get(lang, WEEKDAYS["en"])[number]


def meeting(group: str | None, kind: str, lang: str) -> str:
    """A meeting's name in the member's language: "appel mensuel de LACRALO"."""
    kind = kind if kind in ("monthly_call", "webinar") else "call"
    if not group:
        return t(lang, f"{kind}_plain")
    name = t(lang, kind, group=group)
    # French elides "de" before a vowel: "appel mensuel d'AFRALO", "webinaire d'At-Large".
    return name.replace(f" de {group}", f" d'{group}") if lang == "fr" and group[:1] in "AEIOUaeiouÉéÈè" else name


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES.get(lang, LANGUAGE_NAMES["en"]).get(code, code)


def size(n: int, lang: str) -> str:
    """A file's size in the member's units: "2,5 Mo", "2.5 MB"; below 0.1 MB in KB."""
    from knowledge.formats import file_size

    return file_size(n, "Mo", "Ko", ",") if lang == "fr" else file_size(n, point="," if lang in ("es", "pt") else ".")


def reason(code: str | None, lang: str, params: dict) -> str | None:
    """Why a transcript could not be read, in ``lang`` (None for a code without a translation)."""
    key = f"reason_{code}"
    if code is None or key not in STRINGS:
        return None
    if code == "too_large":         # (bytes, said in the member's units)
        params = {**params, "size": size(params["size"], lang), "limit": size(params["limit"], lang)}
    try:
        return t(lang, key, **params)
    except KeyError:
        return None
