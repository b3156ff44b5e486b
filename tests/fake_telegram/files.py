"""Files: documents members send and the bot sends, getFile and the download URL."""
from __future__ import annotations

import dataclasses
import mimetypes
from pathlib import PurePosixPath

from aiohttp import web

from .api import DEFAULT_USER_ID, MAX_DOWNLOAD_SIZE, APIError
from .entities import auto_entities
from .params import Upload


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


class FilesMixin:
    """push_document, the file store, sendDocument, getFile and the download route.

    A document message goes through MessagesMixin's checks and store, like sendMessage.
    """

    # injecting updates

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

    # state helpers

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

    # Bot API methods

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

    # HTTP

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
