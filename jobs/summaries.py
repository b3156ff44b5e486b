"""Posting post-call summaries: once per newly ingested meeting and configured chat, whichever
way the meeting arrived (chat upload, or `acta ingest` while the bot runs). Each post is claimed
in SQLite before it is sent, so a restart or a second instance never posts it twice; a chat
that refuses (blocked bot, deleted chat) is recorded and does not stop the others."""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from knowledge.errors import TryAgain
from knowledge.store import Store

log = logging.getLogger(__name__)

Send = Callable[[str, int], Awaitable[None]]   # (meeting id, chat id) -> posted


async def post_due_summaries(store: Store, chats: Sequence[int], send: Send) -> list[tuple[str, int]]:
    """Post every due summary; returns the (meeting, chat) pairs posted."""
    posted = []
    for mid, chat in store.summaries_to_post(chats):
        if not store.claim_summary_post(mid, chat):
            continue
        try:
            await send(mid, chat)
        except TryAgain as e:   # the network or Telegram, for now: posted at the next tick…
            if e.sent:          # …unless part of it went out: posting it again would repeat that part
                log.warning("the summary of %s to chat %s was cut off after %d message(s): %s", mid, chat, e.sent, e)
                store.summary_posted(mid, chat, error=f"cut off after {e.sent} message(s): {e}")
                continue
            log.warning("the summary of %s to chat %s was not posted for now: %s", mid, chat, e)
            store.release_summary_post(mid, chat)
            continue
        except Exception as e:  # one chat's failure must not stop the others; it is recorded
            log.warning("could not post the summary of %s to chat %s: %s", mid, chat, e.__class__.__name__)
            store.summary_posted(mid, chat, error=e.__class__.__name__)
            continue
        store.summary_posted(mid, chat)
        posted.append((mid, chat))
    return posted
