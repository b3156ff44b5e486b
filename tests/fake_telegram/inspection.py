"""What tests look at and wait for (the calls the bot made, what it sent), and injected failures."""
from __future__ import annotations

import asyncio
import contextlib
import copy
import threading
from collections.abc import Callable

from .api import APIError


class InspectionMixin:
    """Assertions on the call log and the messages sent, waits (async and sync), fail_next."""

    # assertions

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

    def pending_updates(self) -> list[dict]:
        """Updates not yet confirmed by a getUpdates offset."""
        with self._lock:
            return copy.deepcopy(self._updates)

    # failure injection

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

    # waiting

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

    async def wait_for_long_poll(self, timeout: float = 30.0) -> None:
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
        timeout: float = 30.0,
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
        timeout: float = 30.0,
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


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
