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
"""
from __future__ import annotations

import asyncio
import contextlib
import copy
import dataclasses
import itertools
import json
import mimetypes
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import PurePosixPath
from typing import Any

from aiohttp import web

DEFAULT_USER_ID = 1001
DEFAULT_GROUP_ID = -4001
DEFAULT_SUPERGROUP_ID = -1001000000001

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024  # the public Bot API refuses getFile above this
MAX_UPLOAD_BODY = 64 * 1024 * 1024

# Parameters that are plain strings in the Bot API. Everything else may arrive JSON-encoded: PTB
# sends forms whose non-string values are json.dumps'ed (telegram.request.RequestParameter), and the
# Bot API itself accepts JSON-serialised strings for objects such as reply_markup.
_STRING_PARAMS = frozenset({
    "action", "animation", "audio", "business_connection_id", "callback_query_id", "caption",
    "custom_title", "data", "description", "document", "emoji", "explanation",
    "explanation_parse_mode", "file_id", "game_short_name", "inline_message_id", "ip_address",
    "language_code", "message_effect_id", "name", "parse_mode", "photo", "question",
    "question_parse_mode", "secret_token", "short_description", "sticker", "text", "thumbnail",
    "title", "url", "video", "voice",
})

_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")
_MENTION = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{4,32}(?![A-Za-z0-9_])")
_BOT_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)


class APIError(Exception):
    """A refusal, answered as Telegram does: HTTP status = error_code, JSON body with ok=false."""

    def __init__(self, error_code: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict:
        body = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclasses.dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    content: bytes
    content_type: str | None


@dataclasses.dataclass(frozen=True)
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    file_size: int
    content: bytes
    file_name: str | None
    mime_type: str | None

    def document(self) -> dict:
        doc = {
            "file_name": self.file_name,
            "mime_type": self.mime_type,
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.file_size,
        }
        return {key: value for key, value in doc.items() if value is not None}


def utf16_len(text: str) -> int:
    """Telegram measures entity offsets and lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def auto_entities(text: str) -> list[dict]:
    """The entities Telegram adds to a user's text: bot commands and @mentions."""
    entities = []
    for match in _COMMAND.finditer(text):
        entities.append({
            "type": "bot_command",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group()),
        })
    command_spans = [match.span() for match in _COMMAND.finditer(text)]
    for match in _MENTION.finditer(text):
        if any(start <= match.start() < end for start, end in command_spans):
            continue  # the @bot of /cmd@bot belongs to the command entity
        entities.append({
            "type": "mention",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group()),
        })
    return sorted(entities, key=lambda e: e["offset"])


def inline_buttons(message: dict) -> list[dict]:
    """The inline keyboard buttons of a message (or of a `sent_messages()` entry), row by row."""
    markup = message.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


class _TelegramHTML(HTMLParser):
    """Telegram's HTML parse mode: a few tags become entities, anything else is refused."""

    _TYPES = {
        "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
        "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
        "del": "strikethrough", "tg-spoiler": "spoiler", "span": "spoiler", "a": "text_link",
        "code": "code", "pre": "pre", "blockquote": "blockquote", "tg-emoji": "custom_emoji",
    }
    _NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        self.stack: list[tuple[str, dict | None]] = []
        self.entities: list[dict] = []

    @classmethod
    def parse(cls, source: str) -> tuple[str, list[dict]]:
        parser = cls(source)
        parser.feed(source)
        parser.close()
        if parser.stack:
            tag = parser.stack[-1][0]
            parser.fail(f'Can\'t find end tag corresponding to start tag "{tag}"', at=False)
        entities = sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))
        return "".join(parser.parts), entities

    def _index(self) -> int:
        """Where the parser stands in the source, in characters."""
        line, column = self.getpos()
        lines = self.source.splitlines(keepends=True)
        return sum(len(text) for text in lines[: line - 1]) + column

    def fail(self, message: str, at: bool = True) -> None:
        if at:
            message += f" at byte offset {len(self.source[: self._index()].encode())}"
        raise APIError(400, f"Bad Request: can't parse entities: {message}")

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.length += utf16_len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag not in self._TYPES or (
            tag == "span" and attributes.get("class") != "tg-spoiler"
        ):
            self.fail(f'Unsupported start tag "{tag}"')
        entity: dict | None = {"type": self._TYPES[tag], "offset": self.length}
        if tag == "a":
            entity["url"] = attributes.get("href") or ""
        elif tag == "blockquote" and "expandable" in attributes:
            entity["type"] = "expandable_blockquote"
        elif tag == "tg-emoji":
            entity["custom_emoji_id"] = attributes.get("emoji-id") or ""
        elif tag == "code" and self.stack and self.stack[-1][0] == "pre":
            language = (attributes.get("class") or "").removeprefix("language-")
            pre = self.stack[-1][1]
            if language and pre is not None:
                pre["language"] = language
                entity = None  # <pre><code class="language-x"> is one pre entity
        self.stack.append((tag, entity))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            self.fail(f'Unexpected end tag "{tag}"')
        open_tag, entity = self.stack.pop()
        if open_tag != tag:
            self.fail(f'Unmatched end tag "{tag}", expected end tag "{open_tag}"')
        if entity is not None:
            entity["length"] = self.length - entity["offset"]
            if entity["length"]:
                self.entities.append(entity)

    def handle_data(self, data: str) -> None:
        if "<" in data:
            self.fail('Unexpected character "<"; escape it as &lt;')
        self._add(data)

    def handle_entityref(self, name: str) -> None:
        # Called before the parser moves on, so _index() is at the "&".
        end = self._index() + 1 + len(name)
        terminated = self.source[end : end + 1] == ";"
        if terminated and name in self._NAMED:
            self._add(self._NAMED[name])
        else:
            self._add(f"&{name}{';' if terminated else ''}")  # not an entity: literal text

    def handle_charref(self, name: str) -> None:
        try:
            self._add(chr(int(name[1:], 16) if name[:1] in "xX" else int(name)))
        except (ValueError, OverflowError):
            self._add(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.fail("Unsupported comment")

    def handle_decl(self, decl: str) -> None:
        self.fail("Unsupported declaration")

    def handle_pi(self, data: str) -> None:
        self.fail("Unsupported processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.fail("Unsupported declaration")


class FakeTelegram:
    """A fake Bot API server for one bot. See the module docstring."""

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

    # ------------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the fake Telegram server is not running")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For `ApplicationBuilder().base_url(...)`: PTB appends `{token}/{method}`."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """For `ApplicationBuilder().base_file_url(...)`: PTB appends `{token}/{file_path}`."""
        return f"{self.url}/file/bot"

    async def start(self) -> FakeTelegram:
        """Serve on the running event loop (on a free port unless one was given)."""
        self._loop = asyncio.get_running_loop()
        self._update_event = asyncio.Event()
        self._closing = False
        app = web.Application(client_max_size=MAX_UPLOAD_BODY)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("GET", "/file/bot{token}/{file_path:.+}", self._handle_download)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._requested_port)
        await site.start()
        self._port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        """Stop serving; long polls in flight return at once."""
        if self._runner is None:
            return
        self._closing = True
        self._wake_pollers()
        runner, self._runner = self._runner, None
        await runner.cleanup()
        with self._lock:
            self._loop = None

    async def __aenter__(self) -> FakeTelegram:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    def start_in_thread(self) -> FakeTelegram:
        """Serve from a background thread with its own event loop (for sync tests)."""
        ready = threading.Event()
        failure: list[BaseException] = []

        async def serve() -> None:
            self._thread_stop = asyncio.Event()
            try:
                await self.start()
            except BaseException as exc:
                failure.append(exc)
                raise
            finally:
                ready.set()
            try:
                await self._thread_stop.wait()
            finally:
                await self.stop()

        def run() -> None:
            with contextlib.suppress(BaseException):
                asyncio.run(serve())

        self._thread = threading.Thread(target=run, name="fake-telegram", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            raise failure[0]
        if self._port is None:
            raise RuntimeError("the fake Telegram server did not start")
        return self

    def stop_thread(self, timeout: float = 10.0) -> None:
        thread, loop, stop = self._thread, self._loop, self._thread_stop
        if thread is None:
            return
        if loop is not None and stop is not None:
            with contextlib.suppress(RuntimeError):  # the loop already finished
                loop.call_soon_threadsafe(stop.set)
        thread.join(timeout)
        self._thread = None

    @classmethod
    @contextlib.contextmanager
    def running(cls, **kwargs: Any) -> Iterator[FakeTelegram]:
        """`with FakeTelegram.running() as tg:` serves from a background thread."""
        tg = cls(**kwargs)
        tg.start_in_thread()
        try:
            yield tg
        finally:
            tg.stop_thread()

    def __enter__(self) -> FakeTelegram:
        return self.start_in_thread()

    def __exit__(self, *exc_info: object) -> None:
        self.stop_thread()

    # ------------------------------------------------------------------ HTTP

    async def _handle_api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(APIError(401, "Unauthorized").body(), status=401)
        name = request.match_info["method"]
        method = self._canonical.get(name.lower(), name)
        content_type = request.content_type if request.body_exists else None
        params: dict = {}
        try:
            params = await _read_params(request)
            with self._lock:
                failures = self._failures.get(method)
                if failures:
                    raise failures.pop(0)
            if method == "getUpdates":
                result = await self._get_updates(params)
            elif method in self._methods:
                with self._lock:
                    result = self._methods[method](params)
            else:
                # Real Telegram answers 404 "Not Found" here; 400 makes PTB raise BadRequest.
                raise APIError(400, "Bad Request: method not found")
            status, body = 200, {"ok": True, "result": result}
        except APIError as exc:
            status, body = exc.error_code, exc.body()
        except Exception as exc:  # a bug in the fake: say so, in a shape PTB reports
            status = 500
            body = APIError(500, f"Internal Server Error: fake_telegram failed: {exc!r}").body()
        self._record(method, params, status, body, content_type)
        return web.json_response(body, status=status)

    async def _handle_download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(APIError(401, "Unauthorized").body(), status=401)
        file_path = request.match_info["file_path"]
        with self._lock:
            stored = self._files_by_path.get(file_path)
        status = 200 if stored else 404
        self._record("downloadFile", {"file_path": file_path}, status, None, None)
        if stored is None:
            return web.json_response(APIError(404, "Not Found").body(), status=404)
        return web.Response(
            body=stored.content,
            headers={"Content-Type": stored.mime_type or "application/octet-stream"},
        )

    def _record(self, method: str, params: dict, status: int, body: Any, content_type: str | None):
        with self._lock:
            self.calls.append((method, params))
            self.log.append({
                "method": method,
                "params": params,
                "status": status,
                "response": copy.deepcopy(body),
                "content_type": content_type,
            })
        self._notify()

    def _notify(self) -> None:
        with self._lock:
            self._cond.notify_all()
            waiters = list(self._async_waiters)
        for loop, event in waiters:
            with contextlib.suppress(RuntimeError):  # that loop has closed
                loop.call_soon_threadsafe(event.set)

    # ------------------------------------------------------------------ assertions

    def calls_of(self, method: str) -> list[dict]:
        """The params of every recorded call to `method`, oldest first."""
        with self._lock:
            return [params for name, params in self.calls if name == method]

    def sent_messages(self, chat_id: int | None = None) -> list[dict]:
        """What the bot sent with sendMessage and sendDocument, oldest first.

        Each entry: method, chat_id, message_id, text (a document's caption for sendDocument),
        caption, parse_mode, entities (as Telegram parsed them), reply_markup (a dict or None),
        reply_to_message_id, reply_parameters, document ({file_name, mime_type, content} or None),
        message (the Message the fake returned) and params (the raw call).
        """
        with self._lock:
            return [
                copy.deepcopy(entry)
                for entry in self._sent
                if chat_id is None or entry["chat_id"] == chat_id
            ]

    def last_sent(self, chat_id: int | None = None) -> dict:
        sent = self.sent_messages(chat_id)
        if not sent:
            raise AssertionError(f"the bot sent nothing to chat {chat_id}")
        return sent[-1]

    def message(self, chat_id: int, message_id: int) -> dict:
        """A message as it stands now (after edits)."""
        with self._lock:
            return copy.deepcopy(self._messages[(chat_id, message_id)])

    def my_commands(self, language_code: str = "", scope: dict | None = None) -> list[dict]:
        """The commands set with setMyCommands for that language and scope."""
        with self._lock:
            return copy.deepcopy(self._commands.get(_commands_key(scope, language_code), []))

    def callback_answer(self, query: str | dict) -> dict | None:
        """The answerCallbackQuery params for a pushed query (its id or its Update), or None."""
        query_id = query["callback_query"]["id"] if isinstance(query, dict) else query
        with self._lock:
            return copy.deepcopy(self._callback_answers.get(query_id))

    def pending_updates(self) -> list[dict]:
        """Updates not yet confirmed by a getUpdates offset."""
        with self._lock:
            return copy.deepcopy(self._updates)

    def fail_next(
        self,
        method: str,
        error_code: int = 502,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next `times` calls to `method` fail: 502 Bad Gateway, 429 with retry_after…"""
        if description is None:
            description = {
                400: "Bad Request",
                403: "Forbidden: bot was blocked by the user",
                429: f"Too Many Requests: retry after {retry_after or 1}",
                502: "Bad Gateway",
            }.get(error_code, "Internal Server Error")
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        with self._lock:
            self._failures.setdefault(method, []).extend(
                APIError(error_code, description, parameters) for _ in range(times)
            )

    def _matching(self, method: str, predicate: Callable[[dict], bool] | None) -> list[dict]:
        with self._lock:
            return [
                params for name, params in self.calls
                if name == method and (predicate is None or predicate(params))
            ]

    def _timeout_error(self, method: str, count: int, found: int, timeout: float) -> TimeoutError:
        with self._lock:
            seen = [name for name, _ in self.calls if name != "getUpdates"]
        return TimeoutError(
            f"waited {timeout}s for {count} {method} call(s), got {found}; calls so far: {seen}"
        )

    async def wait_for_long_poll(self, timeout: float = 5.0) -> None:
        """Wait until a getUpdates call is held open, waiting for an update to arrive."""
        await self._wait_until(lambda: self._long_polls > 0, timeout, "a held getUpdates call")

    async def _wait_until(self, condition: Callable[[], bool], timeout: float, what: str) -> None:
        loop = asyncio.get_running_loop()
        waiter = (loop, asyncio.Event())
        with self._lock:
            self._async_waiters.add(waiter)
        try:
            deadline = loop.time() + timeout
            while True:
                waiter[1].clear()
                with self._lock:
                    if condition():
                        return
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise TimeoutError(f"waited {timeout}s for {what}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(waiter[1].wait(), remaining)
        finally:
            with self._lock:
                self._async_waiters.discard(waiter)

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5.0,
        predicate: Callable[[dict], bool] | None = None,
    ) -> list[dict]:
        """Wait until `method` has been called `count` times in all; return those calls' params.

        A call counts once it has been answered, so its results are in `sent_messages()`.
        """
        try:
            await self._wait_until(
                lambda: len(self._matching(method, predicate)) >= count, timeout, method
            )
        except TimeoutError:
            found = len(self._matching(method, predicate))
            raise self._timeout_error(method, count, found, timeout) from None
        return self._matching(method, predicate)

    def wait_for_sync(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5.0,
        predicate: Callable[[dict], bool] | None = None,
    ) -> list[dict]:
        """`wait_for` for sync code; never call it on the server's own event loop."""
        on_server_loop = self._loop is not None and _running_loop() is self._loop
        if self._thread is threading.current_thread() or on_server_loop:
            raise RuntimeError("wait_for_sync would block the fake's event loop; await wait_for")
        with self._cond:
            done = self._cond.wait_for(
                lambda: len(self._matching(method, predicate)) >= count, timeout
            )
            found = self._matching(method, predicate)
        if not done:
            raise self._timeout_error(method, count, len(found), timeout)
        return found

    # ------------------------------------------------------------------ injecting updates

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

    def push_document(
        self,
        file_name: str,
        content: bytes = b"",
        mime_type: str | None = None,
        *,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        chat_type: str | None = None,
        file_size: int | None = None,
        caption: str | None = None,
        language_code: str | None = "fr",
        username: str | None = None,
        first_name: str | None = None,
        chat_title: str | None = None,
        reply_to: dict | int | None = None,
    ) -> dict:
        """A member sends a file; getFile and the download URL serve `content`.

        `file_size` overrides the announced size (e.g. 2 GB with no content); `mime_type` defaults
        to a guess from the name, so pass one to make the extension lie.
        """
        if mime_type is None:
            mime_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        with self._lock:
            user = self._user(user_id, username, first_name, language_code)
            chat = self._chat(chat_id, chat_type, chat_title, user)
            stored = self._store_file(content, file_name, mime_type, file_size)
            message = self._new_message(
                chat,
                user,
                document=stored.document(),
                caption=caption,
                caption_entities=auto_entities(caption) if caption else None,
                reply_to_message=self._reply_copy(reply_to, chat["id"]),
            )
            return self._push_update("message", message)

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

    # ------------------------------------------------------------------ state helpers

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

    def _new_message(self, chat: dict, sender: dict, **fields: Any) -> dict:
        chat_id = chat["id"]
        message_id = self._message_ids.get(chat_id, 0) + 1
        self._message_ids[chat_id] = message_id
        message = {
            "message_id": message_id,
            "from": dict(sender),
            "chat": dict(chat),
            "date": int(time.time()),
        }
        message.update({key: value for key, value in fields.items() if value not in (None, [])})
        self._messages[(chat_id, message_id)] = message
        return copy.deepcopy(message)

    def _resolve_message(self, ref: dict | int, chat_id: int | None = None) -> dict:
        """The current state of a message given an Update, a Message, a sent entry or an id."""
        if isinstance(ref, dict):
            if "update_id" in ref:
                for kind in ("message", "edited_message"):
                    if kind in ref:
                        ref = ref[kind]
                        break
                else:
                    ref = ref["callback_query"]["message"]
            elif "message" in ref and isinstance(ref["message"], dict):
                ref = ref["message"]  # a sent_messages() entry
            key = (ref["chat"]["id"], ref["message_id"])
            return copy.deepcopy(self._messages.get(key, ref))
        if chat_id is not None:
            found = self._messages.get((chat_id, ref))
            if found is None:
                raise KeyError(f"no message {ref} in chat {chat_id}")
            return copy.deepcopy(found)
        candidates = [m for (_, mid), m in self._messages.items() if mid == ref]
        if len(candidates) != 1:
            raise KeyError(f"message id {ref} is in {len(candidates)} chats; pass chat_id")
        return copy.deepcopy(candidates[0])

    def _reply_copy(self, reply_to: dict | int | None, chat_id: int) -> dict | None:
        if reply_to is None:
            return None
        target = self._resolve_message(reply_to, chat_id)
        target.pop("reply_to_message", None)  # Telegram nests one level only
        return target

    def _store_file(
        self, content: bytes, file_name: str | None, mime_type: str | None, size: int | None
    ) -> StoredFile:
        n = next(self._ids)
        suffix = PurePosixPath(file_name or "").suffix
        stored = StoredFile(
            file_id=f"BQACAgIAAxkBAAI{n:08d}",
            file_unique_id=f"AgAD{n:08d}",
            file_path=f"documents/file_{n}{suffix}",
            file_size=len(content) if size is None else size,
            content=content,
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    def _message_for_edit(self, p: dict) -> dict | None:
        if p.get("inline_message_id"):
            return None
        chat_id, message_id = p.get("chat_id"), p.get("message_id")
        message = self._messages.get((chat_id, message_id))
        if message is None:
            raise APIError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != self.bot_user["id"]:
            raise APIError(400, "Bad Request: message can't be edited")
        return message

    def _reply_target(self, chat: dict, p: dict) -> dict | None:
        parameters = p.get("reply_parameters") or {}
        message_id = parameters.get("message_id", p.get("reply_to_message_id"))
        if message_id is None:
            return None
        chat_id = parameters.get("chat_id", chat["id"])
        target = self._messages.get((chat_id, message_id))
        if target is None:
            allow = parameters.get(
                "allow_sending_without_reply", p.get("allow_sending_without_reply")
            )
            if allow:
                return None
            raise APIError(400, "Bad Request: message to be replied not found")
        target = copy.deepcopy(target)
        target.pop("reply_to_message", None)
        return target

    def _sent_entry(self, method: str, p: dict, message: dict, document: dict | None) -> None:
        parameters = p.get("reply_parameters") or None
        reply_to = (parameters or {}).get("message_id", p.get("reply_to_message_id"))
        self._sent.append(copy.deepcopy({
            "method": method,
            "chat_id": message["chat"]["id"],
            "message_id": message["message_id"],
            "text": message.get("text", message.get("caption")),
            "caption": message.get("caption"),
            "parse_mode": p.get("parse_mode"),
            "entities": message.get("entities", message.get("caption_entities", [])),
            "reply_markup": p.get("reply_markup"),
            "reply_to_message_id": reply_to,
            "reply_parameters": parameters,
            "document": document,
            "message": message,
            "params": p,
        }))

    # ------------------------------------------------------------------ Bot API methods

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

    def _get_me(self, p: dict) -> dict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

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

    def _format(
        self, text: Any, parse_mode: str | None, entities: list | None, caption: bool
    ) -> tuple[str | None, list[dict]]:
        if text is None or text == "":
            if caption:
                return None, []
            raise APIError(400, "Bad Request: message text is empty")
        text = str(text)
        if entities is None and (parse_mode or "").lower() == "html":
            text, entities = _TelegramHTML.parse(text)
        if not caption and not text.strip():
            raise APIError(400, "Bad Request: message text is empty")
        if caption and len(text) > MAX_CAPTION_LENGTH:
            raise APIError(400, "Bad Request: message caption is too long")
        if not caption and len(text) > MAX_MESSAGE_LENGTH:
            raise APIError(400, "Bad Request: message is too long")
        return text, list(entities or [])

    @staticmethod
    def _inline_markup(markup: Any) -> dict | None:
        """Check reply_markup; return it if inline (a Message carries no other keyboard)."""
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise APIError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise APIError(400, "Bad Request: can't parse inline keyboard button: field "
                                "\"inline_keyboard\" must be an Array of Arrays")
        for button in (button for row in rows for button in row):
            if not isinstance(button, dict) or not button.get("text"):
                raise APIError(400, "Bad Request: can't parse inline keyboard button: "
                                    "Text buttons are unallowed in the inline keyboard")
            actions = set(button) - {"text", "style", "icon_custom_emoji_id"}
            if not actions:
                raise APIError(400, "Bad Request: can't parse inline keyboard button: "
                                    "Text buttons are unallowed in the inline keyboard")
            if "callback_data" in button:
                size = len(str(button["callback_data"]).encode())
                if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                    raise APIError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _send_message(self, p: dict) -> dict:
        chat = self._chat_for_send(p.get("chat_id"))
        text, entities = self._format(p.get("text"), p.get("parse_mode"), p.get("entities"),
                                      caption=False)
        markup = self._inline_markup(p.get("reply_markup"))
        message = self._new_message(
            chat,
            self.bot_user,
            text=text,
            entities=entities,
            reply_markup=markup,
            reply_to_message=self._reply_target(chat, p),
        )
        self._sent_entry("sendMessage", p, message, None)
        return message

    def _send_document(self, p: dict) -> dict:
        chat = self._chat_for_send(p.get("chat_id"))
        document = p.get("document")
        if isinstance(document, str) and document.startswith("attach://"):
            document = p.get(document.removeprefix("attach://"))
        if isinstance(document, Upload):
            stored = self._store_file(
                document.content,
                document.filename,
                document.content_type or mimetypes.guess_type(document.filename or "")[0],
                None,
            )
        elif isinstance(document, str) and document in self._files:
            stored = self._files[document]
        elif isinstance(document, str) and document.startswith(("http://", "https://")):
            name = PurePosixPath(document.split("?", 1)[0]).name or "file"
            stored = self._store_file(b"", name, mimetypes.guess_type(name)[0], None)
        else:
            raise APIError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        caption, caption_entities = self._format(
            p.get("caption"), p.get("parse_mode"), p.get("caption_entities"), caption=True
        )
        message = self._new_message(
            chat,
            self.bot_user,
            document=stored.document(),
            caption=caption,
            caption_entities=caption_entities,
            reply_markup=self._inline_markup(p.get("reply_markup")),
            reply_to_message=self._reply_target(chat, p),
        )
        self._sent_entry("sendDocument", p, message, {
            "file_name": stored.file_name,
            "mime_type": stored.mime_type,
            "content": stored.content,
        })
        return message

    def _edit_message_text(self, p: dict) -> dict | bool:
        text, entities = self._format(p.get("text"), p.get("parse_mode"), p.get("entities"),
                                      caption=False)
        markup = self._inline_markup(p.get("reply_markup"))
        message = self._message_for_edit(p)
        if message is None:
            return True  # inline messages: Telegram answers True
        if "text" not in message:
            raise APIError(400, "Bad Request: there is no text in the message to edit")
        if (text, entities, markup) == (
            message["text"], message.get("entities", []), message.get("reply_markup")
        ):
            raise APIError(400, _NOT_MODIFIED)
        message["text"] = text
        message["edit_date"] = int(time.time())
        for key, value in (("entities", entities), ("reply_markup", markup)):
            if value:
                message[key] = value
            else:
                # Editing the text without reply_markup removes the inline keyboard.
                message.pop(key, None)
        return copy.deepcopy(message)

    def _edit_message_reply_markup(self, p: dict) -> dict | bool:
        markup = self._inline_markup(p.get("reply_markup"))
        message = self._message_for_edit(p)
        if message is None:
            return True
        if markup == message.get("reply_markup"):
            raise APIError(400, _NOT_MODIFIED)
        if markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _delete_message(self, p: dict) -> bool:
        if self._messages.pop((p.get("chat_id"), p.get("message_id")), None) is None:
            raise APIError(400, "Bad Request: message to delete not found")
        return True

    def _get_file(self, p: dict) -> dict:
        stored = self._files.get(p.get("file_id"))
        if stored is None:
            raise APIError(400, "Bad Request: invalid file_id")
        if stored.file_size > MAX_DOWNLOAD_SIZE:
            raise APIError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.file_size,
            "file_path": stored.file_path,
        }

    def _answer_callback_query(self, p: dict) -> bool:
        query_id = p.get("callback_query_id")
        if query_id not in self._callback_answers or self._callback_answers[query_id] is not None:
            raise APIError(400, _QUERY_TOO_OLD)
        self._callback_answers[query_id] = p
        return True

    def _set_my_commands(self, p: dict) -> bool:
        commands = p.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise APIError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            if not _BOT_COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise APIError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise APIError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[_commands_key(p.get("scope"), p.get("language_code"))] = commands
        return True

    def _get_my_commands(self, p: dict) -> list[dict]:
        return copy.deepcopy(
            self._commands.get(_commands_key(p.get("scope"), p.get("language_code")), [])
        )

    def _delete_my_commands(self, p: dict) -> bool:
        self._commands.pop(_commands_key(p.get("scope"), p.get("language_code")), None)
        return True

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


def _commands_key(scope: Any, language_code: Any) -> tuple[str, str]:
    scope = scope or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(language_code or "")


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


async def _read_params(request: web.Request) -> dict:
    """Query string, JSON body, urlencoded form or multipart form: Telegram accepts all four."""
    raw: dict[str, Any] = dict(request.query)
    if request.body_exists:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError as exc:
                raise APIError(400, "Bad Request: can't parse JSON request body") from exc
            if isinstance(body, dict):
                raw.update(body)
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    raw[key] = Upload(value.filename, value.file.read(), value.content_type)
                else:
                    raw[key] = value
    return {key: _decode(key, value) for key, value in raw.items()}


def _decode(key: str, value: Any) -> Any:
    if not isinstance(value, str) or key in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


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
