"""The FakeTelegram class: one fake bot's state, and the Bot API methods it answers.

Each concern lives in a mixin of its own module. The mixins keep no state of their own: every
attribute they use is set up here, in ``__init__``, beside the table of Bot API methods served.
"""
from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Callable
from typing import Any

from aiohttp import web

from .api import APIError
from .callbacks import CallbacksMixin
from .chats import ChatsMixin
from .commands import CommandsMixin
from .files import FilesMixin, StoredFile
from .inspection import InspectionMixin
from .messages import MessagesMixin
from .polls import PollsMixin
from .server import ServerMixin
from .updates import UpdatesMixin


class FakeTelegram(
    ServerMixin,
    InspectionMixin,
    UpdatesMixin,
    ChatsMixin,
    MessagesMixin,
    FilesMixin,
    CallbacksMixin,
    PollsMixin,
    CommandsMixin,
):
    """A fake Bot API server for one bot. See the package docstring (fake_telegram/__init__.py)."""

    def __init__(
        self,
        token: str = "123:TEST",
        username: str = "acta_test_bot",
        *,
        first_name: str = "Acta",
        host: str = "127.0.0.1",
        port: int = 0,
        max_long_poll: float = 2.0,
    ):
        self.token = token
        self.username = username
        self.host = host
        self.max_long_poll = max_long_poll
        bot_id = token.split(":", 1)[0]
        self.bot_user = {
            "id": int(bot_id) if bot_id.isdigit() else 123,
            "is_bot": True,
            "first_name": first_name,
            "username": username,
        }
        self.calls: list[tuple[str, dict]] = []
        self.log: list[dict] = []  # every call: method, params, status, response, content_type

        self._requested_port = port
        self._port: int | None = None
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._async_waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._update_event: asyncio.Event | None = None
        self._closing = False
        self._long_polls = 0  # getUpdates calls waiting for an update right now
        self._thread: threading.Thread | None = None
        self._thread_stop: asyncio.Event | None = None

        self._ids = itertools.count(1)
        self._next_update_id = 100_000_001
        self._updates: list[dict] = []
        self._message_ids: dict[int, int] = {}
        self._messages: dict[tuple[int, int], dict] = {}
        self._sent: list[dict] = []
        self._chats: dict[int, dict] = {}
        self._users: dict[int, dict] = {}
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        self._commands: dict[tuple[str, str], list[dict]] = {}
        self._admins: dict[int, list[dict]] = {}
        self._polls: dict[str, dict] = {}
        self._callback_answers: dict[str, dict | None] = {}
        self._failures: dict[str, list[APIError]] = {}
        self._webhook: dict = {"url": ""}

        self._methods: dict[str, Callable[[dict], Any]] = {
            "getMe": self._get_me,
            "logOut": lambda p: True,
            "close": lambda p: True,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "sendDocument": self._send_document,
            "sendChatAction": lambda p: True,
            "getFile": self._get_file,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "getChatAdministrators": self._get_chat_administrators,
            "getChat": self._get_chat,
            "sendPoll": self._send_poll,
            "stopPoll": self._stop_poll,
        }
        # Telegram matches method names case-insensitively.
        self._canonical = {name.lower(): name for name in [*self._methods, "getUpdates"]}
