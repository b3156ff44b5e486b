"""The clock, the members and the Confirm button the /schedule tests share."""
from __future__ import annotations

import datetime as dt

from bot.dialogue import Member

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
ADMIN, MEMBER = Member(1, "en", admin=True), Member(2, "en")


def confirm_data(reply) -> str:
    return next(b.data for b in reply.buttons if b.label == "Confirm")
