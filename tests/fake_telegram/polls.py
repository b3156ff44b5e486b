"""Polls: sendPoll and stopPoll, and members' votes pushed as poll_answer updates."""
from __future__ import annotations

import copy

from .api import DEFAULT_USER_ID, APIError


class PollsMixin:
    """push_poll_answer; sendPoll and stopPoll.

    A poll is sent as a message through MessagesMixin; its state is kept in ``_polls``.
    """

    # injecting updates

    def push_poll_answer(
        self,
        poll_id: str,
        user_id: int = DEFAULT_USER_ID,
        option_ids: list[int] | tuple[int, ...] = (),
        *,
        username: str | None = None,
        first_name: str | None = None,
        language_code: str | None = "fr",
    ) -> dict:
        """A member votes in a non-anonymous poll (empty `option_ids` retracts the vote)."""
        with self._lock:
            poll = self._polls.get(poll_id)
            if poll is not None:
                for option_id in option_ids:
                    if 0 <= option_id < len(poll["poll"]["options"]):
                        poll["poll"]["options"][option_id]["voter_count"] += 1
                if option_ids:
                    poll["poll"]["total_voter_count"] += 1
            answer = {
                "poll_id": poll_id,
                "user": self._user(user_id, username, first_name, language_code),
                "option_ids": list(option_ids),
            }
            if poll is not None:
                options = poll["poll"]["options"]
                answer["option_persistent_ids"] = [
                    options[i]["persistent_id"] for i in option_ids if 0 <= i < len(options)
                ]
            return self._push_update("poll_answer", answer)

    # Bot API methods

    def _send_poll(self, p: dict) -> dict:
        chat = self._chat_for_send(p.get("chat_id"))
        question = p.get("question")
        if not question:
            raise APIError(400, "Bad Request: poll question must be non-empty")
        options = p.get("options")
        if not isinstance(options, list) or not 2 <= len(options) <= 12:
            raise APIError(400, "Bad Request: poll must have at least 2 option")
        poll_id = str(5_000_000_000_000_000_000 + next(self._ids))
        poll = {
            "id": poll_id,
            "question": question,
            "options": [
                {
                    "text": option["text"] if isinstance(option, dict) else str(option),
                    "voter_count": 0,
                    "persistent_id": f"{poll_id}-{index}",
                }
                for index, option in enumerate(options)
            ],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": p.get("is_anonymous", True),
            "type": p.get("type") or "regular",
            "allows_multiple_answers": bool(p.get("allows_multiple_answers", False)),
            "allows_revoting": True,
            "members_only": False,
        }
        message = self._new_message(
            chat,
            self.bot_user,
            poll=poll,
            reply_markup=self._inline_markup(p.get("reply_markup")),
            reply_to_message=self._reply_target(chat, p),
        )
        self._polls[poll_id] = {
            "poll": self._messages[(chat["id"], message["message_id"])]["poll"],
            "chat_id": chat["id"],
            "message_id": message["message_id"],
        }
        return message

    def _stop_poll(self, p: dict) -> dict:
        for entry in self._polls.values():
            if (entry["chat_id"], entry["message_id"]) == (p.get("chat_id"), p.get("message_id")):
                if entry["poll"]["is_closed"]:
                    raise APIError(400, "Bad Request: poll has already been closed")
                entry["poll"]["is_closed"] = True
                return copy.deepcopy(entry["poll"])
        raise APIError(400, "Bad Request: message with poll to stop not found")
