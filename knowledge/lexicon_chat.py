"""How members write in a chat group, around their questions (folded, without accents): the
greeting or "does anyone know…" a question opens with, the thanks it closes with, and the small
talk sent alone ("ok", "jajaja", "kkkk", "d'accord"), which is no question."""
from __future__ import annotations

# Thanks and greetings sent alone (folded, without punctuation): answered as such, in their language.
THANKS = {"fr": "merci|merci beaucoup|merci bcp|merci infiniment|merci bien|mille mercis|super merci|merci pour l info",
          "es": "gracias|muchas gracias|mil gracias|muy amable|grax|graciass|gracias por la info",
          "pt": "obrigado|obrigada|muito obrigado|muito obrigada|valeu|vlw|obg|mto obg|muito obg|valeu demais|brigado|brigada|obrigadao",
          "en": "thanks|thank you|thanks a lot|thanks so much|thank you very much|thank u|thanku|thx|ty|tks|cheers|"
                "thanks for that|thanks for the info"}
GREETINGS = {"fr": "bonjour|bonsoir|salut|coucou",
             "es": "hola|buenos dias|buenas tardes|buenas noches|buenas",
             "pt": "ola|oi|bom dia|boa tarde|boa noite",
             "en": "hello|hi|hey|good morning|good afternoon|good evening|hi there|hey there|hello there"}
# "I have a question" sent alone, or after a greeting ("buenas! una pregunta"): asked to go ahead.
# A change of topic sent alone ("otra cosa", "changing subject") is one too.
A_QUESTION = {"fr": "une question|j ai une question|une petite question|petite question|question rapide|autre question|"
                    "autre chose|une autre chose|autre sujet|changement de sujet|pour changer de sujet",
              "es": "una pregunta|tengo una pregunta|una consulta|tengo una consulta|una duda|tengo una duda|otra pregunta|"
                    "una preguntita|pregunta rapida|otra cosa|otro tema|cambiando de tema|una cosa mas",
              "pt": "uma pergunta|tenho uma pergunta|uma duvida|tenho uma duvida|outra pergunta|pergunta rapida|"
                    "outra coisa|outro assunto|mudando de assunto|outro tema",
              "en": "a question|i have a question|quick question|one question|another question|got a question|"
                    "another thing|one more thing|changing subject|changing the subject|change of subject"}
# …and asking how one is, a greeting too when sent alone ("oi, tudo bem?", "hola, ¿qué tal?"), but
# opening a question only before punctuation: "Comment ça va se passer… ?", "how are you planning…?".
HOW_ARE_YOU = {"fr": "comment ca va|bonjour ca va|salut ca va",
               "es": "que tal|hola que tal|como estas|como estan|hola como estan|hola como estas",
               "pt": "tudo bem|tudo bom|oi tudo bem|ola tudo bem|oi tudo bom|e ai",
               "en": "how are you|hi how are you|hello how are you"}

_GREETING = "|".join(sorted({p for phrases in GREETINGS.values() for p in phrases.split("|")} | {
    "buen dia", "buenas buenas", "hola hola", "holaa", "holaaa", "hello again", "hola de nuevo", "ola de novo",
    "oi oi", "bonjour bonjour", "hey there", "hi there"}, key=len, reverse=True))
_THANKS = "|".join(sorted({p for phrases in THANKS.values() for p in phrases.split("|")}, key=len, reverse=True))
_TO_ALL = (r"(?:\s+(?:a\s+|à\s+)?(?:todos|todas|tous|toutes|tout le monde|toutes et a tous|everyone|everybody|all|"
           r"guys|folks|pessoal|gente|galera|amigos|colegas|chicos|team|equipe|equipo|acta|bot))?")
# What opens a question without being part of it, followed by a space or punctuation: "hola, …",
# "bom dia! …", "does anyone know …", "quelqu'un sait …", "excuse me, …", "je voudrais savoir …".
_OPENS = (r"(?:" + _GREETING + r")" + _TO_ALL + r"|"
          r"(?:does|do) (?:anyone|anybody|someone|somebody|you(?: guys)?) know|anyone knows?|anybody knows?|"
          r"(?:can|could) (?:you|someone|anyone)(?: please)? tell me|tell me|i d like to know|i would like to know|"
          r"excuse me|sorry|"
          r"(?:alguien|alguno|alguna) (?:sabe|me (?:dice|puede decir))|sabe alguien|sab(?:es|en|e)|"
          r"(?:me )?(?:dices|puedes decirme|pueden decirme|podrias decirme|podria decirme)|dime|me gustaria saber|"
          r"(?:puedo|quisiera) saber|perdon|disculpa|disculpen|"
          r"alguem (?:sabe|me diz|poderia me dizer)|(?:voces |voce |vcs )?sabem|(?:voce|vc) sabe|(?:me )?(?:diz|dizem)|"
          r"gostaria de saber|posso saber|desculpa|desculpe|com licenca|btw|by the way|por cierto|au fait|"
          r"(?:est.ce que )?quelqu un (?:sait|peut me dire)|qqn sait|(?:vous )?savez vous|tu sais|"
          r"(?:dis|dites) moi|je voudrais savoir|puis je savoir|pardon|excusez moi|"
          # "I was wondering who chaired…", "je me demandais si…", "me preguntaba quién…", "eu queria saber…"
          r"(?:i was|i m|i am|just) wondering|i wonder|je me demandais|je me demande|me preguntaba|me pregunto|"
          r"(?:eu )?(?:queria|quero) saber|(?:yo )?queria saber|me perguntava|estava pensando")
# …and what opens one only followed by punctuation ("Question: …", "Merci ! Et …"; "Question 2
# of the survey" is a question about a question).
_OPENS_PUNCTUATED = (r"(?:(?:a |one |quick |une |une petite |petite |otra |una |una pequena |uma |outra |"
                     r"tengo una |tenho uma |j ai une )?(?:question|pregunta|consulta|duda|pergunta|duvida)|"
                     r"ok|okay|ok cool|cool|perfect|parfait|perfecto|perfeito|bueno|pues|bon|alors|entao|so|well|"
                     # a change of topic: "ok another thing: …", "otra cosa, …", "outra coisa: …", "autre chose : …"
                     r"(?:(?:ok|okay|bueno|bon|alors|so|well|and|y|et|e|pues|entao|ah) )?(?:another thing|one more thing|"
                     r"something else|on (?:another|a different) note|(?:changing|to change|change of|new) (?:the )?(?:subject|topic)|"
                     r"different question|otra cosa|otro tema|nuevo tema|(?:cambiando|para cambiar|cambio) de tema|una cosa mas|"
                     r"outra coisa|outro assunto|outro tema|novo assunto|(?:mudando|para mudar) de (?:assunto|tema)|"
                     r"autre chose|autre sujet|nouveau sujet|(?:pour )?changer de sujet|changement de sujet|changeons de sujet|"
                     r"sinon)|(?:just )?curious|(?:just )?wondering|por curiosidad|par curiosite|por curiosidade|"
                     r"acta|bot|guys|folks|all|everyone|chicos|chicas|gente|pessoal|galera|amigos|equipo|equipe|team|"
                     r"(?:" + _THANKS + r")(?:\s+(?:crack|amig[oa]s?|guys|all|everyone|"
                     r"todos|pessoal|galera|por (?:la|el) (?:info|informacion|dato|resumen)|for (?:that|the info|this)|"
                     r"pela info|pour l info|pour ca))?)")
# "Do you know if …", "¿Sabes si …?", "Tu sais si …", "Vc sabe se …": the "if" opens nothing of the question.
_IF = (r"(?:(?<=know)|(?<=knows)|(?<=wonder)|(?<=wondering)|(?<=demandais)|(?<=demande)|(?<=preguntaba)|(?<=pregunto)|"
       r"(?<=perguntava)|(?<=sabe)|(?<=sabes)|(?<=saben)|(?<=sabem)|(?<=sait)|(?<=sais)|(?<=saber)|(?<=alguien)|"
       r"(?<=savoir)|(?<=savez vous))\s+(?:if|whether|si|se)")
# A question word after "how are you" without punctuation: "oi tudo bem quem presidiu…".
_ASKING = r"(?:quem|quien|qui|who|what|when|where|which|que|o que|cuando|quando|quand|onde|donde|ou|cual|qual|quel|quelle)"
_HOW_ARE_YOU = "|".join(sorted({p for phrases in HOW_ARE_YOU.values() for p in phrases.split("|")}, key=len, reverse=True))
# "Remind me who chaired…", "¿me recuerdas cuándo…?", "rappelle-moi qui…", "me lembra quem…": before a question word
# only ("remind me a day before the call" asks about reminders; "can you remind me what Priya said?" what she said)
_REMIND_ME = (r"(?:(?:can|could|would) you (?:please )?)?remind me|(?:me )?recuerdas|recuerdame|recordame|(?:me )?recordarias|"
              r"rappelle[\s-]moi|rappelez[\s-]moi|tu me rappelles|(?:voce |vc )?me lembra|lembra[\s-]me|me lembre")
_WHAT_IS_ASKED = (r"(?:who|whom|what|when|where|which|how|why|if|whether|qui|quoi|quand|quel\w*|comment|combien|ou|si|"
                  r"quien\w*|que|cual\w*|cuando|cuant\w*|donde|como|quem|o que|quando|qual|quais|quant\w*|onde|se)\b")
OPENER = (r"(?:(?:" + _OPENS + r")(?:" + _IF + r")?(?:\s*[,!:;.\-—–?]+\s*|\s+)|" + _OPENS_PUNCTUATED + r"\s*[,!:;.\-—–]+\s*|"
          r"(?:" + _REMIND_ME + r")\s*[,:]?\s+(?=" + _WHAT_IS_ASKED + r")|"
          r"(?:" + _HOW_ARE_YOU + r")(?:\s*[,!:;.\-—–?]+\s*|\s+(?=" + _ASKING + r"\b)))")
# What closes one: "…? gracias", "… thanks!", "… merci d'avance", "… saludos", "… again?".
CLOSER = (r"[\s,.!;:—–-]+(?:(?:muchas |mil |desde ya )?gracias(?: de antemano)?|thanks(?: a lot| in advance)?|"
          r"thank you(?: so much)?|thx|cheers|merci(?: d avance| beaucoup)?|cordialement|(?:muito )?obrigad[oa]|valeu|"
          r"por favor|please|pls|svp|s il vous plait|saludos|abrazos?|abracos?|un abrazo|um abraco)"
          r"[^\w?¿]*$|"
          r"\s+again[\s?!.]*$")       # ("who chaired the naralo call again?": asked again, of the same)
# Sent alone, no question: answered with a nod (whole messages, folded, without punctuation).
SMALL_TALK = frozenset(p.strip() for p in """ok|okay|okey|oki|okk|k|kk|vale|dale|listo|genial|perfecto|perfeito|
    parfait|perfect|super|great|cool|nice|good|bien|muy bien|tres bien|bueno|bom|ta bom|top|beleza|blz|entendido|
    entendi|entendu|compris|understood|noted|got it|d accord|daccord|de acuerdo|ah ok|ah vale|excelente|excellent|yes|
    oui|si|sim|bonne soiree|bonne journee|bonne nuit|ate logo|hasta luego|a bientot|bye|see you|see you later|chao|
    chau|tchau|ciao|saludos|abrazos|abracos""".split("|"))
LAUGHTER = r"^(?:(?:ja|je|ha|he|hi|ka|js)+j?|k{3,}|(?:rs)+|lol|mdr|xd)$"

# A question of when alone, right after the next call was given ("¿A qué hora?", "What time?",
# "À quelle heure ?", "Que horas?"): of it again (folded; with the stopwords).
WHEN_ALONE = frozenset("hora horas horario heure heures time hour hours when cuando quando quand what which quelle".split())

# Texting shorthand for question words, as members type them (folded whole words): "q se decidió?",
# "kien presentó?", "ki a présenté ?", "whats happening in Toronto".
SHORTHAND = {"q": "que", "ke": "que", "k": "que", "xq": "por que", "pq": "por que", "kien": "quien", "kienes": "quienes",
             "ki": "qui", "koi": "quoi", "kan": "quand", "qd": "quand", "qdo": "quando", "qnd": "quando",
             "izo": "hizo", "whats": "what is", "wats": "what is", "whos": "who is", "wheres": "where is",
             "whens": "when is", "hows": "how is"}
# After an agenda item talked about, the one after it and the one before (folded): "and the next one?".
NEXT_ITEM = frozenset({"next", "following", "siguiente", "sigue", "suivant", "suivante", "seguinte", "proximo", "proxima"})
PREVIOUS_ITEM = frozenset({"previous", "anterior", "precedent", "precedente"})
# …and what is said around them of a meeting (folded): "and the one after that?", "et celle d'après ?".
THE_ONE = frozenset({"that", "la", "el", "le", "o", "a", "the"})
# After a list of someone's meetings, what "And which did she miss?", "¿Y en cuáles habló?", "Et
# lesquelles a-t-elle manquées ?" may say besides "which" and the person (folded): being there, missing, speaking.
THEIR_MEETINGS_WORDS = frozenset("""did does has have had attend attended miss missed skip skipped speak spoke talk talked
    take took the floor join joined go went be was were there present absent in at
    asistio falto hablo estuvo participo intervino vino perdio se perdio
    t il elle assiste assistee assistees manque manquee manquees parle etait ete absent absente absents absentes present
    presente pris parole participe rate ratees
    faltou falou esteve participou assistiu compareceu perdeu ele ela""".split())

# A follow-up that is only these words asks about what the conversation is on (knowledge.bare;
# folded): "¿Y a qué hora?", "y que dijo?", "When do they meet?", "Et l'autre ?", "quem respondeu?".
# What it asks, by the first of these kinds whose words it says.
BARE_ASKS = (
    ("when", frozenset("when time hour day date cuando hora horas dia fecha quand heure heures jour quando horario data".split())),
    ("where", frozenset("where donde onde".split())),
    ("other", frozenset("other others otro otra otros otras autre autres outro outra outros outras".split())),
    ("answered", frozenset("""answer answered reply replied respond responded respondio respondieron contesto contestaron
        repondu repondit respondeu responderam""".split())),
    # "qui a demandé ça ?", "¿quién preguntó?", "who asked?": who asked what the quote answers (with a who
    # word; "y qué preguntó?" is what was said)
    ("asker", frozenset("ask asked asks pregunto preguntaron demande demandait perguntou perguntaram".split())),
    ("said", frozenset("""say said says talk talked speak spoke dijo dijeron dice hablo hablaron dit dire parle parlait disse
        disseram falou falaram""".split())),
    ("who", frozenset("who whom qui quien quienes quem".split())),
    # "e em que lingua?", "in what language?": the language the quoted turn names
    ("language", frozenset("language languages idioma idiomas lingua linguas langue langues".split())),
    # "dans quelle reunion ?", "which meeting?", "¿en qué llamada?": the meeting of the quote
    ("meeting", frozenset("meeting call reunion llamada appel reuniao chamada".split())),
    ("what", frozenset("what que quoi quel quelle qual".split())),
)
BARE_WORDS = frozenset().union(*(words for _, words in BARE_ASKS)) | frozenset("""
    and so then ok y e et alors donc entonces pues the los las un une una um uma uno
    a at of de do does did is was will be it he she they them him her that this one on about
    es era fue sera lo la le les el ella ellos ellas eso esa ese esto se les me nos
    est a ete l il elle ils elles ca cela ce cette on en lui leur
    in dans em which cual quais
    ele ela eles elas isso essa esse o os as foi vai
    meet meets meeting call reunen reune reunion llamada reunissent reunit reunion appel reunem reune reuniao chamada
    """.split())
# Of these, the words that ask the time of day (folded): "¿A qué hora?", "what time?", "quelle heure ?".
HOUR_WORDS = frozenset("time hour hora horas horario heure heures".split())
# Asking what Acta is or can do, sent alone (folded, without punctuation; "acta" and "bot" may be
# said around it): answered with what /help says, in the language asked.
ABOUT_ACTA = {"fr": "aide|de l aide|a l aide|que peux tu faire|que sais tu faire|qu est ce que tu peux faire|tu peux faire quoi|"
                    "tu sers a quoi|a quoi tu sers|comment ca marche|comment tu marches|comment t utiliser|tu es un bot|"
                    "t es un bot|es tu un bot|c est un bot|qui es tu|t es qui|quelles commandes|commandes",
              "es": "ayuda|ayudame|que puedes hacer|que podes hacer|que sabes hacer|que haces|para que sirves|para que servis|"
                    "como funciona|como funcionas|como te uso|como se usa|sos un bot|eres un bot|es un bot|sos un robot|"
                    "eres un robot|quien eres|quien sos|que eres|que sos|que comandos|comandos",
              "pt": "ajuda|me ajuda|socorro|o que voce pode fazer|o que vc pode fazer|"
                    "o que voce faz|o que vc faz|o que voce sabe fazer|"
                    "como funciona|como voce funciona|como te uso|como usar|voce e um bot|vc e um bot|e um bot|voce e um robo|"
                    "quem e voce|quem e vc|quem e voce|o que e voce|quais comandos|comandos",
              "en": "help|help me|what can you do|what do you do|what can i ask|what can i ask you|how does this work|"
                    "how do you work|how do i use you|how do i use this|how to use|are you a bot|is this a bot|are you a robot|"
                    "who are you|what are you|what commands|commands"}
# Asking whether Acta reminds members of meetings (folded): of the bot or "you", not of someone in
# a call ("¿Quién avisó del cambio de fecha?", "Who reminded everyone of the deadline?" are searched), nor
# "remind me of" something ("vc me lembra do evento de bogota?": when it is).
ABOUT_REMINDERS = {
    "fr": r"\b(?:(?:tu|vous|le bot|acta) (?:nous |me )?(?:previens|previent|prevenez|"
          r"rappelles|rappelle|rappelez|envoies|envoie|envoyez) "
          r"(?:des |un )?(?:rappels?|avant|la veille)|(?:tu|vous) (?:nous |me )?(?:previens|prevenez|rappelles|rappelez)|"
          r"(?:y a t il|il y a|est ce qu il y a) (?:des |un )?rappels?|"
          r"(?:quand|a quelle heure|combien de temps avant) (?:est ce que )?(?:partent|arrivent|sont envoyes|envoyez vous|"
          r"envoies tu|vous envoyez|tu envoies|envoie t il) (?:les )?rappels)\b",
    "es": r"\b(?:(?:me|nos) (?:avisas|avisaras|avisan|recuerdas|recordaras)(?! (?:de|del|sobre|lo|la|el|que)\b)"
          r"|(?:el bot|acta|el robot) (?:\w+ )?(?:avisa|avisara|recuerda|"
          r"manda|envia) (?:recordatorios|avisos|antes)|(?:el bot|acta) (?:avisa|recuerda)|"
          r"(?:hay|habra|mandas|envias|mandan) (?:un |algun |algunos )?(?:recordatorios?|avisos? antes)|"
          r"(?:cuando|a que hora|cuanto tiempo antes) (?:se )?(?:mandan|envian|salen|llegan|mandas|envias|manda|envia) "
          r"(?:los |las )?(?:recordatorios|avisos))\b",
    "pt": r"\b(?:(?:voce|vc|o bot|a acta|acta) (?:me |nos )?(?:avisa|lembra|manda lembretes|envia lembretes)"
          r"(?! (?:do|da|dos|das|de|sobre|o|a|que)\b)|"
          r"(?:me|nos) (?:avisas|lembras)(?! (?:do|da|dos|das|de|sobre|o|a|que)\b)|"
          r"(?:tem|ha|tera|manda|envia) (?:algum |um )?lembretes?|"
          r"(?:quando|a que horas?|quanto tempo antes) (?:saem|chegam|sao enviados|mandam|enviam|voce manda|voces mandam|"
          r"vc manda) (?:os )?lembretes)\b",
    "en": r"\b(?:(?:do|will|can|could|would) you (?:\w+ ){0,2}?(?:remind|warn|notify|send (?:a |any )?reminders?)|"
          r"(?:does|will|can|do) (?:the bot|acta|it) (?:\w+ ){0,2}?(?:remind|warn|notify|send (?:a |any )?reminders?)|"
          r"(?:are there|is there a|are there any|do i get|will i get|do we get|will we get) (?:a )?reminders?|"
          r"(?:when|what time) (?:do|does|will|are|is) (?:the |your |its )?reminders? (?:go out|get sent|sent|go|come|arrive)|"
          r"(?:when|what time|how long before|how far ahead) (?:do|does|will) (?:you|acta|the bot|it) "
          r"(?:send (?:out )?(?:the |your |its )?reminders?|remind))\b"}
# The words a message asking only about the reminders may have around what ABOUT_REMINDERS matches (folded):
# "oye, ¿el bot avisa antes de las reuniones?", "do you remind us an hour before each call?". Any other word
# makes it a question of its own ("can you remind me what Priya said?", "is there a reminder about the deadline?",
# "¿quiénes mandan recordatorios?"): it is asked, not answered as one about the reminders.
REMINDERS_AROUND = frozenset("""
    acta bot robot please pls hey hi hello oi ola hola oye bonjour dis svp por favor and so but ok y e et pero mas mais
    you tu vous voce vc usted ustedes also too tambien aussi tambem really still always siempre sempre toujours
    me us nos nous moi a an the of de do da das dos des du la las los le les el o os un una uno um uma une to al au aux
    for para pour pra pro in en dans em no na before avant antes veille ahead advance anticipacion antecedencia avance
    day days dia dias jour jours hour hours hora horas heure heures minute minutes minuto minutos min 1 2 3 5 10 15 30
    meeting meetings call calls event events reunion reunions reuniones llamada llamadas evento eventos reuniao reunioes chamada
    chamadas appel appels evenement evenements seance seances next proxima proximas proximo prochaine prochain prochaines
    each every cada chaque all todas todos toutes tous group grupo groupe reminder reminders rappel rappels recordatorio
    recordatorios lembrete lembretes aviso avisos when cuando quando quand webinar webinars webinaire webinaires
    webinario webinarios seminario seminarios web monthly mensual mensuales mensal mensais mensuel mensuels mensuelle
    mensuelles alac
    """.split())
