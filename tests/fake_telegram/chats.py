"""Who is who: the bot itself, the members and chats the fake has seen, chat administrators."""
from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from .api import DEFAULT_GROUP_ID, DEFAULT_SUPERGROUP_ID, DEFAULT_USER_ID, APIError


class ChatsMixin:
    """Users and chats as Telegram describes them; getMe, getChat, getChatAdministrators."""

    # injecting state

    def set_admins(
        self,
        chat_id: int,
        admins: Iterable[int | dict] = (),
        *,
        owner: int | dict | None = None,
    ) -> list[dict]:
        """What getChatAdministrators answers for `chat_id`: the owner first, then admins."""
        with self._lock:
            members = []
            if owner is not None:
                members.append({
                    "status": "creator",
                    "user": self._user_ref(owner),
                    "is_anonymous": False,
                })
            for admin in admins:
                members.append({
                    "status": "administrator",
                    "user": self._user_ref(admin),
                    "can_be_edited": False,
                    "is_anonymous": False,
                    "can_manage_chat": True,
                    "can_delete_messages": True,
                    "can_manage_video_chats": True,
                    "can_restrict_members": True,
                    "can_promote_members": False,
                    "can_change_info": True,
                    "can_invite_users": True,
                    "can_post_stories": False,
                    "can_edit_stories": False,
                    "can_delete_stories": False,
                    "can_pin_messages": True,
                    "can_manage_topics": False,
                })
            self._admins[chat_id] = members
            return copy.deepcopy(members)

    # state helpers

    def _user(
        self,
        user_id: int,
        username: str | None = None,
        first_name: str | None = None,
        language_code: str | None = None,
    ) -> dict:
        known = self._users.get(user_id, {})
        user = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name or known.get("first_name") or f"User {user_id}",
        }
        if username or known.get("username"):
            user["username"] = username or known["username"]
        if language_code:
            user["language_code"] = language_code
        self._users[user_id] = user
        return dict(user)

    def _user_ref(self, user: int | dict) -> dict:
        if isinstance(user, dict):
            return {"is_bot": False, **user}
        return self._users.get(user) or self._user(user)

    def _chat(
        self,
        chat_id: int | None,
        chat_type: str | None,
        title: str | None = None,
        user: dict | None = None,
    ) -> dict:
        if chat_id is None:
            chat_id = {
                "group": DEFAULT_GROUP_ID,
                "supergroup": DEFAULT_SUPERGROUP_ID,
            }.get(chat_type or "private", user["id"] if user else DEFAULT_USER_ID)
        if chat_type is None:
            known = self._chats.get(chat_id)
            if known:
                chat_type = known["type"]
            elif chat_id > 0:
                chat_type = "private"
            else:
                chat_type = "supergroup" if chat_id < -1_000_000_000_000 else "group"
        chat: dict = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            person = user if user and user["id"] == chat_id else self._users.get(chat_id)
            chat["first_name"] = (person or {}).get("first_name") or f"User {chat_id}"
            if person and person.get("username"):
                chat["username"] = person["username"]
        else:
            known_title = self._chats.get(chat_id, {}).get("title")
            chat["title"] = title or known_title or "Acta test group"
        self._chats[chat_id] = chat
        return dict(chat)

    def _chat_for_send(self, chat_id: Any) -> dict:
        if isinstance(chat_id, bool) or not isinstance(chat_id, int):
            for chat in self._chats.values():
                if isinstance(chat_id, str) and chat.get("username") == chat_id.lstrip("@"):
                    return dict(chat)
            raise APIError(400, "Bad Request: chat not found")
        if chat_id in self._chats:
            return dict(self._chats[chat_id])
        return self._chat(chat_id, None)

    # Bot API methods

    def _get_me(self, p: dict) -> dict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _get_chat_administrators(self, p: dict) -> list[dict]:
        chat = self._chat_for_send(p.get("chat_id"))
        if chat["type"] == "private":
            raise APIError(400, "Bad Request: there are no administrators in the private chat")
        return copy.deepcopy(self._admins.get(chat["id"], []))

    def _get_chat(self, p: dict) -> dict:
        chat = self._chat_for_send(p.get("chat_id"))
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }
