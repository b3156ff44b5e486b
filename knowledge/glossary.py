"""A multilingual glossary of our domain, for questions asked in one language about a call held
in another. Each entry lists the same notion in French, Spanish, Portuguese and English; a query
that names it in one language also searches for the others.

Cognates and names already match once accents are folded ("Cancún", "ICANN", "DNS"): the entries
here are the words that do not.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

# (fr, es, pt, en) phrases; several per language are separated by "|". A phrase written "=word"
# is a word that names the entry as written, not by its stem, and is never searched for: the
# Spanish verb "grabar" stems as English "grab" does, so its forms are listed instead. A phrase
# written "+phrase" is searched for but never names the entry: French "français" stems as
# "France" does, so the entry is named by its forms as written ("=français") and searched by stem.
ENTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("réunion|appel|téléconférence|séance", "reunión|llamada|teleconferencia|sesión", "reunião|chamada|teleconferência|sessão", "meeting|call|session"),
    ("webinaire|séminaire web", "seminario web|webinario", "webinário|seminário web", "webinar"),
    ("sondage|enquête|questionnaire", "encuesta|cuestionario|sondeo", "pesquisa|questionário|enquete", "survey|questionnaire|poll"),
    ("question", "pregunta", "pergunta|questão", "question"),
    ("réponse", "respuesta", "resposta", "answer|reply"),
    ("groupe de travail", "grupo de trabajo", "grupo de trabalho", "working group|WG"),
    ("processus", "proceso", "processo", "process"),
    ("médiation|médiateur", "mediación|mediador", "mediação|mediador", "mediation|mediator"),
    ("conseil d'administration|conseil", "junta directiva|junta|directorio", "conselho de administração|conselho", "board"),
    ("président", "presidente", "presidente", "chair|president"),
    ("budget|financement", "presupuesto|financiamiento", "orçamento|financiamento", "budget|funding"),
    ("sécurité|cybersécurité", "seguridad|ciberseguridad", "segurança|cibersegurança", "security|cybersecurity"),
    ("université", "universidad", "universidade", "university"),
    ("programme", "programa", "programa", "program|programme"),
    ("pilote", "piloto", "piloto", "pilot"),
    ("rapport", "informe|reporte", "relatório", "report"),
    ("cas de test|cas d'essai", "casos de prueba|caso de prueba", "casos de teste|caso de teste", "test cases|test case"),
    ("événement", "evento", "evento", "event"),
    ("atelier", "taller", "oficina", "workshop"),
    ("voyage|déplacement", "viaje", "viagem", "travel|trip"),
    ("montre intelligente|montre connectée", "reloj inteligente", "relógio inteligente", "smart watch|smartwatch"),
    ("traduction automatique", "traducción automática", "tradução automática", "machine translation"),
    ("confiance", "confianza", "confiança", "trust"),
    ("consommateur", "consumidor", "consumidor", "consumer"),
    ("argent|fonds|dollars", "dinero|fondos|dólares", "dinheiro|fundos|dólares", "money|funds|dollars"),
    ("approuver|approuvé|approuvée|approbation", "aprobar|aprobado|aprobada|aprobó|aprobación",
     "aprovar|aprovado|aprovada|aprovou|aprovação", "approve|approved|approval"),
    ("Afrique de l'Est", "África oriental|África del Este", "África Oriental", "East Africa"),
    ("présentation|exposé", "presentación|ponencia", "apresentação", "presentation"),
    ("renforcement des capacités|formation", "creación de capacidades|capacitación|formación", "capacitação|formação", "capacity building|training"),
    ("acceptation universelle", "aceptación universal", "aceitação universal", "universal acceptance"),
    ("nom de domaine", "nombre de dominio", "nome de domínio", "domain name"),
    ("internet des objets|objets connectés", "internet de las cosas", "internet das coisas", "internet of things|iot"),
    ("objets connectés|objet connecté", "objetos conectados|objeto conectado", "objetos conectados|objeto conectado",
     "connected objects|connected object|connected devices"),
    ("sensibilisation", "difusión|divulgación|alcance", "divulgação|sensibilização", "outreach|awareness"),
    ("règles de procédure|règlement", "reglas de procedimiento|reglamento", "regras de procedimento|regulamento", "rules of procedure|bylaws"),
    ("assemblée générale", "asamblea general", "assembleia geral", "general assembly"),
    ("communication", "comunicación", "comunicação", "communication"),
    ("noms de domaine internationalisés|IDN", "nombres de dominio internacionalizados|IDN",
     "nomes de domínio internacionalizados|IDN", "internationalized domain names|IDN"),
    ("lettre d'information|bulletin", "boletín|newsletter", "boletim|newsletter", "newsletter|bulletin"),
    ("réseaux sociaux", "redes sociales", "redes sociais", "social media|social networks"),
    ("liste de diffusion", "lista de correo|lista de distribución", "lista de e-mails|lista de discussão", "mailing list"),
    ("recommandation", "recomendación", "recomendação", "recommendation"),
    ("rétention de données|conservation des données", "retención de datos", "retenção de dados", "data retention"),
    ("vie privée|confidentialité", "privacidad", "privacidade", "privacy"),
    ("appareil photo|caméra", "cámara", "câmera|câmara", "camera"),
    ("risque", "riesgo", "risco", "risk"),
    ("défi|enjeu", "desafío|reto", "desafio", "challenge"),
    ("plan d'atténuation|plan de mitigation|atténuation", "plan de mitigación|mitigación", "plano de mitigação|mitigação", "mitigation plan|mitigation"),
    ("participation à distance|centre de participation", "participación remota|centro de participación", "participação remota|hub", "remote participation|remote hub"),
    ("excuses", "disculpas|excusas", "desculpas", "apologies"),
    ("ordre du jour", "orden del día|agenda", "pauta|agenda", "agenda"),
    ("anniversaire", "aniversario", "aniversário", "anniversary"),
    ("fêter|fêté|célébrer|célébration", "festejar|festeja|festejo|celebrar|celebración",
     "festejar|comemorar|comemoração|celebrar|celebração",
     "celebrate|celebrated|celebration"),
    ("gouvernance de l'internet", "gobernanza de internet", "governança da internet", "internet governance"),
    ("politique", "política", "política", "policy"),
    # (the verbs too: Spanish and Portuguese "comentar" stem apart from "comentario")
    ("commentaire|commenter", "comentario|comentar", "comentário|comentar", "comment"),
    ("abus du DNS", "abuso del DNS", "abuso do DNS", "DNS abuse"),
    ("membre", "miembro", "membro", "member"),
    ("personnel", "personal", "equipe|funcionários", "staff"),
    ("interprète|interprétation", "intérprete|interpretación", "intérprete|interpretação", "interpreter|interpretation"),
    # Not "video": a video call is no recording.
    ("enregistrement",
     "grabación|=grabar|=grabado|=grabada|=grabados|=grabadas|=grabará|=grabarán|=graba|=graban|=grabó|=grabaron|=grabando",
     "gravação|gravações|=gravar|=gravado|=gravada|=gravados|=gravadas|=gravará|=gravarão|=grava|=gravam|=gravou|"
     "=gravaram|=gravando",
     "recording"),
    ("lien", "enlace|vínculo", "link", "link"),
    # (Spanish "enlace" is a link and a person who links: "el enlace de LACRALO con el ALAC"; not
    # Portuguese "ligação": a phone call)
    ("liaison", "enlace", "=elo", "liaison"),
    ("déclaration", "declaración", "declaração", "statement"),
    ("brouillon|projet de texte", "borrador", "rascunho|minuta", "draft"),
    ("prochain|suivant", "próximo|siguiente", "próximo|seguinte", "next|upcoming"),
    # Not Spanish "primer": it stems as "prime" does in three languages ("Prime Minister").
    ("premier|première", "primera|primero", "primeiro|primeira", "first"),
    ("date", "fecha", "data", "date"),
    ("soutien aux déplacements|soutien financier|bourse de voyage", "apoyo de viaje|apoyo para viajes|beca de viaje",
     "apoio de viagem|apoio para viagens|bolsa de viagem", "travel support|travel funding"),
    # (not Spanish "plaza" searched: it stems as "plazo", a deadline, does)
    ("places financées", "=plaza|=plazas|cupo|cupos", "vaga|vagas", "seat|slot|seats|slots|funded places|funded seats"),
    ("délai|date limite|échéance", "plazo|fecha límite", "prazo|data limite", "deadline"),
    ("étudiants", "estudiantes", "estudantes", "students"),
    # (English "-ity" stems apart from "-té", "-dad", "-dade"; not Spanish "comunidad" searched: it
    # stems as "comunicación" does)
    ("communauté|communautés|communautaire", "=comunidad|=comunidades|=comunitaria|=comunitario",
     "=comunidade|=comunidades|=comunitária|=comunitário", "community|communities"),
    ("journée portes ouvertes", "jornada de puertas abiertas", "dia de portas abertas", "open day|open house"),
    ("mentorat|mentor|parrainage", "mentoría|mentor", "mentoria|mentor", "mentoring|mentorship|mentor"),
    ("en ligne", "en línea", "on-line|online", "online"),
    ("lieu|où", "lugar|dónde", "lugar|onde", "place|venue|where"),
    ("code de pays|codes de pays", "código de país|códigos de país", "código de país|códigos de país",
     "country code|country codes|cctld"),
    ("taux de participation", "tasa de participación|porcentaje de participación", "taxa de participação",
     "participation rate|attendance rate|turnout"),
    ("photo|photos", "foto|fotos", "foto|fotos", "photo|photos|picture|pictures"),
    # Countries and regions whose names are written otherwise in each language.
    ("Brésil|brésilien|brésilienne", "Brasil|brasileño|brasileña", "Brasil|brasileiro|brasileira", "Brazil|Brazilian"),
    ("Mexique|mexicain|mexicaine", "México|Méjico|mexicano|mexicana", "México|mexicano|mexicana", "Mexico|Mexican"),
    ("Chili|chilien|chilienne", "Chile|chileno|chilena", "Chile|chileno|chilena", "Chile|Chilean"),
    ("Caraïbes|caribéen|caribéenne", "Caribe|caribeño|caribeña", "Caribe|caribenho|caribenha", "Caribbean"),
    ("Amérique latine|latino-américain|latino-américaine", "América Latina|Latinoamérica|latinoamericano|latinoamericana",
     "América Latina|latino-americano|latino-americana", "Latin America|Latin American"),
    ("Afrique|africain|africaine|africains|africaines", "África|africano|africana|africanos|africanas",
     "África|africano|africana|africanos|africanas", "Africa|African|Africans"),
    ("pays", "país|países", "país|países", "country|countries"),
    # Everyday words of the calls.
    ("mesure|mesures", "medida|medidas", "medida|medidas", "measure|measures"),
    ("pourcentage", "porcentaje", "porcentagem", "percentage|percent"),
    # (not Spanish "salud" searched: "saludos" greets)
    ("santé", "=salud", "saúde", "health"),
    ("mot de passe", "contraseña", "senha", "password"),
    ("bimestriel|bimestrielle", "bimestral", "bimestral", "bimonthly|every two months"),
    # (not Portuguese "secretaria" searched: it stems as "secreto" does)
    ("secrétariat", "secretaría|secretariado", "secretariado|=secretaria", "secretariat"),
    ("formulaire|formulaires", "formulario|formularios", "formulário|formulários", "form|forms"),
    ("fibre|fibre optique", "fibra|fibra óptica", "fibra|fibra óptica", "fiber|fibre"),
    ("film", "película", "filme", "film|movie"),
    ("plan quinquennal|plan sur cinq ans", "plan quinquenal|plan de cinco años", "plano quinquenal|plano de cinco anos",
     "five-year plan|5 year plan|five year plan"),
    ("groupe", "grupo", "grupo", "group"),
    # (not "nuevo", "novo": "de nuevo", "de novo" say "again"; their stems are theirs too)
    ("nouveau|nouvelle|nouveaux|nouvelles", "=nueva|=nuevos|=nuevas", "=nova|=novos|=novas", "new"),
    ("se réunir|réunir|réunissons|réunit", "reunirse|reunir|reúne|reunimos|reúnen", "reunir|reúne|reunimos|reúnem",
     "meet|meets"),
    ("coordonner|coordination|coordinateur|coordonnateur", "coordinar|coordinación|coordinador|coordinadora",
     "coordenar|coordenação|coordenador|coordenadora", "coordinate|coordination|coordinator"),
    ("contribution|apport", "contribución|aporte", "contribuição", "contribution|input"),
    ("responsable", "responsable|encargado|encargada", "responsável|encarregado|encarregada", "responsible|in charge"),
    ("revenir", "volver|regresar", "voltar", "come back|return"),
    ("ravi|ravie|enchanté", "encantado|encantada", "encantado|encantada", "delighted"),
    ("jeunes|jeunesse", "jóvenes|juventud", "jovens|juventude", "youth"),
    # (not Spanish "mayores" alone: "los mayores problemas" are the biggest)
    # (one English word: "elderly", "older people" are synonyms an English question must not gain;
    # "personnes âgées", "personas mayores", "adultos mayores" name it but are not searched: "person",
    # "age", "mayor", "adult" are English words)
    ("=personnes âgées|=aînés|=aînées", "=personas mayores|=adultos mayores|tercera edad", "idosos|idosas|terceira idade",
     "seniors"),
    ("fiche d'information|fiche", "hoja informativa|ficha informativa", "ficha informativa|folha informativa",
     "fact sheet|factsheet"),
    ("linguiste|linguistes|linguistique", "lingüista|lingüistas|lingüística", "linguista|linguistas|linguística",
     "linguist|linguists|linguistics"),
    # Writing systems ("les écritures africaines"; not English "writing": "write" is any writing; not
    # Portuguese "escrita" searched: it stems as "por escrito", in writing, does)
    ("écriture|écritures", "escritura|escrituras", "=escrita|=escritas", "script|scripts"),
    ("boulangerie", "panadería", "padaria", "bakery"),
    ("cédille", "cedilla", "cedilha", "cedilla"),
    ("accepter|acceptent|accepte", "aceptar", "aceitar", "accept"),
    # Languages (not the countries: "France", "Portugal" share stems with "français", "portugués").
    ("+français|=français|=française", "+francés|=francés|=francesa", "+francês|=francês|=francesa", "French"),
    ("+portugais|=portugais|=portugaise", "+portugués|=portugués|=portuguesa", "português|portuguesa", "Portuguese"),
    ("espagnol", "español|castellano", "espanhol|castelhano", "Spanish"),
    ("anglais", "inglés", "inglês", "English"),
)

# (no word is written "+": it marks a phrase searched for that names no entry)
SEARCH_ONLY = "+"



def expand(query_words: Iterable[str], stems: Callable[[str], set[str]]) -> list[str]:
    """Stems of the other languages' phrases for every entry the query names in one language.

    ``stems(word)`` gives a word's stems in every language, so that an entry matches whatever
    language the query is in. A multi-word phrase matches when all its words are in the query.
    """
    query = set()
    for w in query_words:
        query |= _own(w, stems)
    out: dict[str, None] = {}
    for entry in _analysed():
        phrases = [phrase for alternatives in entry.values() for phrase in alternatives]
        if any(phrase <= query for phrase in phrases):
            for phrase in phrases:
                for stem in phrase - {SEARCH_ONLY}:
                    out.setdefault(stem)
    return [s for s in out if s not in query and not s.startswith("=")]


def by_word(query_words: Iterable[str], stems: Callable[[str], set[str]]) -> dict[str, set[frozenset[str]]]:
    """``expand``'s translations, each given to the query words it translates, as phrases (the
    stems a passage must all hold to say it): a word of a phrase the query names gets each other
    language's phrases, less the query's own stems, unless that language writes the word alike
    ("plan" in "plan d'atténuation" is "plan" in "mitigation plan", so it gets nothing;
    "atténuation" gets "mitig"; "grupo" in "grupo de trabajo" gets "travail", "work"… but
    nothing from Portuguese's "grupo de trabalho"; "vaga" gets "places financées", which
    "mettre en place" does not say), and the synonyms of its own language ("enquête": "sondage")."""
    words = list(dict.fromkeys(query_words))
    own = {w: _own(w, stems) for w in words}
    query = set().union(*own.values()) if own else set()
    out: dict[str, set[frozenset[str]]] = {w: set() for w in words}
    for entry in _analysed():
        named = [phrase for alternatives in entry.values() for phrase in alternatives if phrase <= query]
        for w in words:
            if not any(own[w] & phrase for phrase in named):
                continue
            for alternatives in entry.values():
                alternatives = [phrase - {SEARCH_ONLY} for phrase in alternatives]
                if not any(own[w] & phrase for phrase in alternatives):     # that language writes it otherwise
                    out[w] |= {phrase - query for phrase in alternatives if phrase - query and _searched(phrase)}
                elif any(own[w] & phrase and phrase <= query for phrase in alternatives):
                    out[w] |= {phrase for phrase in alternatives if not phrase & query and _searched(phrase)}     # synonyms ("enquête": "sondage")
    return out


def _own(word: str, stems: Callable[[str], set[str]]) -> set[str]:
    """What a query word names entries by: its stems, and itself as written ("=grabaran")."""
    return stems(word) | {"=" + word}


def _searched(phrase: frozenset[str]) -> bool:
    return not any(stem.startswith("=") for stem in phrase)


@lru_cache(maxsize=1)
def _analysed() -> list[dict[str, list[frozenset[str]]]]:
    """Each entry's phrases as stems, by language."""
    from knowledge.analysis import analyze, words

    entries = []
    for entry in ENTRIES:
        by_language: dict[str, list[frozenset[str]]] = {}
        for language, alternatives in zip(("fr", "es", "pt", "en"), entry):
            stems = [frozenset("=" + w for w in words(phrase)) if phrase.startswith("=")
                     else frozenset(analyze(phrase, language)) | {SEARCH_ONLY} if phrase.startswith(SEARCH_ONLY)
                     else frozenset(analyze(phrase, language)) for phrase in alternatives.split("|")]
            by_language[language] = [phrase for phrase in stems if phrase]
        entries.append(by_language)
    return entries
