"""Serving the fake: its lifecycle and its HTTP side.

Start and stop the aiohttp server, on the caller's event loop or in a background thread with its
own; answer each Bot API call from the method table (``FakeTelegram._methods``) and record it.
"""
from __future__ import annotations

import asyncio
import contextlib
import copy
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .api import MAX_UPLOAD_BODY, APIError
from .params import _read_params

if TYPE_CHECKING:
    from .fake import FakeTelegram


class ServerMixin:
    """Lifecycle (start/stop, async and threaded), API dispatch, the call log and waking waiters.

    Serves ``_methods`` (FakeTelegram), getUpdates (UpdatesMixin) and downloads (FilesMixin).
    """

    # lifecycle

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

    # HTTP

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
