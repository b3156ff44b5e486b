"""Questions whose answer is data, not a quotation: who attended, who sent apologies, the agenda,
who presented an item, who chaired, which meetings exist, how often someone attended, who spoke
most, members' questions. Recognised by their wording in fr/es/pt/en. (Which meetings a question
points at: ``knowledge.which_meetings``; whom it names: ``knowledge.naming``.)"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Set
from dataclasses import dataclass

from knowledge import asking, chatter, lexicon, lexicon_chat, naming
from knowledge.about_someone import did_speak, was_there
from knowledge.analysis import ALL_STOPWORDS, QUESTION_WORDS, question_words
from knowledge.models import MeetingSummary
from knowledge.naming import MAX_NAMESAKES, people_named, person_named, speakers_asked
from knowledge.text import MONTH_WORD, fold
from knowledge.which_meetings import AND_WORDS, KIND_WORDS, ORDINAL_DAY, frame_word, kinds_named, meetings_named

# Checked in this order (folded text).
PATTERNS = (
    ("next", r"\b(?:next|upcoming) (?:\w+ )?(?:call|meeting|webinar|event)s?\b|\bnext \w+ one\W*$|"
             r"prochaine?s? (?:appel|reunion|webinaire|webinar|evenement|call)s?|"
             r"proxim[ao]s? (?:llamada|reunion|seminario|chamada|reuniao|webinario|webinar|evento|call)s?|when is the next\b"),
    # What is coming, asked otherwise: "¿Qué eventos vienen?", "any events in December?", "Eventos en
    # diciembre", "¿Hay algo en diciembre?" (not of a past month, nor of what a meeting said or held)
    ("coming", r"\b(?:que|cuales|quais|quels|quelles|what|which|any|algun|algum|des) (?:\w+ )?(?:eventos?|evenements?|events?)\b|"
               r"^\W*(?:(?:is there )?anything|what s|what is|whats) coming up\b|"
               r"^\W*(?:eventos?|evenements?|events?)\b(?! (?:de|of|du|do|da|del) )|"
               r"\b(?:hay|ha|tem|there is|is there|are there|y a t il) (?:algo|algum|alguma|anything|something|quelque chose)"
               r"(?: (?:planeado|previsto|programado|agendado|prevu|planned|scheduled))? (?:en|em|in|pour|para|for|no|na) "
               r"(?:%s)\b|" % MONTH_WORD.pattern +
               # "¿Qué hay en diciembre?", "what's happening in December", "Qu'est-ce qu'il y a en décembre ?"
               r"\b(?:que hay|o que (?:tem|ha)|what s happening|what is happening|whats happening|what s on|"
               r"qu est ce qu il y a|qu y a t il) (?:en|em|in|au mois de|no mes de|no mês de) (?:%s)\b|" % MONTH_WORD.pattern +
               # "When is the December LACRALO call?", "¿Cuándo es la llamada de LACRALO de diciembre?"
               r"^\W*(?:when is|when s|cuando es|cuando sera|quand est|quand aura lieu|quando e|quando sera)\b"
               r"(?=.*\b(?:calls?|meetings?|webinars?|llamadas?|reunion|chamadas?|reuniao|appels?|webinaires?|webinarios?)\b)"
               r"(?=.*\b(?:%s)\b)" % MONTH_WORD.pattern),
    # "How many times was IPv6 mentioned?": the turns that mention a topic, counted (mentions.py);
    # "How often did Humberto attend?" is participation.
    ("mentions", r"\b(?:how many times|how often|combien de fois|a quelle frequence|cuantas veces|"
                 r"con que frecuencia|quantas vezes|com que frequencia)\b"),
    ("participation", r"\b(?:participation|participacion|participacao|attendance rate|taux de (?:presence|participation)|"
                      r"how (?:often|many (?:meetings|calls)) (?:did|has|have|does)(?! (?:we|you|they|there|it)\b)|"
                      r"(?:con que frecuencia|com que frequencia|a quelle frequence|how often)(?=.*\b(?:attend|particip|assist|"
                      r"asist|comparec|vien[ea]|vem|vinha))|"
                      r"(?:how many times|combien de fois|cuantas veces|quantas vezes)(?=.*\b(?:attend|particip|assist|"
                      r"asisti|comparec|(?:was|were|etait|etaient|estuvo|esteve) present(?:e|es|s)?\b))|"
                      r"(?:participe|assiste|attended|asistio|participo|participou|assistiu|compareceu) "
                      r"(?:combien de fois|how many times|cuantas veces|quantas vezes)|"
                      r"combien de (?:reunions|appels)(?! (?:y a|il y a|avons|a t on|cette annee|en \d))|"
                      r"cuantas (?:reuniones|llamadas)(?! (?:hay|hubo|ha habido|tuvimos|se hicieron|este ano|en \d))|"
                      r"quantas (?:reunioes|chamadas)(?! (?:ha|existem|houve|tivemos|teve|este ano|neste ano|em \d))|"
                      r"assiduite|asistencia de|assiduidade|attended the most|most meetings|never missed|most assiduous|"
                      r"plus assidue?|(?:mas|mais) assidu[oa]|" + lexicon.MOST_MISSED + "|" + lexicon.BELOW_TARGET + "|"
                      + lexicon.ABOVE_TARGET + "|"
                      r"(?:assiste|participe) (?:au|a) plus (?:grand nombre de |de )|"
                      r"(?:asistio|participo) (?:a|en) mas|(?:participou|compareceu) (?:de|em|a) mais)\b"),
    # "Qui a parlé le plus ?", "How many times did Humberto speak?" (a person's turns, no topic).
    ("speakers", r"\b(?:(?:spoke|talked|spoken|speaks) (?:the )?most|most active|qui a le plus (?:parle|pris la parole)|"
                 r"qui (?:a )?parle le plus|qui a pris le plus la parole|quien (?:hablo|ha hablado|habla) mas|"
                 r"quien mas (?:hablo|ha hablado)|quem (?:falou|fala) mais|quem mais falou|"
                 r"(?:how many times|combien de fois|cuantas veces|quantas vezes)(?=.*\b(?:spoke|speak|talk|talked|"
                 r"parle|pris la parole|hablo|intervino|falou|interveio)\b)|"
                 r"temps de parole|tiempo de palabra|tempo de fala)\b"),
    # "Who spoke in the NARALO call?", "Qui a pris la parole ?": its speakers (not "Who spoke about
    # Toronto?", a search).
    ("spoke", r"^\W*(?:who (?:else )?(?:spoke|talked|took the floor|intervened)(?! (?:last|up|first|next)\b)|"
              r"qui (?:d autre )?(?:a|ont) (?:parle|pris la parole|intervenu)|"
              r"quien(?:es)? (?:mas )?(?:hablo|hablaron|intervino|intervinieron|tomo la palabra|tomaron la palabra)|"
              r"quem (?:mais )?(?:falou|falaram|interveio|intervieram|tomou a palavra|tomaram a palavra))\b"),
    # "Who chaired the AFRALO call?": the member who gave the floor (chairing.chair).
    ("chair", r"\b(?:who (?:chaired|chairs|was (?:the )?chair(?:ing|man|woman|person)?|led|ran|moderated|presided)|"
              r"qui (?:a (?:preside|anime|dirige|modere)|presidait|animait|dirigeait|moderait|"
              r"etait (?:le |la )?(?:president|presidente|animateur|animatrice|moderat\w+))|"
              r"quien(?:es)? (?:presidio|presidia|preside|dirigio|modero|condujo|coordino|"
              r"(?:fue|era) (?:el |la )?(?:president[ea]|moderador[a]?))|"
              r"quem (?:presidiu|presidia|preside|conduziu|dirigiu|moderou|coordenou|"
              r"(?:foi|era) (?:o |a )?(?:president[ea]|moderador[a]?))|"
              # "Lucía presidió?", "Did Lucía chair the call?", "Humberto a-t-il présidé ?": who did
              r"presidio|presidiu|did (?:\w+ ){1,3}chair|(?:a t (?:il|elle) |a )preside)\b"),
    # "Who joined late?": who spoke without being in the roll call.
    ("late", r"\b(?:(?:joined|arrived|came|connected|logged in) late|late (?:arrivals?|comers?)|latecomers?|"
             r"arrive\w* en retard|connecte\w* en retard|retardataires?|"
             r"(?:llego|llegaron|se conecto|se conectaron|entro|entraron|se unio|se unieron) (?:mas )?tarde|"
             r"(?:chegou|chegaram|entrou|entraram|se conectou|se conectaram) atrasad[oa]s?|atrasad[oa]s)\b"),
    ("survey", r"^(?=.*\b(?:questions?|preguntas?|perguntas?)\b).*\b(?:survey|questionnaire|sondage|encuesta|"
               r"cuestionario|pesquisa|questionario|enquete)\b|"
               # "What did the survey ask?", "Qu'a demandé le sondage ?", "¿Qué preguntó la encuesta?"
               r"\b(?:survey|poll|questionnaire|pesquisa|questionario|enquete) (?:ask|asked|asks|perguntou|perguntava)\b|"
               r"\b(?:demande|demandait|pregunto|preguntaba|perguntou|perguntava) (?:dans |en |na |no )?(?:le |la |el |a |o )?"
               r"(?:sondage|questionnaire|enquete|encuesta|cuestionario|pesquisa|questionario)\b"),
    # "Did the NARALO call have a survey?" (not "Was there a survey about mentoring?": a topic).
    ("survey_held", r"\b(?:have|had|was there|is there|y a t il eu|il y a eu|y a t il|il y a|y avait il|il y avait|hubo|habia|hay|houve|havia|"
                    r"tuvo|teve|tem|ha) "
                    r"(?:(?:an?|une?|una?|uma?) )?"
                    r"(?:survey|questionnaire|sondage|encuesta|cuestionario|pesquisa|questionario|enquete)\b"),
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
                  r"perguntas e respostas|q ?(?:&|and) ?a|(?:questions|preguntas|perguntas)\b(?=.*" + lexicon.UNANSWERED + "))"),
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
              r"datas (?:anunciadas|mencionadas|importantes))\b"),
    ("commitments", r"\b(?:action items?|commitments?|committed|commit|promised|promise|next steps|engagements?|"
                    r"(?:se sont|s est) engage\w*|prochaines etapes|actions a suivre|promis|compromisos?|"
                    r"se comprometi\w*|proximos pasos|tareas (?:que )?(?:quedaron )?pendientes|prometio|prometieron|"
                    r"compromissos?|se comprometeu|se comprometeram|proximos passos|encaminhamentos|prometeu|prometeram)\b"),
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
    ("apologies", r"\b(?:apolog\w*|excuses?|excuse|s est (?:il |elle )?excuse\w*|se sont (?:ils |elles )?excuse\w*|disculpas?|disculpo|"
                  r"disculparon|desculpas?|desculpou|ausencias?|ausentes?|absents?|absences?|"
                  # "Who missed the NARALO call?", "¿Quién faltó?", "Qui manquait ?", "Quem faltou?"
                  r"who (?:missed|was missing|were missing|(?:was|were)n t there|(?:was|were) not there|"
                  r"didn t (?:come|attend|show up)|did not (?:come|attend|show up))|"
                  r"qui (?:manquait|manquaient|a manque|ont manque|n etait pas (?:la|present)|n est pas venu)|"
                  r"quien(?:es)? (?:falto|faltaron|no (?:vino|vinieron|asistio|asistieron|estuvo|estuvieron))|"
                  r"quem (?:faltou|faltaram|nao (?:veio|vieram|compareceu|compareceram|esteve|estava|estavam)))\b"),
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
                   r"quem (?:participou|participaram|esteve|estiveram|compareceu)|participantes|presentes)\b"),
    # "Qui a lu l'ordre du jour ?": who read it out, not the agenda itself.
    ("agenda_reader", r"\b(?:who (?:read|presented|went through|gave)(?: out)? the agenda(?! (?:items?|points?|topics?)\b)|"
                      r"qui a (?:lu|presente|annonce|donne) l ordre du jour|"
                      r"quien(?:es)? (?:leyo|presento|anuncio) (?:el orden del dia|la agenda)|"
                      r"quem (?:leu|apresentou|anunciou) (?:a pauta|a agenda|a ordem do dia))\b"),
    # "Who gave the capacity building report?": a few words may come between.
    ("presenter", r"^\W*(?:who (?:presented|gave (?:the|a) (?:\w+ ){0,4}?(?:presentation|talk|report|update))|"
                  r"qui a (?:presente|fait (?:la|une) presentation|fait le (?:rapport|point))|"
                  r"quien(?:es)? (?:presento|presentaron|(?:hizo|dio) (?:la presentacion|el informe))|"
                  r"quem (?:apresentou|(?:fez|deu) (?:a apresentacao|o relatorio)))\b"),
    # "What did Koffi present?": the agenda items someone presented.
    ("presented_by", r"^\W*(?:what (?:did|has) (?:\w+ ){1,3}present(?:ed)?|qu (?:a|est ce qu (?:il|elle|\w+) a) (?:\w+ ){0,3}presente|"
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
    ("meetings", r"\b(?:(?:which|what|list(?: of| the)?|all(?: the)?) (?:meetings|calls|webinars)|"
                 r"how many (?:meetings|calls|webinars)(?! (?:did|has|have|does|do) (?!we|you|they|there|it)\w)|"
                 r"combien de (?:reunions|appels|webinaires) (?:y a|il y a|avons|a t on|cette annee|en \d)|"
                 r"cuant[oa]s (?:reuniones|llamadas|webinarios|webinars|seminarios web) (?:hay|hubo|ha habido|tuvimos|se hicieron|este ano|en \d)|"
                 r"quant[oa]s (?:reunioes|chamadas|webinarios) (?:ha|existem|houve|tivemos|teve|este ano|neste ano|em \d)|"
                 r"quelles? (?:sont les )?(?:reunions|appels|webinaires)|liste des (?:reunions|appels|webinaires)|"
                 r"(?:que|cuales|lista de) (?:reuniones|llamadas|webinarios|webinars|seminarios web)|"
                 r"(?:quais|lista de) (?:reunioes|chamadas|webinarios)|"
                 r"meetings do you (?:know|have))\b"),
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
_PATTERNS = [(kind, re.compile(p)) for kind, p in PATTERNS]
# A data question only with no topic word.
_NO_TOPIC = frozenset({"summary", "chair", "meetings_held", "commitments", "dates", "late", "presenters", "survey_held",
                       "agenda_reader", "roll_call_reader", "spoke", "presented_by"})
# A person named makes these about that person ("What happened with Humberto?"): a search.
_NO_PERSON = frozenset({"summary", "survey_held", "spoke"})
# With a topic, "Which meetings discussed the budget?" and "Who talked the most about IPv6?" ask
# where and by whom it came up: its mentions.
_MENTIONS_WITH_A_TOPIC = frozenset({"meetings", "speakers"})
# What says a topic is talked of ("How often does the group meet?" is no count of mentions).
_TALKED_OF = re.compile(r"\b(?:about|sur|sobre|acerca|a propos|mention\w*|discuss\w*|parl\w*|habl\w*|fal(?:ou|aram|ado|a)|"
                        r"mencion\w*|discut\w*|trat\w*|abord\w*|evoqu\w*|prononc\w*|pronunci\w*|said|dit|dicho|dito)\b")
# "How many times did … speak": a person's speaking time.
_COUNTING = re.compile(r"how many times|combien de fois|cuantas veces|quantas vezes")
# Said of no one in particular: "was mentioned", "a-t-on mentionné", "se mencionó", "foi mencionado".
_IMPERSONAL = re.compile(r"\b(?:was|were|been|fue|fueron|foi|foram|ete|a t on|on a|se)\b")
_ATTENDING = re.compile(r"\b(?:attend\w*|particip\w*|assist\w*|asisti\w*|came|come|join\w*|comparec\w*|"
                        r"vino|vinieron|veio|vieram|venu\w*)\b")
_KIND_OF = {"meetings_held": "meetings", "presenters": "agenda", "survey_held": "survey", "coming": "next"}
# What happened or was said, not what is coming ("what events were discussed in the call?")
_PAST_OR_SAID = re.compile(r"\b(?:were|was|happened|took place|announced|discussed|mentioned|said|fueron|hubo|pasaron|"
                           r"anunci\w*|mencion\w*|hablo|hablaron|dijo|dijeron|foram|houve|aconteceram|falou|falaram|disse|"
                           r"ont ete|ont eu lieu|annonce\w*|dit)\b")


def _month_gone(folded: str, today: dt.date | None) -> bool:
    """Does the question name a month just gone by ("any events in October?" on 22 November: of
    the last three; "January" is next year's)?"""
    if today is None or re.search(r"\b\d{4}\b", folded):
        return False
    months = [n for m in MONTH_WORD.finditer(folded) for n, names in enumerate(lexicon.MONTHS, 1) if m.group(0) in names]
    return any(1 <= (today.month - n) % 12 <= 3 for n in months)
# Data questions that may ask who said something ("Who talked the most about IPv6?").
_SAID_OF = frozenset({"speakers", "mentions", "presenter", "questions"})
# Data questions about one meeting, the latest when none is named ("Who sent apologies?"): in a
# conversation, the meeting just talked about.
ONE_MEETING = frozenset({"attendance", "apologies", "agenda", "agenda_reader", "roll_call_reader", "chair", "commitments", "dates", "late",
                         "present", "did_speak", "spoke", "summary", "survey", "interpreters"})
# After a survey's questions, "Quelles étaient les questions ?", "¿Cuáles eran las preguntas?" ask them again.
_THE_QUESTIONS = frozenset("""questions question preguntas pregunta perguntas pergunta quelles quels etaient etait
    eran era foram eram were what which cuales quais its ses sus suas seus""".split())
_QUESTION_NOUN = re.compile(r"\b(?:questions?|preguntas?|perguntas?)\b")


# "Who is organizing it?", "¿Quién organiza eso?", "Quem organiza isso?": the thing the last answer quoted.
_IT = re.compile(r"\b(?:it|that|ça|ca|cela|ceci|eso|esto|ello|isso|isto|disso|disto|nisso|nisto)\b", re.IGNORECASE)
# An object pronoun standing for "it", where no article can stand (folded): "Qui l'organise ?",
# "Puis-je y participer ?", "Qui s'en occupe ?" (not "Il y a…"), "¿Quién lo organiza?" (not "lo
# que"), "Quem a organiza?" ("Quando a reunião…" has an article).
_CLITIC = re.compile(
    r"\b(?:qui|je|tu|il|elle|on|nous|vous|ils|elles|ne|n|m|s|peux|peut|puis|faut)\s+"
    r"(?:l|le|la|les|en|y(?!\s+(?:a|avait|aura|aurait)\b))\b"
    r"|\b(?:quien|quienes|donde|cuando|como|no|ya|me|te|se)\s+(?:lo|los)\b(?!\s+(?:que|de|del|mismo|mas)\b)"
    r"|\b(?:quien|quienes)\s+(?:la|las)\b"
    r"|\b(?:quem|nao|ja)\s+(?:o|a|os|as)\b")
_ARTICLE_LIKE = re.compile(r"\s(?:le|la|les|las|o|a|os|as)$")
MAX_IT_WORDS = 2        # of its own: more, and "it" is no reference ("Is it true that the webinars are recorded?")
MAX_IT_WORDS_LAST = 4   # … unless "it" ends the question


def refers_to_it(question: str) -> bool:
    """Does the question point at a thing it does not name ("When is it?", "Can I volunteer for
    it?", "Where is that?", "¿Dónde es?")?"""
    if not question_words(question) and asking.asked_for(question):
        return True             # "¿Dónde es?", "Où est-ce ?", "Onde é?", "When?": of what was just said
    topic, comma, rest = question.partition(",")
    if comma and question_words(topic) and not (asking.asked_for(topic) or chatter.courtesy(topic)) and re.search(r"\w", rest):
        return False            # "Et la médiation, on en est où ?", "Y el foro, ¿dónde es?": "it" is the topic named first
    clitic = _CLITIC.search(fold(question))
    # "le", "la", "les", "o", "a" are articles too: only with the verb alone ("Qui l'organise ?", not
    # "Qui le président a-t-il nommé ?", "Quem a ICANN contratou?")
    if clitic and len(question_words(question)) <= (1 if _ARTICLE_LIKE.search(clitic.group(0)) else MAX_IT_WORDS_LAST):
        return True
    said = [m for m in _IT.finditer(question) if not m.group(0).isupper() or question.isupper()]     # (not "IT")
    # Last, it is what the question is about ("How many travel support places for it?"), whatever
    # else it says; else it may be no reference at all ("Is it true that the webinars are recorded?").
    last = bool(said) and not re.search(r"\w", question[said[-1].end():])
    return bool(said) and len(question_words(question)) <= (MAX_IT_WORDS_LAST if last else MAX_IT_WORDS)


def asks_the_questions(question: str, meetings: list[MeetingSummary]) -> bool:
    """Does the question ask for "the questions" and nothing else but which meetings ("Quelles
    étaient les questions ?", "What were the questions in 2020?"; not "What?")?"""
    return bool(_QUESTION_NOUN.search(fold(question))) and only_frame(question, meetings, _THE_QUESTIONS)

# What "And in the AFRALO call?" may ask again of other meetings.
REPEATABLE = ONE_MEETING | {"speakers", "absent", "questions"}
# After which answers "And Priya?" asks whether she was there (or spoke).
ABOUT_PRESENCE = frozenset({"attendance", "apologies", "late", "present", "did_speak", "absent"})
# Questions about someone at a meeting: "And in 2020?" asks them of the same people.
ABOUT_SOMEONE = frozenset({"present", "did_speak"})
_FOLLOW_UP_START = re.compile(lexicon.FOLLOW_UP_START)
_FOLLOW_UP_THAT = re.compile(lexicon.FOLLOW_UP_THAT)
_WHY = re.compile(r"^\W*(?:why|pourquoi|por que|por qué|porque)\b")
# Whom thanks or greetings are addressed to: "hola a todos", "bonjour à tous", "thanks Acta".
_NUMBERED_ITEM = re.compile(r"\b%s\s+%s\b" % (lexicon.NUMBERED, lexicon.ITEM_NOUNS))
_ITEM_NUMBER = re.compile(r"\b%s\s+(?:n[o°º]\.?\s*)?([1-9])\b(?!\s*%%)" % lexicon.ITEM_NOUNS)   # "item 2", "point n° 3"
# After an article: "na quinta" is on Thursday, "o quinto ponto" an item.
_ORDINAL_ITEM = re.compile(r"\b(?:the|le|la|l|el|o|a|du|del|do|da|au|al|ao|os|um|un|une)\s+(%s)\s+%s\b"
                           % ("|".join(lexicon.ORDINALS), lexicon.ITEM_NOUNS))
MAX_TOPIC_WORDS = 1


@dataclass(frozen=True)
class Intent:
    kind: str
    meetings: tuple[str, ...] = ()   # the meetings the question names (empty: not said)
    person: str | None = None        # a person's display name, when one is named
    named_but_missing: bool = False  # a date, month or group was named, and no meeting has it
    topic: tuple[str, ...] = ()      # mentions, questions: the topic's words (folded)
    speakers: tuple[str, ...] = ()   # mentions: whose turns are counted ("did Aida mention…"; none: everyone's);
    #                                  present: who is asked about; commitments: the namesakes named ("Michael")
    unknown: tuple[str, ...] = ()    # present: names asked about that no one has ("Did Batman attend?")


def detect(question: str, meetings: list[MeetingSummary], people: dict[int, str],
           language: str = "en", today: dt.date | None = None) -> Intent | None:
    """The structured question asked, if any (None: a question for search).

    A data question says little besides what it asks for: "who attended the last call?". One
    that also names a topic ("what did the attendees say about the Toronto event?"), asks what
    someone said about something, or asks why, is a question for search."""
    folded = fold(question)
    if _WHY.search(folded):
        return None
    for kind, asked_of in (("present", was_there), ("did_speak", did_speak)):
        asked_about = asked_of(question, people, meetings)
        if asked_about:
            named = meetings_named(question, meetings, language, today)
            return Intent(kind, tuple(x.id for x in named) if named is not None else (), named_but_missing=named == [],
                          speakers=tuple(asked_about[0]), unknown=tuple(asked_about[1]))
    for kind, rx in _PATTERNS:
        m = rx.search(folded)
        if not m:
            continue
        if kind == "mentions" and (_ATTENDING.search(folded) or not _TALKED_OF.search(folded)):
            continue
        if kind == "coming" and (_PAST_OR_SAID.search(folded) or _month_gone(folded, today)):
            continue
        # "¿Qué dijo Alberto sobre la participación…?" asks for Alberto's words ("Who spoke most,
        # Humberto or Aida?" and "How many times did Aida mention Montevideo?" do not).
        asked = speakers_asked(question, people)
        if kind not in ("speakers", "mentions", "questions") and asked:
            return None
        named = meetings_named(question, meetings, language, today)
        person = person_named(question, people)
        # Names are no topic, nor whose turns a count is of ("How many times did Carlos mention webinars?").
        # "How often did Carlos attend?" is each Carlos's participation.
        persons = (people_named(question, people) if kind in _MENTIONS_WITH_A_TOPIC else
                   people_named(question, people, namesakes=MAX_NAMESAKES) if kind in ("participation", "questions", "commitments") else
                   [person] if person else []) + asked
        # "Who presented the mitigation plan?" names its topic: an agenda item's title. "Who ran
        # the survey?" or "Was there a call on the budget?" are about the topic, not the data.
        allowed = 0 if kind in _NO_TOPIC else MAX_TOPIC_WORDS
        if kind in _NO_PERSON and (person or asked):
            return None
        if kind == "presented_by" and not person:
            continue        # "What did the group present?": not someone's items
        if kind == "speakers" and not person and _COUNTING.match(m.group(0)):
            return None     # "How many times did Batman speak?": whom it names is unknown (search says so)
        topic = _topic_words(folded, m, persons, meetings)
        if kind == "mentions" and not topic and person and (not asked or _IMPERSONAL.search(folded)):
            # "How many times was Humberto mentioned?", "Combien de fois a-t-on mentionné Aida ?"
            topic, asked = _topic_words(folded, m, [], meetings), []
        if kind == "mentions" and not topic:
            continue
        # "Which meetings mentioned Toronto?", "Who talked the most about the budget?": a count.
        if kind in _MENTIONS_WITH_A_TOPIC and topic and _TALKED_OF.search(folded) and not _ATTENDING.search(folded):
            kind = "mentions"
        elif kind not in ("next", "coming", "presenter", "mentions", "questions") and len(topic) > allowed:
            return None
        # "What did the attendees say about Toronto?" asks for what was said about it (a say verb
        # alone is no topic: "What was announced on the agenda?").
        said = lexicon.SAY_VERBS & set(without_about(folded).split())
        if said and kind not in _SAID_OF and set(topic) - lexicon.SAY_VERBS:
            return None
        return Intent(_KIND_OF.get(kind, kind), tuple(x.id for x in named) if named is not None else (), person,
                      named_but_missing=named == [],
                      **({"topic": tuple(topic), "speakers": tuple(asked)} if kind == "mentions" else
                         {"topic": tuple(topic)} if kind == "questions" else
                         # "What did Michael commit to?": each Michael
                         {"speakers": tuple(persons)} if kind == "commitments" and not person else {}))
    return None


def only_people(question: str, people: dict[int, str], meetings: list[MeetingSummary]) -> list[str]:
    """The people a follow-up names when it says nothing else but how it follows up and which
    meetings ("And Priya Raman?", "¿Y Humberto?", "Et Yasmina, à la réunion AFRALO ?"); [] when
    it says more, or names no one."""
    persons = naming.people_named(question, people, namesakes=naming.MAX_NAMESAKES)
    return persons if only_frame(question, meetings, also=naming.naming_words(question, persons) | AND_WORDS) else []


def follows_up(question: str) -> tuple[str | None, str | None]:
    """How a question follows up on the meeting just talked about, folded: the words it starts
    with ("And who sent apologies?", "¿Y quién presentó?", "What about the budget?") and those that
    point at the meeting ("in that call", "dans cette réunion"); None for what it does not say."""
    folded = fold(question)
    start, that = _FOLLOW_UP_START.search(folded), _FOLLOW_UP_THAT.search(folded)
    return start.group(0) if start else None, that.group(0) if that else None


def frame_first(question: str, meetings: list[MeetingSummary]) -> str:
    """ "Y en la de NARALO, ¿estuvo Sofía?", "And in NARALO, did Aisha say anything?": the question
    with the meetings it points at after it ("¿estuvo Sofía? en la de NARALO"), as it would be asked
    alone; the question itself otherwise."""
    frame, comma, rest = question.partition(",")
    if not comma or not re.search(r"\w", rest) or not _FOLLOW_UP_START.search(fold(frame.strip(" ¿¡"))) \
            or not only_frame(frame, meetings) or frame.count(" ") < 2:
        return question
    words = re.sub(r"^\W*\w+\s+", "", frame.strip())       # (not its "and")
    return f"{rest.strip().rstrip('?').strip()} {words}?"


def only_frame(question: str, meetings: list[MeetingSummary], also: Set[str] = frozenset()) -> bool:
    """Does the question say nothing but how it follows up and which meetings it points at ("And
    in the AFRALO call?", "¿Y en 2016?", "E na reunião da AFRALO?"), and the (folded) words ``also``?"""
    rest = re.findall(r"\w+", _FOLLOW_UP_THAT.sub(" ", _FOLLOW_UP_START.sub(" ", fold(question))))
    return all(w in also or w in ALL_STOPWORDS or w in _ONE or w in _ELIDED or frame_word(w, meetings) for w in rest)


_ELIDED = {"d", "l", "qu", "c", "s", "j", "n", "m", "t"}      # what French elides: "et celle d'AFRALO ?", "et l'AFRALO ?"


def ordinal_item(question: str) -> int | None:
    """The agenda item a question names by its place: "Who presented the first item?" 1, "Qui a
    présenté le dernier point ?" -1, "le 2e point" or "item 2" 2; None when it names none."""
    folded = fold(question)
    m = _ORDINAL_ITEM.search(folded)
    if m:
        return lexicon.ORDINALS[m.group(1)]
    lowered = question.lower()                          # "2º tema", "point n° 3", "5 %": before folding
    m = _NUMBERED_ITEM.search(lowered) or _ITEM_NUMBER.search(lowered)
    return int(m.group(1)) if m else None


def item_place(question: str, current: int = 0) -> int | None:
    """ "¿Y el segundo?", "Et le troisième ?", "And the last one?", "and item 3?", "el 2do?",
    "y el número 3?": an item named by its place and nothing else (following up on an agenda), from
    1 (-1: the last); "and the next one?", "¿y el anterior?" count from the item talked about
    (``current``, from 1; 0: none)."""
    words = [w for w in re.findall(r"[a-z0-9]+", _FOLLOW_UP_START.sub(" ", fold(question)))
             if w not in ALL_STOPWORDS and w not in _ONE and w not in _NUMBER_WORDS
             and not re.fullmatch(lexicon.ITEM_NOUNS, w)]
    if len(words) != 1:
        return None
    word = words[0]
    numbered = re.fullmatch(r"([1-9])(?:e|eme|er|ere|re|nd|rd|th|st|o|a|do|da|ro|ra|to|ta|vo|va|mo|ma)?", word)
    if numbered:
        return int(numbered.group(1))
    if word in lexicon.ORDINALS:
        return lexicon.ORDINALS[word]
    if current and word in lexicon_chat.NEXT_ITEM:
        return current + 1
    if current > 1 and word in lexicon_chat.PREVIOUS_ITEM:
        return current - 1
    return None


_NUMBER_WORDS = {"number", "numero", "num", "nr", "n"}


# "The AFRALO one", "celle de NARALO", "la de septiembre": a meeting pointed at, no topic.
_ONE = {"one", "ones", "uno", "una", "um", "uma", "un", "une", "celle", "celui", "celles", "ceux", "same", "meme"}


def without_about(folded: str) -> str:
    """Folded text without "à propos" (no verb of saying: "à propos des membres du conseil")."""
    return re.sub(r"\ba propos\b", " ", folded)


def _topic_words(folded: str, match: re.Match, persons: list[str], meetings: list[MeetingSummary]) -> list[str]:
    """The (folded) words of the question about something else than the data asked for, the
    meetings and the people it names."""
    rest = _FOLLOW_UP_THAT.sub(" ", folded[:match.start()] + " " + folded[match.end():]).split()   # not "nessa reunião"
    known = set(lexicon.FRAME_WORDS) | lexicon.REQUEST_WORDS | {g.lower() for m in meetings if m.group for g in [m.group]}
    for person in persons:
        known |= set(fold(person).split())
    def day(w: str) -> bool:                      # "12", "12th", "1er"
        return bool(ORDINAL_DAY.fullmatch(w))

    def abbreviated_month(i: int) -> bool:        # "Oct 12", "12 oct."
        return rest[i] in lexicon.MONTH_ABBREVIATIONS and any(day(rest[j]) for j in (i - 1, i + 1) if 0 <= j < len(rest))
    return [w for i, w in enumerate(rest) if w not in ALL_STOPWORDS and w not in QUESTION_WORDS and w not in known
            and not w.isdigit() and not day(w) and not MONTH_WORD.fullmatch(w) and len(w) > 2 and not abbreviated_month(i)]


def event_named(question: str, meetings: list[MeetingSummary]) -> Callable[[str], bool] | None:
    """Which events "when is the next …?" asks about, as a test of an event's title: of the kind
    ("le prochain webinaire") and the group ("the next NARALO call") named. None: any event."""
    folded = fold(question)
    groups = {m.group.lower() for m in meetings if m.group and m.group.lower() in folded.split()}
    kinds = [rx for kind, rx in KIND_WORDS if kind in kinds_named(folded)]
    # Another acronym is a name the title must say: "the next EURALO call", "the next IDN working
    # group meeting" (no group of ours: nothing like that, rather than another group's call).
    known = {m.group.lower() for m in meetings if m.group} | _NOT_NAMES
    shouted = question.isupper() and len(question.split()) > 2       # ("/next EURALO" is no shouting)
    # (a word stressed in capitals is none: "When is the NEXT meeting?", "la PROCHAINE réunion")
    acronyms = set() if shouted else {f for a in _ACRONYM.findall(question) if (f := fold(a)) not in _WORDS} - known
    if not groups and not kinds and not acronyms:
        return None

    def titled(title: str) -> bool:
        words = fold(title)
        return (not groups or bool(groups & set(words.split()))) and all(rx.search(words) for rx in kinds) \
            and acronyms <= set(words.split())
    return titled


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b")
_NOT_NAMES = frozenset({"utc", "gmt"})      # capitals that name no event
_WORDS = ALL_STOPWORDS | QUESTION_WORDS | frozenset(lexicon.FRAME_WORDS) | frozenset(
    w for words in lexicon.QUESTION_CUES.values() for w in words)
