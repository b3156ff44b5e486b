"""The archive's meetings the follow-up tests talk about."""
from __future__ import annotations

from knowledge.models import Conversation

NARALO, JUNE_2016 = "naralo-2026-10-12-en", "lacralo-2016-06-20-fr"
LATEST = "lacralo-webinar-2026-10-26-pt"
ON_NARALO = Conversation((NARALO,))
