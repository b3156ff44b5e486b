"""What a file is, before it is read as one meeting: no transcript at all (a README, notes, an
agenda sent round), or two calls pasted into one file."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from knowledge.text import fold

# A line written like someone speaking, whatever the case of the name: "Claudia Ruiz: …", "TOM: …",
# "**Ana Silva**: …" (a capital first, two to five words of a name).
_SPOKEN = re.compile(r"^[ \t]*[*_]*([A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|de|del|la|las|los|da|das|"
                     r"do|dos|du|van|von|der|di|le)){0,4})[*_]*[ \t]*:[ \t]*\S", re.M)
MIN_SPOKEN_LINES = 3


def no_speech(labels: Iterable[str], text: str) -> bool:
    """Does a file hold no conversation: the turns read are fewer than two people's, and few of its
    lines are written like someone speaking (fewer than three "Name: …" lines, or no name twice,
    or one name only)? "TODO: …" and "Note: …" in a README, "Zoom: https://…" in an agenda are
    no one speaking; "Claudia Ruiz: …" throughout is a transcript whose labels Acta does not read."""
    if len({fold(label) for label in labels}) >= 2:
        return False
    said = Counter(fold(m.group(1)) for m in _SPOKEN.finditer(text))
    return not (len(said) >= 2 and sum(said.values()) >= MIN_SPOKEN_LINES and max(said.values()) >= 2)
