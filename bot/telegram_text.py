"""Telegram HTML text: escaping what transcripts and members write, cutting a reply under the
message limit, and back to plain text for the local console."""
from __future__ import annotations

import html
import re

TELEGRAM_LIMIT = 4096


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Pieces below Telegram's limit, cut between lines (our tags never span lines); a line
    longer than the limit alone is cut between words, tags removed."""
    pieces, current = [], ""
    for line in text.split("\n"):
        if len(line) > limit:
            plain = html.escape(html.unescape(re.sub(r"<[^>]+>", "", line)), quote=False)
            chunks, buf = [], ""
            for word in plain.split(" "):
                while len(word) > limit - 1:          # one endless "word"
                    chunks.append(word[:limit - 1])
                    word = word[limit - 1:]
                if len(buf) + len(word) + 1 > limit:
                    chunks.append(buf)
                    buf = word
                else:
                    buf = f"{buf} {word}" if buf else word
            chunks.append(buf)
            if current:
                pieces.append(current)
                current = ""
            pieces.extend(c for c in chunks[:-1] if c)
            current = chunks[-1]
            continue
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces or [""]


def html_to_text(text: str) -> str:
    """For the local console: Telegram HTML back to plain text."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))
