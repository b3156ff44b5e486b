"""Hours said on a 12-hour clock as hours of the day: "7 p.m.", "6 de la tarde", "12 de la noche",
read alike in transcripts' openings and in /schedule."""
from __future__ import annotations

from knowledge.lexicon_speech import DAYPART_NIGHT, DAYPART_NOON_AT_12, DAYPART_PM


def hour_24(hour: int, pm: bool) -> int:
    """ "7 p.m." -> 19, "12 a.m." -> 0, "12 p.m." -> 12."""
    return hour % 12 + (12 if pm else 0)


def daypart_hour(hour: int, part: str) -> tuple[int, bool]:
    """The hour of the day said with a part of it (``part`` as ``lexicon_speech.DAYPART`` reads it,
    lower case) and whether it is midnight as the day ends: "6 de la tarde" -> (18, False), "9 de la
    mañana" -> (9, False), "12 de la noche" -> (0, True) (not noon: not "pm + 12"), "12 de la
    madrugada" -> (0, False) (as the day begins), "12 de la tarde" and "12 de la mañana" -> (12, False)
    (noon, as Spanish says it)."""
    midnight = hour % 12 == 0 and part in DAYPART_NIGHT
    noon = hour % 12 == 0 and part in DAYPART_NOON_AT_12
    return hour_24(hour, (part in DAYPART_PM or noon) and not midnight), midnight
