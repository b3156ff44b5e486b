"""Messages: the fake's message store, and the bot sending, editing and deleting messages.

Text is checked as Telegram does (HTML that cannot be parsed, over 4096 characters, empty), and
so are inline keyboards (callback data over 64 bytes). Replies to unknown messages and edits that
change nothing are refused.
"""
from __future__ import annotations

import copy
import time
from typing import Any

from .api import MAX_CALLBACK_DATA_BYTES, MAX_CAPTION_LENGTH, MAX_MESSAGE_LENGTH, APIError
from .entities import _TelegramHTML

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


def inline_buttons(message: dict) -> list[dict]:
    """The inline keyboard buttons of a message (or of a `sent_messages()` entry), row by row."""
    markup = message.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


class MessagesMixin:
    """The message store, text and keyboard checks; sendMessage, edits and deleteMessage.

    The chat a message goes to comes from ChatsMixin.
    """

    # state helpers

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

    # Bot API methods

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
