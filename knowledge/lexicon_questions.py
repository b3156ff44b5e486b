"""How members ask, in the four languages (folded, without accents): what a data question asks
for (everyone at both calls, who attended most, who is below the target, when/where/how many),
the words framing it, corrections ("no, I meant…") and follow-ups ("and the next one?"). The
vocabulary of transcripts is in ``knowledge.lexicon``; of chat around questions in ``lexicon_chat``."""
from __future__ import annotations

# A question about several meetings that asks for what they share (folded): "Who attended both
# calls?", "Qui était présent aux deux réunions ?", "¿Quiénes asistieron a ambas?".
ALL_OF = (r"\b(?:both|every(?! (?:one|time)\b)|all (?:of )?(?:the|these|those|them)|all \w+ (?:meetings|calls)|tous les deux|toutes les deux|aux deux|"
          r"toutes les|tous les|(?:a|en) (?:las|los) dos|ambas|ambos|todas (?:las|as)|todos (?:los|os)|"
          r"(?:as|nas|das|os|nos|dos) (?:duas|dois))\b")
# Asking for participation ranked (folded): "ranking de asistencia", "attendance ranking", "classement des présences".
_ATTENDANCE = (r"(?:asistencia|attendance|participation|participacion|"
               r"presence|presences|presenca|participacao|assiduite|assiduidade)")
RANKING = (r"(?:ranking|classement|classificacao|clasificacion|league table|leaderboard) (?:de |of |da |du |des |de la )?"
           r"(?:la |a |las |les |the )?" + _ATTENDANCE + "|" + _ATTENDANCE + r" (?:ranking|league table|leaderboard)")
# Asking who attended most (folded): participation by meetings attended, not by rate.
MOST_ATTENDED = (r"\b(?:attended (?:the )?most|" + RANKING + "|(?:assiste|participe) (?:au|a) plus|never missed|most assiduous|"
                 r"(?:le plus|la plus) assidue?|(?:mas|mais) assidu[oa]|"
                 r"(?:asistio|participo) (?:a|en) mas|(?:participou|compareceu) (?:de|em|a) mais)\b")
# Asking who attended every meeting (folded): of the meetings named, those at each ("¿Quiénes asistieron a
# todas las llamadas de LACRALO?"); of none, those at 100 % ("¿Quién asistió a todas?").
ATTENDED_EVERY = (r"(?:went to|attended|came to) (?:every |all (?:the )?)(?:meetings?|calls?)|"
                  r"(?:asistio|asistieron|fue|fueron|vino|vinieron|participo|participaron) (?:a|en) tod[ao]s|"
                  r"(?:foi|foram|veio|vieram|participou|participaram|compareceu|compareceram|esteve|estiveram) (?:a|as|de|das|em|nas) tod[ao]s")
# Asking who attended least (folded): participation, the lowest rate first.
LEAST_ATTENDED = (r"\b(?:(?:lowest|worst|poorest) (?:attendance|participation)|attended (?:the )?(?:least|fewest)|least assiduous|"
                  r"(?:le|la) moins assidue?|(?:plus faible|pire) (?:taux de )?(?:participation|presence|assiduite)|"
                  r"(?:assiste|participe) (?:au|a) moins|(?:menor|peor) (?:asistencia|participacion)|(?:asistio|participo) (?:a |en )?menos|"
                  r"menos assidu[oa]|(?:menor|pior) (?:presenca|participacao|assiduidade)|(?:participou|compareceu) (?:de |em |a )?menos)\b")
# Asking who attended every meeting of their group (folded): those at 100 %.
NEVER_MISSED = (r"\b(?:(?:has|have|had|with|tiene|tienen|tem|tenha|a|ont|avec|con|com) 100(?: percent)? (?:attendance|participation|"
                r"asistencia|participacion|presenca|participacao|assiduite|de (?:asistencia|participacion|presenca|participacao|"
                r"presence|participation))|never (?:miss|skip)(?:ed|es|s)?|nunca (?:falto|faltaron|ha faltado|faltou|faltaram)|n (?:a|ont) jamais (?:manque|ete absente?s?)|"
                r"" + ATTENDED_EVERY + r")\b")
# Asking of every meeting rather than one (folded): "Who spoke most overall?", "¿Quién habló más en
# total?", "Qui a parlé le plus dans toutes les réunions ?", "Quem falou mais no geral?"; "How much did everyone
# speak?", "¿Cuánto habló todo el mundo?", "Combien tout le monde a-t-il parlé ?", "Quanto todo mundo falou?".
OVERALL = (r"\b(?:overall|in total|of all time|ever|everyone|everybody|tout le monde|todo el mundo|todo mundo|todos|"
           r"across (?:all )?(?:the )?(?:meetings|calls)|"
           r"(?:in|of) all (?:the )?(?:meetings|calls)|au total|en tout|de tous les temps|"
           r"(?:dans|de|sur) (?:toutes les|l ensemble des) (?:reunions|appels)|en total|en general|de todos los tiempos|"
           r"(?:de|en) todas las (?:reuniones|llamadas)|no total|no geral|em geral|de todos os tempos|"
           r"(?:de|em) todas as (?:reunioes|chamadas))\b")
# Someone not there, said with them (folded): "n'était-il pas", "no estuvo", "não participou", "wasn't",
# "not at", "didn't come" (what "When was Rachid not there?" and "Which meetings was he not at?" ask).
NOT_THERE = (r"n (?:etait|etaient) (?:(?:il|elle|ils|elles) )?pas|n (?:a|ont) (?:t (?:il|elle) )?pas (?:ete|assiste|participe)|"
             r"n est (?:(?:il|elle) )?pas venue?|no (?:estuvo|estaba|asistio|vino|participo)|"
             r"nao (?:esteve|estava|foi|veio|participou|compareceu)|(?:was|were)n t|(?:was|were) not|"
             r"not at|didn t (?:attend|come|go)|did not (?:attend|come|go)|"
             r"did ?n t (?:\w+ ){1,3}(?:attend|come|go)")     # "When didn't Rachid go?"
# …or the verb first, then who, as Spanish and Portuguese ask it ("¿Cuándo habló Humberto?", "quando falou o João?"):
# the words after the verb are a known person's name and nothing else (``intents``: not "cuando hablo de IDN").
WHEN_SPOKE_FIRST = (r"^\W*(?:cuando|quando) (?:hablo|intervino|tomo la palabra|falou|interveio|tomou a palavra) "
                    r"(?:(?:el|la|o|a) )?(?P<who>\w+(?: \w+){0,4})\W*$")
# When someone spoke, asked with nothing after the verb (folded): the meetings they spoke in, when someone is named
# ("When did Carlos speak?", "Quand Rachid a-t-il parlé ?", "quando o João falou?"; not "when did they talk?").
WHEN_SPOKE = (r"^\W*(?:when|quand|cuando|quando)(?= .*\b(?:speak|talk|parle|pris la parole|hablo|intervino|falou)"
              r"(?: (?:t )?(?:il|elle))?\W*$)|" + r"(?:%s)" % WHEN_SPOKE_FIRST.replace("(?P<who>", "(?:"))
# Apologies, said in a count of them ("Quantas vezes Humberto enviou desculpas?") with how they are sent: no
# topic (folded words). The verbs only beside an apology ("the environment presentations" are a topic).
APOLOGY = r"apolog\w*|excus\w*|disculp\w*|desculp\w*"
APOLOGY_SENT = APOLOGY + r"|send|sent|sends|envi\w*|mand\w*|ped\w*|pid\w*|present\w*|(?:s )?(?:est|sont)|se"
# Asking who sent apologies most often (folded): participation by apologies.
MOST_APOLOGISED = (r"\b(?:(?:sent|send) (?:the )?most apologies|apologi[sz]ed (?:the )?most|most apologies|"
                   r"(?:sent|send|gave) apologies (?:the )?most|(?:envio|mando) disculpas mas|(?:enviou|mandou) desculpas mais|"
                   r"(?:se disculpo|se ha disculpado|envio disculpas|se excuso) mas(?: veces)?|mas disculpas|"
                   r"(?:s est|s est le plus|a) (?:le plus )?excuse\w*(?: le plus| le plus souvent)|le plus d excuses|"
                   r"(?:se desculpou|pediu desculpas) mais(?: vezes)?|mais desculpas)\b")
# Asking who missed most (folded): participation by meetings missed.
# (in the present too: "¿Quién falta más a las llamadas?", "Who misses the most calls?", "Quem falta mais?"; not
# "¿Quién más faltó?", "Quem mais faltou?": who else; the English present asked of a person, "who…", "which…":
# "What does the region miss most?" is no one's attendance)
MOST_MISSED = (r"(?:missed (?:the )?most|(?:who|which \w+) (?:\w+ ){0,2}miss(?:es)? (?:the )?most|"
               r"most (?:absent|absences|missed)|absent (?:the )?most|"
               r"(?:rate|rates|manque|manquent) le plus|le plus (?:absent|d'absences|de reunions manquees)|"
               r"(?:falto|falta|faltan|se perdio|se pierde|ha faltado) (?:a )?mas|mas (?:ausente|ausencias|faltas)|"
               r"(?:faltou|falta|faltam|perdeu) (?:a )?mais|mais (?:ausente|ausencias|faltas))")
# Participation against the target (folded by ``text.shares_folded``: "50 %" is "50 percent"): "Who is below the 50% target?",
# "¿Quién no alcanza el objetivo?", "Qui est sous l'objectif ?", "Quem está abaixo da meta?"; and who meets it.
# Asked of people ("who…", "is Humberto…"), not "Did the survey hit the target?"; "under 50 %" says the target.
# A per-cent said ("50 %" is "50 percent" in ``text.shares_folded``; "50 por ciento"): a number alone
# ("who missed 2 calls?", "faltó a 3 de las llamadas") is a count, no share.
_PER_CENT = r" (?:percent|per cent|pour cent|pourcent|por ciento|por cento)\b"
_TARGET = (r"(?:(?:the |our |l |el |la |a |o |nuestra |nossa )?(?:(\d{1,3})(?:" + _PER_CENT + r")? )?"
           r"(?:(?:attendance|participation) )?(?:target|objectif|objetivo|meta)"
           r"(?: (?:de |del |of )?(\d{1,3}))?"
           # "the attendance target", "el objetivo de asistencia", "l'objectif de présence", "a meta de presença"
           r"(?: (?:de |d |del |da |of |for )?(?:la |l |a )?" + _ATTENDANCE + r")?|(\d{1,3})" + _PER_CENT + ")")
_WHO = r"\b(?:who|qui|quien|quienes|quem|is|are|est|sont|esta|estan|es|son|esta|estao)\b(?:\s+\S+){0,4}?\s+"
BELOW_TARGET = (_WHO + r"(?:(?:below|under|short of|miss\w*|(?:not|didn t|did not|don t|doesn t) (?:reach|meet|hit)\w*) " + _TARGET +
                r"|(?:sous|en dessous de|en deca de) " + _TARGET + r"|n (?:atteignent|atteint|ont|a) (?:pas )?(?:atteint )?(?:pas )?" + _TARGET +
                r"|no (?:alcanza|alcanzan|alcanzo|alcanzaron|llega|llegan|cumple|cumplen|cumplio|cumplieron)\w* (?:a |al )?" + _TARGET +
                r"|(?:por )?debajo del? " + _TARGET + r"|(?:abaixo|aquem) (?:da|de) " + _TARGET +
                r"|nao (?:atinge|atingem|atingiu|atingiram|alcanca|alcancam|alcancou|bate|batem|cumpre|cumprem|cumpriu) " + _TARGET +
                # "¿Quién faltó al 50 % de las llamadas?", "Qui a manqué 50 % des appels ?": a share missed
                # (as "Who missed 50% of the calls?"), not "faltó a 2 reuniones"
                r"|(?:falto|faltaron|ha faltado|faltou|faltaram|manque|manquait|manquaient|rate) (?:al |a |aux |au |em |en |a la )?"
                r"(\d{1,3})" + _PER_CENT + r" (?:de|des|du|of|das|dos|da|do)\b)")
ABOVE_TARGET = (_WHO + r"(?:(?:above|over|meet|meets|met|reach|reaches|reached|hit|hits) " + _TARGET +
                r"|(?:atteignent|atteint|au dessus de) " + _TARGET +
                r"|(?:alcanza|alcanzan|alcanzo|alcanzaron|cumple|cumplen|cumplio|cumplieron|por encima del?) " + _TARGET +
                r"|(?:atinge|atingem|atingiu|atingiram|alcanca|alcancam|bate|batem|cumpre|cumprem|cumpriu|cumpriram|acima da) "
                + _TARGET + ")")
# What names a meeting in keywords (folded): "call", "webinar", "wg", a regional group ("naralo", "alac").
OF_MEETINGS = (r"meetings?|calls?|webinars?|sessions?|events?|workshops?|wg|group|\w+ralo|alac|reunion|reuniones|llamadas?|"
                r"seminarios?|webinaires?|appels?|chamadas?|reuniao|reunioes|webinarios?|eventos?|evenements?|talleres|taller|"
                r"ateliers?|oficinas?")
# The word that asks a time, last in keywords (folded): "…meeting time", "llamada lacralo hora".
TIME_ASKED = r"(?:time|hora|horario|heure|horaire)s?\W*$"
# What a question asks for (folded): when, where, how long, how many. Its answer is a sentence
# that says it. "How long" comes before "how many" ("combien de temps", "cuánto tiempo").
_WHEN = r"(?<!\bvez en )(?<!\bvez em )(?:when|quand|cuando|quando)"
# A question's first words that ask something else than when ("¿qué dijo…", "o que disse…", "did she…").
_ASKING = (r"(?:(?:o )?que|what|who|which|how|why|did|does|do|is|was|were|quoi|qui|quel|quelle|quels|quelles|comment|"
           r"pourquoi|est ce|quien|quienes|cual|cuales|como|por que|quem|qual|quais|porque)\b")
ASKS_FOR = (
    # A deadline: a sentence that says when something is due ("avant le vendredi 16 octobre"), not
    # when the event is held.
    ("deadline", r"\b(?:deadline|due date|date limite|delai|plazo|fecha limite|prazo|data limite|ate quando|hasta cuando|"
                 r"jusqu a quand|until when|by when)\b"),
    # "when", "quand", "cuando", "quando" only near the start, or last ("a Beatriz vai mandar o guia
    # quando?"): elsewhere, they join clauses ("What did Aida say when…"); nor in "de vez en cuando",
    # "de vez em quando" (sometimes).
    # In keywords, "when" before a last verb asks it too ("la guia de beatriz cuando llega"), not after a
    # question word ("¿qué dijo Aida cuando terminó?", "what did Aida say when asked").
    ("when", r"^(?:\w+ ){0,3}" + _WHEN + r"\b|\b" + _WHEN + r"$|^(?!" + _ASKING + r")(?:\w+ ){1,6}" + _WHEN + r" \w+$|"
             r"\b(?:what time|what day|what date|which day|"
             r"quel jour|quelle date|a quelle heure|que dia|que fecha|a que hora|que horas|qual (?:e )?a data)\b|"
             # In keywords, a meeting's time asked last: "idn wg meeting time", "ipv6 webinar naralo time",
             # "llamada lacralo hora" (not "next time", "on time", "out of time")
             r"\b(?:" + OF_MEETINGS + r") " + TIME_ASKED),
    ("where", r"^ou\b|\bou (?:aura|a eu|a lieu|se tiendra|se trouve|sera)\b|\b(?:where|donde|onde|in which city|which city|"
              r"what city|dans quelle ville|en que ciudad|em que cidade|quel lieu|what venue)\b"),
    ("how_long", r"\b(?:how long|combien de temps|quelle duree|cuanto tiempo|cuanto dura|quanto tempo|quanto dura|"
                 r"what duration)\b"),
    ("how_often", r"\b(?:how often|a quelle frequence|tous les combien|con que frecuencia|cada cuanto|com que frequencia|"
                  r"a cada quanto|de quanto em quanto)\b"),
    ("how_many", r"\b(?:how many|how much|what percentage|what share|combien|quel pourcentage|cuantos|cuantas|"
                 r"(?<!cada )cuanto(?! a\b)|que porcentaje|quantos|quantas|(?<!cada )(?<!de )(?<!em )quanto(?! a\b)|que porcentagem|qual (?:a )?porcentagem)\b"),
)
# A question asking for the time of day (folded): "a que hora es la reunion…?", answered by the
# sentence that says the time ("…à 17:00 UTC") rather than the day ("demain, il y aura une réunion").
ASKS_HOUR = (r"\b(?:what time|at what time|a quelle heure|quelle heure|"
             r"a que hora|que hora|a que horas|que horas|em que horario|que horario)\b")
# What says a date is a deadline (folded): "must be sent before Friday 16 October", "vence el
# viernes 9", "due on", "até o dia 5" (not "we will send the form d'ici vendredi": an errand).
DEADLINE_SAID = (r"\b(?:deadline|due|before|until|no later than|closes|avant|jusqu|date limite|delai|plazo|"
                 r"antes|hasta|vence|vencen|fecha limite|prazo|ate|limite)\b")
# A number, in figures or words (folded; not "un", "una", "um": articles too).
# Tens and teens in full, and the round counts ("some forty forms", "unos cuarenta formularios",
# "une vingtaine", "uma dúzia").
NUMBER = (r"\b(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
          r"hundreds?|thousands?|dozens?|half|third|quarter|"
          r"deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
          r"vingt|trente|quarante|cinquante|soixante|cent|mille|dizaine|douzaine|quinzaine|vingtaine|trentaine|"
          r"quarantaine|cinquantaine|centaine|moitie|tiers|quart|"
          r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veinte|veinti\w+|"
          r"treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|mil|decena|docena|veintena|"
          r"centenar|mitad|tercera parte|tercio|cuarto|"
          r"dois|duas|quatro|sete|oito|nove|dez|onze|doze|treze|catorze|quinze|dezesseis|dezasseis|dezessete|"
          r"dezassete|dezoito|dezenove|dezanove|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|"
          r"cem|cento|dezena|duzia|metade|terco)\b")
# How often something happens (folded): "every other Thursday", "deux fois par mois", "twice".
FREQUENCY = (r"\b(?:every|each|once|twice|weekly|monthly|tous les|toutes les|chaque|fois|cada|todos los|todas las|"
             r"veces|semanal|mensual|todos os|todas as|vezes|semanal|mensal)\b")
# A length of time after a number (folded): "entre quatre et six mois", "two hours".
DURATION_UNITS = (r"\b(?:minutes?|heures?|hours?|jours?|days?|semaines?|weeks?|mois|months?|ans|annees|years?|"
                  r"minutos?|horas?|dias|semanas?|meses|anos)\b")
# A question about questions asked (folded): "Who asked about…", "¿Qué preguntó Keisha?". Its
# answer may be a question.
ABOUT_ASKING = (r"\b(?:ask|asks|asked|asking|questions?|demandait|pose|posee?s?|"
                # (not the noun: "les demandes de soutien", "une demande")
                r"(?<!les )(?<!des )(?<!la )(?<!une )(?<!vos )(?<!nos )(?<!aux )(?<!ses )(?<!leurs )demandee?s?|"
                r"preguntas?|pregunto|preguntaron|perguntas?|perguntou|perguntaram)\b")
# Words a data question uses around what it asks for (folded): "who attended the last call in June?".
FRAME_WORDS = frozenset("""meeting meetings call calls reunion reunions reuniones appel appels llamada llamadas reuniao reunioes chamada
    chamadas webinar webinaire webinario last latest recent derniere dernier ultima ultimo precedent previous
    monthly mensuel mensuelle mensual mensal list liste lista all tous toutes todos todas todas were was
    present presents presente presentes people personnes personas pessoas member members membres miembros membros
    sent envoye enviaron enviaram names noms nombres nomes know connais conoces conhece there la ahi
    questions question preguntas pregunta perguntas pergunta asked posees posées hechas feitas read lues
    ask answer answered answers hicieron hizo fizeram fez repondu respondio respondieron respondeu responderam
    month mois mes week semaine semana please pls plz svp stp porfa favor stored exist exists available
    recorded ingested existe existent existen existem disponibles disponiveis have held
    word words mot mots palabra palabras palavra palavras term terme termo pronounced prononce pronunciada
    pronunciado pronunciou fueron foram furent pris prises taken made tomados tomadas hechos hechas feitos
    feitas asumidos assumidos lors durante during any alguna algun algum alguma tomaron tomaram tomou hubo houve
    habia havia ont eu dia year annee ano quick short brief rapido rapida rapide bref breve corto corta curto curta
    petit pequeno tldr
    final""".split())
# Words that only stress what a question asks, or tie it to what was said before (folded): "Did Humberto
# come anyway?", "o Humberto veio mesmo assim?", "¿vino igual?", "est-il venu quand même ?", "who chaired in
# the end?", "who exactly chaired?", "did Priya really attend?", "¿entonces quién presidió?", "qui alors ?".
# ("al final", "à la fin", "no final" say when in the call: "¿quién habló al final?")
EVEN_SO = (r"\b(?:anyway|anyways|anyhow|after all|even so|all the same|in the end|at all|really|actually|exactly|"
           r"precisely|though(?=\W*$)|then(?=\W*$)|by the way(?=\W*$)|"
           r"quand meme|tout de meme|malgre tout|finalement|en fin de compte|de toute facon|vraiment|en fait|"
           r"exactement|precisement|alors|"
           r"aun asi|aun con eso|de todos modos|de todas formas|de todas maneras|igual(?=\W*$)|igualmente|finalmente|"
           r"de verdad|realmente|en realidad|exactamente|precisamente|entonces|"
           r"mesmo assim|ainda assim|de qualquer forma|de qualquer jeito|de todo jeito|afinal|no fim das contas|"
           r"de fato|na verdade|exatamente|entao)\b")
# A clause that grants something before or after what a question asks (folded), to its end: "did Humberto
# show up even though he sent apologies?", "o Humberto apareceu mesmo tendo pedido desculpas?", "¿vino
# aunque se había disculpado?", "est-il venu bien qu'il se soit excusé ?". It asks nothing more.
CONCESSION = (r"\b(?:even though|even if|even after|although|though|despite|in spite of|"
              r"mesmo (?:tendo|depois|que|com|sem)|apesar d[eoa]s?|embora|"
              r"aunque|aun (?:habiendo|cuando|despues)|a pesar de|pese a|"
              r"bien qu|meme si|meme apres|malgre|alors qu)\b.*$")
# Words that ask whether someone said anything at all, no topic (folded): "Did Keisha say anything?",
# "Est-ce que Humberto a parlé ?", "¿Dijo algo Aida?", "O Thiago disse alguma coisa?".
ANYTHING = frozenset("anything something estce quelque chose algo alguna alguma coisa".split())
# Asking for the questions left unanswered (folded), and the words that say so (no topic).
UNANSWERED = (r"\b(?:not (?:been )?answered|unanswered|without (?:an )?answers?|no answers?|open questions|"
              r"sans reponses?|pas (?:eu de reponse|repondu)|non repondues?|"
              r"sin (?:respuestas?|responder)|no (?:fueron |se )?respond\w*|sem (?:respostas?|responder)|"
              r"nao (?:foram )?respondid\w*)\b")
# The place of who asked, in "what did dev ask" (folded): a name there, even short and in lower case, is the asker's.
# A request made of someone (folded): "what did they ask Carlos to do?", "que le pidieron a Carlos que hiciera",
# "o que pediram ao Carlos para fazer": the name is whom it was asked of, not who spoke.
ASKED_OF = (r"\b(?:ask|asked|pidio|pidieron|pediu|pediram|demande|demandent)\s+(?:(?:a|ao|a la|aux?)\s+)?"
            r"\w+\s+(?:\w+\s+)?(?:to|que|para|de|d)\b")
# ("qu'a demandé dev", "que pregunto dev" are searches, which quote the turn that names his question.)
ASKER_SLOT = r"\bwhat did ((?:\w+ ){1,3})ask\b|\bo que ((?:\w+ ){1,3})(?:perguntou|perguntaram)\b"
UNANSWERED_WORDS = frozenset("""not been answered unanswered without answer answers no open sans reponse reponses pas eu
    repondu non repondue repondues sin respuesta respuestas responder fueron se respondidas respondida respondieron
    sem resposta respostas nao foram respondidas respondidos restees restee restes reste restent quedaron quedo
    ficaram ficou left remained""".split())
# How members put a request, no topic (folded): "Give me a summary of…", "Can you summarize…",
# "Peux-tu me donner…", "¿Me puedes dar…?", "Pode me mostrar…".
REQUEST_WORDS = frozenset("""give can could would show tell send make me us please donne donner donnez peux pouvez
    pourrais pourriez tu vous faire fais faites svp plait voudrais montre montrer moi nous dame dar puedes podrias
    podria puede haces hace hacer haz favor quiero muestra mostrar pode poderia podes voce fazer faz faca quero
    gostaria mostra manda pasas pasame pasarias mandas mandame envias enviame passas""".split())
# A member correcting the question they just asked (folded): "no i meant the afralo one", "sorry i
# meant 2020", "non, je voulais dire celle d'AFRALO", "no, en la de afralo", "não, a de outubro",
# "digo, o webinário": a "no" or "sorry" followed by punctuation, or a "meant".
CORRECTION_NO = (r"(?:(?:no|non|nao|nope|sorry|perdon|pardon|desculpa|desculpe|oops|ops|wait|my bad|me equivoque|"
                 r"je me suis trompee?|eu me enganei|me enganei)\b[\s,.!;:]*)*")
CORRECTION_MEANT = (r"(?:i meant|i mean|meant|i was asking about|je voulais dire|je veux dire|je parlais de|"
                    r"quise decir|queria decir|me referia a|digo|eu quis dizer|quis dizer|queria dizer|quero dizer|"
                    r"eu me referia a|me referia a)\b[\s,:]*")
# …but not a "no" or "sorry" before thanks, "No. of people", or another question of its own ("No, who chaired?").
NOT_CORRECTION = (r"^\s*(?:of|gracias|merci|thanks|thank you|obrigad[oa]|problem|problema|probleme|worries|pasa|passa)\b|"
                  r"\b(?:who|what|when|where|which|how|qui|quoi|quand|quel|quelle|quien|quienes|cuando|donde|cual|"
                  r"como|quem|quando|onde|qual|quais)\b")
# A question that follows up on the meeting just talked about (folded): by how it starts ("And who
# sent apologies?", "Et qui était excusé ?", "¿Y quién presentó?", "What about the budget?"), or by
# pointing at it ("in that call", "dans cette réunion", "en esa reunión", "nessa reunião").
FOLLOW_UP_START = (r"^(?:and|et|y(?! (?:a t|avait|aura|aurait|a eu|a il)\b)|e(?! mail)|also|aussi|tambien|tambem|what about|how about|et pour|y en|"
                   r"e no|e na|(?:the )?same (?:for|in|at)|lo mismo (?:para|en|de)|pareil pour|(?:la )?meme chose pour|"
                   r"o mesmo (?:para|em|na|no))\b")
FOLLOW_UP_THAT = (r"\b(?:(?:that|this|the same) (?:meeting|call|webinar|day)|(?:in|at|during) it|"
                  r"(?:cette|cet|ce|la meme|le meme) (?:reunion|appel|webinaire|jour)|"
                  r"(?:esa|esta|ese|este|la misma|el mismo) (?:reunion|llamada|webinario|dia)|"
                  r"(?:essa|esta|nessa|nesta|a mesma|nesse|neste|o mesmo) (?:reuniao|chamada|webinario|dia))\b")

# The words a question starts with, per language (folded): a first word one keystroke from one of
# these and said nowhere is read as it ("qien presento…", "wen is the webinar", "cuado es…").
INTERROGATIVES = {
    "fr": "quand quel quelle quels quelles qui quoi comment pourquoi combien".split(),
    "es": "cuando cual cuales quien quienes donde como cuanto cuantos cuanta cuantas".split(),
    "pt": "quando qual quais quem onde como quanto quantos quanta quantas".split(),
    "en": "when what which who whom whose where why how".split(),
}
# Words one keystroke from a question word that are words themselves (folded), which no first word is read
# away from, though no transcript says them: "quant aux webinaires", "cuarto punto", "quer saber", "whole call".
NOT_MISTYPED = frozenset("quant quai quoique cuarto coma quer onze onda whole way whew wheat hoy".split())

# Asking a call's language, not only its interpreters ("the afralo call was in what language",
# "¿en qué idioma fue?", "dans quelle langue ?", "em que língua?"), folded.
LANGUAGE_ASKED = (r"\b(?:(?:what|which) languages?|(?:dans|en) quelles? langues?|quelles? langues?|"
                  r"(?:que|cual|cuales) (?:idiomas?|lenguas?)|(?:que|qual|quais) (?:idiomas?|linguas?))\b")
