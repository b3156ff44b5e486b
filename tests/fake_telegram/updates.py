"""The update queue: updates tests push, getUpdates (long polling) handing them out, webhooks.

The other kinds of update are pushed where their concept lives: ``push_document`` in files,
``push_callback_query`` in callbacks, ``push_poll_answer`` in polls.
"""
from __future__ import annotations

import asyncio
import contextlib
import copy
import time

from .api import DEFAULT_USER_ID, APIError
from .entities import auto_entities
from .params import Upload


class UpdatesMixin:
    """push_message, push_edited_message; the queue and its long polls; the webhook methods.

    Messages are built in MessagesMixin's store, members and chats by ChatsMixin.
    """

    # injecting updates

    def push_message(
        self,
        text: str,
        *,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        chat_type: str | None = None,
        language_code: str | None = "fr",
        username: str | None = None,
        first_name: str | None = None,
        chat_title: str | None = None,
        reply_to: dict | int | None = None,
        entities: list[dict] | None = None,
    ) -> dict:
        """A member writes `text`; entities for /commands and @mentions are computed unless given.

        `chat_type` defaults from `chat_id` (positive: private, -100…: supergroup, else group);
        without `chat_id`, the member's private chat or DEFAULT_GROUP_ID/DEFAULT_SUPERGROUP_ID.
        `reply_to` is a message (an Update, a Message, a `sent_messages()` entry) or its id.
        """
        with self._lock:
            user = self._user(user_id, username, first_name, language_code)
            chat = self._chat(chat_id, chat_type, chat_title, user)
            message = self._new_message(
                chat,
                user,
                text=text,
                entities=auto_entities(text) if entities is None else entities,
                reply_to_message=self._reply_copy(reply_to, chat["id"]),
            )
            return self._push_update("message", message)

    def push_edited_message(
        self,
        text: str,
        message: dict | int | None = None,
        *,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        chat_type: str | None = None,
        language_code: str | None = "fr",
        username: str | None = None,
        first_name: str | None = None,
        entities: list[dict] | None = None,
    ) -> dict:
        """A member edits `message` (an Update or Message from push_message, or its id) to `text`.

        Without `message`, the edit of a message the bot never received (sent before it joined).
        """
        with self._lock:
            if message is None:
                user = self._user(user_id, username, first_name, language_code)
                chat = self._chat(chat_id, chat_type, None, user)
                edited = self._new_message(chat, user, text=text)
            else:
                edited = self._resolve_message(message, chat_id)
            edited.update(text=text, edit_date=int(time.time()))
            edited["entities"] = auto_entities(text) if entities is None else entities
            if not edited["entities"]:
                del edited["entities"]
            self._messages[(edited["chat"]["id"], edited["message_id"])] = edited
            return self._push_update("edited_message", edited)

    def _push_update(self, kind: str, payload: dict) -> dict:
        with self._lock:
            update = {"update_id": self._next_update_id, kind: copy.deepcopy(payload)}
            self._next_update_id += 1
            self._updates.append(update)
        self._wake_pollers()
        return copy.deepcopy(update)

    def _wake_pollers(self) -> None:
        with self._lock:
            loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(self._set_update_event)

    def _set_update_event(self) -> None:
        # Runs on the server loop: wake the current waiters, give later ones a fresh event.
        event, self._update_event = self._update_event, asyncio.Event()
        if event is not None:
            event.set()

    # Bot API methods

    async def _get_updates(self, p: dict) -> list[dict]:
        offset = p.get("offset")
        limit = min(max(int(p.get("limit") or 100), 1), 100)
        timeout = min(max(float(p.get("timeout") or 0), 0.0), self.max_long_poll)
        with self._lock:
            if self._webhook["url"]:
                raise APIError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            if offset is not None and offset < 0:
                self._updates = self._updates[offset:]  # -N: only the last N survive
            elif offset is not None:
                # An offset confirms, for good, every update below it.
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            with self._lock:
                batch = copy.deepcopy(self._updates[:limit])
            remaining = deadline - loop.time()
            if batch or self._closing or remaining <= 0:
                return batch
            event = self._update_event
            assert event is not None
            with self._lock:
                self._long_polls += 1
            self._notify()
            try:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), remaining)
            finally:
                with self._lock:
                    self._long_polls -= 1

    def _delete_webhook(self, p: dict) -> bool:
        self._webhook = {"url": ""}
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _set_webhook(self, p: dict) -> bool:
        self._webhook = {
            key: value for key, value in p.items() if not isinstance(value, Upload)
        }
        self._webhook.setdefault("url", "")
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _get_webhook_info(self, p: dict) -> dict:
        info = {
            "url": self._webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        for key in ("max_connections", "allowed_updates", "ip_address"):
            if key in self._webhook:
                info[key] = self._webhook[key]
        return info
