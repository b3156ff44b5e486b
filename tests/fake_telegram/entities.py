"""Message entities: those Telegram adds to a member's text, and Telegram's HTML parse mode.

Offsets and lengths are counted in UTF-16 code units, as Telegram does. The HTML parser is
stricter than Telegram's: a raw ``<`` is refused.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .api import APIError

_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")
_MENTION = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{4,32}(?![A-Za-z0-9_])")


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
