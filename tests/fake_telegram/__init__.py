"""A fake Telegram Bot API server: the real python-telegram-bot client talks to it over HTTP.

Mocking `telegram.Bot` would test our idea of PTB; serving the Bot API on 127.0.0.1 tests PTB's real
requests, encodings and parsing. Point PTB at it with
``ApplicationBuilder().token(tg.token).base_url(tg.base_url).base_file_url(tg.base_file_url)``
(PTB appends the token: ``{base_url}{token}/{method}``), or write those URLs into a ``bot.toml``
for a bot started as a subprocess.

Two ways to run it:

* ``async with FakeTelegram() as tg:`` (or ``await tg.start()`` / ``await tg.stop()``) on the
  caller's event loop, for async tests;
* ``with FakeTelegram.running() as tg:`` in a background thread with its own loop, for sync tests
  and subprocess tests.

Tests inject updates with the ``push_*`` methods (each returns the Update dict) and assert on
``tg.calls``, ``tg.sent_messages()`` and ``tg.wait_for(...)`` / ``tg.wait_for_sync(...)``.

Where bots usually go wrong, the fake refuses like Telegram does (HTTP 400 with Telegram's
description): HTML that Telegram cannot parse, text over 4096 characters, callback data over
64 bytes, replies to unknown messages, edits that change nothing, getFile on files over 20 MB,
answering a callback query twice. It is an approximation: the HTML parser is strict (a raw ``<``
is refused), Markdown is not parsed, and lengths are counted in code points.

The package, one module per concern; ``fake.FakeTelegram`` combines their mixins:

* ``api``: default ids, Telegram's limits, ``APIError`` (a refusal, as Telegram words it);
* ``entities``: the entities Telegram adds to a member's text, and its HTML parse mode;
* ``params``: reading a call's parameters (query, JSON, forms; multipart files as ``Upload``);
* ``fake``: ``FakeTelegram``, the state its mixins share and its table of Bot API methods;
* ``server``: start/stop (on the caller's loop or in a thread), HTTP dispatch, the call log;
* ``inspection``: ``calls_of``, ``sent_messages``, ``wait_for``/``wait_for_sync``, ``fail_next``;
* ``updates``: ``push_message``, ``push_edited_message``, getUpdates long polls, webhooks;
* ``chats``: the bot, members and chats; ``set_admins``, getChat, getChatAdministrators;
* ``messages``: the message store; sendMessage, edits, deleteMessage; ``inline_buttons``;
* ``files``: ``push_document``, sendDocument, getFile and the download URL;
* ``callbacks``, ``polls``, ``commands``: button presses, polls, the bot's command menu.
"""
from __future__ import annotations

from .api import DEFAULT_GROUP_ID, DEFAULT_SUPERGROUP_ID, DEFAULT_USER_ID, APIError
from .entities import auto_entities, utf16_len
from .fake import FakeTelegram
from .files import StoredFile
from .messages import inline_buttons
from .params import Upload

__all__ = [
    "APIError",
    "DEFAULT_GROUP_ID",
    "DEFAULT_SUPERGROUP_ID",
    "DEFAULT_USER_ID",
    "FakeTelegram",
    "StoredFile",
    "Upload",
    "auto_entities",
    "inline_buttons",
    "utf16_len",
]
