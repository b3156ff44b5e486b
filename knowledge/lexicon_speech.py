"""What runs a call and what people promise in it, in the four languages: the vocabulary of
post-call summaries (raw text, case-insensitive unless said). The rest of the vocabulary is in
``knowledge.lexicon``."""
from __future__ import annotations

from knowledge.lexicon_dates import UTC_OFFSET

# The chair passing the floor or moving on: where an agenda item starts.
HANDOVER_CUES = (r"\b(?:donne(?:r|rais|rai)? la parole|passe(?:r)? la parole|rends la parole|passons au|point suivant|"
                 r"ordre du jour|vous avez la parole|c'est à vous|(?:le |te )?(?:doy|devuelvo) la palabra|"
                 r"tienes? la palabra|pasamos al|siguiente punto|(?:passo|dou|devolvo) a palavra|a palavra é sua|"
                 r"tem a palavra|passemos ao|próximo ponto|over to you|you have the floor|the floor is yours|"
                 r"(?:give|hand) the floor|next item|move (?:on )?to|let's move)")
# Showing slides: "Je vais partager mon écran", "¿Ven mi pantalla?", "Vocês estão vendo a apresentação?"
SCREEN = (r"partag\w* (?:mon |l')?écran|share (?:my |the )?screen|compart\w* (?:mi |la )?pantalla|"
          r"compartilh\w* (?:a )?(?:minha )?tela|voyez(?:-vous)? (?:la présentation|mon écran|l'écran)|"
          r"(?:see|seeing) my (?:screen|slides)|(?:se )?ven? (?:mi pantalla|la presentación)|"
          r"(?:estão|está) vendo (?:a apresentação|a minha tela)")
# Sentences that run the call rather than say something.
PROCEDURAL = (r"\b(?:" + SCREEN + r"|m'entendez|nous entendez|vous entend|on vous entend|hear me|hear you|can you hear|escuchan|me oyen|"
              r"me ouvem|ouvem|allez-y|go ahead|adelante|pode falar|main lev[ée]e|hand (?:up|raised)|mano levantada|"
              r"y a-t-il (?:des|d'autres) (?:questions|commentaires)|any (?:other )?questions|alguna pregunta|"
              r"alguma pergunta|d'autres questions|other questions|êtes-vous (?:là|connecté)|are you there|"
              r"merci beaucoup|thank you very much|muchas gracias|muito obrigad[oa]|bonjour|bonsoir|good (?:morning|evening)|"
              r"des questions|d'autres (?:points|commentaires)|commentaires\s*\?|avec nous|mieux maintenant|prendre la parole|"
              r"le temps de répondre|qui parlez|pourriez|pouvez-vous|s'il vous pla[iî]t|commencer par|vous êtes là|"
              r"questions or comments|any comments|comentarios|preguntas o|perguntas ou|"
              r"could you|can you|podría|puede usted|poderia|(?:^|você |vocês )podem? |une question à poser|connecté|connected|"
              r"joined late|(?:entré|llegué|me uní|me conecté) tarde|(?:entrei|cheguei) atrasad[oa]|"
              r"(?:suis arrivée?|me suis connectée?) en retard|"
              r"dit en dernier|ajouter quelque chose|anything to add|algo que agregar|algo a acrescentar|"
              r"conectad[oa]|vous pouvez (?:ajouter|noter|inscrire|enregistrer)|"
              r"(?:puedes|podés|puede) (?:registrar|anotar|agregar|añadir|responder)|"
              # asked of someone by name: "Inês, pode registrar a presença da Marcela?", "Valeria, ¿puedes leer…?"
              r"[A-ZÀ-Ý][\w'’-]*, (?:você |¿)?(?:pode|puedes|puede) (?:registrar|anotar|adicionar|acrescentar|ler|leer)|"
              r"(?:voulez|veut|quiere|quieren|quer|querem|want to) (?:poser une|hacer una|fazer uma|ask a) "
              r"(?:question|pregunta|pergunta)\W*$)")
# A question asked without a question mark: "Me gustaría saber si tienen datos…".
ASKING = (r"\b(?:me gustar[ií]a saber|quisiera saber|quer[ií]a saber|quiero saber|je voudrais savoir|"
          r"j'aimerais savoir|je me demande|je voulais savoir|i would like to know|i'd like to know|i wanted to know|"
          r"i wonder|i was wondering|i was asking|quisiéramos saber|"
          r"my question is|mi pregunta es|ma question (?:est|porte)|minha pergunta é|"
          r"(?:eu )?queria saber|gostaria de saber)\b")
# Said of the past: a month named in such a sentence is not an event to come.
PAST_CUES = (r"\b(?:(?:avons|avez|ont|a|avait|avions) (?:organisé|eu|fait|tenu|participé|célébré)|a eu lieu|s'est tenue?|"
             r"(?:was|were) held|took place|we (?:held|organi[sz]ed|had)|last (?:year|month)|"
             r"(?:hemos|han|habíamos) (?:organizado|tenido|realizado)|se realizó|tuvimos|organizamos|"
             r"(?:foi|foram) realizad[oa]s?|realizamos|tivemos)\b")
# "J'ai une question d'Alexis": a question relayed from the chat by someone else.
RELAYED_QUESTION = r"question (?:d'|de |from |de la part de )([A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+)?)"
# An answer that is put off: "je vous enverrai la réponse à travers la liste de diffusion".
DEFERRED = (r"\b(?:enverr\w* la réponse|liste de diffusion|répondrons par écrit|par écrit|send (?:you )?the answer|"
            r"mailing list|get back to you|in writing|enviaré la respuesta|lista de correo|por escrito|"
            r"enviar a resposta|lista de e-mails|por escrito|vérifier ces informations|confirmerais)\b")
# Commitments and action items: first person, future, an action.
COMMITMENTS = (
    r"\b(?:je|nous|on)\s+(?:vous\s+|leur\s+|lui\s+|y\s+|te\s+)?(?:enverr\w*|partager(?:ai|ons)|publier(?:ai|ons)|confirmer(?:ai|ais|ons)|"
    r"répondr(?:ai|ons)|informer(?:ai|ons)|contacter(?:ai|ons)|écrir(?:ai|ons)|traduir(?:ai|ons)|"
    r"(?:vais|allons|va)\s+(?:vous\s+|leur\s+|lui\s+|te\s+)?(?:envoyer|partager|publier|organiser|confirmer|préparer|contacter|"
    r"transmettre|répondre|lancer|mettre à jour|vérifier|écrire|traduire|faire circuler|diffuser))",
    r"\b(?:vamos a|voy a|va a)\s+(?:enviar|compartir|publicar|organizar|confirmar|preparar|contactar|responder|circular|"
    r"mandar|escribir|traducir)|"
    r"\b(?:le |les |te |os )?(?:enviaré|enviaremos|compartiré|compartiremos|publicaremos|confirmaré|mandaré|mandaremos|"
    r"escribiré|escribiremos|contactaré|contactaremos|traduciremos)\b|"
    r"\b(?:te|le|les|os) escribo (?:después|luego|mañana|por)",       # "Te escribo después de la llamada"
    r"\b(?:vamos|vou|vai)\s+(?:enviar|compartilhar|publicar|organizar|confirmar|preparar|contatar|responder|verificar|"
    r"mandar|escrever|traduzir|entrar em contato)|"
    r"\b(?:enviarei|enviaremos|compartilharemos|publicaremos|mandarei|mandaremos|escreverei|entrarei em contato)\b",
    r"\b(?:i|we)(?:'ll| will| are going to| am going to| shall)\s+(?:send|share|publish|organi[sz]e|confirm|prepare|"
    r"contact|circulate|follow up|get back|post|write|email|translate|have (?:\w+ ){1,3}translated|let (?:you|everyone|the list) know)",
)
# Ordinal survey questions read at the end: "Première question : …", "Pergunta um: …".
SURVEY_QUESTION = (r"^(?:et\s+|y\s+|e\s+|and\s+|voici la\s+)?(?:(?:première|deuxième|troisième|quatrième|cinquième|sixième|"
                   r"septième|huitième|neuvième|dixième|primera|segunda|tercera|cuarta|quinta|sexta|séptima|"
                   r"primeira|terceira|quarta|sétima|first|second|third|fourth|fifth|sixth|seventh|last|dernière|"
                   r"última)\s+(?:question|pregunta|pergunta)|(?:question|pregunta|pergunta)\s+(?:\d+|one|two|three|"
                   r"four|five|six|uno|dos|tres|cuatro|cinco|seis|um|dois|três|quatro|cinco|seis))\s*:\s*(.+)$")
# A promise kept on the spot is no commitment: "je vais répondre à vos questions maintenant".
IMMEDIATE = (r"\b(?:maintenant|tout de suite|now|right away|ahora|ahorita|agora|répondr\w* à (?:vos|cette|ces) questions?|"
             r"answer (?:your|this|these) questions?|responder (?:a )?(?:sus|esta|estas) preguntas?|"
             r"responder (?:às|a) (?:suas|esta|estas) perguntas?|" + SCREEN + r")\b")
# Closing a call or an item, not what it said: "If there is no other business, I would like to
# thank everyone…", "Por favor, desconecten sus líneas", "Ne voyant pas d'autre question…".
CLOSING = (r"\b(?:(?:if there is|if there's|there being|as there is) no (?:other|more|further) business|"
           r"(?:come|move|turn) to (?:the last item,? )?any other business|si no hay (?:más )?asuntos varios|"
           r"(?:llegamos|pasamos) a (?:los )?asuntos varios|s'il n'y a pas d'autres? (?:points? divers|questions diverses)|"
           r"nous arrivons aux (?:points )?divers|não havendo (?:mais )?(?:assuntos gerais|outros assuntos)|"
           r"vamos aos assuntos gerais|desconect\w* (?:sus |as )?l[ií]neas?|disconnect|déconnecter|ne voyant pas|"
           r"(?:we come to|nous arrivons (?:au|aux)|llegamos al|chegamos ao) (?:the |al |ao |au )?(?:last|dernier|último) "
           r"(?:item|point|punto|ponto)|tengan (?:muy )?buenas noches|have a good (?:night|evening|day|rest)|"
           r"bonne (?:soirée|nuit|journée)|(?:tenham )?uma boa noite|thank everyone for|remercier tout le monde|"
           r"agradecer a todos por|clore notre)")
# A time said without a date, which still answers "when": "at the end of the month", "a week later".
WHEN_PERIOD = (r"\b(?:(?:at |by )?the end of (?:the|this|next) (?:month|week|year)|(?:at |by )?(?:the )?(?:month|year)'s end|"
               r"next month|(?:a|one|two|three) weeks? (?:later|after)|"
               r"(?:à la |d'ici la |avant la )?fin (?:du mois|de la semaine|de l'année|de ce mois|de cette (?:semaine|année))|"
               r"le mois prochain|(?:une|deux|trois) semaines? plus tard|"
               r"(?:a |para |antes de )?(?:finales|fin|final) de(?:l)? (?:mes|año|semana)|el (?:próximo )?mes (?:que viene|próximo)|"
               r"el próximo mes|(?:una|dos|tres) semanas? después|"
               r"(?:no |até o |ao )?(?:fim|final) d[oa] (?:mês|semana|ano)|(?:o |no )?próximo mês|mês que vem|"
               r"(?:uma|duas|três) semanas? depois)\b")
# A time of day said with its part of the day, in UTC: "las 11 de la noche UTC", "9 da manhã UTC",
# "8 du soir UTC", "a las 11 de la noche UTC-3" (raw text; the part of the day is group 3, the offset the last).
DAYPART_WORDS = (r"(noche|tarde|mañana|manana|madrugada|noite|manhã|manha|"
                 r"soir|apr[eè]s-midi|matin|morning|afternoon|evening|night)")
DAYPART = r"(?:de la\s+|da\s+|du\s+|de l['’]\s*|in the\s+|at\s+(?=night))" + DAYPART_WORDS     # (and "12 at night")
# (and "night", as /schedule reads "tonight at 12")
DAYPART_PM = ("noche", "tarde", "noite", "soir", "apres-midi", "après-midi", "afternoon", "evening", "night")
# "las 12 de la noche" is midnight, as the day said ends (00:00 the next day); "12 de la madrugada" as it begins.
DAYPART_NIGHT = ("noche", "noite", "soir", "night")
# "las 12 de la mañana" is noon, as Spanish says it; "12 in the morning", "12 du matin", "12 da manhã" may be
# noon or midnight (/schedule asks which; a transcript's opening reads them as 12 a.m., 00:00).
DAYPART_NOON_AT_12 = ("mañana", "manana")
DAYPART_TWELVE_UNCLEAR = ("morning", "matin", "manhã", "manha")
# The hours said in words before a part of the day, by the words that join them (folded): "la una de la
# mañana", "às duas da tarde", "une heure du matin", "one in the afternoon".
HOURS_IN_WORDS = {
    "de la": "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "da": "uma duas tres quatro cinco seis sete oito nove dez onze doze",
    "du": "une deux trois quatre cinq six sept huit neuf dix onze douze",
    "de l": "une deux trois quatre cinq six sept huit neuf dix onze douze",
    "in the": "one two three four five six seven eight nine ten eleven twelve",
}
# (the hour's word too: "8 h du soir UTC", "2 heures de l'après-midi UTC", "8 horas de la noche UTC")
UTC_TIME_DAYPART = (r"(?<![\d.:])\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?"
                    r"(?:\s*h\b|\s+(?:heures?|horas?|o['’]clock))?\s+" + DAYPART + r"\s*,?\s*\(?\s*(?:UTC|GMT)\b"
                    + UTC_OFFSET)

# A welcome to a call, as its opening says it (folded): "Welcome to the LACRALO monthly call",
# "Bienvenidos a todos a la llamada", "Bienvenue à la téléconférence", "Sejam bem-vindos à chamada"
# (not "welcome back", "welcome, Olivia", "bienvenue à Olivia qui nous rejoint", "you are all welcome to…").
WELCOME_TO_CALL = (r"\b(?:(?<!are )(?<!are all )(?<!is )(?<!be )(?<!re )welcome(?: everyone| all| everybody)? to "
                   r"(?:the|this|today s|our)|"
                   r"bienvenid[oa]s?(?: (?:a )?tod[oa]s(?: y tod[oa]s)?)? (?:a (?:la|esta|nuestra|este|nuestro)|al)|"
                   r"bienvenue(?: a tous(?: et a toutes)?)? (?:a la|au|a l|a cet|a cette|a notre|a ce|dans)|"
                   r"bem vind[oa]s?(?: tod[oa]s)? (?:a|ao|a nossa|ao nosso|nesta|neste))\b")

# What a written record of a call calls itself in its heading (folded): its minutes, notes or summary
# ("NARALO Monthly Call – 12 October 2026 – Minutes", "Acta de la reunión", "Compte rendu", "Ata da
# reunião", "Notes for the November call"), or its agenda ("DRAFT AGENDA", "Orden del día", "Ordre du
# jour", "Pauta"). Not "Acta" or "ata" alone before a word of a call's (the bot's name, "ata" is Spanish
# for "ties"); not "agenda item 3", a heading inside a transcript.
MINUTES_HEADING = (r"minutes|(?:meeting |call )?notes|(?:meeting |call )?summary|compte rendu|proces verbal|minuta|"
                   r"notas|resumen|resumo|acta (?:de|del) (?:la )?(?:reunion|llamada|sesion|teleconferencia|asamblea)|"
                   r"ata (?:da|de|do) (?:reuniao|chamada|sessao|teleconferencia|assembleia)")
AGENDA_HEADING = r"agenda|orden del dia|ordre du jour|pauta|ordem do dia"
RECORD_QUALIFIER = (r"(?:(?:draft|proposed|provisional|preliminary|final|revised|updated|borrador|proyecto|propuesta|"
                    r"projet|proposta|rascunho)(?: (?:de|del|d|da|do|of))? )?")
NOT_RECORD_AFTER = r"(?:item|items|point|points|punto|puntos|ponto|pontos|topic|tema)"
# …and what a transcript's heading says it is, whatever else it names ("Transcript and minutes").
TRANSCRIPT_HEADING = (r"(?:transcripts?|transcriptions?|transcripcion|transcricao|verbatim|recording|grabacion|"
                      r"enregistrement|gravacao)")

# A section of a call's minutes or notes, a line of its own (folded: "Action items:", "Decisions",
# "Summary of the discussion: …", "Acuerdos:", "Prochaines étapes", "Encaminhamentos:").
RECORD_SECTION = (r"(?:action items?|actions?|decisions?|discussion|summary(?: of (?:the )?discussion)?|next steps|"
                  r"outcomes?|acuerdos?|acciones|decisiones|compromisos|proximos pasos|resumen de la discusion|"
                  r"decisions prises|actions a mener|prochaines etapes|resume des discussions|acoes|decisoes|"
                  r"encaminhamentos|proximos passos|resumo da discussao)")

# What heads an annex pasted after a transcript's end marker (folded, a short line of its own): the
# call's chat log ("ZOOM CHAT LOG:", "Chat de la reunión", "Clavardage"), annexes, action items.
ANNEX_HEADING = (r"\b(?:chat|chats|clavardage|annex|annexe|annexes|anexo|anexos|appendix|apendice|apendices|"
                 r"action items?|acciones|actions a (?:mener|prendre)|acoes)\b")

# The words of an event's title in the four languages (folded), as one: "Llamada mensual de LACRALO"
# and "LACRALO monthly call" name one call (an invitation in Spanish, bot.toml in English).
TITLE_WORDS = {**dict.fromkeys("llamada llamadas appel appels chamada chamadas reunion reuniones reuniao reunioes "
                               "meeting meetings call calls".split(), "call"),
               **dict.fromkeys("mensual mensuel mensuelle mensal monthly".split(), "monthly"),
               **dict.fromkeys("webinaire webinario webinar".split(), "webinar"),
               **dict.fromkeys("semanal hebdomadaire weekly".split(), "weekly")}
TITLE_FILLERS = frozenset("de del la las los el le les du des da do das dos of the d l en in em".split())
# What a title may say beside the call's name without naming another meeting (folded): that it
# is cancelled or put off ("Cancelled: …", "(cancelado)"), the hour's zone, which language channel
# ("– Spanish channel", "en español"). (Dates and numbers are left out too: jobs.calendar.call_words.)
TITLE_NOTES = frozenset("""cancelled canceled cancel cancellation cancelado cancelada cancelados canceladas cancelacion
    annule annulee annules annulees annulation suspended suspendu suspendue suspendido suspendida suspenso suspensa
    postponed pospuesto pospuesta aplazado aplazada adiado adiada utc gmt channel channels canal canaux canales canais
    english ingles anglais spanish espanol espagnol espanhol french frances francais portuguese portugues portugais
    """.split())
