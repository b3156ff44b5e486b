"""What the fake shares with the real Bot API: default ids, Telegram's limits, and its errors."""
from __future__ import annotations

DEFAULT_USER_ID = 1001
DEFAULT_GROUP_ID = -4001
DEFAULT_SUPERGROUP_ID = -1001000000001

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024  # the public Bot API refuses getFile above this
MAX_UPLOAD_BODY = 64 * 1024 * 1024


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
