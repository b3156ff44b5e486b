"""Months, weekdays, days said relative to today, and times of day, in the four languages (fr, es,
pt, en): the vocabulary of dates in questions, openings and calls. Folded text unless said. The rest of
the vocabulary is in ``knowledge.lexicon``."""
from __future__ import annotations

# Dates said in the call that need the meeting's date to be complete (raw text).
MONTHS_PATTERN = (r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
                  r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
                  r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
                  r"january|february|march|april|may|june|july|august|september|october|november|december")
# Months in our four languages (folded), January first (Spanish also writes "setiembre").
MONTHS = [("janvier", "enero", "janeiro", "january"), ("fevrier", "febrero", "fevereiro", "february"),
          ("mars", "marzo", "marco", "march"), ("avril", "abril", "abril", "april"), ("mai", "mayo", "maio", "may"),
          ("juin", "junio", "junho", "june"), ("juillet", "julio", "julho", "july"), ("aout", "agosto", "agosto", "august"),
          ("septembre", "septiembre", "setembro", "september", "setiembre"), ("octobre", "octubre", "outubro", "october"),
          ("novembre", "noviembre", "novembro", "november"), ("decembre", "diciembre", "dezembro", "december")]
# Months abbreviated ("Oct 12", "12 oct.", "5 déc"): read as months only next to a day ("out", "set",
# "ago" are words too, and left out).
MONTH_ABBREVIATIONS = {"jan": 1, "ene": 1, "feb": 2, "fev": 2, "fevr": 2, "mar": 3, "apr": 4, "avr": 4, "abr": 4,
                       "jun": 6, "jul": 7, "juil": 7, "aug": 8, "aou": 8, "sep": 9, "sept": 9, "oct": 10,
                       "nov": 11, "dec": 12, "dez": 12, "dic": 12}
MONTH_AFTER_DAY = {"set": 9, "ago": 8}     # …and these only after a day: "21 set" ("12 out of 20" is no October)
MONTH_AFTER_DE = {"out": 10}                # …and these only after a day and "de": "5 de out" (Portuguese)
# An abbreviation that is also a word ("mar": the sea): a month only after a day ("3 mar", "3 de mar")
# or with its full stop before one ("mar. 3"), not "¿qué se dijo del mar 3 veces?".
MONTH_ALSO_A_WORD = frozenset({"mar"})
# What a number counts, after it (folded): "3 veces", "2 personas" are no day of a month.
COUNTED_NOUNS = frozenset("veces vezes fois times people persons personas pessoas personnes participants members "
                          "miembros membros membres minutes minutos hours horas heures days dias jours weeks semanas "
                          "semaines calls llamadas chamadas appels meetings reuniones reunioes reunions percent".split())
# Weekdays in our four languages (folded), Monday first: "el próximo martes", "next Tuesday".
WEEKDAYS = [("lundi", "lunes", "segunda", "monday"), ("mardi", "martes", "terca", "tuesday"),
            ("mercredi", "miercoles", "quarta", "wednesday"), ("jeudi", "jueves", "quinta", "thursday"),
            ("vendredi", "viernes", "sexta", "friday"), ("samedi", "sabado", "sabado", "saturday"),
            ("dimanche", "domingo", "domingo", "sunday")]
# Portuguese weekdays are ordinals too ("até a segunda fase"): -feira, or nothing after them but punctuation.
_WEEKDAYS = (r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
             r"domingo|(?:segunda|terça|quarta|quinta|sexta)(?=-feira|\s*(?:[.,;:!?)]|$))|monday|tuesday|wednesday|"
             r"thursday|friday|saturday|sunday")
# Days said relative to the call. "Mañana" is also the morning: "esta mañana", "por la mañana"
# are not tomorrow. "Next Tuesday" is a weekday, "by Friday" a deadline.
RELATIVE_DAYS = (r"\b(?:demain|après-demain|pasado mañana|(?<!la )(?<!esta )(?<!cada )mañana|depois de amanhã|amanhã|"
                 r"the day after tomorrow|tomorrow|"
                 r"(?:mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche) prochain|"
                 r"(?:el )?próximo (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|"
                 r"(?:na )?próxima (?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|"
                 r"next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                 r"(?:(?<=d'ici )|(?<=d’ici )|(?<=avant )|(?<=by )|(?<=before )|(?<=antes del )|(?<=hasta el )|(?<=até )|"
                 r"(?<=até a )|(?<=antes de )|(?<=para el ))(?:" + _WEEKDAYS + r")(?:-feira)?(?!\s+\d))\b")
# Their distance in days (folded), and the words that make a weekday the next one.
RELATIVE_OFFSETS = {"demain": 1, "manana": 1, "amanha": 1, "tomorrow": 1, "apres demain": 2, "pasado manana": 2,
                    "depois de amanha": 2, "the day after tomorrow": 2}
NEXT_WEEKDAY = r"\b(?:prochain|proximo|proxima|next)\b"
# Next week, said without a day: "la semaine prochaine", "la próxima semana", "next week".
RELATIVE_WEEK = (r"\b(?:la semaine prochaine|la próxima semana|la semana que viene|la semana próxima|"
                 r"na próxima semana|a próxima semana|semana que vem|next week)\b")
# What says a date in a call's opening is the call's own (folded, just before the date): "today is
# Monday, 12 October 2026", "hoy es lunes 21 de septiembre", "nous sommes le 20 juin 2016", "hoje é
# segunda-feira", "this call of 3 November"; "it is", "es", "c'est", "ce", "este" only before a weekday
# ("c'est lundi 5 octobre", "este lunes 21"; not "la fecha límite es 30 de noviembre").
_WEEKDAY_WORDS = "|".join(sorted({name for names in WEEKDAYS for name in names}))
TODAY_BEFORE_DATE = (r"\b(?:(?:today is|today s date is|todays date is|today|this call of|this meeting of|hoy es|hoy|"
                     r"estamos a|estamos en|aujourd hui nous sommes|aujourd hui c est|aujourd hui|nous sommes|"
                     r"hoje e|hoje|estamos em)(?: (?:" + _WEEKDAY_WORDS + r")(?: feira)?)?|"
                     r"(?:it is|it s|es|c est|ce|en ce|este|esta|neste|nesta) (?:" + _WEEKDAY_WORDS + r")(?: feira)?)"
                     r"(?: (?:the|le|el|o|a|dia))?$")
# What says a date is another day's (folded, in the clause before it): the next call's, a deadline,
# a meeting to come or one held before ("our next call will be on…", "the deadline is…", "before
# ICANN78 on…", "our last call on…").
OTHER_DAY_BEFORE_DATE = (r"\b(?:next|upcoming|following|deadline|due|until|till|by|before|after|will|last|previous|"
                         r"proxima|proximo|proximas|proximos|siguiente|hasta|antes|despues|sera|tendra|plazo|limite|"
                         r"pasada|pasado|anterior|ultima|ultimo|prochaine?|prochains?|suivante|jusqu|avant|apres|aura|"
                         r"derniere|dernier|precedente?|seguinte|ate|depois|prazo|passada|passado)\b")
# A month said as when something was said, after one of these: "what was said about UA in
# September?", "en septiembre", "em setembro", "au mois de septembre", "durante octubre".
WHEN_SAID_BEFORE_MONTH = frozenset("in during en em durant pendant durante au no na".split())
# …unless it follows what it dates: "the comments due in October", "the event in December", "el
# taller en noviembre", "l'atelier en novembre" are a deadline's or an event's month.
DATED_THINGS = frozenset("""due deadline deadlines event events workshop workshops forum forums conference summit
    trip travel visit held scheduled planned happening expected closes ends opens starts begins launch
    election elections vote report survey
    echeance evenement evenements atelier ateliers sommet voyage prevu prevue prevus lieu limite
    plazo plazos fecha evento eventos taller talleres foro cumbre viaje previsto prevista vence vencen
    cierra encuesta elecciones prazo prazos oficina oficinas viagem marcado marcada encontro cupula
    pesquisa eleicoes""".split())
# A time of day, with or without a zone: "17:00", "5 p.m.", "14h30".
CLOCK_TIME = r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?h\s?[0-5]\d|\s?h\b)|\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[ap]\.?\s?m\b"

# A UTC offset after a time in UTC: "16:00 UTC-3", "21 h GMT+2", "14:00 UTC −05:00", "18:00 UTC menos 3",
# "18h UTC moins 3", "UTC mais 1" (the last group; not "13:00 UTC-14:00 UTC", "UTC menos 30 minutos"). An
# offset in words ends its clause or is followed by "and"/"y" and a word, or "de"/"of" and a place or a zone
# ("UTC menos 3 de Argentina"): not "UTC plus 2 interpreters", "UTC más 1 hora de preguntas", "UTC menos 1
# cuarto", "UTC plus 1 or 2 late joiners".
OFFSET_WORDS = {"menos": -1, "moins": -1, "minus": -1, "mas": 1, "más": 1, "mais": 1, "plus": 1}
_OFFSET_HOURS = r"(?:1[0-4]|0?\d)(?::?(?:00|30|45))?(?![\d:])"
_AFTER_OFFSET_WORDS = (r"(?=[^\S\n]*(?:$|\n|[.,;:!?()\]»\"”])|\s+(?:y|and|et|e)\s+(?!(?:media|medio|demi|demie|meia|half|"
                       r"quarter|quart|cuarto|un|une|a|one)\b)[^\W\d]|\s+(?:de|del|of|in|en|em|du|da|do)\s+(?:(?:la|el|the|le)\s+|l['’]\s*)?"
                       r"(?:(?-i:[A-ZÁÉÍÓÚÂÊÔÇ])|(?:hora|horario|tiempo|time|heure|verano|invierno|été|hiver|ver[ãa]o|inverno|summer|"
                       r"winter|daylight|standard)\b))")
UTC_OFFSET = (r"(?:\s*(?:,\s*(?=(?:menos|moins|minus|m[aá]s|mais|plus)\s))?([+\-−–]" + _OFFSET_HOURS + r"(?!\s*(?:UTC|GMT|UCT|h|min|minutos?|minutes?)\b)|"
              r"(?:menos|moins|minus|m[aá]s|mais|plus)\s+" + _OFFSET_HOURS + _AFTER_OFFSET_WORDS + "))?")
# A time with its minutes or "h", then a comma and UTC: "son las 23:00, UTC menos 3", "20h, UTC-3" (groups: hour,
# minute, offset; not "el 21, UTC": a day).
CLOCK_COMMA_UTC = (r"(?<![\d.:])\b([01]?\d|2[0-3])\s*(?::|h)\s*([0-5]\d)?\s*(?:horas?|heures?|hs?\.?)?\s*,\s*(?:UTC|GMT)\b"
                   + UTC_OFFSET)
# North American time zones, written in capitals next to a time ("2:00 PM EST", "14:00 EDT"), and their
# offsets from UTC in hours. (Not "AST", Atlantic or Arabia; not "IST", India, Ireland or Israel.)
ZONE_OFFSETS = {"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
                "AKST": -9, "AKDT": -8, "HST": -10, "ADT": -3, "NST": -3.5, "NDT": -2.5}
# "2:00 PM EST", "2 p.m. EDT", "14:00 EDT", "14h30 CST" (groups: hour and minute said, a.m./p.m.'s letter, the zone).
ZONE_TIME = (r"(?<![\d.:])\b(?:(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s*m\.?|"
             r"([01]?\d|2[0-3])\s*(?::|h)\s*([0-5]\d))\s*\(?\s*(?-i:(" + "|".join(ZONE_OFFSETS) + r"))\b")
# A time written without its colon before a North American zone: "1500 EDT", "0930 PST" (hour, minute, zone).
ZONE_TIME_HHMM = r"(?<![\d.:/-])\b([01]\d|2[0-3])([0-5]\d)\s*\(?\s*(?-i:(" + "|".join(ZONE_OFFSETS) + r"))\b"
# Noon in a zone: "noon UTC", "noon PDT", "mediodía UTC-3", "midi GMT" (the offset after UTC, or the zone).
NOON_ZONE = (r"(?<![-\w])(?:noon|midday|mediod[ií]a|meio[- ]dia|midi)\s*\(?\s*(?:(?:UTC|GMT)\b" + UTC_OFFSET
             + r"|(?-i:(" + "|".join(ZONE_OFFSETS) + r"))\b)")
# What right before a time in its clause says it is the call's own, as now or as when the call starts
# (raw text): "it is", "son las", "il est", "são", "(y) es", "é", "the call starts at", "empezamos a las",
# "commence à", "começa às" (not "comments close at", "due by", "el plazo es").
NOW_BEFORE_TIME = (r"(?:\b(?:it\s+is|it['’]s|the\s+time\s+is|son|il\s+est|s[ãa]o)|(?:^\s*|[,;]\s*|\b(?:y|e|ya|j[áa]|ahora|agora|que)\s+)"
                   r"(?:es|é)\b)(?:\s+(?:now|ahora|maintenant|agora|exactly|exactamente|exactement|exatamente))?"
                   r"(?:\s+(?:las|la|as|a))?\s*$|"
                   r"\b(?:(?:start|starts|started|starting|begin|begins|began|beginning|will\s+(?:start|begin))\s+at|"
                   r"start(?:ing)?\s+time(?:\s+is)?\s*:?|(?:empieza|empezamos|comienza|comenzamos|inicia|iniciamos|arranca|"
                   r"arrancamos)\s+(?:a\s+las|a\s+la|al|a)|(?:commence|commençons|commencons|débute|debute|débutons|debutons)"
                   r"\s+(?:à|a)|(?:começa|comeca|começamos|comecamos|inicia|iniciamos)\s+(?:às|as|ao|à|a))\s*$")
# A date right before a time in its clause ("Monday, 12 October 2026, noon PDT", "12 October 2026 at 1500
# EDT", "a mediodía" after "12 de octubre de 2026,"): the time the call's date is given with.
DATE_BEFORE_TIME = (r"(?:\b(?:" + MONTHS_PATTERN + "|" + "|".join(MONTH_ABBREVIATIONS) + r")\.?|\b\d{1,2}(?:st|nd|rd|th)?|"
                    r"\b\d{4}|\b(?:" + _WEEKDAYS + r")(?:-feira)?)\)?\s*[,.–-]?\s*(?:(?:at|a|à|às|ao|al|@)\s+)?$")
# A word that introduces a time ("at 1500 EDT", "a las 1500 UTC", "à 1500 UTC", "time: 1500 EDT"): four
# figures after it are a time ("Room 1500 EDT", "Meeting ID 2026 EDT" are not).
TIME_INTRODUCED = r"(?:\b(?:at|a\s+las|a\s+la|à|às|as|a|ao|al|time\s*:)|@)\s*$"
# "12" said with noon ("it is 12 noon", "son las 12 del mediodía"): left out before reading what precedes it.
TWELVE_BEFORE_NOON = r"(?:\b(?:las|as)\s+)?\b(?:12|doce)\s+(?:(?:del|de|do|da|o['’]\s*clock)\s+)?$"
# What before four figures (19xx, 20xx) says they are a year ("12 October 2026 UTC", "October 12, 2026 EDT",
# "12 Oct 2026 UTC", "Mon 12 Oct, 2026 UTC", "12 de octubre del 2026 UTC", "12 octobre de l'an 2026 UTC"), not 20:26.
YEAR_BEFORE = (r"(?:\b(?:" + MONTHS_PATTERN + "|" + "|".join(MONTH_ABBREVIATIONS) + "|" + "|".join(MONTH_AFTER_DAY)
               + r")|\b\d{1,2}(?:st|nd|rd|th|er|º|°)?|[/-])\.?,?\s*(?:(?:de|del|of|de\s+l['’]\s*an|del\s+año|do\s+ano)\s+)?$")
# New York's time, written "ET" (in capitals) or "Eastern" next to a time ("3:00 PM ET", "3 p.m. Eastern",
# "15:00 Eastern Time"): EST or EDT as the call's day has it. Not before a figure ("DE 14:00 ET 15:00":
# French "and"), not Eastern Europe's, Africa's or Australia's.
EASTERN_ZONE = "America/New_York"
EASTERN_TIME = (r"(?<![\d.:])\b(?:(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s*m\.?|"
                r"([01]?\d|2[0-3])\s*:\s*([0-5]\d))\s*\(?\s*(?:(?-i:ET)|Eastern)"
                r"(?:\s+(?:standard\s+|daylight\s+)?time)?\b(?!\s*\d)(?!\s+(?:Europe|European|Africa|African|Australia|"
                r"Australian|Caribbean|Atlantic)\b)")     # (not French "19H00 ET À 19H05", "14h00 ET nous…")
# A country's time ("hora de México", "heure du Sénégal", "hora argentina", "Brazil time"): the
# zone of its capital, by the country's names (folded) in the four languages and the adjectives
# said after "hora". Countries with several zones people live in are marked True: the capital's
# is taken, and the admin is told so ("horário de Brasília" is a city, São Paulo's zone).
COUNTRY_ZONES: list[tuple[tuple[str, ...], str, bool]] = [
    (("argentina", "argentine", "la argentina", "argentino"), "America/Buenos_Aires", False),
    (("mexico", "mexique", "mexicana", "mexicano"), "America/Mexico_City", True),
    (("brasil", "bresil", "brazil", "brasileira", "brasileiro", "o brasil"), "America/Sao_Paulo", True),
    (("colombia", "colombie", "colombiana", "colombiano"), "America/Bogota", False),
    (("chile", "chili", "chilena", "chileno"), "America/Santiago", True),
    (("peru", "perou", "el peru", "peruana", "peruano"), "America/Lima", False),
    (("venezuela", "venezolana", "venezolano"), "America/Caracas", False),
    (("ecuador", "equateur", "equador", "el ecuador", "ecuatoriana", "ecuatoriano"), "America/Guayaquil", True),
    (("bolivia", "bolivie", "boliviana", "boliviano"), "America/La_Paz", False),
    (("paraguay", "paraguai", "el paraguay", "paraguaya", "paraguayo"), "America/Asuncion", False),
    (("uruguay", "uruguai", "el uruguay", "uruguaya", "uruguayo"), "America/Montevideo", False),
    (("costa rica", "costarricense"), "America/Costa_Rica", False),
    (("guatemala",), "America/Guatemala", False), (("honduras",), "America/Tegucigalpa", False),
    (("el salvador",), "America/El_Salvador", False), (("nicaragua",), "America/Managua", False),
    (("cuba", "cubana", "cubano"), "America/Havana", False),
    (("republica dominicana", "republique dominicaine", "dominican republic"), "America/Santo_Domingo", False),
    (("puerto rico", "porto rico"), "America/Puerto_Rico", False), (("haiti",), "America/Port-au-Prince", False),
    (("jamaica", "jamaique"), "America/Jamaica", False),
    (("trinidad and tobago", "trinidad y tobago", "trinite et tobago", "trinidad e tobago", "trinidad", "trinite"),
     "America/Port_of_Spain", False),
    (("canada",), "America/Toronto", True),
    (("estados unidos", "etats unis", "united states", "usa", "eeuu", "eua"), "America/New_York", True),
    (("espana", "espagne", "espanha", "spain", "espanola", "espanol"), "Europe/Madrid", True),
    (("france", "francia", "franca", "francaise"), "Europe/Paris", False),
    (("portugal",), "Europe/Lisbon", True), (("italia", "italie", "italy"), "Europe/Rome", False),
    (("alemania", "allemagne", "alemanha", "germany"), "Europe/Berlin", False),
    (("reino unido", "royaume uni", "united kingdom", "uk"), "Europe/London", False),
    (("belgique", "belgica", "belgium"), "Europe/Brussels", False),
    (("suisse", "suiza", "suica", "switzerland"), "Europe/Zurich", False),
    (("senegal",), "Africa/Dakar", False), (("cote d ivoire",), "Africa/Abidjan", False),
    (("mali",), "Africa/Bamako", False), (("burkina faso", "burkina"), "Africa/Ouagadougou", False),
    (("niger",), "Africa/Niamey", False), (("benin",), "Africa/Porto-Novo", False), (("togo",), "Africa/Lome", False),
    (("cameroun", "camerun", "cameroon", "camaroes"), "Africa/Douala", False), (("gabon", "gabao"), "Africa/Libreville", False),
    (("tchad",), "Africa/Ndjamena", False), (("rdc", "rd congo"), "Africa/Kinshasa", True),
    (("congo", "republique du congo", "congo brazzaville"), "Africa/Brazzaville", False),
    (("maroc", "marruecos", "marrocos", "morocco"), "Africa/Casablanca", False),
    (("algerie", "argelia", "algeria"), "Africa/Algiers", False), (("tunisie", "tunez", "tunisia"), "Africa/Tunis", False),
    (("egypte", "egipto", "egito", "egypt"), "Africa/Cairo", False), (("nigeria",), "Africa/Lagos", False),
    (("ghana", "gana"), "Africa/Accra", False), (("kenya", "kenia", "quenia"), "Africa/Nairobi", False),
    (("afrique du sud", "sudafrica", "africa do sul", "south africa"), "Africa/Johannesburg", False),
    (("ethiopie", "etiopia", "ethiopia"), "Africa/Addis_Ababa", False), (("rwanda", "ruanda"), "Africa/Kigali", False),
    (("angola",), "Africa/Luanda", False), (("mozambique", "mocambique"), "Africa/Maputo", False),
    (("cabo verde", "cap vert", "cape verde"), "Atlantic/Cape_Verde", False),
    (("madagascar",), "Indian/Antananarivo", False), (("ile maurice", "mauricio", "mauritius"), "Indian/Mauritius", False),
    (("inde", "india"), "Asia/Kolkata", False), (("japon", "japao", "japan"), "Asia/Tokyo", False),
    (("chine", "china"), "Asia/Shanghai", False), (("australie", "australia"), "Australia/Sydney", True),
    (("nouvelle zelande", "nueva zelanda", "nova zelandia", "new zealand"), "Pacific/Auckland", False),
]
# The words of that list that name a country's people or language, not the country ("hora
# argentina" is said, but "la llamada en español", "la communauté française", "la comunidad
# brasileira" name no place): no place in a question written in lower case.
PEOPLES = frozenset("""argentino mexicana mexicano brasileira brasileiro colombiana colombiano chilena chileno peruana
    peruano venezolana venezolano ecuatoriana ecuatoriano boliviana boliviano paraguaya paraguayo uruguaya uruguayo
    costarricense cubana cubano espanola espanol francaise""".split())

# Cities as people write them where the IANA zone is named in English or after another city
# ("hora de Lisboa", "heure de Genève", "hora de CDMX"): folded name -> zone.
CITY_ZONES = {
    "lisboa": "Europe/Lisbon", "londres": "Europe/London", "bruxelles": "Europe/Brussels", "bruselas": "Europe/Brussels",
    "bruxelas": "Europe/Brussels", "geneve": "Europe/Zurich", "ginebra": "Europe/Zurich", "genebra": "Europe/Zurich",
    "geneva": "Europe/Zurich", "roma": "Europe/Rome", "rabat": "Africa/Casablanca", "marrakech": "Africa/Casablanca",
    "alger": "Africa/Algiers", "argel": "Africa/Algiers", "le caire": "Africa/Cairo", "el cairo": "Africa/Cairo",
    "yaounde": "Africa/Douala", "tombouctou": "Africa/Bamako", "timbuktu": "Africa/Bamako",
    "zanzibar": "Africa/Dar_es_Salaam", "nueva york": "America/New_York", "nova york": "America/New_York",
    "nova iorque": "America/New_York", "miami": "America/New_York", "washington": "America/New_York",
    "ottawa": "America/Toronto", "quebec": "America/Toronto", "montreal": "America/Toronto",
    "san francisco": "America/Los_Angeles", "ciudad de mexico": "America/Mexico_City", "cdmx": "America/Mexico_City",
    "mexico df": "America/Mexico_City", "cidade do mexico": "America/Mexico_City", "la habana": "America/Havana",
    "san juan": "America/Puerto_Rico", "ciudad de panama": "America/Panama", "ciudad de guatemala": "America/Guatemala",
    "quito": "America/Guayaquil", "rio de janeiro": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "puerto principe": "America/Port-au-Prince", "port au prince": "America/Port-au-Prince",
}
# A region's time said without a place's name: "hora peninsular" (Spain's mainland), "hora del
# centro" (Mexico's Zona Centro), "6pm Eastern" / "US Eastern time", "heure de l'Est" (as said in
# Canada). (Pattern, zone[, the words for the other zone they may mean: the reply says which was
# taken].) Spanish "hora del centro", "hora del Pacífico" are Mexico's zones (America/Mazatlan: Sinaloa,
# Nayarit, Baja California Sur), as Mexicans say them; US Spanish media mean the United States' by them,
# so the reply names the zone taken and how to write the other. Not "Eastern European Time", nor
# "central" or "Pacific" as any word: English ones need "time" after them or a time of day before.
_US = r"\s+de\s+(?:los\s+)?(?:estados\s+unidos|ee\.?\s?uu\.?|usa)(?!\w)"
REGION_ZONES = [
    (r"\bhora\s+peninsular\b", "Europe/Madrid"),
    (r"\b(?:hora|horario|tiempo)\s+del\s+centro" + _US, "America/Chicago"),
    (r"\b(?:hora|horario|tiempo)\s+del\s+pac[ií]fico" + _US, "America/Los_Angeles"),
    (r"\b(?:hora|horario|tiempo)\s+del\s+centro\s+de\s+m[eé]xico\b", "America/Mexico_City"),
    (r"\b(?:hora|horario|tiempo)\s+del\s+pac[ií]fico\s+(?:de\s+m[eé]xico|mexicano)\b", "America/Mazatlan"),
    (r"\b(?:hora|horario|tiempo)\s+del\s+centro\b", "America/Mexico_City", "hora de Chicago"),
    (r"\b(?:hora|horario|tiempo)\s+del\s+pac[ií]fico\b", "America/Mazatlan", "hora de Los Ángeles"),
    (r"\bhora\s+del\s+este\b", "America/New_York"),
    (r"\bheure\s+de\s+l['’]\s*est\b", "America/Toronto"),
    (r"\bheure\s+du\s+centre\b", "America/Winnipeg"),
    (r"\bheure\s+des\s+rocheuses\b", "America/Edmonton"),
    (r"\bheure\s+du\s+pacifique\b", "America/Vancouver"),
    (r"\bheure\s+de\s+l['’]\s*atlantique\b", "America/Halifax"),
]
REGION_WORDS = {"eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
                "pacific": "America/Los_Angeles", "atlantic": "America/Halifax"}

# What "and tomorrow?", "¿y la semana que viene?" say of the days to come besides how they follow up (folded).
COMING_DAY_WORDS = frozenset("""tomorrow demain manana amanha today hoy hoje aujourd hui week semaine semana next this
    prochaine proxima proximo que viene vem cette esta nesta""".split())
# "And when was the last one?", "¿y cuándo fue la última?" after the next call: the last one held (folded).
LAST_HELD_WORDS = frozenset("last latest ultima ultimo derniere dernier".split())
HELD_WORDS = frozenset("""was were held took place fue foi etait c a eu lieu ete ok okay then entonces alors""".split())
