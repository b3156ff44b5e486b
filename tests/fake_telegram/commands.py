"""The bot's command menu: setMyCommands, getMyCommands, deleteMyCommands per scope and language."""
from __future__ import annotations

import copy
import json
import re
from typing import Any

from .api import APIError

_BOT_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


class CommandsMixin:
    """my_commands; setMyCommands, getMyCommands and deleteMyCommands."""

    # assertions

    def my_commands(self, language_code: str = "", scope: dict | None = None) -> list[dict]:
        """The commands set with setMyCommands for that language and scope."""
        with self._lock:
            return copy.deepcopy(self._commands.get(_commands_key(scope, language_code), []))

    # Bot API methods

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


def _commands_key(scope: Any, language_code: Any) -> tuple[str, str]:
    scope = scope or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(language_code or "")
