"""The operator's `acta` commands: `acta backup` (a consistent copy of the database while the bot
runs), `acta import-ics` (a calendar imported as an admin's upload in Telegram is) and
`acta --version`."""
from __future__ import annotations

from pathlib import Path

import click

from bot.cli_context import Context, with_overrides
from knowledge.formats import file_size


@click.command()
@with_overrides
@click.argument("file", metavar="FILE")
@click.option("--force", is_flag=True, help="Replace FILE when it exists.")
@click.pass_obj
def backup(obj: Context, file: str, force: bool) -> None:
    """Copy the database to FILE, safely while the bot runs (SQLite's online backup: a consistent
    snapshot, recent writes included). The database holds the transcripts, events and
    reminders: with bot.toml it is the whole state. To restore, stop the bot and put the copy
    at [storage] db.

    Exit status: 0 when FILE was written, 1 when not (FILE exists without --force, no database)."""
    from knowledge.backup import BackupError, backup as copy

    try:
        made = copy(obj.config.db_path, Path(file), replace=force)
    except BackupError as e:
        raise click.ClickException(str(e)) from None
    plural = "" if made.meetings == 1 else "s"
    click.echo(f"Backed up {obj.config.db_path} to {made.path.resolve()}: {file_size(made.size)}, "
               f"{made.meetings} transcript{plural}.")


@click.command(name="import-ics")
@with_overrides
@click.argument("file", metavar="FILE", type=click.Path(exists=True, dir_okay=False))
@click.option("--chat", "chat", type=int, metavar="ID",
              help="Import for this chat only, as its administrator would (default: for [telegram] chats, as a bot admin).")
@click.pass_obj
def import_ics(obj: Context, file: str, chat: int | None) -> None:
    """Import an .ics calendar's coming events, exactly as an admin sending the file to the bot
    does (importing it again updates what it imported, and withdraws what it no longer has); the
    running bot reminds them. Prints the bot's reply and where the reminders go.

    Exit status: 0 when imported, 1 when the file is no calendar, 2 when no chat is named and
    [telegram] chats is empty."""
    import datetime as dt

    from bot import config as config_mod
    from bot.console import CONSOLE_USER
    from bot.render_events import calendar_imported
    from jobs import calendar, calendar_import, ics
    from jobs.destinations import served_chat

    served = tuple(obj.config.telegram.chats)
    if chat is None and not served:     # (events for no chat would remind no one, and --chat would not take them over)
        raise click.UsageError("[telegram] chats is empty: name the chat the events are for with --chat ID")
    if chat is not None and not served_chat(chat, served):
        raise click.BadParameter(f"chat {chat} is not in [telegram] chats: the bot would not remind it there "
                                 "(add it to [telegram] chats first)", param_hint="--chat")
    now = dt.datetime.now(dt.timezone.utc)
    try:
        read = ics.from_ics(Path(file).read_bytes(), now)
    except calendar.CalendarError as e:
        raise click.ClickException(f"{file}: {e}") from None
    # As in Telegram: a bot admin's import for [telegram] chats (taking over what was imported for any
    # chat) by the console's user; with --chat, that one chat's administrator's.
    chats = (chat,) if chat is not None else served
    with obj.store() as store:
        result = calendar_import.import_calendar(store, config_mod.events(obj.config), read, chats, CONSOLE_USER.id,
                                                 now, every_chat=chat is None)
    click.echo(calendar_imported("en", result))
    if read.events:
        click.echo(f"Reminders go to chat{'s' if len(chats) > 1 else ''} {', '.join(map(str, chats))} "
                   "(`acta events` lists them).")


def version(ctx: click.Context, _param, value: bool) -> None:
    """`acta --version`: the release, the commit of a git checkout (what `git pull` changes), and the
    reading of transcripts (`acta reingest` reads again what an older one read)."""
    if not value or ctx.resilient_parsing:
        return
    import platform
    import subprocess
    from importlib import metadata

    from knowledge.transcripts import READING

    try:
        release = metadata.version("acta")
    except metadata.PackageNotFoundError:
        release = "(not installed)"
    try:
        commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=Path(__file__).resolve().parent,
                                capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    click.echo(f"acta {release}" + (f", commit {commit}" if commit else "")
               + f", reading of transcripts {READING}, Python {platform.python_version()}")
    ctx.exit()

