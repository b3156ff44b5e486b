"""How data questions are worded, in fr/es/pt/en: the patterns ``knowledge.intents`` recognises
them by (folded text), each with the kind of answer it asks for."""
from __future__ import annotations

from knowledge import lexicon_questions
from knowledge.text import MONTH_WORD

# How many meetings there were ("¿Cuántas reuniones hubo?", "combien de réunions cette année"): a
# list of meetings, not how many someone attended.
_HELD_FR = r"(?:(?:d \w+ |de \w+ )?(?:y a|il y a|avons|a t on|cette annee|en \d))"
_HELD_ES = r"(?:(?:de \w+ )?(?:hay|hubo|ha habido|tuvimos|se hicieron|este ano|en \d))"
_HELD_PT = r"(?:(?:d[ae] \w+ )?(?:ha|existem|houve|tivemos|teve|este ano|neste ano|em \d))"
# When a meeting started, said in the past (not "When does the call start?": the next one), and how long
# it lasted: "When did the AFRALO call start?", "¿A qué hora empezó la llamada?", "À quelle heure a
# commencé l'appel ?", "A que horas começou o webinário?"; "How long was the NARALO call?", "¿Cuánto duró?"
_MEETING_NOUN = r"(?:the |this |that |our |last )?(?:\w+ ){0,3}?(?:call|meeting|webinar|session)"
_STARTED = (r"\b(?:(?:when|what time|at what time) did (?:" + _MEETING_NOUN + r"|it) (?:start|begin|kick off)|"
            r"(?:when|what time) (?:was|were) " + _MEETING_NOUN + r" (?:started|begun)|"
            r"what time was " + _MEETING_NOUN + r"\W*$|start(?:ing)? time|"
            r"(?:a que hora|cuando) (?:empezo|comenzo|inicio|arranco)(?! a\b)|a que hora (?:fue|era)\b|hora de (?:inicio|comienzo)|"
            r"(?:a quelle heure|quand) (?:a t (?:il|elle) |a )(?:commence|debute)(?! a\b)|a quelle heure (?:commencait|debutait|etait|a eu lieu)|"
            r"heure de debut|"
            r"(?:a que horas?|quando) (?:comecou|iniciou)(?! a\b)|a que horas? (?:foi|era)\b|hor(?:a|ario) de inicio)\b")
_LASTED = (r"\b(?:how long (?:was|did|were) " + _MEETING_NOUN + r"(?: last)?\b|how long did it (?:last|go on|run)\b|"
           r"^\W*(?:(?:and|so|ok) )?how long was it\W*$|"
           r"(?:what was the |the )?(?:length|duration) of " + _MEETING_NOUN + r"|"
           r"cuanto (?:tiempo )?duro|cuanto tiempo fue|duracion de|"
           r"combien de temps (?:a dure|a pris|durait|a t (?:il|elle) dure)|quelle (?:a ete|etait|est) la duree|a dure combien|"
           r"duree d|quanto (?:tempo )?durou|qual (?:foi|e) a duracao|duracao d)\b")
# "When is the Bogotá event?", "¿Cuándo es el evento de Toronto?", "C'est quand l'événement de Bogotá ?": an
# event to come (one no longer to come is searched: facts)
# "Is there a…", "¿Hay alguna…", "Y a-t-il des…", "Tem uma…" before what there may be (folded)
_IS_THERE_A = (r"(?:is there|are there|hay|habra|y a t il|tem|vai ter|ha) "
               r"(?:an? |any |some |una? |uma |des |alguna? |algun |alguma |algum )?")
_CALL_WORDS = r"calls?|meetings?|webinars?|llamadas?|reunion|reuniones|appels?|reuniao|reunioes|chamadas?|webinaires?|webinarios?"
# Whose call it may be, before or after it (folded): "an AFRALO webinar", "un webinaire AFRALO", "un webinar de
# AFRALO", "um webinar da AFRALO"
_OF_A_GROUP = r"(?:\w+ )?"
_GROUP_OF = r"(?: (?:(?:de|of|da|do|du|d|del) (?:l |la )?)?\w+)?"
EVENT_WHEN = (
              r"^\W*(?:(?:and|y|et|e|so|ok) )?(?:when is|when s|whens|cuando es|cuando sera|quand est|quand a lieu|quand aura lieu|"
              r"c est quand|quando e|quando sera) (?:the |el |la |le |l |o |a )?(?:(?!(?:the|el|la|le|l|o|a|next|upcoming|prochaine?|proxim[ao]) )(?:\w+ ){1,2}?(?:event|evento|evenement)\b|"
              r"(?:event|evento|evenement) (?:de|do|da|du|d|del|en|em|in|a|au|at|no|na) \w)")
# "O que vem por aí em dezembro?", "¿Qué se viene?", "What's coming in December?": alone or with a month
_WHAT_IS_COMING = (r"^\W*(?:(?:and|y|et|e|so|ok) )?(?:o que vem (?:por ai|pela frente)|que se viene|lo que viene|que viene|"
                   r"what s coming|what is coming|whats coming|what s ahead|what is ahead|qu est ce qui (?:s en )?vient)"
                   r"(?:\W*$| (?:en|em|in|para|pour|for|au mois de|no mes de) (?:%s)\b)|" % MONTH_WORD.pattern +
                   # (with a month only: "o que vem em novembro?", "what's happening in November?")
                   r"^\W*(?:(?:and|y|et|e|so|ok) )?(?:o que (?:vem|tem|acontece|rola)|que (?:pasa|ocurre)|"
                   r"what s (?:on|happening)|what is (?:on|happening)|whats (?:on|happening)|qu est ce qui (?:arrive|se passe)) "
                   r"(?:en|em|in|para|pour|for|au mois de|no mes de|durante|during) (?:%s)\b" % MONTH_WORD.pattern)
# "What time is the NARALO call?", "¿A qué hora es la llamada de LACRALO?": the next one's time (said in the
# present, the meeting alone: not "what time was…", "a que hora es la reunion comunitaria de icann67")
# (The words naming the meeting stay outside the match, so that they are checked as a topic: "what time is
# the coronavirus meeting" names no meeting, and asks what was said of it.)
_WHAT_TIME_IS = (r"^\W*(?:what time|at what time) is (?:the |our )?(?=(?:\w+ ){0,2}?(?:call|meeting|webinar)\W*$)|"
                 r"^\W*a que hora es (?:la |el )(?:llamada|reunion|webinar)(?=(?: de \w+)?\W*$)|"
                 r"^\W*a quelle heure (?:est|a lieu) (?:l |le |la )(?:appel|reunion|webinaire)"
                 r"(?=(?: (?:de|du|d) (?:l )?\w+)?\W*$)|"
                 r"^\W*a que horas? (?:e|sera) (?:a |o )(?:chamada|reuniao|webinario)(?=(?: d[aeo] \w+)?\W*$)")
_NEXT_TIME = (r"(?:next time|at the next (?:\w+ )?(?:call|meeting)|la proxima vez|en la proxima|la prochaine fois|"
              r"a la prochaine|na proxima|da proxima vez|na proxima vez)")
# ("next" of the meeting or its agenda, not of an item on one held: not "what was next on the agenda?", "the next
# agenda item", "who presented next…")
_RUNNING_ORDER = r"(?:item|items|point|points|topic|topics)\b"
_NEXT_AGENDA = (r"^(?!.*\b(?:was|were|presented|came|fue|foi|etait)\b).*?"
                r"\b(?:(?:next|upcoming) (?:(?!(?:on|in)\b|" + _RUNNING_ORDER + r")\w+ ){0,2}agenda(?! " + _RUNNING_ORDER + r")|"
                r"agenda (?:of|for) the next|"
                r"(?:prochain|prochaine) ordre du jour|ordre du jour de la prochaine|"
                r"proxim[ao] (?:agenda|orden del dia|pauta)|(?:agenda|orden del dia|pauta) (?:de|da|para) (?:la |a )?proxima|"
                r"(?:who|quien|qui|quem) (?:is |will |va a |vai |va )?(?:present|presents|presenting|presenta|presente|presenter|"
                r"presentera|apresenta|apresentar|expone) " + _NEXT_TIME + r")\b")
# Who undertook to do something, asked without a commitment word: "¿Quién quedó en mandar algo?", "quem
# ficou de fazer o que", "Qui devait envoyer… ?", "Who agreed to send…?". An action verb must follow
# ("quedó en segundo lugar", "ficou de fora", "who agreed to the proposal" are no commitments).
_ACT_EN = (r"(?:send|share|circulate|prepare|write|draft|follow up|get back|translate|publish|post|email|do|organi[sz]e|"
           r"contact|check|confirm|coordinate|look into|review|help|update)")
_ACT_ES = (r"(?:enviar|mandar|compartir|circular|preparar|escribir|redactar|traducir|publicar|hacer|organizar|contactar|"
           r"confirmar|coordinar|revisar|responder|averiguar|ayudar|actualizar)")
_ACT_PT = (r"(?:enviar|mandar|compartilhar|circular|preparar|escrever|redigir|traduzir|publicar|fazer|organizar|contatar|"
           r"confirmar|coordenar|revisar|responder|verificar|ajudar|atualizar)")
_ACT_FR = (r"(?:envoyer|partager|faire circuler|diffuser|preparer|ecrire|rediger|traduire|publier|faire|organiser|contacter|"
           r"confirmer|coordonner|verifier|repondre|transmettre|aider|mettre a jour)")
_UNDERTOOK = (r"(?:(?:quien(?:es)? |que )?(?:se )?(?:quedo|quedaron) (?:de|en) " + _ACT_ES + r"|"
              r"quien(?:es)? (?:iba a|iban a|tiene que|tienen que|se ofrecio a|se ofrecieron a|acepto|aceptaron) "
              + _ACT_ES + r"|"
              r"(?:ficou|ficaram) de " + _ACT_PT + r"|"
              r"quem (?:ia|iam|tem que|se ofereceu para|se ofereceram para|aceitou|aceitaram) " + _ACT_PT + r"|"
              r"qui (?:devait|doit|s est propose de|s est charge de|a accepte de|a promis de) " + _ACT_FR + r"|"
              r"who (?:agreed|offered|volunteered|was supposed|is supposed|was going|said (?:he|she|they) would) (?:to )?"
              + _ACT_EN + r")(?: (?:something|anything|algo|alguma coisa|quelque chose))?")
# The survey read at the end of a call, said so (folded): "the closing survey", "the end-of-call survey", "la
# encuesta final", "l'enquête de fin d'appel", "a pesquisa de encerramento", "a survey at the end of the call".
_CLOSING_BEFORE = r"(?:(?:closing|final|exit|end of (?:the )?(?:call|meeting)|end of call|wrap up) )?"
_CLOSING_AFTER = (r"(?: (?:final|finale|de cierre|de salida|de cloture|de fin(?: d appel| de (?:l )?appel| de reunion)?|"
                  r"de encerramento|de fechamento|de saida|at the (?:end|close)|a la fin|al final|au final|no final|ao final|"
                  r"no fim)(?: (?:of|de|du|da|do|d|del))?)?")
# Checked in this order (folded text).
PATTERNS = (
    # "What will be on the next NARALO agenda?", "Who presents next time?": what was said for the next one
    ("next_agenda", _NEXT_AGENDA),
    ("next", r"\b(?:next|upcoming) (?:\w+ )?(?:call|meeting|webinar|event)s?\b|\bnext \w+ one\W*$|"
             r"prochaine?s? (?:appel|reunion|webinaire|webinar|evenement|call)s?|"
             r"proxim[ao]s? (?:llamada|reunion|seminario|chamada|reuniao|webinario|webinar|evento|call)s?|when is the next\b"),
    # (its words must name the meeting: "what time is the coronavirus meeting" asks what was said of it)
    ("next_time", _WHAT_TIME_IS),
    # (after "next": "What is the start time of the next call?" is the next call)
    ("started", _STARTED),
    ("lasted", _LASTED),
    # "the next IDN working group meeting": a name of a few words before it (with an acronym: intents)
    ("next_named", r"\b(?:next|upcoming) (?:\w+ ){2,3}(?:call|meeting|webinar|event)s?\b"),
    # What is coming, asked otherwise: "¿Qué eventos vienen?", "any events in December?", "Eventos en
    # diciembre", "¿Hay algo en diciembre?" (not of a past month, nor of what a meeting said or held)
    ("coming", r"\b(?:que|cuales|quais|quels|quelles|what|which|any|algun|algum|des) (?:\w+ )?(?:eventos?|evenements?|events?)\b|"
               r"^\W*(?:(?:is there )?anything|what s|what is|whats) coming up\b|" + _WHAT_IS_COMING + "|" +
               r"^\W*(?:eventos?|evenements?|events?)\b(?! (?:de|of|du|do|da|del) )|"
               r"\b(?:hay|ha|tem|there is|is there|are there|y a t il) (?:algo|algum|alguma|anything|something|quelque chose)"
               r"(?: (?:planeado|previsto|programado|agendado|prevu|planned|scheduled))? (?:en|em|in|pour|para|for|no|na) "
               r"(?:%s)\b|" % MONTH_WORD.pattern +
               # "Is there a call in December?", "¿Hay llamada en diciembre?", "Y a-t-il un appel en décembre ?"
               # (of a group: "is there an AFRALO webinar in December?", "¿hay un webinar de AFRALO en diciembre?")
               r"\b" + _IS_THERE_A + _OF_A_GROUP + r"(?:" + _CALL_WORDS + r")" + _GROUP_OF +
               r" (?:en|in|em|au mois de) (?:%s)\b|" % MONTH_WORD.pattern +
               # "¿Qué hay en diciembre?", "what's happening in December", "Qu'est-ce qu'il y a en décembre ?"
               r"\b(?:que hay|o que (?:tem|ha)|what s happening|what is happening|whats happening|what s on|"
               r"qu est ce qu il y a|qu y a t il) (?:en|em|in|au mois de|no mes de|no mês de) (?:%s)\b|" % MONTH_WORD.pattern +
               EVENT_WHEN + "|" +
               # "When is the December LACRALO call?", "¿Cuándo es la llamada de LACRALO de diciembre?"
               r"^\W*(?:when is|when s|cuando es|cuando sera|quand est|quand aura lieu|quando e|quando sera)\b"
               r"(?=.*\b(?:calls?|meetings?|webinars?|llamadas?|reunion|chamadas?|reuniao|appels?|webinaires?|webinarios?)\b)"
               r"(?=.*\b(?:%s)\b)" % MONTH_WORD.pattern),
    # What is coming on a day or in a week: "is there a call tomorrow?", "¿Qué pasa el 3 de diciembre?",
    # "anything this week?", "Y a-t-il quelque chose la semaine prochaine ?" (only of days to come: intents)
    ("coming_day", r"^\W*(?:(?:and|y|et|e|so|ok) )?(?:que pasa|que hay|hay algo|what happens|what s happening|what is happening|"
                   r"whats happening|what s on|anything|something|algo|o que (?:tem|ha|acontece)|tem algo|"
                   r"qu est ce qu il y a|qu est ce qui se passe|qu y a t il|y a t il (?:quelque chose|qqch)|"
                   + _IS_THERE_A + _OF_A_GROUP + r"(?:" + _CALL_WORDS + r"|events?|eventos?|evenements?)" + _GROUP_OF + r")\b"),
    # "How many times was IPv6 mentioned?": the turns that mention a topic, counted (mentions.py);
    # "How often did Humberto attend?" is participation.
    ("mentions", r"\b(?:how many times|how often|combien de fois|a quelle frequence|cuantas veces|"
                 r"con que frecuencia|quantas vezes|com que frequencia)\b"),
    ("participation", r"\b(?:participation|participacion|participacao|attendance rate|taux de (?:presence|participation)|"
                      r"how (?:often|many (?:meetings|calls)) (?:did|has|have|does)(?! (?:we|you|they|there|it|\w+ralo|alac)\b)|"
                      r"(?:con que frecuencia|com que frequencia|a quelle frequence|how often)(?=.*\b(?:attend|particip|assist|"
                      r"asist|comparec|vien[ea]|vem|vinha))|"
                      r"(?:how many times|combien de fois|cuantas veces|quantas vezes)(?=.*\b(?:attend|particip|assist|"
                      r"asisti|comparec|(?:was|were|etait|etaient|estuvo|esteve) present(?:e|es|s)?\b))|"
                      r"(?:participe|assiste|attended|asistio|participo|participou|assistiu|compareceu) "
                      r"(?:combien de fois|how many times|cuantas veces|quantas vezes)|"
                      r"combien de (?:reunions|appels)(?! " + _HELD_FR + r")|cuantas (?:reuniones|llamadas)(?! " + _HELD_ES + r")|"
                      r"quantas (?:reunioes|chamadas)(?! " + _HELD_PT + r")|"
                      r"assiduite|asistencia de|assiduidade|attended the most|most meetings|never missed|most assiduous|"
                      r"" + lexicon_questions.NEVER_MISSED + "|" + lexicon_questions.MOST_APOLOGISED + "|"
                      + lexicon_questions.LEAST_ATTENDED + "|"
                      # "How many times did Gabriela send apologies?": her line counts them
                      r"(?:how many times|combien de fois|cuantas veces|quantas vezes)(?=.*\b(?:apolog|excus|disculp|desculp))|"
                      # "¿Lucía asistió a cuántas?", "A quantas o Thiago foi?"; "¿Cuál es el objetivo de asistencia?"
                      r"(?:asistio|participo|fue|estuvo) (?:a|en) cuantas|(?:a|en) cuantas (?:asistio|fue|participo|estuvo)|"
                      r"(?:participou|compareceu|foi|esteve) (?:de|em|a) quantas|"
                      r"(?:de|em|a) quantas (?:participou|foi|esteve|compareceu)|"
                      r"(?:attendance|participation|asistencia|participacion|presence|presenca|participacao) (?:target|goal)|"
                      r"(?:target|goal|objetivo|objectif|meta) (?:de |of |for |d |du |da )?(?:la |a )?(?:asistencia|attendance|"
                      r"presence|presenca|participation|participacion|participacao|assiduite)|"
                      r"plus assidue?|(?:mas|mais) assidu[oa]|" + lexicon_questions.MOST_MISSED + "|" + lexicon_questions.BELOW_TARGET + "|"
                      + lexicon_questions.ABOVE_TARGET + "|" + lexicon_questions.RANKING + "|"
                      r"(?:assiste|participe) (?:au|a) plus (?:grand nombre de |de )|"
                      r"(?:asistio|participo) (?:a|en) mas|(?:participou|compareceu) (?:de|em|a) mais)\b"),
    # "Qui a parlé le plus ?", "How many times did Humberto speak?" (a person's turns, no topic).
    ("speakers", r"\b(?:(?:spoke|talked|spoken|speaks) (?:the )?most|most active|qui a le plus (?:parle|pris la parole)|"
                 r"qui (?:a )?parle le plus|qui a pris le plus la parole|quien (?:hablo|ha hablado|habla) mas|"
                 r"quien mas (?:hablo|ha hablado)|quem (?:falou|fala) mais|quem mais falou|"
                 # "¿Quién fue el que más habló?", "Quem foi o que mais falou?", "Qui est celui qui a le plus parlé ?"
                 r"(?:el|la) que mas (?:hablo|ha hablado)|(?:o|a) que (?:mais falou|falou mais)|"
                 r"(?:celui|celle) qui a (?:le plus parle|parle le plus)|"
                 # "Who talked about IPv6 the most?", "Qui a parlé d'IPv6 le plus ?": the topic between
                 r"(?:spoke|talked|qui a parle|quien hablo|quem falou)(?= (?:about|of|on|de|d|du|des|sobre|do|da|del) "
                 r"(?:\w+ ){1,4}?(?:the most|most|le plus|mas|mais)\W*$)|"
                 r"(?:how many times|combien de fois|cuantas veces|quantas vezes)(?=.*\b(?:spoke|speak|talk|talked|"
                 r"parle|pris la parole|hablo|intervino|falou|interveio)\b)|"
                 r"temps de parole|tiempo de palabra|tempo de fala|top (?:\d{1,2} )?(?:speakers|talkers|oradores|intervenants)|"
                 r"^\W*(?:the )?(?:speakers|oradores|intervenants|palestrantes)\W*$|"       # "speakers?" alone
                 # "¿Y Jean-Baptiste cuánto habló?", "How much did Priya talk?": their line of it
                 r"^\W*(?:\w+ ){0,4}?(?:how much|cuanto|quanto|combien) (?:(?:did|has|a t il|a t elle|a|tiempo|tempo) )?(?:\w+ ){0,3}?"
                 r"(?:speak|talk|spoke|talked|hablo|ha hablado|falou|parle))\b"),
    # "Who spoke least?", "¿Y quién habló menos?": of one meeting, fewest words first.
    ("least", r"\b(?:(?:spoke|talked|spoken|speaks) (?:the )?least|least active|qui a le moins (?:parle|pris la parole)|"
              r"qui (?:a )?parle le moins|qui a pris le moins la parole|quien(?:es)? (?:hablo|hablaron|ha hablado|habla) menos|"
              r"quien menos (?:hablo|ha hablado)|quem (?:falou|falaram|fala) menos|quem menos falou)\b"),
    # "Who didn't speak at the NARALO call?", "¿Quién no habló?", "Quem não falou nada?": present, never took the floor.
    ("silent", r"\b(?:who (?:didn t|did not|hasn t|has not) (?:speak|talk|say anything|say a word|take the floor)|"
               r"who never (?:spoke|talked|said anything|said a word|took the floor)|"
               r"who (?:was|were|stayed|remained|kept) (?:silent|quiet)|who said nothing|"
               r"qui n (?:a|ont) (?:pas|jamais|rien) (?:parle|dit|pris la parole)|qui n (?:a|ont) rien dit|"
               r"qui (?:est|sont) reste\w* (?:silencieu\w*|muet\w*)|"
               r"quien(?:es)? (?:no )?(?:hablo|hablaron|dijo|dijeron) nada|"
               r"quien(?:es)? no (?:hablo|hablaron|intervino|intervinieron|tomo la palabra|tomaron la palabra)|"
               r"quem (?:nao )?(?:falou|falaram|disse|disseram) nada|"
               r"quem nao (?:falou|falaram|disse|disseram|interveio|intervieram|tomou a palavra))\b"),
    # "Who spoke in the NARALO call?", "Qui a pris la parole ?": its speakers (not "Who spoke about
    # Toronto?", a search).
    ("spoke", r"^\W*(?:who (?:else )?(?:spoke|talked|took the floor|intervened)(?! (?:last|up|first|next)\b)|"
              r"qui (?:d autre )?(?:a|ont) (?:parle|pris la parole|intervenu)|"
              r"quien(?:es)? (?:mas )?(?:hablo|hablaron|intervino|intervinieron|tomo la palabra|tomaron la palabra)|"
              r"quem (?:mais )?(?:falou|falaram|interveio|intervieram|tomou a palavra|tomaram a palavra))\b"),
    # "Who chaired the AFRALO call?": the member who gave the floor (chairing.chair).
    ("chair", r"\b(?:who (?:chaired|chairs|was (?:the )?chair(?:ing|man|woman|person)?|led|ran|moderated|presided)|"
              r"qui (?:a (?:preside|anime|dirige|modere)|presidait|animait|dirigeait|moderait|"
              r"etait (?:le |la )?(?:president|presidente|animateur|animatrice|moderat\w+|chair))|"
              r"quien(?:es)? (?:presidio|presidia|preside|dirigio|modero|condujo|coordino|"
              r"(?:fue|era) (?:el |la )?(?:president[ea]|moderador[a]?|chair))|"
              r"quem (?:presidiu|presidia|preside|conduziu|dirigiu|moderou|coordenou|"
              r"(?:foi|era) (?:o |a )?(?:president[ea]|moderador[a]?|chair))|"
              # "Lucía presidió?", "Did Lucía chair the call?", "Humberto a-t-il présidé ?": who did
              r"presidio|presidiu|did (?:\w+ ){1,3}chair|(?:a t (?:il|elle) |a )preside|"
              # "chair?", "¿chair de AFRALO?": the word alone (with the meeting)
              r"^\W*(?:the |el |la |le |o |a )?(?:chair|chairperson|president[ea]?|presidence|presidencia)\b"
              r"(?! (?:of|del|de la|da|do|du) (?!\w+ralo\b)))\b"),
    # "Who joined late?": who spoke without being in the roll call.
    ("late", r"\b(?:(?:joined|arrived|came|connected|logged in) late|late (?:arrivals?|comers?)|latecomers?|"
             r"arrive\w* en retard|connecte\w* en retard|retardataires?|"
             r"(?:llego|llegaron|se conecto|se conectaron|entro|entraron|se unio|se unieron) (?:mas )?tarde|"
             r"(?:chegou|chegaram|entrou|entraram|se conectou|se conectaram) atrasad[oa]s?|atrasad[oa]s|"
             # "late?", "¿tarde?", "en retard ?": the word alone
             r"^\W*(?:late|en retard|retards?|tarde|atrasos?)\W*$)"),
    # "How many people answered the survey?": the transcripts do not say (not the attendance).
    ("survey_count", r"\b(?:(?:how many (?:(?:people|persons|ppl|members|participants|attendees|folks|of us|of you) )?"
                     r"(?:answered|responded|replied|filled (?:in|out)|completed|took) |"
                     r"combien (?:de (?:personnes|membres|participants) )?(?:ont|a) (?:repondu|rempli) (?:au |a la |a l )?|"
                     r"cuant[oa]s (?:(?:personas|miembros|participantes) )?(?:respondieron|contestaron|llenaron|completaron) (?:a )?|"
                     r"quant[oa]s (?:(?:pessoas|membros|participantes) )?(?:responderam|preencheram|completaram) (?:a )?)"
                     r"(?:the |this |that |our |la |el |a |o |le |ce |cette |esta |essa )?(?:\w+ralo |alac )?"
                     r"(?:survey|poll|questionnaire|sondage|enquete|encuesta|cuestionario|pesquisa|questionario)|"
                     r"how many (?:answers|responses|replies)(?: did)?(?: the| this| that)? (?:survey|poll|questionnaire)|"
                     r"combien de reponses (?:au |a la )?(?:sondage|questionnaire|enquete)|"
                     r"cuantas respuestas (?:tuvo |hubo |recibio )?(?:a )?(?:la |el )?(?:encuesta|cuestionario)|"
                     r"quantas respostas (?:teve |recebeu )?(?:a |o )?(?:pesquisa|questionario))\b"),
    ("survey", r"^(?=.*\b(?:questions?|preguntas?|perguntas?)\b).*\b(?:survey|questionnaire|sondage|encuesta|"
               r"cuestionario|pesquisa|questionario|enquete)\b|"
               # "What did the survey ask?", "Qu'a demandé le sondage ?", "¿Qué preguntó la encuesta?"
               r"\b(?:survey|poll|questionnaire|pesquisa|questionario|enquete) (?:ask|asked|asks|perguntou|perguntava)\b|"
               r"\b(?:demande|demandait|pregunto|preguntaba|perguntou|perguntava) (?:dans |en |na |no )?(?:le |la |el |a |o )?"
               r"(?:sondage|questionnaire|enquete|encuesta|cuestionario|pesquisa|questionario)\b"),
    # "survey?", "¿encuesta naralo?": the word alone (with the meeting), as "agenda?"
    ("survey_word", r"^\W*(?:the |la |el |le |a |o )?" + _CLOSING_BEFORE + r"(?:survey|poll|questionnaire|sondage|enquete|"
                    r"encuesta|cuestionario|pesquisa|questionario)" + _CLOSING_AFTER + r"\b"),
    # "Did the NARALO call have a survey?" (not "Was there a survey about mentoring?": a topic).
    # ("a closing survey", "una encuesta de cierre", "un sondage à la fin": the survey, read at the end)
    ("survey_held", r"\b(?:have|had|was there|is there|y a t il eu|il y a eu|y a t il|il y a|y avait il|il y avait|hubo|habia|hay|houve|havia|"
                    r"tuvo|teve|tem|ha) "
                    r"(?:(?:an?|une?|una?|uma?) )?" + _CLOSING_BEFORE +
                    r"(?:survey|questionnaire|sondage|encuesta|cuestionario|pesquisa|questionario|enquete)"
                    + _CLOSING_AFTER + r"\b"),
    # "What questions were asked in the June call?", "Who answered Raitme's question?", "Qu'a demandé
    # Raitme ?": the members' questions the summary finds, and who answered them.
    ("questions", r"\b(?:(?:what|which) questions (?:were|was|did|have|has)|questions (?:were )?asked|"
                  r"who asked (?:the |a |any )?questions?|who asked (?!(?:if|whether|for|about|that|how|what|why|when|where|to) )(?:\w+ ){1,4}(?:any |a )?questions?|"
                  r"quien(?:es)? (?:le |les )?(?:hizo|hicieron) (?:alguna )?preguntas?|que preguntas (?:recibio|recibieron|le hicieron)|"
                  r"quem (?:fez|fizeram) (?:alguma )?perguntas?|que perguntas (?:recebeu|receberam|lhe fizeram)|who answered (?:\w+ ){0,3}questions?|"
                  r"what did (?:\w+ ){1,3}ask\b(?! for\b| (?:\w+ ){1,3}to\b)|"    # not "ask Carlos to do", "ask for"
                  r"questions (?:from|of) the (?:floor|audience|participants)|"
                  r"quelles? (?:sont les |ont ete les )?questions|questions (?:ont ete )?posees|qui a pose|"
                  r"qui a repondu (?:a |aux )?(?:la |les )?(?:\w+ )?questions?|"
                  r"qu (?:a|ont) demande(?!(?: \w+){0,4} (?:de|d) \w+(?:er|ir|re)\b)|"     # not "… de faire"
                  r"qu est ce qu (?:il|elle|ils|elles|\w+) a demande|"
                  r"(?:que|cuales|quienes|quien) (?:preguntas|pregunto|preguntaron)|"
                  r"quien(?:es)? (?:respondio|respondieron|contesto|contestaron) (?:a )?(?:la |las )?preguntas?|"
                  r"preguntas (?:se hicieron|hechas|formuladas)|que se pregunto|"
                  r"(?:que|quais|quem) (?:perguntas|perguntou|perguntaram)|o que (?:\w+ ){1,3}perguntou|"
                  r"quem (?:respondeu|responderam) (?:a |as )?perguntas?|"
                  r"perguntas (?:foram )?feitas|questions and answers|questions et reponses|preguntas y respuestas|"
                  # asked of someone a clitic or "him" stands for ("¿le hicieron preguntas?", "lhe fizeram
                  # perguntas?", "fizeram-lhe perguntas?", "lui a-t-on posé des questions ?", "did they ask him questions?")
                  r"\b(?:le|les) (?:hicieron|hizo|han hecho) (?:alguna |algunas )?preguntas?|"
                  r"(?:\blhe (?:fizeram|fez)|(?:fizeram|fez) lhe) (?:alguma |algumas )?perguntas?|"
                  r"(?:a t on|ont ils|ont elles|a t il|a t elle) pose (?:des|une|de|d) ?questions? a\b|"
                  r"did (?:they|anyone|anybody|people|someone) ask (?:\w+ ){1,3}(?:any |some )?questions|"
                  r"(?:was|were) (?:\w+ ){1,3}asked (?:any |some )?questions|"
                  # …or anything ("¿le preguntaron algo?", "lhe perguntaram algo?", "was he asked anything?")
                  r"\b(?:le|les) (?:preguntaron|pregunto|han preguntado)\b|(?:\blhe (?:perguntaram|perguntou)|(?:perguntaram|perguntou) lhe)\b|"
                  r"(?:a t on|ont ils|ont elles|a t il|a t elle) demande (?:quelque chose )?a\b|"
                  r"did (?:they|anyone|anybody|people|someone) ask (?:\w+ ){1,3}anything|(?:was|were) (?:\w+ ){1,3}asked anything|"
                  r"perguntas e respostas|q ?(?:&|and) ?a|(?:questions|preguntas|perguntas)\b(?=.*" + lexicon_questions.UNANSWERED + "))"),
    # "Who answered Thiago?", "¿Quién le respondió a Thiago?", "Quem respondeu ao Thiago?", "Qui a
    # répondu à Thiago ?": a person answered is that person's questions (only when a name follows).
    ("questions_to", r"\b(?:who (?:answered|replied to|responded to)|"
                     r"quien(?:es)? (?:le |les )?(?:respondio|respondieron|contesto|contestaron) (?:a |al )|"
                     r"quem (?:lhe )?(?:respondeu|responderam) (?:a |ao |à )?|"
                     r"qui (?:lui )?a repondu (?:a |au )?)(?!(?:the |la |las |el |a |as |o |les |une |un )?"
                     r"(?:questions?|preguntas?|perguntas?|survey|encuesta|pesquisa|sondage)\b)"),
    # "What are the action items from the NARALO call?": the commitments of its summary.
    # "What dates were announced in that call?", "Quelles dates ont été annoncées ?": the summary's dates.
    ("dates", r"\b(?:(?:what|which) (?:dates|deadlines)(?: (?:were|have been|was))?(?: (?:announced|mentioned|given|set))?|"
              r"(?:key|important) dates|dates (?:announced|mentioned|given)|"
              # "¿Qué eventos se anunciaron en la llamada de septiembre?": the dates it announced
              r"(?:what|which|que|cuales|quais|quels|quelles) (?:eventos?|events?|evenements?) "
              r"(?:were |was |se |foram |ont ete )?(?:announced|anunciaron|anunciados|anunciad[oa]s|annonces)|"
              r"quelles (?:dates|echeances)(?: (?:ont ete|a t on|sont))?(?: (?:annoncees|mentionnees|donnees|fixees))?|"
              r"dates (?:annoncees|mentionnees|importantes)|"
              r"(?:que|cuales) (?:fechas|plazos)(?: se)?(?: (?:anunciaron|mencionaron|dieron|fijaron))?|"
              r"fechas (?:anunciadas|mencionadas|importantes)|"
              r"(?:quais|que) (?:datas|prazos)(?: (?:foram|se))?(?: (?:anunciad[oa]s|mencionad[oa]s|anunciaram))?|"
              r"datas (?:anunciadas|mencionadas|importantes)|"
              # "dates?", "¿fechas naralo?", "datas do webinário?": the word alone (with the meeting; "dates of
              # the Bogotá event?" names a topic: a search)
              r"^\W*(?:the |les |las |los |as |os )?(?:dates|fechas|datas)\b)\b"),
    ("commitments", r"\b(?:action (?:items?|points?)|commitments?(?: (?:were |was )?made)?|committed|commit|promised|promise|"
                    r"next steps|engagements?(?: (?:ont ete |a t on )?pris)?|"
                    r"(?:se sont|s est) engage\w*|prochaines etapes|actions a (?:suivre|mener)|suites a donner|promis|"
                    r"compromisos?(?: (?:que )?(?:quedaron|quedo|hubo|hay|se asumieron|se tomaron|se hicieron|asumieron))?|"
                    r"se comprometi\w*|proximos pasos|tareas (?:que )?(?:quedaron )?pendientes|prometio|prometieron|"
                    r"(?:que|lo que) (?:quedo|quedaron) pendientes?|"
                    r"compromissos?(?: (?:que )?(?:ficaram|houve|ha|foram assumidos|assumiram))?|se comprometeu|se comprometeram|"
                    r"proximos passos|encaminhamentos|prometeu|prometeram|(?:o que|que) (?:ficou|ficaram) pendentes?|"
                    + _UNDERTOOK + r")\b"),
    # "Who were the interpreters in 2020?", "Y avait-il des interprètes ?" (not "What did the
    # interpreter say about the sound?": a search).
    ("interpreters", r"\b(?:who (?:were|was) (?:the |our )?interpreters?|(?:were|was) there (?:any )?interpreters?|"
                     r"which interpreters|interpreters? (?:were|was) (?:there|present)|"
                     r"qui (?:etaient|etait|sont|est) (?:les |l )?interpretes?|"
                     r"(?:y avait il|y a t il eu|y a t il|il y avait|y en avait il) (?:des |un |une )?interpretes?|quels interpretes|"
                     r"quien(?:es)? (?:fueron|eran|son|fue|era) (?:los |las |el |la )?interpretes?|"
                     r"(?:hubo|habia|hay) interpretes|que interpretes|"
                     r"quem (?:foram|eram|sao|foi|era) (?:os |as |o |a )?interpretes?|(?:houve|havia|tinha|teve) interpretes|"
                     r"quais interpretes)\b"),
    # "Was there interpretation at the NARALO call?", "¿Había interpretación al francés en la llamada de NARALO?",
    # "The AFRALO call was in what language?": its interpreters (and its language), with no topic but a
    # language ("Was there interpretation into Portuguese at the forum?" is about the forum: a search).
    ("interpretation", r"\b(?:(?:was|were) there (?:any )?interpretation|"
                       r"did (?:the |that |this )?(?:\w+ ){0,3}?(?:call|meeting|webinar) have (?:any )?interpretation|"
                       r"(?:y avait il|y a t il eu|il y avait|y a t il) (?:de l |une |l )?interpretation|"
                       r"(?:hubo|habia|tuvo) interpretacion|(?:houve|havia|teve|tinha) interpretacao)\b|"
                       r"(?:\b(?:in|en|em) )?" + lexicon_questions.LANGUAGE_ASKED),
    # "interpreters?", "¿intérpretes naralo?", "Who interpreted the NARALO call?": the same, with no topic
    ("interpreters_word", r"^\W*(?:(?:and|y|et|e) )?(?:(?:the|les|los|las|os|as|l) )?(?:interpreters?|interpretes?)\b"
                          r"(?! (?:say|said|dit|dijo|dijeron|disse|disseram|a dit|ont dit)\b)|"
                          r"^\W*(?:(?:and|y|et|e) )?(?:who (?:interpreted|was interpreting|were interpreting)|"
                          r"qui (?:a|ont) (?:fait l )?interprete|qui interpretait|quien(?:es)? (?:interpreto|interpretaron|interpretaba)|"
                          r"quem (?:interpretou|interpretaram|interpretava|fez a interpretacao))\b"),
    ("apologies", r"\b(?:apolog\w*|excuses?|excuse|s est (?:il |elle )?excuse\w*|se sont (?:ils |elles )?excuse\w*|disculpas?|disculpo|"
                  r"disculparon|desculpas?|desculpou|ausencias?|ausentes?|absents?|absences?|"
                  # "Who missed the NARALO call?", "¿Quién faltó?", "Qui manquait ?", "Quem faltou?"
                  r"who (?:else )?(?:missed|was missing|were missing|(?:was|were)n t there|(?:was|were) not there|"
                  r"didn t (?:come|attend|show up)|did not (?:come|attend|show up))|"
                  r"qui (?:d autre )?(?:manquait|manquaient|a manque|ont manque|n etait pas (?:la|present)|n est pas venu)|"
                  r"quien(?:es)? (?:mas )?(?:falto|faltaron|no (?:vino|vinieron|asistio|asistieron|estuvo|estuvieron))|"
                  r"quem (?:mais )?(?:faltou|faltaram|nao (?:veio|vieram|compareceu|compareceram|esteve|estava|estavam)))\b"),
    # "Who read the roll call?": who read it out, not the attendance.
    ("roll_call_reader", r"\b(?:who (?:read|did|took|called|went through)(?: out)? the roll(?: call)?|"
                         r"qui a (?:fait|lu) l appel|qui a lu la liste des presents|"
                         r"quien (?:paso|tomo|leyo) (?:la )?lista|quem (?:fez|leu) (?:a )?(?:chamada|lista de presenca))\b"),
    ("attendance", r"\b(?:who (?:else )?(?:attended|was (?:there|present)|were (?:there|present)|joined|came)|attendees|"
                   # "Who was at the NARALO call?", "who was in the last meeting?", "who was at the 12th?"
                   r"who (?:else )?(?:was|were) (?:at|in|on) (?:the |that |this )?(?:\w+ ){0,3}?"
                   r"(?:call|meeting|webinar|\d{1,2}(?:st|nd|rd|th))|quem (?:estava|estavam) (?:na|no|em)|"
                   r"how many (?:people|ppl|participants|members|attended|attendees|came|joined|showed up|turned up)|"
                   r"how many (?:were|was) (?:there|present|(?:at|in|on) (?:the |that |this )?(?:\w+ ){0,3}?(?:call|meeting|webinar))|"
                   r"combien de (?:personnes|participants|membres)|combien (?:etaient|etions|ont assiste)|"
                   r"cuant[oa]s (?:personas|participantes|miembros)|cuanta gente|cuantos (?:eran|eramos|fueron|hubo|asistieron|vinieron)|"
                   r"quant[oa]s (?:pessoas|participantes|membros)|quanta gente|quantos (?:eram|tinha|tinham|foram|vieram|estavam)|"
                   r"attendance|roll call|qui (?:etait|etaient) (?:la|present\w*)|qui a (?:assiste|participe)|"
                   r"qui (?:etait|etaient) (?:a|au|aux|en) (?:la |l )?(?:\w+ )?(?:reunion|appel|webinaire)|"
                   r"qui ont (?:assiste|participe)|les presents|liste des presents|participants|"
                   r"quien(?:es)? (?:asistio|asistieron|estuvo|estuvieron|participo|participaron)|asistentes|"
                   # "¿Quién estaba en la de NARALO?", "Quem estava presente na reunião?", "Ils étaient combien ?"
                   r"quien(?:es)? (?:estaba|estaban) (?:en (?:la|el|esa|esta) (?:de |llamada|reunion|seminario|webinar)|presentes?)|"
                   r"quem (?:estava|estavam) presentes?|"
                   r"(?:ils|elles|on) (?:etaient|etait) combien|eram quantos|(?:eran|estaban) cuantos|"
                   r"quem (?:participou|participaram|esteve|estiveram|compareceu)|participantes|presentes|"
                   # "¿Cuál llamada tuvo más gente, NARALO o AFRALO?": each one's attendance, to compare
                   r"(?:which|what|cual|que|quel\w*|qual) "
                   r"(?:(?:call|meeting|llamada|reunion|reuniao|chamada|appel|one|una|uma) )?"
                   r"(?:had|tuvo|teve|a eu|avait) (?:more|most|the most|mas|mais|plus de|le plus de) "
                   r"(?:people|gente|personas|pessoas|personnes|participants|participantes|attendees|asistentes)|"
                   # "asistencia?", "presença?": the word alone
                   r"^\W*(?:la |a )?(?:asistencia|assistencia|presencia|presenca|presence)\W*$)\b"),
    # "Qui a lu l'ordre du jour ?": who read it out, not the agenda itself.
    ("agenda_reader", r"\b(?:who (?:read|presented|went through|gave)(?: out)? the agenda(?! (?:items?|points?|topics?)\b)|"
                      r"qui a (?:lu|presente|annonce|donne) l ordre du jour|"
                      r"quien(?:es)? (?:leyo|presento|anuncio) (?:el orden del dia|la agenda)|"
                      r"quem (?:leu|apresentou|anunciou) (?:a pauta|a agenda|a ordem do dia))\b"),
    # "Who gave the capacity building report?": a few words may come between.
    ("presenter", r"^\W*(?:(?:and|y|et|e|also) )?(?:who (?:presented|gave (?:the|a) (?:\w+ ){0,4}?(?:presentation|talk|report|update))|"
                  r"qui a (?:presente|fait (?:la|une) presentation|fait le (?:rapport|point))|"
                  r"quien(?:es)? (?:presento|presentaron|(?:hizo|dio) (?:la presentacion|el informe))|"
                  r"quem (?:apresentou|(?:fez|deu) (?:a apresentacao|o relatorio)))\b"),
    # "What did Koffi present?": the agenda items someone presented; "When did Koffi present?", "Quand Koffi
    # a-t-il présenté ?", "¿Cuándo presentó Koffi?": which, at which meetings (a topic after it is searched).
    ("presented_by", r"^\W*(?:(?:when (?:did|has) (?:\w+ ){1,3}present(?:ed)?|quand (?:\w+ ){1,3}(?:a t (?:il|elle) )?presente|"
                     r"cuando presento(?: \w+){1,3}|quando (?:o |a )?(?:\w+ ){1,3}apresentou)\b|"
                     r"what (?:did|has) (?:\w+ ){1,3}present(?:ed)?|qu (?:a|est ce qu (?:il|elle|\w+) a) (?:\w+ ){0,3}presente|"
                     r"(?:que|sobre que) (?:\w+ ){0,3}presento|(?:o )?que (?:o |a )?(?:\w+ ){0,3}apresentou|"
                     r"sobre o que (?:o |a )?(?:\w+ ){1,3}apresentou)\b"),
    ("agenda", r"\b(?:agenda|ordre du jour|orden del dia|pauta|ordem do dia)\b"),
    # "Who were the presenters at the AFRALO call?": its agenda ("what did the presenters say about…" is a search).
    ("presenters", r"\b(?:presenters|presentateurs|intervenants|ponentes|presentadores|expositores|apresentadores|"
                   r"palestrantes)\b"),
    # "Summary of the last call", "Résumé de la réunion de juin", "Resumen de la última llamada":
    # only with nothing else to it ("summarise the discussion about the budget" is a search).
    ("summary", r"\b(?:summary|summarize|summarise|sum up|recap|tl ?dr|minutes|resume|resumer|resumen|resumir(?:me|nos)?|resuma|resumo|resumez|"
                r"compte rendu|synthese|sintesis|sintese|"
                # "What was discussed in the last call?" (not "what was said about the budget?")
                # "What happened?", "Que s'est-il passé ?", "¿Qué pasó?", "O que aconteceu?"; "What was decided?"
                r"(?:what was (?:discussed|said|decided|agreed)|what happened|what did (?:we|they) decide|"
                r"qu(?:e|est ce qui) s est (?:il )?passe|qu (?:a t il|est ce qui a) ete (?:decide|convenu)|"
                r"que (?:paso|sucedio|ocurrio|se decidio|se acordo)|(?:o )?que (?:aconteceu|houve|foi (?:decidido|acordado))|"
                r"de quoi (?:a-t-on|on a|avez-vous|a t on) (?:parle|discute)|"
                r"de que se (?:hablo|trato|discutio)|que se (?:hablo|discutio|trato)|"
                r"(?:o )?que (?:foi|se) (?:discutido|falou|tratado)|do que se falou)"
                r"(?! (?:about|on|regarding|sur|sobre|acerca|a propos|de la|del|de|du|des))\b)\b"),
    ("meetings", r"\b(?:(?:which|what|list(?: of| the)?|all(?: the)?) (?:other )?(?:meetings|calls|webinars)|"
                 r"how many (?:\w+ralo |alac )?(?:meetings|calls|webinars)(?! (?:did|has|have|does|do) (?!(?:we|you|they|there|it|\w+ralo|alac)\b)\w)|"
                 r"combien de (?:reunions|appels|webinaires) " + _HELD_FR + r"|"
                 r"cuant[oa]s (?:reuniones|llamadas|webinarios|webinars|seminarios web) " + _HELD_ES + r"|"
                 r"quant[oa]s (?:reunioes|chamadas|webinarios) " + _HELD_PT + r"|"
                 r"quelles? (?:sont les )?(?:autres )?(?:reunions|appels|webinaires)|liste des (?:reunions|appels|webinaires)|"
                 r"(?:que|cuales|lista de) (?:otras )?(?:reuniones|llamadas|webinarios|webinars|seminarios web)|"
                 r"(?:quais|lista de) (?:outras )?(?:reunioes|chamadas|webinarios)|"
                 r"meetings do you (?:know|have)|"
                 # "Quand Rachid n'était-il pas là ?", "When did Rachid miss a call?": the meetings missed
                 r"^\W*(?:when|quand|cuando|quando)(?= .*\b(?:miss\w*|absent\w*|manqu\w*|falt\w*|ausente|"
                 + lexicon_questions.NOT_THERE + r")\b)|"
                 # "When did Carlos speak?", "Quand Rachid a-t-il parlé ?": the meetings they spoke in (no topic after)
                 + lexicon_questions.WHEN_SPOKE + "|"
                 # "meetings in october?", "¿reuniones de 2026?", "appels de NARALO ?": the word and when or whose alone
                 r"^\W*(?:the |les |las |los |as |os )?"
                 r"(?:meetings|calls|webinars|reunions|appels|webinaires|reuniones|llamadas|"
                 r"reunioes|chamadas|webinarios)"
                 r"(?= (?:in|en|em|of|de|du|del|da|do) (?:(?:%s)|\d{4}|\w+ralo|alac)\W*$))\b" % MONTH_WORD.pattern),
    # "When was the last AFRALO call?", "¿Hubo reunión en marzo?": the meetings, with no topic.
    # "When was the AFRALO meeting?" (in the past: "When is the follow-up call?" asks of an event).
    ("meetings_held", r"\b(?:when (?:was|is) the (?:last|latest|previous) (?:\w+ ){0,2}?(?:meeting|call|webinar)|"
                 r"when was the (?:\w+ ){0,2}?(?:meeting|call|webinar)|"
                 r"quand (?:a eu lieu|etait|est) (?:la derniere (?:reunion|seance)|le dernier (?:appel|webinaire))|"
                 r"quand (?:a eu lieu|etait) (?:la (?:reunion|seance)|l appel|le webinaire)|"
                 r"c etait quand (?:la derniere (?:reunion|seance)|le dernier (?:appel|webinaire))|"
                 r"cuando (?:fue|es) (?:la ultima (?:reunion|llamada)|el ultimo webinar)|cuando fue (?:la (?:reunion|llamada)|el webinar)|"
                 r"quando (?:foi|e) (?:a ultima (?:reuniao|chamada)|o ultimo webinario)|quando foi (?:a (?:reuniao|chamada)|o webinario)|"
                 # "What was the date of that call?"
                 r"(?:what|which) was the date of|quelle etait la date d|cual fue la fecha de|qual foi a data d|"
                 r"was there an? (?:meeting|call|webinar)|y a-t-il eu une? (?:reunion|appel|webinaire)|"
                 r"hubo (?:una )?(?:reunion|llamada)|houve (?:uma )?(?:reuniao|chamada))\b"),
)
