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
    "arg_name": {"fr": "nom", "es": "nombre", "pt": "nome", "en": "name"},
    "ask_usage": {"fr": "Écrivez votre question après /ask, par exemple : /ask Quand aura lieu l'événement à Montevideo ?",
                  "es": "Escribe tu pregunta después de /ask, por ejemplo: /ask ¿Cuándo es el evento en Montevideo?",
                  "pt": "Escreva sua pergunta depois de /ask, por exemplo: /ask Quando será o evento em Montevidéu?",
                  "en": "Write your question after /ask, for example: /ask When is the event in Montevideo?"},
    "unknown_command": {"fr": "Je ne connais pas cette commande. /help liste celles que je comprends.",
                        "es": "No conozco ese comando. /help enumera los que entiendo.",
                        "pt": "Não conheço esse comando. /help lista os que entendo.",
                        "en": "I don't know that command. /help lists the ones I understand."},
    "no_meeting": {"fr": "Je ne trouve pas cette réunion. /meetings liste celles que je connais.",
                   "es": "No encuentro esa reunión. /meetings enumera las que conozco.",
                   "pt": "Não encontro essa reunião. /meetings lista as que conheço.",
                   "en": "I can't find that meeting. /meetings lists the ones I know."},
    "next_none": {"fr": "Aucun appel n'est encore programmé.", "es": "Todavía no hay ninguna llamada programada.",
                  "pt": "Ainda não há nenhuma chamada programada.", "en": "No call is scheduled yet."},
    "button_more": {"fr": "Plus de résultats", "es": "Más resultados", "pt": "Mais resultados", "en": "More results"},
    "button_context": {"fr": "Contexte", "es": "Contexto", "pt": "Contexto", "en": "Show context"},
    "button_source": {"fr": "Source", "es": "Fuente", "pt": "Fonte", "en": "Source"},
    "button_expired": {"fr": "Ce bouton n'est plus valable : posez la question à nouveau.",
                       "es": "Este botón ya no es válido: vuelve a hacer la pregunta.",
                       "pt": "Este botão não é mais válido: faça a pergunta de novo.",
                       "en": "This button is no longer valid: please ask again."},
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
    "upload_not_admin": {"fr": "Merci ! Seuls les administrateurs peuvent m'envoyer des transcriptions.",
                         "es": "¡Gracias! Solo los administradores pueden enviarme transcripciones.",
                         "pt": "Obrigado! Só os administradores podem me enviar transcrições.",
                         "en": "Thanks! Only admins can send me transcripts."},
    "upload_too_large": {"fr": "Ce fichier est trop gros ({size} Mo ; limite {limit} Mo).",
                         "es": "Este archivo es demasiado grande ({size} MB; límite {limit} MB).",
                         "pt": "Este arquivo é grande demais ({size} MB; limite {limit} MB).",
                         "en": "This file is too large ({size} MB; the limit is {limit} MB)."},
    "upload_unsupported": {"fr": "Je lis les transcriptions en txt, pdf, docx, vtt ou srt, pas « {name} ».",
                           "es": "Leo transcripciones en txt, pdf, docx, vtt o srt, no «{name}».",
                           "pt": "Leio transcrições em txt, pdf, docx, vtt ou srt, não «{name}».",
                           "en": "I read transcripts in txt, pdf, docx, vtt or srt, not “{name}”."},
    "upload_working": {"fr": "Je lis « {name} »…", "es": "Estoy leyendo «{name}»…", "pt": "Estou lendo «{name}»…",
                       "en": "Reading “{name}”…"},
    "upload_failed": {"fr": "Je n'ai pas pu lire « {name} » : {reason}", "es": "No pude leer «{name}»: {reason}",
                      "pt": "Não consegui ler «{name}»: {reason}", "en": "I couldn't read “{name}”: {reason}"},
    "upload_unchanged": {"fr": "Je connaissais déjà ce fichier : {meeting}, {date}.",
                         "es": "Ya conocía este archivo: {meeting}, {date}.",
                         "pt": "Já conhecia este arquivo: {meeting}, {date}.",
                         "en": "I already had this file: {meeting}, {date}."},
    "upload_done": {"fr": "Compris : {meeting}, {date}{time}. {turns} interventions, {speakers} intervenants, {present} présents à l'appel, {apologies} excusés, {agenda} points à l'ordre du jour.",
                    "es": "Entendido: {meeting}, {date}{time}. {turns} intervenciones, {speakers} oradores, {present} presentes al pasar lista, {apologies} disculpas, {agenda} puntos en el orden del día.",
                    "pt": "Entendido: {meeting}, {date}{time}. {turns} intervenções, {speakers} oradores, {present} presentes na chamada, {apologies} desculpas, {agenda} pontos na pauta.",
                    "en": "Understood: {meeting}, {date}{time}. {turns} turns, {speakers} speakers, {present} present at roll call, {apologies} apologies, {agenda} agenda items."},
    "upload_replaced": {"fr": "(Cette version remplace la précédente.)", "es": "(Esta versión reemplaza a la anterior.)",
                        "pt": "(Esta versão substitui a anterior.)", "en": "(This version replaces the previous one.)"},
    # --- why a transcript could not be read (TranscriptError.code) ---------------------------
    "reason_not_found": {"fr": "fichier introuvable.", "es": "no encuentro el archivo.", "pt": "arquivo não encontrado.", "en": "file not found."},
    "reason_empty": {"fr": "le fichier est vide.", "es": "el archivo está vacío.", "pt": "o arquivo está vazio.", "en": "the file is empty."},
    "reason_unreadable": {"fr": "fichier illisible.", "es": "archivo ilegible.", "pt": "arquivo ilegível.", "en": "the file cannot be read."},
    "reason_too_large": {"fr": "fichier trop gros ({size} Mo ; limite {limit} Mo).", "es": "archivo demasiado grande ({size} MB; límite {limit} MB).",
                         "pt": "arquivo grande demais ({size} MB; limite {limit} MB).", "en": "the file is too large ({size} MB; the limit is {limit} MB)."},
    "reason_binary": {"fr": "ce n'est pas du texte (est-ce bien une transcription ?).", "es": "no es texto (¿es una transcripción?).",
                      "pt": "não é texto (é mesmo uma transcrição?).", "en": "binary file, not text (is it a transcript?)."},
    "reason_pdf_encrypted": {"fr": "le PDF est protégé par un mot de passe.", "es": "el PDF está protegido con contraseña.",
                             "pt": "o PDF está protegido por senha.", "en": "the PDF is password-protected."},
    "reason_pdf_no_text": {"fr": "le PDF n'a pas de couche texte (un scan ?) : passez-le à l'OCR ou envoyez le texte.",
                           "es": "el PDF no tiene capa de texto (¿un escaneo?): pásalo por OCR o envía el texto.",
                           "pt": "o PDF não tem camada de texto (um scan?): passe por OCR ou envie o texto.",
                           "en": "the PDF has no text layer (a scan?): run OCR on it or send the text."},
    "reason_damaged": {"fr": "le fichier est endommagé ou tronqué.", "es": "el archivo está dañado o incompleto.",
                       "pt": "o arquivo está danificado ou truncado.", "en": "the file is damaged or truncated."},
    "reason_malformed_captions": {"fr": "les sous-titres sont mal formés.", "es": "los subtítulos están mal formados.",
                                  "pt": "as legendas estão malformadas.", "en": "the captions are malformed."},
    "reason_no_labels": {"fr": "je n'y trouve pas de noms d'intervenants (des lignes comme « JEAN DUPONT : … »).",
                         "es": "no encuentro nombres de oradores (líneas como «JUAN PÉREZ: …»).",
                         "pt": "não encontro nomes de oradores (linhas como «JOÃO SILVA: …»).",
                         "en": "I find no speaker names in it (lines such as “JANE DOE: …”)."},
    "reason_no_date": {"fr": "je n'y trouve pas la date de la réunion (ni dans le nom du fichier).",
                       "es": "no encuentro la fecha de la reunión (ni en el nombre del archivo).",
                       "pt": "não encontro a data da reunião (nem no nome do arquivo).",
                       "en": "I find no meeting date in it (nor in the file name)."},
    "reason_unsupported": {"fr": "ce type de fichier n'est pas pris en charge.", "es": "ese tipo de archivo no es compatible.",
                           "pt": "esse tipo de arquivo não é suportado.", "en": "that type of file is not supported."},
    "reason_unexpected": {"fr": "une erreur inattendue (elle est dans le journal).", "es": "un error inesperado (está en el registro).",
                          "pt": "um erro inesperado (está no registro).", "en": "an unexpected error (it is in the log)."},
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


def reason(code: str | None, lang: str, params: dict) -> str | None:
    """Why a transcript could not be read, in ``lang`` (None for a code without a translation)."""
    key = f"reason_{code}"
    if code is None or key not in STRINGS:
        return None
    try:
        return t(lang, key, **params)
    except KeyError:
        return None
