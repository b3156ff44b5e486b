"""What every `acta` command shares: the configuration and database it runs on (``Context``,
loaded once, on first use) and ``--config``/``--db`` accepted after the command's name too."""
from __future__ import annotations

import datetime as dt
import functools
import re

import click

from bot import config as config_mod
from knowledge.errors import ConfigError
from knowledge.store import Store


class Context:
    def __init__(self, config_path: str | None, db: str | None):
        self.config_path, self.db = config_path, db
        self._config = None

    @property
    def config(self) -> config_mod.Config:
        if self._config is None:
            try:
                self._config = config_mod.load(self.config_path, db=self.db)
            except ConfigError as e:
                raise click.UsageError(str(e)) from None
        return self._config

    def store(self, *, create: bool = True, note_stale: bool = True) -> Store:
        """The database; commands that only read refuse to create one where there is none, and
        say when meetings were read by an older version of Acta (``note_stale``)."""
        if not create and not self.config.db_path.exists():
            raise click.ClickException(
                f"no database at {self.config.db_path}: ingest transcripts first "
                "(`acta ingest PATH...` or `acta demo`), or point --db / ACTA_DB at one")
        try:
            store = Store(self.config.db_path)
        except Exception as e:  # sqlite3 errors: not a database, read-only folder…
            raise click.ClickException(f"cannot open database {self.config.db_path}: {e}") from None
        stale = store.stale_readings() if not create and note_stale else []
        if stale:
            were = "meeting was" if len(stale) == 1 else "meetings were"
            click.echo(f"note: {len(stale)} {were} read by an older version of Acta; `acta reingest` reads them "
                       "again with this one (the bot does it when it starts)", err=True)
        return store


def with_overrides(command):
    """``--config`` and ``--db`` after the command name as well as before it
    (``acta run --config FILE`` and ``acta --config FILE run`` are the same)."""
    @functools.wraps(command)
    def wrapper(*args, config_path=None, db=None, **kwargs):
        obj = click.get_current_context().obj
        if config_path or db:
            obj.config_path, obj.db = config_path or obj.config_path, db or obj.db
            obj._config = None
        return command(*args, **kwargs)
    wrapper = click.option("--db", metavar="FILE", help="SQLite database (overrides bot.toml and $ACTA_DB).")(wrapper)
    return click.option("--config", "config_path", metavar="FILE", help="bot.toml to use.")(wrapper)


class Day(click.ParamType):
    """A day written YYYY-MM-DD (--since, --until), as a datetime at midnight; "2026-02-30" is
    refused as a day that does not exist, not as a format not matched."""
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.datetime):
            return value
        written = str(value).strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", written):
            self.fail(f"{value!r} is not a date written YYYY-MM-DD (e.g. 2026-10-05)", param, ctx)
        try:
            return dt.datetime.strptime(written, "%Y-%m-%d")
        except ValueError:
            month, day = int(written[5:7]), int(written[8:10])
            self.fail(f"{written} is no day of the calendar: " + (f"there is no month {month}" if not 1 <= month <= 12
                      else f"that month has no day {day}"), param, ctx)
