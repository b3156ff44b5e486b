"""The operator's `acta` commands: `acta backup` (a consistent copy of the database while the bot
runs)."""
from __future__ import annotations

from pathlib import Path

import click

from bot.cli_context import Context, with_overrides


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
    click.echo(f"Backed up {obj.config.db_path} to {made.path.resolve()}: {_size(made.size)}, "
               f"{made.meetings} transcript{plural}.")


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{max(1, round(n / 1e3))} KB"
