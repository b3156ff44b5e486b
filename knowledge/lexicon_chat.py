"""How members write in a chat group, around their questions (folded, without accents): the
greeting or "does anyone know…" a question opens with, the thanks it closes with, and the small
talk sent alone ("ok", "jajaja", "kkkk", "d'accord"), which is no question."""
from __future__ import annotations

from knowledge.lexicon import GREETINGS

_GREETING = "|".join(sorted({p for phrases in GREETINGS.values() for p in phrases.split("|")}, key=len, reverse=True))
_TO_ALL = r"(?:\s+(?:a\s+)?(?:todos|todas|tous|tout le monde|everyone|all|pessoal|gente|amigos|colegas|chicos|team|equipe|equipo|acta|bot))?"
# What opens a question without being part of it: "hola, …", "bom dia! …", "does anyone know …",
# "quelqu'un sait …", "una pregunta: …", "me dices …".
OPENER = (r"^(?:(?:" + _GREETING + r")" + _TO_ALL + r"|"
          r"(?:does|do) (?:anyone|anybody|someone|somebody|you(?: guys)?) know|anyone knows?|quick question|a question|question|"
          r"(?:can|could) (?:you|someone|anyone) tell me|tell me|"
          r"(?:alguien|alguno|alguna) (?:sabe|me (?:dice|puede decir))|sab(?:es|en|e)|(?:una )?(?:pregunta|consulta)|"
          r"(?:me )?(?:dices|dice|puedes decirme|pueden decirme|podrian decirme)|dime|"
          r"alguem (?:sabe|me diz)|(?:voces |voce )?sab(?:em|e)|(?:uma )?pergunta|(?:me )?(?:diz|dizem)|"
          r"quelqu un (?:sait|peut me dire)|qqn sait|(?:vous )?savez vous|tu sais|(?:une )?question|"
          r"(?:dis|dites) moi)"
          r"(?:\s*[,!:;.\-—–?]+\s*|\s+)")
# What closes one: "…? gracias", "… thanks!", "… merci d'avance".
CLOSER = (r"[\s,.!;:—–-]+(?:(?:muchas |mil )?gracias(?: de antemano)?|thanks(?: in advance)?|thank you|thx|"
          r"merci(?: d avance| beaucoup)?|(?:muito )?obrigad[oa]|valeu|por favor|please|pls|svp|s il vous plait)"
          r"[\s!.]*$")
# Sent alone, no question (every word of the message one of these, or laughter): answered with a nod.
SMALL_TALK = frozenset("""ok okay okey oki k kk vale dale listo genial perfecto perfeito parfait super great cool nice
    good bien bueno bom top beleza blz entendido entendi entendu compris understood noted got it d accord daccord ah
    bonne soiree journee nuit ate logo hasta luego a bientot bye see you later""".split())
LAUGHTER = r"^(?:(?:ja|je|ha|he|hi|ka)+j?|k{3,}|(?:rs)+|lol|mdr|xd)$"
