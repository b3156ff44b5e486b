"""The local chat console: the same dialogue and rendering as Telegram, in a terminal, with no
token. Buttons are numbered: type the number to press one."""
from __future__ import annotations

import dataclasses
import logging
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from bot import i18n
from bot.dialogue import Button, Dialogue, Member, Reply
from bot.telegram_text import html_to_text

log = logging.getLogger(__name__)
QUIT = {"/quit", "/exit", "quit", "exit", ":q"}
CONSOLE_USER = Member(id=0, language=None, admin=True, bot_admin=True)   # whoever runs the console runs the bot


def run(dialogue: Dialogue, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout,
        downloads: Path | None = None, intro: str = "") -> None:
    """Read questions and commands until end of input or /quit."""
    buttons: list[Button] = []
    asked = ""
    downloads = downloads or Path(tempfile.gettempdir())
    if intro:
        print(intro, file=stdout)
    print(html_to_text(dialogue.help_text(dialogue.default_language)), file=stdout)
    while True:
        print("\n> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            break
        text = line.strip()
        if text.lower() in QUIT:
            break
        if not text:
            continue
        # Like a chat client, the console speaks the language of the last question asked.
        member = dataclasses.replace(CONSOLE_USER, language=dialogue.language(CONSOLE_USER, asked)) if asked \
            else CONSOLE_USER
        if text.isdigit() and not 1 <= int(text) <= len(buttons):   # a button that is not there: say so, keep the live ones
            lang = dialogue.language(member)       # the language of the last question
            print(i18n.t(lang, "no_such_button", n=text, choices=f"1–{len(buttons)}") if buttons
                  else i18n.t(lang, "no_buttons"), file=stdout)
            continue
        try:
            if text.isdigit():
                replies = dialogue.button(buttons[int(text) - 1].data, member)
            elif text.startswith("/"):
                name, _, args = text[1:].partition(" ")
                replies = dialogue.command(name.split("@")[0].lower(), args, member)
            else:
                replies = dialogue.question(text, CONSOLE_USER)
                asked = text
        except Exception:       # as in Telegram: logged (never the message), said briefly, and on to the next
            log.exception("error while answering in the console")
            print(i18n.t(dialogue.language(member), "error"), file=stdout)
            continue
        buttons = show(replies, stdout, downloads)


def show(replies: list[Reply], stdout: TextIO, downloads: Path) -> list[Button]:
    """Print replies; returns the buttons now on offer, numbered from 1."""
    buttons: list[Button] = []
    for reply in replies:
        print(html_to_text(reply.html), file=stdout)
        if reply.document:
            name, content = reply.document
            path = _unused(downloads / (Path(name.replace("\\", "/")).name or "document"))
            path.write_bytes(content)
            print(f"[saved {path}]", file=stdout)
        buttons.extend(reply.buttons)
    if buttons:
        print("  ".join(f"[{n}] {b.label}" for n, b in enumerate(buttons, 1)), file=stdout)
    return buttons


def _unused(path: Path) -> Path:
    """``path``, or "name (1).ext", "name (2).ext"… when a file is there: a document the console
    saves never replaces one (a transcript of that name beside the database, an earlier export)."""
    candidate, n = path, 0
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate
