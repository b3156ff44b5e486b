"""A Bot API call's parameters: query string, JSON body, urlencoded or multipart form."""
from __future__ import annotations

import dataclasses
import json
from typing import Any

from aiohttp import web

from .api import APIError

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


@dataclasses.dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    content: bytes
    content_type: str | None


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
