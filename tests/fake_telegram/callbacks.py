"""Inline-button presses: callback queries tests push, and answerCallbackQuery (once per query)."""
from __future__ import annotations

import copy

from .api import DEFAULT_USER_ID, APIError

_QUERY_TOO_OLD = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)


class CallbacksMixin:
    """push_callback_query, callback_answer and answerCallbackQuery.

    The pressed message is looked up in MessagesMixin's store.
    """

    # injecting updates

    def push_callback_query(
        self,
        data: str,
        message: dict | int | None = None,
        *,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        language_code: str | None = "fr",
        username: str | None = None,
        first_name: str | None = None,
    ) -> dict:
        """A member presses a button carrying `data` under `message` (default: the bot's last)."""
        with self._lock:
            if message is None:
                if not self._sent:
                    raise ValueError("the bot has sent no message to press a button under")
                message = self._sent[-1]["message"]
            current = self._resolve_message(message, chat_id)
            query_id = str(4_000_000_000_000_000 + next(self._ids))
            self._callback_answers[query_id] = None
            query = {
                "id": query_id,
                "from": self._user(user_id, username, first_name, language_code),
                "message": current,
                "chat_instance": str(abs(current["chat"]["id"]) * 7919),
                "data": data,
            }
            return self._push_update("callback_query", query)

    # assertions

    def callback_answer(self, query: str | dict) -> dict | None:
        """The answerCallbackQuery params for a pushed query (its id or its Update), or None."""
        query_id = query["callback_query"]["id"] if isinstance(query, dict) else query
        with self._lock:
            return copy.deepcopy(self._callback_answers.get(query_id))

    # Bot API methods

    def _answer_callback_query(self, p: dict) -> bool:
        query_id = p.get("callback_query_id")
        if query_id not in self._callback_answers or self._callback_answers[query_id] is not None:
            raise APIError(400, _QUERY_TOO_OLD)
        self._callback_answers[query_id] = p
        return True
