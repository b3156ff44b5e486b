"""The words transcripts use, per language (fr, es, pt, en).

Every cue the parser looks for lives here, so that supporting another language means
adding entries to these tables, not editing the parser. Patterns are matched against
accent-folded, lower-cased text (see ``text.fold``) unless their name says otherwise.
Months, weekdays and times are in ``lexicon_dates``; the vocabulary of calls being run in
``lexicon_speech``; chat openers, thanks and greetings in ``lexicon_chat``; how members ask in
``lexicon_questions``.
"""
from __future__ import annotations

from knowledge.lexicon_dates import UTC_OFFSET

LANGUAGES = ("fr", "es", "pt", "en")

# Short, distinctive function words used to tell the four languages apart on long text.
STOPWORDS = {
    "fr": "le la les des et est que qui dans pour pas nous vous une sur avec ce cette sont au aux du "
          "il elle je ne se leur tres mais aussi donc".split(),
    "es": "el la los las y es que en para no nosotros una con este esta son del al lo por muy pero "
          "como hay tenemos usted ustedes tambien".split(),
    "pt": "o a os as e que em para nao nos uma com este esta sao do da dos das ao no na pelo muito "
          "mas como temos voce voces tambem".split(),
    "en": "the and is that in for not we you a with this are of to it be on have will our "
          "there they which also".split(),
}

# Words that give away a short question's language (folded), on top of STOPWORDS.
QUESTION_CUES = {
    "fr": "quand quel quelle quels quelles qui ou comment pourquoi combien est ce qu etait sont aura "
          "reunion appel le les des du au aux la en taux sur avec par dans pour parle dit on peut".split(),
    "es": "cuando cual cuales quien quienes donde como por que cuantos cuantas fue era sera reunion "
          "llamada el los las del la en sobre con participacion dijo dijeron hablo estuvo falto".split(),
    "pt": "quando qual quais quem onde como porque quantos quantas foi era sera reuniao chamada o os "
          "do da dos das no na em sobre com participacao disse falou esteve estava faltou".split(),
    "en": "when what which who whom where how why many much was were will did does meeting call the "
          "of".split(),
}
# Words of short questions that tell their language (folded), with the months: "resume de la
# derniere reunion" is French, "tem algo sobre bogota?" Portuguese.
for _lang, _words in {
    "fr": "derniere dernier prochaine prochain resume mois semaine mentionne fois ont etaient lors sondage "
          "a puis peux pouvons assiduite "
          "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "es": "a ultima ultimo ultimos proxima proximo proximos proximas resumen mes semana menciono veces hubo hay algo alguna algun "
          "puedo puede podemos asistencia "
          "mas falto participo asistio asistieron disculpo disculparon excuso llego pregunto preguntaron preguntas respondio hacer hizo hicieron comprometio comprometieron "
          "prometio prometieron presento presentaron "
          # (a speaker's past typed without its accent: "que comento beatriz", where Portuguese says "comentou")
          "comento informo aclaro opino explico apoyo rechazo aprobo agrego senalo destaco sugirio pidio coordino "
          "hablaron grabado grabada grabacion "
          "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "ultima ultimo ultimos proxima proximo proximos proximas resumo mes semana mencionou vezes teve tem houve algo alguma "
          "posso pode podemos presenca assiduidade "
          "alguem mais faltou participou assistiu desculpou desculpas chegou atrasado atrasada perguntou perguntaram perguntas respondeu fazer fez fizeram lhe comprometeu "
          "comprometeram prometeu prometeram apresentou apresentaram gravado gravada gravacao janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "en": "last next summary month week mentioned times there any anything something about can could "
          "attendance attendees speakers chaired "
          "january february march april may june july august september october november december",
}.items():
    QUESTION_CUES[_lang] = QUESTION_CUES[_lang] + _words.split()
# The words of what members ask about, for keyword questions that hold no other cue ("plazo
# comentarios abuso dns", "prazo abuso dns", "la reunion de cancun se cancela?"); "se" is
# Spanish as much as French ("que se quejo alberto soto").
for _lang, _words in {
    "fr": "delai date limite evenement enquete atelier ateliers bourse bourses commentaires annule annulee "
          "reponse repondu plainte plaint propose offert annonce ils elles seront",
    "es": "se plazo fecha evento encuesta taller talleres beca becas comentarios cancela cancelo cancelada "
          "cancelado respuesta respondieron queja quejo propuso ofrecio anuncio",
    "pt": "prazo evento pesquisa oficina oficinas bolsa bolsas comentarios cancela cancelou cancelada "
          "cancelado resposta responderam queixa queixou propos ofereceu anunciou",
    "en": "deadline date event survey workshop workshops funding comments cancelled canceled answer "
          "answered complain complained proposed offered announced",
}.items():
    QUESTION_CUES[_lang] = QUESTION_CUES[_lang] + _words.split()
# How words end in one language only (folded; a word of at least two more letters, and not a cue),
# with the weight of the evidence: the past tense of a verb typed without its accent ("ofrecio",
# "hablaron" are Spanish; "falou", "respondeu", "fizeram" Portuguese; "approved" English), "-cion"
# and "-cao"; a letter typed without its mark where the other languages spell the sound otherwise
# (Portuguese "mudanca", "presenca" for -ança/-ença, Spanish -anza; "amanha", "trabalho" for the
# Spanish ñ and ll); "-miento" (Portuguese "-mento"), "-eur" (Spanish and Portuguese "-or"; but see ENDING_AFTER).
LANGUAGE_ENDINGS = {
    "es": (("ciones", 1), ("cion", 1), ("aron", 1), ("ieron", 1), ("dad", 1), ("iendo", 1),
           ("anza", 1), ("anzas", 1), ("miento", 1), ("mientos", 1),
           ("rio", 0), ("io", 0.5)),        # (not "-rio": "horario", "comentario" are both es and pt)
    "pt": (("coes", 1), ("cao", 1), ("sao", 1), ("aram", 1), ("eram", 1), ("iram", 1),
           ("dade", 1), ("ou", 1), ("eu", 0.5), ("iu", 1),
           ("anca", 1), ("ancas", 1), ("enca", 1), ("encas", 1),
           ("nha", 1), ("nhas", 1), ("nho", 1), ("nhos", 1), ("lha", 1), ("lhas", 1), ("lho", 1), ("lhos", 1)),
    "fr": (("aient", 1), ("ait", 1), ("eux", 1), ("eaux", 1), ("eau", 1), ("eur", 1), ("eurs", 1)),
    "en": (("ing", 1), ("ly", 1), ("ed", 1), ("ious", 1), ("eous", 1), ("uous", 1), ("ness", 1),
           ("ship", 1), ("ships", 1)),
}
# Endings another language also writes in short words tell theirs after this many letters alone (Spanish
# "blanca", "franca", "banca" end in -anca: "casa blanca reunion" is no Portuguese; "mudanca" is).
ENDING_AFTER = {"anca": 3, "ancas": 3}
# English words written as French writes them (-eur), which tell no language by their ending ("amateur radio?").
ENGLISH_AS_FRENCH = frozenset("""amateur amateurs entrepreneur entrepreneurs chauffeur chauffeurs connoisseur
    saboteur saboteurs liqueur grandeur masseur provocateur""".split())
# Words of the glossary (knowledge/glossary.py) that it gives in one language only but another of
# ours writes alike, folded (English and French "session", "information", "place"; Spanish and
# Portuguese "centro", "jornada"; "webinar" in all four): they tell no language of a question.
GLOSSARY_SHARED = frozenset("""
    americana americano line mails plano equipe filme minuta pauta vaga nova teste
    centro personal plaza reto tasa aporte festeja festejo vinculo nombre nombres jornada alcance reporte
    administration information formation declaration conservation diffusion distance expose centre personnel
    premier premiere passe argent lieu apport approbation attenuation acceptation chili
    abuse case cases chair charge machine media place rate session social support venue latin input webinar
""".split())
# Letters that only some of our languages write.
LANGUAGE_LETTERS = {"es": "ñ¿¡", "pt": "ãõ", "fr": "èëîïûùœ"}

# Language names as said in each language, folded; used for interpretation channels.
LANGUAGE_NAMES = {
    "es": "espagnol espanol spanish espanhol castellano".split(),
    "en": "anglais ingles english".split(),
    "pt": "portugais portugues portuguese".split(),
    "fr": "francais frances french".split(),
}
# Every word above, whichever language it names.
LANGUAGE_WORDS = frozenset(w for names in LANGUAGE_NAMES.values() for w in names)

# --- Cleaning ---------------------------------------------------------------------------------

# The transcription disclaimer repeated on every page of a published transcript: from its
# first words to its last (matched on the raw text, case-insensitive, across line breaks).
DISCLAIMER_START = (r"(?:remarque|nota|note|observa[cç][aã]o)\s*:\s*"
                    r"(?:le\s+pr[ée]sent\s+document|el\s+presente\s+documento|the\s+following\s+is\s+the\s+output|"
                    r"o\s+conte[uú]do\s+deste\s+documento|o\s+presente\s+documento)")
DISCLAIMER_END = (r"(?:faisant\s+autorit[ée]|registro\s+autoritativo|registro\s+oficial|authoritative\s+record|"
                  r"registro\s+autorizado)\.?")

END_MARKERS = (r"fin de la transcription|fin de la transcripci[oó]n|end of (?:the )?transcript(?:ion)?|"
               r"fim da transcri[cç][aã]o")

# Bracketed markers of what the transcriber could not render; kept as markers, not words.
# What was lost ("[inaudible]", "[coupure audio]"): a question cut by one may be asked again.
LOST_MARKERS = ("inaudible|inaudível|inaudivel|ininteligible|inintelligible|unintelligible|indistinct|"
                "coupure audio|coupure|audio entrecortado|audio interrumpido|corte de audio|audio cuts out|"
                "audio cut|áudio cortado|audio cortado|crosstalk|diafonía|diafonia")
MARKERS = (LOST_MARKERS + "|rires|risas|laughter|"
           "risos|silence|silencio|silêncio|pause|pausa|bruit|ruido|ruído|noise|applause|applaudissements|"
           "aplausos")

# --- Speakers ---------------------------------------------------------------------------------

INTERPRETER_LABEL = r"\binterpret"                 # interprete, interprète, interpreter, intérpretes
OPERATOR_LABEL = r"\b(?:operat(?:or|eur|rice)|operador(?:a)?)\b"
UNIDENTIFIED_LABEL = (r"\b(?:unidentified|unknown|non identifi|no identificad|nao identificad|"
                      r"desconocid|desconhecid|inconnu)|^(?:speaker|participant|participante|orador|oradora|"
                      r"intervenant|intervenante|locuteur|hablante)(?: \d+| [a-z])?$|"
                      r"^(?:male|female|man|woman) (?:speaker|voice)$|^(?:voz|voix) (?:femenina|masculina|feminina|"
                      r"feminine|masculine|d homme|de femme)$|^(?:several|multiple|many) (?:voices|speakers)$|"
                      r"^(?:varias|multiples) voces$|^(?:varias|multiplas) vozes$|^plusieurs voix$|"
                      r"^(?:all|todos|todas|tous|toutes|audience|public|publico|audiencia)$")

# Lines that look like labels but are headings or notes, never speakers (folded).
NOT_LABELS = frozenset("""note nota remarque observacao obs url http https www agenda ok ps nb fyi re objet
    asunto assunto subject date fecha data time heure hora summary resume resumen resumo attendees
    participants apologies excuses staff presentation presentacion apresentacao decision decisions
    decisao decisiones decisoes topic topics tema temas sujet theme transcript transcription transcripcion
    transcricao survey encuesta pesquisa sondage questions preguntas perguntas q&a""".split()) | frozenset((
    "roll call", "pase de lista", "lista de presentes", "appel nominal", "chamada nominal", "closing survey",
    "questions and answers", "preguntas y respuestas", "perguntas e respostas", "questions et reponses",
    "questions reponses", "q a", "any other business", "otros asuntos", "divers", "outcome", "outcomes",
    "resolution", "resolucion", "resolucao", "acuerdos", "acuerdo", "acordos", "action", "actions", "accion", "acao",
    "question from the chat", "questions from the chat", "pregunta del chat", "preguntas del chat",
    "pergunta do chat", "perguntas do chat", "question du chat", "questions du chat", "present", "presents",
    "presentes", "participantes", "disculpas", "desculpas", "regrets", "absent", "absents", "ausentes",
    "action items", "action item", "next steps", "ordre du jour", "orden del dia", "ordem do dia",
    "points d action", "acciones", "proximos pasos", "proximos passos"))
# Titles before a name in a label or the roll call ("DR. OMAR HADDAD"): not part of the name.
TITLES = r"(?:dr|dra|prof|mr|mrs|ms|mme|mlle|m|sr|sra|srta|hon|sir)\.?"

# Lower-case name particles (kept lower-case in display names).
# Roles written in a speaker label beside the name (folded): "CHAIR – TOM BAKER:", "OPERADORA –
# MARÍA JOSÉ DE LA TORRE:", "TOM BAKER (CHAIR):", "DR. OMAR HADDAD, ALAC CHAIR:".
LABEL_ROLES = frozenset("""chair chairs co-chair cochair vice-chair vicechair chairman chairwoman chairperson president
    presidente presidenta vice-president vice-presidente vicepresidente vicepresidenta moderator moderadora moderador
    moderateur moderatrice secretary secretaria secretario secretaire staff host hote anfitrion anfitriona facilitator
    facilitadora facilitador rapporteur relatora relator coordinator coordinadora coordinador coordenadora coordenador
    coordinateur coordinatrice operator operadora operador operateur operatrice panelist panelista ponente orador
    oradora presenter presentador presentadora apresentador apresentadora presentateur presentatrice guest invitado
    invitada invite invitee convidado convidada personal pessoal personnel vice incoming outgoing former acting interim
    member miembro membro membre liaison enlace secretariat secretaria secretariado org board
    deputy alac icann gnso ccnso ssac rssac rzerc gac aso iana pti isoc ietf iab lacnic afrinic arin ripe apnic""".split())
NAME_PARTICLES = frozenset("de del della di da das do dos du la las le los van von der den ter ten y e".split())
# …and those that join a name read out in a roll call without being written in lower case by us
# ("Sami ben Ali", "Ahmad bin Yusuf"; "JOHN BEN SMITH" is John Ben Smith).
NAME_JOINERS = NAME_PARTICLES | frozenset("bin ben ibn bint".split())

# Capitalised words that start sentences or name things, never people.
NOT_NAMES = frozenset("""
    sur sous nous vous il elle ils on et du des de la le les nos notre mon ma je en un une ce cette
    bienvenue bonjour bonsoir merci apres ensuite puis aujourd hui sinon alors bien oui non
    en el los las nuestros nuestras nuestro tenemos hemos del al y es hoy luego despues gracias hola
    buenas bienvenidos a continuacion tambien por con
    on the we our from and of today there welcome hello thank thanks then next also staff
    no na nos nossos nossas temos recebemos da do e o os as hoje obrigado obrigada bem vindos
    depois em seguida tambem ola boa
    icann alac lacralo afralo apralo euralo naralo ralo utc gac gnso ccnso ssac isoc at large zoom
    canal channel personnel personal equipe interpretes interpretes interpreters interprete
    moi meme myself misma mismo mesma mesmo yo eu si oui yes sim ok okay vale bueno
""".split()) | LANGUAGE_WORDS

# --- Opening: date, group, kind ---------------------------------------------------------------

# Candidate date phrases on the raw text (case-insensitive); dateparser checks them.
DATE_PHRASES = (
    # 20 juin 2016, 1º de julio de 2016, 20th of June 2016, 17 de fevereiro de 2020
    r"\b(?:\d{1,2}(?:er|\.?º|\.?°|\.?ª|o|ro|st|nd|rd|th)?|primero|primeiro)\s+(?:de\s+|of\s+)?[a-zà-ÿç]{3,10}\.?,?\s+"
    r"(?:de\s+|del\s+)?\d{4}\b",      # (and "1ro", "1.º", "primero de septiembre de 2026")
    r"\b[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b",                 # June 20, 2016
    r"\b\d{4}-\d{2}-\d{2}\b",                                                  # 2016-06-20
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b",                                          # 20/06/2016, 20.06.2016
    r"\b\d{1,2}-\d{1,2}-\d{4}\b|\b\d{4}/\d{1,2}/\d{1,2}\b",                          # 20-06-2016, 2016/06/20
    r"(?<![\d/])\d{1,2}/\d{1,2}/\d{2}(?![\d/])",                                   # 20/6/16
)
# "23 h UTC", "23:00 UTC", "23h00 UTC", "14.00 UTC", "19:00 (UTC)", "23:00 horas UTC", "1900 UTC", "a las 23 UTC".
# A UTC offset after it: "16:00 UTC-3" (lexicon_dates.UTC_OFFSET, the last group).
UTC_TIME = (r"(?<![\d.:])\b([01]?\d|2[0-3])(?:\s*(?:h|:|\.(?=[0-5]\d))\s*([0-5]\d)?|([0-5]\d))?\s*(?:horas?|heures?|hrs?\.?|hs\.?|h)?"
            r"\s*\(?\s*(?:UTC|GMT|UCT|(?-i:TU)|(?<=\d)(?-i:Z))\b" + UTC_OFFSET)   # ("23 hs. UTC", "14 h 00 TU", "14:00Z"; not "tu")
UTC_TIME_12H = r"(?<![\d.:])\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s*m\.?\s*,?\s*\(?\s*(?:UTC|GMT)\b" + UTC_OFFSET
# Numeric dates are day first unless a language says otherwise (20/06/2016).
NUMERIC_DATE_ORDER = {"fr": "DMY", "es": "DMY", "pt": "DMY", "en": "DMY"}

# Groups named in the opening (raw text): a regional group (…RALO) wins over ALAC or At-Large.
GROUP_PATTERN = r"\b(?:[A-Z]{2,}RALO|ALAC|At-Large)\b"
# The regional groups, as members type them in questions (folded, any case): one with no
# meeting in the archive is named, not ignored ("how many calls did EURALO have?").
REGIONAL_GROUPS = frozenset("afralo apralo euralo lacralo naralo".split())

# The kind of meeting, from the welcome sentence (folded).
KINDS = (
    ("webinar", r"\b(?:webinaire|webinar|webinario|webinario|seminario web|seminaire web)\b"),
    ("monthly_call", r"\b(?:mensuel(?:le)?|monthly|mensual|mensal)\b"),
)

# --- Roll call (folded text) ------------------------------------------------------------------

ROLL_CALL = {
    "present": r"\b(?:sur (?:cet|l) ?appel|sur la ligne|on (?:the|today s|this) call|en (?:la|esta) llamada|"
               r"na chamada|nesta chamada|canal|channel|sur le (?:%s)|"
               r"attending the call(?: today)? (?:we have|are)|joining us today (?:we have|are))\b",
    # ("Se han excusado X y Y", "X et Y se sont excusés", "Justificaram a ausência…", "sent their
    # regrets"; not "je m'excuse", "me excuso", "was excused from presenting", "en ausencia de X")
    "apology": r"\b(?:excuses|excusas|disculpas|apolog\w*|desculpas|justificativas|ausencias|justific\w* (?:a |su |sua )?ausencia|"
               r"(?:sent|send|sends) (?:his |her |their )?regrets|se (?:han|ha) excusado|se excusaron|s est excusee?)\b",
    "staff": r"\b(?:personnel|personal|staff|equipe|funcionarios|pessoal)\b",
    # "Our interpreters are…", "Interpretation in French is provided by Sabine", "La interpretación al
    # inglés está a cargo de Laura", "A interpretação para o português é feita por Bettina"
    "interpreter": r"\binterpret(?:e|es|er|ers)\b|\binterpreta(?:tion|cion|cao)\b(?:\s+\w+){0,6}?\s+(?:by|par|por|cargo de)\b",
}
# A list read out under a heading (raw text): "Participants: A, B", "In attendance: …", "Excused: …".
ROLL_CALL_HEADINGS = {
    "present": r"^\s*(?:participants|participantes|attendees|asistentes|presentes|présents|present|in attendance|"
               r"roll call|lista de asistencia|lista de presença)\s*:",
    "apology": r"^\s*(?:excused|regrets|apologies|excusés|excusas|disculpas|desculpas|ausentes)\s*:",
}
# What starts a sentence whose names come before its cue ("We have Tom Baker and Jane Doe on the call").
NAMES_FIRST = (r"^\W*(?:(?:and|et|y|e|but|mais|pero|mas|unfortunately|malheureusement|lamentablemente|infelizmente|also|"
               r"aussi|también|também)\W+)*")
# …those present, only after "we have": not "Carlos Mendes will join us later on the call".
HAVE_FIRST = r"^\W*(?:we have|nous avons|tenemos(?: a)?|temos)\s+"
# Apologies announced later in the call: only as received, from someone ("we have also received
# apologies from Ana Silva", "nous avons aussi reçu les excuses de…"; folded). "Apologies from me",
# "mil disculpas de mi parte, Bruno" or "toutes mes excuses de vous avoir interrompu" are none.
LATE_APOLOGY = (r"\b(?:received|receive|recibido|recibimos|recibi|recebemos|recebido|recebi|recu|recues|recus)\b"
                r"(?:\s+\w+){0,4}?\s+(?:excuses|excusas|disculpas|apologies|desculpas|justificativas)\s+"
                r"(?:de la part |de parte )?(?:de|d|del|des|du|from|of|da|do|das|dos)\b")
# …or as sent, by someone named before ("Je vois que Maritza Aguero a envoyé ses excuses", "j'excuse
# Rodrigo de La Parra, qui envoie ses excuses", "Ana Silva sent her apologies"; folded). Only a third
# person's: "je vous envoie mes excuses" is someone apologising. A name after it, with "the same",
# sent some too ("…, Alejandro Pisanty même chose").
SENT_APOLOGY = (r"\b(?:envoye|envoyee|envoie|envoient|sent|sends|envio|enviaron|envia|envian|enviado|enviada|enviou|"
                r"enviaram|mando|mandaron|mandado|mandou|mandaram|presento|presentaron|presentado)\s+(?:ses|leurs|his|her|their|sus|suas|seus|"
                r"las|as)\s+(?:excuses|apologies|disculpas|excusas|desculpas|justificativas)\b")
SAME_AGAIN = (r"^\s*,\s*((?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s+(?:même chose|de même|aussi|également|"
              r"likewise|too|as well|también|lo mismo|igualmente|também|o mesmo)\s*(?:[.;!]|$)")   # raw text
# Sentence openers a capital can glue to a name ("Mais Hugo Reis a envoyé…", "Unfortunately Nadine…").
OPENERS = frozenset("""mais pero but and et y e also aussi tambien tambem today hoy hoje yes oui si sim so alors
    entonces entao unfortunately malheureusement lamentablemente infelizmente desafortunadamente well bueno bom
    in en em dans""".split())
NEGATIVE = r"\b(?:personne|aucun|nadie|ninguno|no one|nobody|no participants|ninguem|nenhum)\b"
SELF_REFERENCE = r"\b(?:moi meme|moi|myself|yo misma|yo mismo|mi persona|eu mesma|eu mesmo)\b"
# Words after which a staff or interpreter sentence stops naming people.
LIST_STOPS = r"\b(?:comme|as|como|pour|para|for|on|sur|en|em|a cargo|et je|and i|y yo|e eu)\b"

# --- Agenda (folded text) ---------------------------------------------------------------------

AGENDA_CUE = r"\b(?:ordre du jour|orden del dia|agenda|pauta|ordem do dia)\b"
# Words that open the next agenda item, as written (accents kept; folded for matching).
SEQUENCE_WORDS = (
    "ensuite", "puis", "après cela", "après", "enfin", "finalement", "premièrement", "d'abord", "tout d'abord",
    "en premier lieu", "pour terminer", "pour finir",
    "luego", "después", "a continuación", "seguidamente", "posteriormente", "primero", "en primer lugar",
    "por último", "para terminar", "para finalizar",
    "then", "next", "after that", "afterwards", "first", "firstly", "finally", "lastly", "last",
    "em seguida", "depois", "logo", "primeiro", "em primeiro lugar", "por fim", "a seguir",
)
# Counted, in an agenda read out: "First, …. Second, …. Third, …" (not "segundo o relatório":
# "according to"; a member's "Second, …" is no chair's move).
COUNTED_SEQUENCE_WORDS = (
    "deuxièmement", "troisièmement", "quatrièmement", "en deuxième lieu", "en troisième lieu",
    "tercero", "en segundo lugar", "en tercer lugar", "second", "secondly", "third", "thirdly", "fourth",
    "fourthly", "fifth", "terceiro", "em segundo lugar", "em terceiro lugar",
)
# The ones that also join two items in one sentence: "…de LACRALO, et ensuite … les divers."
JOINING_SEQUENCE_WORDS = ("ensuite", "puis", "enfin", "then", "finally", "luego", "después", "finalmente",
                          "depois", "em seguida", "por fim", "por último")
CONJUNCTIONS = ("et", "y", "and", "e")
ALSO_START = (r"^(?:nous avons (?:egalement|aussi)|nous aurons (?:egalement|aussi)|"
              r"tambien (?:tenemos|tendremos)|tenemos tambien|tendremos tambien|"
              r"we (?:will )?also have|we ll also have|there will also be|"
              r"tambem (?:temos|teremos)|temos tambem|teremos tambem)\b")
START_CUE = r"(?:commenc|start|begin|comenz|empez|comec|inici|primer|premi|first)"
# A sentence that only adds to the previous item ("Ce point sera modéré par…", "Ce sera moi…").
CONTINUATION = (r"^(?:ce point|cet element|ce sera|c est|il s agit|ce questionnaire|donc|"
                r"este punto|sera|es |esto|se trata|"
                r"this item|this will|it will|it is|this is|that will|"
                r"este ponto|isso|sera|e |trata se)")
HANDOVER = (r"(?:\bla parole\b|allez y|the floor|over to you|go ahead|la palabra|adelante|a palavra|"
            r"pode falar|main levee|hand (?:is )?(?:raised|up)|mano levantada|mao levantada)")
_SELF_PRESENTING = (r"ce sera moi|je m en (?:charge|occuperai)|moi meme|lo hare yo|yo misma|yo mismo|"
                    r"a mi cargo|i will (?:do|present|take) (?:it|this)|myself|eu mesma|eu mesmo|farei eu")
SELF_PRESENTER = r"\b(?:%s)\b" % _SELF_PRESENTING
# The chair taking an item themselves ("Je vais en parler moi-même", "Let me tell you briefly").
CHAIR_PRESENTS = (r"\b(?:%s|je vais (?:vous )?en parler|let me (?:tell you|give you|update you)|les (?:cuento|voy a contar)|"
                  r"dejenme contarles|vou (?:contar|falar)|deixem me contar)\b" % _SELF_PRESENTING)
# Raw-text presenter clauses; NAME is replaced by the name pattern.
PRESENTER_CLAUSES = (
    r"(?<!mod[ée]r[ée] )(?<!propos[ée] )(?<!moderado )(?<!propuesto )(?<!proposto )(?<!moderated )"
    r"(?<!proposed )\b(?:par|by|por|pel[oa]|avec|with|con|com|a cargo de|qui sera de|que será de|hear from|"
    r"hearing from|escucharemos a|"
    r"à cargo de|de la part de)\s+(NAME)",
)
# "Informe de Humberto Carrasco", "the report from Bruno Costa": the item is the person's report, so
# its title keeps the name and the person presents it.
REPORT_OF = (r"\b(?i:informe|informes|rapport|report|update|relat[oó]rio|nouvelles|novedades|novidades|"
             r"actualizaci[oó]n|atualiza[cç][aã]o)\s+(?i:de|del|da|do|d'|from|of|by)\s*(NAME)")
MODERATOR_CLAUSE = r"\b(?:mod[ée]r[ée]e?|moderad[oa]|moderated)\s+(?:par|por|pel[oa]|by)\s+(NAME)"
# "Sylvia parlera du rapport…": a name then a verb of presenting (raw text).
NAME_THEN_VERB = (r"^(NAME)\s+(?:parlera|pr[ée]sentera|fera|nous parlera|hablar[áa]|presentar[áa]|"
                  r"nos hablar[áa]|will (?:present|talk|speak|give|report|update)|falar[áa]|"
                  r"apresentar[áa]|vai (?:falar|apresentar))\b")
# Articles that open an item's noun phrase; the words before them ("nous aurons", "tendremos") go.
DETERMINERS = frozenset("le la les l un une des du au aux el los las lo al del the a an o os as um uma "
                        "umas uns do da dos das ao aos no na".split())
INTRO_VERBS = (r"\b(?:avons|aurons|allons|va|entamerons|presenterons|passerons|parlerons|ferons|verrons|"
               r"aborderons|discuterons|commencerons|ecouterons|continuerons|aura|prevu|y a|"
               r"tenemos|tendremos|habra|hay|vamos|veremos|pasaremos|hablaremos|escucharemos|"
               r"presentaremos|seguiremos|contaremos|abordaremos|comenzaremos|empezaremos|"
               r"have|will|ll|there|hear|move|discuss|start|begin|continue|be|"
               r"temos|teremos|havera|ha|vamos|veremos|passaremos|falaremos|ouviremos|apresentaremos|"
               r"seguiremos|comecaremos)\b")
# "À l'ordre du jour, nous avons …": a head opening like this only introduces the item after the
# comma (folded text). Other heads do too when what follows the comma names a thing ("as usual, we
# will review the action items"), but not "the outreach plan, which will be presented by …".
INTRO_HEAD = (r"^(?:a|au|aux|al|en|dans|pour|pendant|durant|durante|during|on|in|at|for|para|por|no|na|nos|"
              r"nas|em|today|aujourd hui|hoy|hoje|now|maintenant|ahora|agora|ce soir|tonight|esta noche)\b")
RELATIVE_START = r"^(?:which|who|that|qui|que|quien|quienes|quem|dont|lequel|laquelle|el cual|la cual|o qual|a qual)\b"
# "We will have three items", "our agenda is as follows": an opening sentence that counts or
# announces the items is not one (folded text).
NOT_AN_ITEM = (r"\b(?:as follows|suivant|suivante|siguiente|seguinte)$|"
               r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|un|une|deux|trois|"
               r"quatre|cinq|sept|huit|neuf|dix|plusieurs|uno|dos|tres|cuatro|seis|siete|ocho|nueve|diez|"
               r"varios|um|dois|sete|oito|nove|dez|varios)\s+(?:items?|points?|topics?|sujets?|puntos?|"
               r"temas?|pontos?|itens?|assuntos?)\b(?:\s+(?:on|in|a|en|no|na|para|pour|for)\b.*)?$")
# "What did Humberto say about …": verbs of saying (folded), next to the person asked about.
SAY_VERBS = frozenset("""say said says saying think thought thinks propose proposed proposes suggest suggested
    mention mentioned explain explained tell told talk talked speak spoke comment commented argue argued
    dit dire dis disait pense pensait pensent propose propos proposait suggere mentionne explique parle
    raconte commente declare dijo dice decir decia piensa pensaba opina opino propuso propone sugirio
    menciono explico hablo comento conto disse diz dizer dizia acha achou pensa pensou propos sugeriu
    mencionou explicou falou comentou contou
    disent proposent parlent dijeron dicen piensan opinan propusieron sugirieron mencionaron
    explicaron hablaron comentaron disseram dizem acham acharam pensam propuseram sugeriram mencionaram
    explicaram falaram comentaram discuss discussed discute discutio discutiu discutieron discutiram
    ask asked asks demande demandait demandent pregunto pregunta preguntaron pergunta perguntou perguntaram
    announce announced annonce annoncait anuncio anuncia anunciaron anunciou anunciaram
    propus propoe recommend recommended recommends recommande recommandait recommandent recomendo
    recomienda recomendaron recomendou recomenda recomendaram""".split())
# "O João respondeu?", "Did Priya answer?": verbs of answering (folded), next to the person asked about.
ANSWER_VERBS = frozenset("""answer answered answers reply replied replies respond responded responds repond repondu
    repondait repondent repondu respondio respondieron contesto contestaron respondeu responderam""".split())
# What says a topic is talked of (folded; "How often does the group meet?" is no count of mentions).
TALKED_OF_VERBS = (r"\b(?:mention\w*|discuss\w*|parl\w*|habl\w*|fal(?:ou|aram|ado|a)|"
                   r"mencion\w*|discut\w*|trat\w*|abord\w*|evoqu\w*|prononc\w*|pronunci\w*|said|dit|dicho|dito)\b")
# What says the words after it are a topic ("and who asked about ccTLDs?": a topic of its own; folded).
NAMES_A_TOPIC = r"\b(?:about|sur|sobre|acerca|a propos)\b"
TALKED_OF = NAMES_A_TOPIC + "|" + TALKED_OF_VERBS
# Who spoke, said of everyone at a call: "What did the attendees say about Toronto?" (folded).
PEOPLE_NOUNS = frozenset("""attendees participants members everyone everybody people participantes asistentes
    miembros membres membros presentes personas pessoas personnes gens todos todas tous""".split())
# Words that make a following name the topic, not the speaker ("what did they say about Porto").
ABOUT_WORDS = frozenset("about on of in at to for with sur de du des d au aux en sobre del da do das dos em no na "
                        "con com avec".split())
# Any other business: the item gets a standard title in the transcript's language.
AOB = r"\b(?:divers|points divers|questions diverses|asuntos varios|varios|otros asuntos|any other business|aob|assuntos gerais|outros assuntos|diversos)\b"
AOB_TITLE = {"fr": "Divers", "es": "Asuntos varios", "pt": "Assuntos gerais", "en": "Any other business"}
# Where a title's noun phrase ends: a relative clause or a comma.
TITLE_END = (r",|;|\s[—–-]\s|\s(?:qui|que|dont|et il|et elle|which|who|that will|quien|quienes|"
             r"y será|y sera|quem|e será|e sera)\s")

# --- Summaries: the vocabulary of calls being run is in ``knowledge.lexicon_speech`` ----------

# An agenda item named by its place (folded): "the first item", "le deuxième point", "el último
# tema", "o terceiro ponto da pauta". Ordinals from 1; "last" is -1.
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
            "last": -1,
            "premier": 1, "premiere": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5,
            "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10, "dernier": -1, "derniere": -1,
            "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
            "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
            "septimo": 7, "octavo": 8, "noveno": 9, "decimo": 10, "ultimo": -1, "ultima": -1,
            "primeiro": 1, "primeira": 1, "terceiro": 3, "terceira": 3, "quarto": 4, "quarta": 4, "setimo": 7, "oitavo": 8, "nono": 9}
ITEM_NOUNS = r"(?:agenda )?(?:items?|points?|topics?|subjects?|sujets?|puntos?|temas?|ponto|pontos|itens?)"
# "2e point", "2nd item", "2º tema", "3o ponto": a number with an ordinal ending (folded).
NUMBERED = r"([1-9]\d?)\s?(?:e|eme|er|ere|re|nd|rd|th|st|ro|ra|do|da|to|ta|vo|va|mo|ma|no|na|o|a|º|ª|°)"
# Words after "à", "en", "in" that are not places.
NOT_PLACES = frozenset(("English", "Spanish", "French", "Portuguese", "Anglais", "Espagnol", "Français",
                        "Portugais", "Inglés", "Español", "Francés", "Portugués", "Inglês", "Espanhol", "Francês",
                        "Português", "Internet", "ICANN", "LACRALO", "AFRALO", "NARALO", "APRALO", "EURALO", "ALAC", "UTC", "Zoom",
                        "At-Large", "GAC", "ALS", "IPv6", "DNS", "Wiki", "WhatsApp"))
